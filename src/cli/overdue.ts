import { overdueList } from '../assess/overdue-list.js';
import type { Lang } from '../model/diagnostic.js';
import { LISTS, type ListName } from '../model/fields.js';
import { overdueFormats } from '../report/overdue-view.js';
import { zhQuote } from '../text/quote.js';
import { nearest } from '../text/nearest.js';
import { colorLevel, makeColors } from './colors.js';
import { gateDate, refuseOnErrors } from './gate.js';
import { ExitError, type Io } from './io.js';
import { asOfDate, type GlobalOptions } from './options.js';
import { loadZone } from './zone.js';

export interface OverdueOptions {
  asOf?: string;
  unit?: string;
  list?: string;
  format: string;
}


/** A usage error naming the closest valid value, in both the user's words and the flag's. */
export function unknownValue(lang: Lang, flag: string, value: string, valid: readonly string[]): ExitError {
  const near = nearest(value, valid);
  const message =
    lang === 'en'
      ? `${flag}: unknown "${value}"${near ? `; did you mean "${near}"?` : ''} (one of: ${valid.join(', ')})`
      : `${flag}：没有${zhQuote(value)}${near ? `，是不是${zhQuote(near)}？` : ''}（可选：${valid.join('、')}）`;
  return new ExitError(message, 2);
}

export async function overdueCommand(io: Io, global: GlobalOptions, opts: OverdueOptions): Promise<number> {
  const loaded = await loadZone(io, global);
  // Usage errors in the zone's language (`locale`, docs/fields.md), so checked once the zone is loaded.
  if (opts.list !== undefined && !(LISTS as readonly string[]).includes(opts.list)) throw unknownValue(loaded.lang, '--list', opts.list, LISTS);
  const asOf = asOfDate(opts.asOf, io, loaded.timeZone, loaded.lang);
  const units = loaded.zone.config?.units;
  // Unit names are compared after NFC, as in the data (docs/fields.md).
  const unit = opts.unit?.normalize('NFC');
  if (unit !== undefined && units && !units.includes(unit)) throw unknownValue(loaded.lang, '--unit', unit, units);
  if (refuseOnErrors(io, loaded, 'overdue', global.color, gateDate(io, loaded, asOf)) !== 0) return 1;

  const data = overdueList(loaded.zone, asOf, { unit, list: opts.list as ListName | undefined });
  const view = {
    data, units: units ?? [], lang: loaded.lang, seriousDays: loaded.zone.settings.seriousDays,
    colors: makeColors(colorLevel(io, global.color)),
  };
  io.stdout(overdueFormats[opts.format as keyof typeof overdueFormats](view)); // commander's choices() refused anything else
  return 0;
}
