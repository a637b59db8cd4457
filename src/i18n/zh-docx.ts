import type { DocxText } from '../office/docx/text.js';
import { zhDay as zhDate, zhMonth } from './zh-dates.js';

/** The Word 通报's words (src/office/docx/report.ts). */
export const zhDocxText: DocxText = {
  title: (zone, month) => `关于${zone}“五重”清单${zhMonth(month)}推进情况的通报`,
  issue: (n) => `第${n}期`,
  intro: (zone, month) => `现将${zone}“五重”清单${zhMonth(month)}推进情况和考核结果通报如下。`,
  h: {
    overview: '一、总体情况', score: '二、月度考核结果', overdue: '三、逾期节点', completed: '四、本月完成节点',
    problems: '五、需协调解决的问题', requirements: '六、下步工作要求',
  },
  overview: (asOf, items, open, closed, done, overdue) =>
    `截至${zhDate(asOf)}，“五重”清单共有事项${items}项，其中推进中${open}项、已办结或撤销${closed}项；本月完成节点${done}个，逾期节点${overdue}个。`,
  listHeading: (n, list) => `（${'一二三四五六七八九十'[n - 1] ?? n}）${list}。`,
  listLine: (items, open, done, overdue) => `共${items}项，推进中${open}项，本月完成节点${done}个，逾期${overdue}个。`,
  rules: (base, rewardAt, warnAt) => `基础分${base}分；得分不低于${rewardAt}分的给予奖励，低于${warnAt}分的进行约谈。考核结果如下：`,
  scoreHeader: ['名次', '责任单位', '得分', '加分', '减分', '等次'],
  chartTitle: (month) => `${zhMonth(month)}各单位考核得分`,
  overdueIntro: (asOf, n) => `截至${zhDate(asOf)}，逾期未完成的节点和事项共${n}个：`,
  overdueHeader: ['清单', '事项', '节点', '责任单位', '完成时限', '逾期天数'],
  completedIntro: (month, n) => `${zhMonth(month)}完成节点${n}个：`,
  completedHeader: ['清单', '事项', '节点', '责任单位', '完成时限', '完成日期', '完成情况'],
  completion: (kind, days) => (kind === 'early' ? `提前${days}天` : kind === 'late' ? `逾期${days}天完成` : '按时完成'),
  problemsIntro: (asOf, n) => `截至${zhDate(asOf)}，尚未解决的问题${n}个：`,
  problemsHeader: ['清单', '事项', '责任单位', '提出日期', '已过天数', '问题'],
  none: '无。',
  itemDeadline: '（事项完成时限）',
  date: zhDate,
  recipients: (s) => `${s}：`,
  requirement: (n, text) => `${n}.${text}`,
  copyTo: (s) => `抄送：${s}。`,
  printed: (issuer, date) => `${issuer}\u3000\u3000${zhDate(date)}印发`,
};
