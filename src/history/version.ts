import { classify, processFile } from '../load/build.js';
import { parseFile, sourceFile } from '../load/parse.js';
import { validate } from '../load/validate.js';
import type { ListName } from '../model/fields.js';
import { listSchemas, type ItemData } from '../model/item.js';
import type { SourceFile } from '../model/zone.js';

/** Where an item file lives, when `path` is one (`lists/<list>/<id>.yaml|yml`). */
export function itemAt(path: string): { list: ListName; id: string; key: string } | undefined {
  const where = classify(path);
  return where.kind === 'item' ? { list: where.list, id: where.id, key: `${where.list}/${where.id}` } : undefined;
}

/** One past version of an item read with the same parser and schema as today; undefined when it does not pass. */
export function readItemVersion(path: string, list: ListName, bytes: Uint8Array): ItemData | undefined {
  const parsed = parseFile(path, bytes);
  if (!parsed.data) return undefined;
  return validate(listSchemas[list], parsed.data, parsed.file).value as ItemData | undefined;
}

/** One past version of any data file (config, assessment, item) with positions; undefined when it does not pass. */
export function readDataVersion(path: string, bytes: Uint8Array): { value: unknown; file: SourceFile } | undefined {
  const where = classify(path);
  if (where.kind === 'ignored' || where.kind === 'bad') return undefined;
  const r = processFile(path, bytes, where);
  if (r.value === undefined || !r.pos || !r.lineStarts) return undefined;
  return { value: r.value, file: sourceFile(path, r.pos, r.lineStarts) };
}
