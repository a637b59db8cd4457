import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/load/build.js';
import { parseFile } from '../../../src/load/parse.js';
import { scanZone } from '../../../src/load/scan.js';
import { assessmentFileSchema, configSchema } from '../../../src/model/config.js';
import { listSchemas } from '../../../src/model/item.js';
import { meetingSchema } from '../../../src/model/coordination.js';
import { noticeSchema } from '../../../src/model/notice.js';
import { SCHEMA_SPECS, type SchemaKind } from '../../../src/model/json-schema.js';
import { exampleZone, repoRoot } from '../../helpers.js';

// The committed files, as an editor would load them, in ajv's strict mode (no unknown formats or keywords).
const ajv = new Ajv({ allErrors: true, strict: true });
const validators = new Map<SchemaKind, ValidateFunction>(
  SCHEMA_SPECS.map((s) => [s.kind, ajv.compile(JSON.parse(readFileSync(join(repoRoot, 'schemas', s.file), 'utf8')))]),
);
const zodSchemas = {
  config: configSchema, assessment: assessmentFileSchema, meeting: meetingSchema, notice: noticeSchema, ...listSchemas,
};

interface DataFile {
  path: string;
  kind: SchemaKind;
  data: Record<string, unknown>;
}

/** Every file of a zone that the loader would validate and that parsed (YAML 1.2 core) into a mapping. */
function dataFiles(root: string): DataFile[] {
  const out: DataFile[] = [];
  for (const raw of scanZone(root)) {
    const where = classify(raw.path);
    if (!raw.bytes || !['config', 'assessment', 'item', 'meeting', 'notice'].includes(where.kind)) continue;
    const kind: SchemaKind = where.kind === 'item' ? where.list : (where.kind as 'config' | 'assessment' | 'meeting' | 'notice');
    const parsed = parseFile(raw.path, raw.bytes);
    if (parsed.data) out.push({ path: raw.path, kind, data: parsed.data });
  }
  return out;
}

const ajvAccepts = (f: DataFile) => validators.get(f.kind)!(f.data) === true;
// The timezone refinement asks the runtime's Intl, which a JSON Schema cannot express.
const zodAccepts = (f: DataFile) => {
  const r = zodSchemas[f.kind].safeParse(f.data);
  return r.success || r.error.issues.every((i) => i.code === 'custom' && i.message === 'timezone');
};

function zoneRoots(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const here = existsSync(join(dir, 'wuzhong.yaml')) ? [dir] : [];
  const subdirs = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory() && e.name !== 'lists' && e.name !== 'assessments');
  return [...here, ...subdirs.flatMap((e) => zoneRoots(join(dir, e.name)))].sort();
}

const fixturesRoot = join(repoRoot, 'tests', 'fixtures');
const fixtureZones = zoneRoots(fixturesRoot).map((dir) => [dir.slice(fixturesRoot.length + 1), dir] as const);

describe('ajv over the example zone', () => {
  const files = dataFiles(exampleZone);

  it('reads every data file of examples/zone', () => {
    expect(files.map((f) => f.kind)).toEqual(expect.arrayContaining(['config', 'assessment', 'enterprises', 'investments', 'projects', 'reforms', 'tasks']));
  });

  it.each(files.map((f) => [f.path, f] as const))('accepts %s', (_path, f) => {
    const validate = validators.get(f.kind)!;
    expect(validate(f.data), JSON.stringify(validate.errors)).toBe(true);
  });
});

describe.each(fixtureZones)('ajv over fixture zone %s', (name, dir) => {
  const files = dataFiles(dir);
  const expectsSchemaErrors = /(^|\/)(schema|yaml)(\/|$)/.test(name);

  it('agrees with the zod schema on every file', () => {
    for (const f of files) expect(ajvAccepts(f), f.path).toBe(zodAccepts(f));
  });

  // Only the test that applies to this fixture is defined, so no test is reported as skipped.
  if (!expectsSchemaErrors) {
    it('accepts every file (the fixture is about a later rule)', () => {
      for (const f of files) {
        const validate = validators.get(f.kind)!;
        expect(validate(f.data), `${f.path}: ${JSON.stringify(validate.errors)}`).toBe(true);
      }
    });
  }

  if (/(^|\/)schema$/.test(name)) {
    it('rejects the files that have schema errors', () => {
      expect(files.filter((f) => !zodAccepts(f)).length).toBeGreaterThan(0);
      for (const f of files.filter((f) => !zodAccepts(f))) expect(ajvAccepts(f), f.path).toBe(false);
    });
  }
});

describe('ajv rejects what check rejects', () => {
  const task = (extra: string) => parse(`title: 甲\nlead: 魏克鹏\nowner: 产融城公司\nstart: 2026-01-05\ndue: 2026-06-30\n${extra}`, { schema: 'core' });
  const accepts = (extra: string) => validators.get('tasks')!(task(extra)) === true;

  it('accepts a valid item (dates stay text under the core schema)', () => {
    expect(accepts('')).toBe(true);
    expect(accepts('status: done\nclosed: 2026-02-29\n'.replace('2026-02-29', '2024-02-29'))).toBe(true);
  });

  it.each([
    ['an unknown key', 'deu: 2026-02-01\n'],
    ['an unknown key in a milestone', 'milestones:\n  - title: 甲\n    due: 2026-03-31\n    dne: 2026-03-01\n'],
    ['an impossible date', 'closed: 2026-02-30\n'],
    ['a date in the wrong format', 'closed: 2026/02/01\n'],
    ['a month that does not exist', 'updates:\n  - month: 2026-13\n    text: 进展\n'],
    ['a value outside the enum', 'status: finished\n'],
    ['yes as a boolean', 'claimed: yes\n'],
    ['a percent over 100', 'updates:\n  - month: 2026-02\n    text: 进展\n    percent: 120\n'],
    ['empty text', 'summary: "  "\n'],
    ['a malformed link', 'links: [projects/Bad_Id]\n'],
  ])('rejects %s', (_what, extra) => {
    expect(accepts(extra)).toBe(false);
  });

  it('rejects a missing required key and an unknown key in wuzhong.yaml', () => {
    const config = validators.get('config')!;
    expect(config(parse('zone: 甲\nunits: [乙]\nleaders: [丙]\n', { schema: 'core' }))).toBe(true);
    expect(config(parse('zone: 甲\nunits: [乙]\n', { schema: 'core' }))).toBe(false);
    expect(config(parse('zone: 甲\nunits: [乙]\nleaders: [丙]\nunit: [丁]\n', { schema: 'core' }))).toBe(false);
    expect(config(parse('zone: 甲\nunits: [乙]\nleaders: [丙]\nholidays: [2026-02-30]\n', { schema: 'core' }))).toBe(false);
  });
});
