import { meetingSchema } from './coordination.js';
import type { SchemaSpec } from './json-schema.js';
import { noticeSchema } from './notice.js';

/** The JSON Schemas of the coordination records (docs/fields.md): meetings and 督办 notices. */
export const COORDINATION_SPECS: readonly SchemaSpec[] = [
  {
    kind: 'meeting', file: 'meeting.schema.json', globs: ['meetings/*.yaml'],
    title: 'wuzhong 协调会议（meetings/<YYYY-MM-DD>-<名称>.yaml）',
    description: '协调会、专题会：日期、召集领导、参会单位、涉及的事项和节点、议定事项（像节点一样跟踪）。',
    schema: meetingSchema,
  },
  {
    kind: 'notice', file: 'notice.schema.json', globs: ['notices/*/*.yaml'],
    title: 'wuzhong 督办通知（notices/<YYYY>/<NNN>.yaml）',
    description: '由 wuzhong notice 起草的提醒、督办、催办通知，及其签收、回复和销号记录。',
    schema: noticeSchema,
  },
];
