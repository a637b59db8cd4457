import type { LogOptions } from '../log.js';
import { formatOption } from './options.js';
import type { CommandSpec } from './types.js';

export const log: CommandSpec = {
  name: 'log',
  description: { zh: '事项的变更历史', en: 'the history of an item from git' },
  arguments: [
    {
      name: '[item]',
      description: {
        zh: '<清单>/<编号>，如 projects/jiaotou-supply-chain（不写则列出全部事项）',
        en: '<list>/<id>, e.g. projects/jiaotou-supply-chain (default: every item)',
      },
    },
  ],
  options: [
    {
      flags: '--since <date>',
      description: { zh: '只看该日期及之后的提交', en: 'only commits on or after this date (YYYY-MM-DD)' },
    },
    formatOption(async () => (await import('../../history/log-text.js')).logFormats),
  ],
  run: async ({ io, global }, [item], opts) =>
    (await import('../log.js')).logCommand(io, global, item as string | undefined, opts as unknown as LogOptions),
};
