import type { RiskEntry, RiskFilter, RiskSignal } from '../assess/risk.js';
import { signalMessage } from '../assess/risk-text.js';
import type { RiskSettings } from '../model/config.js';
import type { Lang } from '../model/diagnostic.js';
import { enRisk } from '../i18n/en-risk.js';
import { render } from '../i18n/index.js';
import { zhRisk } from '../i18n/zh-risk.js';
import { LIST_LABELS } from '../model/item.js';
import { plainColors, type Colors } from '../format/types.js';
import { escapeCell } from '../text/markdown.js';
import { sanitize } from '../text/sanitize.js';
import { textTable } from '../text/table.js';

export interface RiskView {
  asOf: string;
  filter: RiskFilter;
  settings: RiskSettings;
  entries: readonly RiskEntry[];
  lang: Lang;
  colors?: Colors;
}

/** The words of `risk` in one output language: src/i18n/zh-risk.ts and en-risk.ts. */
export interface RiskText {
  title(asOf: string, count: number, filter: string): string;
  none(asOf: string, filter: string): string;
  filterUnit(unit: string): string;
  filterLead(lead: string): string;
  header: readonly [
    rank: string, list: string, item: string, milestone: string, unit: string, due: string, left: string, why: string,
  ];
  thresholds(s: RiskSettings): string;
  /** Between the reasons of one row in a Markdown cell. */
  reasonSep: string;
}

const TEXT: Record<Lang, RiskText> = { 'zh-CN': zhRisk, en: enRisk };

const filterText = (f: RiskFilter, t: RiskText) => (f.unit ? t.filterUnit(f.unit) : '') + (f.lead ? t.filterLead(f.lead) : '');
const reasons = (e: RiskEntry, v: RiskView) => e.signals.map((s) => render(signalMessage(s, v.asOf), v.lang));
const listLabel = (e: RiskEntry, lang: Lang) => LIST_LABELS[e.item.list][lang === 'en' ? 'en' : 'zh'];

/** A signal as JSON: its kind and its facts, with the time progress rounded as people read it. */
function signalJson(s: RiskSignal): Record<string, unknown> {
  return s.kind === 'behind' ? { ...s, expected: Math.round(s.expected * 10) / 10 } : { ...s };
}

/** docs/supervisors.md: the object of `risk --format json`. */
export function riskJson(v: RiskView): object {
  return {
    asOf: v.asOf,
    filter: { unit: v.filter.unit ?? null, lead: v.filter.lead ?? null },
    settings: v.settings,
    risks: v.entries.map((e, i) => ({
      rank: i + 1,
      item: e.item.key,
      list: e.item.list,
      title: e.item.data.title,
      file: e.item.file.path,
      line: e.item.file.locate(['milestones', e.index, 'due']).line,
      milestone: e.milestone,
      unit: e.unit,
      lead: e.item.data.lead,
      due: e.due,
      workingDays: e.workingDays,
      signals: e.signals.map(signalJson),
      reasons: reasons(e, v),
    })),
  };
}

export const formatRiskJson = (v: RiskView) => JSON.stringify(riskJson(v), null, 2) + '\n';

/** For a terminal: one row per milestone, its reasons stacked in the last column. */
export function formatRiskTable(v: RiskView): string {
  const t = TEXT[v.lang];
  const colors = v.colors ?? plainColors;
  const filter = filterText(v.filter, t);
  if (v.entries.length === 0) return `${sanitize(t.none(v.asOf, filter))}\n${t.thresholds(v.settings)}\n`;
  const rows = v.entries.map((e, i) => [
    String(i + 1), listLabel(e, v.lang), e.item.key, e.milestone, e.unit, e.due, String(e.workingDays), reasons(e, v),
  ]);
  const out = [colors.bold(sanitize(t.title(v.asOf, v.entries.length, filter))), ''];
  out.push(...textTable(t.header, rows, { align: ['right', 'left', 'left', 'left', 'left', 'left', 'right', 'left'], header: colors.bold }));
  out.push('', t.thresholds(v.settings));
  return out.join('\n') + '\n';
}

/** GitHub-flavoured Markdown: a heading, the ranked rows, the thresholds. */
export function formatRiskMarkdown(v: RiskView): string {
  const t = TEXT[v.lang];
  const filter = filterText(v.filter, t);
  if (v.entries.length === 0) return `${escapeCell(t.none(v.asOf, filter))}\n\n${escapeCell(t.thresholds(v.settings))}\n`;
  const out = [
    `## ${escapeCell(t.title(v.asOf, v.entries.length, filter))}`,
    '',
    `| ${t.header.join(' | ')} |`,
    '| ---: | --- | --- | --- | --- | --- | ---: | --- |',
    ...v.entries.map((e, i) =>
      `| ${i + 1} | ${escapeCell(listLabel(e, v.lang))} | ${escapeCell(e.item.data.title)} \`${e.item.key}\` | ${escapeCell(e.milestone)} | ${escapeCell(e.unit)} | ${e.due} | ${e.workingDays} | ${reasons(e, v).map(escapeCell).join(t.reasonSep)} |`,
    ),
    '',
    escapeCell(t.thresholds(v.settings)),
  ];
  return out.join('\n') + '\n';
}

/** The `risk --format` registry: the keys are the choices, the first the default. */
export const riskFormats = { table: formatRiskTable, json: formatRiskJson, markdown: formatRiskMarkdown };
