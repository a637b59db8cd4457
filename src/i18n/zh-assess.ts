// Wording of `overdue` and `score` (src/report/assess-text.ts), and the coordination events' names.
import type { CoordinationEvent } from '../assess/coordination-score.js';
import type { AssessText } from '../report/assess-text.js';
import { LIST_LABELS } from '../model/item.js';
import { zhMonth } from './zh-dates.js';

/** The coordination events' names in score and report output. */
export const zhCoordinationEvents: Record<CoordinationEvent, string> = {
  'decision-on-time': '议定事项按时落实', 'decision-late': '议定事项逾期落实', 'decision-overdue': '议定事项逾期',
  'notice-unanswered': '督办逾期未回复',
};

export const zhAssess: AssessText = {
  listLabel: (list) => (list === 'meetings' ? '协调会议' : LIST_LABELS[list].zh),
  overdueTitle: (asOf, count, filter) => `截至${asOf}逾期的节点和事项${filter}：${count}个`,
  noOverdue: (asOf, filter) => `截至${asOf}没有逾期的节点或事项${filter}。`,
  filterUnit: (unit) => `（责任单位：${unit}）`,
  filterLead: (lead) => `（牵头领导：${lead}）`,
  filterList: (list) => `（清单：${LIST_LABELS[list].zh}）`,
  overdueHeader: ['清单', '事项', '节点', '责任单位', '时限', '逾期天数'],
  itemItself: '（事项完成时限）',
  totalsTitle: '按责任单位合计：',
  unitTotal: (count, worst) => `${count}个，最长逾期${worst}天`,
  grandTotal: (count) => `合计${count}个`,
  totalsHeader: ['责任单位', '逾期个数', '最长逾期天数'],
  scoreTitle: (zone, month, asOf) => `${zone}${zhMonth(month)}“五重”考核（数据截至${asOf}）`,
  scoreRules: (base, rewardAt, warnAt) => `基础分${base}分；得分不低于${rewardAt}分奖励，低于${warnAt}分约谈`,
  scoreHeader: ['名次', '单位', '得分', '加分', '减分', '等次'],
  tier: { reward: '奖励', warning: '约谈', none: '—' },
  event: {
    'on-time': '按时完成', early: '提前完成', claimed: '主动认领', unplanned: '未提前列入计划', late: '逾期完成',
    overdue: '节点逾期', serious: '严重逾期', stale: '未报月度进展', adjustment: '专项加减分',
    ...zhCoordinationEvents,
  },
  rank: (rank, tied) => (tied ? `并列${rank}` : String(rank)),
  unitLine: (unit, score, rank, tier, tied = false) => `${unit}  ${score}分  ${tied ? '并列' : ''}第${rank}名${tier === 'none' ? '' : `  ${zhAssess.tier[tier]}`}`,
  noEvents: '（本月无加减分事项）',
  daysEarly: (days) => `提前${days}天`,
  daysLate: (days) => `晚${days}天`,
  daysOverdue: (days) => `逾期${days}天`,
  planLead: (days, needed) => (days < 0 ? `完成${-days}天后才列入计划，不计分` : `列入计划${days}天后完成，不足${needed}天，不计分`),
};
