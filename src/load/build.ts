import { msg, type Message } from '../i18n/index.js';
import type { z } from 'zod';
import { assessmentDefaults, assessmentFileSchema, configSchema, type AssessmentFile, type AssessmentSettings, type Config } from '../model/config.js';
import { isValidMonth } from '../model/dates.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { finding, type RuleInfo } from '../model/rule.js';
import { ID_PATTERN, LISTS, type ListName } from '../model/fields.js';
import { listSchemas, type ItemData } from '../model/item.js';
import { classifyCoordination, coordinationSchema, keepCoordination, type CoordinationKind } from './coordination.js';
import type { AssessmentDoc, Item, Zone } from '../model/zone.js';
import { nearest } from '../text/nearest.js';
import { parseFile, sourceFile } from './parse.js';
import { pathRule, yamlRule } from './rules.js';
import type { PosIndex } from './tree.js';
import { validate } from './validate.js';

/** One file found in the zone repo; `bytes` is absent for symbolic links, which are never read. */
export interface RawFile {
  path: string;
  bytes?: Uint8Array;
  symlink?: boolean;
  /** A pipe, socket or device: never read. */
  special?: boolean;
  /** The file or folder exists but could not be read. */
  unreadable?: 'file' | 'dir';
  /** A file outside lists/ that looks like an item (it has title, owner or due): not read, but said. */
  stray?: boolean;
}

/** Names Windows reserves for devices: a file lists/tasks/con.yaml cannot be checked out there. */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/;

const ID_RE = new RegExp(ID_PATTERN);
const LIST_SET = new Set<string>(LISTS);

export type Classified =
  | { kind: 'config' }
  | { kind: 'item'; list: ListName; id: string }
  | { kind: 'assessment'; month: string }
  | CoordinationKind
  | { kind: 'ignored' }
  | { kind: 'bad'; message: Message };

/** Where a file belongs by its path alone (the `path` rule). */
export function classify(path: string): Classified {
  if (path === 'wuzhong.yaml') return { kind: 'config' };
  const parts = path.split('/');
  const coordination = classifyCoordination(parts);
  if (coordination) return coordination;
  if (parts[0] === 'assessments') {
    const name = parts.slice(1).join('/');
    // docs/fields.md: an assessment file is named YYYY-MM.yaml exactly (one file per month, so none can shadow
    // another).
    const m = /^(\d{4}-\d{2})\.yaml$/.exec(name);
    if (parts.length === 2 && m && isValidMonth(m[1]!)) return { kind: 'assessment', month: m[1]! };
    return /\.ya?ml$/i.test(name) ? { kind: 'bad', message: msg('badAssessmentName', name) } : { kind: 'ignored' };
  }
  if (parts[0] !== 'lists') return { kind: 'ignored' };
  const base = parts[parts.length - 1]!;
  if (base === '.gitkeep') return { kind: 'ignored' };
  if (parts.length !== 3) return { kind: 'bad', message: msg('badPath', path) };
  const list = parts[1]!;
  if (!LIST_SET.has(list)) return { kind: 'bad', message: msg('badList', list, LISTS.join(','), nearest(list, LISTS)) };
  const m = /^(.*)\.ya?ml$/.exec(base);
  if (!m) return { kind: 'bad', message: msg('badPath', path) };
  if (!ID_RE.test(m[1]!)) return { kind: 'bad', message: msg('badId', m[1]!) };
  if (WINDOWS_RESERVED.test(m[1]!)) return { kind: 'bad', message: msg('reservedId', m[1]!) };
  return { kind: 'item', list: list as ListName, id: m[1]! };
}

const fileError = (rule: RuleInfo, file: string, message: Message): Diagnostic =>
  finding(rule, file, { line: 1, column: 1 }, message);
const pathError = (file: string, message: Message): Diagnostic => fileError(pathRule, file, message);

/** What one data file yields on its own, as plain data so that a worker thread can compute it. */
export interface FileResult {
  path: string;
  diagnostics: Diagnostic[];
  /** The schema-valid data, if the file is valid. */
  value?: unknown;
  pos?: PosIndex;
  lineStarts?: number[];
}

type DataKind = Extract<Classified, { kind: 'config' | 'assessment' | 'item' | CoordinationKind['kind'] }>;

const schemaOf = (where: DataKind) =>
  where.kind === 'config' ? configSchema : where.kind === 'assessment' ? assessmentFileSchema
    : where.kind === 'item' ? listSchemas[where.list] : coordinationSchema(where);

/** Parse and validate one file; pure and independent of every other file. */
export function processFile(path: string, bytes: Uint8Array, where: DataKind): FileResult {
  const parsed = parseFile(path, bytes);
  if (!parsed.data) return { path, diagnostics: parsed.diagnostics };
  const r = validate(schemaOf(where) as z.ZodType, parsed.data, parsed.file);
  return {
    path, diagnostics: [...parsed.diagnostics, ...r.diagnostics], value: r.value, pos: parsed.pos,
    lineStarts: parsed.lineStarts,
  };
}

/**
 * Raw files → the zone model plus every yaml/schema/path finding; pure. Files are taken in path order;
 * `done` may hold results already computed elsewhere (a worker thread), which are used as they are.
 */
export function buildZone(files: readonly RawFile[], done?: ReadonlyMap<string, FileResult>): Zone {
  const zone: Zone = {
    config: undefined, configFile: undefined, settings: { ...assessmentDefaults }, items: [],
    itemKeys: new Set(), assessments: new Map(), fileCount: 0, diagnostics: [],
  };
  const firstPathOfKey = new Map<string, string>();
  for (const raw of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    if (raw.unreadable === 'dir') {
      zone.diagnostics.push(pathError(raw.path, msg('unreadableDir')));
      continue;
    }
    if (raw.stray) { zone.diagnostics.push(pathError(raw.path, strayMessage(raw.path))); continue; }
    if (raw.symlink && /^lists(\/[^/]+)?$/.test(raw.path)) { zone.diagnostics.push(pathError(raw.path, msg('symlinkFolder', raw.path))); continue; }
    const where = classify(raw.path);
    if (where.kind === 'ignored') continue;
    zone.fileCount++;
    if (raw.unreadable) { zone.diagnostics.push(fileError(yamlRule, raw.path, msg('unreadable'))); continue; }
    if (raw.special) { zone.diagnostics.push(pathError(raw.path, msg('notRegular'))); continue; }
    if (where.kind === 'bad') { zone.diagnostics.push(pathError(raw.path, where.message)); continue; }
    if (raw.symlink || !raw.bytes) { zone.diagnostics.push(pathError(raw.path, msg('symlink'))); continue; }
    if (where.kind === 'item') {
      const key = `${where.list}/${where.id}`;
      const other = firstPathOfKey.get(key);
      if (other) { zone.diagnostics.push(pathError(raw.path, msg('sameId', where.id, other))); continue; }
      firstPathOfKey.set(key, raw.path);
      zone.itemKeys.add(key);
    }
    if (where.kind === 'meeting') (zone.meetingIds ??= new Set()).add(where.id);
    const r = done?.get(raw.path) ?? processFile(raw.path, raw.bytes, where);
    zone.diagnostics.push(...r.diagnostics);
    if (r.pos && r.lineStarts && where.kind === 'config') zone.configFile = sourceFile(raw.path, r.pos, r.lineStarts);
    if (r.value === undefined || !r.pos || !r.lineStarts) continue;
    const file = sourceFile(raw.path, r.pos, r.lineStarts);
    if (where.kind === 'config') {
      zone.config = r.value as Config;
      const { approvers: _approvers, ...numbers } = zone.config.assessment ?? {};
      zone.settings = { ...assessmentDefaults, ...numbers } as AssessmentSettings;
    } else if (where.kind === 'assessment') {
      const doc = { month: where.month, file, data: r.value as AssessmentFile } satisfies AssessmentDoc;
      zone.assessments.set(where.month, doc);
    } else if (where.kind !== 'item') {
      keepCoordination(zone, where, file, r.value);
    } else {
      zone.items.push({ list: where.list, id: where.id, key: `${where.list}/${where.id}`, file, data: r.value as ItemData } satisfies Item);
    }
  }
  zone.items.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  zone.diagnostics = zone.diagnostics.map((d) => withNameHint(d, zone.config));
  return zone;
}

/**
 * Where a stray item file belongs: the list named in its folders (`tasks/x.yaml` → lists/tasks/x.yaml), else any
 * list.
 */
function strayMessage(path: string): Message {
  const parts = path.split('/');
  const file = parts.pop()!.replace(/\.yml$/i, '.yaml');
  const list = parts.map((p) => (LIST_SET.has(p) ? p : nearest(p, LISTS))).find((p) => p !== undefined) ?? '';
  return msg('strayItem', path, list, file);
}

/**
 * “Quote it” is advice only where a unit or leader really has that text (`true`, `123`, `null`); else the plain
 * hint.
 */
function withNameHint(d: Diagnostic, config: Config | undefined): Diagnostic {
  const hint = d.messageId === 'wrongType' ? d.data[3] : undefined;
  if (typeof hint !== 'object' || hint === null || hint.id !== 'quoteNameHint') return d;
  const text = String(hint.data[0]);
  const names = new Set<string>([...(config?.units ?? []), ...(config?.leaders ?? [])]);
  if (names.has(text)) return d;
  return { ...d, data: [d.data[0], d.data[1], d.data[2], text === 'null' ? msg('nullHint') : undefined] };
}
