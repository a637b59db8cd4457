import { at, eachItem, type Rule } from './types.js';

export const order: Rule = {
  id: 'order',
  severity: 'warning',
  description: { zh: '节点未按时限先后排列（每个事项只报第一处）', en: 'milestones not in due-date order (once per item, at the first break)' },
  run(ctx) {
    const { t } = ctx;
    return eachItem(ctx, ({ file, data }, push) => {
      const ms = data.milestones ?? [];
      let latest = '';
      for (let i = 0; i < ms.length; i++) {
        const m = ms[i]!;
        if (m.due < latest) {
          push(at(file, ['milestones', i, 'due'], 'warning', 'order', t.order(m.title, m.due, latest)));
          return;
        }
        latest = m.due;
      }
    });
  },
};
