import type { ClosedFinding } from '../assess/closed.js';
import type { ScoreEvent } from '../assess/score.js';
import { msg, type Message } from '../i18n/index.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { finding, type RuleInfo } from '../model/rule.js';

export const closedMonthRule: RuleInfo = {
  id: 'closed-month',
  severity: 'error',
  severities: { closedUnreadable: 'warning' },
  description: {
    zh: '已公布（月报已提交）的月份按现在的数据重新计算，结果与公布的不同，且没有月报提交之后的更正',
    en: "a published month (report committed), recomputed from today's data, no longer gives its recorded result, and no amendment dated after the report covers it",
  },
  help: {
    zh: '月报提交后，该月的考核结果就已公布，只能经批准更正：撤回这项修改；或在 assessments/<月份>.yaml 的 amendments 中登记更正（reason 原因、approved 批准领导、date 批准日期，不早于月报提交的那天），再运行 wuzhong report --month <月份> 生成带“更正说明”的月报。',
    en: 'Once its report is committed, a month is published and changes only through an approved amendment: undo the edit, or record an amendment under amendments in assessments/<month>.yaml (reason, approving leader approved, approval date not before the day the report was committed), then run wuzhong report --month <month> for a report with its correction notice.',
  },
};

/** How many differing events a finding names before "and N more". */
const MAX_EVENTS = 3;

function eventMessage(added: boolean, e: ScoreEvent): Message {
  const what = e.event === 'adjustment' ? e.reason ?? '' : [e.item, e.milestone].filter(Boolean).join(' ');
  return msg('closedEvent', added, e.event, e.points, what);
}

/** The `closed-month` errors, worded late like every finding. */
export function closedMonthDiagnostics(findings: readonly ClosedFinding[]): Diagnostic[] {
  return findings.map((f) => {
    const { unit, from, to } = f.change;
    const change =
      from === null ? msg('closedUnitNew', unit, to!.score) :
      to === null ? msg('closedUnitGone', unit, from.score) :
      msg('closedScore', unit, from.score, to.score, from.rank, to.rank, from.tier, to.tier);
    const parts = [...f.added.map((e) => eventMessage(true, e)), ...f.removed.map((e) => eventMessage(false, e))];
    const shown: Message[] = parts.slice(0, MAX_EVENTS);
    if (parts.length > MAX_EVENTS) shown.push(msg('closedMore', parts.length - MAX_EVENTS));
    const events = shown.length === 0 ? '' : msg('closedEvents', ...shown);
    const m = msg('closedMonth', f.closed.month, f.closed.file, f.closed.committedDay ?? '', change, events, f.earlier.length > 0);
    return finding(closedMonthRule, f.file, { line: f.line, column: f.column }, m);
  });
}

/** Git could not be read: the published months went unchecked, which is said rather than hidden. */
export function closedMonthUnreadable(detail: string): Diagnostic {
  return finding(closedMonthRule, 'wuzhong.yaml', { line: 1, column: 1 }, msg('closedUnreadable', detail));
}
