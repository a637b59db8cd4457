import { alignColumns } from '../text/table.js';
import type { Lang } from '../model/diagnostic.js';
import { zhQuote } from '../text/quote.js';
import { zhMonth } from '../i18n/zh.js';
import type { Postponement, Status } from '../model/item.js';
import type { Change } from './changes.js';
import type { LogEntry } from './log.js';
import { COORDINATION_CHANGE_TEXT } from './coordination-log.js';

type Texts = {
  status: Record<Status, string>;
  header: (item: string | undefined, since: string | undefined, n: number) => string;
  columns: { date: string; commit: string; author: string; item: string; changes: string };
  none: string;
  change: { [K in Change['kind']]: (c: Extract<Change, { kind: K }>) => string };
  moved: (what: string, from: string, to: string, p: Postponement | null) => string;
  milestone: (title: string) => string;
  itemWord: string;
};

/** `claimed` as written: a date, true (legacy: claimed at start) or none. */
const claimText = (v: string | boolean | null, none: string) => (v === null || v === false ? none : v === true ? 'true' : v);

const zh: Texts = {
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
    due: (c) => zh.moved(zh.itemWord, c.from, c.to, c.postponement),
    'milestone-due': (c) => zh.moved(zh.milestone(c.milestone), c.from, c.to, c.postponement),
    'milestone-added': (c) => `新增节点${zhQuote(c.milestone)}，时限${c.due}${c.planned ? `，列入计划${c.planned}` : ''}`,
    'milestone-removed': (c) => `删除节点${zhQuote(c.milestone)}`,
    'postponement-added': (c) => `补充${c.milestone === null ? '事项' : `节点${zhQuote(c.milestone)}`}的延期记录：原时限${c.from}，批准：${c.approved}${c.date ? `（${c.date}）` : ''}，理由：${c.reason}`,
    'milestone-done': (c) =>
      `节点${zhQuote(c.milestone)}记录完成于${c.done}${c.previous ? `（原为${c.previous}）` : ''}，${c.days === 0 ? '当天提交' : c.days > 0 ? `晚${c.days}天提交` : `提交日期早于完成日期${-c.days}天`}`,
    'milestone-undone': (c) => `撤销节点${zhQuote(c.milestone)}的完成日期${c.previous}`,
    status: (c) => `状态${zh.status[c.from]} → ${zh.status[c.to]}${c.closed ? `（${c.closed}）` : ''}`,
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
    ...COORDINATION_CHANGE_TEXT.zh,
  },
};

const en: Texts = {
  status: { active: 'active', done: 'done', cancelled: 'cancelled' },
  header: (item, since, n) => `${item ? `History of ${item} (oldest first)` : 'Changes to all items (newest first)'}${since ? `, since ${since}` : ''}: ${n} entr${n === 1 ? 'y' : 'ies'}`,
  columns: { date: 'date', commit: 'commit', author: 'author', item: 'item', changes: 'changes' },
  none: 'no changes found',
  itemWord: 'item',
  milestone: (title) => `milestone "${title}"`,
  moved: (what, from, to, p) =>
    `${what} deadline ${from} → ${to}${to < from ? ' (earlier)' : p ? ` (postponement approved by ${p.approved}: ${p.reason})` : ' (no postponement record)'}`,
  change: {
    created: (c) => `created "${c.title}", due ${c.due}`,
    'history-start': (c) => `history starts here (shallow clone): "${c.title}" already existed, due ${c.due}`,
    deleted: () => 'item file deleted',
    unreadable: () => 'this version does not parse; not compared',
    due: (c) => en.moved(en.itemWord, c.from, c.to, c.postponement),
    'milestone-due': (c) => en.moved(en.milestone(c.milestone), c.from, c.to, c.postponement),
    'milestone-added': (c) => `added milestone "${c.milestone}", due ${c.due}${c.planned ? `, planned ${c.planned}` : ''}`,
    'milestone-removed': (c) => `removed milestone "${c.milestone}"`,
    'postponement-added': (c) => `postponement recorded for the ${c.milestone === null ? 'item' : `milestone "${c.milestone}"`}: from ${c.from}, approved by ${c.approved}${c.date ? ` on ${c.date}` : ''}, reason: ${c.reason}`,
    'milestone-done': (c) =>
      `milestone "${c.milestone}" done on ${c.done}${c.previous ? ` (was ${c.previous})` : ''}, ${c.days === 0 ? 'recorded the same day' : c.days > 0 ? `recorded ${c.days} day${c.days === 1 ? '' : 's'} later` : `committed ${-c.days} day${c.days === -1 ? '' : 's'} before that date`}`,
    'milestone-undone': (c) => `milestone "${c.milestone}" no longer done (was ${c.previous})`,
    status: (c) => `status ${c.from} → ${c.to}${c.closed ? ` (${c.closed})` : ''}`,
    percent: (c) =>
      c.to === null ? `${c.month} percent ${c.from}% removed` : c.from === null ? `${c.month} progress ${c.to}%` : `${c.month} progress ${c.from}% → ${c.to}%`,
    'milestone-renamed': (c) => `milestone "${c.from}" renamed "${c.to}"`,
    owner: (c) => `${c.milestone === null ? '' : `milestone "${c.milestone}" `}unit ${c.from} → ${c.to}`,
    plan: (c) => `milestone "${c.milestone}" planned ${c.from ?? '(none)'} → ${c.to ?? '(none)'}`,
    claim: (c) => `claimed ${claimText(c.from, 'no')} → ${claimText(c.to, 'no')}`,
    'postponement-edited': (c) => `changed or removed the postponement from ${c.from} of the ${c.milestone === null ? 'item' : `milestone "${c.milestone}"`}`,
    amendment: (c) => `amendment of ${c.month}: approved by ${c.approved} on ${c.date}, reason: ${c.reason}`,
    adjustments: (c) => `adjustments of ${c.month} changed`,
    edited: () => 'other fields edited',
    ...COORDINATION_CHANGE_TEXT.en,
  },
};

const TEXTS: Record<Lang, Texts> = { 'zh-CN': zh, en };

export function changeText(c: Change, lang: Lang): string {
  return (TEXTS[lang].change[c.kind] as (c: Change) => string)(c);
}

/** The table of `wuzhong log`: one row per entry, further changes on continuation lines under the first. */
export function formatLogTable(
  entries: readonly LogEntry[], lang: Lang, opts: { item?: string; since?: string },
): string {
  const T = TEXTS[lang];
  const head = `${T.header(opts.item, opts.since, entries.length)}\n`;
  if (entries.length === 0) return `${head}${T.none}\n`;
  const withItem = opts.item === undefined;
  const titles = [
    T.columns.date, T.columns.commit, T.columns.author, ...(withItem ? [T.columns.item] : []), T.columns.changes,
  ];
  const rows = entries.map((e) => [
    e.date, e.commit.slice(0, 7), e.author, ...(withItem ? [e.item] : []), e.changes.map((c) => changeText(c, lang)),
  ]);
  const lines = alignColumns([titles, ...rows]);
  return `${head}\n${lines.join('\n')}\n`;
}

/** `--format json`: the entries with every change as data. */
type LogView = { item?: string; since?: string; timeZone: string };

export function formatLogJson(entries: readonly LogEntry[], opts: LogView): string {
  return `${JSON.stringify({ item: opts.item ?? null, since: opts.since ?? null, timezone: opts.timeZone, entries }, null, 2)}\n`;
}

/** The output formats of `log`, the first the default: a format is one function and one line here. */
export const logFormats = {
  table: (entries: readonly LogEntry[], lang: Lang, opts: LogView) => formatLogTable(entries, lang, opts),
  json: (entries: readonly LogEntry[], _lang: Lang, opts: LogView) => formatLogJson(entries, opts),
} as const;
