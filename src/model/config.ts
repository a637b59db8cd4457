import { z } from 'zod';
import { date, isTimeZone, name, text } from './fields.js';
import { lookalikeKey, nameFault } from './names.js';
import { documentsSchema } from './documents.js';
import { noticeSettingsSchema } from './notice.js';

export const assessmentDefaults = {
  base: 100,
  onTime: 5,
  early: 3,
  earlyDays: 30,
  claimed: 2,
  late: 0,
  overdue: 5,
  serious: 5,
  seriousDays: 30,
  stale: 2,
  rewardAt: 110,
  warnAt: 95,
  filingDay: 5,
  planLeadDays: 30,
  // docs/scoring.md: decisions of coordination meetings, and 督办 notices left unanswered (off by default).
  decisionOnTime: 2,
  decisionLate: 0,
  decisionOverdue: 2,
  noticeUnanswered: 0,
} as const;

/** Bounds that keep every setting a number a person would write (an unbounded one could outweigh a month of work). */
/** The zone's time zone when wuzhong.yaml names none: "today" is computed in it (docs/fields.md). */
export const DEFAULT_TIMEZONE = 'Asia/Shanghai';

export const LIMITS = { points: 100, score: 1000, days: 366 } as const;

const points = (title: string, def: number) =>
  z.number().min(0).max(LIMITS.points).optional().meta({ title, description: `分值（0–${LIMITS.points}），默认${def}` });
const days = (title: string, def: number) =>
  z.number().int().min(0).max(LIMITS.days).optional().meta({ title, description: `天数（0–${LIMITS.days}的整数），默认${def}` });
const scoreLine = (title: string, description: string) =>
  z.number().min(-LIMITS.score).max(LIMITS.score).optional().meta({ title, description });

const assessmentSettings = z
  .strictObject({
    base: scoreLine('基础分', '默认100'),
    onTime: points('节点按时完成加分', 5),
    early: points('提前完成额外加分', 3),
    earlyDays: days('提前完成的天数门槛', 30),
    claimed: points('主动认领任务额外加分', 2),
    late: points('节点逾期完成加分', 0),
    overdue: points('节点逾期扣分', 5),
    serious: points('严重逾期额外扣分', 5),
    seriousDays: days('严重逾期的天数门槛', 30),
    stale: points('未报月度进展扣分', 2),
    rewardAt: scoreLine('奖励分数线', '得分不低于此值为奖励，默认110'),
    warnAt: scoreLine('约谈分数线', '得分低于此值为约谈，默认95'),
    filingDay: z.number().int().min(1).max(28).optional().meta({ title: '进展报送日', description: '每月几日前报送上月进展（1–28），默认5；次日起上月考核结果锁定' }),
    planLeadDays: days('节点提前列入计划的天数', 30),
    decisionOnTime: points('会议议定事项按时落实加分', 2),
    decisionLate: points('会议议定事项逾期落实加分', 0),
    decisionOverdue: points('会议议定事项逾期未落实扣分', 2),
    noticeUnanswered: points('督办通知逾期未回复扣分', 0),
    approvers: z.array(name('审批领导', '须是 wuzhong.yaml 的 leaders 之一')).optional().meta({ title: '审批领导', description: '填写后，只有这些领导可以批准延期和考核更正' }),
  })
  .superRefine((s, ctx) => {
    // A score can't be both rewarded and called in.
    if ((s.rewardAt ?? assessmentDefaults.rewardAt) < (s.warnAt ?? assessmentDefaults.warnAt)) ctx.addIssue({ code: 'custom', message: 'thresholds', path: ['rewardAt'] });
  })
  .meta({ title: '月度考核规则' });

/**
 * docs/fields.md: names are how items refer to units and leaders, so each may appear once, and no two may look
 * alike (equal after NFKC, case folding and removing whitespace):
 * a penalty must not land on a unit that prints the same.
 */
function uniqueNames(names: string[], ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  const keys = new Map<string, string>();
  names.forEach((name, i) => {
    if (seen.has(name)) ctx.addIssue({ code: 'custom', message: 'duplicate', path: [i] });
    else if (nameFault(name) === undefined) {
      const like = keys.get(lookalikeKey(name));
      if (like !== undefined) ctx.addIssue({ code: 'custom', message: 'lookalike', path: [i], params: { like } });
      else keys.set(lookalikeKey(name), name);
    }
    seen.add(name);
  });
}

/** docs/fields.md (`risk`): the early-warning thresholds of `wuzhong risk` and the `risk` rule. */
export const riskDefaults = { dueWithin: 10, problemDays: 30, postponements: 2 } as const;
export type RiskSettings = { [K in keyof typeof riskDefaults]: number };

const riskSettings = z
  .strictObject({
    dueWithin: z.number().int().min(0).max(LIMITS.days).optional().meta({ title: '临近到期的工作日数', description: `节点在这么多个工作日内到期且事项进度落后时预警（0–${LIMITS.days}的整数），默认10` }),
    problemDays: days('问题未解决的天数门槛', 30),
    postponements: z.number().int().min(1).max(100).optional().meta({ title: '延期次数门槛', description: '节点时限已延期这么多次时预警（1–100的整数），默认2' }),
  })
  .meta({ title: '风险预警阈值', description: 'wuzhong risk 和 risk 规则使用' });

/** The `risk` thresholds with defaults filled in. */
export function riskSettingsOf(config: Config | undefined): RiskSettings {
  return { ...riskDefaults, ...config?.risk };
}

/** docs/fields.md (`lights`): the thresholds of the 红黄绿灯 (docs/supervisors.md). */
export const lightDefaults = { yellowDays: 15, behindPoints: 5 } as const;
export type LightSettings = { [K in keyof typeof lightDefaults]: number };

const lightSettings = z
  .strictObject({
    yellowDays: z.number().int().min(0).max(LIMITS.days).optional().meta({
      title: '黄灯提前天数',
      description: `未完成的节点或事项的时限距当天不超过这么多个自然日时亮黄灯（0–${LIMITS.days}的整数），默认15`,
    }),
    behindPoints: z.number().min(0).max(100).optional().meta({
      title: '黄灯滞后百分点',
      description: '最近一次填报的完成百分比落后时序进度达到这么多个百分点时亮黄灯（0–100），默认5',
    }),
  })
  .meta({ title: '红黄绿灯阈值', description: 'wuzhong status 和月报使用' });

/** The `lights` thresholds with defaults filled in. */
export function lightSettingsOf(config: Config | undefined): LightSettings {
  return { ...lightDefaults, ...config?.lights };
}

export const configSchema = z
  .strictObject({
    zone: text('园区名称'),
    timezone: text('时区', 'IANA 时区名，默认 Asia/Shanghai').refine(isTimeZone, 'timezone').optional(),
    calendar: z.enum(['cn', 'weekends', 'none']).optional().meta({ title: '工作日历', description: 'cn 国务院法定节假日与调休 / weekends 周一至周五 / none 每天都是工作日；默认 cn' }),
    locale: z.enum(['zh-CN', 'en']).optional().meta({ title: '输出语言', description: '默认 zh-CN' }),
    units: z.array(name('单位名称', '首尾不能有空格')).min(1).superRefine(uniqueNames).meta({ title: '责任单位', description: '不得重复；顺序即显示顺序' }),
    leaders: z.array(name('领导姓名', '首尾不能有空格')).min(1).superRefine(uniqueNames).meta({ title: '领导', description: '不得重复' }),
    holidays: z.array(date('额外休息日')).optional().meta({ title: '额外休息日' }),
    workdays: z.array(date('额外工作日')).optional().meta({ title: '额外工作日（调休）' }),
    assessment: assessmentSettings.optional(),
    risk: riskSettings.optional(),
    notices: noticeSettingsSchema.optional(),
    lights: lightSettings.optional(),
    documents: documentsSchema.optional(),
  })
  .superRefine((c, ctx) => {
    // A day listed as both a holiday and a working day is a contradiction, not a preference.
    const off = new Set(c.holidays ?? []);
    c.workdays?.forEach((d, i) => {
      if (off.has(d)) ctx.addIssue({ code: 'custom', message: 'both', path: ['workdays', i] });
    });
  })
  .meta({ title: 'wuzhong.yaml 园区配置' });

export const assessmentFileSchema = z
  .strictObject({
    adjustments: z
      .array(
        z.strictObject({
          unit: name('单位', '须与 wuzhong.yaml 的 units 完全一致'),
          points: z.number().min(-LIMITS.points).max(LIMITS.points).meta({ title: '分值', description: `加分为正，减分为负，绝对值不超过 ${LIMITS.points}` }),
          reason: text('理由'),
        }),
      )
      .optional()
      .meta({ title: '考核加减分' }),
    amendments: z
      .array(
        z.strictObject({
          reason: text('更正理由'),
          approved: name('批准领导', '须与 wuzhong.yaml 的 leaders 完全一致'),
          date: date('批准日期'),
        }),
      )
      .optional()
      .meta({ title: '考核更正', description: '已锁定或已发布月份的考核结果，只能经批准的更正改变' }),
    requirements: z
      .array(text('工作要求'))
      .optional()
      .meta({ title: '下步工作要求', description: 'Word 通报（report --format docx）“下步工作要求”一节，每项一段' }),
  })
  .meta({ title: '月度考核手工加减分' });

export type Config = z.infer<typeof configSchema>;
/** The numeric settings with defaults filled in; `approvers` stays in the config (a list, no default). */
export type AssessmentSettings = { [K in keyof typeof assessmentDefaults]: number };
export type Amendment = NonNullable<AssessmentFile['amendments']>[number];
export type AssessmentFile = z.infer<typeof assessmentFileSchema>;
