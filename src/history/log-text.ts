import { alignColumns } from '../text/table.js';
import type { Lang } from '../model/diagnostic.js';
import { enLog } from '../i18n/en-log.js';
import { zhLog } from '../i18n/zh-log.js';
import type { Postponement, Status } from '../model/item.js';
import type { Change } from './changes.js';
import type { LogEntry } from './log.js';

/** The words of `log` in one output language: src/i18n/zh-log.ts and en-log.ts. */
export type LogText = {
  status: Record<Status, string>;
  header: (item: string | undefined, since: string | undefined, n: number) => string;
  columns: { date: string; commit: string; author: string; item: string; changes: string };
  none: string;
  change: { [K in Change['kind']]: (c: Extract<Change, { kind: K }>) => string };
  moved: (what: string, from: string, to: string, p: Postponement | null) => string;
  milestone: (title: string) => string;
  itemWord: string;
};

const TEXTS: Record<Lang, LogText> = { 'zh-CN': zhLog, en: enLog };

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
