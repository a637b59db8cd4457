import { msg } from '../i18n/index.js';
import { monthOf } from '../model/dates.js';
import type { Rule } from './types.js';

export const future: Rule = {
  id: 'future',
  severity: 'error',
  description: { zh: 'done、closed、resolved 日期晚于检查日期；进展月份晚于检查日期所在月份', en: 'a done, closed or resolved date after the as-of date; an update month after its month' },
  help: {
    zh: '只记录已经发生的事：完成、办结、解决日期写实际日期，进展写已经过去或正在进行的月份。',
    en: 'Record only what has happened: done, closed and resolved dates are actual dates, and updates are for past or current months.',
  },
  run({ zone, asOf }, report) {
    const month = monthOf(asOf);
    for (const { file, data } of zone.items) {
      if (data.closed !== undefined && data.closed > asOf) report(file, ['closed'], msg('futureDate', 'closed', data.closed, asOf));
      data.milestones?.forEach((m, i) => {
        if (m.done !== undefined && m.done > asOf) report(file, ['milestones', i, 'done'], msg('futureDate', 'done', m.done, asOf));
      });
      data.problems?.forEach((p, i) => {
        if (p.resolved !== undefined && p.resolved > asOf) report(file, ['problems', i, 'resolved'], msg('futureDate', 'resolved', p.resolved, asOf));
      });
      data.updates?.forEach((u, i) => {
        if (u.month > month) report(file, ['updates', i, 'month'], msg('futureMonth', u.month, asOf));
      });
    }
  },
};
