import { blockingFindings, gateDate as gateAt, monthUnfinished } from '../assess/gate.js';
import { formatDiagnostics } from '../format/index.js';
import { msg, render } from '../i18n/index.js';
import { renderDiagnostics } from '../model/diagnostic.js';
import { sourceLines } from '../load/source-lines.js';
import { colorLevel, makeColors } from './colors.js';
import type { Io } from './io.js';
import { today } from './options.js';
import { diagnose, type LoadedZone } from './zone.js';

/** The date the error gate checks at (see assess/gate.ts), with today in the zone's time zone. */
export function gateDate(io: Io, loaded: LoadedZone, date: string): string {
  return gateAt(today(io, loaded.timeZone), date);
}

/**
 * Refuses (exit 1) while any file has an error, so no item silently drops out
 * of an assessment: prints the errors as `check` does (stylish) on stderr,
 * keeping stdout clean for JSON/Markdown consumers. Returns 0 when clear.
 */
export function refuseOnErrors(io: Io, loaded: LoadedZone, command: string, color: boolean, date: string): 0 | 1 {
  const errors = renderDiagnostics(blockingFindings(diagnose(loaded, date)), loaded.lang);
  if (errors.length === 0) return 0;
  io.stderr(`${render(msg('refused', command, errors.length), loaded.lang)}\n`);
  io.stderr(
    formatDiagnostics('stylish', {
      asOf: date, files: loaded.zone.fileCount, diagnostics: errors, lang: loaded.lang,
      sourceLine: sourceLines(loaded), colors: makeColors(colorLevel(io, color)),
    }),
  );
  return 1;
}

/** Scoring or reporting a month that is not over is allowed (previews are useful) but said, on stderr. */
export function noteUnfinishedMonth(io: Io, loaded: LoadedZone, month: string, lastDay: string): void {
  const now = today(io, loaded.timeZone);
  if (monthUnfinished(lastDay, now)) io.stderr(`wuzhong: ${render(msg('unfinishedMonth', month, now), loaded.lang)}\n`);
}
