import { LISTS, type ListName } from '../model/fields.js';
import type { Lang } from '../model/diagnostic.js';
import { nearest } from '../text/nearest.js';
import { messages } from '../i18n/index.js';
import { ExitError } from './io.js';
import type { LoadedZone } from './zone.js';

/** A usage error naming the closest valid value, in both the user's words and the flag's. */
export function unknownValue(lang: Lang, flag: string, value: string, valid: readonly string[]): ExitError {
  return new ExitError(messages(lang).cli.unknownValue(flag, value, nearest(value, valid), valid), 2);
}

export interface NameOptions {
  unit?: string;
  lead?: string;
  list?: string;
}

/**
 * `--unit`, `--lead` and `--list` checked against wuzhong.yaml and the lists (usage error, exit 2, naming the closest
 * valid value), in the zone's language. Names are compared after NFC, as in the data (docs/fields.md).
 */
export function nameFilters(loaded: LoadedZone, opts: NameOptions): { unit?: string; lead?: string; list?: ListName } {
  const config = loaded.zone.config;
  const out: { unit?: string; lead?: string; list?: ListName } = {};
  if (opts.list !== undefined) {
    if (!(LISTS as readonly string[]).includes(opts.list)) throw unknownValue(loaded.lang, '--list', opts.list, LISTS);
    out.list = opts.list as ListName;
  }
  if (opts.unit !== undefined) {
    out.unit = opts.unit.normalize('NFC');
    if (config && !config.units.includes(out.unit)) throw unknownValue(loaded.lang, '--unit', out.unit, config.units);
  }
  if (opts.lead !== undefined) {
    out.lead = opts.lead.normalize('NFC');
    if (config && !config.leaders.includes(out.lead)) throw unknownValue(loaded.lang, '--lead', out.lead, config.leaders);
  }
  return out;
}
