import { identityEnv, treeWith, type ReportRepo } from './commit.js';
import { client, gitEnv, raw } from './simple.js';

/** Content report replaced without its having been committed: reachable from here, so `git gc` never prunes it. */
export const KEPT_REF = 'refs/wuzhong/kept';

/** Adds a commit holding `blob` at `path` to refs/wuzhong/kept (`git log -p refs/wuzhong/kept` lists all). */
export async function keepReachable(repo: ReportRepo, path: string, blob: string, what: string): Promise<void> {
  const git = client(repo.top, gitEnv(repo.env));
  const old = (await raw(git, ['rev-parse', '--quiet', '--verify', `${KEPT_REF}^{commit}`])).trim() || undefined;
  const tree = await treeWith(repo, undefined, path, blob);
  const author = client(repo.top, gitEnv(repo.env, await identityEnv(git, repo.env)));
  const msg = `wuzhong: kept ${path} (${what}) before rewriting it`;
  const commit = (await raw(author, ['commit-tree', tree, ...(old ? ['-p', old] : []), '-m', msg])).trim();
  await raw(git, ['update-ref', '-m', msg, KEPT_REF, commit, old ?? '0'.repeat(commit.length)]);
}
