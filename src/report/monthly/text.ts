import type { EventKind, Tier } from '../../assess/score.js';
import type { Lang } from '../../model/diagnostic.js';
import { enMonthly } from '../../i18n/en-monthly.js';
import { zhMonthly } from '../../i18n/zh-monthly.js';
import type { Completion, ItemState } from './model.js';

/** Every word of the monthly report, in both output languages: src/i18n/zh-monthly.ts and en-monthly.ts. */
export interface ReportText {
  title: (zone: string, month: string, asOf: string) => string;
  intro: (first: string, asOf: string) => string;
  /** Where the report comes from: an HTML comment, so the tool's name stays out of the body. */
  provenance: string;
  none: string;
  dash: string;
  sections: {
    overview: string; score: string; events: string; lists: string;
    overdue: (asOf: string) => string; completed: (month: string) => string;
    dueNext: (next: string) => string; problems: (asOf: string) => string;
  };
  overviewHeader: string[];
  total: string;
  overviewNote: string;
  scoreRules: (base: number, rewardAt: number, warnAt: number) => string;
  scoreHeader: string[];
  rank: (rank: number, tied: boolean) => string;
  tier: Record<Tier, string>;
  eventsHeader: string[];
  event: Record<EventKind, string>;
  itemDeadline: string;
  overdueHeader: string[];
  completedHeader: string[];
  completion: (c: Completion, days: number) => string;
  dueNextHeader: string[];
  listHeading: (label: string, count: number) => string;
  progressHeader: string[];
  state: (s: ItemState, closed?: string) => string;
  reportedIn: (month: string) => string;
  meets: (meets: boolean) => string;
  /** Between the percents and on track / behind in a table cell. */
  meetsSep: string;
  problemsHeader: string[];
  days: (n: number) => string;
  /** Between the targets of one item in a table cell (no `<br>`: safe renderers print it literally). */
  targetSep: string;
  /** One target: name, actual/goal unit, percent. */
  target: (name: string, actual: string, goal: number, unit: string, percent?: number) => string;
}

export const REPORT_TEXT: Record<Lang, ReportText> = { 'zh-CN': zhMonthly, en: enMonthly };
