import { resolve } from 'node:path';
import { formatDiagnostics } from '../format/index.js';
import { GitError } from '../git/errors.js';
import { branchProblem, commitChain, dropBranch, switchTo, type BranchProblem } from '../git/branch.js';
import { findRepo, type GitRepo } from '../git/repo.js';
import { messages, msg, render, type Lang, type Message } from '../i18n/index.js';
import { readUserFile } from '../load/bytes.js';
import { renderDiagnostics, summarize } from '../model/diagnostic.js';
import { LIST_LABELS } from '../model/item.js';
import type { ListName } from '../model/fields.js';
import { checkZone } from '../rules/index.js';
import { sheetCommitMessage, zoneAfterImport } from '../sheet/after.js';
import { planImport, type ImportPlan, type ReturnedSheet } from '../sheet/plan.js';
import { sheetRows } from '../sheet/rows.js';
import { sanitizeLines } from '../text/sanitize.js';
import { writeAtomically } from '../write/atomic.js';
import { BatchWriteError, writeBatch } from '../write/batch.js';
import { closedMonthFindings } from './closed.js';
import { colorLevel, makeColors } from './colors.js';
import { openAsOf, openMonth } from './gate.js';
import { officeTarget } from './office-write.js';
import { ExitError, type Io } from './io.js';
import type { GlobalOptions } from './options.js';
import { refuseBusyRepo } from './report-care.js';
import { sourceLines } from '../load/source-lines.js';
import type { LoadedZone } from './zone.js';
import { both } from './usage.js';

export interface SheetOptions {
  unit?: string;
  month?: string;
  out?: string;
  asOf?: string;
  branch?: string;
}

/** `wuzhong sheet export|import`: one command with two actions, each refusing the other's options (usage, exit 2). */
export async function sheetCommand(
  io: Io, global: GlobalOptions, action: string, files: string[], opts: SheetOptions,
): Promise<number> {
  const misplaced = (names: (keyof SheetOptions)[]) => names.filter((n) => opts[n] !== undefined).map((n) => FLAGS[n]);
  if (action === 'export') {
    const wrong = [...misplaced(['asOf', 'branch']), ...(files.length > 0 ? [files[0]!] : [])];
    if (wrong.length > 0) throw new ExitError(both((t) => t.notTaken('sheet export', wrong.join(' '))), 2);
    if (opts.unit === undefined) throw new ExitError(both((t) => t.sheetNeedsUnit), 2);
    return sheetExportCommand(io, global, { unit: opts.unit, month: opts.month, out: opts.out });
  }
  if (action === 'import') {
    const wrong = misplaced(['unit', 'month', 'out']);
    if (wrong.length > 0) throw new ExitError(both((t) => t.notTaken('sheet import', wrong.join(' '))), 2);
    if (files.length === 0) throw new ExitError(both((t) => t.sheetNeedsFile), 2);
    return sheetImportCommand(io, global, files, { asOf: opts.asOf, branch: opts.branch });
  }
  throw new ExitError(both((t) => t.sheetAction(action)), 2);
}

const FLAGS: Record<keyof SheetOptions, string> = {
  unit: '--unit', month: '--month', out: '--out', asOf: '--as-of', branch: '--branch',
};

/** `wuzhong sheet export`: one unit's fill-in sheet for a month, as .xlsx (docs/clerks.md). */
async function sheetExportCommand(
  io: Io, global: GlobalOptions, opts: { unit: string; month?: string; out?: string },
): Promise<number> {
  const opened = await openMonth(io, global, 'sheet export', opts);
  if (opened === undefined) return 1;
  const { loaded, month } = opened;
  const unit = opened.filters.unit!;
  const say = sayer(io, loaded);
  const t = messages(loaded.lang);
  const en = loaded.lang === 'en';
  const rows = sheetRows(loaded.zone, unit, month, (list) => LIST_LABELS[list as ListName][en ? 'en' : 'zh']);
  const { writeSheet } = await import('../sheet/workbook.js');
  const bytes = await writeSheet({ zone: loaded.zone.config?.zone ?? '', unit: unit, month }, rows, {
    headers: t.sheetHeaders, tab: t.sheetTabName(), title: t.sheetTitle(loaded.zone.config?.zone ?? '', month),
    subtitle: t.sheetSubtitle(unit, month), last: t.sheetLast,
    dateTip: t.sheetDateTip(), percentTip: t.sheetPercentTip(),
  });
  // Same guard as the other Office outputs: never over the zone's data files or into .git.
  const target = officeTarget(io, loaded, opts.out ?? t.sheetFileName(unit, month), '');
  const out = target.shown;
  try {
    writeAtomically(target.abs, bytes);
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code ?? String(e);
    throw new ExitError(`${text(loaded, msg('sheetOutExists', out))}: ${why}`, 1);
  }
  if (rows.length === 0) say(msg('sheetNoRows', unit, month));
  const count = (kind: string) => rows.filter((r) => r.kind === kind).length;
  say(msg('sheetExported', out, count('item'), count('milestone')));
  return 0;
}

/** `wuzhong sheet import`: returned sheets → edits of the item files, all or nothing (docs/supervisors.md). */
async function sheetImportCommand(
  io: Io, global: GlobalOptions, files: readonly string[], opts: { asOf?: string; branch?: string },
): Promise<number> {
  const opened = await openAsOf(io, global, 'sheet import', opts);
  if (opened === undefined) return 1;
  const { loaded, asOf } = opened;
  const say = sayer(io, loaded);

  const { readSheet, UnreadableSheet } = await import('../sheet/read.js');
  const refusals: Message[] = [];
  const sheets: ReturnedSheet[] = [];
  for (const file of files) {
    const got = readUserFile(resolve(io.cwd, file));
    if ('error' in got) {
      refusals.push(msg('sheetUnreadable', file, got.error));
      continue;
    }
    try {
      sheets.push({ file, read: await readSheet(got.bytes) });
    } catch (e) {
      if (!(e instanceof UnreadableSheet)) throw e;
      refusals.push(msg('sheetUnreadable', file, e.message));
    }
  }
  const texts = new Map(loaded.files.map((f) => [f.path, f.bytes]));
  const source = (path: string) => new TextDecoder().decode(texts.get(path));
  const headers = messages(loaded.lang).sheetHeaders;
  const plan: ImportPlan =
    refusals.length > 0 ? { ok: false, refusals } : planImport(loaded.zone, sheets, asOf, source, headers);
  if (!plan.ok) return refuse(io, loaded, plan.refusals);
  if (plan.texts.size === 0) {
    say(msg('sheetNothing', sheets.length));
    return 0;
  }

  // Check the zone as it would be, before writing anything: an import that breaks the data is refused whole.
  const planned: LoadedZone = { ...loaded, ...zoneAfterImport(loaded.files, plan.texts) };
  const closed = await closedMonthFindings(planned);
  const found = renderDiagnostics([...checkZone(planned.zone, asOf), ...closed], loaded.lang);
  const errors = found.filter((d) => d.severity === 'error');
  const colors = makeColors(colorLevel(io, global.color));
  const stylish = (shown: typeof found) =>
    formatDiagnostics('stylish', {
      asOf, files: planned.zone.fileCount, diagnostics: shown, lang: loaded.lang,
      sourceLine: sourceLines(planned), colors,
    });
  if (errors.length > 0) {
    io.stderr(`wuzhong: ${text(loaded, msg('sheetCheckRefused', errors.length))}\n`);
    io.stderr(stylish(errors));
    return 1;
  }

  const paths = [...plan.texts.keys()];
  const abs = (p: string) => resolve(loaded.root, ...p.split('/'));
  let branch: { repo: GitRepo; commits: string[] } | undefined;
  if (opts.branch !== undefined) {
    const repo = await gitStep(loaded, () => findRepo(loaded.root, io.env));
    if (repo === undefined) throw new ExitError(text(loaded, msg('sheetBranchNoRepo')), 1);
    await gitStep(loaded, () => refuseBusyRepo(repo, loaded.lang));
    const problem = await gitStep(loaded, () => branchProblem(repo, opts.branch!, paths.map(abs)));
    if (problem !== undefined) throw new ExitError(text(loaded, branchMessage(opts.branch, problem, loaded.lang)), 1);
    const steps = plan.sheets.filter((s) => s.texts.size > 0).map((s) => ({
      message: sheetCommitMessage(plan, s, loaded.lang),
      files: new Map([...s.texts].map(([p, t]) => [abs(p), t])),
    }));
    branch = { repo, commits: await gitStep(loaded, () => commitChain(repo, opts.branch!, steps)) };
  }
  try {
    writeBatch(loaded.root, paths.map((p) => ({ path: p, text: plan.texts.get(p)!, previous: source(p) })));
  } catch (e) {
    if (branch !== undefined) await dropBranch(branch.repo, opts.branch!, branch.commits[branch.commits.length - 1]!);
    if (e instanceof BatchWriteError) throw new ExitError(`${e.path}: ${e.reason}`, 1);
    throw e;
  }

  for (const c of plan.changes) {
    say(msg('sheetItemLine', c.item.key, c.item.data.title, c.item.file.path));
    for (const line of c.lines) io.stdout(`  - ${sanitizeLines(render(line, loaded.lang))}\n`);
  }
  say(msg('sheetWrote', paths.length, sheets.length));
  const touched = new Set(paths);
  const shown = found.filter((d) => touched.has(d.file));
  if (shown.length > 0) io.stdout(stylish(shown));
  const s = summarize(planned.zone.fileCount, found);
  say(msg('sheetCheckSummary', s.errors, s.warnings));
  if (branch !== undefined) {
    await gitStep(loaded, () => switchTo(branch.repo, opts.branch!, paths.map(abs)));
    say(msg('sheetBranchCommitted', opts.branch!, branch.commits.length));
  }
  return 0;
}

function branchMessage(name: string, p: BranchProblem, lang: Lang): Message {
  switch (p.kind) {
    case 'bad-name':
      return msg('sheetBranchBad', name, p.detail);
    case 'exists':
      return msg('sheetBranchExists', name);
    case 'unborn':
      return msg('sheetBranchUnborn');
    case 'dirty':
      return msg('sheetBranchDirty', messages(lang).commit.dirtyPaths(p.paths));
  }
}

function refuse(io: Io, loaded: LoadedZone, refusals: readonly Message[]): number {
  for (const r of refusals) io.stderr(`${sanitizeLines(text(loaded, r))}\n`);
  io.stderr(`wuzhong: ${text(loaded, msg('sheetRefused', refusals.length))}\n`);
  return 1;
}

function text(loaded: LoadedZone, m: Message): string {
  return render(m, loaded.lang);
}

function sayer(io: Io, loaded: LoadedZone) {
  return (m: Message) => io.stdout(`${sanitizeLines(text(loaded, m))}\n`);
}

async function gitStep<T>(loaded: LoadedZone, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (e) {
    if (!(e instanceof GitError)) throw e;
    const said = e.kind === 'no-git' ? 'git: not found' : text(loaded, msg('sheetBranchFailed', e.detail));
    throw new ExitError(said, e.kind === 'no-git' ? 2 : 1);
  }
}
