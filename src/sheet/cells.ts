import { isValidDate } from '../model/dates.js';

/** A cell as import sees it: empty, text, a number or a date (a real date cell, as `YYYY-MM-DD`). */
export type CellValue = { kind: 'empty' } | { kind: 'text'; text: string } | { kind: 'number'; value: number } | { kind: 'date'; date: string };

export const EMPTY: CellValue = { kind: 'empty' };

/** Text as typed: surrounding spaces (also the ideographic space) dropped, line ends as `\n`. */
export function cleanText(s: string): string {
  return s.replace(/\r\n?/g, '\n').replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
}

const DATE_FORMS = [/^(\d{4})-(\d{1,2})-(\d{1,2})$/, /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/, /^(\d{4})年(\d{1,2})月(\d{1,2})日$/];

/**
 * A date from a cell: a real date cell, a date serial number, or text written 2026-11-30, 2026/11/30 or
 * 2026年11月30日 (one-digit month and day too); undefined when it is none of these or not a real date.
 */
export function cellDate(v: CellValue): string | undefined {
  if (v.kind === 'date') return v.date;
  if (v.kind === 'number') return serialDate(v.value);
  if (v.kind !== 'text') return undefined;
  const t = v.text.replace(/\s+/g, '');
  for (const re of DATE_FORMS) {
    const m = re.exec(t);
    if (!m) continue;
    const date = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
    return isValidDate(date) ? date : undefined;
  }
  return undefined;
}

/** Excel's day serial (1900 system; 60 is the phantom 1900-02-29, so only serials after it are taken). */
export function serialDate(n: number): string | undefined {
  if (!Number.isFinite(n) || n < 61 || n >= 2958466) return undefined;
  const ms = Math.round((Math.floor(n) - 25569) * 86400000);
  return new Date(ms).toISOString().slice(0, 10);
}

/** A percent from a cell: a number, or text like `85`, `85.5` or `85%`; undefined when it is not a number. */
export function cellNumber(v: CellValue): number | undefined {
  if (v.kind === 'number') return v.value;
  if (v.kind !== 'text') return undefined;
  const m = /^([+-]?\d+(?:\.\d+)?)\s*[%％]?$/.exec(v.text.replace(/\s+/g, ''));
  return m ? Number(m[1]) : undefined;
}

/** The text of a cell for comparing with what was exported: numbers as written, dates as `YYYY-MM-DD`. */
export function cellText(v: CellValue): string {
  switch (v.kind) {
    case 'empty':
      return '';
    case 'text':
      return v.text;
    case 'number':
      return String(v.value);
    case 'date':
      return v.date;
  }
}
