import { msg } from '../i18n/index.js';
import { CLOSED_PROBLEM_STATES } from '../model/coordination.js';
import type { Rule } from './types.js';

export const problemState: Rule = {
  id: 'problem-state',
  severity: 'error',
  description: {
    zh: '问题的协调状态与解决日期不一致：已解决、无法解决的没有 resolved，其余状态却有 resolved',
    en: 'a problem\'s coordination state contradicts its resolved date: 已解决/无法解决 without resolved, or another state with one',
  },
  help: {
    zh: 'resolved 是问题办结（解决或确认无法解决）的日期：状态为“已解决”“无法解决”时填写 resolved；仍在待交办、已交办、协调中的，删去 resolved 或改正状态。',
    en: 'resolved is the day the problem was settled (solved, or found unsolvable): fill it in when state is 已解决 or 无法解决; for 待交办, 已交办 or 协调中, delete resolved or correct the state.',
  },
  run({ zone }, report) {
    for (const { file, data } of zone.items) {
      data.problems?.forEach((p, i) => {
        if (p.state === undefined) return;
        const closed = CLOSED_PROBLEM_STATES.includes(p.state);
        if (closed && p.resolved === undefined) report(file, ['problems', i, 'state'], msg('problemStateUnresolved', p.state));
        if (!closed && p.resolved !== undefined) report(file, ['problems', i, 'state'], msg('problemStateResolved', p.state, p.resolved));
      });
    }
  },
};
