import type { RiskOptions } from '../risk.js';
import { asOfOption, formatOption, leadOption, unitOption } from './options.js';
import type { CommandSpec } from './types.js';

export const risk: CommandSpec = {
  name: 'risk',
  description: { zh: '有延误风险的节点（预警）', en: 'milestones at risk of slipping (early warning)' },
  options: [
    asOfOption('截至日期'),
    unitOption,
    leadOption,
    formatOption(async () => (await import('../../report/risk-view.js')).riskFormats),
  ],
  run: async ({ io, global }, _args, opts) =>
    (await import('../risk.js')).riskCommand(io, global, opts as unknown as RiskOptions),
};
