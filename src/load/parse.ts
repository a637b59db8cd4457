import { isMap, LineCounter, parseDocument, type YAMLError } from 'yaml';
import { msg, type Message } from '../i18n/index.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { finding } from '../model/rule.js';
import type { SourceFile } from '../model/zone.js';
import { decode } from './decode.js';
import { commentInTextRule, yamlRule } from './rules.js';
import { commentsInText, conflictMarker, oddNodes, orphanList } from './slips.js';
import { findPos, toTree, type PosIndex } from './tree.js';

const MAX_ALIASES = 100;

export interface ParsedFile {
  file: SourceFile;
  /** Positions as plain data (for worker threads); absent when the file did not parse. */
  pos?: PosIndex;
  lineStarts?: number[];
  /** The plain data, when the file parsed into a mapping. */
  data: Record<string, unknown> | undefined;
  text: string | undefined;
  diagnostics: Diagnostic[];
}

const yamlError = (path: string, message: Message, line = 1, column = 1): Diagnostic =>
  finding(yamlRule, path, { line, column }, message);

/** Bytes of one data file → YAML 1.2 core data with positions; every problem becomes a `yaml` diagnostic. */
export function parseFile(path: string, bytes: Uint8Array): ParsedFile {
  const decoded = decode(bytes);
  if (!decoded.ok) {
    const diagnostics = [yamlError(path, decoded.message, decoded.line, decoded.column)];
    return { file: fallbackFile(path), data: undefined, text: undefined, diagnostics };
  }
  const text = decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text;
  try {
    return parseText(path, text);
  } catch (e) {
    // Pathological nesting (thousands of `[`) can exhaust the stack inside the parser: still a finding, not a crash.
    if (e instanceof RangeError) return { file: fallbackFile(path), data: undefined, text, diagnostics: [yamlError(path, msg('tooDeep'))] };
    throw e;
  }
}

function parseText(path: string, text: string): ParsedFile {
  const lc = new LineCounter();
  // An explicit core schema wins over any %YAML 1.1 directive, so `yes` stays text and dates stay strings.
  const doc = parseDocument(text, { lineCounter: lc, schema: 'core', version: '1.2', uniqueKeys: true, prettyErrors: false, keepSourceTokens: false });
  const errors = yamlErrors(doc.errors);
  if (errors.length > 0) {
    // A whole-file slip explains every error after it: say it once, where it starts.
    const slip = conflictMarker(text) ?? orphanList(text);
    const diagnostics = slip
      ? [yamlError(path, slip.message, slip.line, slip.column)]
      : errors.map((e) => fromYamlError(path, e, lc, text));
    return { file: fallbackFile(path), data: undefined, text, diagnostics };
  }
  const oddities = oddNodes(doc, text, lc);
  if (oddities.length > 0) {
    const diagnostics = oddities.map((o) => yamlError(path, o.message, o.line, o.column));
    return { file: fallbackFile(path), data: undefined, text, diagnostics };
  }
  if (doc.contents === null) return { file: fallbackFile(path), data: undefined, text, diagnostics: [yamlError(path, msg('emptyFile'))] };
  const tree = toTree(doc, MAX_ALIASES);
  if (!tree.ok) {
    const p = lc.linePos(tree.reason === 'expansion' ? 0 : tree.offset);
    const message =
      tree.reason === 'aliases' ? msg('tooManyAliases', tree.count)
      : tree.reason === 'cycle' ? msg('aliasCycle')
      : tree.reason === 'anchor' ? msg('missingAnchor', tree.name)
      : msg('aliasExpansion');
    return { file: fallbackFile(path), data: undefined, text, diagnostics: [yamlError(path, message, p.line, p.col)] };
  }
  const file = sourceFile(path, tree.pos, lc.lineStarts);
  if (!isMap(doc.contents)) {
    const p = lc.linePos(tree.pos.records[0]!);
    return { file, data: undefined, text, diagnostics: [yamlError(path, msg('notMapping'), p.line, p.col)] };
  }
  const comments = commentsInText(doc, text, lc).map((c) =>
    finding(commentInTextRule, path, { line: c.line, column: c.column }, c.message),
  );
  const data = tree.data as Record<string, unknown>;
  return { file, pos: tree.pos, lineStarts: lc.lineStarts, data, text, diagnostics: comments };
}

/**
 * Duplicate keys and tabs are independent mistakes and all worth listing; after the first other syntax
 * error the parser is guessing, so the rest would only bury the real one.
 */
function yamlErrors(errors: YAMLError[]): YAMLError[] {
  // A tab throws the parser off for the rest of the mapping: what follows (even "duplicate keys") is noise.
  if (errors.some((e) => e.code === 'TAB_AS_INDENT')) return errors.filter((e) => e.code === 'TAB_AS_INDENT');
  const independent = new Set(['DUPLICATE_KEY']);
  const firstOther = errors.find((e) => !independent.has(e.code));
  return errors.filter((e) => independent.has(e.code) || e === firstOther);
}

const errorMessages: Record<string, (e: YAMLError, text: string) => Message> = {
  DUPLICATE_KEY: (e, text) => msg('duplicateKey', keyAt(text, e.pos[0])),
  TAB_AS_INDENT: () => msg('tab'),
  MULTIPLE_DOCS: () => msg('multiDoc'),
};

function fromYamlError(path: string, e: YAMLError, lc: LineCounter, text: string): Diagnostic {
  const slip = e.code === 'DUPLICATE_KEY' || e.code === 'TAB_AS_INDENT' ? undefined : keyboardSlip(text, lc.linePos(e.pos[0]).line);
  if (slip) return yamlError(path, slip.message, slip.line, slip.column);
  const p = lc.linePos(errorOffset(e, text));
  const special = /Maximum call stack/.test(e.message) ? () => msg('tooDeep') : errorMessages[e.code];
  const message = special ? special(e, text) : msg('syntax', syntaxDetail(e));
  return yamlError(path, message, p.line, p.col);
}

/** The yaml library's message (first line), which names the real mistake more often than its code does. */
const messageKinds: [RegExp, string][] = [
  [/^Flow (sequence|map) in block collection must be sufficiently indented and end with a [\]}]/, 'UNCLOSED_FLOW'],
  [/^Sequence item without - indicator/, 'SEQ_WITHOUT_DASH'],
  [/^Nested mappings are not allowed in compact mappings/, 'NESTED_COMPACT'],
  [/^Implicit keys need to be on a single line/, 'MULTILINE_IMPLICIT_KEY'],
  [/^Missing closing ["']quote/, 'MISSING_CHAR'],
];

function syntaxDetail(e: YAMLError): Message {
  const first = e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  const kind = messageKinds.find(([re]) => re.test(first))?.[1] ?? e.code;
  return msg('yamlCode', kind, first);
}

/**
 * The two commonest slips of a Chinese keyboard — a full-width colon, or no space after the colon — confuse
 * the parser into talking about quotes or multi-line keys; look at the line (and the one before) and say what it is.
 */
function keyboardSlip(text: string, line: number): { message: Message; line: number; column: number } | undefined {
  const lines = text.split('\n');
  for (const n of [line, line - 1]) {
    const src = (lines[n - 1] ?? '').replace(/\r$/, '');
    if (/^\s*#/.test(src)) continue;
    const wide = /^(\s*(?:- )?[A-Za-z_][\w]*:)\u3000/.exec(src);
    if (wide) return { message: msg('fullWidthSpace'), line: n, column: wide[1]!.length + 1 };
    const dash = /^(\s*)-[A-Za-z_][\w]*:/.exec(src);
    if (dash) return { message: msg('dashNoSpace'), line: n, column: dash[1]!.length + 1 };
    const full = /^(\s*(?:- )?[A-Za-z_][\w]*)：/.exec(src);
    if (full) return { message: msg('fullWidthColon'), line: n, column: full[1]!.length + 1 };
    const tight = /^(\s*(?:- )?[A-Za-z_][\w]*):(?=[^\s:/])/.exec(src);
    if (tight) return { message: msg('noSpaceAfterColon'), line: n, column: tight[1]!.length + 1 };
  }
  return undefined;
}

/** An unclosed quote or bracket is reported where the text ends; point at the one that opened it instead. */
function errorOffset(e: YAMLError, text: string): number {
  const quote = /^Missing closing (["'])/.exec(e.message)?.[1];
  const bracket = /must be sufficiently indented and end with a ([\]}])/.exec(e.message)?.[1];
  const opener = quote ?? (bracket === ']' ? '[' : bracket === '}' ? '{' : undefined);
  if (!opener) return e.pos[0];
  const open = text.lastIndexOf(opener, e.pos[0] - 1);
  return open >= 0 ? open : e.pos[0];
}

function keyAt(text: string, offset: number): string {
  const rest = text.slice(offset, offset + 200);
  const m = /^("(?:[^"\\]|\\.)*"|'[^']*'|[^:\n]*)/.exec(rest);
  return (m?.[1] ?? '').trim().replace(/^["']|["']$/g, '');
}

function fallbackFile(path: string): SourceFile {
  return { path, locate: () => ({ line: 1, column: 1 }) };
}

/** A file's positions from its index and line starts (both plain data, so they survive a worker hop). */
export function sourceFile(path: string, pos: PosIndex, lineStarts: readonly number[]): SourceFile {
  return {
    path,
    locate(segments, at = 'value') {
      const found = findPos(pos, segments);
      const range = at === 'key' && found.key ? found.key : found;
      const start = linePos(lineStarts, range.start);
      const end = linePos(lineStarts, range.end);
      const here = { line: start.line, column: start.col };
      return end.line === start.line && end.col > start.col ? { ...here, endColumn: end.col } : here;
    },
  };
}

/** 1-based line and column of an offset, by binary search over the line starts (as yaml's LineCounter does). */
function linePos(lineStarts: readonly number[], offset: number): { line: number; col: number } {
  let low = 0, high = lineStarts.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (lineStarts[mid]! < offset) low = mid + 1;
    else high = mid;
  }
  if (lineStarts[low] === offset) return { line: low + 1, col: 1 };
  if (low === 0) return { line: 0, col: offset };
  return { line: low, col: offset - lineStarts[low - 1]! + 1 };
}
