import { isCollection, isScalar, isSeq, Scalar, visit, type Document, type LineCounter, type Node } from 'yaml';
import { msg, type Message } from '../i18n/index.js';

/** A mistake found by looking at the text, with where it starts. */
export interface Slip {
  message: Message;
  line: number;
  column: number;
}

/** A merge conflict left in the file: `<<<<<<<`, `=======` or `>>>>>>>` at the start of a line. */
export function conflictMarker(text: string): Slip | undefined {
  const m = /^(<{7}|={7}|>{7})(?=[ \t\r\n]|$)/m.exec(text);
  if (!m) return undefined;
  return { message: msg('conflictMarker', m[1]!), line: lineOf(text, m.index), column: 1 };
}

/** The list a deleted `milestones:` (or `updates:` …) line leaves behind, hanging under a `key: value` line. */
export function orphanList(text: string): Slip | undefined {
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  let previous = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^\s*(#|$)/.test(line)) continue;
    const item = /^(\s+)-(?:\s|$)/.exec(line);
    // `key: value` (not `key: |` or `key: >`, whose indented lines are text) cannot hold an indented list.
    if (item && /^[A-Za-z_]\w*:[ \t]+[^\s|>#]/.test(previous)) {
      const key = listKey(lines, i, item[1]!.length);
      return { message: key ? msg('orphanList', key) : msg('orphanListUnknown'), line: i + 1, column: item[1]!.length + 1 };
    }
    previous = line;
  }
  return undefined;
}

/** Which list the items are, from the keys of its first item. */
function listKey(lines: readonly string[], start: number, indent: number): string | undefined {
  const keys = new Set<string>();
  for (let i = start; i < lines.length; i++) {
    const line = lines[i]!;
    if (i > start && (/^\s*-\s/.test(line) || line.search(/\S/) <= indent)) break;
    const k = /^\s*(?:-\s+)?([A-Za-z_]\w*):/.exec(line);
    if (k) keys.add(k[1]!);
  }
  if (keys.has('month')) return 'updates';
  if (keys.has('raised')) return 'problems';
  if (keys.has('from')) return 'postponed';
  if (keys.has('due') || keys.has('title')) return 'milestones';
  return undefined;
}

const CORE_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq', 'binary'].map((t) => `tag:yaml.org,2002:${t}`));

/** YAML features that parse but make no sense in a data file: unknown tags, complex keys, null keys. */
export function oddNodes(doc: Document, text: string, lc: LineCounter): Slip[] {
  const out: Slip[] = [];
  const at = (node: Node | null | undefined, message: Message) => {
    const p = lc.linePos(node?.range?.[0] ?? 0);
    out.push({ message, line: p.line, column: p.col });
  };
  visit(doc, {
    Pair(_, pair) {
      const key = pair.key as Node | null;
      if (isCollection(key)) at(key, msg('complexKey'));
      else if (key === null || (isScalar(key) && key.value === null)) at(key ?? (pair.value as Node | null), msg('nullKey'));
    },
    Node(_, node) {
      if (!node.tag || CORE_TAGS.has(node.tag)) return;
      // The node starts after its tag: point at the `!!` the person wrote.
      const start = node.range?.[0] ?? 0;
      const bang = text.lastIndexOf('!!', start);
      const p = lc.linePos(bang >= 0 && !text.slice(bang, start).includes('\n') ? bang : start);
      out.push({ message: msg('yamlTag', node.tag.replace(/^tag:yaml\.org,2002:/, '!!')), line: p.line, column: p.col });
    },
  });
  return out;
}

/** Keys whose values are free text, where a ` #` inside the text is more likely a slip than a comment. */
const TEXT_KEYS = new Set(['title', 'text', 'reason', 'goal', 'company', 'investor', 'industry', 'note']);
const TEXT_LIST_KEYS = new Set(['measures', 'honors']);

/**
 * A plain text value followed on the same line by ` #text` (no space after #): the part after ` #` was silently
 * dropped.
 */
export function commentsInText(doc: Document, text: string, lc: LineCounter): Slip[] {
  const out: Slip[] = [];
  const check = (key: string, value: unknown) => {
    if (!isScalar(value) || value.type !== Scalar.PLAIN || typeof value.value !== 'string' || !value.range) return;
    const end = value.range[1];
    const lineEnd = text.indexOf('\n', end);
    const rest = text.slice(end, lineEnd < 0 ? text.length : lineEnd).replace(/\r$/, '');
    // `甲 #1号楼` is a slip; `甲  # 备注`, with a space after the #, is how people (and our templates) write a comment.
    const m = /^[ \t]+#(\S.*)$/.exec(rest);
    if (!m) return;
    const p = lc.linePos(end + rest.indexOf('#'));
    out.push({ message: msg('commentInText', key, value.value, m[1]!.trim()), line: p.line, column: p.col });
  };
  visit(doc, {
    Pair(_, pair) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (TEXT_KEYS.has(key)) check(key, pair.value);
      if (TEXT_LIST_KEYS.has(key) && isSeq(pair.value)) for (const item of pair.value.items) check(key, item);
    },
  });
  return out;
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

