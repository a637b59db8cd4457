import type { Messages } from '../i18n/index.js';
import { assessmentDefaults, assessmentFileSchema, configSchema, type AssessmentSettings } from '../model/config.js';
import { isValidMonth } from '../model/dates.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { ID_PATTERN, LISTS, type ListName } from '../model/fields.js';
import { listSchemas, type ItemData } from '../model/item.js';
import type { AssessmentDoc, Item, Zone } from '../model/zone.js';
import { nearest } from '../util/nearest.js';
import { parseFile } from './parse.js';
import { validate } from './validate.js';

/** One file found in the zone repo; `bytes` is absent for symbolic links, which are never read. */
export interface RawFile {
  path: string;
  bytes?: Uint8Array;
  symlink?: boolean;
}

const ID_RE = new RegExp(ID_PATTERN);
const LIST_SET = new Set<string>(LISTS);

type Classified =
  | { kind: 'config' }
  | { kind: 'item'; list: ListName; id: string }
  | { kind: 'assessment'; month: string }
  | { kind: 'ignored' }
  | { kind: 'bad'; message: string };

/** Where a file belongs by its path alone (the `path` rule). */
export function classify(path: string, t: Messages): Classified {
  if (path === 'wuzhong.yaml') return { kind: 'config' };
  const parts = path.split('/');
  if (parts[0] === 'assessments') {
    const name = parts.slice(1).join('/');
    const m = /^(\d{4}-\d{2})\.ya?ml$/.exec(name);
    if (parts.length === 2 && m && isValidMonth(m[1]!)) return { kind: 'assessment', month: m[1]! };
    return /\.ya?ml$/.test(name) ? { kind: 'bad', message: t.badAssessmentName(name) } : { kind: 'ignored' };
  }
  if (parts[0] !== 'lists') return { kind: 'ignored' };
  const base = parts[parts.length - 1]!;
  if (base === '.gitkeep') return { kind: 'ignored' };
  if (parts.length !== 3) return { kind: 'bad', message: t.badPath(path) };
  const list = parts[1]!;
  if (!LIST_SET.has(list)) return { kind: 'bad', message: t.badList(list, nearest(list, LISTS)) };
  const m = /^(.*)\.ya?ml$/.exec(base);
  if (!m) return { kind: 'bad', message: t.badPath(path) };
  if (!ID_RE.test(m[1]!)) return { kind: 'bad', message: t.badId(m[1]!) };
  return { kind: 'item', list: list as ListName, id: m[1]! };
}

const pathError = (file: string, message: string): Diagnostic => ({ file, line: 1, column: 1, severity: 'error', rule: 'path', message });

/** Raw files → the zone model plus every yaml/schema/path finding; pure. Files are read once, in path order. */
export function buildZone(files: readonly RawFile[], t: Messages): Zone {
  const zone: Zone = {
    config: undefined, configFile: undefined, settings: { ...assessmentDefaults }, items: [],
    itemKeys: new Set(), assessments: new Map(), fileCount: 0, diagnostics: [],
  };
  const firstPathOfKey = new Map<string, string>();
  for (const raw of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const where = classify(raw.path, t);
    if (where.kind === 'ignored') continue;
    zone.fileCount++;
    if (where.kind === 'bad') { zone.diagnostics.push(pathError(raw.path, where.message)); continue; }
    if (raw.symlink || !raw.bytes) { zone.diagnostics.push(pathError(raw.path, t.symlink())); continue; }
    if (where.kind === 'item') {
      const key = `${where.list}/${where.id}`;
      const other = firstPathOfKey.get(key);
      if (other) { zone.diagnostics.push(pathError(raw.path, t.sameId(where.id, other))); continue; }
      firstPathOfKey.set(key, raw.path);
      zone.itemKeys.add(key);
    }
    const parsed = parseFile(raw.path, raw.bytes, t);
    zone.diagnostics.push(...parsed.diagnostics);
    if (!parsed.data) continue;
    if (where.kind === 'config') {
      const r = validate(configSchema, parsed.data, parsed.file, t);
      zone.diagnostics.push(...r.diagnostics);
      zone.configFile = parsed.file;
      if (r.value) {
        zone.config = r.value;
        zone.settings = { ...assessmentDefaults, ...(r.value.assessment ?? {}) } as AssessmentSettings;
      }
    } else if (where.kind === 'assessment') {
      const r = validate(assessmentFileSchema, parsed.data, parsed.file, t);
      zone.diagnostics.push(...r.diagnostics);
      if (r.value) zone.assessments.set(where.month, { month: where.month, file: parsed.file, data: r.value } satisfies AssessmentDoc);
    } else {
      const r = validate(listSchemas[where.list], parsed.data, parsed.file, t);
      zone.diagnostics.push(...r.diagnostics);
      if (r.value) {
        const item: Item = { list: where.list, id: where.id, key: `${where.list}/${where.id}`, file: parsed.file, data: r.value as ItemData };
        zone.items.push(item);
      }
    }
  }
  zone.items.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return zone;
}
