import { writeAtomically } from './atomic.js';
import { writeBackup } from './backup.js';
import { readIfExists } from './target.js';

/** A report file: its absolute path and the path shown (relative to the zone or the working directory). */
export interface Target {
  abs: string;
  rel: string;
}

/** What was done with the old content of a file before it is replaced. */
export type Kept =
  /** Nothing to keep: the file was empty, or git holds exactly it at HEAD. */
  | { kind: 'nothing' }
  /** Stored as a git object: `git cat-file -p <blob>` gives it back. */
  | { kind: 'git'; blob: string }
  /** Copied to `<file>.bak` (or .bak.2, …), this absolute path. */
  | { kind: 'backup'; bak: string }
  /** Not written over: the file is not one wuzhong wrote (`inGit`: git could have kept it). */
  | { kind: 'refused'; inGit: boolean }
  /** The backup could not be written: the system's reason. */
  | { kind: 'backup-failed'; why: string };

/**
 * Makes the old content of a report file recoverable before it is replaced (docs/supervisors.md: no uncommitted
 * work is lost): in git when `git` is given (it stores the working copy, undefined when HEAD holds it), else as
 * `<file>.bak`, and only over a file wuzhong wrote (`ours`) unless `force`. `outGiven`: --out never overwrites a
 * file that is not a report, even one git could keep; the default path is the report's own.
 */
export async function keepPrevious(
  out: Target, previous: string,
  policy: { ours: boolean; outGiven: boolean; force: boolean; git?: (abs: string) => Promise<string | undefined> },
): Promise<Kept> {
  // An empty file holds nothing to lose.
  if (previous === '') return { kind: 'nothing' };
  const foreign = !policy.ours && !policy.force;
  if (policy.git !== undefined) {
    if (foreign && policy.outGiven) return { kind: 'refused', inGit: true };
    const blob = await policy.git(out.abs);
    return blob === undefined ? { kind: 'nothing' } : { kind: 'git', blob };
  }
  // Outside git only a report wuzhong wrote may be replaced, and only after a backup.
  if (foreign) return { kind: 'refused', inGit: false };
  try {
    return { kind: 'backup', bak: writeBackup(out.abs) };
  } catch (e) {
    return { kind: 'backup-failed', why: (e as NodeJS.ErrnoException).code ?? String(e) };
  }
}

/** One generated file to put in place: its text, when the text there already counts as it, how to keep the old. */
export interface ReportPlan {
  out: Target;
  text: string;
  /** The text in the file already is this one (e.g. differs only in line ends git would store away). */
  same(previous: string): Promise<boolean>;
  /** Keeps (or refuses to replace) the old content; called only when the file exists and differs. */
  keep(previous: string): Promise<Kept>;
}

export type ReportApplied =
  /** Nothing written: the file already holds the text. */
  | { kind: 'unchanged'; touched: [] }
  /** Written atomically; `kept` says where the old content went. */
  | { kind: 'written'; touched: [string]; kept: Kept }
  /** Nothing written: keeping the old content refused it or failed. */
  | { kind: 'refused'; touched: []; kept: Extract<Kept, { kind: 'refused' | 'backup-failed' }> }
  /** The old content was kept but the new text could not be written: the system's reason. */
  | { kind: 'failed'; touched: []; kept: Kept; why: string };

/**
 * The apply stage of `report` and `report --lead`: writes the file (atomically, after keeping its old content) and
 * returns exactly the paths it touched; committing them is git's part.
 */
export async function applyReport(plan: ReportPlan): Promise<ReportApplied> {
  const previous = readIfExists(plan.out.abs);
  if (previous !== undefined && (await plan.same(previous))) return { kind: 'unchanged', touched: [] };
  const kept: Kept = previous === undefined ? { kind: 'nothing' } : await plan.keep(previous);
  if (kept.kind === 'refused' || kept.kind === 'backup-failed') return { kind: 'refused', touched: [], kept };
  try {
    writeAtomically(plan.out.abs, plan.text);
  } catch (e) {
    return { kind: 'failed', touched: [], kept, why: (e as NodeJS.ErrnoException).code ?? String(e) };
  }
  return { kind: 'written', touched: [plan.out.abs], kept };
}
