import type { SheetOptions } from '../sheet.js';
import { asOfOption, monthOption } from './options.js';
import type { CommandSpec } from './types.js';

export const sheet: CommandSpec = {
  name: 'sheet',
  description: {
    zh: '填报表：export 导出给责任单位填写，import 把收回的表写入 YAML 并检查',
    en: 'fill-in sheets: export one for a unit, import the returned ones into the YAML and check',
  },
  arguments: [
    { name: '<action>', description: { zh: 'export 或 import', en: 'export or import' } },
    { name: '[files...]', description: { zh: '收回的填报表 .xlsx（import）', en: 'returned sheets, .xlsx (import)' } },
  ],
  options: [
    { flags: '--unit <name>', description: { zh: '责任单位（export 必填）', en: 'responsible unit (export, required)' } },
    monthOption('填报月份（export）'),
    {
      flags: '--out <file>',
      description: {
        zh: '输出文件（export，默认当前目录下的 <单位>-<年月>.xlsx）',
        en: 'output file (export; default: <unit>-<month>.xlsx in the working directory)',
      },
    },
    asOfOption('导入日期，即新问题的提出日期（import）'),
    {
      flags: '--branch <name>',
      description: { zh: '在新分支上提交，每张表一次（import）', en: 'commit on a new branch, one commit per sheet (import)' },
    },
  ],
  run: async ({ io, global }, [action, files], opts) =>
    (await import('../sheet.js')).sheetCommand(io, global, action as string, files as string[], opts as SheetOptions),
};
