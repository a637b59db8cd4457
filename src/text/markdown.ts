/**
 * Markdown building blocks for text that comes from users:
 * nothing they write may break a table or start a construct.
 */

const LINE_BREAK = /\r\n|\r|\n|\u2028|\u2029/g;
// ASCII punctuation that can open an inline construct:
// emphasis, code, links, HTML, autolinks, tables, strike-through.
const INLINE_SPECIAL = /[\\`*_[\]<>|~!#&$]/g;

const escapeSpecials = (line: string) => line.replace(INLINE_SPECIAL, (c) => `\\${c}`);

/** Inline text on one line: specials backslash-escaped, line breaks as spaces. */
export function escapeInline(text: string): string {
  return escapeSpecials(text.trim().replace(LINE_BREAK, ' '));
}

/**
 * A table cell: like `escapeInline`, but a line break the author wrote stays visible as a separator that reads well:
 * nothing after a line ending in punctuation (a space after ASCII punctuation), else `；` after Chinese text and `; `
 * after other text. Never `<br>`, which safe renderers print literally.
 */
export function escapeCell(text: string): string {
  const lines = text.trim().split(LINE_BREAK).map((line) => line.trim()).filter((line) => line !== '');
  let out = '';
  for (const line of lines) {
    if (out !== '') out += joiner(out.at(-1)!);
    out += line;
  }
  return escapeSpecials(out);
}

function joiner(last: string): string {
  if (/[。！？；，、：]/u.test(last)) return '';
  if (/[.!?;,:]/.test(last)) return ' ';
  return /[\p{sc=Han}）」』”]/u.test(last) ? '；' : '; ';
}

/** A link to a file of the zone repo; `text` is escaped, `href` is a relative path we built ourselves. */
export function link(text: string, href: string): string {
  return `[${escapeInline(text)}](${encodeURI(href)})`;
}

/** A GFM table; cells must already be escaped (see `escapeCell`), an empty cell is written as a space. */
export function table(header: readonly string[], rows: readonly (readonly string[])[], align?: readonly ('left' | 'right')[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map((c) => (c === '' ? ' ' : c)).join(' | ')} |`;
  const rule = header.map((_, i) => (align?.[i] === 'right' ? '---:' : '---'));
  return [line(header), `|${rule.join('|')}|`, ...rows.map(line)].join('\n');
}
