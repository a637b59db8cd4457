import type { EventKind, Tier } from '../assess/score.js';
import type { Lang } from '../model/diagnostic.js';
import type { ListName } from '../model/fields.js';
import { enAssess } from '../i18n/en-assess.js';
import { zhAssess } from '../i18n/zh-assess.js';

/** Wording of `overdue` and `score` output: src/i18n/zh-assess.ts and en-assess.ts. */
export interface AssessText {
  listLabel(list: ListName | 'meetings'): string;
  /** `overdue` */
  overdueTitle(asOf: string, count: number, filter: string): string;
  noOverdue(asOf: string, filter: string): string;
  filterUnit(unit: string): string;
  filterList(list: ListName): string;
  filterLead(lead: string): string;
  overdueHeader: readonly [list: string, item: string, milestone: string, unit: string, due: string, days: string];
  itemItself: string;
  totalsTitle: string;
  unitTotal(count: number, worst: number): string;
  grandTotal(count: number): string;
  totalsHeader: readonly [unit: string, count: string, worst: string];
  /** `score` */
  scoreTitle(zone: string, month: string, asOf: string): string;
  scoreRules(base: number, rewardAt: number, warnAt: number): string;
  scoreHeader: readonly [
    rank: string, unit: string, score: string, additions: string, deductions: string, tier: string,
  ];
  tier: Record<Tier, string>;
  event: Record<EventKind, string>;
  /** A rank as shown in a table; `tied` when another unit has the same rank (公文: 并列). */
  rank(rank: number, tied: boolean): string;
  unitLine(unit: string, score: number, rank: number, tier: Tier, tied?: boolean): string;
  noEvents: string;
  daysEarly(days: number): string;
  daysLate(days: number): string;
  daysOverdue(days: number): string;
  /** `unplanned`: done − planned in days, against the planLeadDays it needed. */
  planLead(days: number, needed: number): string;
}

const TEXTS: Record<Lang, AssessText> = { 'zh-CN': zhAssess, en: enAssess };

export function assessText(lang: Lang): AssessText {
  return TEXTS[lang];
}

/** The ranks that more than one unit shares (shown as 并列 in Chinese). */
export function tiedRanks(units: ReadonlyArray<{ rank: number }>): Set<number> {
  const seen = new Set<number>();
  const tied = new Set<number>();
  for (const u of units) (seen.has(u.rank) ? tied : seen).add(u.rank);
  return tied;
}
