import type { Lang } from '../../model/diagnostic.js';
import { scoreFigure } from './chart.js';
import { itemCell, listLabel, milestoneCell, percentCell, signed, targetsCell, updateCell, type CellContext } from './cells.js';
import { escapeCell as cell, escapeInline as inline, table } from '../../text/markdown.js';
import type { Counts, ItemRef, MonthlyReport } from './model.js';
import { REPORT_TEXT } from './text.js';
import { correctionSection } from './corrections.js';
import { recordBlock } from './record.js';
import { tiedRanks } from '../assess-text.js';
import { lightCell, lightsParagraph, withLightColumn } from './lights.js';
import { coordinationBlocks } from './coordination.js';
import { filingBlock, headlineBlocks } from './headline.js';

export interface RenderOptions {
  lang: Lang;
  /** The zone root relative to the folder the report is written to, with `/`; `..` for reports/M.md. */
  root: string;
}

/** The report as Markdown (CommonMark + GFM tables + one Mermaid block); the same report gives the same bytes. */
export function renderMonthlyReport(r: MonthlyReport, opts: RenderOptions): string {
  const t = REPORT_TEXT[opts.lang];
  const ctx: CellContext = { lang: opts.lang, t, root: opts.root };
  const blocks = [
    `# ${inline(t.title(r.zone, r.month, r.asOf))}`,
    t.intro(r.first, r.asOf),
    `<!-- ${t.provenance} -->`,
    ...filingBlock(r, opts.lang),
    ...correctionSection(r.record?.corrections ?? [], r.month, opts.lang),
    ...overview(r, ctx),
    ...assessment(r, ctx),
    `## ${t.sections.overdue(r.asOf)}`,
    orNone(r.overdue.length, () => table(t.overdueHeader, r.overdue.map((o) => [
      ...leading(o, ctx), milestoneCell(o.milestone, ctx), cell(o.unit), o.due, String(o.days),
    ]), rightAt(5)), ctx),
    `## ${t.sections.completed(r.month)}`,
    orNone(r.completed.length, () => table(t.completedHeader, r.completed.map((c) => [
      ...leading(c, ctx), cell(c.milestone), cell(c.unit), c.due, c.done, t.completion(c.completion, c.days),
    ])), ctx),
    `## ${t.sections.dueNext(r.next)}`,
    orNone(r.dueNext.length, () => table(t.dueNextHeader, r.dueNext.map((d) => [
      ...leading(d, ctx), milestoneCell(d.milestone, ctx), cell(d.unit), d.due,
    ])), ctx),
    ...lists(r, ctx),
    `## ${t.sections.problems(r.asOf)}`,
    orNone(r.problems.length, () => table(t.problemsHeader, r.problems.map((p) => [
      ...leading(p, ctx), cell(p.unit), p.raised, String(p.days), cell(p.text),
    ]), rightAt(4)), ctx),
    ...coordinationBlocks(r.coordination, r.month, r.asOf, ctx),
    ...(r.record ? [recordBlock(r.record)] : []),
  ];
  return `${blocks.join('\n\n')}\n`;
}

/** The two cells every node table starts with: the list and the item. */
function leading(row: { item: ItemRef }, ctx: CellContext): string[] {
  return [listLabel(row.item.list, ctx.lang), itemCell(row.item, ctx)];
}

function overview(r: MonthlyReport, ctx: CellContext): string[] {
  const row = (label: string, c: Counts) => [
    label, ...[c.items, c.open, c.closed, c.completedNodes, c.overdueNodes].map(String), `${c.meetingTimeProgress}/${c.withPercent}`,
  ];
  const rows = [...r.overview.map((o) => row(listLabel(o.list, ctx.lang), o)), row(`**${ctx.t.total}**`, r.total)];
  return [
    `## ${ctx.t.sections.overview}`, table(ctx.t.overviewHeader, rows, ['left', 'right', 'right', 'right', 'right', 'right', 'right']),
    ctx.t.overviewNote, lightsParagraph(r, ctx.lang),
    ...headlineBlocks(r.headline, ctx.lang),
  ];
}

function assessment(r: MonthlyReport, ctx: CellContext): string[] {
  const { t } = ctx;
  const { settings, units } = r.score;
  const tied = tiedRanks(units);
  const scores = table(
    t.scoreHeader,
    units.map((u) => [
      t.rank(u.rank, tied.has(u.rank)), cell(u.unit), String(u.score),
      u.additions === 0 ? '0' : `+${u.additions}`, u.deductions === 0 ? '0' : `-${u.deductions}`, t.tier[u.tier],
    ]),
    ['right', 'left', 'right', 'right', 'right', 'left'],
  );
  const events = units.flatMap((u) =>
    u.events.map((e) => {
      const ref = e.item === undefined ? undefined : r.items.get(e.item);
      const what = cell(e.milestone ?? e.reason ?? t.dash);
      return [cell(u.unit), ref ? itemCell(ref, ctx) : t.dash, what, t.event[e.event], signed(e.points)];
    }),
  );
  return [
    `## ${t.sections.score}`,
    t.scoreRules(settings.base, settings.rewardAt, settings.warnAt),
    scores,
    ...scoreFigure(units, settings, r.month, ctx.lang),
    `### ${t.sections.events}`,
    orNone(events.length, () => table(t.eventsHeader, events, rightAt(4)), ctx),
  ];
}

function lists(r: MonthlyReport, ctx: CellContext): string[] {
  const out = [`## ${ctx.t.sections.lists}`];
  for (const { list, items } of r.lists) {
    out.push(`### ${ctx.t.listHeading(listLabel(list, ctx.lang), items.length)}`);
    out.push(
      orNone(items.length, () =>
        table(withLightColumn(ctx.t.progressHeader, ctx.lang), items.map((p) => [
          itemCell(p.item, ctx), lightCell(p, ctx.lang), ctx.t.state(p.state, p.closed), cell(p.owner), cell(p.lead),
          updateCell(p, r.month, ctx), percentCell(p, r.month, ctx), targetsCell(p.targets, ctx),
        ])),
      ctx),
    );
  }
  return out;
}

function orNone(count: number, render: () => string, ctx: CellContext): string {
  return count === 0 ? ctx.t.none : render();
}

function rightAt(column: number): ('left' | 'right')[] {
  return Array.from({ length: column + 1 }, (_, i) => (i === column ? 'right' : 'left'));
}
