import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidDate } from '../../../src/model/dates.js';
import { DATE_PATTERN } from '../../../src/model/fields.js';
import { CALENDAR_DATE_PATTERN, jsonSchemaFiles, jsonSchemaOf, SCHEMA_SPECS } from '../../../src/model/json-schema.js';
import { repoRoot } from '../../helpers.js';

const schemasDir = join(repoRoot, 'schemas');

/** Every subschema, with its JSON pointer, for structural assertions. */
function walk(node: unknown, at: string, out: { at: string; node: Record<string, unknown> }[] = []) {
  if (Array.isArray(node)) node.forEach((n, i) => walk(n, `${at}/${i}`, out));
  else if (node && typeof node === 'object') {
    out.push({ at, node: node as Record<string, unknown> });
    for (const [k, v] of Object.entries(node)) walk(v, `${at}/${k}`, out);
  }
  return out;
}

describe('committed schemas/', () => {
  it('holds exactly the generated files, byte for byte (run `npm run schemas` after changing src/model)', () => {
    const generated = jsonSchemaFiles();
    expect(readdirSync(schemasDir).sort()).toEqual(generated.map((g) => g.file).sort());
    for (const g of generated) expect(readFileSync(join(schemasDir, g.file), 'utf8'), g.file).toBe(g.text);
  });

  it('is deterministic: 2-space JSON ending in one newline', () => {
    expect(jsonSchemaFiles()).toEqual(jsonSchemaFiles());
    for (const g of jsonSchemaFiles()) {
      expect(g.text.endsWith('}\n')).toBe(true);
      expect(g.text.split('\n')[1]).toMatch(/^ {2}"\$schema"/);
    }
  });
});

describe.each(SCHEMA_SPECS.map((s) => [s.file, s] as const))('%s', (_file, spec) => {
  const schema = jsonSchemaOf(spec);
  const nodes = walk(schema, '#');

  it('is draft-07 with an $id and a Chinese title and description', () => {
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.$id).toBe(`urn:wuzhong:schema:${spec.file}`);
    expect(schema.title).toMatch(/[\u4e00-\u9fff]/);
    expect(schema.description).toMatch(/[\u4e00-\u9fff]/);
  });

  it('closes every object (unknown keys are errors) and titles every property for hover help', () => {
    const objects = nodes.filter((n) => n.node.type === 'object');
    expect(objects.length).toBeGreaterThan(0);
    for (const { at, node } of objects) {
      expect(node.additionalProperties, at).toBe(false);
      for (const [key, prop] of Object.entries(node.properties as Record<string, Record<string, unknown>>)) {
        expect(prop.title, `${at}/properties/${key}`).toMatch(/[\u4e00-\u9fff]/);
      }
    }
  });

  it('uses the calendar-exact date pattern for every date, with no `format` (strict validators reject unknown formats)', () => {
    const dates = nodes.filter((n) => n.node.pattern === CALENDAR_DATE_PATTERN);
    if (spec.kind !== 'assessment') expect(dates.length).toBeGreaterThan(0);
    expect(nodes.filter((n) => n.node.pattern === DATE_PATTERN).map((n) => n.at)).toEqual([]);
    expect(nodes.filter((n) => 'format' in n.node)).toEqual([]);
  });
});

describe('schema content', () => {
  const props = (kind: string) => jsonSchemaOf(SCHEMA_SPECS.find((s) => s.kind === kind)!).properties as Record<string, Record<string, unknown>>;

  it('lists the enums and the required keys of the contract', () => {
    expect(props('tasks').status!.enum).toEqual(['active', 'done', 'cancelled']);
    expect(props('investments').stage!.enum).toEqual(['lead', 'talks', 'signed', 'registered', 'started', 'operating']);
    expect(props('config').calendar!.enum).toEqual(['cn', 'weekends', 'none']);
    expect(props('config').locale!.enum).toEqual(['zh-CN', 'en']);
    const required = (kind: string) => jsonSchemaOf(SCHEMA_SPECS.find((s) => s.kind === kind)!).required;
    expect(required('projects')).toEqual(expect.arrayContaining(['title', 'lead', 'owner', 'start', 'due', 'milestones', 'investment']));
    expect(required('investments')).toEqual(expect.arrayContaining(['investor', 'stage']));
    expect(required('enterprises')).toEqual(expect.arrayContaining(['company']));
    expect(required('config')).toEqual(expect.arrayContaining(['zone', 'units', 'leaders']));
    expect(props('projects').milestones!.minItems).toBe(1);
  });

  it('describes update months as YYYY-MM', () => {
    const update = (props('tasks').updates!.items as { properties: Record<string, { pattern: string }> }).properties;
    const re = new RegExp(update.month!.pattern, 'u');
    expect(['2026-10', '2026-12'].every((m) => re.test(m))).toBe(true);
    expect(['2026-13', '2026-1', '2026-10-01'].some((m) => re.test(m))).toBe(false);
  });
});

describe('CALENDAR_DATE_PATTERN', () => {
  const re = new RegExp(CALENDAR_DATE_PATTERN, 'u');

  it('agrees with isValidDate on hand-picked days', () => {
    const cases = ['2024-02-29', '2000-02-29', '1900-02-29', '2026-02-29', '2026-02-28', '2026-02-30', '2026-04-31', '2026-12-31', '2026-13-01', '2026-00-10', '2026-01-00', '2026-1-01', '26-01-01'];
    for (const c of cases) expect(re.test(c), c).toBe(isValidDate(c));
  });

  it('agrees with isValidDate for every year 1000–9999, month 0–13, day 0–32', () => {
    const pad = (n: number, w: number) => String(n).padStart(w, '0');
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
        const s = `${y}-${pad(m, 2)}-${pad(d, 2)}`;
        return re.test(s) === isValidDate(s);
      }),
      { numRuns: 5000 },
    );
  });

  it('knows every leap year from 1000 to 9999', () => {
    for (let y = 1000; y <= 9999; y++) expect(re.test(`${y}-02-29`)).toBe(isValidDate(`${y}-02-29`));
  });
});
