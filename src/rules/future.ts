import { monthOf } from '../model/dates.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Postponement } from '../model/item.js';
import type { PathSegment, SourceFile } from '../model/zone.js';
import { at, type Rule } from './types.js';

export const future: Rule = {
  id: 'future',
  severity: 'error',
  description: {
    zh: 'done、closed、resolved、planned、认领、批准日期晚于检查日期；进展月份晚于检查日期所在月份',
    en: 'a done, closed, resolved, planned, claim or approval date after the as-of date; an update month after its month',
  },
  run(ctx) {
    const { t, asOf } = ctx;
    const month = monthOf(asOf);
    const out: Diagnostic[] = [];
    // A plan, claim or approval dated after A would be recorded before it happened.
    const check = (file: SourceFile, path: PathSegment[], key: string, value: string | undefined) => {
      if (value !== undefined && value > asOf) out.push(at(file, path, 'error', 'future', t.futureDate(key, value, asOf)));
    };
    const approvals = (file: SourceFile, base: PathSegment[], list: Postponement[] | undefined) =>
      list?.forEach((p, i) => check(file, [...base, 'postponed', i, 'date'], 'date', p.date));
    for (const { file, data } of ctx.zone.items) {
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
        if (u.month > month) out.push(at(file, ['updates', i, 'month'], 'error', 'future', t.futureMonth(u.month, asOf)));
      });
    }
    for (const { file, data } of ctx.zone.assessments.values()) {
      data.amendments?.forEach((a, i) => check(file, ['amendments', i, 'date'], 'date', a.date));
    }
    return out;
  },
};
