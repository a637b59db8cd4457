// The monthly 通报 as a Word document in 公文 layout (GB/T 9704; docs/supervisors.md): built from the same
// MonthlyReport as the Markdown record, so both say the same.
import type * as Docx from 'docx';
import type { Lang } from '../../model/diagnostic.js';
import { documentNumber, type DocumentsSettings } from '../../model/documents.js';
import type { MonthlyReport } from '../../report/monthly/model.js';
import { officeText } from '../text.js';
import { chartPng } from './chart-png.js';
import { chartSvg, chartLayout, type ChartInput } from './chart.js';
import { gongwen, type Block } from './gongwen.js';
import { docxText } from './text.js';

export interface DocxReportInput {
  report: MonthlyReport;
  documents: DocumentsSettings | undefined;
  /** 下步工作要求 from assessments/M.yaml, one paragraph each. */
  requirements: readonly string[];
  issue: number;
  /** 成文日期 YYYY-MM-DD: printed under the issuer, and the date inside the file. */
  date: string;
  lang: Lang;
}

export async function reportDocx(input: DocxReportInput): Promise<Uint8Array> {
  const d = await import('docx');
  const { report: r, lang } = input;
  const t = docxText(lang);
  const o = officeText(lang);
  const { para, centred, blank, title, h1, runIn, table, signature, document } = gongwen(d);
  const orNone = (n: number, intro: string, make: () => Docx.Table) =>
    (n === 0 ? [para(t.none)] : [para(intro), make()]);

  const docs = input.documents;
  const issuer = docs?.issuer ?? r.zone;
  const number = documentNumber(docs?.number, r.month, input.issue);
  const head: Docx.Paragraph[] = [
    centred(t.issue(input.issue)),
    ...(number === undefined ? [] : [centred(number)]),
    blank(),
    title(t.title(r.zone, r.month)),
    blank(),
    ...(docs?.recipients === undefined ? [] : [para(t.recipients(docs.recipients), { indent: false })]),
    para(t.intro(r.zone, r.month)),
  ];

  const { units, settings } = r.score;
  const chart: ChartInput = {
    title: t.chartTitle(r.month),
    bars: units.map((u) => ({ label: u.unit, value: u.score })),
    lines: [{ value: settings.rewardAt, color: '#C00000' }, { value: settings.warnAt, color: '#ED7D31' }],
  };
  const layout = chartLayout(chart);
  const image = units.length === 0 ? [] : [new d.Paragraph({
    alignment: d.AlignmentType.CENTER,
    children: [new d.ImageRun({
      type: 'svg',
      data: new TextEncoder().encode(chartSvg(chart)),
      // 150 mm wide at most: the type area is 156 mm.
      transformation: { width: 560, height: Math.round((560 * layout.height) / layout.width) },
      fallback: { type: 'png', data: await chartPng(chart) },
      altText: { name: t.chartTitle(r.month), description: t.chartTitle(r.month), title: t.chartTitle(r.month) },
    })],
  })];

  const list = (l: MonthlyReport['overdue'][number]['item']['list']) => o.list(l);
  const body: Block[] = [
    h1(t.h.overview),
    para(t.overview(r.asOf, r.total.items, r.total.open, r.total.closed, r.total.completedNodes, r.total.overdueNodes)),
    // （一） headings in 楷体, run in with their paragraph (GB/T 9704 7.3.3).
    ...r.overview.map((x, i) => runIn(
      t.listHeading(i + 1, o.list(x.list)),
      t.listLine(x.items, x.open, x.completedNodes, x.overdueNodes),
    )),
    h1(t.h.score),
    para(t.rules(settings.base, settings.rewardAt, settings.warnAt)),
    table(t.scoreHeader, units.map((u) => [u.rank, u.unit, u.score, u.additions === 0 ? '0' : `+${u.additions}`, u.deductions === 0 ? '0' : `-${u.deductions}`, o.tier[u.tier]]), [1, 4, 1.3, 1.3, 1.3, 1.3]),
    ...image,
    h1(t.h.overdue),
    ...orNone(r.overdue.length, t.overdueIntro(r.asOf, r.overdue.length), () => table(t.overdueHeader,
      r.overdue.map((x) => [list(x.item.list), x.item.title, x.milestone ?? t.itemDeadline, x.unit, x.due, x.days]),
      [1.4, 3, 3, 2, 1.8, 1.2])),
    h1(t.h.completed),
    ...orNone(r.completed.length, t.completedIntro(r.month, r.completed.length), () => table(t.completedHeader,
      r.completed.map((x) =>
        [list(x.item.list), x.item.title, x.milestone, x.unit, x.due, x.done, t.completion(x.completion, x.days)]),
      [1.3, 2.8, 2.8, 1.8, 1.7, 1.7, 1.6])),
    h1(t.h.problems),
    ...orNone(r.problems.length, t.problemsIntro(r.asOf, r.problems.length), () => table(t.problemsHeader,
      r.problems.map((x) => [list(x.item.list), x.item.title, x.unit, x.raised, x.days, x.text.trim()]),
      [1.3, 2.6, 1.8, 1.7, 1.2, 4])),
    h1(t.h.requirements),
    ...(input.requirements.length === 0
      ? [para(t.none)]
      : input.requirements.map((text, i) => para(t.requirement(i + 1, text.trim())))),
  ];

  const signed = signature(issuer, t.date(input.date));
  const footer = [
    blank(),
    ...(docs?.copyTo === undefined ? [] : [para(t.copyTo(docs.copyTo), { indent: false })]),
    para(t.printed(issuer, input.date), { indent: false }),
  ];

  return document(t.title(r.zone, r.month), input.date, [...head, ...body, ...signed, ...footer]);
}
