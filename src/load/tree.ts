import { isAlias, isMap, isScalar, isSeq, visit, type Document, type Node } from 'yaml';

/**
 * Where every value of a file sits, compactly: record i holds
 * [start, end, keyStart, keyEnd, firstChild, childCount] (offsets in the text, -1 for "no key"),
 * and the children of a collection are consecutive records. Kept instead of the YAML document,
 * which is many times larger.
 */
export interface PosIndex {
  records: Int32Array;
  /** Key of each record inside a mapping (null inside a sequence or at the top). */
  names: (string | null)[];
}

const FIELDS = 6;

export type TreeResult =
  | { ok: true; data: unknown; pos: PosIndex }
  | { ok: false; reason: 'aliases'; offset: number; count: number }
  | { ok: false; reason: 'expansion' }
  | { ok: false; reason: 'cycle'; offset: number }
  | { ok: false; reason: 'anchor'; offset: number; name: string };

/** Budget of values that aliases may copy in, against "billion laughs" documents. */
const EXPANSION_LIMIT = 10_000;

/** Key names repeat across thousands of files; share one string per name. */
const namePool = new Map<string, string>();
export const internName = (s: string) => namePool.get(s) ?? (namePool.set(s, s), s);

/** One walk over the parsed document: the plain data (YAML 1.2 core) plus its position index. */
export function toTree(doc: Document, maxAliases: number): TreeResult {
  let aliases = 0, expanded = 0, overAt = -1;
  // Anchored collections being expanded right now: an alias to one of them refers to itself (`a: &x [*x]`).
  const expanding = new Set<unknown>();
  const rec: number[] = [];
  const names: (string | null)[] = [];
  const reserve = (n: number) => {
    const first = names.length;
    for (let i = 0; i < n; i++) { rec.push(0, 0, -1, -1, 0, 0); names.push(null); }
    return first;
  };
  const walk = (node: unknown, slot: number, inAlias: boolean): unknown => {
    if (inAlias && ++expanded > EXPANSION_LIMIT) throw new ExpansionError();
    const base = slot * FIELDS;
    const range = (node as Node | null)?.range;
    rec[base] = range?.[0] ?? 0;
    rec[base + 1] = range?.[1] ?? range?.[0] ?? 0;
    if (isAlias(node)) {
      if (!inAlias && ++aliases === maxAliases + 1) overAt = range?.[0] ?? 0;
      const target = node.resolve(doc);
      if (!target) throw new MissingAnchorError(range?.[0] ?? 0, node.source);
      if (expanding.has(target)) throw new CycleError(range?.[0] ?? 0);
      const start = rec[base]!, end = rec[base + 1]!;
      expanding.add(target);
      const data = walk(target, slot, true);
      expanding.delete(target);
      rec[base] = start;
      rec[base + 1] = end;
      return data;
    }
    if ((isMap(node) || isSeq(node)) && node.anchor) expanding.add(node);
    if (isMap(node)) {
      const data: Record<string, unknown> = {};
      const first = reserve(node.items.length);
      rec[base + 4] = first;
      rec[base + 5] = node.items.length;
      node.items.forEach((pair, i) => {
        const k = pair.key as Node | null;
        const name = internName(isScalar(k) ? String(k.value ?? '') : keyText(k));
        const child = first + i;
        names[child] = name;
        const keyStart = k?.range?.[0] ?? rec[base]!, keyEnd = k?.range?.[1] ?? keyStart;
        const v = pair.value as Node | null;
        if (v === null || (isScalar(v) && v.value === null && v.range?.[0] === v.range?.[1])) {
          // `due:` with nothing after it: point at the key, not past the end of the line.
          rec[child * FIELDS] = keyStart;
          rec[child * FIELDS + 1] = keyEnd;
          setKey(data, name, v === null ? null : walk(v, child, inAlias));
          rec[child * FIELDS] = keyStart;
          rec[child * FIELDS + 1] = keyEnd;
        } else {
          setKey(data, name, walk(pair.value, child, inAlias));
        }
        rec[child * FIELDS + 2] = keyStart;
        rec[child * FIELDS + 3] = keyEnd;
      });
      expanding.delete(node);
      return data;
    }
    if (isSeq(node)) {
      const first = reserve(node.items.length);
      rec[base + 4] = first;
      rec[base + 5] = node.items.length;
      const data = node.items.map((item, i) => walk(item, first + i, inAlias));
      expanding.delete(node);
      return data;
    }
    return isScalar(node) ? node.value : null;
  };
  try {
    reserve(1);
    const data = walk(doc.contents, 0, false);
    if (aliases > maxAliases) return { ok: false, reason: 'aliases', offset: overAt, count: aliases };
    return { ok: true, data, pos: { records: Int32Array.from(rec), names } };
  } catch (e) {
    if (e instanceof CycleError) return { ok: false, reason: 'cycle', offset: e.offset };
    if (e instanceof MissingAnchorError) return { ok: false, reason: 'anchor', offset: e.offset, name: e.anchor };
    if (!(e instanceof ExpansionError)) throw e;
    const count = countAliases(doc, maxAliases);
    return count.count > maxAliases ? { ok: false, reason: 'aliases', ...count } : { ok: false, reason: 'expansion' };
  }
}

/** A key named `__proto__` must become an own key (so the schema reports it), not replace the prototype. */
function setKey(data: Record<string, unknown>, name: string, value: unknown): void {
  if (name === '__proto__') Object.defineProperty(data, name, { value, enumerable: true, writable: true, configurable: true });
  else data[name] = value;
}

/** Alias nodes as written (not as expanded), and where the first one over the limit is. */
function countAliases(doc: Document, max: number): { count: number; offset: number } {
  let count = 0, offset = 0;
  visit(doc, {
    Alias(_, node) {
      if (++count === max + 1) offset = node.range?.[0] ?? 0;
    },
  });
  return { count, offset };
}

class ExpansionError extends Error {}

class MissingAnchorError extends Error {
  constructor(
    readonly offset: number,
    readonly anchor: string,
  ) {
    super('missing anchor');
  }
}

class CycleError extends Error {
  constructor(readonly offset: number) {
    super('alias cycle');
  }
}

/** A complex key (a list or mapping used as a key) gets a readable name, so "unknown key" can point at it. */
function keyText(k: Node | null): string {
  return k === null ? '' : JSON.stringify(k.toJSON());
}

export interface Found {
  start: number;
  end: number;
  /** The key of the last path step that matched a mapping entry, if any. */
  key?: { start: number; end: number };
}

/** The value at `path`, or the deepest existing ancestor. */
export function findPos(pos: PosIndex, path: readonly (string | number)[]): Found {
  const r = pos.records;
  let slot = 0;
  let key: Found['key'];
  for (const seg of path) {
    const first = r[slot * FIELDS + 4]!, count = r[slot * FIELDS + 5]!;
    let next = -1;
    if (typeof seg === 'number' && count > 0 && pos.names[first] === null) next = seg < count ? first + seg : -1;
    else for (let i = first; i < first + count; i++) if (pos.names[i] === String(seg)) { next = i; break; }
    if (next < 0) break;
    slot = next;
    key = r[slot * FIELDS + 2]! >= 0 ? { start: r[slot * FIELDS + 2]!, end: r[slot * FIELDS + 3]! } : undefined;
  }
  return { start: r[slot * FIELDS]!, end: r[slot * FIELDS + 1]!, ...(key ? { key } : {}) };
}
