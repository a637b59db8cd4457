import { formatDiagnostics } from '../format/index.js';
import { renderDiagnostics, type Lang } from '../model/diagnostic.js';
import { sourceLines } from './source-lines.js';
import { colorLevel, makeColors } from './colors.js';
import type { Io } from './io.js';
import { today } from './options.js';
import { diagnose, type LoadedZone } from './zone.js';

const REFUSED: Record<Lang, (command: string, errors: number) => string> = {
  'zh-CN': (command, errors) => `wuzhong ${command}：数据中有 ${errors} 个错误，修正后才能运行（运行 wuzhong check 查看全部问题）。\n`,
  en: (command, errors) => `wuzhong ${command}: the data has ${errors} ${errors === 1 ? 'error' : 'errors'}; fix ${errors === 1 ? 'it' : 'them'} first (run wuzhong check to see every finding).\n`,
};

/**
 * The date the error gate checks at: the later of today (zone time) and the date the command looks at.
 * For a past month or date that is today, exactly what `check` says now; looking ahead (a future
 * `--as-of`, the current month's end) it agrees with `check --as-of` that date.
 */
export function gateDate(io: Io, loaded: LoadedZone, date: string): string {
  const now = today(io, loaded.timeZone);
  return date > now ? date : now;
}

/**
 * Refuses (exit 1) while any file has an error, so no item silently drops out
 * of an assessment: prints the errors as `check` does (stylish) on stderr,
 * keeping stdout clean for JSON/Markdown consumers. Returns 0 when clear.
 */
export function refuseOnErrors(io: Io, loaded: LoadedZone, command: string, color: boolean, date: string): 0 | 1 {
  const errors = renderDiagnostics(diagnose(loaded, date).filter((d) => d.severity === 'error'), loaded.lang);
  if (errors.length === 0) return 0;
  io.stderr(REFUSED[loaded.lang](command, errors.length));
  io.stderr(
    formatDiagnostics('stylish', {
      asOf: date, files: loaded.zone.fileCount, diagnostics: errors, lang: loaded.lang,
      sourceLine: sourceLines(loaded), colors: makeColors(colorLevel(io, color)),
    }),
  );
  return 1;
}

const UNFINISHED: Record<Lang, (month: string, today: string) => string> = {
  'zh-CN': (month, today) => `wuzhong: 注意：${month} 尚未结束（今天是 ${today}），以后补报的进展和完成情况还会改变结果。\n`,
  en: (month, today) => `wuzhong: note: ${month} has not ended yet (today is ${today}); later updates and completions will still change the result.\n`,
};

/** Scoring or reporting a month that is not over is allowed (previews are useful) but said, on stderr. */
export function noteUnfinishedMonth(io: Io, loaded: LoadedZone, month: string, lastDay: string): void {
  const now = today(io, loaded.timeZone);
  if (lastDay >= now) io.stderr(UNFINISHED[loaded.lang](month, now));
}
