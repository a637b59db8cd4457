import { GitError } from './errors.js';
import type { Env } from './env.js';
import { firstLine, runGit, type GitPlace } from './run.js';

/** Where the zone repo sits inside its git work tree. */
export interface GitRepo extends GitPlace {
  /** The zone root (git runs here, so pathspecs like `lists` are relative to it). */
  cwd: string;
  /** The zone root relative to the top of the work tree, with a trailing `/` ('' at the top). */
  prefix: string;
  shallow: boolean;
}

export async function openRepo(zoneRoot: string, env: Env): Promise<GitRepo> {
  const r = await runGit({ cwd: zoneRoot, env }, ['rev-parse', '--is-shallow-repository', '--show-prefix']);
  // Other failures (e.g. git's "dubious ownership" refusal) keep git's own words.
  if (r.code !== 0) throw new GitError(/not a git repository/i.test(r.stderr) ? 'not-repo' : 'failed', firstLine(r.stderr));
  const [shallow = 'false', prefix = ''] = r.stdout.toString('utf8').split('\n');
  return { cwd: zoneRoot, env, prefix, shallow: shallow === 'true' };
}

/** The commit id REV names; unknown (or not fetched in a shallow clone) → GitError 'unknown-rev'. */
export async function resolveCommit(repo: GitRepo, rev: string): Promise<string> {
  const r = await runGit(repo, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`]);
  const sha = r.stdout.toString('utf8').trim();
  if (r.code !== 0 || sha === '') throw new GitError('unknown-rev', firstLine(r.stderr), repo.shallow);
  return sha;
}

/**
 * The zone root's path inside its work tree ('' at the top, or with no git at all), for CI annotations,
 * which name files from the repository root. Only a path is read, so a repository git would refuse as
 * owned by another user (common in CI containers) still gives its prefix.
 */
export async function zonePrefix(zoneRoot: string, env: Env): Promise<string> {
  try {
    const r = await runGit({ cwd: zoneRoot, env }, ['-c', 'safe.directory=*', 'rev-parse', '--show-prefix']);
    return r.code === 0 ? r.stdout.toString('utf8').trim() : '';
  } catch {
    return '';
  }
}
