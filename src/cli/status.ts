import { lightsAsOf, type Light } from '../assess/lights.js';
import { lightSettingsOf } from '../model/config.js';
import { statusFormats } from '../report/status-view.js';
import { colorLevel, makeColors } from './colors.js';
import { nameFilters } from './filters.js';
import { gateDate, refuseOnErrors } from './gate.js';
import type { Io } from './io.js';
import { asOfDate, type GlobalOptions } from './options.js';
import { loadZone } from './zone.js';

export interface StatusOptions {
  asOf?: string;
  list?: string;
  unit?: string;
  lead?: string;
  light?: Light;
  format: string;
}

/** docs/supervisors.md: `wuzhong status`, every open item with its light, time progress, percent and next deadline. */
export async function statusCommand(io: Io, global: GlobalOptions, opts: StatusOptions): Promise<number> {
  const loaded = await loadZone(io, global);
  const names = nameFilters(loaded, opts);
  const asOf = asOfDate(opts.asOf, io, loaded.timeZone, loaded.lang);
  if (refuseOnErrors(io, loaded, 'status', global.color, gateDate(io, loaded, asOf)) !== 0) return 1;

  const settings = lightSettingsOf(loaded.zone.config);
  const filter = { ...names, ...(opts.light ? { light: opts.light } : {}) };
  const lights = lightsAsOf(loaded.zone.items, asOf, settings, filter);
  const view = { asOf, filter, settings, lights, lang: loaded.lang, colors: makeColors(colorLevel(io, global.color)) };
  // commander's choices() refused anything else
  io.stdout(statusFormats[opts.format as keyof typeof statusFormats](view));
  return 0;
}
