import { monthOf } from '../model/dates.js';
import { at, eachItem, type Rule } from './types.js';

export const future: Rule = {
  id: 'future',
  severity: 'error',
  description: { zh: 'done、closed、resolved 日期晚于检查日期；进展月份晚于检查日期所在月份', en: 'a done, closed or resolved date after the as-of date; an update month after its month' },
  run(ctx) {
    const { t, asOf } = ctx;
    const month = monthOf(asOf);
    return eachItem(ctx, ({ file, data }, push) => {
      if (data.closed !== undefined && data.closed > asOf) push(at(file, ['closed'], 'error', 'future', t.futureDate('closed', data.closed, asOf)));
      data.milestones?.forEach((m, i) => {
        if (m.done !== undefined && m.done > asOf) push(at(file, ['milestones', i, 'done'], 'error', 'future', t.futureDate('done', m.done, asOf)));
      });
      data.problems?.forEach((p, i) => {
        if (p.resolved !== undefined && p.resolved > asOf) push(at(file, ['problems', i, 'resolved'], 'error', 'future', t.futureDate('resolved', p.resolved, asOf)));
      });
      data.updates?.forEach((u, i) => {
        if (u.month > month) push(at(file, ['updates', i, 'month'], 'error', 'future', t.futureMonth(u.month, asOf)));
      });
    });
  },
};
