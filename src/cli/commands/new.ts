import { LISTS } from '../../model/lists.js';
import type { NewOptions } from '../new.js';
import type { CommandSpec } from './types.js';

export const newItem: CommandSpec = {
  name: 'new',
  description: { zh: '按模板新建事项', en: 'a new item from a template' },
  arguments: [
    { name: '<list>', description: { zh: '清单', en: `list: ${LISTS.join(' | ')}` } },
    {
      name: '<id>',
      description: {
        zh: '编号：小写字母、数字和连字符，最多 64 个字符',
        en: 'id: lower-case letters, digits and hyphens, at most 64 characters',
      },
    },
  ],
  options: [
    { flags: '--title <title>', description: { zh: '名称', en: 'title' } },
    {
      flags: '--owner <unit>',
      description: { zh: '责任单位（默认 wuzhong.yaml 的第一个单位）', en: 'responsible unit (default: the first in wuzhong.yaml)' },
    },
    {
      flags: '--lead <name>',
      description: { zh: '牵头领导（默认 wuzhong.yaml 的第一位领导）', en: 'lead official (default: the first in wuzhong.yaml)' },
    },
  ],
  run: async ({ io, global }, [list, id], opts) =>
    (await import('../new.js')).newCommand(io, global, list as string, id as string, opts as NewOptions),
};
