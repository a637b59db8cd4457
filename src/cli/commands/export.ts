import type { ExportOptions } from '../export.js';
import { asOfOption } from './options.js';
import type { CommandSpec } from './types.js';

export const exportLedger: CommandSpec = {
  name: 'export',
  description: { zh: '导出“五重”清单总台账（Excel 或 CSV）', en: 'export the ledger of every list (Excel or CSV)' },
  options: [
    { flags: '--format <format>', description: { zh: '输出格式', en: 'output format' }, formats: async () => ['xlsx', 'csv'] },
    asOfOption('截至日期'),
    {
      flags: '--out <file>',
      description: {
        zh: '输出文件（默认 reports/总台账-<日期>.xlsx 或 .csv）',
        en: 'output file (default: reports/总台账-<date>.xlsx or .csv)',
      },
    },
  ],
  run: async ({ io, global }, _args, opts) =>
    (await import('../export.js')).exportCommand(io, global, opts as unknown as ExportOptions),
};
