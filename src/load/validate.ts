import type { z } from 'zod';
import type { Messages } from '../i18n/index.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { PathSegment, SourceFile } from '../model/zone.js';
import { isValidDate } from '../model/dates.js';
import { nameFault } from '../model/names.js';
import { visible } from '../text/visible.js';
import { nearest } from '../text/nearest.js';

type Issue = z.core.$ZodIssue;

/** Validate with zod; each issue becomes one `schema` diagnostic positioned on its key or value. */
export function validate<T>(schema: z.ZodType<T>, data: unknown, file: SourceFile, t: Messages): { value?: T; diagnostics: Diagnostic[] } {
  const result = schema.safeParse(data);
  if (result.success) return { value: result.data, diagnostics: [] };
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const issue of result.error.issues) {
    for (const d of issueDiagnostics(issue, schema, data, file, t)) {
      const id = `${d.line}:${d.column}:${d.message}`;
      if (seen.has(id)) continue;
      seen.add(id);
      diagnostics.push(d);
    }
  }
  return { diagnostics };
}

function issueDiagnostics(issue: Issue, schema: z.ZodType, data: unknown, file: SourceFile, t: Messages): Diagnostic[] {
  const path = issue.path.filter((p): p is PathSegment => typeof p !== 'symbol');
  const at = (segments: readonly PathSegment[], where: 'key' | 'value', message: string): Diagnostic => ({
    file: file.path, ...file.locate(segments, where), severity: 'error', rule: 'schema', message,
  });
  const key = keyName(path, t);
  const value = getAt(data, path);
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((k) => at([...path, k], 'key', t.unknownKey(k, nearest(k, knownKeys(schema, path)))));
    case 'invalid_type': {
      if (value === undefined) {
        // A missing top-level key has no better place than the start of the file (docs/rules/).
        if (path.length === 1) return [{ file: file.path, line: 1, column: 1, severity: 'error', rule: 'schema', message: t.missingKey(key) }];
        return [at(path, 'value', t.missingKey(key))];
      }
      if (issue.expected === 'int') return [at(path, 'value', t.notInteger(key))];
      const field = path.filter((p): p is string => typeof p === 'string').pop() ?? '';
      const expected = dateKind(issue, field) ?? issue.expected;
      const message = t.wrongType(key, t.typeNames[expected] ?? expected, t.typeNames[typeOf(value)] ?? typeOf(value));
      return [at(path, 'value', message + typeHint(expected, value, t))];
    }
    case 'invalid_value':
      return [at(path, 'value', t.badEnum(key, String(value), issue.values.map(String).join(' / ')))];
    case 'too_small': {
      if (issue.origin === 'array') return [at(path, 'value', t.minItems(key, Number(issue.minimum)))];
      const n = Number(issue.minimum);
      return [at(path, 'value', t.tooSmall(key, issue.inclusive ? t.gte(n) : t.gt(n)))];
    }
    case 'too_big': {
      const n = Number(issue.maximum);
      return [at(path, 'value', t.tooBig(key, issue.inclusive ? t.lte(n) : t.lt(n)))];
    }
    case 'invalid_union':
      // The one union is `claimed`: true or a date.
      return [at(path, 'value', t.claimedValue(key))];
    case 'custom':
      if (issue.message === 'lookalike') return [at(path, 'value', t.lookalike(String(path[path.length - 2] ?? key), visible(String(value)), visible(String(issue.params?.like))))];
      return [at(path, 'value', customMessage(issue.message, key, value, t, path))];
    default:
      return [at(path, 'value', customMessage(issue.message, key, value, t, path))];
  }
}

function customMessage(code: string, key: string, value: unknown, t: Messages, path: readonly PathSegment[]): string {
  if (code === 'date' && path[path.length - 1] === 'claimed') return t.claimedValue(key) + typeHint('boolean', value, t);
  if (code === 'date') return t.badDate(key, String(value)) + (padDate(String(value)) ? t.didYouMean(padDate(String(value))!) : '');
  if (code === 'month') return t.badMonth(key, String(value));
  if (code === 'empty') return t.emptyText(key);
  if (code === 'link') return t.badLink(String(value));
  if (code === 'timezone') return t.badTimezone(String(value));
  if (code === 'thresholds') return t.thresholds();
  if (code === 'both') return t.holidayAndWorkday(String(value));
  if (code === 'duplicate') return t.duplicateName(String(path[path.length - 2] ?? key), visible(String(value)));
  if (code === 'name') return nameMessage(key, String(value), t);
  return t.invalidValue(key);
}

/** A name or title that is not clean, with its hidden characters written out (`\u200b`). */
function nameMessage(key: string, value: string, t: Messages): string {
  const fault = nameFault(value);
  if (fault?.kind === 'hidden') return t.hiddenChar(key, visible(value), visible(fault.char));
  if (fault?.kind === 'empty') return t.emptyText(key);
  return t.paddedName(key, visible(value));
}

/** The usual reasons a hand-typed value has the wrong type, said in a few words. */
function typeHint(expected: string, value: unknown, t: Messages): string {
  if (value === null) return t.nullHint();
  if (typeof value !== 'string') return '';
  if (expected === 'boolean' && /^(yes|no|on|off|y|n)$/i.test(value)) return t.yesNoHint(value);
  if (expected === 'number' && /^-?\d+(\.\d+)?\s*[%％]$/.test(value.trim())) return t.percentHint(value.trim().replace(/\s*[%％]$/, ''));
  return '';
}

/** `2026-9-3` → `2026-09-03`, when padding gives a real date. */
function padDate(value: string): string | undefined {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  if (!m) return undefined;
  const padded = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  return padded !== value && isValidDate(padded) ? padded : undefined;
}

/** Date and month fields are strings in zod; say "date" to the user instead of "text". */
function dateKind(issue: Issue, key: string): string | undefined {
  if (issue.code !== 'invalid_type' || issue.expected !== 'string') return undefined;
  if (key === 'month') return 'month';
  return ['start', 'due', 'done', 'closed', 'raised', 'resolved', 'from', 'holidays', 'workdays', 'planned', 'date'].includes(key) ? 'date' : undefined;
}

/** The key a person would look for: `due`, or `tags 第 3 项` for one entry of a list. */
function keyName(path: readonly PathSegment[], t: Messages): string {
  const last = path[path.length - 1];
  for (let i = path.length - 1; i >= 0; i--) {
    if (typeof path[i] === 'string') return typeof last === 'number' && i === path.length - 2 ? t.listItem(path[i] as string, last + 1) : (path[i] as string);
  }
  return '';
}

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (typeof v === 'number' && !Number.isFinite(v)) return 'infinite';
  if (v instanceof Uint8Array) return 'binary';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

function getAt(data: unknown, path: readonly PathSegment[]): unknown {
  let cur = data;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[seg];
  }
  return cur;
}

/** The keys the schema allows at this path, for did-you-mean hints. */
function knownKeys(schema: z.ZodType, path: readonly PathSegment[]): string[] {
  let node: unknown = schema;
  for (const seg of [...path, null]) {
    node = unwrap(node);
    const def = (node as { _zod?: { def?: { type?: string; shape?: Record<string, unknown>; element?: unknown } } })._zod?.def;
    if (!def) return [];
    if (seg === null) return def.shape ? Object.keys(def.shape) : [];
    if (def.type === 'object' && typeof seg === 'string') node = def.shape?.[seg];
    else if (def.type === 'array') node = def.element;
    else return [];
  }
  return [];
}

function unwrap(node: unknown): unknown {
  let cur = node as { _zod?: { def?: { type?: string; innerType?: unknown } } } | undefined;
  while (cur?._zod?.def && ['optional', 'default', 'nullable'].includes(cur._zod.def.type ?? '')) {
    cur = cur._zod.def.innerType as typeof cur;
  }
  return cur;
}
