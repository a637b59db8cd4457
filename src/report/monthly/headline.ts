import type { Headline, Stage } from '../../assess/headline.js';
import type { Lang } from '../../model/diagnostic.js';
import { escapeInline, table } from '../../text/markdown.js';
import { filingNote } from '../filing-text.js';
import type { MonthlyReport } from './model.js';

// docs/supervisors.md "主要指标": how the report words and formats the headline numbers.

/** Round to `places` decimals and drop trailing zeros: 15, 12.5, 3.46. */
function decimal(n: number, places: number): string {
  const f = 10 ** places;
  return String(Math.round(n * f) / f);
}

/** Digits in groups of three (English). */
function grouped(n: number, places: number): string {
  return new Intl.NumberFormat('en-US', { maximumFractionDigits: places, useGrouping: true }).format(Number(decimal(n, places)));
}

/**
 * Money held in 万元, as a government report writes it: 1亿元 (10,000万元) and more in 亿元 to two decimals, less in 万元
 * (at most four digits, so no separators); in English in millions of yuan with separators.
 */
export function money(wan: number, lang: Lang): string {
  if (lang === 'en') return `CNY ${grouped(wan / 100, 2)} m`;
  return wan >= 10000 ? `${decimal(wan / 10000, 2)}亿元` : `${decimal(wan, 2)}万元`;
}

/** A percentage to one decimal, always with the decimal: 62.3%, 50.0%. */
export function percent(x: number): string {
  return `${(Math.round(x * 10) / 10).toFixed(1)}%`;
}

interface HeadlineText {
  heading: string;
  projects(h: Headline['projects'], month: string): string;
  investments(h: Headline['investments']): string;
  stageHeader: string[];
  stage: Record<Stage, string>;
  total: string;
  note: string;
}

const zhStages: Record<Stage, string> = { lead: '线索', talks: '洽谈', signed: '签约', registered: '注册', started: '开工', operating: '投产' };
const enStages: Record<Stage, string> = { lead: 'Lead', talks: 'Talks', signed: 'Signed', registered: 'Registered', started: 'Started', operating: 'Operating' };

const zhPeriod = (month: string) => (Number(month.slice(5, 7)) === 1 ? '1月' : `1—${Number(month.slice(5, 7))}月`);
const enMonths = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const enPeriod = (month: string) => {
  const m = Number(month.slice(5, 7));
  return m === 1 ? 'January' : `January–${enMonths[m - 1]}`;
};

const zh: HeadlineText = {
  heading: '主要指标',
  projects: (h, month) => {
    const rate = h.rate === undefined ? '' : `，完成率${percent(h.rate)}`;
    const parts = [
      `重大项目${h.count}个，总投资${money(h.investment, 'zh-CN')}${h.land > 0 ? `，用地${decimal(h.land, 2)}亩` : ''}；` +
        `年度计划投资${money(h.annualPlan, 'zh-CN')}，${zhPeriod(month)}累计完成投资${money(h.annualDone, 'zh-CN')}${rate}，` +
        `时序进度${percent(h.timeProgress)}。`,
    ];
    if (h.planMissing > 0) parts.push(`${h.planMissing}个项目未填年度计划投资。`);
    if (h.doneFromItem > 0) parts.push(`${h.doneFromItem}个项目未按月填报完成投资，取其当前的年度已完成投资。`);
    if (h.doneMissing > 0) parts.push(`${h.doneMissing}个项目未填报完成投资。`);
    if (h.cancelled > 0) parts.push(`另有${h.cancelled}个项目年内已撤销，未计入。`);
    return parts.join('');
  },
  investments: (h) =>
    `重大招商${h.count}个，计划投资${money(h.amount, 'zh-CN')}，累计到位资金${money(h.funds, 'zh-CN')}` +
    `${h.fundsFromItem > 0 ? `（其中${h.fundsFromItem}个未按月填报，取其当前的实际到位资金）` : ''}` +
    `${h.cancelled > 0 ? `；另有${h.cancelled}个年内已撤销，未计入` : ''}。按招商阶段：`,
  stageHeader: ['招商阶段', '个数', '计划投资', '到位资金'],
  stage: zhStages,
  total: '合计',
  note: '金额为万元或亿元（1亿元＝10000万元）；年度完成投资、到位资金取各项目截至本月末最近一次填报的累计数；时序进度为本月末已过月份占全年的比例。',
};

const en: HeadlineText = {
  heading: 'Headline numbers',
  projects: (h, month) => {
    const rate = h.rate === undefined ? '' : ` (${percent(h.rate)} of plan)`;
    const parts = [
      `Major projects: ${h.count}, total investment ${money(h.investment, 'en')}` +
        `${h.land > 0 ? `, land ${grouped(h.land, 2)} mu` : ''}; planned for the year ${money(h.annualPlan, 'en')}, ` +
        `completed ${enPeriod(month)} ${money(h.annualDone, 'en')}${rate}, with ${percent(h.timeProgress)} of the year elapsed.`,
    ];
    if (h.planMissing > 0) parts.push(`${h.planMissing} without a planned investment for the year.`);
    if (h.doneFromItem > 0) parts.push(`${h.doneFromItem} without monthly figures: their current \`annual_done\` is used.`);
    if (h.doneMissing > 0) parts.push(`${h.doneMissing} without any completed-investment figure.`);
    if (h.cancelled > 0) parts.push(`${h.cancelled} more cancelled this year, not counted.`);
    return parts.join(' ');
  },
  investments: (h) =>
    `Major investment deals: ${h.count}, planned investment ${money(h.amount, 'en')}, funds in place ${money(h.funds, 'en')}` +
    `${h.fundsFromItem > 0 ? ` (${h.fundsFromItem} without monthly figures: their current \`funds_in_place\` is used)` : ''}` +
    `${h.cancelled > 0 ? `; ${h.cancelled} more cancelled this year, not counted` : ''}. By stage:`,
  stageHeader: ['Stage', 'Deals', 'Planned investment', 'Funds in place'],
  stage: enStages,
  total: 'Total',
  note: 'Completed investment and funds in place are each item\'s latest cumulative figure reported up to the end of the month; ' +
    'the year elapsed counts whole months.',
};

/** The "主要指标" subsection of the overview: one paragraph on projects, one on deals with a table by stage. */
export function headlineBlocks(h: Headline, lang: Lang): string[] {
  const t = lang === 'en' ? en : zh;
  const i = h.investments;
  const rows = i.stages.map((r) => [t.stage[r.stage], String(r.count), money(r.amount, lang), money(r.funds, lang)]);
  rows.push([`**${t.total}**`, String(i.count), money(i.amount, lang), money(i.funds, lang)]);
  return [
    `### ${t.heading}`,
    t.projects(h.projects, h.month),
    t.investments(i),
    table(t.stageHeader, rows, ['left', 'right', 'right', 'right']),
    t.note,
  ];
}

/** While M's returns are open: a quoted note under the introduction, naming the units that have not filed. */
export function filingBlock(r: MonthlyReport, lang: Lang): string[] {
  const note = r.filing === undefined ? undefined : filingNote(r.filing, lang);
  return note === undefined ? [] : [`> ${escapeInline(note)}`];
}
