import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { git, writeTree } from '../../helpers.js';
import { cli, commit, files, finishLate, recordIn, zoneRepo } from './repo.js';

const REPORT = 'reports/2026-10.md';

/** A zone whose October report is committed (2026-11-06), then 招标 finished late in a later commit on main. */
async function closedThenEdited() {
  const dir = zoneRepo();
  const r = await cli(dir, ['report', '--month', '2026-10']);
  expect(r.code).toBe(0);
  finishLate(dir);
  commit(dir, 'b: 招标 done', '2026-11-20T09:00:00+08:00');
  return dir;
}

describe('report records the month’s result in the commit', () => {
  test('the committed report carries every unit’s score, rank and tier as JSON, and the commit holds only the report', async () => {
    const dir = zoneRepo();
    const r = await cli(dir, ['report', '--month', '2026-10']);
    expect(r.code).toBe(0);
    expect(git(dir, 'show', '--name-only', '--format=', 'HEAD')).toBe(`${REPORT}\n`);
    const record = recordIn(git(dir, 'show', `HEAD:${REPORT}`));
    expect(record.month).toBe('2026-10');
    expect(record.units.map((u) => [u.unit, u.score, u.rank, u.tier])).toEqual([
      ['产融城公司', 105, 1, 'none'],
      ['高新建公司', 100, 2, 'none'],
      ['铁北园区办', 95, 3, 'none'],
    ]);
    expect(record.corrections).toEqual([]);
  });

  test('the same data gives the same bytes, and a second run makes no commit', async () => {
    const dir = zoneRepo();
    await cli(dir, ['report', '--month', '2026-10']);
    const first = readFileSync(join(dir, REPORT), 'utf8');
    const head = git(dir, 'rev-parse', 'HEAD');
    const again = await cli(dir, ['report', '--month', '2026-10'], '2026-12-15T04:00:00Z', '2026-12-15T10:00:00+08:00');
    expect(again.code).toBe(0);
    expect(readFileSync(join(dir, REPORT), 'utf8')).toBe(first);
    expect(git(dir, 'rev-parse', 'HEAD')).toBe(head);
  });
});

describe('closed-month in plain check', () => {
  test('an edit on main that changes a closed month fails check, naming month, unit and recorded → recomputed score at the line', async () => {
    const dir = await closedThenEdited();
    const r = await cli(dir, ['check', '--format', 'json']);
    expect(r.code).toBe(1);
    const found = JSON.parse(r.stdout).diagnostics.filter((d: { rule: string }) => d.rule === 'closed-month');
    expect(found).toHaveLength(1);
    // 招标's new done line: lists/tasks/b.yaml line 9 (`    done: 2026-10-25`), value at column 11.
    expect(found[0]).toMatchObject({ file: 'lists/tasks/b.yaml', line: 9, column: 11, severity: 'error' });
    expect(found[0].message).toContain('2026年10月考核结果已公布');
    expect(found[0].message).toContain('铁北园区办的得分95 → 100');
    expect(found[0].message).toContain('名次3 → 2');
    expect(found[0].message).toContain('2026-11-06提交');
  });

  test('in English too, and with --base as well', async () => {
    const dir = await closedThenEdited();
    const r = await cli(dir, ['--lang', 'en', 'check', '--format', 'json', '--base', 'HEAD']);
    expect(r.code).toBe(1);
    const found = JSON.parse(r.stdout).diagnostics.filter((d: { rule: string }) => d.rule === 'closed-month');
    expect(found.map((d: { message: string }) => d.message)).toEqual([expect.stringContaining('铁北园区办 scores 95 → 100 (rank 3 → 2')]);
  });

  test('an edit that leaves the month’s result alone passes', async () => {
    const dir = zoneRepo();
    await cli(dir, ['report', '--month', '2026-10']);
    writeTree({ 'lists/tasks/b.yaml': files['lists/tasks/b.yaml'].replace('十月进展', '十月进展（补充说明）') }, dir);
    commit(dir, 'b: text');
    const r = await cli(dir, ['check']);
    expect(r.stdout).not.toContain('closed-month');
    expect(r.code).toBe(0);
  });

  test('an uncommitted report closes nothing; a report without a record (an older version) closes nothing', async () => {
    const dir = zoneRepo();
    await cli(dir, ['report', '--month', '2026-10', '--no-commit']);
    finishLate(dir);
    expect((await cli(dir, ['check'])).code).toBe(0);
    writeTree({ [REPORT]: '# 测试高新区“五重”清单月报 2026-10（数据截至 2026-10-31）\n' }, dir);
    commit(dir, 'an old report');
    expect((await cli(dir, ['check'])).code).toBe(0);
  });

  test('outside a git repository there are no closed months', async () => {
    const dir = writeTree(files);
    expect((await cli(dir, ['report', '--month', '2026-10'])).code).toBe(0);
    finishLate(dir);
    expect((await cli(dir, ['check'])).code).toBe(0);
    const s = await cli(dir, ['score', '--month', '2026-10', '--format', 'json']);
    expect(s.stderr).toBe('');
    expect(JSON.parse(s.stdout).units.find((u: { unit: string }) => u.unit === '铁北园区办').score).toBe(100);
  });
});

describe('score and report for a closed month', () => {
  test('score --month prints the published result and says so', async () => {
    const dir = await closedThenEdited();
    const r = await cli(dir, ['score', '--month', '2026-10', '--format', 'json']);
    expect(r.code).toBe(0);
    type Unit = { unit: string; score: number; rank: number };
    expect(JSON.parse(r.stdout).units.map((u: Unit) => [u.unit, u.score, u.rank])).toEqual([
      ['产融城公司', 105, 1],
      ['高新建公司', 100, 2],
      ['铁北园区办', 95, 3],
    ]);
    expect(r.stderr).toContain('2026年10月考核结果已公布（reports/2026-10.md，2026-11-06提交），以下为公布的结果');
    expect(JSON.parse(r.stdout).published).toEqual({ report: 'reports/2026-10.md', committed: '2026-11-06', shown: 'published', amendments: 0 });
    expect(r.stderr).toContain('与公布的不同');
  });

  test('report refuses to rewrite a published month without an amendment, and writes nothing', async () => {
    const dir = await closedThenEdited();
    const before = readFileSync(join(dir, REPORT), 'utf8');
    const head = git(dir, 'rev-parse', 'HEAD');
    const r = await cli(dir, ['report', '--month', '2026-10']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('assessments/2026-10.yaml 的 amendments');
    expect(readFileSync(join(dir, REPORT), 'utf8')).toBe(before);
    expect(git(dir, 'rev-parse', 'HEAD')).toBe(head);
  });
});
