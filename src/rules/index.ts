import type { Diagnostic } from '../model/diagnostic.js';
import { behind } from './behind.js';
import { dates } from './dates.js';
import { dueSoon } from './due-soon.js';
import { duplicate } from './duplicate.js';
import { future } from './future.js';
import { nonWorkday } from './non-workday.js';
import { order } from './order.js';
import { overdue } from './overdue.js';
import { problemOpen } from './problem-open.js';
import { ref } from './ref.js';
import { stale } from './stale.js';
import { status } from './status.js';
import type { Rule, RuleContext } from './types.js';

/** The rules after loading (yaml, schema and path findings come from the loader), in the order of docs/rules/. */
export const rules: readonly Rule[] = [ref, dates, future, status, duplicate, overdue, nonWorkday, stale, problemOpen, order, behind, dueSoon];

export function runRules(ctx: RuleContext): Diagnostic[] {
  const out = rules.flatMap((r) => r.run(ctx));
  const years = ctx.calendar.uncoveredYears();
  if (years.length > 0) {
    const pos = ctx.zone.configFile?.locate(['calendar'], 'key') ?? { line: 1, column: 1 };
    out.push({ file: 'wuzhong.yaml', ...pos, severity: 'info', rule: 'non-workday', message: ctx.t.calendarFallback(years.join(', ')) });
  }
  return out;
}

export type { Rule, RuleContext };
