import type { Diagnostic } from '../model/diagnostic.js';
import type { Postponement } from '../model/item.js';
import type { PathSegment, SourceFile } from '../model/zone.js';
import type { Messages } from '../i18n/index.js';
import { at, eachItem, type Rule } from './types.js';

function postponements(file: SourceFile, base: PathSegment[], list: Postponement[] | undefined, due: string, t: Messages, push: (d: Diagnostic) => void) {
  list?.forEach((p, i) => {
    if (p.from >= due) push(at(file, [...base, 'postponed', i, 'from'], 'error', 'dates', t.postponeFrom(p.from, due)));
  });
}

export const dates: Rule = {
  id: 'dates',
  severity: 'error',
  description: {
    zh: '完成时限早于开始日期；节点时限超出事项起止；办结早于开始；问题解决早于提出；延期记录的原时限不早于当前时限',
    en: 'due before start; a milestone due outside the item; closed before start; resolved before raised; a postponement not earlier than the current deadline',
  },
  run(ctx) {
    const { t } = ctx;
    return eachItem(ctx, ({ file, data }, push) => {
      if (data.due < data.start) push(at(file, ['due'], 'error', 'dates', t.dueBeforeStart(data.due, data.start)));
      if (data.closed !== undefined && data.closed < data.start) push(at(file, ['closed'], 'error', 'dates', t.closedBeforeStart(data.closed, data.start)));
      postponements(file, [], data.postponed, data.due, t, push);
      data.milestones?.forEach((m, i) => {
        if (m.due < data.start) push(at(file, ['milestones', i, 'due'], 'error', 'dates', t.milestoneBeforeStart(m.due, data.start)));
        else if (m.due > data.due) push(at(file, ['milestones', i, 'due'], 'error', 'dates', t.milestoneAfterDue(m.due, data.due)));
        postponements(file, ['milestones', i], m.postponed, m.due, t, push);
      });
      data.problems?.forEach((p, i) => {
        if (p.resolved !== undefined && p.resolved < p.raised) push(at(file, ['problems', i, 'resolved'], 'error', 'dates', t.resolvedBeforeRaised(p.resolved, p.raised)));
      });
    });
  },
};
