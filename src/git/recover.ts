import { realpathSync } from 'node:fs';
import { isAbsolute, relative, sep } from 'node:path';
import type { GitRepo } from './repo.js';

/** `git cat-file -p <blob> > <file>`, runnable from the user's working directory. */
export function recoverCommand(repo: GitRepo, cwd: string, abs: string, blob: string): string {
  return `${gitHere(repo, cwd)} cat-file -p ${blob} > ${shellWord(fromCwd(cwd, abs))}`;
}

/** `git reset -q -- <file>`: makes the index entry match HEAD again. */
export function resetCommand(repo: GitRepo, cwd: string, abs: string): string {
  const here = insideRepo(repo, cwd);
  const path = here ? fromCwd(cwd, abs) : relative(repo.top, abs).split(sep).join('/');
  return `${gitHere(repo, cwd)} reset -q -- ${shellWord(path)}`;
}

function gitHere(repo: GitRepo, cwd: string): string {
  return insideRepo(repo, cwd) ? 'git' : `git -C ${shellWord(repo.top)}`;
}

function insideRepo(repo: GitRepo, cwd: string): boolean {
  const rel = relative(repo.top, real(cwd));
  return rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

function fromCwd(cwd: string, abs: string): string {
  return relative(real(cwd), abs).split(sep).join('/') || '.';
}

/** The real path of `p`, or `p` itself when it cannot be resolved (to print paths as the user sees them). */
function real(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}

/** A path as one shell word: as is when plainly safe, else single-quoted. */
function shellWord(s: string): string {
  return /^[\p{L}\p{N}_./@%+,:=-]+$/u.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}
