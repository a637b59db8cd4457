import { overdueList } from '../assess/overdue-list.js';
import { overdueFormats } from '../report/overdue-view.js';
import { colorLevel, makeColors } from './colors.js';
import { openAsOf } from './gate.js';
import type { Io } from './io.js';
import type { GlobalOptions } from './options.js';

export interface OverdueOptions {
  asOf?: string;
  unit?: string;
  lead?: string;
  list?: string;
  format: string;
}

export async function overdueCommand(io: Io, global: GlobalOptions, opts: OverdueOptions): Promise<number> {
  const opened = await openAsOf(io, global, 'overdue', opts);
  if (opened === undefined) return 1;
  const { loaded, asOf, filters } = opened;
  const data = overdueList(loaded.zone, asOf, filters);
  const view = {
    data, units: loaded.zone.config?.units ?? [], lang: loaded.lang, seriousDays: loaded.zone.settings.seriousDays,
    colors: makeColors(colorLevel(io, global.color)),
  };
  // commander's choices() refused anything else
  io.stdout(overdueFormats[opts.format as keyof typeof overdueFormats](view));
  return 0;
}
