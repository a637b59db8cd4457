import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import type { Env } from './env.js';
import { GitError } from './errors.js';
import { blobId, oidAlgorithm } from './hash.js';
import { keepReachable } from './kept.js';
import { atTop, type GitRepo } from './repo.js';
import { gitText, type GitPlace } from './run.js';

/** Used when the repository has no user.name/user.email (a fresh CI runner). */
const BOT_IDENTITY = { name: 'wuzhong-bot', email: 'wuzhong-bot@users.noreply.local' } as const;

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
export async function commitOneFile(
  repo: GitRepo, file: string, message: (parent: string | undefined) => string,
): Promise<CommitResult> {
  return commitFiles(repo, [file], message);
}

/** `commitOneFile` for several files in one commit (a notice and its printable copy): exactly those, nothing else. */
export async function commitFiles(
  repo: GitRepo, files: readonly string[], message: (parent: string | undefined) => string,
): Promise<CommitResult> {
  const git = atTop(repo);
  const entries: { path: string; blob: string; headBlob: string | undefined }[] = [];
  for (const file of files) {
    const path = relative(repo.top, file).split(sep).join('/');
    const blob = (await gitText(git, ['hash-object', '-w', '--', path])).trim();
    entries.push({ path, blob, headBlob: repo.head === undefined ? undefined : await blobAt(git, repo.head, path) });
  }
  const path = entries[0]!.path;
  if (entries.every((e) => e.headBlob === e.blob)) return { kind: 'unchanged', path };

  const tree = await treeWithAll(repo, repo.head, entries);
  const identity = await identityEnv(git, repo.env);
  const author = atTop(repo, identity);
  const parentArgs = repo.head === undefined ? [] : ['-p', repo.head];
  const msg = message(repo.head);
  const sign = await signArgs(git);
  const commit = (await gitText(author, ['commit-tree', tree, ...parentArgs, ...sign, '-m', msg])).trim();

  // A locked index would fail the last step after the branch moved: look before moving it.
  const lock = `${resolve(repo.top, (await gitText(git, ['rev-parse', '--git-path', 'index'])).trim())}.lock`;
  if (existsSync(lock)) return { kind: 'index-locked', path, lock };
  const replacedStaged: string[] = [];
  for (const e of entries) {
    const staged = (await stagedBlobs(git, e.path)).filter((b) => b !== e.blob && b !== e.headBlob);
    // The index entry is about to be replaced: a ref keeps those versions from `git gc`.
    for (const b of staged) await keepReachable(repo, e.path, b, 'staged');
    replacedStaged.push(...staged);
  }

  const subject = msg.split('\n')[0] ?? '';
  // The old value guards against a commit made meanwhile; all zeros means "must not exist yet" (unborn branch).
  const old = repo.head ?? '0'.repeat(commit.length);
  if (repo.branch !== undefined) {
    await gitText(git, ['update-ref', '-m', `wuzhong: ${subject}`, repo.branch, commit, old]);
  }
  else await gitText(git, ['update-ref', '--no-deref', '-m', `wuzhong: ${subject}`, 'HEAD', commit, old]);
  const done = { kind: 'committed', path, commit, parent: repo.head, replacedStaged } as const;
  try {
    await gitText(git, ['update-index', '--add', ...cacheInfo(entries)]);
  } catch (e) {
    if (e instanceof GitError && e.kind === 'failed') return { ...done, indexError: e.detail };
    throw e;
  }
  return done;
}

const cacheInfo = (entries: readonly { path: string; blob: string }[]) =>
  entries.flatMap((e) => ['--cacheinfo', `100644,${e.blob},${e.path}`]);

/** The blob ids the real index holds for `path` (one, or up to three during a merge conflict). */
async function stagedBlobs(git: GitPlace, path: string): Promise<string[]> {
  const out = await gitText(git, ['ls-files', '--stage', '-z', '--', `:(literal)${path}`]);
  return [...new Set(out.split('\0').flatMap((entry) => /^\d{6} ([0-9a-f]+) \d\t/.exec(entry)?.[1] ?? []))];
}

/** The blob id of `path` in `commit`, or undefined. */
async function blobAt(git: GitPlace, commit: string, path: string): Promise<string | undefined> {
  const line = await gitText(git, ['ls-tree', '-z', '--full-tree', commit, '--', path]);
  const m = /^\d{6} blob ([0-9a-f]+)\t/.exec(line);
  return m?.[1];
}

/** The tree of `base` (none: empty) with one entry replaced, built in a throw-away index file. */
export async function treeWith(repo: GitRepo, base: string | undefined, path: string, blob: string): Promise<string> {
  return treeWithAll(repo, base, [{ path, blob }]);
}

async function treeWithAll(
  repo: GitRepo, base: string | undefined, entries: readonly { path: string; blob: string }[],
): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'wuzhong-index-'));
  try {
    const git = atTop(repo, { GIT_INDEX_FILE: join(dir, 'index') });
    await gitText(git, base === undefined ? ['read-tree', '--empty'] : ['read-tree', base]);
    await gitText(git, ['update-index', '--add', ...cacheInfo(entries)]);
    return (await gitText(git, ['write-tree'])).trim();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The configured identity wins; without one (fresh CI runner) the bot signs, unless the environment names someone. */
export async function identityEnv(git: GitPlace, env: Env): Promise<Record<string, string>> {
  const name = (await gitText(git, ['config', '--get', 'user.name'])).trim();
  const email = (await gitText(git, ['config', '--get', 'user.email'])).trim();
  if (name !== '' && email !== '') return {};
  const pick = (role: 'AUTHOR' | 'COMMITTER') => {
    const n = env[`GIT_${role}_NAME`], e = env[`GIT_${role}_EMAIL`];
    const who = n && e ? { name: n, email: e } : BOT_IDENTITY;
    return { [`GIT_${role}_NAME`]: who.name, [`GIT_${role}_EMAIL`]: who.email };
  };
  return { ...pick('AUTHOR'), ...pick('COMMITTER') };
}

/**
 * Whether the zone data (config, lists, assessments) differs from HEAD or has untracked files, so the report is
 * not of HEAD alone.
 */
export async function zoneDataDirty(repo: GitRepo, zoneRoot: string): Promise<boolean> {
  const git = { cwd: zoneRoot, env: repo.env };
  const data = ['wuzhong.yaml', 'lists', 'assessments'];
  const out = await gitText(git, ['status', '--porcelain', '-z', '--untracked-files=all', '--', ...data]);
  return out !== '';
}

/**
 * Keeps `file` as a git object before it is overwritten, unless HEAD holds exactly it: the blob id
 * (`git cat-file -p <id>` gives the bytes back), or undefined when nothing needed keeping.
 */
export async function keepUncommitted(repo: GitRepo, file: string): Promise<string | undefined> {
  const git = atTop(repo);
  const path = relative(repo.top, file).split(sep).join('/');
  const asCommitted = (await gitText(git, ['hash-object', '--', path])).trim();
  if (repo.head !== undefined && (await blobAt(git, repo.head, path)) === asCommitted) return undefined;
  // The exact bytes on disk (no CRLF or other filters), so recovery gives back what was there.
  const blob = (await gitText(git, ['hash-object', '-w', '--no-filters', '--', path])).trim();
  await keepReachable(repo, path, blob, 'working tree');
  return blob;
}

/**
 * `git commit` signs when commit.gpgSign is true, with user.signingKey (else the committer's identity) in
 * gpg.format; commit-tree reads the last two itself but not the first, so it is asked for explicitly.
 */
async function signArgs(git: GitPlace): Promise<string[]> {
  const sign = (await gitText(git, ['config', '--type=bool', '--get', 'commit.gpgSign'])).trim();
  return sign === 'true' ? ['-S'] : [];
}

/**
 * The blob id git would store for the working file `file` (clean filters and core.autocrlf applied), without
 * storing it.
 */
/**
 * Whether git would store the file as it stands in the working tree exactly as `text` (core.autocrlf turns the CRLF
 * of a checked-out file back into LF, so such a file is unchanged).
 */
export async function storedAs(repo: GitRepo, file: string, text: string): Promise<boolean> {
  const stored = await cleanBlobId(repo, file);
  return stored === blobId(Buffer.from(text, 'utf8'), oidAlgorithm(stored));
}

export async function cleanBlobId(repo: GitRepo, file: string): Promise<string> {
  const git = atTop(repo);
  return (await gitText(git, ['hash-object', '--', relative(repo.top, file).split(sep).join('/')])).trim();
}
