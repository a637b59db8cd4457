import { REPORT_TEXT } from './text.js';

const ZONE = '\u0001zone\u0001', MONTH = '\u0001month\u0001', AS_OF = '\u0001asOf\u0001';
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The title line `renderMonthlyReport` writes, in every language, with any zone, month and date. */
const TITLES = Object.values(REPORT_TEXT).map(
  (t) =>
    new RegExp(
      `^# ${escape(t.title(ZONE, MONTH, AS_OF))}$`
        .replace(ZONE, '.+')
        .replace(MONTH, '\\d{4}-\\d{2}')
        .replace(AS_OF, '\\d{4}-\\d{2}-\\d{2}'),
    ),
);

/** Whether `text` starts like a report wuzhong wrote (its title line), so replacing it loses nothing a person wrote from scratch. */
export function isMonthlyReport(text: string): boolean {
  const first = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  return TITLES.some((title) => title.test(first));
}
