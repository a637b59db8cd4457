import { sanitize, sanitizeLines } from '../text/sanitize.js';
import { GitError } from '../git/errors.js';
import { commitOneFile, keepUncommitted, storedAs, zoneDataDirty } from '../git/commit.js';
import { findRepo, type GitRepo } from '../git/repo.js';
import { pushBranch } from '../git/push.js';
import { buildMonthlyReport, renderMonthlyReport } from '../report/monthly/index.js';
import { recordForReport } from './closed.js';
import { openMonth } from './gate.js';
import { ExitError, type Io } from './io.js';
import { today, type GlobalOptions } from './options.js';
import { filingState } from '../assess/filing.js';
import { msg, render } from '../i18n/index.js';
import { resolveOut } from '../write/target.js';
import { applyReport, keepPrevious, type Kept, type Target } from '../write/report.js';
import { recoverCommand, resetCommand } from '../git/recover.js';
import { isMonthlyReport } from '../report/monthly/index.js';
import { refuseBusyRepo, refusePartialData } from './report-care.js';
import { messages, type Lang } from '../i18n/index.js';
import type { ReportCliText } from '../i18n/zh-report.js';

export interface ReportOptions {
  month?: string;
  out?: string;
  /** false with --no-commit. */
  commit?: boolean;
  push?: boolean;
  /** Overwrite an existing file that is not a report (its content is kept first). */
  force?: boolean;
  /** md (default) or docx (report-docx.ts). */
  format?: string;
  issue?: string;
  date?: string;
  /** A brief for this lead official instead of the monthly report (report-lead.ts). */
  lead?: string;
}

/** `wuzhong report`: write reports/<month>.md atomically, then commit exactly that file (and push, if asked). */
export async function reportCommand(io: Io, global: GlobalOptions, opts: ReportOptions): Promise<number> {
  if (opts.format === 'docx') return (await import('./report-docx.js')).reportDocxCommand(io, global, opts);
  for (const [flag, given] of [['--issue', opts.issue], ['--date', opts.date]] as const) {
    const lang = global.lang === 'en' ? 'en' : 'zh-CN';
    if (given !== undefined) throw new ExitError(messages(lang).officeCli.docxOnly(flag), 2);
  }
  if (opts.lead !== undefined) {
    return (await import('./report-lead.js')).leadBriefCommand(io, global, { ...opts, lead: opts.lead });
  }
  const commit = opts.commit !== false;
  const opened = await openMonth(io, global, 'report', opts, async (loaded, month) => {
    const t = messages(loaded.lang).reportCli;
    if (opts.push === true && !commit) throw new ExitError(t.pushWithoutCommit, 2);
    const out = resolveOut(loaded.root, io.cwd, opts.out, month);
    if ('problem' in out) throw new ExitError(t.out(out.problem, out.shown, loaded.root), 2);
    // Data left out by a sparse checkout would make a report of part of the zone: refuse before anything else.
    await gitStep(t, async () => refusePartialData(await quietRepo(loaded.root, io.env), loaded.root, loaded.lang));
    return out;
  });
  if (opened === undefined) return 1;
  const { loaded, month, prepared: out } = opened;
  const t = messages(loaded.lang).reportCli;
  const say = (line: string) => io.stdout(`${sanitizeLines(line)}\n`);

  // Ask git before writing anything: no git, a detached HEAD or a rebase under way must leave no half-done work.
  let repo = commit ? await gitStep(t, () => findRepo(loaded.root, io.env)) : undefined;
  if (repo !== undefined) await gitStep(t, () => refuseBusyRepo(repo!, loaded.lang));

  const built = buildMonthlyReport(loaded.zone, month);
  built.filing = filingState(loaded.zone, month, today(io, loaded.timeZone));
  if (built.filing.open && commit) {
    io.stderr(`wuzhong: ${render(msg('filingCommitted', month, built.filing.deadline), loaded.lang)}\n`);
  }
  built.record = await gitStep(t, () => recordForReport(io, loaded, built.score));
  if (built.record === undefined) return 1;
  const markdown = renderMonthlyReport(built, { lang: loaded.lang, root: out.up });
  const applied = await applyReport({
    out, text: markdown,
    same: async (before) =>
      before === markdown ||
      (await gitStep(t, async () => {
        const here = repo ?? (await quietRepo(loaded.root, io.env));
        return sameAfterEol(before, markdown, here, out.abs);
      })),
    keep: async (previous) => {
      // Even with --no-commit, git (when there is one) is where the old content is kept.
      if (!commit) repo = await quietRepo(loaded.root, io.env);
      const inGit = repo;
      const policy = {
        ours: isMonthlyReport(previous), outGiven: opts.out !== undefined, force: opts.force === true,
        ...(inGit === undefined ? {} : { git: (abs: string) => keepUncommitted(inGit, abs) }),
      };
      return gitStep(t, () => keepPrevious(out, previous, policy));
    },
  });
  if (applied.kind === 'unchanged') say(t.fileUnchanged(out.rel));
  else {
    if (applied.kind === 'refused') throw keepRefused(t, out, applied.kept);
    const keptLine = keptSaid(t, repo, io.cwd, out, applied.kept);
    if (keptLine !== undefined) say(keptLine);
    if (applied.kind === 'failed') throw new ExitError(t.cannotWrite(out.rel, applied.why), 1);
    say(t.wrote(out.rel));
  }
  const kept = applied.kind === 'written' && applied.kept.kind === 'git' ? applied.kept.blob : undefined;

  if (!commit) {
    say(t.notCommitted);
    return 0;
  }
  if (repo === undefined) {
    say(t.notRepo(loaded.root));
    if (opts.push === true) say(t.notPushed);
    return 0;
  }
  const at = { root: loaded.root, cwd: io.cwd, kept, lang: loaded.lang };
  await commitReport(t, say, repo, at, out, month, loaded.zone.config?.zone ?? '');
  if (opts.push === true) await push(t, say, repo);
  return 0;
}

/** The line that says where the old content went, if it went anywhere. */
function keptSaid(t: ReportCliText, repo: GitRepo | undefined, cwd: string, out: Target, kept: Kept) {
  if (kept.kind === 'git' && repo !== undefined) {
    return t.keptPrevious(out.rel, recoverCommand(repo, cwd, out.abs, kept.blob));
  }
  if (kept.kind === 'backup') return t.backedUp(out.rel, out.rel + kept.bak.slice(out.abs.length));
  return undefined;
}

/** A file not replaced: not a report (exit 2), or its backup failed (exit 1). */
function keepRefused(t: ReportCliText, out: Target, kept: Extract<Kept, { kind: 'refused' | 'backup-failed' }>) {
  if (kept.kind === 'backup-failed') return new ExitError(t.cannotWrite(`${out.rel}.bak`, kept.why), 1);
  return new ExitError(kept.inGit ? t.notAReportInGit(out.rel) : t.notAReport(out.rel) + t.force(out.rel), 2);
}

/**
 * With core.autocrlf a checked-out report has CRLF line ends: it is unchanged when it differs only in them and git
 * would store it as the new report (outside git: when it differs only in them).
 */
async function sameAfterEol(
  previous: string, markdown: string, repo: GitRepo | undefined, abs: string,
): Promise<boolean> {
  if (previous.replace(/\r\n/g, '\n') !== markdown) return false;
  return repo === undefined || storedAs(repo, abs, markdown);
}

/**
 * The repository for keeping old content under --no-commit; without git (or with a git that refuses), the file
 * rules apply.
 */
async function quietRepo(root: string, env: Io['env']): Promise<GitRepo | undefined> {
  try {
    return await findRepo(root, env);
  } catch (e) {
    if (e instanceof GitError) return undefined;
    throw e;
  }
}

/** `kept`: the blob the old working copy was saved as, already announced. */
async function commitReport(
  t: ReportCliText, say: (s: string) => void, repo: GitRepo,
  at: { root: string; cwd: string; kept: string | undefined; lang: Lang }, out: Target, month: string, zone: string,
) {
  const { root, cwd, kept, lang } = at;
  const subject = messages(lang).commit.monthlyReport(month, sanitize(zone.replace(/\s+/g, ' ').trim()));
  const dirty = await gitStep(t, () => zoneDataDirty(repo, root));
  const message = (parent: string | undefined) =>
    [subject, '', `Source commit: ${parent ?? 'none (first commit)'}`, ...(dirty ? [t.dirtyBody] : [])].join('\n');
  // The report will not match any commit of the data: say so where the person is looking, not only in the log.
  if (dirty) say(t.dirtyData);
  let result;
  try {
    result = await commitOneFile(repo, out.abs, message);
  } catch (e) {
    throw gitFailure(t, e, (detail) => t.commitFailed(detail, out.rel));
  }
  if (result.kind === 'unchanged') return say(t.commitUnchanged);
  if (result.kind === 'index-locked') throw new ExitError(t.indexLocked(result.lock, out.rel), 1);
  const short = result.commit.slice(0, 7);
  if (result.indexError !== undefined) {
    const reset = resetCommand(repo, cwd, out.abs);
    throw new ExitError(t.indexNotUpdated(short, subject, out.rel, result.indexError, reset), 1);
  }
  say(t.committed(short, subject));
  for (const blob of result.replacedStaged.filter((b) => b !== kept)) {
    say(t.keptStaged(out.rel, recoverCommand(repo, cwd, out.abs, blob)));
  }
}

async function push(t: ReportCliText, say: (s: string) => void, repo: GitRepo) {
  let result;
  try {
    result = await pushBranch(repo);
  } catch (e) {
    throw gitFailure(t, e, (detail) => t.pushFailed([detail], false));
  }
  if (result.kind === 'no-upstream') throw new ExitError(t.noUpstream(result.branch), 1);
  if (result.kind === 'failed') throw new ExitError(t.pushFailed(result.lines, result.behind), 1);
  say(t.pushed(result.remote, result.target));
}

async function gitStep<T>(t: ReportCliText, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (e) {
    throw gitFailure(t, e, (detail) => `git: ${detail}`);
  }
}

/** A missing git binary is a usage problem (exit 2) with a hint; other git failures stop the run (exit 1). */
function gitFailure(t: ReportCliText, e: unknown, failed: (detail: string) => string): unknown {
  if (!(e instanceof GitError)) return e;
  return e.kind === 'no-git' ? new ExitError(t.noGit, 2) : new ExitError(failed(e.detail), 1);
}
