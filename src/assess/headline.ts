import { lastDayOfMonth } from '../model/dates.js';
import { STAGES, type Update } from '../model/item.js';
import type { Item, Zone } from '../model/zone.js';

// docs/supervisors.md "主要指标": the zone's money and land figures for month M, reproducible from the data.

export type Stage = (typeof STAGES)[number];

/** Where an item's figure for the month came from (see `figureAt`). */
export type FigureSource = 'update' | 'item' | 'none';

export interface ProjectHeadline {
  /** Projects in M's year, not cancelled by the end of M. */
  count: number;
  /** Projects cancelled in M's year up to the end of M: left out of every sum. */
  cancelled: number;
  /** 总投资, 年度计划投资, 年度完成投资 (year to the end of M), in 万元; land in 亩. */
  investment: number;
  annualPlan: number;
  annualDone: number;
  land: number;
  /** Counted projects without `annual_plan`. */
  planMissing: number;
  /** Counted projects whose completed investment is the item field `annual_done` (no monthly figure anywhere). */
  doneFromItem: number;
  /** Counted projects with no completed-investment figure at all. */
  doneMissing: number;
  /** annualDone / annualPlan × 100; undefined without a plan. */
  rate: number | undefined;
  /** The share of the year elapsed at the end of M, by months: M / 12 × 100 (时序进度). */
  timeProgress: number;
}

export interface StageRow {
  stage: Stage;
  count: number;
  /** 计划投资 (`amount`) and 到位资金 (cumulative to the end of M), in 万元. */
  amount: number;
  funds: number;
}

export interface InvestmentHeadline {
  count: number;
  cancelled: number;
  stages: StageRow[];
  amount: number;
  funds: number;
  /** Counted deals whose funds are the item field `funds_in_place` (no monthly figure anywhere). */
  fundsFromItem: number;
}

export interface Headline {
  month: string;
  projects: ProjectHeadline;
  investments: InvestmentHeadline;
}

/**
 * The items a month's figures count: in M's year (started by its end, not closed before it began) and not cancelled
 * by the end of M. Items cancelled within M's year up to the end of M are counted apart; an item cancelled later was
 * still live in M, so cancelling it never changes an earlier month.
 */
function partition(items: readonly Item[], month: string): { counted: Item[]; cancelled: number } {
  const year = month.slice(0, 4);
  const end = lastDayOfMonth(month);
  const counted: Item[] = [];
  let cancelled = 0;
  for (const item of items) {
    const { start, status, closed } = item.data;
    if (start.slice(0, 4) > year) continue;
    if (status !== undefined && status !== 'active' && closed !== undefined && closed.slice(0, 4) < year) continue;
    if (status === 'cancelled' && closed !== undefined && closed <= end) cancelled += 1;
    else counted.push(item);
  }
  return { counted, cancelled };
}

/**
 * An item's cumulative figure for month M: the latest update of a month ≤ M that carries it (`sameYear`: only updates
 * of M's year, for a figure that starts from zero every January). Once any update carries the figure, the updates
 * are the record and a month before the first one counts 0; only an item none of whose updates carries it falls back
 * to the item field, which holds the current figure.
 */
export function figureAt(
  item: Item, key: 'invested' | 'funds', month: string, fallback: number | undefined, sameYear: boolean,
): { value: number; source: FigureSource } {
  const updates = (item.data.updates ?? []) as Update[];
  const carrying = updates.filter((u) => u[key] !== undefined);
  if (carrying.length === 0) return fallback === undefined ? { value: 0, source: 'none' } : { value: fallback, source: 'item' };
  let latest: Update | undefined;
  for (const u of carrying) {
    if (u.month > month || (sameYear && u.month.slice(0, 4) !== month.slice(0, 4))) continue;
    if (latest === undefined || u.month > latest.month) latest = u;
  }
  return { value: latest?.[key] ?? 0, source: 'update' };
}

const num = (v: unknown): number => (typeof v === 'number' ? v : 0);

function projectHeadline(items: readonly Item[], month: string): ProjectHeadline {
  const { counted, cancelled } = partition(items, month);
  const h = {
    count: counted.length, cancelled, investment: 0, annualPlan: 0, annualDone: 0, land: 0,
    planMissing: 0, doneFromItem: 0, doneMissing: 0,
  };
  for (const item of counted) {
    h.investment += num(item.data.investment);
    h.land += num(item.data.land);
    if (typeof item.data.annual_plan === 'number') h.annualPlan += item.data.annual_plan;
    else h.planMissing += 1;
    const done = figureAt(item, 'invested', month, item.data.annual_done as number | undefined, true);
    h.annualDone += done.value;
    if (done.source === 'item') h.doneFromItem += 1;
    if (done.source === 'none') h.doneMissing += 1;
  }
  return {
    ...h,
    rate: h.annualPlan > 0 ? (h.annualDone / h.annualPlan) * 100 : undefined,
    timeProgress: (Number(month.slice(5, 7)) / 12) * 100,
  };
}

function investmentHeadline(items: readonly Item[], month: string): InvestmentHeadline {
  const { counted, cancelled } = partition(items, month);
  const stages: StageRow[] = STAGES.map((stage) => ({ stage, count: 0, amount: 0, funds: 0 }));
  let fundsFromItem = 0;
  for (const item of counted) {
    const row = stages[STAGES.indexOf(item.data.stage as Stage)]!;
    const funds = figureAt(item, 'funds', month, item.data.funds_in_place as number | undefined, false);
    row.count += 1;
    row.amount += num(item.data.amount);
    row.funds += funds.value;
    if (funds.source === 'item') fundsFromItem += 1;
  }
  const total = (k: 'amount' | 'funds') => stages.reduce((s, r) => s + r[k], 0);
  return { count: counted.length, cancelled, stages, amount: total('amount'), funds: total('funds'), fundsFromItem };
}

/** The headline numbers of month M (pure): projects and investment deals as the data stood at the end of M. */
export function headlineNumbers(zone: Pick<Zone, 'items'>, month: string): Headline {
  return {
    month,
    projects: projectHeadline(zone.items.filter((i) => i.list === 'projects'), month),
    investments: investmentHeadline(zone.items.filter((i) => i.list === 'investments'), month),
  };
}
