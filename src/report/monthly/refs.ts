import type { Item } from '../../model/zone.js';
import type { ItemRef } from './model.js';

export function itemRef(item: Item): ItemRef {
  return { key: item.key, list: item.list, title: item.data.title, file: item.file.path };
}

/** Code-point order of `<list>/<id>`, as docs/supervisors.md orders items. */
export function byKey(a: { item: { key: string } }, b: { item: { key: string } }): number {
  return a.item.key < b.item.key ? -1 : a.item.key > b.item.key ? 1 : 0;
}
