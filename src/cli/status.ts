import { lightsAsOf, type Light } from '../assess/lights.js';
import { lightSettingsOf } from '../model/config.js';
import { statusFormats } from '../report/status-view.js';
import { colorLevel, makeColors } from './colors.js';
import { openAsOf } from './gate.js';
import type { Io } from './io.js';
import type { GlobalOptions } from './options.js';

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
  const opened = await openAsOf(io, global, 'status', opts);
  if (opened === undefined) return 1;
  const { loaded, asOf, filters: names } = opened;
  const settings = lightSettingsOf(loaded.zone.config);
  const filter = { ...names, ...(opts.light ? { light: opts.light } : {}) };
  const lights = lightsAsOf(loaded.zone.items, asOf, settings, filter);
  const view = { asOf, filter, settings, lights, lang: loaded.lang, colors: makeColors(colorLevel(io, global.color)) };
  // commander's choices() refused anything else
  io.stdout(statusFormats[opts.format as keyof typeof statusFormats](view));
  return 0;
}
