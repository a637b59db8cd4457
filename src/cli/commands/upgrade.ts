import type { CommandSpec } from './types.js';

export const upgrade: CommandSpec = {
  name: 'upgrade',
  description: {
    zh: '更换园区仓库固定的 wuzhong（.wuzhong/wuzhong.mjs）',
    en: 'replace the wuzhong pinned in the zone repo',
  },
  arguments: [
    {
      name: '[file]',
      description: {
        zh: '单文件版本 wuzhong.mjs（默认正在运行的 wuzhong）',
        en: 'a single-file release wuzhong.mjs (default: the running wuzhong)',
      },
    },
  ],
  run: async ({ io, global }, [file]) =>
    (await import('../upgrade.js')).upgradeCommand(io, global, file as string | undefined),
};
