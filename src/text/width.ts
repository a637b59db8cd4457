import stringWidth from 'string-width';

/**
 * Terminal column widths (string-width): East Asian Wide/Fullwidth and emoji
 * take 2 columns, combining marks and format characters 0. A tab counts 1
 * (string-width drops it; the caret line reproduces tabs, see `caretPadding`).
 * The Ambiguous punctuation of Chinese text (“”‘’…—·) counts 1, as today's
 * terminals draw it; pass `{ ambiguousWidth: 2 }` for a terminal set to draw it wide.
 */
export interface WidthOptions {
  /** Width of the Ambiguous punctuation common in Chinese text; default 1. */
  ambiguousWidth?: 1 | 2;
}

const ASCII_PRINTABLE = /^[\x20-\x7e\t]*$/;

/** Terminal column width of `s` (ANSI colour codes count 0). */
export function displayWidth(s: string, options: WidthOptions = {}): number {
  if (ASCII_PRINTABLE.test(s)) return s.length;
  const tabs = s.split('\t').length - 1;
  return tabs + stringWidth(s, { ambiguousIsNarrow: options.ambiguousWidth !== 2 });
}

/** `s` padded with spaces to at least `width` columns. */
export function padEndWidth(s: string, width: number, options: WidthOptions = {}): string {
  const w = displayWidth(s, options);
  return w >= width ? s : s + ' '.repeat(width - w);
}

/** `s` padded on the left with spaces to at least `width` columns. */
export function padStartWidth(s: string, width: number, options: WidthOptions = {}): string {
  const w = displayWidth(s, options);
  return w >= width ? s : ' '.repeat(width - w) + s;
}

/**
 * Whitespace that, printed under `line`, reaches the code unit at `column`
 * (1-based, UTF-16): spaces for the display width of the text before it,
 * with the tabs of the line reproduced so tab stops line up.
 */
export function caretPadding(line: string, column: number, options: WidthOptions = {}): string {
  const index = Math.min(Math.max(column - 1, 0), line.length);
  return line
    .slice(0, index)
    .split('\t')
    .map((part) => ' '.repeat(displayWidth(part, options)))
    .join('\t');
}

/**
 * The marker under `line`: `^` at `column`, then `~` for the rest of the
 * display width up to `endColumn` (exclusive, 1-based) when given.
 */
export function caretMarker(
  line: string,
  column: number,
  endColumn?: number,
  options: WidthOptions = {},
): string {
  const start = Math.min(Math.max(column - 1, 0), line.length);
  if (endColumn === undefined || endColumn - 1 <= start) return '^';
  const end = Math.min(endColumn - 1, line.length);
  const span = displayWidth(line.slice(start, end), options);
  return '^' + '~'.repeat(Math.max(span - 1, 0));
}
