// Fills cells of an .xlsx the way a spreadsheet program saves them, by editing the sheet XML directly (fflate),
// not through exceljs (which wrote the file): every other part — protection, the hidden sheet, validations,
// styles — stays byte for byte, as it does when a clerk saves in WPS or Excel.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

/** A typed value: text (an inline string), a number, or a date as Excel stores one (a serial number). */
export type Fill = string | number | { date: string } | null;

/** Excel's 1900-system serial of a date. */
export function excelSerial(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86400000 + 25569;
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** `part`: the worksheet part, `xl/worksheets/sheet1.xml` (the visible sheet) unless given. */
export function fillCells(bytes: Uint8Array, cells: Record<string, Fill>, part = 'xl/worksheets/sheet1.xml'): Uint8Array {
  const files = unzipSync(bytes);
  let xml = strFromU8(files[part]!);
  for (const [ref, value] of Object.entries(cells)) {
    const style = new RegExp(`<c r="${ref}"( s="\\d+")?[^>]*?(/>|>.*?</c>)`).exec(xml);
    const s = style?.[1] ?? '';
    const cell =
      value === null ? `<c r="${ref}"${s}/>`
      : typeof value === 'string' ? `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escape(value)}</t></is></c>`
      : typeof value === 'number' ? `<c r="${ref}"${s}><v>${value}</v></c>`
      : `<c r="${ref}"${s}><v>${excelSerial(value.date)}</v></c>`;
    if (style) {
      xml = xml.replace(style[0], cell);
      continue;
    }
    const row = ref.replace(/^[A-Z]+/, '');
    const rowRe = new RegExp(`<row r="${row}"[^>]*>(.*?)</row>`);
    // A cell in a row the file has not got: a new row at the end of the data.
    xml = rowRe.test(xml) ? xml.replace(rowRe, (m) => m.replace('</row>', `${cell}</row>`)) : xml.replace('</sheetData>', `<row r="${row}">${cell}</row></sheetData>`);
  }
  files[part] = strToU8(xml);
  return zipSync(files);
}

/** The text of one XML part, for checks that read the file without exceljs. */
export function xlsxPart(bytes: Uint8Array, part: string): string {
  return strFromU8(unzipSync(bytes)[part]!);
}
