import type { Calendar } from '../model/calendar.js';
import { addDays, lastDayOfYear, monthOf, nextMonth } from '../model/dates.js';
import type { ListName } from '../model/fields.js';
import { LIST_LABELS } from '../model/item.js';
import { schemaSpec } from '../model/json-schema.js';
import { scalar } from './yaml-text.js';

export interface ItemDraft {
  list: ListName;
  id: string;
  title?: string;
  owner: string;
  lead: string;
  /** Whether owner/lead were picked from wuzhong.yaml rather than given. */
  ownerDefaulted: boolean;
  leadDefaulted: boolean;
  start: string;
  due: string;
}

/** The last working day of the year of `start` (of the next year from December on), never before `start`. */
export function defaultDue(start: string, calendar: Calendar): string {
  let due = lastDayOfYear(nextMonth(monthOf(start)));
  while (due > start && calendar.nonWorkReason(due) !== undefined) due = addDays(due, -1);
  return due;
}

function defaultTitle(list: ListName, id: string): string {
  return `新建${LIST_LABELS[list].zh} ${id}`;
}

/** Fields of one list only; a list without an entry gets the common fields and a commented milestones block. */
const listFields: Partial<Record<ListName, (d: ItemDraft) => string[]>> = {
  enterprises: (d) => [
    `company: ${scalar(d.title ?? '待填写企业全称')}  # 企业全称（必填）`,
    '# industry: 专用汽车  # 产业链',
    '# honors: [国家级高新技术企业]  # 荣誉资质',
    '# measures: [一企一策措施]  # 一企一策',
  ],
  investments: (d) => [
    `investor: ${scalar('待填写投资方')}  # 投资方（必填）`,
    'stage: lead  # 招商阶段（必填）：lead 线索 / talks 洽谈 / signed 签约 / registered 注册 / started 开工 / operating 投产',
    '# industry: 专用汽车  # 产业链',
    '# amount: 50000  # 计划投资（万元）',
    '# funds_in_place: 0  # 实际到位资金（万元）',
    ...milestonesBlock(d, true),
  ],
  projects: (d) => [
    'investment: 1  # 总投资（万元，必填，大于 0）：请改为实际金额',
    '# land: 100  # 占地（亩）',
    '# annual_plan: 10000  # 年度计划投资（万元）',
    '# annual_done: 0  # 年度已完成投资（万元）',
    ...milestonesBlock(d, false),
  ],
  reforms: (d) => ['# goal: 改革目标', ...milestonesBlock(d, true)],
};

/** The month's cumulative figure an update of this list may carry (docs/fields.md). */
const updateFigure: Partial<Record<ListName, string[]>> = {
  projects: ['#     invested: 0  # 当年1月至本月末累计完成投资（万元）'],
  investments: ['#     funds: 0  # 截至本月末累计到位资金（万元）'],
};

/** Projects need at least one milestone (节点管控); elsewhere the example stays commented out. */
function milestonesBlock(d: ItemDraft, commented: boolean): string[] {
  const c = commented ? '# ' : '';
  return [
    `${c}milestones:  # 节点${commented ? '' : '（重大项目至少一个）'}：时限在开始日期与完成时限之间，完成后填 done`,
    `${c}  - title: ${commented ? '第一个节点' : '开工建设'}`,
    `${c}    due: ${d.due}`,
    `${c}    planned: ${d.start}  # 列入计划的日期：新增节点填当天；列入计划满 planLeadDays（默认 30）天后完成才加分`,
    `${c}    # done: ${d.due}  # 完成日期`,
  ];
}

/** The text of `lists/<list>/<id>.yaml` written by `wuzhong new`: every required key, valid as written. */
export function itemTemplate(d: ItemDraft): string {
  const pick = (defaulted: boolean, what: string) => (defaulted ? `：取自 wuzhong.yaml 的第一个${what}，请按实际修改` : '');
  return [
    `# yaml-language-server: $schema=../../schemas/${schemaSpec(d.list).file}`,
    `# ${LIST_LABELS[d.list].zh} ${d.list}/${d.id}：由 wuzhong new 生成，按实际情况修改后运行 wuzhong check。`,
    `title: ${scalar(d.title ?? defaultTitle(d.list, d.id))}  # 名称（必填）`,
    `lead: ${scalar(d.lead)}  # 牵头领导${pick(d.leadDefaulted, '领导')}`,
    `owner: ${scalar(d.owner)}  # 责任单位${pick(d.ownerDefaulted, '单位')}`,
    '# partners: [配合单位]  # 配合单位，须是 wuzhong.yaml 中的 units',
    `start: ${d.start}  # 开始日期`,
    `due: ${d.due}  # 完成时限，不早于开始日期；延期须写 postponed 记录`,
    `# claimed: ${d.start}  # 主动认领的额外任务：填认领日期，此后按时完成的节点考核加分`,
    '# tags: [专用汽车]',
    '# summary: 一句话概述',
    ...(listFields[d.list]?.(d) ?? milestonesBlock(d, true)),
    '# updates:  # 月度进展：每月报送日（默认5日）前填报上月情况，逾期未填报会提示',
    `#   - month: ${d.start.slice(0, 7)}`,
    '#     text: 进展情况',
    '#     percent: 10',
    ...(updateFigure[d.list] ?? []),
    '# targets:  # 量化指标：goal 大于 0，actual 不小于 0',
    '#   - name: 供热管网',
    '#     unit: 公里',
    '#     goal: 50',
    '#     actual: 29.97',
    '# problems:  # 需协调解决的问题：解决后填 resolved（超过30天未解决会提示）',
    `#   - raised: ${d.start}`,
    '#     text: 问题描述',
    `#     # resolved: ${d.start}`,
    '# postponed:  # 经批准的延期：把 due 改晚时，在这里加一条，from 写原来的时限（节点的延期写在该节点下）',
    `#   - from: ${d.due}`,
    '#     reason: 延期理由',
    `#     approved: ${d.lead}`,
    `#     date: ${d.start}  # 批准日期（必填）`,
    '# links: [projects/jiaotou-supply-chain]  # 关联事项：<清单>/<编号>',
    `# status: done  # 办结时改为 done（撤销为 cancelled），并填写 closed`,
    `# closed: ${d.due}`,
    '',
  ].join('\n');
}
