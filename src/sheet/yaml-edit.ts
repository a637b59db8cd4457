// Edits an item file in place: each change is spliced into the text at the node it touches, so comments, key order,
// quoting and every line it does not change stay byte for byte (the document is never re-serialised).
import { isMap, isScalar, isSeq, parseDocument, type Document, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { scalar } from '../scaffold/yaml-text.js';

export type YamlEdit =
  /** Adds month M's update, or changes its text and percent. */
  | { kind: 'update'; month: string; text?: string; percent?: number }
  | { kind: 'milestone'; title: string; done?: string; evidence?: string }
  | { kind: 'problem'; raised: string; text: string };

type Field = [string, string | undefined];
type Ranged = { range?: [number, number, number] };

/** Why a file cannot be edited in place (flow style `[...]`/`{...}` or an alias where a block is needed). */
export class YamlEditError extends Error {
  constructor(readonly where: string) {
    super(`cannot edit ${where} in place`);
  }
}

/** Where a key goes when it is added: after the last of these that the mapping has (else at its end). */
const AFTER: Record<string, readonly string[]> = {
  done: ['title', 'due', 'planned'],
  evidence: ['title', 'due', 'planned', 'done', 'owner'],
  percent: ['month', 'text'],
  text: ['month'],
};

/** The text with the edits applied in order; a UTF-8 BOM and CRLF line ends are kept. */
export function applyYamlEdits(source: string, edits: readonly YamlEdit[]): string {
  const bom = source.startsWith('\uFEFF') ? '\uFEFF' : '';
  let text = source.slice(bom.length);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  for (const edit of edits) text = applyOne(text, edit, eol);
  return bom + text;
}

function parse(text: string): Document {
  return parseDocument(text, { schema: 'core', version: '1.2', keepSourceTokens: false });
}

function applyOne(text: string, edit: YamlEdit, eol: string): string {
  const doc = parse(text);
  const top = doc.contents;
  if (!isMap(top) || top.flow) throw new YamlEditError('the top level');
  if (edit.kind === 'update') {
    const fields: [string, string | undefined][] = [
      ['text', edit.text === undefined ? undefined : scalar(edit.text)],
      ['percent', edit.percent === undefined ? undefined : String(edit.percent)],
    ];
    const seq = blockSeq(top, 'updates');
    const entry = seq?.items.find((m) => isMap(m) && scalarValue(m, 'month') === edit.month);
    if (entry !== undefined) return setKeys(text, blockMap(entry, 'updates'), fields, eol);
    return appendEntry(text, top, 'updates', [['month', edit.month], ...fields], eol);
  }
  if (edit.kind === 'milestone') {
    const seq = blockSeq(top, 'milestones');
    const entry = seq?.items.find((m) => isMap(m) && nfc(scalarValue(m, 'title')) === nfc(edit.title));
    if (entry === undefined) throw new YamlEditError(`milestone ${edit.title}`);
    return setKeys(text, blockMap(entry, 'milestones'), [
      ['done', edit.done],
      ['evidence', edit.evidence === undefined ? undefined : scalar(edit.evidence)],
    ], eol);
  }
  return appendEntry(text, top, 'problems', [['raised', edit.raised], ['text', scalar(edit.text)]], eol);
}

const nfc = (s: string | undefined) => s?.normalize('NFC');

function scalarValue(map: YAMLMap, key: string): string | undefined {
  const v = map.get(key, true);
  return isScalar(v) ? String(v.value) : undefined;
}

/** The block sequence under `key`; undefined when the key is absent or empty (`key:` or `key: []`). */
function blockSeq(top: YAMLMap, key: string): YAMLSeq | undefined {
  const v = top.get(key, true);
  const blank = v === undefined || v === null || (isScalar(v) && v.value === null);
  if (blank || (isSeq(v) && v.flow && v.items.length === 0)) return undefined;
  if (!isSeq(v) || v.flow) throw new YamlEditError(key);
  return v;
}

/** A block mapping entry of a sequence (a flow `{...}` entry cannot take a new line). */
function blockMap(node: unknown, where: string): YAMLMap {
  if (!isMap(node) || node.flow) throw new YamlEditError(where);
  return node;
}

/** Sets each given key of a block mapping: replaces the value when the key is there, else adds a line. */
function setKeys(text: string, map: YAMLMap, fields: readonly [string, string | undefined][], eol: string): string {
  let out = text;
  for (const [key, value] of fields) {
    if (value === undefined) continue;
    // Positions move with each splice: find the mapping again by its start, which an edit below it never moves.
    const current = findMapAt(parse(out), map.range![0]);
    const pair = current.items.find((p) => isScalar(p.key) && p.key.value === key);
    if (pair !== undefined && isScalar(pair.value)) {
      const [start, end] = pair.value.range!;
      const old = out.slice(start, end);
      // A block scalar's range takes its last line end with it: keep one.
      out = out.slice(0, start) + value + (old.endsWith('\n') ? eol : '') + out.slice(end);
    } else if (pair !== undefined) {
      throw new YamlEditError(key);
    } else {
      const after = lastPairOf(current, AFTER[key] ?? []);
      const at = lineEndAfter(out, after.value ? nodeEnd(after.value) : nodeEnd(after.key));
      out = insertLine(out, at, `${' '.repeat(columnOf(out, keyStart(current)))}${key}: ${value}`, eol);
    }
  }
  return out;
}

/** Appends a new mapping to the block sequence under `key`, or adds `key:` with it at the end of the file. */
function appendEntry(text: string, top: YAMLMap, key: string, fields: readonly Field[], eol: string): string {
  const given = fields.filter((f): f is [string, string] => f[1] !== undefined);
  const seq = blockSeq(top, key);
  const lastItem = seq?.items[seq.items.length - 1];
  if (seq !== undefined && lastItem !== undefined) {
    const last = blockMap(lastItem, key);
    const keyCol = columnOf(text, keyStart(last));
    const dashCol = text.lastIndexOf('-', keyStart(last)) - lineStart(text, keyStart(last));
    const lines = entryLines(given, dashCol, keyCol);
    return insertLine(text, lineEndAfter(text, nodeEnd(last)), lines.join(eol), eol);
  }
  const pair = top.items.find((p) => isScalar(p.key) && p.key.value === key) as Pair | undefined;
  const topCol = columnOf(text, keyStart(top));
  const lines = entryLines(given, topCol + 2, topCol + 4);
  if (pair !== undefined) {
    // `key:` or `key: []`: the value gives way to the block below the key.
    const v = pair.value as { range?: [number, number, number] } | null;
    const keyEnd = nodeEnd(pair.key as { range?: [number, number, number] });
    const valueEnd = v?.range ? v.range[1] : keyEnd;
    const head = text.slice(0, keyEnd) + ':';
    const rest = text.slice(valueEnd);
    const colon = text.indexOf(':', keyEnd);
    const afterColon = text.slice(colon + 1, valueEnd).trim();
    if (afterColon !== '' && afterColon !== '[]') throw new YamlEditError(key);
    const restOfLine = rest.slice(0, lineEndAfter(rest, 0));
    const body = rest.slice(restOfLine.length);
    const ending = restOfLine.endsWith('\n') ? restOfLine : `${restOfLine}${eol}`;
    return `${head}${ending}${lines.join(eol)}${eol}${body}`;
  }
  const base = text === '' || text.endsWith('\n') ? text : text + eol;
  return `${base}${' '.repeat(topCol)}${key}:${eol}${lines.join(eol)}${eol}`;
}

function entryLines(fields: readonly [string, string][], dashCol: number, keyCol: number): string[] {
  return fields.map(([k, v], i) => (i === 0 ? `${' '.repeat(dashCol)}-${' '.repeat(Math.max(1, keyCol - dashCol - 1))}` : ' '.repeat(keyCol)) + `${k}: ${v}`);
}

function findMapAt(doc: Document, start: number): YAMLMap {
  let found: YAMLMap | undefined;
  const visit = (node: unknown) => {
    if (found) return;
    if (isMap(node)) {
      if (node.range?.[0] === start) found = node;
      for (const p of node.items) visit(p.value);
    } else if (isSeq(node)) for (const i of node.items) visit(i);
  };
  visit(doc.contents);
  if (found === undefined) throw new YamlEditError('a mapping');
  return found;
}

/** The pair of the last of `keys` the mapping has, else its last pair. */
function lastPairOf(map: YAMLMap, keys: readonly string[]): Pair<Ranged, Ranged | null> {
  let found: Pair | undefined;
  for (const p of map.items) if (isScalar(p.key) && keys.includes(String(p.key.value))) found = p;
  return (found ?? map.items[map.items.length - 1]) as Pair<Ranged, Ranged | null>;
}

function keyStart(map: YAMLMap): number {
  const first = map.items[0]?.key as { range?: [number, number, number] } | undefined;
  return first?.range?.[0] ?? map.range![0];
}

function nodeEnd(node: { range?: [number, number, number] | null } | null | undefined): number {
  return node?.range?.[1] ?? 0;
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function columnOf(text: string, offset: number): number {
  return offset - lineStart(text, offset);
}

/** The offset just after the line that holds `offset - 1` (a value's last character), or the end of the text. */
function lineEndAfter(text: string, offset: number): number {
  if (offset > 0 && text[offset - 1] === '\n') return offset;
  const nl = text.indexOf('\n', offset);
  return nl === -1 ? text.length : nl + 1;
}

function insertLine(text: string, at: number, line: string, eol: string): string {
  const before = text.slice(0, at);
  const sep = before === '' || before.endsWith('\n') ? '' : eol;
  return `${before}${sep}${line}${eol}${text.slice(at)}`;
}
