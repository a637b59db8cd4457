import type { ScoreOptions } from '../score.js';
import { formatOption, monthOption } from './options.js';
import type { CommandSpec } from './types.js';

export const score: CommandSpec = {
  name: 'score',
  description: { zh: '月度“五重”考核得分', en: 'the monthly assessment' },
  options: [
    monthOption('考核月份'),
    {
      ...formatOption(async () => (await import('../../report/score-view.js')).scoreFormats),
      // Binary: written to a file (--out), never to the terminal.
      formats: async () => [...Object.keys((await import('../../report/score-view.js')).scoreFormats), 'xlsx'],
    },
    { flags: '--explain', description: { zh: '列出每个单位的加减分明细', en: "list every unit's additions and deductions" } },
    { flags: '--unit <name>', description: { zh: '只看该单位', en: 'only this unit' } },
    {
      flags: '--lead <name>',
      description: { zh: '明细只列该领导牵头的事项', en: 'only the events of items this leader leads' },
    },
    {
      flags: '--out <file>',
      description: {
        zh: 'xlsx 的输出文件（默认 reports/<月份>-考核结果.xlsx）',
        en: 'the .xlsx file (default: reports/<month>-考核结果.xlsx)',
      },
    },
  ],
  run: async ({ io, global }, _args, opts) =>
    (await import('../score.js')).scoreCommand(io, global, opts as unknown as ScoreOptions),
};
