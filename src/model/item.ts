import { z } from 'zod';
import { date, leaderName, money, month, text, titleText, unitName, ID_PATTERN, LISTS, type ListName } from './fields.js';
import { problemCoordinationShape } from './coordination.js';

const postponement = z
  .strictObject({
    from: date('原时限', '延期前的完成时限 YYYY-MM-DD'),
    reason: text('延期理由'),
    approved: leaderName('批准领导'),
    date: date('批准日期', '批准延期的日期 YYYY-MM-DD；新增的延期记录必须填写').optional(),
  })
  .meta({ title: '延期记录', description: '经批准的时限调整' });

const milestone = z
  .strictObject({
    title: titleText('节点名称', '在本事项内唯一，用于识别节点'),
    due: date('节点时限'),
    planned: date('列入计划日期', '节点列入计划的日期 YYYY-MM-DD；不填视为事项开始日期').optional(),
    done: date('完成日期').optional(),
    owner: unitName('节点责任单位').optional(),
    evidence: text('完成佐证').optional(),
    postponed: z.array(postponement).optional().meta({ title: '节点延期记录' }),
  })
  .meta({ title: '节点' });

const update = z
  .strictObject({
    month: month('月份'),
    text: text('进展情况'),
    percent: z.number().min(0).max(100).optional().meta({ title: '完成百分比', description: '0–100' }),
  })
  .meta({ title: '月度进展' });

const problem = z
  .strictObject({
    raised: date('提出日期'),
    text: text('问题描述'),
    resolved: date('解决日期').optional(),
    ...problemCoordinationShape,
  })
  .meta({ title: '需协调解决的问题' });

const target = z
  .strictObject({
    name: text('指标名称'),
    unit: text('计量单位', '如 公里、吨、万元'),
    goal: z.number().gt(0).meta({ title: '目标值', description: '大于 0' }),
    actual: z.number().min(0).optional().meta({ title: '实际完成值', description: '不小于 0' }),
  })
  .meta({ title: '量化指标' });

const linkPattern = `^(${LISTS.join('|')})/${ID_PATTERN.slice(1, -1)}$`;

const commonShape = {
  title: titleText('名称'),
  lead: leaderName('牵头领导'),
  owner: unitName('责任单位'),
  partners: z.array(unitName('配合单位')).optional().meta({ title: '配合单位' }),
  start: date('开始日期'),
  due: date('完成时限', '不早于开始日期 YYYY-MM-DD'),
  status: z.enum(['active', 'done', 'cancelled']).optional().meta({ title: '状态', description: 'active 推进中 / done 已办结 / cancelled 已撤销；默认 active' }),
  closed: date('办结/撤销日期', 'status 为 done 或 cancelled 时必填').optional(),
  claimed: z
    .union([z.boolean(), date('认领日期')])
    .optional()
    .meta({ title: '主动认领', description: '主动认领的额外任务：认领日期 YYYY-MM-DD（旧写法 true 视为开始日期认领）' }),
  tags: z.array(text('标签')).optional().meta({ title: '标签', description: '如产业链 专用汽车' }),
  summary: text('概述').optional(),
  links: z
    .array(z.string().regex(new RegExp(linkPattern), 'link').meta({ title: '关联事项', description: '<清单>/<编号>，如 projects/jiaotou-supply-chain' }))
    .optional()
    .meta({ title: '关联事项' }),
  postponed: z.array(postponement).optional().meta({ title: '延期记录' }),
  targets: z.array(target).optional().meta({ title: '量化指标' }),
  milestones: z.array(milestone).optional().meta({ title: '节点' }),
  updates: z.array(update).optional().meta({ title: '月度进展' }),
  problems: z.array(problem).optional().meta({ title: '需协调解决的问题' }),
};

const stages = ['lead', 'talks', 'signed', 'registered', 'started', 'operating'] as const;

export const listSchemas = {
  enterprises: z
    .strictObject({
      ...commonShape,
      company: text('企业全称'),
      industry: text('产业链').optional(),
      honors: z.array(text('荣誉资质')).optional().meta({ title: '荣誉资质', description: '国家级高新技术企业、专精特新等' }),
      measures: z.array(text('一企一策措施')).optional().meta({ title: '一企一策措施' }),
    })
    .meta({ title: '重点企业' }),
  investments: z
    .strictObject({
      ...commonShape,
      investor: text('投资方'),
      stage: z.enum(stages).meta({ title: '招商阶段', description: 'lead 线索 / talks 洽谈 / signed 签约 / registered 注册 / started 开工 / operating 投产' }),
      industry: text('产业链').optional(),
      amount: money('计划投资', 'nonnegative').optional(),
      funds_in_place: money('实际到位资金', 'nonnegative').optional(),
    })
    .meta({ title: '重大招商' }),
  projects: z
    .strictObject({
      ...commonShape,
      milestones: z.array(milestone).min(1).meta({ title: '节点', description: '重大项目至少一个节点' }),
      investment: money('总投资', 'positive'),
      land: z.number().gt(0).optional().meta({ title: '占地', description: '单位：亩' }),
      annual_plan: money('年度计划投资', 'nonnegative').optional(),
      annual_done: money('年度已完成投资', 'nonnegative').optional(),
    })
    .meta({ title: '重大项目' }),
  reforms: z.strictObject({ ...commonShape, goal: text('改革目标').optional() }).meta({ title: '重大改革' }),
  tasks: z.strictObject({ ...commonShape }).meta({ title: '重点工作' }),
} satisfies Record<ListName, z.ZodType>;

export type Milestone = z.infer<typeof milestone>;
export type Update = z.infer<typeof update>;
export type Problem = z.infer<typeof problem>;
export type Target = z.infer<typeof target>;
export type Postponement = z.infer<typeof postponement>;
export type Status = 'active' | 'done' | 'cancelled';

/** The fields every list shares, plus whatever the list adds. */
export type ItemData = z.infer<(typeof listSchemas)['tasks']> & Record<string, unknown>;

export { LIST_LABELS } from './lists.js';
