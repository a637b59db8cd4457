import type { OverdueOptions } from '../overdue.js';
import { asOfOption, formatOption, leadOption, listOption, unitOption } from './options.js';
import type { CommandSpec } from './types.js';

export const overdue: CommandSpec = {
  name: 'overdue',
  description: { zh: '逾期节点清单', en: 'overdue milestones and items' },
  options: [
    asOfOption('截至日期'),
    unitOption,
    leadOption,
    listOption,
    formatOption(async () => (await import('../../report/overdue-view.js')).overdueFormats),
  ],
  run: async ({ io, global }, _args, opts) =>
    (await import('../overdue.js')).overdueCommand(io, global, opts as unknown as OverdueOptions),
};
