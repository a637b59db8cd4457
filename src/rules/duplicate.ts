import { msg } from '../i18n/index.js';
import type { Rule } from './types.js';

export const duplicate: Rule = {
  id: 'duplicate',
  severity: 'error',
  description: { zh: '同一事项中月度进展月份重复，或节点名称重复', en: 'two updates for one month, or two milestones with one title, in an item' },
  help: {
    zh: '同一个月的进展合并为一条；同名的节点改用不同的名称（节点按名称识别）。',
    en: 'Merge the two updates of one month into one; give milestones distinct titles (milestones are identified by title).',
  },
  run({ zone }, report) {
    for (const { file, data } of zone.items) {
      const months = new Set<string>();
      data.updates?.forEach((u, i) => {
        if (months.has(u.month)) report(file, ['updates', i, 'month'], msg('duplicateUpdate', u.month));
        months.add(u.month);
      });
      const titles = new Set<string>();
      data.milestones?.forEach((m, i) => {
        if (titles.has(m.title)) report(file, ['milestones', i, 'title'], msg('duplicateMilestone', m.title));
        titles.add(m.title);
      });
    }
  },
};
