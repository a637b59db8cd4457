import type { MonthRecord } from '../../assess/closed.js';
import type { MonthScore } from '../../assess/score.js';
import type { ListName } from '../../model/fields.js';
import type { Light, LightCounts } from '../../assess/lights.js';
import type { LightSettings } from '../../model/config.js';
import type { CoordinationSection } from './coordination.js';

/** The monthly report as data, built once from the zone (see build.ts) and rendered in either language. */
export interface MonthlyReport {
  zone: string;
  /** `YYYY-MM`, its first and last day (the report's "as of" date D), and the month after it. */
  month: string;
  first: string;
  asOf: string;
  next: string;
  overview: ListOverview[];
  total: Counts;
  /** The 红黄绿灯 of the items open as of D (docs/supervisors.md), and the thresholds they were lit with. */
  lights: LightCounts;
  lightSettings: LightSettings;
  score: MonthScore;
  /** Titles of the items that score events, overdue rows and the rest refer to, by `<list>/<id>`. */
  items: Map<string, ItemRef>;
  overdue: NodeRow[];
  completed: CompletedRow[];
  dueNext: NodeRow[];
  lists: ListProgress[];
  problems: ProblemRow[];
  /** Meetings, open decisions, problems by level and notices (coordination.ts); absent when the month has none. */
  coordination?: CoordinationSection;
  /** The result as recorded in the report (set by `report`), with the corrections of a published month. */
  record?: MonthRecord;
}

export interface ItemRef {
  key: string;
  list: ListName;
  title: string;
  /** Path of the item's file, relative to the zone root. */
  file: string;
}

export interface Counts {
  items: number;
  open: number;
  closed: number;
  completedNodes: number;
  overdueNodes: number;
  /** Open items with a reported percent, and how many of them meet their time progress (docs/scoring.md). */
  withPercent: number;
  meetingTimeProgress: number;
}

export interface ListOverview extends Counts {
  list: ListName;
}

/** A milestone, or (milestone null) the item's own deadline. */
export interface NodeRow {
  item: ItemRef;
  milestone: string | null;
  unit: string;
  due: string;
  /** Days overdue as of D; 0 where it does not apply. */
  days: number;
}

export type Completion = 'early' | 'on-time' | 'late';

export interface CompletedRow {
  item: ItemRef;
  milestone: string;
  unit: string;
  due: string;
  done: string;
  completion: Completion;
  /** Days before (early, on time) or after (late) the due date. */
  days: number;
}

export type ItemState = 'open' | 'not-started' | 'done' | 'cancelled';

export interface ItemProgress {
  item: ItemRef;
  state: ItemState;
  closed?: string;
  owner: string;
  lead: string;
  /** As of D; none for an item done or cancelled by then. */
  light?: Light;
  /** The latest update of a month ≤ M. */
  update?: { month: string; text: string };
  /** The latest reported percent (month ≤ M) against the time progress at the end of that month. */
  percent?: { month: string; value: number; timeProgress: number; meets: boolean };
  targets: TargetProgress[];
}

export interface TargetProgress {
  name: string;
  unit: string;
  goal: number;
  actual?: number;
  /** actual / goal × 100, one decimal. */
  percent?: number;
}

export interface ListProgress {
  list: ListName;
  items: ItemProgress[];
}

export interface ProblemRow {
  item: ItemRef;
  unit: string;
  raised: string;
  /** Days open as of D. */
  days: number;
  text: string;
}
