import { GitError } from './errors.js';
import type { ReportRepo } from './commit.js';
import { client, gitEnv, raw } from './simple.js';

export type PushResult = { kind: 'pushed'; remote: string; target: string } | { kind: 'no-upstream'; branch: string };

/** Pushes the current branch to its upstream (branch.<name>.remote / .merge), never forcing. */
export async function pushBranch(repo: ReportRepo): Promise<PushResult> {
  if (repo.branch === undefined) throw new GitError('failed', 'HEAD is detached');
  const branch = repo.branch.replace(/^refs\/heads\//, '');
  const git = client(repo.top, gitEnv(repo.env));
  const remote = (await raw(git, ['config', '--get', `branch.${branch}.remote`])).trim();
  const merge = (await raw(git, ['config', '--get', `branch.${branch}.merge`])).trim();
  if (remote === '' || merge === '') return { kind: 'no-upstream', branch };
  await raw(git, ['push', '--quiet', '--', remote, `${repo.branch}:${merge}`]);
  return { kind: 'pushed', remote, target: merge.replace(/^refs\/heads\//, '') };
}
