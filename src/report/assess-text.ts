import type { EventKind, Tier } from '../assess/score.js';
import type { Lang } from '../model/diagnostic.js';
import type { ListName } from '../model/fields.js';
import { LIST_LABELS } from '../model/item.js';
import { zhMonth } from '../i18n/zh.js';
import { COORDINATION_EVENTS } from '../assess/coordination-score.js';

/** Wording of `overdue` and `score` output; kept here so the shared i18n tables stay untouched. */
export interface AssessText {
  listLabel(list: ListName | 'meetings'): string;
  /** `overdue` */
  overdueTitle(asOf: string, count: number, filter: string): string;
  noOverdue(asOf: string, filter: string): string;
  filterUnit(unit: string): string;
  filterList(list: ListName): string;
  filterLead(lead: string): string;
  overdueHeader: readonly [list: string, item: string, milestone: string, unit: string, due: string, days: string];
  itemItself: string;
  totalsTitle: string;
  unitTotal(count: number, worst: number): string;
  grandTotal(count: number): string;
  totalsHeader: readonly [unit: string, count: string, worst: string];
  /** `score` */
  scoreTitle(zone: string, month: string, asOf: string): string;
  scoreRules(base: number, rewardAt: number, warnAt: number): string;
  scoreHeader: readonly [
    rank: string, unit: string, score: string, additions: string, deductions: string, tier: string,
  ];
  tier: Record<Tier, string>;
  event: Record<EventKind, string>;
  /** A rank as shown in a table; `tied` when another unit has the same rank (公文: 并列). */
  rank(rank: number, tied: boolean): string;
  unitLine(unit: string, score: number, rank: number, tier: Tier, tied?: boolean): string;
  noEvents: string;
  daysEarly(days: number): string;
  daysLate(days: number): string;
  daysOverdue(days: number): string;
  /** `unplanned`: done − planned in days, against the planLeadDays it needed. */
  planLead(days: number, needed: number): string;
}

const zh: AssessText = {
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
    ...COORDINATION_EVENTS.zh,
  },
  rank: (rank, tied) => (tied ? `并列${rank}` : String(rank)),
  unitLine: (unit, score, rank, tier, tied = false) => `${unit}  ${score}分  ${tied ? '并列' : ''}第${rank}名${tier === 'none' ? '' : `  ${zh.tier[tier]}`}`,
  noEvents: '（本月无加减分事项）',
  daysEarly: (days) => `提前${days}天`,
  daysLate: (days) => `晚${days}天`,
  daysOverdue: (days) => `逾期${days}天`,
  planLead: (days, needed) => (days < 0 ? `完成${-days}天后才列入计划，不计分` : `列入计划${days}天后完成，不足${needed}天，不计分`),
};

const en: AssessText = {
  listLabel: (list) => (list === 'meetings' ? 'Meetings' : LIST_LABELS[list].en),
  overdueTitle: (asOf, count, filter) => `Overdue milestones and items as of ${asOf}${filter}: ${count}`,
  noOverdue: (asOf, filter) => `Nothing overdue as of ${asOf}${filter}.`,
  filterUnit: (unit) => ` (unit: ${unit})`,
  filterLead: (lead) => ` (lead: ${lead})`,
  filterList: (list) => ` (list: ${LIST_LABELS[list].en})`,
  overdueHeader: ['List', 'Item', 'Milestone', 'Unit', 'Due', 'Days overdue'],
  itemItself: '(item deadline)',
  totalsTitle: 'Totals by unit:',
  unitTotal: (count, worst) => `${count} overdue, worst ${worst} ${worst === 1 ? 'day' : 'days'}`,
  grandTotal: (count) => `Total: ${count}`,
  totalsHeader: ['Unit', 'Overdue', 'Worst (days)'],
  scoreTitle: (zone, month, asOf) => `${zone}: monthly assessment ${month} (data as of ${asOf})`,
  scoreRules: (base, rewardAt, warnAt) => `Base ${base}; score ≥ ${rewardAt}: reward, < ${warnAt}: called in`,
  scoreHeader: ['Rank', 'Unit', 'Score', 'Additions', 'Deductions', 'Tier'],
  // The 约谈 tier: its JSON value stays "warning" (docs/scoring.md), but in words it must not read like a check warning.
  tier: { reward: 'reward', warning: 'called in', none: '—' },
  event: {
    'on-time': 'on time', early: 'early', claimed: 'claimed task', unplanned: 'unplanned', late: 'late',
    overdue: 'overdue', serious: 'seriously overdue', stale: 'no monthly update', adjustment: 'adjustment',
    ...COORDINATION_EVENTS.en,
  },
  rank: (rank) => String(rank),
  unitLine: (unit, score, rank, tier) => `${unit}  ${score} points  rank ${rank}${tier === 'none' ? '' : `  ${en.tier[tier]}`}`,
  noEvents: '(no events this month)',
  daysEarly: (days) => `${days} ${days === 1 ? 'day' : 'days'} early`,
  daysLate: (days) => `${days} ${days === 1 ? 'day' : 'days'} late`,
  daysOverdue: (days) => `${days} ${days === 1 ? 'day' : 'days'} overdue`,
  planLead: (days, needed) =>
    days < 0
      ? `planned ${-days} ${-days === 1 ? 'day' : 'days'} after it was done: no points`
      : `done ${days} ${days === 1 ? 'day' : 'days'} after it was planned, fewer than ${needed}: no points`,
};

const TEXTS: Record<Lang, AssessText> = { 'zh-CN': zh, en };

export function assessText(lang: Lang): AssessText {
  return TEXTS[lang];
}

/** The ranks that more than one unit shares (shown as 并列 in Chinese). */
export function tiedRanks(units: ReadonlyArray<{ rank: number }>): Set<number> {
  const seen = new Set<number>();
  const tied = new Set<number>();
  for (const u of units) (seen.has(u.rank) ? tied : seen).add(u.rank);
  return tied;
}
