import { z } from 'zod';
import type { Calendar } from './calendar.js';
import { addDays } from './dates.js';
import { date, text, unitName } from './fields.js';
import type { SourceFile } from './zone.js';

/** docs/supervisors.md: 提醒 (a reminder), 督办 (supervision), 催办 (a reminder after an unanswered 督办). */
export const NOTICE_KINDS = ['提醒', '督办', '催办'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];
/** The kinds an unanswered notice is scored for (docs/scoring.md): a 提醒 is only a reminder. */
export const SCORED_NOTICE_KINDS: readonly NoticeKind[] = ['督办', '催办'];

/** A notice file: notices/<YYYY>/<NNN>.yaml, numbered within its year. */
export const NOTICE_PATH = /^notices\/(\d{4})\/(\d{3})\.yaml$/;

const node = z
  .strictObject({
    item: z.string().regex(/^[a-z]+\/[a-z0-9]+(-[a-z0-9]+)*$/, 'link').meta({ title: '事项', description: '<清单>/<编号>，或议定事项所属的 meetings/<会议>' }),
    milestone: text('节点', '节点名称或议定事项；不填为事项本身的完成时限').optional(),
    due: date('时限'),
    status: z.enum(['overdue', 'risk']).meta({ title: '情形', description: 'overdue 已逾期 / risk 有延误风险' }),
    days: z.number().int().min(0).optional().meta({ title: '逾期天数' }),
    reasons: text('风险原因').optional(),
  })
  .meta({ title: '督办的节点' });

const signed = z.strictObject({ date: date('签收日期'), by: text('签收人') }).meta({ title: '签收' });
const reply = z.strictObject({ date: date('回复日期'), text: text('回复内容') }).meta({ title: '回复' });
const closed = z.strictObject({ date: date('销号日期'), by: text('销号人'), note: text('销号说明').optional() }).meta({ title: '销号' });

export const noticeSchema = z
  .strictObject({
    number: text('文号', '如 高新督〔2025〕3号，由 wuzhong notice 按 wuzhong.yaml 的 notices.pattern 编排'),
    kind: z.enum(NOTICE_KINDS).meta({ title: '类别', description: '提醒 / 督办 / 催办' }),
    unit: unitName('被督办单位'),
    date: date('发出日期'),
    replyBy: date('回复期限', '发出后 notices.replyDays 个工作日'),
    follows: z
      .array(z.string().regex(/^\d{4}\/\d{3}$/, 'notice').meta({ title: '前序通知', description: '<年>/<序号>，如 2025/003' }))
      .optional()
      .meta({ title: '前序通知', description: '催办所跟进的督办通知' }),
    nodes: z.array(node).meta({ title: '督办的节点' }),
    received: signed.optional(),
    replies: z.array(reply).optional().meta({ title: '回复' }),
    closed: closed.optional(),
  })
  .meta({ title: '督办通知（notices/<YYYY>/<NNN>.yaml）' });

export type NoticeData = z.infer<typeof noticeSchema>;
export type NoticeNode = NoticeData['nodes'][number];

export interface Notice {
  /** `<YYYY>/<NNN>`, how other notices refer to it. */
  id: string;
  year: number;
  /** The number within its year. */
  n: number;
  file: SourceFile;
  data: NoticeData;
}

/** The n-th working day after `from` (docs/supervisors.md: a reply deadline of `replyDays` working days). */
export function addWorkingDays(calendar: Calendar, from: string, n: number): string {
  let d = from;
  for (let left = n; left > 0; ) {
    d = addDays(d, 1);
    if (calendar.nonWorkReason(d) === undefined) left--;
  }
  return d;
}

/** The first reply on or before D, if any. */
export const firstReply = (n: NoticeData, d: string) =>
  (n.replies ?? []).filter((r) => r.date <= d).sort((a, b) => (a.date < b.date ? -1 : 1))[0];
/** Closed (销号) as of D. */
export const isClosedNotice = (n: NoticeData, d: string) => n.closed !== undefined && n.closed.date <= d;

/** docs/fields.md (`notices`): how notices are numbered and how long a unit has to reply. */
export const noticeDefaults = { pattern: '督〔{year}〕{n}号', replyDays: 5 } as const;
export type NoticeSettings = { pattern: string; replyDays: number };

export const noticeSettingsSchema = z
  .strictObject({
    pattern: z
      .string()
      .regex(/\{n\}/, 'noticePattern')
      .optional()
      .meta({ title: '文号格式', description: '{year} 换成年份，{n} 换成当年的序号，如 高新督〔{year}〕{n}号；默认 督〔{year}〕{n}号' }),
    replyDays: z.number().int().min(1).max(60).optional().meta({ title: '回复期限（工作日）', description: '发出后几个工作日内回复（1–60），默认 5' }),
  })
  .meta({ title: '督办通知', description: 'wuzhong notice 使用' });

export function noticeSettingsOf(config: { notices?: Partial<NoticeSettings> } | undefined): NoticeSettings {
  return { ...noticeDefaults, ...config?.notices };
}

/** The notice's number as written: the pattern with the year and the number in its year. */
export const noticeNumber = (pattern: string, year: number, n: number) =>
  pattern.replaceAll('{year}', String(year)).replaceAll('{n}', String(n));

/** The file of notice n of a year: notices/<year>/<NNN>.yaml (and .md, .docx for the printable copies). */
export const noticePath = (year: number, n: number, ext: 'yaml' | 'md' | 'docx') => `notices/${year}/${String(n).padStart(3, '0')}.${ext}`;

/** Signed for within this many working days (rule `notice-unreceived`). */
export const RECEIVE_DAYS = 2;

/** Unanswered as of D: not closed, the reply deadline passed (`replyBy < D`), no reply on or before the deadline. */
export function isUnanswered(n: NoticeData, d: string): boolean {
  if (isClosedNotice(n, d) || n.replyBy >= d) return false;
  const first = firstReply(n, d);
  return first === undefined || first.date > n.replyBy;
}
