import { sanitize } from '../text/sanitize.js';
import { totalsByUnit, type OverdueList, type OverdueRow } from '../assess/overdue-list.js';
import { escapeCell } from '../text/markdown.js';
import { plainColors, type Colors } from '../format/types.js';
import type { Lang } from '../model/diagnostic.js';
import { assessText, type AssessText } from './assess-text.js';
import { alignColumns, textTable } from '../text/table.js';

export interface OverdueViewInput {
  data: OverdueList;
  /** The zone's `units`, for the order of the totals. */
  units: readonly string[];
  lang: Lang;
  /** Days beyond which a row is painted as serious (the assessment's `seriousDays`). */
  seriousDays: number;
  colors?: Colors;
}

export interface OverdueJson {
  asOf: string;
  overdue: Array<{
    item: string; file: string; milestone: string | null; unit: string; due: string; days: number;
    list: string; title: string; line: number;
  }>;
}

/** The docs/supervisors.md object of `overdue --format json` (plus list, title and line). */
export function overdueJson(data: OverdueList): OverdueJson {
  return {
    asOf: data.asOf,
    overdue: data.rows.map((r) => ({
      item: r.item, file: r.file, milestone: r.milestone, unit: r.unit, due: r.due, days: r.days,
      list: r.list, title: r.title, line: r.line,
    })),
  };
}

export function formatOverdueJson(data: OverdueList): string {
  return JSON.stringify(overdueJson(data), null, 2) + '\n';
}

function filterText(data: OverdueList, t: AssessText): string {
  const { list, unit, lead } = data.filter;
  return (list ? t.filterList(list) : '') + (unit ? t.filterUnit(unit) : '') + (lead ? t.filterLead(lead) : '');
}

const rowCells = (r: OverdueRow, t: AssessText) =>
  [t.listLabel(r.list), r.item, r.milestone ?? t.itemItself, r.unit, r.due, String(r.days)];

/** For a terminal: one row per overdue node, then a total per unit. */
export function formatOverdueTable(input: OverdueViewInput): string {
  const { data, lang } = input;
  const t = assessText(lang);
  const colors = input.colors ?? plainColors;
  const filter = filterText(data, t);
  if (data.rows.length === 0) return t.noOverdue(data.asOf, filter) + '\n';
  const out = [colors.bold(sanitize(t.overdueTitle(data.asOf, data.rows.length, filter))), ''];
  out.push(
    ...textTable(t.overdueHeader, data.rows.map((r) => rowCells(r, t)), {
      align: ['left', 'left', 'left', 'left', 'left', 'right'],
      header: colors.bold,
      cell: (row, col, s) => {
        if (col !== 5) return s;
        return data.rows[row]!.days > input.seriousDays ? colors.red(s) : colors.yellow(s);
      },
    }),
  );
  const totals = totalsByUnit(data.rows, input.units);
  out.push('', t.totalsTitle, ...alignColumns(totals.map((u) => [`  ${u.unit}`, t.unitTotal(u.count, u.worst)])), t.grandTotal(data.rows.length));
  return out.join('\n') + '\n';
}

/** GitHub-flavoured Markdown: a heading, the rows, then the totals per unit. */
export function formatOverdueMarkdown(input: OverdueViewInput): string {
  const { data, lang } = input;
  const t = assessText(lang);
  const filter = filterText(data, t);
  if (data.rows.length === 0) return `${escapeCell(t.noOverdue(data.asOf, filter))}\n`;
  const h = t.overdueHeader;
  const out = [
    `## ${escapeCell(t.overdueTitle(data.asOf, data.rows.length, filter))}`,
    '',
    `| ${h.join(' | ')} |`,
    '| --- | --- | --- | --- | --- | ---: |',
    ...data.rows.map((r) =>
      `| ${escapeCell(t.listLabel(r.list))} | ${escapeCell(r.title)} \`${r.item}\` | ${escapeCell(r.milestone ?? t.itemItself)} | ${escapeCell(r.unit)} | ${r.due} | ${r.days} |`,
    ),
    '',
    `| ${t.totalsHeader.join(' | ')} |`,
    '| --- | ---: | ---: |',
    ...totalsByUnit(data.rows, input.units).map((u) => `| ${escapeCell(u.unit)} | ${u.count} | ${u.worst} |`),
    '',
    escapeCell(t.grandTotal(data.rows.length)),
  ];
  return out.join('\n') + '\n';
}

/** The output formats of `overdue`, the first the default: a format is one function and one line here. */
export const overdueFormats = {
  table: formatOverdueTable,
  json: (input: OverdueViewInput) => formatOverdueJson(input.data),
  markdown: formatOverdueMarkdown,
} as const;
