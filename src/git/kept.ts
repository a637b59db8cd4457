import { identityEnv, treeWith } from './commit.js';
import { atTop, type GitRepo } from './repo.js';
import { gitText } from './run.js';

/** Content report replaced without its having been committed: reachable from here, so `git gc` never prunes it. */
export const KEPT_REF = 'refs/wuzhong/kept';

/** Adds a commit holding `blob` at `path` to refs/wuzhong/kept (`git log -p refs/wuzhong/kept` lists all). */
export async function keepReachable(repo: GitRepo, path: string, blob: string, what: string): Promise<void> {
  const git = atTop(repo);
  const old = (await gitText(git, ['rev-parse', '--quiet', '--verify', `${KEPT_REF}^{commit}`])).trim() || undefined;
  const tree = await treeWith(repo, undefined, path, blob);
  const author = atTop(repo, await identityEnv(git, repo.env));
  const msg = `wuzhong: kept ${path} (${what}) before rewriting it`;
  const commit = (await gitText(author, ['commit-tree', tree, ...(old ? ['-p', old] : []), '-m', msg])).trim();
  await gitText(git, ['update-ref', '-m', msg, KEPT_REF, commit, old ?? '0'.repeat(commit.length)]);
}
