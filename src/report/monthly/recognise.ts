import { REPORT_TEXT } from './text.js';

const ZONE = '\u0001zone\u0001', AS_OF = '\u0001asOf\u0001';
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// A month no zone has (a sample is needed: the Chinese title writes the month as 2026年10月).
const SAMPLE_MONTH = '1999-12';
const MONTH_PATTERNS = [escape(SAMPLE_MONTH), escape('1999年12月')];

/** The title line `renderMonthlyReport` writes, in every language, with any zone, month and date. */
const TITLES = [
  ...Object.values(REPORT_TEXT).map((t) => {
    let pattern = `^# ${escape(t.title(ZONE, SAMPLE_MONTH, AS_OF))}$`.replace(ZONE, '.+').replace(AS_OF, '\\d{4}-\\d{2}-\\d{2}');
    for (const month of MONTH_PATTERNS) pattern = pattern.replace(month, month.startsWith('1999年') ? '\\d{4}年\\d{1,2}月' : '\\d{4}-\\d{2}');
    return new RegExp(pattern);
  }),
  // Reports written before the 公文 wording (2025-10 as an ISO month after the title) are ours too.
  /^# .+“五重”清单月报 \d{4}-\d{2}（数据截至 \d{4}-\d{2}-\d{2}）$/,
];

/**
 * Whether `text` starts like a report wuzhong wrote (its title line), so replacing it loses nothing a person wrote
 * from scratch.
 */
export function isMonthlyReport(text: string): boolean {
  const first = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  return TITLES.some((title) => title.test(first));
}
