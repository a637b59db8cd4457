import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { GitError } from './errors.js';
import { keepReachable } from './kept.js';
import { client, gitEnv, raw, type Env } from './simple.js';

/** Used when the repository has no user.name/user.email (a fresh CI runner). */
const BOT_IDENTITY = { name: 'wuzhong-bot', email: 'wuzhong-bot@users.noreply.local' } as const;

/** Where we would commit: the work tree's top, HEAD before (undefined while unborn) and the branch (undefined when detached). */
export interface ReportRepo {
  top: string;
  head: string | undefined;
  branch: string | undefined;
  env: Env;
}

/**
 * The git repository around `dir`, or undefined when `dir` is not inside a work tree;
 * GitError 'no-git' without git, unless no `.git` above `dir` shows that there is no repository anyway.
 */
export async function findRepo(dir: string, env: Env): Promise<ReportRepo | undefined> {
  const git = client(dir, gitEnv(env));
  let top: string;
  try {
    top = (await raw(git, ['rev-parse', '--show-toplevel'])).trim();
  } catch (e) {
    // Only "not a git repository" means none: "dubious ownership" and the like must not pass as "nothing to commit".
    if (e instanceof GitError && e.kind === 'failed' && /not a git repository/i.test(e.detail)) return undefined;
    if (e instanceof GitError && e.kind === 'no-git' && !dotGitAbove(dir)) return undefined;
    throw e;
  }
  if (top === '') return undefined;
  const at = client(top, gitEnv(env));
  // Both print nothing (exit 1, no message with -q) for an unborn HEAD and a detached one.
  const head = (await raw(at, ['rev-parse', '--quiet', '--verify', 'HEAD^{commit}'])).trim() || undefined;
  const branch = (await raw(at, ['symbolic-ref', '--quiet', 'HEAD'])).trim() || undefined;
  return { top, head, branch, env };
}

/** Whether `dir` or a folder above it holds `.git` (a directory, or a file for worktrees and submodules). */
function dotGitAbove(dir: string): boolean {
  for (let d = resolve(dir); ; d = dirname(d)) {
    if (existsSync(join(d, '.git'))) return true;
    if (dirname(d) === d) return false;
  }
}

export type CommitResult =
  | { kind: 'unchanged'; path: string }
  /** Another git process holds the index lock: nothing was committed. */
  | { kind: 'index-locked'; path: string; lock: string }
  | {
      kind: 'committed';
      path: string;
      commit: string;
      parent: string | undefined;
      /** Staged versions of the path (differing from HEAD and the new blob) that the index no longer holds. */
      replacedStaged: string[];
      /** git's words when the branch moved but the real index could not be updated. */
      indexError?: string;
    };

/**
 * Commits exactly one file on top of HEAD without touching the user's index:
 * the tree is built in a temporary index, the branch moves only if the real
 * index is not locked and the branch still points where it did, then the real
 * index learns the new blob for that one path, so everything else staged or
 * modified stays as it was.
 */
export async function commitOneFile(repo: ReportRepo, file: string, message: (parent: string | undefined) => string): Promise<CommitResult> {
  const path = relative(repo.top, file).split(sep).join('/');
  const git = client(repo.top, gitEnv(repo.env));
  const blob = (await raw(git, ['hash-object', '-w', '--', path])).trim();
  const headBlob = repo.head === undefined ? undefined : await blobAt(git, repo.head, path);
  if (headBlob === blob) return { kind: 'unchanged', path };

  const tree = await treeWith(repo, repo.head, path, blob);
  const identity = await identityEnv(git, repo.env);
  const author = client(repo.top, gitEnv(repo.env, identity));
  const parentArgs = repo.head === undefined ? [] : ['-p', repo.head];
  const msg = message(repo.head);
  const commit = (await raw(author, ['commit-tree', tree, ...parentArgs, ...(await signArgs(git)), '-m', msg])).trim();

  // A locked index would fail the last step after the branch moved: look before moving it.
  const lock = `${resolve(repo.top, (await raw(git, ['rev-parse', '--git-path', 'index'])).trim())}.lock`;
  if (existsSync(lock)) return { kind: 'index-locked', path, lock };
  const replacedStaged = (await stagedBlobs(git, path)).filter((b) => b !== blob && b !== headBlob);
  // The index entry is about to be replaced: a ref keeps those versions from `git gc`.
  for (const staged of replacedStaged) await keepReachable(repo, path, staged, 'staged');

  const subject = msg.split('\n')[0] ?? '';
  // The old value guards against a commit made meanwhile; all zeros means "must not exist yet" (unborn branch).
  const old = repo.head ?? '0'.repeat(commit.length);
  if (repo.branch !== undefined) await raw(git, ['update-ref', '-m', `wuzhong: ${subject}`, repo.branch, commit, old]);
  else await raw(git, ['update-ref', '--no-deref', '-m', `wuzhong: ${subject}`, 'HEAD', commit, old]);
  const done = { kind: 'committed', path, commit, parent: repo.head, replacedStaged } as const;
  try {
    await raw(git, ['update-index', '--add', '--cacheinfo', `100644,${blob},${path}`]);
  } catch (e) {
    if (e instanceof GitError && e.kind === 'failed') return { ...done, indexError: e.detail };
    throw e;
  }
  return done;
}

/** The blob ids the real index holds for `path` (one, or up to three during a merge conflict). */
async function stagedBlobs(git: ReturnType<typeof client>, path: string): Promise<string[]> {
  const out = await raw(git, ['ls-files', '--stage', '-z', '--', `:(literal)${path}`]);
  return [...new Set(out.split('\0').flatMap((entry) => /^\d{6} ([0-9a-f]+) \d\t/.exec(entry)?.[1] ?? []))];
}

/** The blob id of `path` in `commit`, or undefined. */
async function blobAt(git: ReturnType<typeof client>, commit: string, path: string): Promise<string | undefined> {
  const line = await raw(git, ['ls-tree', '-z', '--full-tree', commit, '--', path]);
  const m = /^\d{6} blob ([0-9a-f]+)\t/.exec(line);
  return m?.[1];
}

/** The tree of `base` (none: empty) with one entry replaced, built in a throw-away index file. */
export async function treeWith(repo: ReportRepo, base: string | undefined, path: string, blob: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'wuzhong-index-'));
  try {
    const git = client(repo.top, gitEnv(repo.env, { GIT_INDEX_FILE: join(dir, 'index') }));
    await raw(git, base === undefined ? ['read-tree', '--empty'] : ['read-tree', base]);
    await raw(git, ['update-index', '--add', '--cacheinfo', `100644,${blob},${path}`]);
    return (await raw(git, ['write-tree'])).trim();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The configured identity wins; without one (fresh CI runner) the bot signs, unless the environment names someone. */
export async function identityEnv(git: ReturnType<typeof client>, env: Env): Promise<Record<string, string>> {
  const name = (await raw(git, ['config', '--get', 'user.name'])).trim();
  const email = (await raw(git, ['config', '--get', 'user.email'])).trim();
  if (name !== '' && email !== '') return {};
  const pick = (role: 'AUTHOR' | 'COMMITTER') => {
    const n = env[`GIT_${role}_NAME`], e = env[`GIT_${role}_EMAIL`];
    return n && e ? { [`GIT_${role}_NAME`]: n, [`GIT_${role}_EMAIL`]: e } : { [`GIT_${role}_NAME`]: BOT_IDENTITY.name, [`GIT_${role}_EMAIL`]: BOT_IDENTITY.email };
  };
  return { ...pick('AUTHOR'), ...pick('COMMITTER') };
}

/** Whether the zone data (config, lists, assessments) differs from HEAD or has untracked files, so the report is not of HEAD alone. */
export async function zoneDataDirty(repo: ReportRepo, zoneRoot: string): Promise<boolean> {
  const git = client(zoneRoot, gitEnv(repo.env, { GIT_OPTIONAL_LOCKS: '0' }));
  const out = await raw(git, ['status', '--porcelain', '-z', '--untracked-files=all', '--', 'wuzhong.yaml', 'lists', 'assessments']);
  return out !== '';
}

/**
 * Keeps `file` as a git object before it is overwritten, unless HEAD holds exactly it: the blob id
 * (`git cat-file -p <id>` gives the bytes back), or undefined when nothing needed keeping.
 */
export async function keepUncommitted(repo: ReportRepo, file: string): Promise<string | undefined> {
  const git = client(repo.top, gitEnv(repo.env));
  const path = relative(repo.top, file).split(sep).join('/');
  const asCommitted = (await raw(git, ['hash-object', '--', path])).trim();
  if (repo.head !== undefined && (await blobAt(git, repo.head, path)) === asCommitted) return undefined;
  // The exact bytes on disk (no CRLF or other filters), so recovery gives back what was there.
  const blob = (await raw(git, ['hash-object', '-w', '--no-filters', '--', path])).trim();
  await keepReachable(repo, path, blob, 'working tree');
  return blob;
}

/**
 * `git commit` signs when commit.gpgSign is true, with user.signingKey (else the committer's identity) in
 * gpg.format; commit-tree reads the last two itself but not the first, so it is asked for explicitly.
 */
async function signArgs(git: ReturnType<typeof client>): Promise<string[]> {
  const sign = (await raw(git, ['config', '--type=bool', '--get', 'commit.gpgSign'])).trim();
  return sign === 'true' ? ['-S'] : [];
}

/** The blob id git would store for the working file `file` (clean filters and core.autocrlf applied), without storing it. */
export async function cleanBlobId(repo: ReportRepo, file: string): Promise<string> {
  const git = client(repo.top, gitEnv(repo.env));
  return (await raw(git, ['hash-object', '--', relative(repo.top, file).split(sep).join('/')])).trim();
}
