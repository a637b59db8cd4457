// Reads a returned fill-in sheet (exceljs): bytes in, plain cells out; nothing here knows the zone.
import ExcelJS from 'exceljs';
import { cleanText, EMPTY, type CellValue } from './cells.js';
import { COLUMNS, META_SHEET } from './layout.js';

export interface ReadSheet {
  /** The visible sheets' names (a clerk may have added one: then cell names carry the sheet). */
  visible: string[];
  /** The first visible sheet: the one exported. */
  name: string;
  /** cells.get(row)?.[column index 0-based] */
  cells: Map<number, CellValue[]>;
  lastRow: number;
  /** The hidden sheet's rows as text, or undefined when it is missing. */
  meta: string[][] | undefined;
}

export class UnreadableSheet extends Error {}

export async function readSheet(bytes: Uint8Array): Promise<ReadSheet> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch (e) {
    throw new UnreadableSheet(e instanceof Error ? e.message.split('\n')[0] : String(e));
  }
  const sheets = wb.worksheets;
  const visible = sheets.filter((s) => s.state !== 'hidden' && s.state !== 'veryHidden' && s.name !== META_SHEET);
  const main = visible[0];
  const metaSheet = sheets.find((s) => s.name === META_SHEET);
  const cells = new Map<number, CellValue[]>();
  let lastRow = 0;
  main?.eachRow({ includeEmpty: false }, (row, r) => {
    const values: CellValue[] = [];
    // Columns past the layout are locked (protection) and carry nothing wuzhong reads.
    const width = COLUMNS.length;
    for (let c = 1; c <= width; c++) values.push(cellValue(row.getCell(c).value));
    if (values.some((v) => v.kind !== 'empty')) lastRow = r;
    cells.set(r, values);
  });
  const meta: string[][] | undefined = metaSheet === undefined ? undefined : [];
  metaSheet?.eachRow({ includeEmpty: true }, (row, r) => {
    const values: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) {
      const v = cellValue(row.getCell(c).value);
      values.push(v.kind === 'text' ? v.text : v.kind === 'number' ? String(v.value) : v.kind === 'date' ? v.date : '');
    }
    meta![r - 1] = values;
  });
  return { visible: visible.map((s) => s.name), name: main?.name ?? '', cells, lastRow, meta };
}

/** exceljs's cell value (text, number, date, rich text, formula, hyperlink, …) as a CellValue. */
export function cellValue(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return EMPTY;
  if (typeof v === 'number') return Number.isFinite(v) ? { kind: 'number', value: v } : EMPTY;
  if (typeof v === 'string') return textValue(v);
  if (typeof v === 'boolean') return textValue(v ? 'TRUE' : 'FALSE');
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? EMPTY : { kind: 'date', date: v.toISOString().slice(0, 10) };
  if (typeof v === 'object') {
    if ('richText' in v && Array.isArray(v.richText)) return textValue(v.richText.map((r) => r.text).join(''));
    if ('result' in v) return cellValue((v.result ?? null) as ExcelJS.CellValue);
    if ('text' in v && typeof v.text === 'string') return textValue(v.text);
    if ('error' in v) return textValue(String(v.error));
  }
  return EMPTY;
}

function textValue(s: string): CellValue {
  const text = cleanText(s);
  return text === '' ? EMPTY : { kind: 'text', text };
}
