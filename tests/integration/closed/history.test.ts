import { execFileSync } from 'node:child_process';
import { chmodSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { git, runBin, tempDir, writeTree } from '../../helpers.js';
import { cli, commit, finishLate, zoneRepo } from './repo.js';

/** October published on 2026-11-06; then 招标 recorded as done late (铁北园区办 95 → 100). */
async function published() {
  const dir = zoneRepo();
  expect((await cli(dir, ['report', '--month', '2026-10'])).code).toBe(0);
  finishLate(dir);
  commit(dir, 'b: 招标 done', '2026-11-20T09:00:00+08:00');
  return dir;
}

const closedMonth = (stdout: string) => JSON.parse(stdout).diagnostics.filter((d: { rule: string }) => d.rule === 'closed-month');

describe('git history', () => {
  test('a shallow clone still finds the closed month (the boundary commit’s date is not trusted)', async () => {
    const dir = await published();
    const clone = join(tempDir(), 'clone');
    git(dir, 'clone', '-q', '--depth', '1', `file://${dir}`, clone);
    expect(git(clone, 'rev-parse', '--is-shallow-repository').trim()).toBe('true');
    const c = await cli(clone, ['check', '--format', 'json']);
    expect(c.code).toBe(1);
    expect(closedMonth(c.stdout)[0].message).toContain('铁北园区办的得分95 → 100');
  });

  test('plain check runs two git processes, however many months are closed', async () => {
    const dir = zoneRepo();
    for (const month of ['2026-08', '2026-09', '2026-10']) expect((await cli(dir, ['report', '--month', month])).code).toBe(0);
    const bin = tempDir();
    const log = join(bin, 'git.log');
    const real = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
    writeTree({ git: `#!/bin/sh\necho "$1" >> '${log}'\nexec '${real}' "$@"\n` }, bin);
    chmodSync(join(bin, 'git'), 0o755);
    const r = runBin(['--repo', dir, 'check', '--as-of', '2026-11-26'], { env: { PATH: `${bin}:${process.env.PATH ?? ''}` } });
    expect(r.code).toBe(0);
    expect(readFileSync(log, 'utf8').trim().split('\n')).toHaveLength(2);
  });
});
