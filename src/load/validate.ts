import type { z } from 'zod';
import { msg, type Message } from '../i18n/index.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { finding } from '../model/rule.js';
import type { PathSegment, SourceFile } from '../model/zone.js';
import { padDate } from '../model/dates.js';
import { nameFault } from '../model/names.js';
import { visible } from '../text/visible.js';
import { nearest } from '../text/nearest.js';
import { schemaRule } from './rules.js';

type Issue = z.core.$ZodIssue;

/** Validate with zod; each issue becomes one `schema` diagnostic positioned on its key or value. */
export function validate<T>(
  schema: z.ZodType<T>, data: unknown, file: SourceFile,
): { value?: T; diagnostics: Diagnostic[] } {
  const result = schema.safeParse(data);
  if (result.success) return { value: result.data, diagnostics: [] };
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const issue of result.error.issues) {
    for (const d of issueDiagnostics(issue, schema, data, file)) {
      const id = `${d.line}:${d.column}:${d.messageId}:${JSON.stringify(d.data)}`;
      if (seen.has(id)) continue;
      seen.add(id);
      diagnostics.push(d);
    }
  }
  return { diagnostics };
}

function issueDiagnostics(issue: Issue, schema: z.ZodType, data: unknown, file: SourceFile): Diagnostic[] {
  const path = issue.path.filter((p): p is PathSegment => typeof p !== 'symbol');
  const at = (segments: readonly PathSegment[], where: 'key' | 'value', message: Message): Diagnostic =>
    finding(schemaRule, file.path, file.locate(segments, where), message);
  const key = keyName(path);
  const value = getAt(data, path);
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((k) => at([...path, k], 'key', msg('unknownKey', k, nearest(k, knownKeys(schema, path)))));
    case 'invalid_type': {
      if (value === undefined) {
        // A missing top-level key has no better place than the start of the file (docs/rules/).
        if (path.length === 1) return [finding(schemaRule, file.path, { line: 1, column: 1 }, msg('missingKey', key))];
        return [at(path, 'value', msg('missingKey', key))];
      }
      if (issue.expected === 'int') return [at(path, 'value', msg('notInteger', key))];
      const field = path.filter((p): p is string => typeof p === 'string').pop() ?? '';
      const expected = dateKind(issue, field) ?? issue.expected;
      return [at(path, 'value', msg('wrongType', key, msg('typeName', expected), msg('typeName', typeOf(value)), typeHint(expected, value, field, path)))];
    }
    case 'invalid_value':
      // A missing enum field is missing like any other key, not the value "undefined".
      if (value === undefined) return path.length === 1 ? [finding(schemaRule, file.path, { line: 1, column: 1 }, msg('missingKey', key))] : [at(path, 'value', msg('missingKey', key))];
      return [at(path, 'value', msg('badEnum', key, String(value), issue.values.map(String).join(' / ')))];
    case 'too_small': {
      if (issue.origin === 'array') return [at(path, 'value', msg('minItems', key, Number(issue.minimum)))];
      const n = Number(issue.minimum);
      return [at(path, 'value', msg('tooSmall', key, issue.inclusive ? msg('gte', n) : msg('gt', n)))];
    }
    case 'too_big': {
      const n = Number(issue.maximum);
      return [at(path, 'value', msg('tooBig', key, issue.inclusive ? msg('lte', n) : msg('lt', n)))];
    }
    case 'invalid_union':
      // The one union is `claimed`: true or a date.
      return [at(path, 'value', msg('claimedValue', key))];
    case 'custom':
      if (issue.message === 'lookalike') {
        const list = path[path.length - 2] === undefined ? key : String(path[path.length - 2]);
        return [at(path, 'value', msg('lookalike', list, visible(String(value)), visible(String(issue.params?.like))))];
      }
      return [at(path, 'value', customMessage(issue.message, key, value, path))];
    default:
      return [at(path, 'value', customMessage(issue.message, key, value, path))];
  }
}

function customMessage(code: string, key: Key, value: unknown, path: readonly PathSegment[]): Message {
  if (code === 'date' && path[path.length - 1] === 'claimed') return msg('claimedValue', key, typeHint('boolean', value));
  if (code === 'date') {
    const padded = padDate(String(value));
    return msg('badDate', key, String(value), padded === undefined ? undefined : msg('didYouMean', padded));
  }
  if (code === 'month') return msg('badMonth', key, String(value));
  if (code === 'empty') return msg('emptyText', key);
  if (code === 'link') return msg('badLink', String(value));
  if (code === 'meeting') return msg('badMeetingRef', String(value));
  if (code === 'notice') return msg('badNoticeRef', String(value));
  if (code === 'noticePattern') return msg('badNoticePattern');
  if (code === 'timezone') return msg('badTimezone', String(value));
  if (code === 'thresholds') return msg('thresholds');
  if (code === 'both') return msg('holidayAndWorkday', String(value));
  if (code === 'docNumber') return msg('docNumberPattern', String(value));
  if (code === 'duplicate') return msg('duplicateName', path[path.length - 2] === undefined ? key : String(path[path.length - 2]), visible(String(value)));
  if (code === 'name') return nameMessage(key, String(value));
  return msg('invalidValue', key);
}

/** A name or title that is not clean, with its hidden characters written out (`\u200b`). */
function nameMessage(key: Key, value: string): Message {
  const fault = nameFault(value);
  if (fault?.kind === 'hidden') return msg('hiddenChar', key, visible(value), visible(fault.char));
  if (fault?.kind === 'empty') return msg('emptyText', key);
  return msg('paddedName', key, visible(value));
}

/** The usual reasons a hand-typed value has the wrong type, said in a few words. */
function typeHint(expected: string, value: unknown, field = '', path: readonly PathSegment[] = []): Message | undefined {
  // A name field given null/true/123: the loader keeps this hint only if a unit or leader has that text.
  if (expected === 'string' && NAME_FIELDS.has(nameField(field, path)) && (value === null || typeof value === 'boolean' || typeof value === 'number')) {
    return msg('quoteNameHint', String(value));
  }
  if (value === null) return msg('nullHint');
  if (typeof value !== 'string') return undefined;
  if (expected === 'boolean' && /^(yes|no|on|off|y|n)$/i.test(value)) return msg('yesNoHint', value);
  if (expected === 'number' && /^-?\d+(\.\d+)?\s*[%％]$/.test(value.trim())) return msg('percentHint', value.trim().replace(/\s*[%％]$/, ''));
  if (expected === 'number') return unitHint(field, value);
  return undefined;
}

/** Fields that hold a unit's or a leader's name (a list entry is named by its list's key). */
const NAME_FIELDS = new Set(['owner', 'lead', 'partners', 'approved', 'approvers', 'units', 'leaders']);
const nameField = (field: string, path: readonly PathSegment[]) => (typeof path[path.length - 1] === 'number' ? String(path[path.length - 2] ?? '') : field);

/** Amounts in 万元; `15亿元` and `3000万元` are the same number written with units. */
const MONEY_FIELDS = new Set(['investment', 'annual_plan', 'annual_done', 'amount', 'funds_in_place']);
const IN_WAN: Record<string, number> = { 亿元: 10000, 亿: 10000, 万元: 1, 万: 1, 元: 0.0001 };

function unitHint(field: string, value: string): Message | undefined {
  const m = /^([0-9]+(?:\.[0-9]+)?)\s*(亿元|亿|万元|万|元|亩)$/.exec(value.trim().replace(/,/g, ''));
  if (!m) return undefined;
  const [, number, unit] = m as unknown as [string, string, string];
  if (field === 'land') return unit === '亩' ? msg('landHint', number) : undefined;
  if (!MONEY_FIELDS.has(field) || unit === '亩') return undefined;
  // Decimal arithmetic on the digits, so 2.5亿 is exactly 25000, not 24999.999….
  return msg('moneyHint', scaleDecimal(number, IN_WAN[unit]!));
}

function scaleDecimal(number: string, factor: number): string {
  const [int = '0', frac = ''] = number.split('.');
  const shift = Math.round(Math.log10(factor));
  const digits = (int + frac).replace(/^0+(?=\d)/, '');
  const point = int.length + shift;
  const whole = point <= 0 ? '0' : (digits + '0'.repeat(Math.max(0, point - digits.length))).slice(0, point);
  const rest = point <= 0 ? '0'.repeat(-point) + digits : digits.slice(point);
  const trimmed = rest.replace(/0+$/, '');
  return (whole.replace(/^0+(?=\d)/, '') || '0') + (trimmed ? `.${trimmed}` : '');
}

/** Date and month fields are strings in zod; say "date" to the user instead of "text". */
function dateKind(issue: Issue, key: string): string | undefined {
  if (issue.code !== 'invalid_type' || issue.expected !== 'string') return undefined;
  if (key === 'month') return 'month';
  return ['start', 'due', 'done', 'closed', 'raised', 'resolved', 'from', 'holidays', 'workdays', 'planned', 'date'].includes(key) ? 'date' : undefined;
}

/** The key a person would look for: `due`, or `tags 第 3 项` for one entry of a list. */
type Key = string | Message;

function keyName(path: readonly PathSegment[]): Key {
  const last = path[path.length - 1];
  for (let i = path.length - 1; i >= 0; i--) {
    if (typeof path[i] === 'string') return typeof last === 'number' && i === path.length - 2 ? msg('listItem', path[i] as string, last + 1) : (path[i] as string);
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
    type Def = { type?: string; shape?: Record<string, unknown>; element?: unknown };
    const def = (node as { _zod?: { def?: Def } })._zod?.def;
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
