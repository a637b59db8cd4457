import type { Light, LightReason } from '../assess/lights.js';
import type { ListName } from '../model/fields.js';
import { LIST_LABELS } from '../model/lists.js';
import { zhMonth } from './zh-dates.js';

/** 公文 style: 2025年11月26日. */
export const zhDate = (date: string) => `${date.slice(0, 4)}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;

/** One decimal place, as people read percentages. */
export const pct = (x: number) => `${Math.round(x * 10) / 10}%`;

/** Wording of the 红黄绿灯 (`status`, the monthly report, the lead brief), in one language. */
export interface StatusText {
  /** The light as a word: readable in plain text and on every Git server, colour or not (docs/supervisors.md). */
  light: Record<Light, string>;
  /** In place of a light: done and cancelled items have none. */
  noLight: string;
  listLabel(list: ListName): string;
  title(asOf: string, filter: string): string;
  counts(red: number, yellow: number, green: number): string;
  none(asOf: string, filter: string): string;
  filterList(list: ListName): string;
  filterUnit(unit: string): string;
  filterLead(lead: string): string;
  filterLight(light: Light): string;
  header: readonly [light: string, list: string, item: string, unit: string, lead: string, time: string,
    percent: string, next: string, why: string];
  percent(value: number, month: string): string;
  timeProgress(x: number): string;
  next(due: string, milestone: string | null, days: number): string;
  reason(r: LightReason): string;
  reasonSep: string;
  rules(yellowDays: number, behindPoints: number): string;
  /** The monthly report: the header of the light column, and the counts in its overview. */
  column: string;
  reportCounts(asOf: string, counts: string): string;
  /** Between the counts and the rules in the report's paragraph. */
  sentenceSep: string;
}

export const zhStatus: StatusText = {
  light: { red: '红灯', yellow: '黄灯', green: '绿灯' },
  noLight: '—',
  listLabel: (list) => LIST_LABELS[list].zh,
  title: (asOf, filter) => `截至${zhDate(asOf)}“五重”事项亮灯情况${filter}`,
  counts: (red, yellow, green) => `红灯${red}项、黄灯${yellow}项、绿灯${green}项`,
  none: (asOf, filter) => `截至${zhDate(asOf)}没有推进中的事项${filter}。`,
  filterList: (list) => `（清单：${LIST_LABELS[list].zh}）`,
  filterUnit: (unit) => `（责任单位：${unit}）`,
  filterLead: (lead) => `（牵头领导：${lead}）`,
  filterLight: (light) => `（${zhStatus.light[light]}）`,
  header: ['亮灯', '清单', '事项', '责任单位', '牵头领导', '时序进度', '最新完成', '下一时限', '说明'],
  percent: (value, month) => `${value}%（${zhMonth(month)}填报）`,
  timeProgress: pct,
  next: (due, milestone, days) =>
    `${due}（${milestone ?? '事项完成时限'}，${days > 0 ? `还有${days}天` : days === 0 ? '今天到期' : `已逾期${-days}天`}）`,
  reason: (r) =>
    r.kind === 'overdue'
      ? `${r.milestone ?? '事项'}逾期${r.days}天`
      : r.kind === 'due-soon'
        ? `${r.milestone ?? '事项'}${r.days === 0 ? '今天到期' : `${r.days}天后到期`}`
        : `完成${r.percent}%，落后时序进度${Math.round(r.points * 10) / 10}个百分点`,
  reasonSep: '；',
  rules: (yellowDays, behindPoints) =>
    `红灯：事项或节点已逾期；黄灯：节点或事项${yellowDays}天内到期，或完成百分比落后时序进度${behindPoints}个百分点及以上；` +
    '绿灯：其余推进中的事项。已办结、已撤销的事项不亮灯。',
  column: '亮灯',
  reportCounts: (asOf, counts) => `截至${zhDate(asOf)}，推进中的事项${counts}。`,
  sentenceSep: '',
};


/** What `report --lead` says (docs/supervisors.md). */
export interface LeadBriefCliText {
  notABrief(path: string): string;
  notCommitted: string;
  push: string;
  indexLocked(lock: string, path: string): string;
}

export const zhLeadBriefCli: LeadBriefCliText = {
  notABrief: (path) => `${path} 已存在且不是牵头事项简报：拒绝覆盖，未写入任何文件。请用 --out 换一个路径；确需覆盖请加 --force`,
  notCommitted: '未提交（需要提交时加 --commit）',
  push: '--push 不能用于牵头事项简报：简报只写文件，需要时用 --commit 提交，再自行推送',
  indexLocked: (lock, path) => `Git 暂存区被另一个 git 进程锁定（${lock} 已存在）：未提交任何内容；简报已写入 ${path}`,
};
