// Independent readers for the Office outputs: SheetJS for workbooks, fflate for the raw XML (not exceljs or docx,
// which write them).
import { unzipSync, strFromU8 } from 'fflate';
import { readFileSync } from 'node:fs';
import * as XLSX from 'xlsx';

export function readWorkbook(file: string): XLSX.WorkBook {
  return XLSX.read(readFileSync(file), { type: 'buffer', cellDates: true });
}

/** A sheet as rows of raw values (numbers, strings, Dates), empty cells as undefined. */
export function sheetRows(wb: XLSX.WorkBook, name: string): unknown[][] {
  const ws = wb.Sheets[name];
  if (ws === undefined) throw new Error(`no sheet ${name}: ${wb.SheetNames.join(', ')}`);
  return XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1, raw: true, defval: undefined, blankrows: true });
}

/** Every part of an Office package (zip) as bytes. */
export function zipBytes(file: string): Map<string, Uint8Array> {
  return new Map(Object.entries(unzipSync(readFileSync(file))));
}

/** Every part of an Office package (zip) as text. */
export function zipParts(file: string): Map<string, string> {
  const entries = unzipSync(readFileSync(file));
  return new Map(Object.entries(entries).map(([k, v]) => [k, strFromU8(v)]));
}

/** The DOS date (YYYY-MM-DD) of each local file header, walking the zip from its first byte. */
export function zipEntryDates(file: string): string[] {
  const b = readFileSync(file);
  const out: string[] = [];
  let i = 0;
  while (i + 30 <= b.length && b.readUInt32LE(i) === 0x04034b50) {
    const d = b.readUInt16LE(i + 12);
    out.push(`${1980 + (d >> 9)}-${String((d >> 5) & 15).padStart(2, '0')}-${String(d & 31).padStart(2, '0')}`);
    i += 30 + b.readUInt16LE(i + 26) + b.readUInt16LE(i + 28) + b.readUInt32LE(i + 18);
  }
  return out;
}

export const SHEETJS = XLSX;
