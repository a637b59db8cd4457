import { lstatOrNone } from '../load/stat.js';
import { DEFAULT_TIMEZONE } from '../model/config.js';
import { createFile } from '../write/files.js';
import { join } from 'node:path';
import { sanitizeLines } from '../text/sanitize.js';
import { makeCalendar } from '../model/calendar.js';
import type { Lang } from '../model/diagnostic.js';
import { LISTS, type ListName } from '../model/fields.js';
import { LIST_LABELS } from '../model/item.js';
import { schemaSpec } from '../model/json-schema.js';
import { defaultDue, itemTemplate } from '../scaffold/item.js';
import { messages } from '../i18n/index.js';
import type { ScaffoldMessages } from '../i18n/zh-scaffold.js';
import { visible } from '../text/visible.js';
import { checkNewItem, MAX_ID_LENGTH, type NewItemProblem } from '../scaffold/request.js';
import { ExitError, type Io } from './io.js';
import { today, type GlobalOptions } from './options.js';
import { langAt, zoneRoot } from './zone.js';
import { readConfigFile } from '../load/config-file.js';

export interface NewOptions {
  title?: string;
  owner?: string;
  lead?: string;
}

/** Writes lists/<list>/<id>.yaml from the list's template; every check happens before anything is written. */
export async function newCommand(
  io: Io, global: GlobalOptions, list: string, id: string, opts: NewOptions,
): Promise<number> {
  const root = zoneRoot(io, global);
  const file = readConfigFile(root);
  const lang: Lang = langAt(root, global, file);
  const m = messages(lang).scaffold;
  const asked = checkNewItem(list, id, file.config, opts);
  if ('problem' in asked) throw refusal(m, asked.problem);
  const { title, owner, lead, config } = asked;
  const path = `lists/${list}/${id}.yaml`;
  // A linked lists/ or list folder would put the item somewhere check never reads.
  for (const folder of ['lists', `lists/${list}`]) {
    if (lstatOrNone(join(root, folder))?.isSymbolicLink()) throw new ExitError(m.symlinkFolder(folder), 1);
  }
  for (const ext of ['yaml', 'yml']) {
    const existing = `lists/${list}/${id}.${ext}`;
    if (lstatOrNone(join(root, existing))) throw new ExitError(m.exists(existing), 2);
  }
  const start = today(io, config.timezone ?? DEFAULT_TIMEZONE);
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

/** A request `new` refuses: usage errors exit 2, a broken wuzhong.yaml 1. */
function refusal(m: ScaffoldMessages, p: NewItemProblem): ExitError {
  switch (p.kind) {
    case 'badList': return new ExitError(m.badList(p.list, LISTS, p.near), 2);
    case 'idTooLong': return new ExitError(m.idTooLong(p.length, MAX_ID_LENGTH), 2);
    case 'badId': return new ExitError(m.badId(p.id), 2);
    case 'brokenConfig': return new ExitError(m.brokenConfig, 1);
    case 'emptyText': return new ExitError(m.emptyText(p.flag), 2);
    case 'unknownUnit': return new ExitError(m.unknownUnit(p.name, p.near), 2);
    case 'unknownLeader': return new ExitError(m.unknownLeader(p.name, p.near), 2);
    case 'hiddenChar': return new ExitError(m.hiddenChar(p.flag, visible(p.value), visible(p.char)), 2);
  }
}

/** wuzhong.yaml when it parses and passes its schema; undefined otherwise (check says why). */
