// Wording of a leader's brief (src/report/lead-brief.ts), Chinese.
import type { BriefText } from '../report/lead-brief.js';
import { zhDate } from './zh-status.js';
import { zhMonth } from './zh-dates.js';

export const zhBrief: BriefText = {
  title: (zone, lead, month) => `${zone}“五重”清单${lead}同志牵头事项简报（${zhMonth(month)}）`,
  intro: (asOf) => `数据截至${zhDate(asOf)}。`,
  sections: ['一、总体情况', '二、牵头事项亮灯情况', '三、逾期节点', '四、待协调解决的问题'],
  overview: (b, counts) =>
    `${b.lead}同志牵头事项${b.total}项，其中推进中${b.lights.length}项：${counts}；逾期节点${b.overdue.length}个；` +
    `待协调解决的问题${b.problems.length}个。`,
  itemsHeader: ['亮灯', '清单', '事项', '责任单位', '时序进度', '最新完成', '下一时限', '说明'],
  overdueHeader: ['清单', '事项', '节点', '责任单位', '完成时限', '逾期天数'],
  itemDeadline: '（事项完成时限）',
  problemsHeader: ['事项', '责任单位', '提出日期', '已历天数', '问题'],
  none: '（无）',
  provenance: (lead, month) => `<!-- 由 wuzhong report --lead ${lead} --month ${month} 根据清单数据生成 -->`,
};
