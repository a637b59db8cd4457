import { join } from 'node:path';
import { git, gitInit, runCli, tempDir, writeTree } from '../../../helpers.js';
import { smallZone } from '../../../support/monthly/fixture.js';

export const REPORT = 'reports/2026-10.md';

/** Git sees only what the test gives it: no global or system config, git found on the usual PATH. */
export function gitEnv(home: string, extra: Record<string, string> = {}): Record<string, string> {
  return { PATH: process.env.PATH ?? '', HOME: home, GIT_CONFIG_NOSYSTEM: '1', ...extra };
}

/** A git repository holding the small zone (under `sub` when given), everything committed once. */
export function zoneRepo(opts: { sub?: string; commit?: boolean } = {}): { top: string; zone: string } {
  const top = tempDir('wuzhong-report-');
  const zone = opts.sub ? join(top, opts.sub) : top;
  writeTree(smallZone, zone);
  gitInit(top);
  if (opts.commit !== false) {
    git(top, 'add', '-A');
    git(top, 'commit', '-q', '-m', 'zone data');
  }
  return { top, zone };
}

type RunOptions = { env?: Record<string, string>; cwd?: string; now?: string };

export function report(zone: string, args: string[] = [], opts: RunOptions = {}) {
  return runCli(['--repo', zone, 'report', '--month', '2026-10', ...args], { env: opts.env ?? gitEnv(zone), cwd: opts.cwd ?? zone, ...(opts.now ? { now: opts.now } : {}) });
}

/** What a user would see of the repository's state, to compare before and after a run. */
export function snapshot(top: string): { status: string; staged: string; unstaged: string } {
  return { status: git(top, 'status', '--porcelain', '--untracked-files=all'), staged: git(top, 'diff', '--cached'), unstaged: git(top, 'diff') };
}
