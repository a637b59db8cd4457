import type { Lang } from '../model/diagnostic.js';
import type { NoticeData, NoticeKind } from '../model/notice.js';
import { scalar } from '../scaffold/yaml-text.js';
import { escapeCell as cell, escapeInline as inline, table } from '../text/markdown.js';

/** 公文 dates: 2025年11月26日. */
const zhDate = (d: string) => `${d.slice(0, 4)}年${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;

/**
 * The notice record `notice` writes (notices/<year>/<NNN>.yaml): the drafted fields, then commented places for
 * what happens next — 签收 (received), replies, 销号 (closed) — filled in by hand in later commits.
 */
export function noticeYaml(n: NoticeData, lang: Lang): string {
  const zh = lang !== 'en';
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
    zh ? '# 签收后填写（签收日期、签收人）：' : '# when signed for (date, by whom):',
    '# received: { date: YYYY-MM-DD, by: }',
    zh ? '# 每次回复追加一条：' : '# one entry per reply:',
    '# replies:',
    '#   - date: YYYY-MM-DD',
    '#     text:',
    zh ? '# 销号时填写（日期、销号人、说明）：' : '# when closed (销号: date, by whom, note):',
    '# closed: { date: YYYY-MM-DD, by: , note: }',
  ];
  return `${lines.join('\n')}\n`;
}

const TITLE: Record<NoticeKind, { zh: string; en: string }> = {
  提醒: { zh: '关于重点任务节点的提醒函', en: 'Reminder on key task milestones' },
  督办: { zh: '关于重点任务节点的督办通知', en: 'Supervision notice on key task milestones' },
  催办: { zh: '关于重点任务节点的催办通知', en: 'Follow-up notice on key task milestones' },
};

/** The printable copy (notices/<year>/<NNN>.md): number, addressee, the nodes, the reply deadline, sender and date. */
export function noticeMarkdown(n: NoticeData, zone: string, titles: ReadonlyMap<string, string>, lang: Lang): string {
  const zh = lang !== 'en';
  const title = (item: string) => titles.get(item) ?? item;
  const state = (x: NoticeData['nodes'][number]) =>
    x.status === 'overdue' ? (zh ? `已逾期${x.days ?? 0}天` : `${x.days ?? 0} days overdue`) : (zh ? `有延误风险：${x.reasons ?? ''}` : `at risk: ${x.reasons ?? ''}`);
  const rows = n.nodes.map((x, i) => [String(i + 1), cell(title(x.item)), cell(x.milestone ?? (zh ? '（事项完成时限）' : '(item deadline)')), x.due, cell(state(x))]);
  const header = zh ? ['序号', '事项', '节点', '时限', '情形'] : ['No.', 'Item', 'Milestone', 'Due', 'Status'];
  const follows = n.follows && n.follows.length > 0
    ? (zh ? `前次督办（${n.follows.join('、')}）至今未回复，现予催办。` : `The earlier notice(s) ${n.follows.join(', ')} are unanswered; this follows them up.`)
    : '';
  const body = zh
    ? `根据“五重”清单截至${zhDate(n.date)}的数据，你单位负责的下列节点已逾期或存在延误风险。${follows}请抓紧推进，` +
      `并于${zhDate(n.replyBy)}前将落实情况书面回复督查专班。`
    : `According to the key task lists as of ${n.date}, the milestones below, for which your unit is responsible, are overdue ` +
      `or at risk of slipping. ${follows}Please push them on and reply in writing to the supervision office by ${n.replyBy}.`;
  return [
    `# ${inline(n.number)}`,
    `## ${inline(TITLE[n.kind][zh ? 'zh' : 'en'])}`,
    `${inline(n.unit)}${zh ? '：' : ':'}`,
    inline(body),
    table(header, rows),
    inline(zh ? `${zone}督查专班` : `${zone} supervision office`),
    zh ? zhDate(n.date) : n.date,
  ].join('\n\n') + '\n';
}
