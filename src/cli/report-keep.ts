import { isAbsolute, relative, sep } from 'node:path';
import { keepUncommitted } from '../git/commit.js';
import type { GitRepo } from '../git/repo.js';
import { isMonthlyReport } from '../report/monthly/index.js';
import { ExitError } from './io.js';
import { writeBackup } from '../write/backup.js';
import { realOrSelf } from '../write/target.js';
import type { ReportCliText } from '../i18n/zh-report.js';
import type { Lang } from '../model/diagnostic.js';

export interface Target {
  abs: string;
  rel: string;
}

/**
 * Makes the old content of the report file recoverable before it is replaced (docs/supervisors.md: no uncommitted
 * work is lost): in git, as an object with the command to get it back; outside git, as `<file>.bak`,
 * and only over a file wuzhong wrote. Returns what to tell the user.
 */
export async function keepPrevious(
  t: ReportCliText, repo: GitRepo | undefined, cwd: string, out: Target, previous: string,
  guard: { lang: Lang; outGiven: boolean; force: boolean },
): Promise<{ lines: string[]; blob?: string }> {
  // An empty file holds nothing to lose.
  if (previous === '') return { lines: [] };
  const foreign = !isMonthlyReport(previous) && !guard.force;
  if (repo !== undefined) {
    // --out never overwrites a file that is not a report, even one git could keep;
    // the default path is the report's own.
    if (foreign && guard.outGiven) throw new ExitError(t.notAReportInGit(out.rel), 2);
    const blob = await keepUncommitted(repo, out.abs);
    if (blob === undefined) return { lines: [] };
    return { lines: [t.keptPrevious(out.rel, recoverCommand(repo, cwd, out.abs, blob))], blob };
  }
  // Outside git only a report wuzhong wrote may be replaced, and only after a backup.
  if (foreign) throw new ExitError(t.notAReport(out.rel) + t.force(out.rel), 2);
  let bak: string;
  try {
    bak = writeBackup(out.abs);
  } catch (e) {
    throw new ExitError(t.cannotWrite(`${out.rel}.bak`, (e as NodeJS.ErrnoException).code ?? String(e)), 1);
  }
  return { lines: [t.backedUp(out.rel, out.rel + bak.slice(out.abs.length))] };
}

/** `git cat-file -p <blob> > <file>`, runnable from the user's working directory. */
export function recoverCommand(repo: GitRepo, cwd: string, abs: string, blob: string): string {
  return `${gitHere(repo, cwd)} cat-file -p ${blob} > ${shellWord(fromCwd(cwd, abs))}`;
}

/** `git reset -q -- <file>`: makes the index entry match HEAD again. */
export function resetCommand(repo: GitRepo, cwd: string, abs: string): string {
  const here = insideRepo(repo, cwd);
  return `${gitHere(repo, cwd)} reset -q -- ${shellWord(here ? fromCwd(cwd, abs) : relative(repo.top, abs).split(sep).join('/'))}`;
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

const real = realOrSelf;

/** A path as one shell word: as is when plainly safe, else single-quoted. */
function shellWord(s: string): string {
  return /^[\p{L}\p{N}_./@%+,:=-]+$/u.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}
