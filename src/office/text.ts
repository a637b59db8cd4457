import type { Lang } from '../model/diagnostic.js';
import type { ListName } from '../model/fields.js';
import { LIST_LABELS } from '../model/item.js';
import { assessText } from '../report/assess-text.js';

/** Every word of the Office outputs (台账, 考核结果表, Word 通报), in both output languages. */
export interface OfficeText {
  list(l: ListName): string;
  ledgerTitle(zone: string, asOf: string): string;
  ledgerSheetTitle(list: string, asOf: string): string;
  ledger: {
    seq: string; list: string; title: string; owner: string; lead: string;
    projectInvestment: string; dealAmount: string;
    anyInvestment: string; annualPlan: string; annualDone: string; funds: string; stage: string; state: string;
    start: string; due: string; update: string; progress: string; light: string; problems: string;
  };
  stage: Record<string, string>;
  state: Record<'open' | 'not-started' | 'done' | 'cancelled', string>;
  light: Record<'red' | 'yellow' | 'green', string>;
  /** `（2025年11月）`: the month an older update was reported in. */
  reportedIn(month: string): string;
  problem(text: string, raised: string): string;
  scoreTitle(zone: string, month: string): string;
  scoreSheet: string;
  eventsSheet: string;
  scoreHeader: readonly string[];
  eventsHeader: readonly string[];
  tier: ReturnType<typeof assessText>['tier'];
  event: ReturnType<typeof assessText>['event'];
  scoreRules(base: number, rewardAt: number, warnAt: number): string;
  signatures: readonly string[];
  itemDeadline: string;
}

const zhDate = (d: string) => `${d.slice(0, 4)}年${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;
const zhMonth = (m: string) => `${m.slice(0, 4)}年${Number(m.slice(5, 7))}月`;

const zh: OfficeText = {
  list: (l) => LIST_LABELS[l].zh,
  ledgerTitle: (zone, asOf) => `${zone}“五重”清单总台账（截至${zhDate(asOf)}）`,
  ledgerSheetTitle: (list, asOf) => `${list}台账（截至${zhDate(asOf)}）`,
  ledger: {
    seq: '序号', list: '清单', title: '名称', owner: '责任单位', lead: '牵头领导', projectInvestment: '总投资（万元）',
    dealAmount: '计划投资（万元）', anyInvestment: '总投资/计划投资（万元）', annualPlan: '年度计划投资（万元）',
    annualDone: '年度完成投资（万元）', funds: '到位资金（万元）', stage: '阶段', state: '状态', start: '开始日期',
    due: '完成时限', update: '最新进展', progress: '完成/时序进度', light: '亮灯', problems: '存在问题',
  },
  stage: { lead: '线索', talks: '洽谈', signed: '签约', registered: '注册', started: '开工', operating: '投产' },
  state: { open: '推进中', 'not-started': '未开始', done: '已办结', cancelled: '已撤销' },
  light: { red: '红灯', yellow: '黄灯', green: '绿灯' },
  reportedIn: (m) => `（${zhMonth(m)}）`,
  problem: (text, raised) => `${text}（${zhDate(raised)}提出）`,
  scoreTitle: (zone, month) => `${zone}“五重”工作${zhMonth(month)}考核结果表`,
  scoreSheet: '考核结果',
  eventsSheet: '明细',
  scoreHeader: ['名次', '责任单位', '得分', '加分', '减分', '等次'],
  eventsHeader: ['序号', '责任单位', '清单', '事项', '节点或理由', '类别', '分值'],
  tier: assessText('zh-CN').tier,
  event: assessText('zh-CN').event,
  scoreRules: (base, rewardAt, warnAt) => `基础分${base}分；得分不低于${rewardAt}分奖励，低于${warnAt}分约谈。`,
  signatures: ['审核人：', '审批人：', '日期：'],
  itemDeadline: '（事项完成时限）',
};

const en: OfficeText = {
  list: (l) => LIST_LABELS[l].en,
  ledgerTitle: (zone, asOf) => `${zone} five key lists: ledger as of ${asOf}`,
  ledgerSheetTitle: (list, asOf) => `${list}: ledger as of ${asOf}`,
  ledger: {
    seq: 'No.', list: 'List', title: 'Title', owner: 'Unit', lead: 'Lead', projectInvestment: 'Total investment (10k CNY)',
    dealAmount: 'Planned investment (10k CNY)', anyInvestment: 'Total/planned investment (10k CNY)',
    annualPlan: 'Annual plan (10k CNY)', annualDone: 'Annual done (10k CNY)', funds: 'Funds in place (10k CNY)',
    stage: 'Stage', state: 'State', start: 'Start', due: 'Due', update: 'Latest progress',
    progress: 'Done / time progress', light: 'Light', problems: 'Open problems',
  },
  stage: { lead: 'lead', talks: 'talks', signed: 'signed', registered: 'registered', started: 'started', operating: 'operating' },
  state: { open: 'open', 'not-started': 'not started', done: 'done', cancelled: 'cancelled' },
  light: { red: 'red', yellow: 'yellow', green: 'green' },
  reportedIn: (m) => ` (${m})`,
  problem: (text, raised) => `${text} (raised ${raised})`,
  scoreTitle: (zone, month) => `${zone} five key lists: assessment ${month}`,
  scoreSheet: 'Assessment',
  eventsSheet: 'Events',
  scoreHeader: ['Rank', 'Unit', 'Score', 'Additions', 'Deductions', 'Tier'],
  eventsHeader: ['No.', 'Unit', 'List', 'Item', 'Milestone or reason', 'Kind', 'Points'],
  tier: assessText('en').tier,
  event: assessText('en').event,
  scoreRules: (base, rewardAt, warnAt) => `Base score ${base}; ${rewardAt} or more is rewarded, below ${warnAt} is called in.`,
  signatures: ['Reviewed by:', 'Approved by:', 'Date:'],
  itemDeadline: '(item deadline)',
};

export function officeText(lang: Lang): OfficeText {
  return lang === 'en' ? en : zh;
}
