import { isOpen, timeProgress } from '../assess/status.js';
import { lastDayOfMonth } from '../model/dates.js';
import { at, eachItem, type Rule } from './types.js';

/** One decimal place, as people read percentages. */
export const roundPercent = (x: number) => Math.round(x * 10) / 10;

export const behind: Rule = {
  id: 'behind',
  severity: 'warning',
  description: { zh: '未办结事项最近一次填报的完成百分比低于当月末的时序进度', en: 'the latest reported percent of an open item is below its time progress at that month end' },
  run(ctx) {
    const { asOf, t } = ctx;
    const month = asOf.slice(0, 7);
    return eachItem(ctx, (item, push) => {
      if (!isOpen(item, asOf)) return;
      let latest = -1;
      item.data.updates?.forEach((u, i) => {
        if (u.percent === undefined || u.month > month) return;
        if (latest < 0 || u.month >= item.data.updates![latest]!.month) latest = i;
      });
      if (latest < 0) return;
      const u = item.data.updates![latest]!;
      const expected = timeProgress(item.data.start, item.data.due, lastDayOfMonth(u.month));
      if (u.percent! < expected) push(at(item.file, ['updates', latest, 'percent'], 'warning', 'behind', t.behind(u.percent!, roundPercent(expected), u.month)));
    });
  },
};
