import type { LedgerTable } from './ledger.js';
import type { CellValue } from './xlsx.js';

/**
 * RFC 4180 CSV with a UTF-8 byte order mark and CRLF line ends, the form Excel and WPS open as UTF-8 without an
 * import dialog. A cell starting with = + - @ is prefixed with ' so a spreadsheet does not run it as a formula.
 */
export function toCsv(table: LedgerTable): string {
  const lines = [table.columns.map((c) => field(c.header)), ...table.rows.map((r) => r.map(field))];
  return `\uFEFF${lines.map((l) => l.join(',')).join('\r\n')}\r\n`;
}

function field(v: CellValue): string {
  if (v === undefined) return '';
  if (typeof v === 'number') return String(v);
  const s = typeof v === 'object' ? v.date : /^[=+\-@]/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
