// Where a planned file goes: resolved through links and `..`, and refused where wuzhong must not write.
import { existsSync, lstatSync, readFileSync, realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

import type { OutProblem } from '../i18n/zh-report.js';

export type { OutProblem };

/** Where the report goes: its real absolute path and its path relative to the zone root (with `/`). */
export type OutPath = { abs: string; rel: string; up: string } | { problem: OutProblem; shown: string };

/**
 * Resolves `--out` (relative to the working directory) or the default `reports/<month>.md`,
 * following symlinks and `..`.
 */
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

/**
 * The real path `p` would be written at: the nearest existing ancestor resolved, the rest appended;
 * undefined for a dangling link.
 */
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
export function statOf(p: string) {
  try {
    return lstatSync(p, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

export function readIfExists(abs: string): string | undefined {
  return statOf(abs)?.isFile() ? readFileSync(abs, 'utf8') : undefined;
}

/** The real path of `p`, or `p` itself when it cannot be resolved (to print paths as the user sees them). */
export function realOrSelf(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}
