import { isMap, LineCounter, parseDocument, type YAMLError } from 'yaml';
import type { Messages } from '../i18n/index.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { SourceFile } from '../model/zone.js';
import { decode } from './decode.js';
import { findPos, toTree, type PosNode } from './tree.js';

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
  const diagnostics = doc.errors.map((e) => fromYamlError(path, e, lc, text, t));
  if (diagnostics.length > 0) return { file: fallbackFile(path), data: undefined, text, diagnostics };
  if (doc.contents === null) return { file: fallbackFile(path), data: undefined, text, diagnostics: [yamlError(path, t.emptyFile())] };
  const tree = toTree(doc, MAX_ALIASES);
  if (!tree.ok) {
    const p = lc.linePos(tree.reason === 'aliases' ? tree.offset : 0);
    const message = tree.reason === 'aliases' ? t.tooManyAliases(tree.count) : t.aliasExpansion();
    return { file: fallbackFile(path), data: undefined, text, diagnostics: [yamlError(path, message, p.line, p.col)] };
  }
  const file = positionedFile(path, tree.pos, lc);
  if (!isMap(doc.contents)) {
    const p = lc.linePos(tree.pos.start);
    return { file, data: undefined, text, diagnostics: [yamlError(path, t.notMapping(), p.line, p.col)] };
  }
  return { file, data: tree.data as Record<string, unknown>, text, diagnostics: [] };
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

function positionedFile(path: string, root: PosNode, lc: LineCounter): SourceFile {
  return {
    path,
    locate(segments, at = 'value') {
      const { node, key } = findPos(root, segments);
      const onKey = at === 'key' && key !== undefined;
      const start = lc.linePos(onKey ? key.key : node.start);
      const end = lc.linePos(onKey ? key.keyEnd : node.end);
      return end.line === start.line && end.col > start.col ? { line: start.line, column: start.col, endColumn: end.col } : { line: start.line, column: start.col };
    },
  };
}
