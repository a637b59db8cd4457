import type { NoticeKind } from '../model/notice.js';

/** 公文 dates: 2025年11月26日. */
const zhDate = (d: string) => `${d.slice(0, 4)}年${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;

/** What `wuzhong notice` says (src/cli/notice.ts), in both output languages. */
export interface NoticeCliText {
  needUnit: string;
  badKind: (kind: string) => string;
  nothing: (unit: string, asOf: string) => string;
  wrote: (paths: string[], number: string) => string;
  /** The Word copy could not be made: the record and the Markdown copy stand, and are committed without it. */
  noDocx: (detail: string) => string;
  notCommitted: string;
  notRepo: (root: string) => string;
  committed: (short: string, subject: string, files: number) => string;
  failed: (detail: string) => string;
  locked: (lock: string) => string;
}

/** The words of the notice itself, the same in its printable copies (.md and .docx; src/report/notice.ts). */
export interface NoticeDocText {
  title: Record<NoticeKind, string>;
  header: string[];
  itemDeadline: string;
  overdue: (days: number) => string;
  risk: (reasons: string) => string;
  follows: (ids: string[]) => string;
  body: (date: string, follows: string, replyBy: string) => string;
  to: (unit: string) => string;
  signer: (zone: string) => string;
  date: (d: string) => string;
  /** The commented places for what follows in the record (notices/<year>/<NNN>.yaml). */
  template: { received: string; replies: string; closed: string };
}

const count = ['', '这一个文件', '这两个文件', '这三个文件'];

export const zhNoticeCli: NoticeCliText = {
  needUnit: 'notice 需要 --unit <单位>：通知发给哪个单位',
  badKind: (kind) => `--kind 的值“${kind}”无效，可选：提醒、督办、催办`,
  nothing: (unit, asOf) => `截至${asOf}，${unit}没有逾期或有延误风险的节点，未起草通知`,
  wrote: (paths, number) => `已起草${number}：${paths.join('、')}`,
  noDocx: (detail) => `未能生成 Word 版（${detail}）：通知记录和 Markdown 版已写入`,
  notCommitted: '按 --no-commit 要求，未提交',
  notRepo: (root) => `${root} 不在 Git 仓库中：通知已写入，未提交任何内容`,
  committed: (short, subject, files) => `已提交${short}：${subject}（只含${count[files] ?? `这${files}个文件`}）`,
  failed: (detail) => `提交失败，通知已写入但未提交：${detail}`,
  locked: (lock) => `Git 索引被另一个进程锁定（${lock}）：通知已写入，未提交`,
};

export const zhNoticeDoc: NoticeDocText = {
  title: { 提醒: '关于重点任务节点的提醒函', 督办: '关于重点任务节点的督办通知', 催办: '关于重点任务节点的催办通知' },
  header: ['序号', '事项', '节点', '时限', '情形'],
  itemDeadline: '（事项完成时限）',
  overdue: (days) => `已逾期${days}天`,
  risk: (reasons) => `有延误风险：${reasons}`,
  follows: (ids) => `前次督办（${ids.join('、')}）至今未回复，现予催办。`,
  body: (date, follows, replyBy) =>
    `根据“五重”清单截至${zhDate(date)}的数据，你单位负责的下列节点已逾期或存在延误风险。${follows}请抓紧推进，` +
    `并于${zhDate(replyBy)}前将落实情况书面回复督查专班。`,
  to: (unit) => `${unit}：`,
  signer: (zone) => `${zone}督查专班`,
  date: zhDate,
  template: { received: '签收后填写（签收日期、签收人）：', replies: '每次回复追加一条：', closed: '销号时填写（日期、销号人、说明）：' },
};

/** `wuzhong notice` and its notice; spread into zh.ts. */
export const zhNotice = { noticeCli: zhNoticeCli, noticeDoc: zhNoticeDoc };
