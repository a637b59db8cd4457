import type { Lang } from '../model/diagnostic.js';
import type { Zone } from '../model/zone.js';
import { ledgerTables } from './ledger.js';
import { officeText } from './text.js';
import { addTableSheet, newWorkbook, workbookBytes } from './xlsx.js';

/** The 总台账 workbook: one sheet per list (docs/supervisors.md); the same data and D give the same bytes. */
export async function ledgerWorkbook(zone: Zone, asOf: string, lang: Lang): Promise<Uint8Array> {
  const t = officeText(lang);
  const wb = await newWorkbook(asOf);
  wb.title = t.ledgerTitle(zone.config?.zone ?? '', asOf);
  for (const table of ledgerTables(zone, asOf, lang)) {
    const title = t.ledgerSheetTitle(table.name, asOf);
    addTableSheet(wb, { name: table.name, title, columns: table.columns, rows: table.rows });
  }
  return workbookBytes(wb, asOf);
}
