import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { git } from '../../helpers.js';
import { cli, commit, edit, recordIn, zoneRepo } from './repo.js';

// docs/supervisors.md "主要指标": the headline numbers are not part of a month's recorded result, so regenerating a
// published report that lacks them (made by an older wuzhong), or whose figures were corrected, needs no amendment.

const REPORT = 'reports/2026-10.md';

/** A published October whose committed report has no 主要指标 section, as an older wuzhong wrote it. */
async function publishedWithoutHeadline(): Promise<string> {
  const dir = zoneRepo();
  expect((await cli(dir, ['report', '--month', '2026-10'])).code).toBe(0);
  const full = join(dir, REPORT);
  const text = readFileSync(full, 'utf8');
  const start = text.indexOf('### 主要指标');
  const end = text.indexOf('## 二、');
  expect(start).toBeGreaterThan(0);
  writeFileSync(full, text.slice(0, start) + text.slice(end));
  commit(dir, 'report(2026-10) as an older version wrote it', '2026-11-06T11:00:00+08:00');
  return dir;
}

describe('regenerating a published month for its headline numbers', () => {
  test('check passes; report adds the section and commits it, the recorded result unchanged', async () => {
    const dir = await publishedWithoutHeadline();
    const before = recordIn(readFileSync(join(dir, REPORT), 'utf8'));
    expect((await cli(dir, ['check'])).code).toBe(0);
    const head = git(dir, 'rev-parse', 'HEAD');
    const r = await cli(dir, ['report', '--month', '2026-10']);
    expect(r.code).toBe(0);
    expect(git(dir, 'rev-parse', 'HEAD')).not.toBe(head);
    const after = readFileSync(join(dir, REPORT), 'utf8');
    // project a: investment 100 (万元), no plan, no completed figure
    expect(after).toContain('\n重大项目1个，总投资100万元；年度计划投资0万元，1—10月累计完成投资0万元，时序进度83.3%。');
    expect(recordIn(after)).toEqual(before);
  });

  test('a completed-investment figure added after publication changes the headline only: no amendment needed', async () => {
    const dir = zoneRepo();
    expect((await cli(dir, ['report', '--month', '2026-10'])).code).toBe(0);
    edit(dir, 'lists/projects/a.yaml', 'investment: 100\n', 'investment: 100\nannual_plan: 80\n');
    edit(dir, 'lists/projects/a.yaml', '    text: 十月进展\n', '    text: 十月进展\n    invested: 50\n');
    commit(dir, 'a: October figure', '2026-11-20T09:00:00+08:00');
    expect((await cli(dir, ['check'])).code).toBe(0);
    const r = await cli(dir, ['report', '--month', '2026-10']);
    expect(r.code).toBe(0);
    const text = readFileSync(join(dir, REPORT), 'utf8');
    // 50 / 80 = 62.5%; 10 / 12 = 83.3%
    expect(text).toContain('年度计划投资80万元，1—10月累计完成投资50万元，完成率62.5%，时序进度83.3%。');
    expect(recordIn(text).corrections).toEqual([]);
  });
});
