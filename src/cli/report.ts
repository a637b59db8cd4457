import { sanitize, sanitizeLines } from '../text/sanitize.js';
import { GitError } from '../git/errors.js';
import { cleanBlobId, commitOneFile, zoneDataDirty } from '../git/commit.js';
import { findRepo, type GitRepo } from '../git/repo.js';
import { blobId, oidAlgorithm } from '../git/hash.js';
import { pushBranch } from '../git/push.js';
import { buildMonthlyReport, renderMonthlyReport } from '../report/monthly/index.js';
import { recordForReport } from './closed.js';
import { openMonth } from './gate.js';
import { ExitError, type Io } from './io.js';
import type { GlobalOptions } from './options.js';
import { writeAtomically } from '../write/atomic.js';
import { readIfExists, resolveOut } from '../write/target.js';
import { keepPrevious, recoverCommand, resetCommand, type Target } from './report-keep.js';
import { refuseBusyRepo, refusePartialData } from './report-care.js';
import { messages } from '../i18n/index.js';
import type { ReportCliText } from '../i18n/zh-report.js';
import { zhMonth } from '../i18n/zh.js';

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
    if (given !== undefined) throw new ExitError(messages(global.lang === 'en' ? 'en' : 'zh-CN').officeCli.docxOnly(flag), 2);
  }
  if (opts.lead !== undefined) return (await import('./report-lead.js')).leadBriefCommand(io, global, { ...opts, lead: opts.lead });
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
  built.record = await gitStep(t, () => recordForReport(io, loaded, built.score));
  if (built.record === undefined) return 1;
  const markdown = renderMonthlyReport(built, { lang: loaded.lang, root: out.up });
  const previous = readIfExists(out.abs);
  let kept: string | undefined;
  const unchanged = async (before: string) =>
    before === markdown ||
    (await gitStep(t, async () => {
      const here = repo ?? (await quietRepo(loaded.root, io.env));
      return sameAfterEol(before, markdown, here, out.abs);
    }));
  if (previous !== undefined && (await unchanged(previous))) {
    say(t.fileUnchanged(out.rel));
  }
  else {
    if (previous !== undefined) {
      // Even with --no-commit, git (when there is one) is where the old content is kept.
      if (!commit) repo = await quietRepo(loaded.root, io.env);
      const guard = { lang: loaded.lang, outGiven: opts.out !== undefined, force: opts.force === true };
      const keep = await gitStep(t, () => keepPrevious(t, repo, io.cwd, out, previous, guard));
      keep.lines.forEach(say);
      kept = keep.blob;
    }
    try {
      writeAtomically(out.abs, markdown);
    } catch (e) {
      throw new ExitError(t.cannotWrite(out.rel, (e as NodeJS.ErrnoException).code ?? String(e)), 1);
    }
    say(t.wrote(out.rel));
  }

  if (!commit) {
    say(t.notCommitted);
    return 0;
  }
  if (repo === undefined) {
    say(t.notRepo(loaded.root));
    if (opts.push === true) say(t.notPushed);
    return 0;
  }
  await commitReport(t, say, repo, { root: loaded.root, cwd: io.cwd, kept }, out, month, loaded.zone.config?.zone ?? '');
  if (opts.push === true) await push(t, say, repo);
  return 0;
}

/**
 * With core.autocrlf a checked-out report has CRLF line ends: it is unchanged when it differs only in them and git
 * would store it as the new report (outside git: when it differs only in them).
 */
async function sameAfterEol(
  previous: string, markdown: string, repo: GitRepo | undefined, abs: string,
): Promise<boolean> {
  if (previous.replace(/\r\n/g, '\n') !== markdown) return false;
  if (repo === undefined) return true;
  const stored = await cleanBlobId(repo, abs);
  return stored === blobId(Buffer.from(markdown, 'utf8'), oidAlgorithm(stored));
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
  at: { root: string; cwd: string; kept: string | undefined }, out: Target, month: string, zone: string,
) {
  const { root, cwd, kept } = at;
  const subject = `report(${month}): ${sanitize(zone.replace(/\s+/g, ' ').trim())}${zhMonth(month)}“五重”清单月报`;
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
