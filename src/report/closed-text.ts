import type { Amendment, Standing } from '../assess/closed.js';
import type { Lang } from '../model/diagnostic.js';
import { zhMonth } from '../i18n/zh.js';
import { assessText } from './assess-text.js';

/** Wording for closed (published) months: the `closed-month` finding, notes of `score`, the 更正说明 section. */
export interface ClosedText {
  /** `score` of a closed month, on stderr. */
  /** `corrections`: how many corrections the published result already carries. */
  recorded(month: string, file: string, committed: string | undefined, corrections?: number): string;
  amended(month: string, file: string, count: number): string;
  differs(month: string): string;
  /** `report` refusing to rewrite a published month without an amendment. */
  refuseReport(month: string, file: string): string;
  /** The 更正说明 section. */
  heading: string;
  /** The heading of one notice when there are several. */
  nth(n: number): string;
  intro(month: string): string;
  amendment(a: Amendment): string;
  changesHeader: string[];
  standing(s: Standing | null): string;
  noChange: string;
}

const zhTier = (s: Standing) => assessText('zh-CN').tier[s.tier];
const enTier = (s: Standing) => assessText('en').tier[s.tier];

const zh: ClosedText = {
  recorded: (month, file, committed, corrections = 0) =>
    `wuzhong: ${zhMonth(month)}考核结果已公布（${file}${committed === undefined ? '' : `，${committed}提交`}${corrections > 0 ? `，含${corrections}次更正` : ''}），以下为公布的结果。\n`,
  amended: (month, file, count) => `wuzhong: ${zhMonth(month)}考核结果已公布（${file}），此后登记了${count}项更正（assessments/${month}.yaml），以下为更正后重新计算的结果。\n`,
  differs: (month) => `注意：按现在的数据计算的${zhMonth(month)}结果与公布的不同，且没有登记更正（运行 wuzhong check 查看差异）。`,
  refuseReport: (month, file) => `wuzhong report：${zhMonth(month)}考核结果已公布（${file}），现在的数据给出不同的结果，却没有登记在报告提交之后的更正；请先运行 wuzhong check 查看差异，在 assessments/${month}.yaml 的 amendments 中登记更正后再生成报告。\n`,
  heading: '更正说明',
  nth: (n) => `第${n}次更正`,
  intro: (month) => `本报告首次公布后，经批准对${zhMonth(month)}考核结果作如下更正：`,
  amendment: (a) => `${a.date}，经${a.approved}批准：${a.reason}`,
  changesHeader: ['单位', '原结果', '更正后'],
  standing: (s) => (s === null ? '—' : `${s.score}分，第${s.rank}名${s.tier === 'none' ? '' : `，${zhTier(s)}`}`),
  noChange: '各单位的考核结果未因此改变。',
};

const en: ClosedText = {
  recorded: (month, file, committed, corrections = 0) =>
    `wuzhong: ${month} was published (${file}${committed === undefined ? '' : `, committed ${committed}`}${corrections > 0 ? `, with ${corrections} ${corrections === 1 ? 'correction' : 'corrections'}` : ''}); this is the published result.\n`,
  amended: (month, file, count) => `wuzhong: ${month} was published (${file}) and has ${count} ${count === 1 ? 'amendment' : 'amendments'} since (assessments/${month}.yaml); this is the amended result, recomputed from today's data.\n`,
  differs: (month) => `note: today's data gives a different result for ${month} and no amendment records why (run wuzhong check to see the differences).`,
  refuseReport: (month, file) => `wuzhong report: ${month} was published (${file}) and today's data gives a different result, with no amendment dated after the report was committed; run wuzhong check to see the differences, add an amendment under amendments in assessments/${month}.yaml, then write the report.\n`,
  heading: 'Corrections',
  nth: (n) => `Correction ${n}`,
  intro: (month) => `After this report was first published, the result for ${month} was corrected with approval as follows:`,
  amendment: (a) => `${a.date}, approved by ${a.approved}: ${a.reason}`,
  changesHeader: ['Unit', 'Published', 'Corrected'],
  standing: (s) => (s === null ? '—' : `${s.score} points, rank ${s.rank}${s.tier === 'none' ? '' : `, ${enTier(s)}`}`),
  noChange: 'No unit’s result changed.',
};

export const CLOSED_TEXT: Record<Lang, ClosedText> = { 'zh-CN': zh, en };
