import type { Config } from '../model/config.js';
import { ID_PATTERN, LISTS, type ListName } from '../model/fields.js';
import { nameFault } from '../model/names.js';
import { nearest } from '../text/nearest.js';

const ID_RE = new RegExp(ID_PATTERN);
/** Longest id `new` accepts: it is a file name, and a name this long is already hard to type or read. */
export const MAX_ID_LENGTH = 64;

/** Why `new` refuses what it was asked for, in the order it checks. */
export type NewItemProblem =
  | { kind: 'badList'; list: string; near: string | undefined }
  | { kind: 'idTooLong'; length: number }
  | { kind: 'badId'; id: string }
  | { kind: 'brokenConfig' }
  | { kind: 'emptyText'; flag: string }
  | { kind: 'unknownUnit'; name: string; near: string | undefined }
  | { kind: 'unknownLeader'; name: string; near: string | undefined }
  | { kind: 'hiddenChar'; flag: string; value: string; char: string };

/** What `new` was asked for, checked; the item's file is not looked at (that is the command's). */
export interface NewItemRequest {
  list: ListName;
  id: string;
  title: string | undefined;
  owner: { name: string; defaulted: boolean };
  lead: { name: string; defaulted: boolean };
  /** wuzhong.yaml, which passed. */
  config: Config;
}

/**
 * `wuzhong new LIST ID [--title] [--owner] [--lead]`: the list and id, then the names against wuzhong.yaml (`config`,
 * undefined when it does not pass). The file must pass check as written: a title is compared after NFC and may hold
 * no hidden character. Pure.
 */
export function checkNewItem(
  list: string, id: string, config: Config | undefined, opts: { title?: string; owner?: string; lead?: string },
): NewItemRequest | { problem: NewItemProblem } {
  if (!(LISTS as readonly string[]).includes(list)) {
    return { problem: { kind: 'badList', list, near: nearest(list, LISTS) } };
  }
  if (id.length > MAX_ID_LENGTH) return { problem: { kind: 'idTooLong', length: id.length } };
  if (!ID_RE.test(id)) return { problem: { kind: 'badId', id } };
  if (!config) return { problem: { kind: 'brokenConfig' } };
  const owner = pickName(opts.owner, config.units, '--owner', 'unknownUnit');
  if ('problem' in owner) return owner;
  const lead = pickName(opts.lead, config.leaders, '--lead', 'unknownLeader');
  if ('problem' in lead) return lead;
  if (opts.title !== undefined && opts.title.trim() === '') return { problem: { kind: 'emptyText', flag: '--title' } };
  const title = opts.title?.trim().normalize('NFC');
  const fault = title === undefined ? undefined : nameFault(title);
  if (title !== undefined && fault?.kind === 'hidden') {
    return { problem: { kind: 'hiddenChar', flag: '--title', value: title, char: fault.char } };
  }
  return { list: list as ListName, id, title, owner, lead, config };
}

function pickName(
  given: string | undefined, known: readonly string[], flag: string, unknown: 'unknownUnit' | 'unknownLeader',
): { name: string; defaulted: boolean } | { problem: NewItemProblem } {
  if (given === undefined) return { name: known[0]!, defaulted: true };
  if (given.trim() === '') return { problem: { kind: 'emptyText', flag } };
  const name = given.normalize('NFC');
  if (!known.includes(name)) return { problem: { kind: unknown, name, near: nearest(name, known) } };
  return { name, defaulted: false };
}
