import type { NoticeOptions } from '../notice.js';
import { asOfOption } from './options.js';
import type { CommandSpec } from './types.js';

export const notice: CommandSpec = {
  name: 'notice',
  description: { zh: '起草编号的督办通知并提交到 Git', en: 'draft a numbered supervision notice and commit it' },
  options: [
    { flags: '--unit <name>', description: { zh: '被督办单位（必填）', en: 'the unit the notice goes to (required)' } },
    asOfOption('截至日期'),
    {
      flags: '--kind <kind>',
      description: { zh: '类别：提醒、督办（默认）、催办', en: 'kind: 提醒 (reminder), 督办 (default), 催办 (follow-up)' },
      choices: ['提醒', '督办', '催办'],
    },
    { flags: '--no-commit', description: { zh: '只写文件，不提交', en: 'write the files, do not commit' } },
  ],
  run: async ({ io, global }, _args, opts) =>
    (await import('../notice.js')).noticeCommand(io, global, opts as unknown as NoticeOptions),
};
