import { overdueList } from '../assess/overdue-list.js';
import { overdueFormats } from '../report/overdue-view.js';
import { colorLevel, makeColors } from './colors.js';
import { gateDate, refuseOnErrors } from './gate.js';
import type { Io } from './io.js';
import { asOfDate, type GlobalOptions } from './options.js';
import { loadZone } from './zone.js';
import { nameFilters } from './filters.js';

export interface OverdueOptions {
  asOf?: string;
  unit?: string;
  lead?: string;
  list?: string;
  format: string;
}


export { unknownValue } from './filters.js';

export async function overdueCommand(io: Io, global: GlobalOptions, opts: OverdueOptions): Promise<number> {
  const loaded = await loadZone(io, global);
  // Usage errors in the zone's language (`locale`, docs/fields.md), so checked once the zone is loaded.
  const filter = nameFilters(loaded, opts);
  const asOf = asOfDate(opts.asOf, io, loaded.timeZone, loaded.lang);
  const units = loaded.zone.config?.units;
  if (refuseOnErrors(io, loaded, 'overdue', global.color, gateDate(io, loaded, asOf)) !== 0) return 1;

  const data = overdueList(loaded.zone, asOf, filter);
  const view = {
    data, units: units ?? [], lang: loaded.lang, seriousDays: loaded.zone.settings.seriousDays,
    colors: makeColors(colorLevel(io, global.color)),
  };
  io.stdout(overdueFormats[opts.format as keyof typeof overdueFormats](view)); // commander's choices() refused anything else
  return 0;
}
