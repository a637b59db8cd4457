import type { Amendment, Standing } from '../assess/closed.js';
import type { Lang } from '../model/diagnostic.js';
import { enClosed } from '../i18n/en-closed.js';
import { zhClosed } from '../i18n/zh-closed.js';

/**
 * Wording for closed (published) months: the `closed-month` finding, notes of `score`, the 更正说明 section
 * (src/i18n/zh-closed.ts and en-closed.ts).
 */
export interface ClosedText {
  /** `score` of a closed month, on stderr. */
  /** `corrections`: how many corrections the published result already carries. */
  recorded(month: string, file: string, committed: string | undefined, corrections?: number): string;
  amended(month: string, file: string, count: number): string;
  differs(month: string): string;
  /** `report` refusing to rewrite a published month without an amendment. */
  refuseReport(month: string, file: string): string;
  /** The 更正说明 section. */
  heading: string;
  /** The heading of one notice when there are several. */
  nth(n: number): string;
  intro(month: string): string;
  amendment(a: Amendment): string;
  changesHeader: string[];
  standing(s: Standing | null): string;
  noChange: string;
}

export const CLOSED_TEXT: Record<Lang, ClosedText> = { 'zh-CN': zhClosed, en: enClosed };
