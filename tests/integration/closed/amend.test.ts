import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { git, writeTree } from '../../helpers.js';
import { cli, commit, finishLate, recordIn, zoneRepo } from './repo.js';

const REPORT = 'reports/2026-10.md';
const amendment = (date: string) => `amendments:
  - reason: 招标节点实际已于10月25日完成，原漏报
    approved: 魏克鹏
    date: ${date}
`;

/** October published on 2026-11-06; then 招标 recorded as done late (铁北园区办95 → 100), with or without an amendment. */
async function published(amendedOn?: string) {
  const dir = zoneRepo();
  expect((await cli(dir, ['report', '--month', '2026-10'])).code).toBe(0);
  finishLate(dir);
  if (amendedOn) writeTree({ 'assessments/2026-10.yaml': amendment(amendedOn) }, dir);
  commit(dir, 'b: 招标 done', '2026-11-20T09:00:00+08:00');
  return dir;
}

const closedMonth = (stdout: string) => JSON.parse(stdout).diagnostics.filter((d: { rule: string }) => d.rule === 'closed-month');

describe('an amendment dated after the report’s commit', () => {
  test('makes check pass; score prints the amended result and says so', async () => {
    const dir = await published('2026-11-20');
    const c = await cli(dir, ['check', '--format', 'json']);
    expect(closedMonth(c.stdout)).toEqual([]);
    expect(c.code).toBe(0);
    const s = await cli(dir, ['score', '--month', '2026-10', '--format', 'json']);
    expect(s.code).toBe(0);
    type Unit = { unit: string; score: number; rank: number };
    expect(JSON.parse(s.stdout).units.map((u: Unit) => [u.unit, u.score, u.rank])).toEqual([
      ['产融城公司', 105, 1],
      ['铁北园区办', 100, 2],
      ['高新建公司', 100, 2],
    ]);
    expect(s.stderr).toContain('此后登记了1项更正');
    expect(JSON.parse(s.stdout).published).toMatchObject({ shown: 'amended', amendments: 1 });
    expect(s.stderr).toContain('以下为更正后重新计算的结果');
  });

  test('report --month writes the 更正说明: date, approver, reason, and the unit that changed from → to', async () => {
    const dir = await published('2026-11-20');
    const r = await cli(dir, ['report', '--month', '2026-10'], '2026-11-26T04:00:00Z', '2026-11-21T10:00:00+08:00');
    expect(r.code).toBe(0);
    const text = git(dir, 'show', `HEAD:${REPORT}`);
    const section = text.slice(text.indexOf('## 更正说明'), text.indexOf('## 一、'));
    expect(section).toBe(`## 更正说明

本报告首次公布后，经批准对2026年10月考核结果作如下更正：

- 2026-11-20，经魏克鹏批准：招标节点实际已于10月25日完成，原漏报

| 单位 | 原结果 | 更正后 |
|---|---|---|
| 铁北园区办 | 95分，第3名 | 100分，第2名 |

`);
    // The new record holds the corrected result, so check stays clean and a second run changes nothing.
    expect(recordIn(text).units.find((u) => u.unit === '铁北园区办')).toMatchObject({ score: 100, rank: 2 });
    expect((await cli(dir, ['check'])).code).toBe(0);
    const head = git(dir, 'rev-parse', 'HEAD');
    expect((await cli(dir, ['report', '--month', '2026-10'], '2026-12-01T04:00:00Z', '2026-12-01T10:00:00+08:00')).code).toBe(0);
    expect(git(dir, 'rev-parse', 'HEAD')).toBe(head);
  });

  test('once the corrected report is committed, score prints it as published and counts no amendment as new', async () => {
    const dir = await published('2026-11-20');
    expect((await cli(dir, ['report', '--month', '2026-10'], '2026-11-26T04:00:00Z', '2026-11-21T10:00:00+08:00')).code).toBe(0);
    const s = await cli(dir, ['score', '--month', '2026-10', '--format', 'json']);
    expect(s.stderr).toBe('wuzhong: 2026年10月考核结果已公布（reports/2026-10.md，2026-11-21提交，含1次更正），以下为公布的结果。\n');
    expect(JSON.parse(s.stdout).units.find((u: { unit: string }) => u.unit === '铁北园区办')).toMatchObject({ score: 100, rank: 2 });
    const en = await cli(dir, ['--lang', 'en', 'score', '--month', '2026-10']);
    expect(en.stderr).toBe('wuzhong: 2026-10 was published (reports/2026-10.md, committed 2026-11-21, with 1 correction); this is the published result.\n');
  });

  test('an amendment dated before the report’s commit does not cover the change', async () => {
    const dir = await published('2026-11-01');
    const c = await cli(dir, ['check', '--format', 'json']);
    expect(c.code).toBe(1);
    const found = closedMonth(c.stdout);
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain('铁北园区办的得分95 → 100');
    expect(found[0].message).toContain('更正日期早于月报提交日');
    expect((await cli(dir, ['report', '--month', '2026-10'])).code).toBe(1);
  });

  test('an amendment dated the day the report was committed covers it (dates are days in the zone’s time zone)', async () => {
    const dir = await published('2026-11-06');
    expect((await cli(dir, ['check'])).code).toBe(0);
  });
});


describe('in English', () => {
  test('the correction notice is headed Corrections and words each standing', async () => {
    const dir = await published('2026-11-20');
    expect((await cli(dir, ['--lang', 'en', 'report', '--month', '2026-10', '--no-commit'])).code).toBe(0);
    const text = readFileSync(join(dir, REPORT), 'utf8');
    expect(text).toContain('\n## Corrections\n\nAfter this report was first published, the result for 2026-10 was corrected with approval as follows:\n\n- 2026-11-20, approved by 魏克鹏: 招标节点实际已于10月25日完成，原漏报\n');
    expect(text).toContain('| Unit | Published | Corrected |\n|---|---|---|\n| 铁北园区办 | 95 points, rank 3 | 100 points, rank 2 |\n');
  });
});

describe('a month corrected twice', () => {
  test('an amendment already taken into the published result covers nothing later, even on the same day', async () => {
    const dir = await published('2026-11-20');
    expect((await cli(dir, ['report', '--month', '2026-10'], '2026-11-26T04:00:00Z', '2026-11-20T18:00:00+08:00')).code).toBe(0);
    writeTree({ 'assessments/2026-10.yaml': `adjustments:\n  - unit: 高新建公司\n    points: 3\n    reason: 补记表扬\n${amendment('2026-11-20')}` }, dir);
    const c = await cli(dir, ['check', '--format', 'json']);
    expect(c.code).toBe(1);
    expect(closedMonth(c.stdout).map((d: { message: string }) => d.message)).toEqual([
      expect.stringContaining('铁北园区办的得分100 → 100（名次2 → 3）'),
      expect.stringContaining('高新建公司的得分100 → 103：新增专项加减分+3（补记表扬）'),
    ]);
  });

  test('a second amendment adds a second notice, from the result published last', async () => {
    const dir = await published('2026-11-20');
    expect((await cli(dir, ['report', '--month', '2026-10'], '2026-11-26T04:00:00Z', '2026-11-21T10:00:00+08:00')).code).toBe(0);
    const second = `  - reason: 补记高新建公司表扬
    approved: 张威
    date: 2026-11-25
`;
    writeTree({ 'assessments/2026-10.yaml': `adjustments:\n  - unit: 高新建公司\n    points: 3\n    reason: 补记表扬\n${amendment('2026-11-20')}${second}` }, dir);
    commit(dir, 'amend again', '2026-11-25T09:00:00+08:00');
    expect((await cli(dir, ['check'])).code).toBe(0);
    expect((await cli(dir, ['report', '--month', '2026-10'], '2026-11-26T04:00:00Z', '2026-11-25T10:00:00+08:00')).code).toBe(0);
    const text = readFileSync(join(dir, REPORT), 'utf8');
    const section = text.slice(text.indexOf('## 更正说明'), text.indexOf('## 一、'));
    expect(section).toContain('### 第1次更正\n\n- 2026-11-20，经魏克鹏批准：招标节点实际已于10月25日完成，原漏报\n\n| 单位 | 原结果 | 更正后 |\n|---|---|---|\n| 铁北园区办 | 95分，第3名 | 100分，第2名 |\n');
    // 产融城公司105 (1), 高新建公司103 (2), 铁北园区办100 (3).
    expect(section).toContain('### 第2次更正\n\n- 2026-11-25，经张威批准：补记高新建公司表扬\n\n| 单位 | 原结果 | 更正后 |\n|---|---|---|\n| 铁北园区办 | 100分，第2名 | 100分，第3名 |\n| 高新建公司 | 100分，第2名 | 103分，第2名 |\n');
  });
});
