import { msg } from '../i18n/index.js';
import { monthOf } from '../model/dates.js';
import { isOpen, percentProgress, shownExpected } from '../model/status.js';
import type { Rule } from './types.js';

export const behind: Rule = {
  id: 'behind',
  severity: 'warning',
  description: { zh: '未办结事项最近一次填报的完成百分比低于当月末的时序进度', en: 'the latest reported percent of an open item is below its time progress at that month end' },
  help: {
    zh: '时序进度是该月末已用时间占总工期的比例。加快推进，或在下月进展中如实说明原因；确需调整时限的，按程序延期并填写 postponed。',
    en: 'Time progress is the share of the item\'s time span used by that month end. Catch up, or explain in the next update; if the deadline must move, record an approved postponement.',
  },
  run({ zone, asOf }, report) {
    for (const item of zone.items) {
      if (!isOpen(item, asOf)) continue;
      const p = percentProgress(item, monthOf(asOf));
      if (p && !p.meets) report(item.file, ['updates', p.index, 'percent'], msg('behind', p.percent, shownExpected(p.expected, p.percent), p.month));
    }
  },
};
