import Table from 'cli-table3';
import { sanitize } from './sanitize.js';
import { displayWidth } from './width.js';

export type Align = 'left' | 'right';

/** One cell: its text, or its lines (a multi-line cell; other cells of the row stay blank below their text). */
export type Cell = string | readonly string[];

export interface ColumnOptions {
  align?: readonly Align[];
  /** Styles one line of a cell's text (colour codes do not count towards widths); identity by default. */
  cell?: (row: number, col: number, s: string) => string;
}

export interface TextTableOptions extends ColumnOptions {
  /** Styles the whole header line (e.g. bold); identity by default. */
  header?: (s: string) => string;
}

/** cli-table3 without borders or colours: columns two spaces apart, as plain terminal text. */
const BORDERLESS = {
  chars: {
    top: '', 'top-mid': '', 'top-left': '', 'top-right': '',
    bottom: '', 'bottom-mid': '', 'bottom-left': '', 'bottom-right': '',
    left: '', 'left-mid': '', mid: '', 'mid-mid': '', right: '', 'right-mid': '', middle: '  ',
  },
  style: { head: [], border: [], 'padding-left': 0, 'padding-right': 0, compact: true },
};

/** A cell's lines, each made terminal-safe on its own, so user text can never start a new row. */
const linesOf = (c: Cell | undefined): string[] => (typeof c === 'string' ? [sanitize(c)] : (c ?? ['']).map(sanitize));

/** Rows laid out by terminal width (CJK counts 2), two spaces apart, no trailing blanks. */
export function alignColumns(rows: readonly (readonly Cell[])[], opts: ColumnOptions = {}): string[] {
  const body = rows.map((r) => r.map(linesOf));
  const count = Math.max(0, ...body.map((r) => r.length));
  // A column empty on every row takes no room at all.
  const shown = Array.from({ length: count }, (_, i) => i).filter((i) => body.some((r) => (r[i] ?? ['']).some((l) => l !== '')));
  if (shown.length === 0) return rows.map(() => '');
  const style = opts.cell ?? ((_r: number, _c: number, s: string) => s);
  const table = new Table({ ...BORDERLESS, colAligns: shown.map((i) => opts.align?.[i] ?? 'left') });
  body.forEach((r, ri) => table.push(shown.map((ci) => (r[ci] ?? ['']).map((l) => style(ri, ci, l)).join('\n'))));
  return table.toString().split('\n').map((l) => l.replace(/ +$/, ''));
}

/**
 * A plain-text table: header, dashes, rows. No box drawing, whose glyphs are
 * East Asian Ambiguous and change width between CJK and Western terminals.
 */
export function textTable(
  header: readonly string[],
  rows: readonly (readonly Cell[])[],
  opts: TextTableOptions = {},
): string[] {
  const width = (c: Cell | undefined) => Math.max(0, ...linesOf(c).map((l) => displayWidth(l)));
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]))));
  const lines = alignColumns([header, widths.map((w) => '-'.repeat(w)), ...rows], {
    align: opts.align,
    cell: (r, c, s) => (r < 2 ? s : (opts.cell ?? ((_r: number, _c: number, x: string) => x))(r - 2, c, s)),
  });
  return [(opts.header ?? ((s: string) => s))(lines[0]!), ...lines.slice(1)];
}
