import { msg } from '../i18n/index.js';
import type { Rule } from './types.js';

export const status: Rule = {
  id: 'status',
  severity: 'error',
  description: { zh: 'done/cancelled 未填 closed；active 却填了 closed；已办结但有节点未完成', en: 'done/cancelled without closed; closed with active; done while a milestone has no done date' },
  help: {
    zh: '办结（done）或撤销（cancelled）的事项填写 closed 日期，推进中的（active）不填；办结前先给每个节点填写完成日期 done。',
    en: 'A done or cancelled item has a closed date and an active one has none; before marking an item done, give every milestone its done date.',
  },
  run({ zone }, report) {
    for (const { file, data } of zone.items) {
      const s = data.status ?? 'active';
      if (s !== 'active' && data.closed === undefined) report(file, ['status'], msg('closedMissing', s));
      if (s === 'active' && data.closed !== undefined) report(file, ['closed'], msg('closedWithActive'));
      if (s === 'done') {
        data.milestones?.forEach((m, i) => {
          if (m.done === undefined) report(file, ['milestones', i, 'title'], msg('doneWithOpenMilestone', m.title));
        });
      }
    }
  },
};
