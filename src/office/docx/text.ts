import type { Lang } from '../../model/diagnostic.js';

const zhDate = (d: string) => `${d.slice(0, 4)}年${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;
const zhMonth = (m: string) => `${m.slice(0, 4)}年${Number(m.slice(5, 7))}月`;
const zhDay = (d: string) => `${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;

/** Every word of the Word 通报 that is not data, in both output languages. */
export interface DocxText {
  title(zone: string, month: string): string;
  issue(n: number): string;
  intro(zone: string, month: string): string;
  h: { overview: string; score: string; overdue: string; completed: string; problems: string; requirements: string };
  overview(asOf: string, items: number, open: number, closed: number, done: number, overdue: number): string;
  listLine(items: number, open: number, done: number, overdue: number): string;
  rules(base: number, rewardAt: number, warnAt: number): string;
  scoreHeader: string[];
  chartTitle(month: string): string;
  overdueIntro(asOf: string, n: number): string;
  overdueHeader: string[];
  completedIntro(month: string, n: number): string;
  completedHeader: string[];
  completion(kind: 'early' | 'on-time' | 'late', days: number): string;
  problemsIntro(asOf: string, n: number): string;
  problemsHeader: string[];
  none: string;
  itemDeadline: string;
  date(d: string): string;
  copyTo(s: string): string;
  printed(issuer: string, date: string): string;
}

const zh: DocxText = {
  title: (zone, month) => `关于${zone}“五重”清单${zhMonth(month)}推进情况的通报`,
  issue: (n) => `第${n}期`,
  intro: (zone, month) => `现将${zone}“五重”清单${zhMonth(month)}推进情况和考核结果通报如下。`,
  h: {
    overview: '一、总体情况', score: '二、月度考核结果', overdue: '三、逾期节点', completed: '四、本月完成节点',
    problems: '五、需协调解决的问题', requirements: '六、下步工作要求',
  },
  overview: (asOf, items, open, closed, done, overdue) =>
    `截至${zhDate(asOf)}，“五重”清单共有事项${items}项，其中推进中${open}项、已办结或撤销${closed}项；本月完成节点${done}个，逾期节点${overdue}个。`,
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
  copyTo: (s) => `抄送：${s}。`,
  printed: (issuer, date) => `${issuer}\u3000\u3000${zhDate(date)}印发`,
};

const en: DocxText = {
  title: (zone, month) => `${zone} five key lists: progress in ${month}`,
  issue: (n) => `No. ${n}`,
  intro: (zone, month) => `The progress of the ${zone} five key lists in ${month} and the assessment results follow.`,
  h: {
    overview: 'I. Overview', score: 'II. Monthly assessment', overdue: 'III. Overdue milestones',
    completed: 'IV. Milestones completed this month', problems: 'V. Open problems', requirements: 'VI. Next steps',
  },
  overview: (asOf, items, open, closed, done, overdue) =>
    `As of ${asOf} the five lists hold ${items} items: ${open} open, ${closed} done or cancelled; ${done} milestones were completed this month and ${overdue} are overdue.`,
  listLine: (items, open, done, overdue) => `${items} items, ${open} open, ${done} milestones completed this month, ${overdue} overdue.`,
  rules: (base, rewardAt, warnAt) => `Base score ${base}; ${rewardAt} or more is rewarded, below ${warnAt} is called in. The results:`,
  scoreHeader: ['Rank', 'Unit', 'Score', 'Additions', 'Deductions', 'Tier'],
  chartTitle: (month) => `Scores ${month}`,
  overdueIntro: (asOf, n) => `As of ${asOf}, ${n} milestones and items are overdue:`,
  overdueHeader: ['List', 'Item', 'Milestone', 'Unit', 'Due', 'Days overdue'],
  completedIntro: (month, n) => `${n} milestones were completed in ${month}:`,
  completedHeader: ['List', 'Item', 'Milestone', 'Unit', 'Due', 'Done', 'Completion'],
  completion: (kind, days) => (kind === 'early' ? `${days} days early` : kind === 'late' ? `${days} days late` : 'on time'),
  problemsIntro: (asOf, n) => `As of ${asOf}, ${n} problems are open:`,
  problemsHeader: ['List', 'Item', 'Unit', 'Raised', 'Days open', 'Problem'],
  none: 'None.',
  itemDeadline: '(item deadline)',
  date: (d) => d,
  copyTo: (s) => `Copied to: ${s}.`,
  printed: (issuer, date) => `${issuer}, issued ${date}`,
};

export function docxText(lang: Lang): DocxText {
  return lang === 'en' ? en : zh;
}

export { zhDay };
