import { GitError } from './errors.js';
import { firstLine, runGit } from './run.js';

/** Where the zone repo sits inside its git work tree. */
export interface GitRepo {
  /** The zone root (git runs here, so pathspecs like `lists` are relative to it). */
  cwd: string;
  /** The zone root relative to the top of the work tree, with a trailing `/` ('' at the top). */
  prefix: string;
  shallow: boolean;
}

export async function openRepo(zoneRoot: string): Promise<GitRepo> {
  const r = await runGit(zoneRoot, ['rev-parse', '--is-shallow-repository', '--show-prefix']);
  // Other failures (e.g. git's "dubious ownership" refusal) keep git's own words.
  if (r.code !== 0) throw new GitError(/not a git repository/i.test(r.stderr) ? 'not-repo' : 'failed', firstLine(r.stderr));
  const [shallow = 'false', prefix = ''] = r.stdout.toString('utf8').split('\n');
  return { cwd: zoneRoot, prefix, shallow: shallow === 'true' };
}

/** The commit id REV names; unknown (or not fetched in a shallow clone) → GitError 'unknown-rev'. */
export async function resolveCommit(repo: GitRepo, rev: string): Promise<string> {
  const r = await runGit(repo.cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`]);
  const sha = r.stdout.toString('utf8').trim();
  if (r.code !== 0 || sha === '') throw new GitError('unknown-rev', firstLine(r.stderr), repo.shallow);
  return sha;
}
