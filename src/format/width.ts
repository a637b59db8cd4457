/**
 * Terminal column widths, without dependencies (string-width@8 needs Node 22).
 *
 * East Asian Wide/Fullwidth characters and emoji take 2 columns, combining
 * marks and format characters 0, everything else 1 (a tab counts as 1; the
 * caret line reproduces tabs instead, see `caretPadding`). The punctuation
 * that Chinese text uses from the East Asian *Ambiguous* class (“”‘’…—·
 * and friends) counts 1 by default, as today's terminals (VS Code, Windows
 * Terminal, GNOME, iTerm2) lay it out; pass `{ ambiguousWidth: 2 }` for a
 * terminal set to draw it wide.
 */

export interface WidthOptions {
  /** Width of the Ambiguous punctuation common in Chinese text; default 1. */
  ambiguousWidth?: 1 | 2;
}

/** Wide (W) and Fullwidth (F) ranges of EastAsianWidth.txt, outside emoji. */
const WIDE: ReadonlyArray<readonly [number, number]> = [
  [0x1100, 0x115f], [0x2329, 0x232a], [0x2e80, 0x2e99], [0x2e9b, 0x2ef3],
  [0x2f00, 0x2fd5], [0x2ff0, 0x2fff], [0x3000, 0x303e], [0x3041, 0x3096],
  [0x3099, 0x30ff], [0x3105, 0x312f], [0x3131, 0x318e], [0x3190, 0x31e5],
  [0x31ef, 0x321e], [0x3220, 0x3247], [0x3250, 0xa48c], [0xa490, 0xa4c6],
  [0xa960, 0xa97c], [0xac00, 0xd7a3], [0xf900, 0xfaff], [0xfe10, 0xfe19],
  [0xfe30, 0xfe52], [0xfe54, 0xfe66], [0xfe68, 0xfe6b], [0xff01, 0xff60],
  [0xffe0, 0xffe6], [0x16fe0, 0x16fe4], [0x16ff0, 0x16ff1], [0x17000, 0x18cd5],
  [0x18d00, 0x18d08], [0x1aff0, 0x1b2fb], [0x1f200, 0x1f202], [0x1f210, 0x1f23b],
  [0x1f240, 0x1f248], [0x1f250, 0x1f251], [0x1f260, 0x1f265], [0x20000, 0x2fffd],
  [0x30000, 0x3fffd],
];

/** Ambiguous (A) characters that Chinese text commonly uses. */
const AMBIGUOUS_CJK: ReadonlyArray<readonly [number, number]> = [
  [0x00b0, 0x00b1], [0x00b7, 0x00b7], [0x00d7, 0x00d7], [0x00f7, 0x00f7],
  [0x2014, 0x2016], [0x2018, 0x2019], [0x201c, 0x201d], [0x2025, 0x2026],
  [0x2030, 0x2030], [0x2032, 0x2033], [0x203b, 0x203b], [0x2103, 0x2103],
  [0x2116, 0x2116], [0x2160, 0x216b], [0x2170, 0x2179], [0x2460, 0x249b],
  [0x25a0, 0x25a1], [0x25b2, 0x25b3], [0x25bc, 0x25bd], [0x25c6, 0x25c7],
  [0x25cb, 0x25cb], [0x25ce, 0x25cf], [0x2605, 0x2606],
];

function inRanges(cp: number, ranges: ReadonlyArray<readonly [number, number]>): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = ranges[mid]!;
    if (cp < r[0]) hi = mid - 1;
    else if (cp > r[1]) lo = mid + 1;
    else return true;
  }
  return false;
}

const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}\p{Cc}\u1160-\u11ff\u200b]$/u;
const EMOJI_PRESENTATION = /^\p{Emoji_Presentation}$/u;
const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;

/** Width of one code point (given as a string), ignoring grapheme context. */
function codePointWidth(ch: string, options: WidthOptions = {}): number {
  const cp = ch.codePointAt(0);
  if (cp === undefined) return 0;
  if (cp === 0x09) return 1;
  if (cp < 0x7f && cp >= 0x20) return 1;
  if (ZERO_WIDTH.test(ch)) return 0;
  if (inRanges(cp, WIDE) || EMOJI_PRESENTATION.test(ch)) return 2;
  if (inRanges(cp, AMBIGUOUS_CJK)) return options.ambiguousWidth ?? 1;
  return 1;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
const ASCII_PRINTABLE = /^[\x20-\x7e\t]*$/;

/** Terminal column width of `s` (no ANSI escapes expected). */
export function displayWidth(s: string, options: WidthOptions = {}): number {
  if (ASCII_PRINTABLE.test(s)) return s.length;
  let width = 0;
  for (const { segment } of segmenter.segment(s)) {
    // Emoji sequences (ZWJ, VS16, flags) show as one wide glyph.
    if (segment.length > 1 && PICTOGRAPHIC.test(segment) && /[\u200d\ufe0f]/.test(segment)) {
      width += 2;
      continue;
    }
    if (/^[\u{1f1e6}-\u{1f1ff}]{2}$/u.test(segment)) {
      width += 2;
      continue;
    }
    for (const ch of segment) width += codePointWidth(ch, options);
  }
  return width;
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
