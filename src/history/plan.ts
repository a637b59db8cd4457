import type { ListName } from '../model/fields.js';
import type { Item, Zone } from '../model/zone.js';
import { itemAt } from './version.js';

/** An item file in the base revision's tree. */
export interface BaseFile {
  key: string;
  list: ListName;
  path: string;
  oid: string;
}

export interface BasePlan {
  /** Valid items whose file differs from the base version: compare after reading `base.oid`. */
  changed: { item: Item; base: BaseFile }[];
  /** Item files at REV whose `<list>/<id>` has no file now. */
  removed: BaseFile[];
  /** Valid items with no file at REV (rename candidates for `removed`). */
  added: Item[];
}

/**
 * Pairs today's items with their files at REV by `<list>/<id>`; only files whose blob id differs are
 * compared, so an unchanged zone costs one hash per file. Pure: `oidOf` hashes the current bytes.
 */
export function planBase(
  zone: Zone,
  tree: readonly { path: string; mode: string; oid: string }[],
  oidOf: (path: string) => string | undefined,
): BasePlan {
  const baseFiles = new Map<string, BaseFile>();
  for (const e of [...tree].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    if (!e.mode.startsWith('100')) continue; // symbolic links and submodules were never items
    const where = itemAt(e.path);
    // As buildZone does, the first path of a duplicated id is the item.
    if (where && !baseFiles.has(where.key)) baseFiles.set(where.key, { key: where.key, list: where.list, path: e.path, oid: e.oid });
  }
  const plan: BasePlan = { changed: [], removed: [], added: [] };
  for (const item of zone.items) {
    const base = baseFiles.get(item.key);
    if (!base) plan.added.push(item);
    else if (oidOf(item.file.path) !== base.oid) plan.changed.push({ item, base });
  }
  for (const base of baseFiles.values()) if (!zone.itemKeys.has(base.key)) plan.removed.push(base);
  return plan;
}

/**
 * Where a removed item went, if anywhere: a new item in the same list with the very same bytes
 * (what git calls an exact rename) or, failing that, the same title. Each new item is claimed once.
 */
export function matchRenames(
  removed: readonly { base: BaseFile; title: string | undefined }[],
  added: readonly Item[],
  oidOf: (path: string) => string | undefined,
): Map<string, Item> {
  const matches = new Map<string, Item>();
  const taken = new Set<string>();
  const claim = (base: BaseFile, test: (item: Item) => boolean) => {
    if (matches.has(base.key)) return;
    const item = added.find((a) => a.list === base.list && !taken.has(a.key) && test(a));
    if (item) { matches.set(base.key, item); taken.add(item.key); }
  };
  for (const r of removed) claim(r.base, (a) => oidOf(a.file.path) === r.base.oid);
  for (const r of removed) if (r.title !== undefined) claim(r.base, (a) => a.data.title === r.title);
  return matches;
}
