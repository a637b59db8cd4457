import { classify } from '../load/build.js';
import type { ListName } from '../model/fields.js';
import type { Item, Zone } from '../model/zone.js';

/** A data file in the base revision's tree. */
export interface BaseFile {
  path: string;
  oid: string;
}

/** An item file in the base revision's tree. */
export interface BaseItemFile extends BaseFile {
  key: string;
  id: string;
  list: ListName;
}

export interface BasePlan {
  /** Valid items whose file differs from the base version: compare after reading `base.oid`. */
  changed: { item: Item; base: BaseItemFile }[];
  /** Item files at REV whose `<list>/<id>` has no file now (rename candidates for `added`). */
  removed: BaseItemFile[];
  /** Valid items with no file at REV. */
  added: Item[];
  /** wuzhong.yaml at REV when its bytes differ now (null: unchanged; undefined oid: absent at REV). */
  config: { oid: string | undefined } | null;
  /** Assessment files that differ (`oid` undefined: absent at REV); a file that is invalid now is left to `schema`. */
  assessments: { month: string; path: string; oid: string | undefined }[];
  /**
   * Meetings and notices whose file differs (`oid` undefined: absent at REV), scored at REV with their versions
   * there; a record that is invalid now is left to `schema`.
   */
  coordination: { path: string; oid: string | undefined }[];
  /** `lists/` or a list folder that is a symbolic link at REV: its items cannot be compared. */
  linked: string[];
}

/** What `check --base` reads at REV: every folder that scoring reads (docs/scoring.md). */
export const BASE_PATHS = ['wuzhong.yaml', 'lists', 'assessments', 'meetings', 'notices'] as const;

const byPath = <T extends { path: string }>(a: T, b: T) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/**
 * Pairs today's data files with their versions at REV by path (items by `<list>/<id>`); only files whose blob
 * id differs are compared, so an unchanged zone costs one hash per file. Pure: `oidOf` hashes the current bytes.
 */
export function planBase(
  zone: Zone,
  tree: readonly { path: string; mode: string; oid: string }[],
  oidOf: (path: string) => string | undefined,
): BasePlan {
  const items = new Map<string, BaseItemFile>();
  const months = new Map<string, BaseFile & { month: string }>();
  const coordination = new Map<string, BaseFile>();
  let config: BaseFile | undefined;
  const linked: string[] = [];
  for (const e of [...tree].sort(byPath)) {
    if (e.mode === '120000' && /^lists(\/[^/]+)?$/.test(e.path)) linked.push(e.path);
    if (!e.mode.startsWith('100')) continue; // symbolic links and submodules were never data
    const where = classify(e.path);
    const key = where.kind === 'item' ? `${where.list}/${where.id}` : '';
    // As buildZone does, the first path of a duplicated id is the item.
    const file = { path: e.path, oid: e.oid };
    if (where.kind === 'item' && !items.has(key)) items.set(key, { key, id: where.id, list: where.list, ...file });
    else if (where.kind === 'assessment') months.set(where.month, { month: where.month, ...file });
    else if (where.kind === 'config') config = file;
    else if (where.kind === 'meeting' || where.kind === 'notice') coordination.set(e.path, file);
  }
  const plan: BasePlan = {
    changed: [], removed: [], added: [], config: null, assessments: [], coordination: [], linked,
  };
  for (const item of zone.items) {
    const base = items.get(item.key);
    if (!base) plan.added.push(item);
    else if (oidOf(item.file.path) !== base.oid) plan.changed.push({ item, base });
  }
  for (const base of items.values()) if (!zone.itemKeys.has(base.key)) plan.removed.push(base);
  const configNow = oidOf('wuzhong.yaml');
  if (zone.config && configNow !== config?.oid) plan.config = { oid: config?.oid };
  for (const [month, doc] of zone.assessments) {
    const base = months.get(month);
    if (oidOf(doc.file.path) !== base?.oid) plan.assessments.push({ month, path: doc.file.path, oid: base?.oid });
  }
  for (const base of months.values()) {
    if (!zone.assessments.has(base.month) && oidOf(base.path) === undefined) plan.assessments.push(base);
  }
  plan.assessments.sort(byPath);
  const records = [...(zone.meetings ?? []), ...(zone.notices ?? [])].map((r) => r.file.path);
  for (const path of records) {
    const oid = coordination.get(path)?.oid;
    if (oidOf(path) !== oid) plan.coordination.push({ path, oid });
  }
  const valid = new Set(records);
  for (const base of coordination.values()) {
    if (!valid.has(base.path) && oidOf(base.path) === undefined) plan.coordination.push(base);
  }
  plan.coordination.sort(byPath);
  return plan;
}
