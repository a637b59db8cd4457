import { msg } from '../i18n/index.js';
import type { Rule } from './types.js';

export const order: Rule = {
  id: 'order',
  severity: 'warning',
  description: { zh: '节点未按时限先后排列（每个事项只报第一处）', en: 'milestones not in due-date order (once per item, at the first break)' },
  help: {
    zh: '按时限从早到晚重新排列节点，便于阅读和核对。',
    en: 'Reorder the milestones from the earliest deadline to the latest, so they read and check easily.',
  },
  run({ zone }, report) {
    for (const { file, data } of zone.items) {
      const ms = data.milestones ?? [];
      let latest = '';
      for (let i = 0; i < ms.length; i++) {
        const m = ms[i]!;
        if (m.due < latest) {
          report(file, ['milestones', i, 'due'], msg('order', m.title, m.due, latest));
          break;
        }
        latest = m.due;
      }
    }
  },
};
