import type { Messages } from '../i18n/index.js';
import type { Calendar } from '../model/calendar.js';
import type { Diagnostic, Severity } from '../model/diagnostic.js';
import type { Item, PathSegment, SourceFile, Zone } from '../model/zone.js';

export interface RuleContext {
  zone: Zone;
  /** The as-of date A, `YYYY-MM-DD` in the zone's time zone. */
  asOf: string;
  t: Messages;
  calendar: Calendar;
}

export interface Rule {
  id: string;
  severity: Severity;
  /** What the rule checks, for the README and `--help`. */
  description: { zh: string; en: string };
  run(ctx: RuleContext): Diagnostic[];
}

/** A finding positioned on a value (or key) of a file. */
export function at(file: SourceFile, path: readonly PathSegment[], severity: Severity, rule: string, message: string, where: 'key' | 'value' = 'value'): Diagnostic {
  return { file: file.path, ...file.locate(path, where), severity, rule, message };
}

/** Runs `check` per item and collects its findings. */
export function eachItem(ctx: RuleContext, check: (item: Item, push: (d: Diagnostic) => void) => void): Diagnostic[] {
  const out: Diagnostic[] = [];
  const push = (d: Diagnostic) => out.push(d);
  for (const item of ctx.zone.items) check(item, push);
  return out;
}
