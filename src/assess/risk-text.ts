import { msg, type Message } from '../i18n/index.js';
import { monthOf } from '../model/dates.js';
import { shownExpected } from '../model/status.js';
import type { RiskEntry, RiskSignal } from './risk.js';

/** One signal as a message, worded late (the rule, the table and the Markdown say it the same way). */
export function signalMessage(s: RiskSignal, asOf: string): Message {
  switch (s.kind) {
    case 'behind':
      return msg('riskBehind', s.workingDays, s.percent, shownExpected(s.expected, s.percent), s.month);
    case 'earlier-overdue':
      return msg('riskEarlierOverdue', s.milestone, s.days);
    case 'problem':
      return msg('riskProblem', s.days, s.raised);
    case 'no-update':
      return msg('riskNoUpdate', s.month, monthOf(asOf));
    case 'postponed':
      return msg('riskPostponed', s.times);
  }
}

/** The finding for one milestone; it sits on the due, so it names no date (a moved due is no new risk). */
export function riskMessage(e: RiskEntry, asOf: string): Message {
  return msg('risk', e.milestone, ...e.signals.map((s) => signalMessage(s, asOf)));
}
