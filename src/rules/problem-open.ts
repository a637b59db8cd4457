import { msg } from '../i18n/index.js';
import { daysBetween } from '../model/dates.js';
import type { Rule } from './types.js';

export const problemOpen: Rule = {
  id: 'problem-open',
  severity: 'warning',
  description: { zh: '问题提出超过30天仍未解决', en: 'a problem raised more than 30 days ago and not resolved' },
  help: {
    zh: '问题解决后填写解决日期 resolved；长期未解决的，提请分管领导协调。',
    en: 'Fill in resolved once the problem is solved; raise a long-open problem with the leader in charge.',
  },
  run({ zone, asOf }, report) {
    for (const { file, data } of zone.items) {
      data.problems?.forEach((p, i) => {
        const days = daysBetween(p.raised, asOf);
        if (p.resolved === undefined && days > 30) report(file, ['problems', i, 'raised'], msg('problemOpen', days, p.raised));
      });
    }
  },
};
