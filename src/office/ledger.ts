// The 总台账 as data: one table per list (or one combined table for CSV), cell values only, no styling.
import type { Lang } from '../model/diagnostic.js';
import { LISTS, type ListName } from '../model/fields.js';
import { itemLight, type Light } from '../assess/lights.js';
import { lightSettingsOf, type LightSettings } from '../model/config.js';
import { isOpen, overdueAsOf, percentProgress, shownExpected, type OverdueEntry } from '../model/status.js';
import type { Item, Zone } from '../model/zone.js';
import { officeText, type OfficeText } from './text.js';
import type { CellValue, Column } from './xlsx.js';

type Key =
  | 'seq' | 'list' | 'title' | 'owner' | 'lead' | 'investment' | 'annualPlan' | 'annualDone' | 'funds' | 'stage'
  | 'state' | 'start' | 'due' | 'update' | 'progress' | 'light' | 'problems';

/** The money and stage columns each list has (the other lists have no such fields). */
/** The ledger columns of one list only; a list without an entry has the common columns. */
const EXTRA: Partial<Record<ListName, Key[]>> = {
  investments: ['investment', 'funds', 'stage'],
  projects: ['investment', 'annualPlan', 'annualDone'],
};
const BEFORE: Key[] = ['seq', 'title', 'owner', 'lead'];
const AFTER: Key[] = ['state', 'start', 'due', 'update', 'progress', 'light', 'problems'];
const COMBINED: Key[] = ['seq', 'list', 'title', 'owner', 'lead', 'investment', 'annualPlan', 'annualDone', 'funds', 'stage', ...AFTER];
const MONEY = new Set<Key>(['investment', 'annualPlan', 'annualDone', 'funds']);
const WRAP = new Set<Key>(['title', 'update', 'problems']);

export interface LedgerTable {
  list?: ListName;
  name: string;
  columns: Column[];
  rows: CellValue[][];
}

/** The 亮灯 column: the zone's lights (docs/supervisors.md), none for a closed item. */
function ledgerLight(
  item: Item, asOf: string, settings: LightSettings, overdue: readonly OverdueEntry[],
): Light | undefined {
  return itemLight(item, asOf, settings, overdue)?.light;
}

/** One table per list, in list order; each with the columns its items have. */
export function ledgerTables(zone: Zone, asOf: string, lang: Lang): LedgerTable[] {
  const t = officeText(lang);
  const ctx = lightContext(zone, asOf);
  return LISTS.map((list) => {
    const keys = [...BEFORE, ...(EXTRA[list] ?? []), ...AFTER];
    const items = zone.items.filter((i) => i.list === list);
    return {
      list,
      name: t.list(list),
      columns: keys.map((k) => column(k, t, list)),
      rows: items.map((item, n) => keys.map((k) => value(k, item, n + 1, asOf, t, ctx))),
    };
  });
}

/** Every list in one table, with a 清单 column (the CSV export). */
export function ledgerCombined(zone: Zone, asOf: string, lang: Lang): LedgerTable {
  const t = officeText(lang);
  const ctx = lightContext(zone, asOf);
  const items = LISTS.flatMap((list) => zone.items.filter((i) => i.list === list));
  return {
    name: t.ledgerTitle(zone.config?.zone ?? '', asOf),
    columns: COMBINED.map((k) => column(k, t, undefined)),
    rows: items.map((item, n) => COMBINED.map((k) => value(k, item, n + 1, asOf, t, ctx))),
  };
}

function column(k: Key, t: OfficeText, list: ListName | undefined): Column {
  const l = t.ledger;
  const header =
    k === 'investment' ? (list === 'projects' ? l.projectInvestment : list === 'investments' ? l.dealAmount : l.anyInvestment) : l[k];
  return { header, ...(MONEY.has(k) ? { numFmt: '#,##0.00' } : {}), ...(WRAP.has(k) ? { wrap: true } : {}) };
}

interface LightContext {
  settings: LightSettings;
  overdue: Map<string, OverdueEntry[]>;
}

function lightContext(zone: Zone, asOf: string): LightContext {
  const overdue = new Map<string, OverdueEntry[]>();
  for (const o of overdueAsOf(zone.items, asOf)) overdue.set(o.item.key, [...(overdue.get(o.item.key) ?? []), o]);
  return { settings: lightSettingsOf(zone.config), overdue };
}

function value(k: Key, item: Item, seq: number, asOf: string, t: OfficeText, ctx: LightContext): CellValue {
  const d = item.data;
  const num = (v: unknown) => (typeof v === 'number' ? v : undefined);
  switch (k) {
    case 'seq': return seq;
    case 'list': return t.list(item.list);
    case 'title': return d.title;
    case 'owner': return d.owner;
    case 'lead': return d.lead;
    case 'investment': return num(item.list === 'projects' ? d.investment : d.amount);
    case 'annualPlan': return num(d.annual_plan);
    case 'annualDone': return num(d.annual_done);
    case 'funds': return num(d.funds_in_place);
    case 'stage': return typeof d.stage === 'string' ? (t.stage[d.stage] ?? d.stage) : undefined;
    case 'state': return t.state[stateAt(item, asOf)];
    case 'start': return { date: d.start };
    case 'due': return { date: d.due };
    case 'update': return latestUpdate(item, asOf, t);
    case 'progress': return progress(item, asOf);
    case 'light': {
      const light = ledgerLight(item, asOf, ctx.settings, ctx.overdue.get(item.key) ?? []);
      return light === undefined ? undefined : t.light[light];
    }
    case 'problems': return openProblems(item, asOf, t);
  }
}

function stateAt(item: Item, asOf: string): 'open' | 'not-started' | 'done' | 'cancelled' {
  if (!isOpen(item, asOf)) return item.data.status === 'cancelled' ? 'cancelled' : 'done';
  return item.data.start > asOf ? 'not-started' : 'open';
}

/** The latest update of a month up to D's month; an older month is named after the text. */
function latestUpdate(item: Item, asOf: string, t: OfficeText): string | undefined {
  const month = asOf.slice(0, 7);
  type U = { month: string; text: string };
  const u = (item.data.updates ?? [])
    .filter((x) => x.month <= month)
    .reduce<U | undefined>((best, x) => (best === undefined || x.month >= best.month ? x : best), undefined);
  if (u === undefined) return undefined;
  return u.text.trim() + (u.month === month ? '' : t.reportedIn(u.month));
}

/** `62%/68.1%`: the latest reported percent against the time progress at the end of the month it was reported. */
function progress(item: Item, asOf: string): string | undefined {
  const p = percentProgress(item, asOf.slice(0, 7));
  return p === undefined ? undefined : `${p.percent}%/${shownExpected(p.expected, p.percent)}%`;
}

function openProblems(item: Item, asOf: string, t: OfficeText): string | undefined {
  const open = (item.data.problems ?? [])
    .filter((p) => p.raised <= asOf && (p.resolved === undefined || p.resolved > asOf));
  return open.length === 0 ? undefined : open.map((p) => t.problem(p.text.trim(), p.raised)).join('\n');
}
