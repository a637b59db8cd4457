import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { git, writeTree } from '../../helpers.js';
import { cli, commit, finishLate, zoneRepo } from './repo.js';

// October published on 2026-11-03, before its filing day (11-05): closed but not settled, so `rescored` does not apply.
const PUBLISHED = ['2026-11-03T04:00:00Z', '2026-11-03T10:00:00+08:00'] as const;
const REPORT = 'reports/2026-10.md';

function publishedRepo(): { dir: string; rev: string } {
  const dir = zoneRepo();
  git(dir, 'checkout', '-q', '-b', 'pr');
  return { dir, rev: git(dir, 'rev-parse', 'HEAD').trim() };
}

async function publish(dir: string) {
  expect((await cli(dir, ['report', '--month', '2026-10'], ...PUBLISHED)).code).toBe(0);
  return git(dir, 'rev-parse', 'HEAD').trim();
}

const gate = (dir: string, rev: string) => cli(dir, ['check', '--as-of', '2026-11-04', '--format', 'json', '--base', rev], '2026-11-04T04:00:00Z');
const closedMonth = (stdout: string) =>
  (JSON.parse(stdout) as { diagnostics: { rule: string; file: string; message: string }[] }).diagnostics.filter((d) => d.rule === 'closed-month');

describe('check --base: a published record rewritten or deleted with the data', () => {
  test('deleting the report does not hide a change to the published month', async () => {
    const { dir } = publishedRepo();
    const rev = await publish(dir);
    finishLate(dir);
    rmSync(join(dir, REPORT));
    commit(dir, 'b: 招标 done, report gone', '2026-11-04T09:00:00+08:00');
    const r = await gate(dir, rev);
    expect(r.code).toBe(1);
    expect(closedMonth(r.stdout)).toEqual([expect.objectContaining({ file: 'lists/tasks/b.yaml', message: expect.stringContaining('铁北园区办的得分95 → 100') })]);
  });

  test('a report regenerated elsewhere from the edited data does not hide it either; an amendment does', async () => {
    const { dir } = publishedRepo();
    const rev = await publish(dir);
    // The forged report: what `report` writes for the edited data in another repository, on the same day.
    const other = zoneRepo();
    finishLate(other);
    commit(other, 'edited');
    await publish(other);
    finishLate(dir);
    copyFileSync(join(other, REPORT), join(dir, REPORT));
    commit(dir, 'b: 招标 done, result rewritten', '2026-11-04T09:00:00+08:00');
    expect((await cli(dir, ['check', '--as-of', '2026-11-04'], '2026-11-04T04:00:00Z')).code).toBe(0); // the record now agrees
    const r = await gate(dir, rev);
    expect(r.code).toBe(1);
    expect(closedMonth(r.stdout).map((d) => d.message)).toEqual([expect.stringContaining('铁北园区办的得分95 → 100')]);
    writeTree({ 'assessments/2026-10.yaml': 'amendments:\n  - reason: 招标节点实际已于10月25日完成，原漏报\n    approved: 魏克鹏\n    date: 2026-11-04\n' }, dir);
    commit(dir, 'amendment', '2026-11-04T10:00:00+08:00');
    const amended = await gate(dir, rev);
    expect(closedMonth(amended.stdout)).toEqual([]);
  });
});
