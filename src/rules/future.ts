import { msg } from '../i18n/index.js';
import { monthOf } from '../model/dates.js';
import type { Postponement } from '../model/item.js';
import type { PathSegment, SourceFile } from '../model/zone.js';
import { coordinationFuture } from './coordination.js';
import type { Rule } from './types.js';

export const future: Rule = {
  id: 'future',
  severity: 'error',
  description: {
    zh: 'done、closed、resolved、planned、认领、批准日期晚于检查日期；进展月份晚于检查日期所在月份',
    en: 'a done, closed, resolved, planned, claim or approval date after the as-of date; an update month after its month',
  },
  help: {
    zh: '只记录已经发生的事：完成、办结、解决、认领、批准日期写实际日期，进展写已经过去或正在进行的月份。',
    en: 'Record only what has happened: done, closed, resolved, claim and approval dates are actual dates, and updates are for past or current months.',
  },
  run({ zone, asOf }, report) {
    const month = monthOf(asOf);
    // A plan, claim or approval dated after A would be recorded before it happened.
    const check = (file: SourceFile, path: PathSegment[], key: string, value: string | undefined) => {
      if (value !== undefined && value > asOf) report(file, path, msg('futureDate', key, value, asOf));
    };
    const approvals = (file: SourceFile, base: PathSegment[], list: Postponement[] | undefined) =>
      list?.forEach((p, i) => check(file, [...base, 'postponed', i, 'date'], 'date', p.date));
    for (const { file, data } of zone.items) {
      check(file, ['closed'], 'closed', data.closed);
      if (typeof data.claimed === 'string') check(file, ['claimed'], 'claimed', data.claimed);
      approvals(file, [], data.postponed);
      data.milestones?.forEach((m, i) => {
        check(file, ['milestones', i, 'planned'], 'planned', m.planned);
        check(file, ['milestones', i, 'done'], 'done', m.done);
        approvals(file, ['milestones', i], m.postponed);
      });
      data.problems?.forEach((p, i) => check(file, ['problems', i, 'resolved'], 'resolved', p.resolved));
      data.updates?.forEach((u, i) => {
        if (u.month > month) report(file, ['updates', i, 'month'], msg('futureMonth', u.month, asOf));
      });
    }
    for (const { file, data } of zone.assessments.values()) {
      data.amendments?.forEach((a, i) => check(file, ['amendments', i, 'date'], 'date', a.date));
    }
    coordinationFuture(zone, asOf, report);
  },
};
