import { messages } from '../i18n/index.js';
import { commitOneFile } from '../git/commit.js';
import { GitError } from '../git/errors.js';
import { findRepo } from '../git/repo.js';
import { isValidDate, lastDayOfMonth } from '../model/dates.js';
import { issueNumber } from '../model/documents.js';
import { buildMonthlyReport } from '../report/monthly/index.js';
import { sanitize } from '../text/sanitize.js';
import { recordForReport } from './closed.js';
import { openMonth } from './gate.js';
import { ExitError, type Io } from './io.js';
import { officeTarget, writeOffice } from './office-write.js';
import type { GlobalOptions } from './options.js';

export interface ReportDocxOptions {
  month?: string;
  out?: string;
  issue?: string;
  date?: string;
  commit?: boolean;
}

/**
 * `wuzhong report --format docx`: the monthly 通报 as a Word document (docs/supervisors.md). Written where --out
 * says (default reports/<month>.docx); committed, as one file in one commit, only with --commit.
 */
export async function reportDocxCommand(io: Io, global: GlobalOptions, opts: ReportDocxOptions): Promise<number> {
  const opened = await openMonth(io, global, 'report', opts, (loaded, month) => {
    const t = messages(loaded.lang).officeCli;
    if (opts.issue !== undefined && !/^[1-9]\d{0,5}$/.test(opts.issue)) throw new ExitError(t.badIssue(opts.issue), 2);
    if (opts.date !== undefined && !isValidDate(opts.date)) throw new ExitError(t.badDate(opts.date), 2);
    return officeTarget(io, loaded, opts.out, `reports/${month}.docx`);
  });
  if (opened === undefined) return 1;
  const { loaded, month, prepared: target } = opened;
  const t = messages(loaded.lang).officeCli;
  if (opts.commit === true && !target.inZone) throw new ExitError(t.commitOutside(target.shown), 2);

  const built = buildMonthlyReport(loaded.zone, month);
  try {
    built.record = await recordForReport(io, loaded, built.score);
  } catch (e) {
    if (e instanceof GitError) throw new ExitError(`git: ${e.detail}`, 1);
    throw e;
  }
  if (built.record === undefined) return 1;
  const documents = loaded.zone.config?.documents;
  const { reportDocx } = await import('../office/docx/report.js');
  const bytes = await reportDocx({
    report: built,
    documents,
    requirements: loaded.zone.assessments.get(month)?.data.requirements ?? [],
    issue: issueNumber(month, documents, opts.issue === undefined ? undefined : Number(opts.issue)),
    date: opts.date ?? lastDayOfMonth(month),
    lang: loaded.lang,
  });
  const shown = writeOffice(io, loaded, target.abs, bytes);
  if (opts.commit !== true) {
    io.stdout(`${t.notCommitted}\n`);
    return 0;
  }
  try {
    const repo = await findRepo(loaded.root, io.env);
    if (repo === undefined) throw new ExitError(t.commitOutside(shown), 1);
    const zone = sanitize((loaded.zone.config?.zone ?? '').replace(/\s+/g, ' ').trim());
    const subject = messages(loaded.lang).commit.wordReport(month, zone);
    const result = await commitOneFile(repo, target.abs, () => subject);
    if (result.kind === 'committed') io.stdout(`${t.committed(result.commit.slice(0, 7), subject)}\n`);
    else if (result.kind === 'unchanged') io.stdout(`${t.commitUnchanged}\n`);
    else throw new ExitError(t.indexLocked(result.lock), 1);
  } catch (e) {
    if (e instanceof GitError) throw new ExitError(`git: ${e.detail}`, 1);
    throw e;
  }
  return 0;
}
