import type { Headline, Stage } from '../../assess/headline.js';
import type { Lang } from '../../model/diagnostic.js';
import { enHeadlineText } from '../../i18n/en-monthly.js';
import { zhHeadlineText } from '../../i18n/zh-monthly.js';
import { escapeInline, table } from '../../text/markdown.js';
import { filingNote } from '../filing-text.js';
import type { MonthlyReport } from './model.js';

// docs/supervisors.md "主要指标": how the report words and formats the headline numbers.

/** The headline numbers' words in one output language: src/i18n/zh-monthly.ts and en-monthly.ts. */
export interface HeadlineText {
  money(wan: number): string;
  heading: string;
  projects(h: Headline['projects'], month: string): string;
  investments(h: Headline['investments']): string;
  stageHeader: string[];
  stage: Record<Stage, string>;
  total: string;
  note: string;
}

const TEXT: Record<Lang, HeadlineText> = { 'zh-CN': zhHeadlineText, en: enHeadlineText };

export { percent } from '../../text/numbers.js';

/**
 * Money held in 万元, as a government report writes it: 1亿元 (10,000万元) and more in 亿元 to two decimals, less in 万元
 * (at most four digits, so no separators); in English in millions of yuan with separators.
 */
export function money(wan: number, lang: Lang): string {
  return TEXT[lang].money(wan);
}

/** The "主要指标" subsection of the overview: one paragraph on projects, one on deals with a table by stage. */
export function headlineBlocks(h: Headline, lang: Lang): string[] {
  const t = TEXT[lang];
  const i = h.investments;
  const rows = i.stages.map((r) => [t.stage[r.stage], String(r.count), t.money(r.amount), t.money(r.funds)]);
  rows.push([`**${t.total}**`, String(i.count), t.money(i.amount), t.money(i.funds)]);
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
