import type { CheckOptions } from '../check.js';
import { asOfOption, formatOption } from './options.js';
import type { CommandSpec } from './types.js';

export const check: CommandSpec = {
  name: 'check',
  description: { zh: '检查清单数据', en: 'check the zone data' },
  arguments: [
    {
      name: '[paths...]',
      description: {
        zh: '只显示这些文件或目录中的问题（仍检查整个园区）',
        en: 'show only findings in these files or folders (the whole zone is still checked)',
      },
    },
  ],
  options: [
    asOfOption('检查日期'),
    formatOption(async () => (await import('../../format/index.js')).FORMATTERS),
    {
      flags: '--max-warnings <n>',
      description: { zh: '警告数超过 N 时以 1 退出', en: 'exit 1 when there are more than N warnings' },
    },
    {
      flags: '--base <rev>',
      description: {
        zh: '与 Git 版本 REV 比较（延期、补录、删除）',
        en: 'compare with git revision REV (postponed, late records, removed)',
      },
    },
    {
      flags: '--quiet',
      description: {
        zh: '只显示错误（--max-warnings 仍统计全部警告）',
        en: 'errors only (--max-warnings still counts every warning)',
      },
    },
  ],
  helpAfter: async () => {
    const [{ rulesHelp }, { catalog }] = await Promise.all([import('../usage.js'), import('../../rules/index.js')]);
    return rulesHelp(catalog);
  },
  run: async ({ io, global }, [paths], opts) =>
    (await import('../check.js')).checkCommand(io, global, opts as unknown as CheckOptions, paths as string[]),
};
