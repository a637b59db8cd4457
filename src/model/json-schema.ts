import { z } from 'zod';
import { assessmentFileSchema, configSchema } from './config.js';
import { DATE_PATTERN, LISTS, type ListName } from './fields.js';
import { LIST_LABELS, listSchemas } from './item.js';
import { COORDINATION_SPECS } from './coordination-schemas.js';

/**
 * Each schema's `$id`: a name, not an address
 * (no package is published to fetch it from; editors use the local files).
 */
const SCHEMA_BASE_URL = 'urn:wuzhong:schema:';

/**
 * A date pattern that also rejects impossible days (2026-02-30, 2025-02-29), so editors
 * flag them without a `format` validator; agrees with `isValidDate` for years 1000–9999.
 */
export const CALENDAR_DATE_PATTERN =
  '^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))' +
  '|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$';

export type SchemaKind = 'config' | 'assessment' | 'meeting' | 'notice' | ListName;

export interface SchemaSpec {
  kind: SchemaKind;
  /** File name inside schemas/. */
  file: string;
  /** Globs, relative to the zone root, of the files this schema describes (for editor settings). */
  globs: string[];
  title: string;
  description: string;
  schema: z.ZodType;
}

const listSpec = (list: ListName): SchemaSpec => ({
  kind: list,
  file: `${list}.schema.json`,
  globs: [`lists/${list}/*.yaml`, `lists/${list}/*.yml`],
  title: `wuzhong ${LIST_LABELS[list].zh}（lists/${list}/<编号>.yaml）`,
  description: `“五重”清单之${LIST_LABELS[list].zh}：每个文件一个事项，文件名即编号（小写字母、数字和连字符）。`,
  schema: listSchemas[list],
});

export const SCHEMA_SPECS: readonly SchemaSpec[] = [
  {
    kind: 'config', file: 'wuzhong.schema.json', globs: ['wuzhong.yaml'],
    title: 'wuzhong 园区配置（wuzhong.yaml）',
    description: '园区名称、时区、工作日历、责任单位、牵头领导和月度考核规则。',
    schema: configSchema,
  },
  {
    kind: 'assessment', file: 'assessment.schema.json', globs: ['assessments/*.yaml'],
    title: 'wuzhong 月度考核加减分（assessments/<YYYY-MM>.yaml）',
    description: '该月考核的手工加减分，每条写明单位、分值和理由。',
    schema: assessmentFileSchema,
  },
  ...LISTS.map(listSpec),
  ...COORDINATION_SPECS,
];

export function schemaSpec(kind: SchemaKind): SchemaSpec {
  return SCHEMA_SPECS.find((s) => s.kind === kind)!;
}

/** One draft-07 JSON Schema document generated from a zod schema. */
export function jsonSchemaOf(spec: SchemaSpec): Record<string, unknown> {
  const generated = z.toJSONSchema(spec.schema, { target: 'draft-07', io: 'input' }) as Record<string, unknown>;
  const { $schema, title: _title, description: _description, ...rest } = generated;
  const doc = tightenDates({ $schema, $id: `${SCHEMA_BASE_URL}${spec.file}`, title: spec.title, description: spec.description, ...rest }) as Record<string, unknown>;
  if (spec.kind === 'config') uniqueNames(doc);
  return doc;
}

/** docs/fields.md: units and leaders are unique (zod checks this in a rule; JSON Schema can say it directly). */
function uniqueNames(doc: Record<string, unknown>): void {
  const props = doc.properties as Record<string, Record<string, unknown>>;
  for (const key of ['units', 'leaders']) if (props[key]) props[key]!.uniqueItems = true;
}

/** The files of schemas/, as written: 2-space JSON and a final newline, byte-for-byte reproducible. */
export function jsonSchemaFiles(): { file: string; text: string }[] {
  return SCHEMA_SPECS.map((spec) => ({ file: spec.file, text: `${JSON.stringify(jsonSchemaOf(spec), null, 2)}\n` }));
}

function tightenDates(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(tightenDates);
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) out[k] = tightenDates(v);
  if (out.format === 'date' && out.pattern === DATE_PATTERN) {
    out.pattern = CALENDAR_DATE_PATTERN;
    // The pattern says it all; a `format` would need ajv-formats, and ajv's strict mode rejects unknown formats.
    delete out.format;
  }
  return out;
}
