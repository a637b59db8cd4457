import { createHash } from 'node:crypto';
import { lastDayOfMonth } from '../model/dates.js';
import { isOpen, milestoneUnit } from '../model/status.js';
import type { Item, Zone } from '../model/zone.js';
import type { Editable, RowKind } from './layout.js';

/** One row of a fill-in sheet: what it shows (locked), what it pre-fills, and what identifies it. */
export interface SheetRow {
  kind: RowKind;
  /** `<list>/<id>`. */
  key: string;
  /** The milestone's title on a milestone row. */
  milestone?: string;
  /** The item's content hash at export (see `itemHash`). */
  hash: string;
  list: string;
  item: string;
  due: string;
  /** The latest progress before the month: its month, text and percent. */
  last?: { month: string; text: string; percent?: number };
  /** What the editable cells hold at export (this month's update, the milestone's evidence). */
  prefill: Partial<Record<Editable, string | number>>;
}

/**
 * The rows of unit U's sheet for month M: each item open at M's last day that U owns, then each milestone
 * without a `done` that U owns (its `owner`, else the item's) in such an open item, in file order.
 */
export function sheetRows(zone: Zone, unit: string, month: string, listLabel: (list: string) => string): SheetRow[] {
  const end = lastDayOfMonth(month);
  const rows: SheetRow[] = [];
  // zone.items is sorted by key: the lists in report order (their folder names sort that way), then by id.
  for (const item of zone.items) {
    if (!isOpen(item, end)) continue;
    const base = { key: item.key, hash: itemHash(item), list: listLabel(item.list), item: item.data.title };
    if (item.data.owner === unit) {
      const now = (item.data.updates ?? []).find((u) => u.month === month);
      const prefill: SheetRow['prefill'] = {};
      if (now !== undefined) {
        prefill.progress = now.text;
        if (now.percent !== undefined) prefill.percent = now.percent;
      }
      rows.push({ kind: 'item', ...base, due: item.data.due, last: lastUpdate(item, month), prefill });
    }
    for (const m of item.data.milestones ?? []) {
      if (m.done !== undefined || milestoneUnit(item, m) !== unit) continue;
      const prefill: SheetRow['prefill'] = m.evidence === undefined ? {} : { evidence: m.evidence };
      rows.push({ kind: 'milestone', ...base, milestone: m.title, due: m.due, prefill });
    }
  }
  return rows;
}

function lastUpdate(item: Item, month: string): SheetRow['last'] {
  let best: SheetRow['last'];
  for (const u of item.data.updates ?? []) {
    if (u.month >= month || (best !== undefined && u.month <= best.month)) continue;
    best = { month: u.month, text: u.text, percent: u.percent };
  }
  return best;
}

/** A hash of the item's data (not its bytes: a comment or a reformatting does not make a sheet stale). */
export function itemHash(item: Item): string {
  return createHash('sha256').update(`${item.key}\n${stableJson(item.data)}`).digest('hex').slice(0, 16);
}

/** JSON with object keys sorted, so equal data gives equal text whatever the key order. */
export function stableJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stableJson).join(',')}]`;
  if (v !== null && typeof v === 'object') {
    const entries = Object.entries(v as Record<string, unknown>)
      .filter(([, x]) => x !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${stableJson(x)}`).join(',')}}`;
  }
  return JSON.stringify(v);
}
