import type { Lang } from '../model/diagnostic.js';
import { messages } from '../i18n/index.js';
import type { NoticeData, NoticeNode } from '../model/notice.js';
import type { Zone } from '../model/zone.js';
import { scalar } from '../scaffold/yaml-text.js';
import { escapeCell as cell, escapeInline as inline, table } from '../text/markdown.js';

/**
 * The notice record `notice` writes (notices/<year>/<NNN>.yaml): the drafted fields, then commented places for
 * what happens next — 签收 (received), replies, 销号 (closed) — filled in by hand in later commits.
 */
export function noticeYaml(n: NoticeData, lang: Lang): string {
  const t = messages(lang).noticeDoc.template;
  const lines = [
    '# yaml-language-server: $schema=../../schemas/notice.schema.json',
    `number: ${scalar(n.number)}`,
    `kind: ${scalar(n.kind)}`,
    `unit: ${scalar(n.unit)}`,
    `date: ${n.date}`,
    `replyBy: ${n.replyBy}`,
    ...(n.follows ? [`follows: [${n.follows.map(scalar).join(', ')}]`] : []),
    'nodes:',
    ...n.nodes.flatMap((x) => [
      `  - item: ${x.item}`,
      ...(x.milestone === undefined ? [] : [`    milestone: ${scalar(x.milestone)}`]),
      `    due: ${x.due}`,
      `    status: ${x.status}`,
      ...(x.days === undefined ? [] : [`    days: ${x.days}`]),
      ...(x.reasons === undefined ? [] : [`    reasons: ${scalar(x.reasons)}`]),
    ]),
    `# ${t.received}`,
    '# received: { date: YYYY-MM-DD, by: }',
    `# ${t.replies}`,
    '# replies:',
    '#   - date: YYYY-MM-DD',
    '#     text:',
    `# ${t.closed}`,
    '# closed: { date: YYYY-MM-DD, by: , note: }',
  ];
  return `${lines.join('\n')}\n`;
}

/** The notice as its printable copies show it, in words (docs/supervisors.md): the .md and the .docx say the same. */
export interface NoticeCopy {
  number: string;
  title: string;
  /** 主送: the unit, with its colon. */
  to: string;
  body: string;
  header: string[];
  /** One row per node: 序号, 事项, 节点, 时限, 情形. */
  rows: [number, string, string, string, string][];
  /** 落款 and the date under it. */
  signer: string;
  date: string;
}

/** What a notice calls each node's item: the item's title, or the meeting's title for a decision. */
export function noticeTitles(zone: Zone): Map<string, string> {
  return new Map<string, string>([
    ...zone.items.map((i) => [i.key, i.data.title] as const),
    ...(zone.meetings ?? []).map((m) => [m.key, m.data.title] as const),
  ]);
}

/** The words of a notice: number, title by kind, addressee, body with the reply deadline, the nodes, sender, date. */
export function noticeCopy(n: NoticeData, zone: string, titles: ReadonlyMap<string, string>, lang: Lang): NoticeCopy {
  const t = messages(lang).noticeDoc;
  const state = (x: NoticeNode) => (x.status === 'overdue' ? t.overdue(x.days ?? 0) : t.risk(x.reasons ?? ''));
  const follows = n.follows && n.follows.length > 0 ? t.follows(n.follows) : '';
  return {
    number: n.number,
    title: t.title[n.kind],
    to: t.to(n.unit),
    body: t.body(n.date, follows, n.replyBy),
    header: t.header,
    rows: n.nodes.map((x, i) => [i + 1, titles.get(x.item) ?? x.item, x.milestone ?? t.itemDeadline, x.due, state(x)]),
    signer: t.signer(zone),
    date: t.date(n.date),
  };
}

/** The printable copy (notices/<year>/<NNN>.md): number, addressee, the nodes, the reply deadline, sender and date. */
export function noticeMarkdown(n: NoticeData, zone: string, titles: ReadonlyMap<string, string>, lang: Lang): string {
  const c = noticeCopy(n, zone, titles, lang);
  const rows = c.rows.map(([no, item, milestone, due, state]) =>
    [String(no), cell(item), cell(milestone), due, cell(state)]);
  return [
    `# ${inline(c.number)}`,
    `## ${inline(c.title)}`,
    inline(c.to),
    inline(c.body),
    table(c.header, rows),
    inline(c.signer),
    c.date,
  ].join('\n\n') + '\n';
}
