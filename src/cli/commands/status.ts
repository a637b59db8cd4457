import type { StatusOptions } from '../status.js';
import { asOfOption, formatOption, leadOption, listOption } from './options.js';
import type { CommandSpec } from './types.js';

export const status: CommandSpec = {
  name: 'status',
  description: { zh: '事项红黄绿灯', en: 'every open item with its traffic light' },
  options: [
    asOfOption('截至日期'),
    listOption,
    {
      flags: '--unit <name>',
      description: {
        zh: '只看该单位负责（事项或节点）的事项',
        en: 'only items this unit answers for (the item or a milestone)',
      },
    },
    leadOption,
    { flags: '--light <light>', description: { zh: '只看该颜色', en: 'only this light' }, choices: ['red', 'yellow', 'green'] },
    formatOption(async () => (await import('../../report/status-view.js')).statusFormats),
  ],
  run: async ({ io, global }, _args, opts) =>
    (await import('../status.js')).statusCommand(io, global, opts as unknown as StatusOptions),
};
