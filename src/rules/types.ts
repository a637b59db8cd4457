import type { Calendar } from '../model/calendar.js';
import type { Reporter, RuleInfo } from '../model/rule.js';
import type { Zone } from '../model/zone.js';

export interface RuleContext {
  zone: Zone;
  /** The as-of date A, `YYYY-MM-DD` in the zone's time zone. */
  asOf: string;
  calendar: Calendar;
}

/** A rule over the loaded zone: its catalog entry plus the check; `report` stamps its id and severity. */
export interface Rule extends RuleInfo {
  run(ctx: RuleContext, report: Reporter): void;
}
