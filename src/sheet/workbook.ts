// The fill-in sheet as an .xlsx (exceljs): rows in, bytes out, the same bytes for the same data.
import ExcelJS from 'exceljs';
import { unzipSync, zipSync } from 'fflate';
import { cellRef, COLUMNS, EDITABLE_IN, FIRST_ROW, LOCKED, META_SHEET, META_TAG, SHEET_VERSION, type Column, type LockedColumn } from './layout.js';
import type { SheetRow } from './rows.js';

export interface SheetText {
  headers: Record<string, string>;
  tab: string;
  title: string;
  subtitle: string;
  last: (month: string, text: string, percent: string) => string;
  dateTip: string;
  percentTip: string;
}

export interface SheetHead {
  zone: string;
  unit: string;
  month: string;
}

/** Column widths in characters, fitted to Chinese text (a CJK character is about two). */
const WIDTHS: Record<Column, number> = {
  no: 6, list: 10, item: 30, milestone: 24, due: 12, last: 40,
  progress: 40, percent: 10, done: 14, evidence: 24, problem: 30,
};
const GREY = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } } as const;
const YELLOW = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } } as const;
const THIN = { style: 'thin', color: { argb: 'FFBFBFBF' } } as const;
/** A fixed instant for the document properties and the zip entries: no wall clock in the file. */
const FIXED = new Date(Date.UTC(2000, 0, 1));

/** The sheet's rows as shown (the locked values), also stored in the hidden sheet to tell edits from exports. */
export function lockedValues(row: SheetRow, no: number, text: Pick<SheetText, 'last'>): Record<LockedColumn, string> {
  const last = row.last === undefined ? '' : text.last(row.last.month, row.last.text, row.last.percent === undefined ? '' : String(row.last.percent));
  return { no: String(no), list: row.list, item: row.item, milestone: row.milestone ?? '', due: row.due, last };
}

export async function writeSheet(head: SheetHead, rows: readonly SheetRow[], text: SheetText): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'wuzhong';
  wb.lastModifiedBy = 'wuzhong';
  wb.created = FIXED;
  wb.modified = FIXED;
  const ws = wb.addWorksheet(text.tab, {
    views: [{ state: 'frozen', ySplit: FIRST_ROW - 1, xSplit: 0 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${FIRST_ROW - 1}:${FIRST_ROW - 1}` },
  });
  ws.columns = COLUMNS.map((c) => ({ key: c, width: WIDTHS[c] }));
  const lastCol = cellRef('problem', 1).replace(/\d+$/, '');
  ws.mergeCells(`A1:${lastCol}1`);
  ws.mergeCells(`A2:${lastCol}2`);
  ws.getCell('A1').value = text.title;
  ws.getCell('A1').font = { bold: true, size: 14 };
  ws.getCell('A1').alignment = { horizontal: 'center' };
  ws.getCell('A2').value = text.subtitle;
  ws.getCell('A2').alignment = { wrapText: true, vertical: 'top' };
  ws.getRow(2).height = 36;
  const header = ws.getRow(FIRST_ROW - 1);
  COLUMNS.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = text.headers[c] ?? c;
    cell.font = { bold: true };
    cell.fill = GREY;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = { top: THIN, bottom: THIN, left: THIN, right: THIN };
  });

  rows.forEach((row, i) => {
    const r = FIRST_ROW + i;
    const shown = lockedValues(row, i + 1, text);
    const editable = new Set<string>(EDITABLE_IN[row.kind]);
    for (const c of COLUMNS) {
      const cell = ws.getCell(cellRef(c, r));
      const value = c in shown ? shown[c as keyof typeof shown] : row.prefill[c as keyof SheetRow['prefill']];
      if (value !== undefined && value !== '') cell.value = c === 'no' ? i + 1 : value;
      cell.alignment = { vertical: 'top', wrapText: true };
      cell.border = { top: THIN, bottom: THIN, left: THIN, right: THIN };
      if (!editable.has(c)) {
        cell.fill = GREY;
        continue;
      }
      cell.fill = YELLOW;
      cell.protection = { locked: false };
      if (c === 'done') {
        cell.numFmt = 'yyyy-mm-dd';
        cell.dataValidation = {
          type: 'date', operator: 'between', allowBlank: true, showErrorMessage: true, showInputMessage: true,
          formulae: [new Date(Date.UTC(2000, 0, 1)), new Date(Date.UTC(2099, 11, 31))],
          error: text.dateTip, prompt: text.dateTip,
        };
      }
      if (c === 'percent') {
        cell.dataValidation = {
          type: 'decimal', operator: 'between', allowBlank: true, showErrorMessage: true, showInputMessage: true,
          formulae: [0, 100], error: text.percentTip, prompt: text.percentTip,
        };
      }
    }
  });
  // No password: protection guards against slips, not people (docs/clerks.md); a password hash needs a random salt.
  await ws.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });

  const meta = wb.addWorksheet(META_SHEET, { state: 'veryHidden' });
  meta.addRow([META_TAG, SHEET_VERSION, head.unit, head.month, head.zone]);
  meta.addRow(['row', 'item', 'milestone', 'hash', ...LOCKED, 'progress', 'percent', 'evidence']);
  rows.forEach((row, i) => {
    const shown = lockedValues(row, i + 1, text);
    const pre = (k: 'progress' | 'percent' | 'evidence') => (row.prefill[k] === undefined ? '' : String(row.prefill[k]));
    meta.addRow([String(FIRST_ROW + i), row.key, row.milestone ?? '', row.hash, ...LOCKED.map((c) => shown[c]), pre('progress'), pre('percent'), pre('evidence')]);
  });
  await meta.protect('', {});
  return fixedZip(new Uint8Array(await wb.xlsx.writeBuffer()));
}

/** The same entries, in the same order, with a fixed date and no folder entries: exceljs stamps the time of writing. */
function fixedZip(bytes: Uint8Array): Uint8Array {
  const entries = unzipSync(bytes);
  const out: Record<string, Uint8Array> = {};
  for (const [name, data] of Object.entries(entries)) if (!name.endsWith('/')) out[name] = data;
  return zipSync(out, { level: 6, mtime: FIXED });
}
