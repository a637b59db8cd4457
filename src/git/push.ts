import { GitError } from './errors.js';
import type { ReportRepo } from './commit.js';
import { client, gitEnv, raw } from './simple.js';

export type PushResult =
  | { kind: 'pushed'; remote: string; target: string }
  | { kind: 'no-upstream'; branch: string }
  /** git refused or failed: its meaningful lines; `behind` when the remote has commits we lack (pull, then push again). */
  | { kind: 'failed'; lines: string[]; behind: boolean };

/** Pushes the current branch to its upstream (branch.<name>.remote / .merge), never forcing. */
export async function pushBranch(repo: ReportRepo): Promise<PushResult> {
  if (repo.branch === undefined) throw new GitError('failed', 'HEAD is detached');
  const branch = repo.branch.replace(/^refs\/heads\//, '');
  const git = client(repo.top, gitEnv(repo.env));
  const remote = (await raw(git, ['config', '--get', `branch.${branch}.remote`])).trim();
  const merge = (await raw(git, ['config', '--get', `branch.${branch}.merge`])).trim();
  if (remote === '' || merge === '') return { kind: 'no-upstream', branch };
  try {
    await raw(git, ['push', '--quiet', '--', remote, `${repo.branch}:${merge}`]);
  } catch (e) {
    if (!(e instanceof GitError) || e.kind !== 'failed') throw e;
    const lines = meaningfulLines(e.stderr || e.detail);
    return { kind: 'failed', lines: lines.length > 0 ? lines : [e.detail], behind: lines.some((l) => /^! \[rejected\].*\((fetch first|non-fast-forward)\)/.test(l)) };
  }
  return { kind: 'pushed', remote, target: merge.replace(/^refs\/heads\//, '') };
}

/** The lines of push's stderr that say what went wrong (`! [rejected] …`, `error:`, `fatal:`, `remote:`), not the `To …` header or hints. */
function meaningfulLines(stderr: string): string[] {
  return stderr
    .split(/\r?\n/)
    .map((l) => l.trim().replace(/\s+/g, ' '))
    .filter((l) => /^(! |error:|fatal:|remote:)/.test(l) && l !== 'remote:');
}
