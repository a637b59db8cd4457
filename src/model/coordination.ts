import { z } from 'zod';
import { daysBetween } from './dates.js';
import { date, leaderName, text, titleText, unitName, ID_PATTERN, LISTS } from './fields.js';
import type { SourceFile } from './zone.js';

/** docs/fields.md (需协调事项): where a problem has to be solved, and how far its coordination has got. */
export const PROBLEM_LEVELS = ['区', '市', '省', '外部'] as const;
export const PROBLEM_STATES = ['待交办', '已交办', '协调中', '已解决', '无法解决'] as const;
/** The states that end a problem: they go with a `resolved` date, and the others without one (rule `problem-state`). */
export const CLOSED_PROBLEM_STATES: readonly ProblemState[] = ['已解决', '无法解决'];
export type ProblemLevel = (typeof PROBLEM_LEVELS)[number];
export type ProblemState = (typeof PROBLEM_STATES)[number];

/** A meeting file's stem: `YYYY-MM-DD-<slug>`, the slug like an item id. */
export const MEETING_PATTERN = `^(\\d{4}-\\d{2}-\\d{2})-(${ID_PATTERN.slice(1, -1)})$`;
const LINK_PATTERN = `^(${LISTS.join('|')})/${ID_PATTERN.slice(1, -1)}$`;

/** The optional fields a problem gains for coordination (spread into the problem schema in item.ts). */
export const problemCoordinationShape = {
  coordinator: leaderName('协调领导').optional(),
  units: z.array(unitName('交办单位')).optional().meta({ title: '交办单位' }),
  level: z.enum(PROBLEM_LEVELS).optional().meta({ title: '协调层级', description: '区 / 市 / 省 / 外部' }),
  state: z
    .enum(PROBLEM_STATES)
    .optional()
    .meta({ title: '协调状态', description: '待交办 / 已交办 / 协调中 / 已解决 / 无法解决；已解决、无法解决须填 resolved，其余不填' }),
  meeting: z
    .string()
    .regex(new RegExp(MEETING_PATTERN), 'meeting')
    .optional()
    .meta({ title: '协调会议', description: '研究该问题的会议：meetings/ 下的文件名（不含 .yaml），如 2025-11-12-heating-rail' }),
};

const decision = z
  .strictObject({
    text: text('议定事项'),
    unit: unitName('落实单位'),
    due: date('落实时限'),
    done: date('落实日期').optional(),
    evidence: text('落实佐证').optional(),
  })
  .meta({ title: '议定事项', description: '会议交办的一项任务，像节点一样跟踪' });

const concern = z
  .strictObject({
    item: z.string().regex(new RegExp(LINK_PATTERN), 'link').meta({ title: '事项', description: '<清单>/<编号>' }),
    milestones: z.array(titleText('节点名称', '该事项中的节点名称')).optional().meta({ title: '涉及的节点' }),
  })
  .meta({ title: '涉及事项' });

export const meetingSchema = z
  .strictObject({
    date: date('会议日期', '须与文件名中的日期一致 YYYY-MM-DD'),
    title: titleText('会议名称'),
    convener: leaderName('召集领导'),
    units: z.array(unitName('参会单位')).min(1).meta({ title: '参会单位' }),
    items: z.array(concern).optional().meta({ title: '涉及事项', description: '会议研究的事项及其节点' }),
    decisions: z.array(decision).optional().meta({ title: '议定事项' }),
    summary: text('会议纪要').optional(),
  })
  .meta({ title: '协调会议（meetings/<YYYY-MM-DD>-<名称>.yaml）' });

export type MeetingData = z.infer<typeof meetingSchema>;
export type Decision = z.infer<typeof decision>;

export interface Meeting {
  /** The file stem, `YYYY-MM-DD-<slug>`: how problems refer to the meeting. */
  id: string;
  /** `meetings/<id>`: how output names it, beside `<list>/<id>`. */
  key: string;
  file: SourceFile;
  data: MeetingData;
}

/** One decision with the meeting that took it. */
export interface DecisionRef {
  meeting: Meeting;
  index: number;
  decision: Decision;
}

/** Every decision of the meetings held by D (all when D is undefined), in meeting order then file order. */
export function decisionsOf(meetings: readonly Meeting[] | undefined, d?: string): DecisionRef[] {
  return (meetings ?? []).flatMap((meeting) => (d !== undefined && meeting.data.date > d
    ? []
    : (meeting.data.decisions ?? []).map((decision, index) => ({ meeting, index, decision }))));
}

/** docs/scoring.md: a decision is done as of D when its `done` is on or before D, like a milestone. */
export const decisionDone = (x: Decision, d: string) => x.done !== undefined && x.done <= d;

/** A decision overdue as of D: its meeting held by D, not done by D, `due < D`; days are calendar days. */
export interface OverdueDecision extends DecisionRef {
  days: number;
}

export function overdueDecisions(meetings: readonly Meeting[] | undefined, d: string): OverdueDecision[] {
  return decisionsOf(meetings, d)
    .filter((r) => !decisionDone(r.decision, d) && r.decision.due < d)
    .map((r) => ({ ...r, days: daysBetween(r.decision.due, d) }));
}
