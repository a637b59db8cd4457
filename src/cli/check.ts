import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { formatDiagnostics, githubStepSummary, type FormatName } from '../format/index.js';
import { compareDiagnostics, summarize } from '../model/diagnostic.js';
import { readPinned } from '../tool/pinned.js';
import { runningIdentity } from '../tool/release.js';
import { toolVersionFindings } from '../tool/version-rule.js';
import { colorLevel, makeColors } from './colors.js';
import { sourceLines } from './source-lines.js';
import { repoPrefix } from './repo-prefix.js';
import { ruleDescription } from './rule-catalog.js';
import { version } from './version.js';
import { ExitError, type Io } from './io.js';
import { asOfDate, type GlobalOptions } from './options.js';
import { diagnose, loadZone, type LoadedZone } from './zone.js';

export interface CheckOptions {
  asOf?: string;
  format: string;
  maxWarnings?: string;
  base?: string;
}

export async function checkCommand(io: Io, global: GlobalOptions, opts: CheckOptions): Promise<number> {
  const format = opts.format as FormatName; // commander's choices() has already refused anything else
  const maxWarnings = opts.maxWarnings === undefined ? undefined : Number(opts.maxWarnings);
  if (maxWarnings !== undefined && !(Number.isInteger(maxWarnings) && maxWarnings >= 0)) {
    throw new ExitError(`--max-warnings 应为不小于 0 的整数 / must be a whole number ≥ 0 (got "${opts.maxWarnings}")`, 2);
  }
  const loaded = await loadZone(io, global);
  const asOf = asOfDate(opts.asOf, io, loaded.timeZone, loaded.lang);
  let diagnostics = [...diagnose(loaded, asOf), ...toolVersionFindings(readPinned(loaded.root), runningIdentity(), loaded.lang)].sort(compareDiagnostics);
  if (opts.base !== undefined) diagnostics = await withBase(loaded, asOf, opts.base, diagnostics);
  const input = {
    asOf, files: loaded.zone.fileCount, diagnostics, lang: loaded.lang,
    sourceLine: sourceLines(loaded), colors: makeColors(colorLevel(io, global.color)),
    repoPrefix: ['github', 'gitlab', 'sarif'].includes(format) ? repoPrefix(loaded.root) : '',
    toolVersion: version,
    ruleText: (rule: string) => { const d = ruleDescription(rule); return d && (loaded.lang === 'en' ? d.en : d.zh); },
  };
  io.stdout(formatDiagnostics(format, input));
  const summaryFile = io.env.GITHUB_STEP_SUMMARY;
  if (format === 'github' && summaryFile) appendSummary(io, summaryFile, githubStepSummary(input), loaded.lang);
  const s = summarize(loaded.zone.fileCount, diagnostics);
  const tooMany = maxWarnings !== undefined && s.warnings > maxWarnings;
  if (tooMany) io.stderr(`wuzhong: ${loaded.t.tooManyWarnings(s.warnings, maxWarnings)}\n`);
  return s.errors > 0 || tooMany ? 1 : 0;
}

async function withBase(loaded: LoadedZone, asOf: string, rev: string, diagnostics: ReturnType<typeof diagnose>) {
  const { compareWithBase } = await import('./base.js');
  return compareWithBase(loaded, asOf, rev, diagnostics);
}

/** Appends after a blank line, so an earlier step's text never runs into our heading; a failure only warns. */
function appendSummary(io: Io, file: string, text: string, lang: LoadedZone['lang']): void {
  try {
    const before = existsSync(file) ? readFileSync(file, 'utf8') : '';
    const gap = before === '' || before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n';
    appendFileSync(file, gap + text);
  } catch (e) {
    const why = (e as Error).message;
    io.stderr(lang === 'en' ? `wuzhong: could not write the job summary to ${file}: ${why}\n` : `wuzhong: 无法写入作业摘要 ${file}：${why}\n`);
  }
}
