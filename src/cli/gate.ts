import { blockingFindings, gateDate as gateAt, monthUnfinished } from '../assess/gate.js';
import { formatDiagnostics } from '../format/index.js';
import { msg, render } from '../i18n/index.js';
import { renderDiagnostics } from '../model/diagnostic.js';
import { sourceLines } from '../load/source-lines.js';
import { colorLevel, makeColors } from './colors.js';
import type { Io } from './io.js';
import { asOfDate, monthArg, today, type GlobalOptions } from './options.js';
import { loadZone, type LoadedZone } from './zone.js';
import { checkZone } from '../rules/index.js';
import { nameFilters, type NameOptions } from './filters.js';

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
  const errors = renderDiagnostics(blockingFindings(checkZone(loaded.zone, date)), loaded.lang);
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

type Filters = ReturnType<typeof nameFilters>;

/**
 * The opening of every command that answers from the data as of a date (`overdue`, `risk`, `status`), in one
 * place: load the zone, check --list / --unit / --lead (see `nameFilters`), read --as-of, then refuse while any
 * file has an error (see `refuseOnErrors`). Undefined when refused: the command exits 1.
 * Usage errors come in the zone's language (`locale`), so they are checked once the zone is loaded.
 */
export async function openAsOf(
  io: Io, global: GlobalOptions, command: string, opts: { asOf?: string } & NameOptions,
): Promise<{ loaded: LoadedZone; asOf: string; filters: Filters } | undefined> {
  const loaded = await loadZone(io, global);
  const filters = nameFilters(loaded, opts);
  const asOf = asOfDate(opts.asOf, io, loaded.timeZone, loaded.lang);
  if (refuseOnErrors(io, loaded, command, global.color, gateDate(io, loaded, asOf)) !== 0) return undefined;
  return { loaded, asOf, filters };
}

/**
 * The same opening for a command about a month (`score`, `report`): --month (default: the last complete month),
 * the command's own checks (`prepare`, whose result is handed back), the refusal at the month's last day, and
 * a note on stderr when the month is not over yet.
 */
export async function openMonth<T = undefined>(
  io: Io, global: GlobalOptions, command: string, opts: { month?: string } & NameOptions,
  prepare?: (loaded: LoadedZone, month: string) => T | Promise<T>,
): Promise<{ loaded: LoadedZone; month: string; lastDay: string; filters: Filters; prepared: T } | undefined> {
  const loaded = await loadZone(io, global);
  const filters = nameFilters(loaded, opts);
  const m = monthArg(opts.month, io, loaded.timeZone, loaded.lang);
  const prepared = (await prepare?.(loaded, m.month)) as T;
  if (refuseOnErrors(io, loaded, command, global.color, gateDate(io, loaded, m.lastDay)) !== 0) return undefined;
  noteUnfinishedMonth(io, loaded, m.month, m.lastDay);
  return { loaded, ...m, filters, prepared };
}
