import { lstatOrNone } from '../load/stat.js';
import { createFile } from '../write/files.js';
import { join } from 'node:path';
import { sanitizeLines } from '../text/sanitize.js';
import { makeCalendar } from '../model/calendar.js';
import type { Lang } from '../model/diagnostic.js';
import { ID_PATTERN, LISTS, type ListName } from '../model/fields.js';
import { LIST_LABELS } from '../model/item.js';
import { schemaSpec } from '../model/json-schema.js';
import { defaultDue, itemTemplate } from '../scaffold/item.js';
import { messages } from '../i18n/index.js';
import type { ScaffoldMessages } from '../i18n/zh-scaffold.js';
import { nearest } from '../text/nearest.js';
import { visible } from '../text/visible.js';
import { nameFault } from '../model/names.js';
import { ExitError, type Io } from './io.js';
import { today, type GlobalOptions } from './options.js';
import { langAt, zoneRoot } from './zone.js';
import { readConfigFile } from '../load/config-file.js';

export interface NewOptions {
  title?: string;
  owner?: string;
  lead?: string;
}

const ID_RE = new RegExp(ID_PATTERN);
/** Longest id `new` accepts: it is a file name, and a name this long is already hard to type or read. */
export const MAX_ID_LENGTH = 64;

/** Writes lists/<list>/<id>.yaml from the list's template; every check happens before anything is written. */
export async function newCommand(
  io: Io, global: GlobalOptions, list: string, id: string, opts: NewOptions,
): Promise<number> {
  const root = zoneRoot(io, global);
  const file = readConfigFile(root);
  const config = file.config;
  const lang: Lang = langAt(root, global, file);
  const m = messages(lang).scaffold;
  if (!(LISTS as readonly string[]).includes(list)) {
    throw new ExitError(m.badList(list, LISTS, nearest(list, LISTS)), 2);
  }
  if (id.length > MAX_ID_LENGTH) throw new ExitError(m.idTooLong(id.length, MAX_ID_LENGTH), 2);
  if (!ID_RE.test(id)) throw new ExitError(m.badId(id), 2);
  if (!config) throw new ExitError(m.brokenConfig, 1);
  const owner = pickName(opts.owner, config.units, '--owner', m, m.unknownUnit);
  const lead = pickName(opts.lead, config.leaders, '--lead', m, m.unknownLeader);
  if (opts.title !== undefined && opts.title.trim() === '') throw new ExitError(m.emptyText('--title'), 2);
  // The file must pass check as written: a title is compared after NFC and may hold no hidden character.
  const title = opts.title?.trim().normalize('NFC');
  const fault = title === undefined ? undefined : nameFault(title);
  if (fault?.kind === 'hidden') throw new ExitError(m.hiddenChar('--title', visible(title!), visible(fault.char)), 2);
  const path = `lists/${list}/${id}.yaml`;
  // A linked lists/ or list folder would put the item somewhere check never reads.
  for (const folder of ['lists', `lists/${list}`]) if (lstatOrNone(join(root, folder))?.isSymbolicLink()) throw new ExitError(m.symlinkFolder(folder), 1);
  for (const ext of ['yaml', 'yml']) {
    const existing = `lists/${list}/${id}.${ext}`;
    if (lstatOrNone(join(root, existing))) throw new ExitError(m.exists(existing), 2);
  }
  const start = today(io, config.timezone ?? 'Asia/Shanghai');
  const due = defaultDue(start, makeCalendar(config.calendar ?? 'cn', config.holidays, config.workdays));
  const text = itemTemplate({
    list: list as ListName, id, title, owner: owner.name, lead: lead.name,
    ownerDefaulted: owner.defaulted, leadDefaulted: lead.defaulted, start, due,
  });
  try {
    createFile(root, path, text);
  } catch (e) {
    throw new ExitError(m.cannotWrite(path, (e as NodeJS.ErrnoException).code ?? String(e)), 2);
  }
  const label = lang === 'en' ? LIST_LABELS[list as ListName].en : LIST_LABELS[list as ListName].zh;
  io.stdout(sanitizeLines(`${m.newCreated(path, label, start, due)}\n${m.newNext}\n`));
  const schemaFile = `schemas/${schemaSpec(list as ListName).file}`;
  if (!lstatOrNone(join(root, schemaFile))) io.stdout(`${m.noSchemas(schemaFile)}\n`);
  return 0;
}

function pickName(
  given: string | undefined, known: readonly string[], flag: string, m: ScaffoldMessages,
  unknown: (name: string, hint: string | undefined) => string,
): { name: string; defaulted: boolean } {
  if (given === undefined) return { name: known[0]!, defaulted: true };
  if (given.trim() === '') throw new ExitError(m.emptyText(flag), 2);
  given = given.normalize('NFC');
  if (!known.includes(given)) throw new ExitError(unknown(given, nearest(given, known)), 2);
  return { name: given, defaulted: false };
}

/** wuzhong.yaml when it parses and passes its schema; undefined otherwise (check says why). */
