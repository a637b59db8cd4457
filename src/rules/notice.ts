import { msg } from '../i18n/index.js';
import { workingDaysUntil } from '../model/calendar.js';
import { daysBetween } from '../model/dates.js';
import { addWorkingDays, isClosedNotice, isUnanswered, RECEIVE_DAYS } from '../model/notice.js';
import type { Rule } from './types.js';

export const noticeUnanswered: Rule = {
  id: 'notice-unanswered',
  severity: 'warning',
  description: {
    zh: '督办通知的回复期限已过，没有回复，也没有销号',
    en: 'a notice\'s reply deadline has passed with no reply and the notice is not closed',
  },
  help: {
    zh: '收到回复后在通知文件的 replies 中追加一条（date、text）；事项已落实的，督查专班核实后填写 closed 销号。',
    en: 'When the reply comes, add it under replies (date, text) in the notice file; once the matter is settled and checked, close the notice (closed).',
  },
  run({ zone, asOf }, report) {
    for (const { file, data } of zone.notices ?? []) {
      if (isUnanswered(data, asOf)) report(file, ['replyBy'], msg('noticeUnanswered', data.number, data.replyBy, daysBetween(data.replyBy, asOf)));
    }
  },
};

export const noticeUnreceived: Rule = {
  id: 'notice-unreceived',
  severity: 'info',
  description: {
    zh: `督办通知发出已满${RECEIVE_DAYS}个工作日，还没有签收`,
    en: `a notice not signed for within ${RECEIVE_DAYS} working days of being issued`,
  },
  help: {
    zh: '联系被督办单位确认收到通知，签收后在通知文件中填写 received（date、by）。',
    en: 'Call the unit to make sure the notice arrived; once signed for, fill in received (date, by) in the notice file.',
  },
  run({ zone, asOf, calendar }, report) {
    for (const { file, data } of zone.notices ?? []) {
      if (isClosedNotice(data, asOf) || (data.received !== undefined && data.received.date <= asOf)) continue;
      if (asOf > addWorkingDays(calendar, data.date, RECEIVE_DAYS)) {
        report(file, ['date'], msg('noticeUnreceived', data.number, data.date, workingDaysUntil(calendar, data.date, asOf)));
      }
    }
  },
};

export const noticeEscalate: Rule = {
  id: 'notice-escalate',
  severity: 'info',
  description: {
    zh: '督办通知逾期未回复，也还没有催办：建议发催办通知',
    en: 'a 督办 notice is unanswered and no 催办 follows it: a follow-up is suggested',
  },
  help: {
    zh: '运行 wuzhong notice --unit <单位> --kind 催办 起草催办通知，它会在 follows 中记下这份督办；或在回复到来后记录回复。',
    en: 'Run wuzhong notice --unit <unit> --kind 催办 to draft the follow-up, which records this notice under follows; or record the reply once it comes.',
  },
  run({ zone, asOf }, report) {
    const followed = new Set((zone.notices ?? []).filter((n) => n.data.kind === '催办' && n.data.date <= asOf).flatMap((n) => n.data.follows ?? []));
    for (const { id, file, data } of zone.notices ?? []) {
      if (data.kind === '督办' && isUnanswered(data, asOf) && !followed.has(id)) report(file, ['kind'], msg('noticeEscalate', data.number, data.unit));
    }
  },
};
