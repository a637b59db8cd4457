import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli, writeTree } from '../../../helpers.js';
import { smallZone } from '../../../support/monthly/fixture.js';
import { checkMermaid, checkTables } from '../../../support/monthly/validate.js';

const noGit = (dir: string, args: string[], now?: string) => runCli(['--repo', dir, 'report', '--no-commit', ...args], now ? { now } : {});

describe('report --no-commit (no git involved)', () => {
  test('--month defaults to the last complete month in the zone time zone', async () => {
    const dir = writeTree(smallZone);
    // 2026-11-30 17:00 UTC is already 2026-12-01 in Shanghai.
    expect((await noGit(dir, [], '2026-11-30T17:00:00Z')).stdout).toContain('reports/2026-11.md');
    expect((await noGit(dir, [], '2026-11-30T15:00:00Z')).stdout).toContain('reports/2026-10.md');
    expect(existsSync(join(dir, 'reports/2026-11.md')) && existsSync(join(dir, 'reports/2026-10.md'))).toBe(true);
  });

  test('the same data and month give the same bytes, whenever it runs; no temporary file is left', async () => {
    const dir = writeTree(smallZone);
    await noGit(dir, ['--month', '2026-10'], '2026-11-26T04:00:00Z');
    const first = readFileSync(join(dir, 'reports/2026-10.md'));
    const r = await noGit(dir, ['--month', '2026-10'], '2027-05-01T23:59:00Z');
    expect(r.stdout).toBe('reports/2026-10.md 内容未变\n按 --no-commit 要求，未提交\n');
    expect(readFileSync(join(dir, 'reports/2026-10.md')).equals(first)).toBe(true);
    expect(readdirSync(join(dir, 'reports'))).toEqual(['2026-10.md']);
  });

  test('--lang en writes the report in English', async () => {
    const dir = writeTree(smallZone);
    const r = await noGit(dir, ['--month', '2026-10', '--lang', 'en']);
    expect(r.stdout).toBe('wrote reports/2026-10.md\nnot committed (--no-commit)\n');
    const text = readFileSync(join(dir, 'reports/2026-10.md'), 'utf8');
    expect(text.split('\n')[0]).toBe('# 测试高新区 five key lists: monthly report 2026-10 (data as of 2026-10-31)');
    expect(checkTables(text).find((t) => t.header[0] === 'Rank')!.rows[0]).toEqual(['1', '产融城公司', '108', '+13', '-5', '—']);
  });

  test('locale: en in wuzhong.yaml makes English the default', async () => {
    const dir = writeTree({ ...smallZone, 'wuzhong.yaml': `${smallZone['wuzhong.yaml']}locale: en\n` });
    await noGit(dir, ['--month', '2026-10']);
    expect(readFileSync(join(dir, 'reports/2026-10.md'), 'utf8')).toContain('## 1. Overview');
  });

  test('`|` in titles and unit names, and line breaks in progress and problems, keep every table whole (a title cannot hold a line break)', async () => {
    const nasty = {
      'wuzhong.yaml': 'zone: "高新区 | 测试"\nunits: ["甲|乙单位", 丙单位]\nleaders: ["张|三"]\n',
      'lists/tasks/x.yaml': [
        'title: "标题 | 含竖线"', 'lead: "张|三"', 'owner: "甲|乙单位"', 'start: 2026-01-01', 'due: 2026-10-15',
        'milestones:', '  - { title: "节点 | 一", due: 2026-10-01 }',
        'targets:', '  - { name: "指标|名", unit: "公里|年", goal: 10, actual: 2 }',
        'updates:', '  - month: 2026-10', '    text: |', '      进展 | 一', '      ', '      | 不是表格 |', '    percent: 10',
        'problems:', '  - { raised: 2026-09-01, text: "问题 | 甲\\r\\n问题乙" }', '',
      ].join('\n'),
    };
    const dir = writeTree(nasty);
    expect((await noGit(dir, ['--month', '2026-10'])).code).toBe(0);
    const text = readFileSync(join(dir, 'reports/2026-10.md'), 'utf8');
    const tables = checkTables(text);
    expect(await checkMermaid(text)).toBe(1);
    expect(tables.find((t) => t.header.includes('逾期天数'))!.rows).toEqual([
      ['重点工作', '标题 | 含竖线', '节点 | 一', '甲|乙单位', '2026-10-01', '30'],
      ['重点工作', '标题 | 含竖线', '（事项完成时限）', '甲|乙单位', '2026-10-15', '16'],
    ]);
    const item = tables.find((t) => t.header[0] === '事项')!.rows[0]!;
    expect(item).toEqual(['标题 | 含竖线', '红灯', '推进中', '甲|乙单位', '张|三', '进展 | 一；| 不是表格 |', '10% / 100%，滞后', '指标|名2/10公里|年，20%']);
    expect(tables.find((t) => t.header.includes('问题'))!.rows[0]!.at(-1)).toBe('问题 | 甲；问题乙');
    expect(text).toContain('x-axis ["丙单位", "甲|乙单位"]');
  });
});
