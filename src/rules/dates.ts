import { msg } from '../i18n/index.js';
import type { Postponement } from '../model/item.js';
import type { Reporter } from '../model/rule.js';
import type { PathSegment, SourceFile } from '../model/zone.js';
import { coordinationDates } from './coordination.js';
import type { Rule } from './types.js';

function postponements(
  file: SourceFile, base: PathSegment[], list: Postponement[] | undefined, due: string, report: Reporter,
) {
  list?.forEach((p, i) => {
    if (p.from >= due) report(file, [...base, 'postponed', i, 'from'], msg('postponeFrom', p.from, due));
  });
}

export const dates: Rule = {
  id: 'dates',
  severity: 'error',
  description: {
    zh: '完成时限早于开始日期；节点时限超出事项起止；办结早于开始；问题解决早于提出；延期记录的原时限不早于当前时限',
    en: 'due before start; a milestone due outside the item; closed before start; resolved before raised; a postponement not earlier than the current deadline',
  },
  help: {
    zh: '核对两个日期，改正写错的一个：时限不早于开始，节点时限在事项起止之内，延期记录的 from 写推迟前的原时限。',
    en: 'Compare the two dates and correct the wrong one: a deadline is not before the start, a milestone falls within its item, and a postponement\'s from is the deadline before the move.',
  },
  run({ zone }, report) {
    for (const { file, data } of zone.items) {
      if (data.due < data.start) report(file, ['due'], msg('dueBeforeStart', data.due, data.start));
      if (data.closed !== undefined && data.closed < data.start) report(file, ['closed'], msg('closedBeforeStart', data.closed, data.start));
      postponements(file, [], data.postponed, data.due, report);
      data.milestones?.forEach((m, i) => {
        if (m.due < data.start) report(file, ['milestones', i, 'due'], msg('milestoneBeforeStart', m.due, data.start));
        else if (m.due > data.due) report(file, ['milestones', i, 'due'], msg('milestoneAfterDue', m.due, data.due));
        postponements(file, ['milestones', i], m.postponed, m.due, report);
      });
      data.problems?.forEach((p, i) => {
        if (p.resolved !== undefined && p.resolved < p.raised) report(file, ['problems', i, 'resolved'], msg('resolvedBeforeRaised', p.resolved, p.raised));
      });
    }
    coordinationDates(zone, report);
  },
};
