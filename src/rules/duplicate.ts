import { at, eachItem, type Rule } from './types.js';

export const duplicate: Rule = {
  id: 'duplicate',
  severity: 'error',
  description: { zh: '同一事项中月度进展月份重复，或节点名称重复', en: 'two updates for one month, or two milestones with one title, in an item' },
  run(ctx) {
    const { t } = ctx;
    return eachItem(ctx, ({ file, data }, push) => {
      const months = new Set<string>();
      data.updates?.forEach((u, i) => {
        if (months.has(u.month)) push(at(file, ['updates', i, 'month'], 'error', 'duplicate', t.duplicateUpdate(u.month)));
        months.add(u.month);
      });
      const titles = new Set<string>();
      data.milestones?.forEach((m, i) => {
        if (titles.has(m.title)) push(at(file, ['milestones', i, 'title'], 'error', 'duplicate', t.duplicateMilestone(m.title)));
        titles.add(m.title);
      });
    });
  },
};
