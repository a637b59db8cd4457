// The monthly 通报 as a Word document in 公文 layout (GB/T 9704; docs/supervisors.md): built from the same
// MonthlyReport as the Markdown record, so both say the same.
import type * as Docx from 'docx';
import type { Lang } from '../../model/diagnostic.js';
import { documentNumber, type DocumentsSettings } from '../../model/documents.js';
import type { MonthlyReport } from '../../report/monthly/model.js';
import { officeText } from '../text.js';
import { fixedZip } from '../zip.js';
import { chartPng } from './chart-png.js';
import { chartSvg, chartLayout, type ChartInput } from './chart.js';
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

/** GB/T 9704: A4 and the page margins in millimetres. */
export const PAGE = { width: 210, height: 297, top: 37, bottom: 35, left: 28, right: 26 } as const;
/** Fonts: title 小标宋 (方正小标宋简体), body 仿宋_GB2312, 一、 黑体, （一） 楷体_GB2312; Latin and digits in Times New Roman. */
export const FONTS = { title: '方正小标宋简体', body: '仿宋_GB2312', h1: '黑体', h2: '楷体_GB2312', latin: 'Times New Roman' } as const;
/** Sizes in points: 二号 22, 三号 16; tables 四号 14 would not fit seven columns, so 小四 12. */
export const SIZES = { title: 22, body: 16, table: 12, footer: 14 } as const;

const twip = (mm: number) => Math.round((mm * 1440) / 25.4);
/** Body line pitch: 22 lines on the 225 mm type area (GB/T 9704 7.1), fixed at 28.95 pt = 579 twips. */
const LINE = 579;

export async function reportDocx(input: DocxReportInput): Promise<Uint8Array> {
  const d = await import('docx');
  const { report: r, lang } = input;
  const t = docxText(lang);
  const o = officeText(lang);
  const font = (eastAsia: string) => ({ ascii: FONTS.latin, hAnsi: FONTS.latin, eastAsia, cs: FONTS.latin });
  const run = (text: string, face: string = FONTS.body, size: number = SIZES.body, bold = false) =>
    new d.TextRun({ text, font: font(face), size: size * 2, bold });
  const para = (text: string, opts: { face?: string; indent?: boolean; align?: 'left' | 'center' | 'right' | 'both' } = {}) =>
    new d.Paragraph({
      children: [run(text, opts.face)],
      alignment: opts.align === 'center' ? d.AlignmentType.CENTER : opts.align === 'right' ? d.AlignmentType.RIGHT : d.AlignmentType.JUSTIFIED,
      indent: opts.indent === false ? undefined : { firstLine: SIZES.body * 2 * 20 },
      spacing: { line: LINE, lineRule: d.LineRuleType.EXACT, before: 0, after: 0 },
    });
  const h1 = (text: string) => para(text, { face: FONTS.h1 });
  const runIn = (heading: string, text: string) =>
    new d.Paragraph({
      children: [run(heading, FONTS.h2), run(text)],
      alignment: d.AlignmentType.JUSTIFIED,
      indent: { firstLine: SIZES.body * 2 * 20 },
      spacing: { line: LINE, lineRule: d.LineRuleType.EXACT, before: 0, after: 0 },
    });
  const blank = () => para('', { indent: false });

  const table = (header: readonly string[], rows: readonly (string | number)[][], widths: readonly number[]) => {
    const total = widths.reduce((a, b) => a + b, 0);
    const usable = twip(PAGE.width - PAGE.left - PAGE.right);
    const cols = widths.map((w) => Math.floor((w / total) * usable));
    const cell = (text: string | number, bold: boolean, i: number) =>
      new d.TableCell({
        width: { size: cols[i]!, type: d.WidthType.DXA },
        verticalAlign: d.VerticalAlignTable.CENTER,
        children: String(text).split('\n').map((line) => new d.Paragraph({
          alignment: typeof text === 'number' || bold ? d.AlignmentType.CENTER : d.AlignmentType.LEFT,
          children: [run(line, bold ? FONTS.h1 : FONTS.body, SIZES.table)],
        })),
      });
    return new d.Table({
      width: { size: cols.reduce((a, b) => a + b, 0), type: d.WidthType.DXA },
      columnWidths: cols,
      layout: d.TableLayoutType.FIXED,
      alignment: d.AlignmentType.CENTER,
      rows: [
        new d.TableRow({ tableHeader: true, children: header.map((h, i) => cell(h, true, i)) }),
        ...rows.map((row) => new d.TableRow({ cantSplit: true, children: row.map((v, i) => cell(v, false, i)) })),
      ],
    });
  };
  const orNone = (n: number, intro: string, make: () => Docx.Table) =>
    (n === 0 ? [para(t.none)] : [para(intro), make()]);

  const docs = input.documents;
  const issuer = docs?.issuer ?? r.zone;
  const number = documentNumber(docs?.number, r.month, input.issue);
  const head: Docx.Paragraph[] = [
    para(t.issue(input.issue), { align: 'center', indent: false }),
    ...(number === undefined ? [] : [para(number, { align: 'center', indent: false })]),
    blank(),
    new d.Paragraph({
      alignment: d.AlignmentType.CENTER,
      spacing: { line: 700, lineRule: d.LineRuleType.EXACT },
      children: [run(t.title(r.zone, r.month), FONTS.title, SIZES.title)],
    }),
    blank(),
    ...(docs?.recipients === undefined ? [] : [para(`${docs.recipients}${lang === 'en' ? ':' : '：'}`, { indent: false })]),
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
  const body: (Docx.Paragraph | Docx.Table)[] = [
    h1(t.h.overview),
    para(t.overview(r.asOf, r.total.items, r.total.open, r.total.closed, r.total.completedNodes, r.total.overdueNodes)),
    // （一） headings in 楷体, run in with their paragraph (GB/T 9704 7.3.3).
    ...r.overview.map((x, i) => runIn(
      `${lang === 'en' ? `(${i + 1}) ` : `（${'一二三四五六七八九十'[i] ?? i + 1}）`}${o.list(x.list)}${lang === 'en' ? ': ' : '。'}`,
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
      : input.requirements.map((text, i) => para(`${i + 1}.${lang === 'en' ? ' ' : ''}${text.trim()}`))),
  ];

  // 落款: the issuer and the date right-aligned, four characters in from the right margin (GB/T 9704 7.3.5.2).
  const rightIndent = SIZES.body * 20 * 4;
  const signature = [
    blank(), blank(),
    ...[issuer, t.date(input.date)].map((text) => new d.Paragraph({
      alignment: d.AlignmentType.RIGHT,
      indent: { right: rightIndent },
      spacing: { line: LINE, lineRule: d.LineRuleType.EXACT },
      children: [run(text)],
    })),
  ];
  const footer = [
    blank(),
    ...(docs?.copyTo === undefined ? [] : [para(t.copyTo(docs.copyTo), { indent: false })]),
    para(t.printed(issuer, input.date), { indent: false }),
  ];

  const doc = new d.Document({
    creator: 'wuzhong',
    lastModifiedBy: 'wuzhong',
    title: t.title(r.zone, r.month),
    styles: { default: { document: { run: { font: font(FONTS.body), size: SIZES.body * 2 } } } },
    sections: [{
      properties: {
        page: {
          size: { width: twip(PAGE.width), height: twip(PAGE.height), orientation: d.PageOrientation.PORTRAIT },
          margin: {
            top: twip(PAGE.top), bottom: twip(PAGE.bottom), left: twip(PAGE.left), right: twip(PAGE.right),
            header: 851, footer: 992,
          },
        },
      },
      footers: {
        default: new d.Footer({
          children: [new d.Paragraph({
            alignment: d.AlignmentType.CENTER,
            children: [new d.TextRun({ children: ['— ', d.PageNumber.CURRENT, ' —'], font: font('宋体'), size: SIZES.footer * 2 })],
          })],
        }),
      },
      children: [...head, ...body, ...signature, ...footer],
    }],
  });
  const bytes = await d.Packer.toBuffer(doc);
  return fixedZip(new Uint8Array(bytes), input.date);
}
