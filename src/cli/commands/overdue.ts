import { LISTS } from '../../model/lists.js';
import type { OverdueOptions } from '../overdue.js';
import { asOfOption, formatOption, unitOption } from './options.js';
import type { CommandSpec } from './types.js';

export const overdue: CommandSpec = {
  name: 'overdue',
  description: { zh: '逾期节点清单', en: 'overdue milestones and items' },
  options: [
    asOfOption('截至日期'),
    unitOption,
    { flags: '--list <list>', description: { zh: '只看该清单', en: `only this list: ${LISTS.join(' | ')}` } },
    formatOption(async () => (await import('../../report/overdue-view.js')).overdueFormats),
  ],
  run: async ({ io, global }, _args, opts) =>
    (await import('../overdue.js')).overdueCommand(io, global, opts as unknown as OverdueOptions),
};
