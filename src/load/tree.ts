import { isAlias, isMap, isScalar, isSeq, visit, type Document, type Node } from 'yaml';

/** Where a value sits in the text: offsets of its key (in a mapping), its start and end, and its children. */
export class PosNode {
  key = -1;
  keyEnd = -1;
  /** Keys of a mapping (parallel to `kids`), or null for a sequence. */
  names: string[] | null = null;
  kids: PosNode[] | null = null;
  constructor(
    public start: number,
    public end: number,
  ) {}
}

export type TreeResult = { ok: true; data: unknown; pos: PosNode } | { ok: false; reason: 'aliases'; offset: number; count: number } | { ok: false; reason: 'expansion' };

/** Budget of values that aliases may copy in, against "billion laughs" documents. */
const EXPANSION_LIMIT = 10_000;

/**
 * One walk over the parsed document: the plain data (YAML 1.2 core) plus a compact position tree,
 * so the heavy YAML document can be dropped right after parsing.
 */
export function toTree(doc: Document, maxAliases: number): TreeResult {
  let aliases = 0, expanded = 0, overAt = -1;
  const walk = (node: unknown, inAlias: boolean): { data: unknown; pos: PosNode } => {
    if (inAlias && ++expanded > EXPANSION_LIMIT) throw new ExpansionError();
    if (isAlias(node)) {
      if (!inAlias && ++aliases === maxAliases + 1) overAt = node.range?.[0] ?? 0;
      const target = node.resolve(doc);
      const inner = target ? walk(target, true) : { data: null, pos: new PosNode(0, 0) };
      const pos = new PosNode(node.range?.[0] ?? 0, node.range?.[1] ?? 0);
      pos.names = inner.pos.names;
      pos.kids = inner.pos.kids;
      return { data: inner.data, pos };
    }
    const n = node as Node | null;
    const pos = new PosNode(n?.range?.[0] ?? 0, n?.range?.[1] ?? n?.range?.[0] ?? 0);
    if (isMap(node)) {
      const data: Record<string, unknown> = {};
      pos.names = [];
      pos.kids = [];
      for (const pair of node.items) {
        const k = pair.key as Node | null;
        const name = isScalar(k) ? String(k.value ?? '') : keyText(k);
        const key = k?.range?.[0] ?? pos.start, keyEnd = k?.range?.[1] ?? key;
        const value = pair.value === null ? { data: null, pos: new PosNode(key, keyEnd) } : walk(pair.value, inAlias);
        data[name] = value.data;
        value.pos.key = key;
        value.pos.keyEnd = keyEnd;
        pos.names.push(name);
        pos.kids.push(value.pos);
      }
      return { data, pos };
    }
    if (isSeq(node)) {
      const data: unknown[] = [];
      pos.kids = [];
      for (const item of node.items) {
        const value = walk(item, inAlias);
        data.push(value.data);
        pos.kids.push(value.pos);
      }
      return { data, pos };
    }
    return { data: isScalar(node) ? node.value : null, pos };
  };
  try {
    const { data, pos } = walk(doc.contents, false);
    if (aliases > maxAliases) return { ok: false, reason: 'aliases', offset: overAt, count: aliases };
    return { ok: true, data, pos };
  } catch (e) {
    if (!(e instanceof ExpansionError)) throw e;
    const count = countAliases(doc, maxAliases);
    return count.count > maxAliases ? { ok: false, reason: 'aliases', ...count } : { ok: false, reason: 'expansion' };
  }
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

/** A complex key (a list or mapping used as a key) gets a readable name, so "unknown key" can point at it. */
function keyText(k: Node | null): string {
  return k === null ? '' : JSON.stringify(k.toJSON());
}

/** The node at `path`, or the deepest existing ancestor, and the last step that matched a mapping key. */
export function findPos(root: PosNode, path: readonly (string | number)[]): { node: PosNode; key: PosNode | undefined } {
  let node = root, key: PosNode | undefined;
  for (const seg of path) {
    const i = node.names ? node.names.indexOf(String(seg)) : typeof seg === 'number' ? seg : -1;
    const next = i >= 0 ? node.kids?.[i] : undefined;
    if (!next) break;
    node = next;
    key = next.key >= 0 ? next : undefined;
  }
  return { node, key };
}
