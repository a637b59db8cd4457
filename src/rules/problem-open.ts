import { daysBetween } from '../model/dates.js';
import { at, eachItem, type Rule } from './types.js';

export const problemOpen: Rule = {
  id: 'problem-open',
  severity: 'warning',
  description: { zh: '问题提出超过 30 天仍未解决', en: 'a problem raised more than 30 days ago and not resolved' },
  run(ctx) {
    const { asOf, t } = ctx;
    return eachItem(ctx, ({ file, data }, push) => {
      data.problems?.forEach((p, i) => {
        const days = daysBetween(p.raised, asOf);
        if (p.resolved === undefined && days > 30) push(at(file, ['problems', i, 'raised'], 'warning', 'problem-open', t.problemOpen(days, p.raised)));
      });
    });
  },
};
