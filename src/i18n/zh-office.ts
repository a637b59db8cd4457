import type { OfficeText } from '../office/text.js';
import { LIST_LABELS } from '../model/item.js';
import { zhAssess } from './zh-assess.js';
import { zhDay as zhDate, zhMonth } from './zh-dates.js';

/** Messages of the Office outputs (docx, xlsx, csv); spread into zh.ts. */
export const zhOffice = {
  docNumberPattern: (value: string) => `发文字号“${value}”中没有{n}（期数），如 高新督〔{year}〕{n}号`,
};

/** Why an Office file may not go where --out says (src/write/office-target.ts). */
export type OfficeOutProblem = 'empty' | 'directory' | 'data' | 'git-dir';

/** What the Office outputs (report --format docx, export, score --format xlsx) say, in both output languages. */
export interface OfficeCliText {
  out: (problem: OfficeOutProblem, shown: string) => string;
  cannotWrite: (path: string, reason: string) => string;
  wrote: (path: string) => string;
  notCommitted: string;
  commitOutside: (path: string) => string;
  needsOut: (format: string) => string;
  badIssue: (value: string) => string;
  badDate: (value: string) => string;
  docxOnly: (flag: string) => string;
  committed: (short: string, subject: string) => string;
  commitUnchanged: string;
  indexLocked: (lock: string) => string;
}

export const zhOfficeCli: OfficeCliText = {
  out: (problem, shown) =>
    ({
      empty: '--out 的值为空：请给出输出文件的路径，未写入任何文件',
      directory: `--out ${shown} 是目录（或以 / 结尾），不是文件：请给出文件路径，未写入任何文件`,
      data: `--out ${shown} 指向清单数据（wuzhong.yaml、lists/、assessments/、meetings/、notices/），不能覆盖数据，未写入任何文件`,
      'git-dir': `--out ${shown} 位于 .git 目录内，未写入任何文件`,
    })[problem],
  cannotWrite: (path, reason) => `无法写入 ${path}（${reason}）`,
  wrote: (path) => `已写入 ${path}`,
  notCommitted: '未提交（Office 文件默认不提交；需要时加 --commit）',
  commitOutside: (path) => `--commit：${path} 不在园区仓库内，无法提交`,
  needsOut: (format) => `--format ${format} 是二进制文件，不输出到终端：已写入文件（用 --out 指定位置）`,
  badIssue: (value) => `--issue 应为正整数（收到“${value}”）`,
  badDate: (value) => `--date 应为真实存在的日期 YYYY-MM-DD（收到“${value}”）`,
  docxOnly: (flag) => `${flag} 只用于 --format docx`,
  committed: (short, subject) => `已提交 ${short} ${subject}`,
  commitUnchanged: '与已提交的版本相同，未提交',
  indexLocked: (lock) => `另一个 git 进程正在使用索引（${lock}），未提交`,
};

/** The ledger, the score sheet and the Word report (src/office/text.ts). */
export const zhOfficeText: OfficeText = {
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
  tier: zhAssess.tier,
  event: zhAssess.event,
  scoreRules: (base, rewardAt, warnAt) => `基础分${base}分；得分不低于${rewardAt}分奖励，低于${warnAt}分约谈。`,
  signatures: ['审核人：', '审批人：', '日期：'],
  itemDeadline: '（事项完成时限）',
};
