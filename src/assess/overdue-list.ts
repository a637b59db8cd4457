import type { ListName } from '../model/fields.js';
import type { Zone } from '../model/zone.js';
import { overdueAsOf } from '../model/status.js';
import { decisionRows } from './decisions.js';
import { byCodeUnit } from '../text/order.js';

/** One overdue node, as plain data for every output format. */
export interface OverdueRow {
  item: string;
  /** `meetings` for a decision of a coordination meeting (item `meetings/<id>`, milestone the decision's text). */
  list: ListName | 'meetings';
  title: string;
  file: string;
  line: number;
  milestone: string | null;
  unit: string;
  due: string;
  days: number;
}

export interface OverdueFilter {
  unit?: string;
  /** The item's `lead` (牵头领导). */
  lead?: string;
  list?: ListName;
}

export interface OverdueList {
  asOf: string;
  filter: OverdueFilter;
  rows: OverdueRow[];
}

/**
 * docs/scoring.md, docs/supervisors.md: every overdue milestone and open item as of `asOf`, filtered, in their
 * order; pure.
 */
export function overdueList(zone: Zone, asOf: string, filter: OverdueFilter = {}): OverdueList {
  const rows = overdueAsOf(zone.items, asOf)
    .filter((e) => (filter.unit === undefined || e.unit === filter.unit)
      && (filter.list === undefined || e.item.list === filter.list)
      && (filter.lead === undefined || e.item.data.lead === filter.lead))
    .map((e): OverdueRow => ({
      item: e.item.key,
      list: e.item.list,
      title: e.item.data.title,
      file: e.item.file.path,
      line: e.item.file.locate(e.index === undefined ? ['due'] : ['milestones', e.index, 'due']).line,
      milestone: e.milestone,
      unit: e.unit,
      due: e.due,
      days: e.days,
    }));
  // Decisions are tracked like milestones (docs/supervisors.md); a --list filter names a list, so it leaves them out.
  if (filter.list !== undefined) return { asOf, filter, rows };
  const decisions = decisionRows(zone, asOf).filter((r) => filter.unit === undefined || r.unit === filter.unit);
  if (decisions.length === 0) return { asOf, filter, rows };
  const all = [...rows, ...decisions].sort((a, b) => b.days - a.days || byCodeUnit(a.item, b.item));
  return { asOf, filter, rows: all };
}

export interface UnitTotal {
  unit: string;
  count: number;
  /** The most days overdue among the unit's rows. */
  worst: number;
}

/** Per-unit totals in the order of `units`; units without overdue nodes are left out. */
export function totalsByUnit(rows: readonly OverdueRow[], units: readonly string[]): UnitTotal[] {
  const totals = new Map<string, UnitTotal>();
  for (const r of rows) {
    const t = totals.get(r.unit) ?? { unit: r.unit, count: 0, worst: 0 };
    t.count++;
    t.worst = Math.max(t.worst, r.days);
    totals.set(r.unit, t);
  }
  const order = new Map(units.map((u, i) => [u, i]));
  const place = (u: string) => order.get(u) ?? Infinity;
  return [...totals.values()].sort((a, b) => place(a.unit) - place(b.unit) || byCodeUnit(a.unit, b.unit));
}
