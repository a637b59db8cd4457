import { formatDiagnostics, githubStepSummary, type FormatName } from '../format/index.js';
import { messages, msg, render } from '../i18n/index.js';
import { renderDiagnostics, summarize } from '../model/diagnostic.js';
import { focus } from '../model/focus.js';
import { ruleInfo } from '../rules/index.js';
import { zonePrefix } from '../git/repo.js';
import { readPinned } from '../tool/pinned.js';
import { runningIdentity } from '../tool/release.js';
import { toolVersionFindings } from '../tool/version-rule.js';
import { closedMonthFindings, rewrittenRecordFindings } from './closed.js';
import { colorLevel, makeColors } from './colors.js';
import { zonePaths } from './check-paths.js';
import { sourceLines } from '../load/source-lines.js';
import { appendStepSummary } from '../write/append.js';
import { version } from './version.js';
import { ExitError, type Io } from './io.js';
import { asOfDate, type GlobalOptions } from './options.js';
import { both } from './usage.js';
import { loadZone, type LoadedZone } from './zone.js';
import { checkZone } from '../rules/index.js';

export interface CheckOptions {
  asOf?: string;
  format: string;
  maxWarnings?: string;
  base?: string;
  quiet?: boolean;
}

/** `--max-warnings`: digits only, so "", 1e3 and 0x10 are refused rather than read as 0, 1000 and 16. */
function maxWarningsArg(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[0-9]+$/.test(value) || !Number.isSafeInteger(Number(value))) {
    throw new ExitError(both((t) => t.badMaxWarnings(value)), 2);
  }
  return Number(value);
}

export async function checkCommand(
  io: Io, global: GlobalOptions, opts: CheckOptions, args: readonly string[] = [],
): Promise<number> {
  const format = opts.format as FormatName; // commander's choices() has already refused anything else
  const maxWarnings = maxWarningsArg(opts.maxWarnings);
  const loaded = await loadZone(io, global);
  const paths = zonePaths(loaded.root, io.cwd, args, loaded.lang);
  const asOf = asOfDate(opts.asOf, io, loaded.timeZone, loaded.lang);
  const tool = toolVersionFindings(readPinned(loaded.root), runningIdentity());
  let found = [...checkZone(loaded.zone, asOf), ...tool, ...(await closedMonthFindings(loaded))];
  let changed: Set<string> | undefined;
  if (opts.base !== undefined) {
    const base = await withBase(loaded, asOf, opts.base);
    found = [...found, ...base.diagnostics];
    changed = base.changed;
  }
  const diagnostics = renderDiagnostics(found, loaded.lang);
  // The whole zone is checked (references cross files); only the display is focused.
  const f = focus(diagnostics, { paths, quiet: opts.quiet === true, changed });
  const input = {
    asOf, files: loaded.zone.fileCount, diagnostics: f.shown, lang: loaded.lang,
    sourceLine: sourceLines(loaded), colors: makeColors(colorLevel(io, global.color)),
    repoPrefix: ['github', 'gitlab', 'sarif'].includes(format) ? await zonePrefix(loaded.root, loaded.env) : '',
    toolVersion: version,
    ruleInfo,
    hidden: {
      outside: f.outside.length, outsideErrors: f.outside.filter((d) => d.severity === 'error').length,
      quieted: f.quieted,
    },
    ...(changed && opts.base !== undefined ? { changed: { rev: opts.base, files: changed } } : {}),
  };
  io.stdout(formatDiagnostics(format, input));
  const summaryFile = io.env.GITHUB_STEP_SUMMARY;
  if (format === 'github' && summaryFile) appendSummary(io, summaryFile, githubStepSummary(input), loaded.lang);
  const s = summarize(loaded.zone.fileCount, f.inPaths);
  const tooMany = maxWarnings !== undefined && s.warnings > maxWarnings;
  if (tooMany) io.stderr(`wuzhong: ${render(msg('tooManyWarnings', s.warnings, maxWarnings), loaded.lang)}\n`);
  return s.errors > 0 || tooMany ? 1 : 0;
}

async function withBase(loaded: LoadedZone, asOf: string, rev: string) {
  const { compareWithBase } = await import('./base.js');
  const { changedSince } = await import('./changed.js');
  const diagnostics = await compareWithBase(loaded, asOf, rev);
  const rewritten = await rewrittenRecordFindings(loaded, rev);
  return { diagnostics: [...diagnostics, ...rewritten], changed: await changedSince(loaded, rev) };
}

/** A summary that cannot be written only warns: the check itself has run. */
function appendSummary(io: Io, file: string, text: string, lang: LoadedZone['lang']): void {
  try {
    appendStepSummary(file, text);
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    io.stderr(`wuzhong: ${messages(lang).cli.summaryNotWritten(file, why)}\n`);
  }
}
