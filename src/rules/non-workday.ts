import { msg } from '../i18n/index.js';
import { isDone, isOpen } from '../model/status.js';
import type { NonWorkReason } from '../model/calendar.js';
import type { Rule } from './types.js';

const reasonText = (r: NonWorkReason) => msg(r === 'weekend' ? 'weekendName' : r === 'holiday' ? 'holidayName' : 'configHoliday');

export const nonWorkday: Rule = {
  id: 'non-workday',
  severity: 'warning',
  // Dates beyond the holiday dataset: said once, as a notice on `calendar` in wuzhong.yaml.
  severities: { calendarFallback: 'info' },
  description: { zh: '未办结事项或其未完成节点的时限落在非工作日（按工作日历）', en: 'the due date of an open item, or of its unfinished milestone, is not a working day' },
  help: {
    zh: '把时限改到相邻的工作日（按 wuzhong.yaml 的 calendar、holidays、workdays 计算）；园区确定的休息日登记在 holidays 中。',
    en: 'Move the deadline to a nearby working day (as calendar, holidays and workdays in wuzhong.yaml define them); register the zone\'s own days off under holidays.',
  },
  run({ zone, asOf, calendar }, report) {
    for (const item of zone.items) {
      if (!isOpen(item, asOf)) continue;
      const check = (date: string, path: (string | number)[]) => {
        const r = calendar.nonWorkReason(date);
        if (r) report(item.file, path, msg('nonWorkday', date, reasonText(r)));
      };
      check(item.data.due, ['due']);
      item.data.milestones?.forEach((m, i) => {
        if (!isDone(m, asOf)) check(m.due, ['milestones', i, 'due']);
      });
    }
    const years = calendar.uncoveredYears();
    if (years.length > 0) {
      const pos = zone.configFile?.locate(['calendar'], 'key') ?? { line: 1, column: 1 };
      report.atPos('wuzhong.yaml', pos, msg('calendarFallback', years.join(', ')));
    }
  },
};
