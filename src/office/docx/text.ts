import { enDocxText } from '../../i18n/en-docx.js';
import { zhDocxText } from '../../i18n/zh-docx.js';
import type { Lang } from '../../model/diagnostic.js';

/** Every word of the Word 通报 that is not data, in both output languages. */
export interface DocxText {
  title(zone: string, month: string): string;
  issue(n: number): string;
  intro(zone: string, month: string): string;
  h: { overview: string; score: string; overdue: string; completed: string; problems: string; requirements: string };
  overview(asOf: string, items: number, open: number, closed: number, done: number, overdue: number): string;
  /** The run-in heading of the n-th list: （一）重点企业。 */
  listHeading(n: number, list: string): string;
  listLine(items: number, open: number, done: number, overdue: number): string;
  rules(base: number, rewardAt: number, warnAt: number): string;
  scoreHeader: string[];
  chartTitle(month: string): string;
  overdueIntro(asOf: string, n: number): string;
  overdueHeader: string[];
  completedIntro(month: string, n: number): string;
  completedHeader: string[];
  completion(kind: 'early' | 'on-time' | 'late', days: number): string;
  problemsIntro(asOf: string, n: number): string;
  problemsHeader: string[];
  none: string;
  itemDeadline: string;
  date(d: string): string;
  /** 主送机关, with its colon. */
  recipients(s: string): string;
  /** One numbered line of 下步工作要求. */
  requirement(n: number, text: string): string;
  copyTo(s: string): string;
  printed(issuer: string, date: string): string;
}

export function docxText(lang: Lang): DocxText {
  return lang === 'en' ? enDocxText : zhDocxText;
}
