import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { atTop, type GitRepo } from './repo.js';
import { gitText } from './run.js';

import type { InProgress } from '../i18n/zh-report.js';

export type { InProgress };

/** The files git leaves while each operation is under way (as `git status` reads them). */
const MARKERS: readonly [string, InProgress | 'apply'][] = [
  ['rebase-merge', 'rebase'],
  ['rebase-apply', 'apply'],
  ['MERGE_HEAD', 'merge'],
  ['CHERRY_PICK_HEAD', 'cherry-pick'],
  ['REVERT_HEAD', 'revert'],
  ['BISECT_LOG', 'bisect'],
];

/** The operation in progress in the repository, if any. */
export async function inProgress(repo: GitRepo): Promise<InProgress | undefined> {
  const git = atTop(repo);
  const args = ['rev-parse', ...MARKERS.flatMap(([m]) => ['--git-path', m]), '--git-path', 'rebase-apply/applying'];
  const paths = (await gitText(git, args)).split('\n').map((p) => resolve(repo.top, p.trim()));
  for (const [i, [, what]] of MARKERS.entries()) {
    if (!existsSync(paths[i]!)) continue;
    // rebase-apply/ serves both `git am` and the apply backend of rebase; `applying` marks am.
    if (what === 'apply') return existsSync(paths[MARKERS.length]!) ? 'am' : 'rebase';
    return what;
  }
  return undefined;
}

/**
 * Tracked zone-data files (wuzhong.yaml, lists/, assessments/) that sparse checkout or skip-worktree keeps out of
 * the working tree.
 */
export async function skippedData(repo: GitRepo, zoneRoot: string): Promise<string[]> {
  const git = { cwd: zoneRoot, env: repo.env };
  const out = await gitText(git, ['ls-files', '-t', '-z', '--', 'wuzhong.yaml', 'lists', 'assessments']);
  // `-t` tags each entry; S marks skip-worktree (what sparse checkout sets on the files it leaves out).
  return out.split('\0').filter((e) => e.startsWith('S ')).map((e) => e.slice(2));
}

/** Why a commit must not be made now: an operation under way, or a detached HEAD; undefined when it may. */
export type CommitBlocker = { kind: 'busy'; what: InProgress } | { kind: 'detached' };

export async function commitBlocker(repo: GitRepo): Promise<CommitBlocker | undefined> {
  // A rebase detaches HEAD too: name the rebase, which is what needs finishing.
  const busy = await inProgress(repo);
  if (busy !== undefined) return { kind: 'busy', what: busy };
  if (repo.branch === undefined && repo.head !== undefined) return { kind: 'detached' };
  return undefined;
}
