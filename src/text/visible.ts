/** Characters a reader cannot see: control, format (Cf), private-use, lone surrogates. */
const HIDDEN = /[\p{Cc}\p{Cf}\p{Co}\p{Cs}]/u;

/** The text with every hidden or non-ASCII-space whitespace character written as an escape, e.g. `建设局\u200b`. */
export function visible(s: string): string {
  let out = '';
  for (const ch of s) {
    if (ch !== ' ' && (HIDDEN.test(ch) || /\s/u.test(ch))) {
      const cp = ch.codePointAt(0)!;
      out += cp > 0xffff ? `\\u{${cp.toString(16)}}` : `\\u${cp.toString(16).padStart(4, '0')}`;
    } else out += ch;
  }
  return out;
}
