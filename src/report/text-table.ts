import { sanitize } from '../text/sanitize.js';
import { displayWidth, padEndWidth, padStartWidth } from '../text/width.js';

export type Align = 'left' | 'right';

export interface ColumnOptions {
  align?: readonly Align[];
  /** Styles one padded cell; identity by default. */
  cell?: (row: number, col: number, s: string) => string;
}

export interface TextTableOptions extends ColumnOptions {
  /** Styles the whole padded header line (e.g. bold); identity by default. */
  header?: (s: string) => string;
}

/** Rows padded to common column widths by terminal width (CJK counts 2), two spaces apart, no trailing blanks. */
export function alignColumns(rows: readonly (readonly string[])[], opts: ColumnOptions = {}): string[] {
  const body = rows.map((r) => r.map((c) => sanitize(c)));
  const count = Math.max(0, ...body.map((r) => r.length));
  const widths = Array.from({ length: count }, (_, i) => Math.max(0, ...body.map((r) => displayWidth(r[i] ?? ''))));
  const align = (i: number): Align => opts.align?.[i] ?? 'left';
  const pad = (s: string, i: number) =>
    align(i) === 'right' ? padStartWidth(s, widths[i]!) : i === count - 1 ? s : padEndWidth(s, widths[i]!);
  const cell = opts.cell ?? ((_r: number, _c: number, s: string) => s);
  // A column empty on every row takes no room at all.
  const shown = widths.flatMap((w, i) => (w > 0 ? [i] : []));
  return body.map((r, ri) => shown.map((ci) => cell(ri, ci, pad(r[ci] ?? '', ci))).join('  ').replace(/ +$/, ''));
}

/**
 * A plain-text table: header, dashes, rows. No box drawing, whose glyphs are
 * East Asian Ambiguous and change width between CJK and Western terminals.
 */
export function textTable(header: readonly string[], rows: readonly (readonly string[])[], opts: TextTableOptions = {}): string[] {
  const widths = header.map((h, i) => Math.max(displayWidth(sanitize(h)), ...rows.map((r) => displayWidth(sanitize(r[i] ?? '')))));
  const lines = alignColumns([header, widths.map((w) => '-'.repeat(w)), ...rows], {
    align: opts.align,
    cell: (r, c, s) => (r < 2 ? s : (opts.cell ?? ((_r: number, _c: number, x: string) => x))(r - 2, c, s)),
  });
  return [(opts.header ?? ((s: string) => s))(lines[0]!), ...lines.slice(1)];
}
