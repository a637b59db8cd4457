// Wording of `log` (src/history/log-text.ts, coordination-log.ts), Chinese.
import type { CoordinationLogText } from '../history/coordination-log.js';
import type { LogText } from '../history/log-text.js';
import { zhQuote } from '../text/quote.js';
import { zhMonth } from './zh-dates.js';

/** `claimed` as written: a date, true (legacy: claimed at start) or none. */
export const claimText = (v: string | boolean | null, none: string) =>
  (v === null || v === false ? none : v === true ? 'true' : v);

/** Meetings and notices (src/history/coordination-log.ts). */

export const zhCoordinationLog: CoordinationLogText = {
  'meeting-created': (c) => `新建会议记录“${c.title}”（${c.date}），议定事项${c.decisions}项`,
  'record-deleted': () => '删除了记录文件',
  'decision-added': (c) => `新增议定事项“${c.text}”，落实单位${c.unit}，时限${c.due}`,
  'decision-due': (c) => `议定事项“${c.text}”的时限由${c.from}改为${c.to}`,
  'decision-done': (c) => (c.done === null ? `撤销议定事项“${c.text}”的落实日期` : `议定事项“${c.text}”记录落实于${c.done}`),
  'decision-removed': (c) => `删除议定事项“${c.text}”`,
  'notice-issued': (c) => `发出${c.noticeKind}通知${c.number}（${c.unit}），${c.replyBy}前回复`,
  'notice-received': (c) => `${c.by}于${c.date}签收`,
  'notice-replied': (c) => `${c.date}回复`,
  'notice-closed': (c) => `${c.by}于${c.date}销号`,
};

export const zhLog: LogText = {
  status: { active: '推进中', done: '已办结', cancelled: '已撤销' },
  header: (item, since, n) => `${item ? `事项 ${item} 的变更历史（最早的在前）` : '各事项的变更（最新的在前）'}${since ? `，${since}起` : ''}：${n}条`,
  columns: { date: '日期', commit: '提交', author: '作者', item: '事项', changes: '变更' },
  none: '没有找到变更记录',
  itemWord: '事项',
  milestone: (title) => `节点${zhQuote(title)}`,
  moved: (what, from, to, p) =>
    `${what}时限${from} → ${to}${to < from ? '（提前）' : p ? `（有延期记录，批准：${p.approved}，理由：${p.reason}）` : '（无延期记录）'}`,
  change: {
    created: (c) => `新建事项${zhQuote(c.title)}，时限${c.due}`,
    'history-start': (c) => `本地历史从这里开始（浅克隆）：此时已有事项${zhQuote(c.title)}，时限${c.due}`,
    deleted: () => '删除了事项文件',
    unreadable: () => '此版本无法解析，未作比较',
    due: (c) => zhLog.moved(zhLog.itemWord, c.from, c.to, c.postponement),
    'milestone-due': (c) => zhLog.moved(zhLog.milestone(c.milestone), c.from, c.to, c.postponement),
    'milestone-added': (c) => `新增节点${zhQuote(c.milestone)}，时限${c.due}${c.planned ? `，列入计划${c.planned}` : ''}`,
    'milestone-removed': (c) => `删除节点${zhQuote(c.milestone)}`,
    'postponement-added': (c) => `补充${c.milestone === null ? '事项' : `节点${zhQuote(c.milestone)}`}的延期记录：原时限${c.from}，批准：${c.approved}${c.date ? `（${c.date}）` : ''}，理由：${c.reason}`,
    'milestone-done': (c) =>
      `节点${zhQuote(c.milestone)}记录完成于${c.done}${c.previous ? `（原为${c.previous}）` : ''}，${c.days === 0 ? '当天提交' : c.days > 0 ? `晚${c.days}天提交` : `提交日期早于完成日期${-c.days}天`}`,
    'milestone-undone': (c) => `撤销节点${zhQuote(c.milestone)}的完成日期${c.previous}`,
    status: (c) => `状态${zhLog.status[c.from]} → ${zhLog.status[c.to]}${c.closed ? `（${c.closed}）` : ''}`,
    percent: (c) =>
      c.to === null ? `${zhMonth(c.month)}进度${c.from}%被删除` : c.from === null ? `${zhMonth(c.month)}进度${c.to}%` : `${zhMonth(c.month)}进度${c.from}% → ${c.to}%`,
    'milestone-renamed': (c) => `节点${zhQuote(c.from)}改名为${zhQuote(c.to)}`,
    owner: (c) => `${c.milestone === null ? '' : `节点${zhQuote(c.milestone)}的`}责任单位${c.from} → ${c.to}`,
    plan: (c) => `节点${zhQuote(c.milestone)}的计划日期${c.from ?? '（未填）'} → ${c.to ?? '（未填）'}`,
    claim: (c) => `主动认领${claimText(c.from, '未认领')} → ${claimText(c.to, '未认领')}`,
    'postponement-edited': (c) => `改动或删除了${c.milestone === null ? '事项' : `节点${zhQuote(c.milestone)}`}原时限为${c.from}的延期记录`,
    amendment: (c) => `${zhMonth(c.month)}考核更正：${c.approved}于${c.date}批准，理由：${c.reason}`,
    adjustments: (c) => `${zhMonth(c.month)}考核加减分有变动`,
    edited: () => '修改了其他内容',
    ...zhCoordinationLog,
  },
};
