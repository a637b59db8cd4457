import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node, type YAMLError } from 'yaml';
import type { Messages } from '../i18n/index.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { PathSegment, Pos, SourceFile } from '../model/zone.js';
import { decode } from './decode.js';

export const MAX_ALIASES = 100;

export interface ParsedFile {
  file: SourceFile;
  /** The plain data, when the file parsed into a mapping. */
  data: Record<string, unknown> | undefined;
  text: string | undefined;
  diagnostics: Diagnostic[];
}

const yamlError = (path: string, message: string, line = 1, column = 1): Diagnostic => ({
  file: path, line, column, severity: 'error', rule: 'yaml', message,
});

/** Bytes of one data file → YAML 1.2 core data with positions; every problem becomes a `yaml` diagnostic. */
export function parseFile(path: string, bytes: Uint8Array, t: Messages): ParsedFile {
  const decoded = decode(bytes, t);
  if (!decoded.ok) {
    return { file: fallbackFile(path), data: undefined, text: undefined, diagnostics: [yamlError(path, decoded.message, decoded.line, decoded.column)] };
  }
  const text = decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text;
  const lc = new LineCounter();
  // An explicit core schema wins over any %YAML 1.1 directive, so `yes` stays text and dates stay strings.
  const doc = parseDocument(text, { lineCounter: lc, schema: 'core', version: '1.2', uniqueKeys: true, prettyErrors: false, keepSourceTokens: false });
  const file = yamlFile(path, doc, lc);
  const diagnostics = doc.errors.map((e) => fromYamlError(path, e, lc, text, t));
  if (diagnostics.length > 0) return { file, data: undefined, text, diagnostics };
  if (doc.contents === null) return { file, data: undefined, text, diagnostics: [yamlError(path, t.emptyFile())] };
  if (!isMap(doc.contents)) {
    const p = lc.linePos(doc.contents.range?.[0] ?? 0);
    return { file, data: undefined, text, diagnostics: [yamlError(path, t.notMapping(), p.line, p.col)] };
  }
  const aliases = countAliases(doc);
  if (aliases.count > MAX_ALIASES) {
    const p = lc.linePos(aliases.firstOver);
    return { file, data: undefined, text, diagnostics: [yamlError(path, t.tooManyAliases(aliases.count), p.line, p.col)] };
  }
  try {
    return { file, data: doc.toJS({ maxAliasCount: MAX_ALIASES }) as Record<string, unknown>, text, diagnostics: [] };
  } catch {
    return { file, data: undefined, text, diagnostics: [yamlError(path, t.aliasExpansion())] };
  }
}

function countAliases(doc: Document): { count: number; firstOver: number } {
  let count = 0, firstOver = 0;
  visit(doc, {
    Alias(_, node) {
      count++;
      if (count === MAX_ALIASES + 1) firstOver = node.range?.[0] ?? 0;
    },
  });
  return { count, firstOver };
}

const errorMessages: Record<string, (t: Messages, e: YAMLError, text: string) => string> = {
  DUPLICATE_KEY: (t, e, text) => t.duplicateKey(keyAt(text, e.pos[0])),
  TAB_AS_INDENT: (t) => t.tab(),
  MULTIPLE_DOCS: (t) => t.multiDoc(),
};

function fromYamlError(path: string, e: YAMLError, lc: LineCounter, text: string, t: Messages): Diagnostic {
  const p = lc.linePos(errorOffset(e, text));
  const special = errorMessages[e.code];
  const message = special ? special(t, e, text) : t.syntax(syntaxDetail(e, t));
  return yamlError(path, message, p.line, p.col);
}

function syntaxDetail(e: YAMLError, t: Messages): string {
  return t.yamlCodes[e.code] ?? e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

/** An unclosed quote is reported where the text ends; point at the quote that opened it instead. */
function errorOffset(e: YAMLError, text: string): number {
  const quote = /^Missing closing (["'])/.exec(e.message)?.[1];
  if (e.code !== 'MISSING_CHAR' || !quote) return e.pos[0];
  const open = text.lastIndexOf(quote, e.pos[0] - 1);
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

function yamlFile(path: string, doc: Document, lc: LineCounter): SourceFile {
  return {
    path,
    locate(segments, at = 'value') {
      return locateNode(doc, lc, segments, at);
    },
  };
}

function locateNode(doc: Document, lc: LineCounter, segments: readonly PathSegment[], at: 'key' | 'value'): Pos {
  let node: unknown = doc.contents;
  let keyNode: unknown;
  for (const seg of segments) {
    if (isAlias(node)) node = node.resolve(doc);
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) break;
      keyNode = pair.key;
      node = pair.value ?? pair.key;
    } else if (isSeq(node) && typeof seg === 'number' && node.items[seg] !== undefined) {
      keyNode = undefined;
      node = node.items[seg];
    } else break;
  }
  const target = (at === 'key' && keyNode ? keyNode : node) as Node | null | undefined;
  const range = target?.range;
  if (!range) return { line: 1, column: 1 };
  const start = lc.linePos(range[0]);
  const end = lc.linePos(range[1]);
  return end.line === start.line && end.col > start.col
    ? { line: start.line, column: start.col, endColumn: end.col }
    : { line: start.line, column: start.col };
}
