import { ledgerCombined } from '../office/ledger.js';
import { toCsv } from '../office/csv.js';
import { gateDate, refuseOnErrors } from './gate.js';
import type { Io } from './io.js';
import { officeTarget, writeOffice } from './office-write.js';
import { asOfDate, type GlobalOptions } from './options.js';
import { loadZone } from './zone.js';
import { messages } from '../i18n/index.js';

export interface ExportOptions {
  format: string;
  asOf?: string;
  out?: string;
}

/** `wuzhong export`: the 总台账 as .xlsx (one sheet per list) or one UTF-8 CSV with a 清单 column (docs/supervisors.md). */
export async function exportCommand(io: Io, global: GlobalOptions, opts: ExportOptions): Promise<number> {
  const loaded = await loadZone(io, global);
  const asOf = asOfDate(opts.asOf, io, loaded.timeZone, loaded.lang);
  const csv = opts.format === 'csv';
  const name = messages(loaded.lang).usage.ledgerFile;
  const target = officeTarget(io, loaded, opts.out, `reports/${name}-${asOf}.${csv ? 'csv' : 'xlsx'}`);
  if (refuseOnErrors(io, loaded, 'export', global.color, gateDate(io, loaded, asOf)) !== 0) return 1;
  const bytes = csv
    ? toCsv(ledgerCombined(loaded.zone, asOf, loaded.lang))
    : await (await import('../office/ledger-xlsx.js')).ledgerWorkbook(loaded.zone, asOf, loaded.lang);
  writeOffice(io, loaded, target.abs, bytes);
  return 0;
}
