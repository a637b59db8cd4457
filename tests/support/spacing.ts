/**
 * 公文 spacing (docs/contributing.md): no space between a Chinese character and an Arabic digit, in either order
 * (逾期13天, 基础分100, 2026年10月). Chinese punctuation counts as Chinese.
 *
 * Only a single space is a word space: two or more spaces are a column gap of an aligned terminal table, so
 * `建设局              2025-09-26` is fine. The allowances, kept as narrow as we can:
 * - a quoted source line of `check`'s stylish output (`    | …`): the user's own YAML, shown as written;
 * - `数据截至 YYYY-MM-DD` in the monthly report's title: wording the product contract pins (docs/contributing.md).
 */
const CJK = String.raw`[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF“”‘’]`;
const SPACED = new RegExp(String.raw`${CJK} \d|\d ${CJK}`, 'u');
const PINNED = /^# .*（数据截至 \d{4}-\d{2}-\d{2}）$/u;
const SOURCE_LINE = /^ {4}\| /;

/** The lines of `text` that put a space between Chinese text and a digit, with their 1-based numbers. */
export function spacingViolations(text: string): string[] {
  const out: string[] = [];
  text.split('\n').forEach((line, i) => {
    if (SOURCE_LINE.test(line)) return;
    const checked = PINNED.test(line) ? line.replace(/数据截至 (?=\d)/u, '数据截至') : line;
    if (SPACED.test(checked)) out.push(`${i + 1}: ${line}`);
  });
  return out;
}
