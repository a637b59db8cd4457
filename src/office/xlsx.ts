// Shared .xlsx helpers (exceljs, loaded only by the commands that write workbooks): one styled table per sheet,
// column widths fitted to Chinese text, A4 print setup, and workbook bytes that depend only on the data.
import type { Workbook, Worksheet } from 'exceljs';
import { displayWidth } from '../text/width.js';
import { fixedZip } from './zip.js';

/** A cell value: text, a number, a calendar date `{ date: 'YYYY-MM-DD' }` (a real date cell) or empty. */
export type CellValue = string | number | { date: string } | undefined;

export interface Column {
  header: string;
  /** Excel number format, e.g. `#,##0.00` for money. */
  numFmt?: string;
  /** Long text (progress, problems): wraps within a width cap instead of widening the column. */
  wrap?: boolean;
}

export interface TableSheet {
  name: string;
  /** A title row above the header (merged across the table), e.g. 五重清单总台账（截至2025年11月26日）. */
  title?: string;
  columns: readonly Column[];
  rows: readonly CellValue[][];
  /** Landscape (default) or portrait. */
  orientation?: 'landscape' | 'portrait';
}

/** exceljs, loaded on first use so `check` never parses it. */
export async function newWorkbook(day: string): Promise<Workbook> {
  const mod = await import('exceljs');
  const ExcelJS = (mod as unknown as { default?: typeof mod }).default ?? mod;
  const wb = new ExcelJS.Workbook();
  const at = utcDate(day);
  wb.creator = 'wuzhong';
  wb.lastModifiedBy = 'wuzhong';
  wb.created = at;
  wb.modified = at;
  return wb;
}

/** The workbook's bytes, with the zip entry times and document dates fixed to `day` (YYYY-MM-DD). */
export async function workbookBytes(wb: Workbook, day: string): Promise<Uint8Array> {
  const raw = await wb.xlsx.writeBuffer();
  return fixedZip(new Uint8Array(raw as ArrayBuffer), day);
}

export const FONT = '宋体';
const THIN = { style: 'thin' as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
/** Width caps in Excel character units: long text wraps beyond these. */
const MAX_WIDTH = 60;
const MAX_WRAP_WIDTH = 40;

/**
 * A sheet holding one table: optional title row, bold header with borders, header frozen and repeated on every
 * printed page, an autofilter over the table, widths fitted to the text (a CJK character counts 2), A4 fitted to
 * the page width. Returns the sheet for callers that add more (a signature block, notes).
 */
export function addTableSheet(wb: Workbook, sheet: TableSheet): Worksheet {
  const headerRow = sheet.title === undefined ? 1 : 2;
  const ws = wb.addWorksheet(safeSheetName(sheet.name), {
    views: [{ state: 'frozen', ySplit: headerRow, xSplit: 0 }],
    pageSetup: {
      paperSize: 9,
      orientation: sheet.orientation ?? 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      printTitlesRow: `1:${headerRow}`,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: '第 &P 页，共 &N 页' },
  });
  const n = sheet.columns.length;
  if (sheet.title !== undefined) {
    const row = ws.getRow(1);
    row.getCell(1).value = sheet.title;
    row.getCell(1).font = { name: FONT, size: 16, bold: true };
    row.getCell(1).alignment = { horizontal: 'center', vertical: 'middle' };
    row.height = 30;
    if (n > 1) ws.mergeCells(1, 1, 1, n);
  }
  const header = ws.getRow(headerRow);
  sheet.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { name: FONT, size: 11, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = BORDER;
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
  });
  sheet.rows.forEach((values, r) => {
    const row = ws.getRow(headerRow + 1 + r);
    sheet.columns.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      const v = values[i];
      if (v !== undefined) cell.value = typeof v === 'object' ? utcDate(v.date) : v;
      if (typeof v === 'object') cell.numFmt = 'yyyy-mm-dd';
      else if (c.numFmt !== undefined) cell.numFmt = c.numFmt;
      cell.font = { name: FONT, size: 11 };
      cell.alignment = { vertical: 'top', wrapText: c.wrap === true, horizontal: typeof v === 'number' ? 'right' : 'left' };
      cell.border = BORDER;
    });
  });
  sheet.columns.forEach((c, i) => {
    const widest = Math.max(textWidth(c.header), ...sheet.rows.map((r) => textWidth(shown(r[i]))));
    ws.getColumn(i + 1).width = Math.min(widest + 2, c.wrap === true ? MAX_WRAP_WIDTH : MAX_WIDTH);
  });
  const last = headerRow + sheet.rows.length;
  if (n > 0) ws.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: last, column: n } };
  return ws;
}

/** Display width as a spreadsheet draws it: CJK characters and Chinese punctuation are two columns wide. */
export function textWidth(s: string): number {
  return Math.max(0, ...s.split('\n').map((line) => displayWidth(line, { ambiguousWidth: 2 })));
}

function shown(v: CellValue): string {
  if (v === undefined) return '';
  if (typeof v === 'object') return v.date;
  // Money shows with thousands separators and two decimals.
  return typeof v === 'number' ? v.toLocaleString('en-US', { maximumFractionDigits: 2, minimumFractionDigits: 2 }) : v;
}

/** Excel sheet names: at most 31 characters, none of `[]:*?/\`. */
export function safeSheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, '_').slice(0, 31);
}

/** Midnight UTC of a calendar day: exceljs writes dates as UTC serials, so the cell shows exactly that day. */
export function utcDate(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}
