import type { SchemaOptions } from '../schema.js';
import type { CommandSpec } from './types.js';

export const schema: CommandSpec = {
  name: 'schema',
  description: { zh: '导出 JSON Schema', en: 'write the JSON Schemas' },
  options: [
    {
      flags: '--out <dir>',
      description: { zh: '输出目录（默认园区仓库的 schemas/）', en: 'output directory (default: schemas/ of the zone repo)' },
    },
  ],
  run: async ({ io, global }, _args, opts) =>
    (await import('../schema.js')).schemaCommand(io, global, opts as SchemaOptions),
};
