import { riskAsOf } from '../assess/risk.js';
import { riskSettingsOf } from '../model/config.js';
import { formatRiskJson, formatRiskMarkdown, formatRiskTable } from '../report/risk-view.js';
import { colorLevel, makeColors } from './colors.js';
import { gateDate, refuseOnErrors } from './gate.js';
import type { Io } from './io.js';
import { asOfDate, type GlobalOptions } from './options.js';
import { unknownValue } from './overdue.js';
import { calendarOf, loadZone } from './zone.js';

export interface RiskOptions {
  asOf?: string;
  unit?: string;
  lead?: string;
  format: string;
}

/** docs/supervisors.md: `wuzhong risk`, the milestones that may slip, most urgent first. */
export async function riskCommand(io: Io, global: GlobalOptions, opts: RiskOptions): Promise<number> {
  const loaded = await loadZone(io, global);
  const asOf = asOfDate(opts.asOf, io, loaded.timeZone, loaded.lang);
  const config = loaded.zone.config;
  if (opts.unit !== undefined && config && !config.units.includes(opts.unit)) throw unknownValue(loaded.lang, '--unit', opts.unit, config.units);
  if (opts.lead !== undefined && config && !config.leaders.includes(opts.lead)) throw unknownValue(loaded.lang, '--lead', opts.lead, config.leaders);
  if (refuseOnErrors(io, loaded, 'risk', global.color, gateDate(io, loaded, asOf)) !== 0) return 1;

  const settings = riskSettingsOf(config);
  const filter = { unit: opts.unit, lead: opts.lead };
  const entries = riskAsOf(loaded.zone.items, asOf, calendarOf(config), settings, filter);
  const view = { asOf, filter, settings, entries, lang: loaded.lang, colors: makeColors(colorLevel(io, global.color)) };
  io.stdout(opts.format === 'json' ? formatRiskJson(view) : opts.format === 'markdown' ? formatRiskMarkdown(view) : formatRiskTable(view));
  return 0;
}
