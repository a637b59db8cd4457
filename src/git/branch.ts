// Commits on a new branch, one commit per step, the way `git switch -c NAME` then `git commit <files>` would:
// objects and trees built in a throw-away index, the branch created only if it does not exist, then HEAD moved to
// it with the real index learning exactly the committed paths (everything else staged or modified stays as it was).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { identityEnv } from './commit.js';
import { GitError } from './errors.js';
import { atTop, type GitRepo } from './repo.js';
import { gitOk, runGit } from './run.js';

export interface BranchStep {
  message: string;
  /** Absolute path → the file's new text. */
  files: Map<string, string>;
}

export type BranchProblem =
  | { kind: 'bad-name'; detail: string }
  | { kind: 'exists' }
  | { kind: 'unborn' }
  | { kind: 'dirty'; paths: string[] };

const place = (repo: GitRepo, set?: Record<string, string>) => atTop(repo, set);
const gitPath = (repo: GitRepo, abs: string) => relative(repo.top, abs).split(sep).join('/');

/** What stands in the way of committing `files` on a new branch `name`, checked before anything is written. */
export async function branchProblem(
  repo: GitRepo, name: string, files: readonly string[],
): Promise<BranchProblem | undefined> {
  const format = await runGit(place(repo), ['check-ref-format', '--branch', name]);
  if (format.code !== 0 || name.startsWith('-')) return { kind: 'bad-name', detail: format.stderr.split('\n')[0]?.replace(/^fatal: /, '') ?? '' };
  const exists = await runGit(place(repo), ['rev-parse', '--verify', '--quiet', `refs/heads/${name}`]);
  if (exists.code === 0) return { kind: 'exists' };
  if (repo.head === undefined) return { kind: 'unborn' };
  // Modified, staged, untracked or conflicted: the commit would take the user's own change along.
  const status = await gitOk(place(repo), ['status', '--porcelain', '-z', '--untracked-files=all', '--', ...files.map((f) => `:(literal)${gitPath(repo, f)}`)]);
  const paths = status.toString('utf8').split('\0').filter((e) => e.length > 3).map((e) => e.slice(3));
  return paths.length > 0 ? { kind: 'dirty', paths } : undefined;
}

/** Creates branch `name` at HEAD plus one commit per step; returns the commit ids. HEAD and the index are untouched. */
export async function commitChain(repo: GitRepo, name: string, steps: readonly BranchStep[]): Promise<string[]> {
  const identity = await identityEnv(place(repo), repo.env);
  const sign = (await runGit(place(repo), ['config', '--type=bool', '--get', 'commit.gpgSign'])).stdout.toString('utf8').trim() === 'true';
  const commits: string[] = [];
  let parent = repo.head!;
  for (const step of steps) {
    const tree = await treeWith(repo, parent, step.files);
    const args = ['commit-tree', tree, '-p', parent, ...(sign ? ['-S'] : []), '-F', '-'];
    parent = (await gitOk(place(repo, identity), args, step.message)).toString('utf8').trim();
    commits.push(parent);
  }
  // All zeros: the branch must not exist yet (a branch made meanwhile is never overwritten).
  await gitOk(place(repo), ['update-ref', '-m', `wuzhong: sheet import`, `refs/heads/${name}`, parent, '0'.repeat(parent.length)]);
  return commits;
}

/** Moves HEAD to the new branch and stages the committed versions of `files`, as `git commit` leaves the index. */
export async function switchTo(repo: GitRepo, name: string, files: readonly string[]): Promise<void> {
  const lock = `${resolve(repo.top, (await gitOk(place(repo), ['rev-parse', '--git-path', 'index'])).toString('utf8').trim())}.lock`;
  if (existsSync(lock)) throw new GitError('failed', `${lock} exists (another git process is running)`);
  await gitOk(place(repo), ['symbolic-ref', '-m', `wuzhong: switch to ${name}`, 'HEAD', `refs/heads/${name}`]);
  // The files on disk are the committed texts: add refreshes exactly those index entries.
  await gitOk(place(repo), ['add', '--', ...files.map((f) => `:(literal)${gitPath(repo, f)}`)]);
}

/** Deletes a branch this run created, when writing the files failed after it. */
export async function dropBranch(repo: GitRepo, name: string, commit: string): Promise<void> {
  await runGit(place(repo), ['update-ref', '-d', `refs/heads/${name}`, commit]);
}

async function treeWith(repo: GitRepo, base: string, files: Map<string, string>): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'wuzhong-index-'));
  try {
    const at = place(repo, { GIT_INDEX_FILE: join(dir, 'index') });
    await gitOk(at, ['read-tree', base]);
    for (const [abs, text] of files) {
      const path = gitPath(repo, abs);
      // --path: the clean filters and core.autocrlf of that path apply, as `git add` would.
      const blob = (await gitOk(at, ['hash-object', '-w', `--path=${path}`, '--stdin'], text)).toString('utf8').trim();
      const mode = /^(\d{6}) /.exec((await gitOk(at, ['ls-files', '-s', '--', `:(literal)${path}`])).toString('utf8'))?.[1] ?? '100644';
      await gitOk(at, ['update-index', '--add', '--cacheinfo', `${mode},${blob},${path}`]);
    }
    return (await gitOk(at, ['write-tree'])).toString('utf8').trim();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
