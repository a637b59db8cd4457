// The 公文 layout (GB/T 9704; docs/supervisors.md) shared by the Word documents wuzhong writes — the monthly 通报
// (report.ts) and the 督办 notice (notice.ts) — so both look alike: page, fonts and sizes, title, headings, body
// paragraphs, tables, 落款 and the page number. The `docx` library is passed in: its callers import it lazily.
import type * as Docx from 'docx';
import { fixedZip } from '../zip.js';

/** GB/T 9704: A4 and the page margins in millimetres. */
export const PAGE = { width: 210, height: 297, top: 37, bottom: 35, left: 28, right: 26 } as const;
/** Fonts: title 小标宋 (方正小标宋简体), body 仿宋_GB2312, 一、 黑体, （一） 楷体_GB2312; Latin and digits in Times New Roman. */
export const FONTS = {
  title: '方正小标宋简体', body: '仿宋_GB2312', h1: '黑体', h2: '楷体_GB2312', latin: 'Times New Roman',
} as const;
/** Sizes in points: 二号 22, 三号 16; tables 四号 14 would not fit seven columns, so 小四 12. */
export const SIZES = { title: 22, body: 16, table: 12, footer: 14 } as const;

const twip = (mm: number) => Math.round((mm * 1440) / 25.4);
/** Body line pitch: 22 lines on the 225 mm type area (GB/T 9704 7.1), fixed at 28.95 pt = 579 twips. */
const LINE = 579;

type Align = 'left' | 'center' | 'right' | 'both';
export type Block = Docx.Paragraph | Docx.Table;

/** The building blocks of a 公文, made with the `docx` module `d`. */
export function gongwen(d: typeof Docx) {
  const font = (eastAsia: string) => ({ ascii: FONTS.latin, hAnsi: FONTS.latin, eastAsia, cs: FONTS.latin });
  const run = (text: string, face: string = FONTS.body, size: number = SIZES.body, bold = false) =>
    new d.TextRun({ text, font: font(face), size: size * 2, bold });
  const alignment = (align: Align | undefined) =>
    align === 'center' ? d.AlignmentType.CENTER : align === 'right' ? d.AlignmentType.RIGHT : d.AlignmentType.JUSTIFIED;
  const firstLine = () => ({ firstLine: SIZES.body * 2 * 20 });
  const spacing = () => ({ line: LINE, lineRule: d.LineRuleType.EXACT, before: 0, after: 0 });

  /** A body paragraph in 仿宋 三号, indented two characters unless `indent: false`. */
  const para = (text: string, opts: { face?: string; indent?: boolean; align?: Align } = {}) =>
    new d.Paragraph({
      children: [run(text, opts.face)],
      alignment: alignment(opts.align),
      indent: opts.indent === false ? undefined : firstLine(),
      spacing: spacing(),
    });
  /** A line of its own, centred and not indented (期数, 发文字号). */
  const centred = (text: string) => para(text, { align: 'center', indent: false });
  const blank = () => para('', { indent: false });
  /** The title: 方正小标宋简体 二号, centred. */
  const title = (text: string) =>
    new d.Paragraph({
      alignment: d.AlignmentType.CENTER,
      spacing: { line: 700, lineRule: d.LineRuleType.EXACT },
      children: [run(text, FONTS.title, SIZES.title)],
    });
  /** 一、 headings in 黑体. */
  const h1 = (text: string) => para(text, { face: FONTS.h1 });
  /** （一） headings in 楷体, run in with their paragraph (GB/T 9704 7.3.3). */
  const runIn = (heading: string, text: string) =>
    new d.Paragraph({
      children: [run(heading, FONTS.h2), run(text)],
      alignment: d.AlignmentType.JUSTIFIED,
      indent: firstLine(),
      spacing: spacing(),
    });

  /** A table across the type area: `widths` are the columns' shares; numbers and the header are centred. */
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

  /** 落款: the issuer and the date right-aligned, four characters in from the right margin (GB/T 9704 7.3.5.2). */
  const signature = (issuer: string, date: string) => [
    blank(), blank(),
    ...[issuer, date].map((text) => new d.Paragraph({
      alignment: d.AlignmentType.RIGHT,
      indent: { right: SIZES.body * 20 * 4 },
      spacing: { line: LINE, lineRule: d.LineRuleType.EXACT },
      children: [run(text)],
    })),
  ];

  /**
   * The document: A4 with the GB/T 9704 margins, the page number “— 1 —” at the foot, and every date inside the
   * package fixed to `date` (YYYY-MM-DD), so the same content gives the same bytes.
   */
  const document = async (docTitle: string, date: string, children: readonly Block[]): Promise<Uint8Array> => {
    const doc = new d.Document({
      creator: 'wuzhong',
      lastModifiedBy: 'wuzhong',
      title: docTitle,
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
              children: [new d.TextRun({
                children: ['— ', d.PageNumber.CURRENT, ' —'], font: font('宋体'), size: SIZES.footer * 2,
              })],
            })],
          }),
        },
        children: [...children],
      }],
    });
    const bytes = await d.Packer.toBuffer(doc);
    return fixedZip(new Uint8Array(bytes), date);
  };

  return { run, para, centred, blank, title, h1, runIn, table, signature, document };
}
