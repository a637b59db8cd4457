import { rescored } from '../history/rescore.js';
import { baseRule, baseRules } from '../history/rules.js';
import { loadRules } from '../load/rules.js';
import { toolVersionRule } from '../tool/version-rule.js';
import { closedMonthRule } from './closed-month.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Zone } from '../model/zone.js';
import { zoneCalendar } from '../model/calendar.js';
import { reporter, type RuleInfo } from '../model/rule.js';
import { behind } from './behind.js';
import { dates } from './dates.js';
import { dueSoon } from './due-soon.js';
import { duplicate } from './duplicate.js';
import { future } from './future.js';
import { nonWorkday } from './non-workday.js';
import { order } from './order.js';
import { overdue } from './overdue.js';
import { problemOpen } from './problem-open.js';
import { problemState } from './problem-state.js';
import { noticeEscalate, noticeUnanswered, noticeUnreceived } from './notice.js';
import { ref } from './ref.js';
import { risk } from './risk.js';
import { stale } from './stale.js';
import { status } from './status.js';
import type { Rule, RuleContext } from './types.js';

/** The rules after loading (yaml, schema and path findings come from the loader), in the order of docs/rules/. */
export const rules: readonly Rule[] = [
  ref, dates, future, status, duplicate, overdue, nonWorkday, stale, problemOpen, problemState, order, behind, dueSoon,
  risk, noticeUnanswered, noticeUnreceived, noticeEscalate,
];

/**
 * Every rule id wuzhong can report, once, in the order of the rule table: loading, the zone, the pinned tool,
 * `--base`.
 */
export const catalog: readonly RuleInfo[] = [
  ...loadRules, ...rules, toolVersionRule, closedMonthRule, rescored, ...baseRules, baseRule,
];

/** The rules only `check --base` reports (the review gate). */
export const reviewRules: readonly RuleInfo[] = [rescored, ...baseRules, baseRule];

export function ruleInfo(id: string): RuleInfo | undefined {
  return catalog.find((r) => r.id === id);
}

export function runRules(ctx: RuleContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const rule of rules) rule.run(ctx, reporter(rule, out));
  return out;
}

/** What `check` finds in a zone as of A without git: the loader's findings plus every rule's, not yet worded. */
export function checkZone(zone: Zone, asOf: string): Diagnostic[] {
  return [...zone.diagnostics, ...runRules({ zone, asOf, calendar: zoneCalendar(zone.config) })];
}

export type { Rule, RuleContext };
