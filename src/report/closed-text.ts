import type { Amendment, ClosedFinding, Standing } from '../assess/closed.js';
import type { ScoreEvent } from '../assess/score.js';
import type { Lang } from '../model/diagnostic.js';
import { assessText } from './assess-text.js';
import { signed } from './score-view.js';

/** Wording for closed (published) months: the `closed-month` finding, notes of `score`, the 更正说明 section. */
export interface ClosedText {
  finding(f: ClosedFinding): string;
  /** `score` of a closed month, on stderr. */
  recorded(month: string, file: string, committed: string | undefined): string;
  amended(month: string, file: string, count: number): string;
  differs(month: string): string;
  /** `report` refusing to rewrite a published month without an amendment. */
  refuseReport(month: string, file: string): string;
  unreadable(detail: string): string;
  /** The 更正说明 section. */
  heading: string;
  intro(month: string): string;
  amendment(a: Amendment): string;
  changesHeader: string[];
  standing(s: Standing | null): string;
  noChange: string;
}

const MAX_EVENTS = 3;

function eventList(f: ClosedFinding, lang: Lang): string {
  const t = assessText(lang);
  const one = (e: ScoreEvent) => {
    const what = e.event === 'adjustment' ? e.reason ?? '' : [e.item, e.milestone].filter(Boolean).join(lang === 'en' ? ', ' : ' ');
    const kind = t.event[e.event] ?? e.event;
    if (lang === 'en') return `${kind} ${signed(e.points)}${what === '' ? '' : ` (${what})`}`;
    return `${kind}${signed(e.points)}${what === '' ? '' : `（${what}）`}`;
  };
  const parts = [
    ...f.added.map((e) => (lang === 'en' ? `now ${one(e)}` : `新增${one(e)}`)),
    ...f.removed.map((e) => (lang === 'en' ? `no longer ${one(e)}` : `不再有${one(e)}`)),
  ];
  const more = parts.length - MAX_EVENTS;
  const shown = parts.slice(0, MAX_EVENTS).join(lang === 'en' ? '; ' : '；');
  return more > 0 ? shown + (lang === 'en' ? `; and ${more} more` : `；另有${more}项`) : shown;
}

/** 公文 style: 2026年10月. */
const zhMonth = (month: string) => `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;
const zhTier = (s: Standing) => assessText('zh-CN').tier[s.tier];
const enTier = (s: Standing) => assessText('en').tier[s.tier];

const zh: ClosedText = {
  finding: (f) => {
    const { month, file, committedDay } = f.closed;
    const { unit, from, to } = f.change;
    const when = committedDay === undefined ? '' : `，${committedDay}提交`;
    const change =
      from === null ? `${unit}在公布的结果中没有，现在得${to!.score}分` :
      to === null ? `${unit}公布为${from.score}分，现在已不在 units 中` :
      `${unit}的得分${from.score} → ${to.score}` +
        (from.rank !== to.rank || from.tier !== to.tier ? `（名次${from.rank} → ${to.rank}，档次${zhTier(from)} → ${zhTier(to)}）` : '');
    const why = f.added.length + f.removed.length > 0 ? `：${eventList(f, 'zh-CN')}` : '';
    const earlier = f.earlier.length > 0 ? `assessments/${month}.yaml 中的更正日期早于月报提交日，不能涵盖这次改动；` : '';
    return `${zhMonth(month)}考核结果已公布（${file}${when}），按现在的数据重新计算，${change}${why}。${earlier}已公布的月份只能通过更正改动：请在 assessments/${month}.yaml 的 amendments 中登记更正（reason 原因、approved 批准领导、date 日期），或撤回这项修改`;
  },
  recorded: (month, file, committed) => `wuzhong: ${zhMonth(month)}考核结果已公布（${file}${committed === undefined ? '' : `，${committed}提交`}），以下为公布的结果。\n`,
  amended: (month, file, count) => `wuzhong: ${zhMonth(month)}考核结果已公布（${file}），此后登记了${count}项更正（assessments/${month}.yaml），以下为更正后重新计算的结果。\n`,
  differs: (month) => `注意：按现在的数据计算的${zhMonth(month)}结果与公布的不同，且没有登记更正（运行 wuzhong check 查看差异）。`,
  refuseReport: (month, file) => `wuzhong report：${zhMonth(month)}考核结果已公布（${file}），现在的数据给出不同的结果，却没有登记在报告提交之后的更正；请先运行 wuzhong check 查看差异，在 assessments/${month}.yaml 的 amendments 中登记更正后再生成报告。\n`,
  unreadable: (detail) => `无法读取 git 历史，未检查已公布的月份：${detail}`,
  heading: '更正说明',
  intro: (month) => `本报告首次公布后，经批准对${zhMonth(month)}考核结果作如下更正：`,
  amendment: (a) => `${a.date}，经${a.approved}批准：${a.reason}`,
  changesHeader: ['单位', '原结果', '更正后'],
  standing: (s) => (s === null ? '—' : `${s.score}分，第${s.rank}名${s.tier === 'none' ? '' : `，${zhTier(s)}`}`),
  noChange: '各单位的考核结果未因此改变。',
};

const en: ClosedText = {
  finding: (f) => {
    const { month, file, committedDay } = f.closed;
    const { unit, from, to } = f.change;
    const when = committedDay === undefined ? '' : `, committed ${committedDay}`;
    const change =
      from === null ? `${unit}, absent from the published result, now scores ${to!.score}` :
      to === null ? `${unit}, published with ${from.score}, is no longer in units` :
      `${unit} scores ${from.score} → ${to.score}` +
        (from.rank !== to.rank || from.tier !== to.tier ? ` (rank ${from.rank} → ${to.rank}, tier ${enTier(from)} → ${enTier(to)})` : '');
    const why = f.added.length + f.removed.length > 0 ? `: ${eventList(f, 'en')}` : '';
    const earlier = f.earlier.length > 0 ? ` The amendments in assessments/${month}.yaml are dated before the report was committed and do not cover this change.` : '';
    return `${month} was published (${file}${when}); recomputed from today's data, ${change}${why}.${earlier} A published month changes only through an amendment: add one under amendments in assessments/${month}.yaml (reason, approved, date), or undo the edit`;
  },
  recorded: (month, file, committed) => `wuzhong: ${month} was published (${file}${committed === undefined ? '' : `, committed ${committed}`}); this is the published result.\n`,
  amended: (month, file, count) => `wuzhong: ${month} was published (${file}) and has ${count} ${count === 1 ? 'amendment' : 'amendments'} since (assessments/${month}.yaml); this is the amended result, recomputed from today's data.\n`,
  differs: (month) => `note: today's data gives a different result for ${month} and no amendment records why (run wuzhong check to see the differences).`,
  refuseReport: (month, file) => `wuzhong report: ${month} was published (${file}) and today's data gives a different result, with no amendment dated after the report was committed; run wuzhong check to see the differences, add an amendment under amendments in assessments/${month}.yaml, then write the report.\n`,
  unreadable: (detail) => `could not read the git history, so published months were not checked: ${detail}`,
  heading: 'Corrections',
  intro: (month) => `After this report was first published, the result for ${month} was corrected with approval as follows:`,
  amendment: (a) => `${a.date}, approved by ${a.approved}: ${a.reason}`,
  changesHeader: ['Unit', 'Published', 'Corrected'],
  standing: (s) => (s === null ? '—' : `${s.score} points, rank ${s.rank}${s.tier === 'none' ? '' : `, ${enTier(s)}`}`),
  noChange: 'No unit’s result changed.',
};

export const CLOSED_TEXT: Record<Lang, ClosedText> = { 'zh-CN': zh, en };
