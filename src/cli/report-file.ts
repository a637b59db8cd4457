import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, lstatSync, mkdirSync, openSync, readFileSync, realpathSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

export type OutProblem = 'empty' | 'directory' | 'outside' | 'data' | 'git-dir' | 'not-file' | 'parent-file';

/** Where the report goes: its real absolute path and its path relative to the zone root (with `/`). */
export type OutPath = { abs: string; rel: string; up: string } | { problem: OutProblem; shown: string };

/** Resolves `--out` (relative to the working directory) or the default `reports/<month>.md`, following symlinks and `..`. */
export function resolveOut(root: string, cwd: string, out: string | undefined, month: string): OutPath {
  const rootReal = realpathSync(root);
  const wanted = out === undefined ? join(rootReal, 'reports', `${month}.md`) : resolve(cwd, out);
  const shown = out ?? `reports/${month}.md`;
  if (out !== undefined && out.trim() === '') return { problem: 'empty', shown };
  // `dir/`, `.` and `..` name folders even when missing; resolve() would quietly turn `new/` into a file `new`.
  if (out !== undefined && /(^|[/\\])(\.{1,2})?$/.test(out)) return { problem: 'directory', shown };
  const abs = realTarget(wanted);
  if (abs === undefined) return { problem: 'outside', shown };
  if (statOf(abs)?.isDirectory()) return { problem: 'directory', shown };
  const rel = relative(rootReal, abs);
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return { problem: 'outside', shown };
  const parts = rel.split(sep);
  if (parts.includes('.git')) return { problem: 'git-dir', shown };
  // A report must never overwrite the data it is made from.
  if (rel === 'wuzhong.yaml' || parts[0] === 'lists' || parts[0] === 'assessments') return { problem: 'data', shown };
  // `reports` (or another folder on the way) being a plain file: name it, instead of a bare EEXIST/ENOTDIR later.
  for (let i = 1; i < parts.length; i++) {
    const folder = statOf(join(rootReal, ...parts.slice(0, i)));
    if (folder && !folder.isDirectory()) return { problem: 'parent-file', shown: parts.slice(0, i).join('/') };
  }
  const stat = statOf(abs);
  if (stat && !stat.isFile()) return { problem: 'not-file', shown };
  // `up` leads from the report's folder back to the zone root, for links to the item files.
  return { abs, rel: parts.join('/'), up: parts.slice(0, -1).map(() => '..').join('/') };
}

/** The real path `p` would be written at: the nearest existing ancestor resolved, the rest appended; undefined for a dangling link. */
function realTarget(p: string): string | undefined {
  const rest: string[] = [];
  let dir = p;
  for (;;) {
    const stat = statOf(dir);
    if (stat) {
      if (stat.isSymbolicLink() && !existsSync(dir)) return undefined;
      return join(realpathSync(dir), ...rest);
    }
    const up = dirname(dir);
    if (up === dir) return undefined;
    rest.unshift(basename(dir));
    dir = up;
  }
}

/** lstat that treats "a parent is a file" (ENOTDIR) like "missing": writing there fails later with a clear message. */
function statOf(p: string) {
  try {
    return lstatSync(p, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

export function readIfExists(abs: string): string | undefined {
  return statOf(abs)?.isFile() ? readFileSync(abs, 'utf8') : undefined;
}

/**
 * Copies the file byte for byte to `<file>.bak` next to it, or `<file>.bak.2`, … when an older backup
 * with other content is there; returns the path used. Never overwrites a backup that differs.
 */
export function writeBackup(abs: string): string {
  const bytes = readFileSync(abs);
  for (let n = 1; ; n++) {
    const bak = n === 1 ? `${abs}.bak` : `${abs}.bak.${n}`;
    if (statOf(bak)?.isFile() && readFileSync(bak).equals(bytes)) return bak;
    try {
      writeFileSync(bak, bytes, { flag: 'wx' });
      return bak;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
}

/** Writes through a temporary file in the same folder and a rename, so a reader never sees half a report. */
export function writeAtomically(abs: string, text: string | Uint8Array): void {
  mkdirSync(dirname(abs), { recursive: true });
  const tmp = join(dirname(abs), `.${basename(abs)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const fd = openSync(tmp, 'wx', 0o644);
    try {
      if (typeof text === 'string') writeSync(fd, text);
      else writeSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, abs);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}
