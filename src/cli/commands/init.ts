import type { InitOptions } from '../init.js';
import type { CommandSpec } from './types.js';

export const init: CommandSpec = {
  name: 'init',
  description: { zh: '新建园区仓库', en: 'scaffold a zone repo' },
  arguments: [
    {
      name: '[dir]',
      description: { zh: '目录（默认 --repo，否则当前目录）', en: 'directory (default: --repo, else the working directory)' },
    },
  ],
  options: [
    {
      flags: '--zone <name>',
      description: {
        zh: '园区名称（默认已有 wuzhong.yaml 的 zone，否则目录名）',
        en: 'zone name (default: zone in an existing wuzhong.yaml, else the folder name)',
      },
    },
    {
      flags: '--force',
      description: {
        zh: '用模板覆盖已有文件，并允许在另一个园区仓库内新建',
        en: 'overwrite existing files with the templates, and allow a zone inside another zone repo',
      },
    },
  ],
  run: async ({ io, global }, [dir], opts) =>
    (await import('../init.js')).initCommand(io, global, dir as string | undefined, opts as InitOptions),
};
