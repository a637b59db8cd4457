import { monthOf } from '../model/dates.js';
import { isOpen, percentProgress, shownExpected } from '../model/status.js';
import { at, eachItem, type Rule } from './types.js';

export const behind: Rule = {
  id: 'behind',
  severity: 'warning',
  description: { zh: '未办结事项最近一次填报的完成百分比低于当月末的时序进度', en: 'the latest reported percent of an open item is below its time progress at that month end' },
  run(ctx) {
    const { asOf, t } = ctx;
    return eachItem(ctx, (item, push) => {
      if (!isOpen(item, asOf)) return;
      const p = percentProgress(item, monthOf(asOf));
      if (p && !p.meets) push(at(item.file, ['updates', p.index, 'percent'], 'warning', 'behind', t.behind(p.percent, shownExpected(p.expected, p.percent), p.month)));
    });
  },
};
