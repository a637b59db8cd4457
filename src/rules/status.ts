import { at, eachItem, type Rule } from './types.js';

export const status: Rule = {
  id: 'status',
  severity: 'error',
  description: { zh: 'done/cancelled 未填 closed；active 却填了 closed；已办结但有节点未完成', en: 'done/cancelled without closed; closed with active; done while a milestone has no done date' },
  run(ctx) {
    const { t } = ctx;
    return eachItem(ctx, ({ file, data }, push) => {
      const s = data.status ?? 'active';
      if (s !== 'active' && data.closed === undefined) push(at(file, ['status'], 'error', 'status', t.closedMissing(s)));
      if (s === 'active' && data.closed !== undefined) push(at(file, ['closed'], 'error', 'status', t.closedWithActive()));
      if (s === 'done') {
        data.milestones?.forEach((m, i) => {
          if (m.done === undefined) push(at(file, ['milestones', i, 'title'], 'error', 'status', t.doneWithOpenMilestone(m.title)));
        });
      }
    });
  },
};
