import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { GitError } from './errors.js';
import type { Env } from './env.js';
import { firstLine, gitText, runGit, type GitPlace } from './run.js';

/** The git repository a zone lives in: the one repository type of every command that reads or writes history. */
export interface GitRepo extends GitPlace {
  /** The zone root (git runs here, so pathspecs like `lists` are relative to it). */
  cwd: string;
  /** The top of the work tree (a commit names its paths from here). */
  top: string;
  /** The zone root relative to `top`, with a trailing `/` ('' at the top). */
  prefix: string;
  shallow: boolean;
  /** HEAD's commit when the repository was opened; undefined while the branch is unborn. */
  head: string | undefined;
  /** The branch HEAD names (`refs/heads/…`); undefined when HEAD is detached. */
  branch: string | undefined;
}

/** The repository around the zone root; GitError 'not-repo' outside one (other failures keep git's own words). */
export async function openRepo(zoneRoot: string, env: Env): Promise<GitRepo> {
  const at = { cwd: zoneRoot, env };
  const r = await runGit(at, ['rev-parse', '--is-shallow-repository', '--show-toplevel', '--show-prefix']);
  // e.g. git's "dubious ownership" refusal keeps its words.
  if (r.code !== 0) throw new GitError(/not a git repository/i.test(r.stderr) ? 'not-repo' : 'failed', firstLine(r.stderr));
  const [shallow = 'false', top = '', prefix = ''] = r.stdout.toString('utf8').split('\n');
  if (top === '') throw new GitError('not-repo', 'not inside a work tree');
  // Both print nothing (exit 1, no message with --quiet) for an unborn HEAD and a detached one.
  const [head, branch] = await Promise.all([
    gitText(at, ['rev-parse', '--quiet', '--verify', 'HEAD^{commit}']),
    gitText(at, ['symbolic-ref', '--quiet', 'HEAD']),
  ]);
  return {
    cwd: zoneRoot, env, top, prefix, shallow: shallow === 'true',
    head: head.trim() || undefined, branch: branch.trim() || undefined,
  };
}

/**
 * The repository around `dir`, or undefined when `dir` is not inside a work tree;
 * GitError 'no-git' without git, unless no `.git` above `dir` shows that there is no repository anyway.
 */
export async function findRepo(dir: string, env: Env): Promise<GitRepo | undefined> {
  try {
    return await openRepo(dir, env);
  } catch (e) {
    // Only "not a git repository" means none: "dubious ownership" and the like must not pass as "nothing to commit".
    if (e instanceof GitError && e.kind === 'not-repo') return undefined;
    if (e instanceof GitError && e.kind === 'no-git' && !dotGitAbove(dir)) return undefined;
    throw e;
  }
}

/** Whether `dir` or a folder above it holds `.git` (a directory, or a file for worktrees and submodules). */
function dotGitAbove(dir: string): boolean {
  for (let d = resolve(dir); ; d = dirname(d)) {
    if (existsSync(join(d, '.git'))) return true;
    if (dirname(d) === d) return false;
  }
}

/** Where commands about the whole work tree run: its top. */
export const atTop = (repo: GitRepo, set?: Record<string, string>): GitPlace => ({ cwd: repo.top, env: repo.env, set });

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
