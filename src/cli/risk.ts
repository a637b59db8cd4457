import { riskAsOf } from '../assess/risk.js';
import { riskSettingsOf } from '../model/config.js';
import { riskFormats } from '../report/risk-view.js';
import { colorLevel, makeColors } from './colors.js';
import { openAsOf } from './gate.js';
import type { Io } from './io.js';
import type { GlobalOptions } from './options.js';
import { zoneCalendar } from '../model/calendar.js';

export interface RiskOptions {
  asOf?: string;
  unit?: string;
  lead?: string;
  format: string;
}

/** docs/supervisors.md: `wuzhong risk`, the milestones that may slip, most urgent first. */
export async function riskCommand(io: Io, global: GlobalOptions, opts: RiskOptions): Promise<number> {
  const opened = await openAsOf(io, global, 'risk', opts);
  if (opened === undefined) return 1;
  const { loaded, asOf, filters: filter } = opened;
  const config = loaded.zone.config;
  const settings = riskSettingsOf(config);
  const entries = riskAsOf(loaded.zone.items, asOf, zoneCalendar(config), settings, filter);
  const view = { asOf, filter, settings, entries, lang: loaded.lang, colors: makeColors(colorLevel(io, global.color)) };
  io.stdout(riskFormats[opts.format as keyof typeof riskFormats](view)); // commander's choices() refused anything else
  return 0;
}
