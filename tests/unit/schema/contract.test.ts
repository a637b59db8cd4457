import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CALENDAR_DATE_PATTERN, jsonSchemaFiles } from '../../../src/model/json-schema.js';
import { repoRoot } from '../../helpers.js';

// The committed schemas against the contract written out by hand here (docs/fields.md), never against the generator.
const schemasDir = join(repoRoot, 'schemas');
const load = (file: string) => JSON.parse(readFileSync(join(schemasDir, file), 'utf8')) as Record<string, unknown>;
const ajv = new Ajv({ allErrors: true, strict: true });
const compiled = new Map<string, ValidateFunction>();
const accepts = (file: string, doc: unknown) => {
  if (!compiled.has(file)) compiled.set(file, ajv.compile(load(file)));
  return compiled.get(file)!(doc) === true;
};

const LISTS = ['enterprises', 'investments', 'projects', 'reforms', 'tasks'] as const;
const has = (fragment: Record<string, unknown>) => expect.objectContaining(fragment);
const DATE = has({ type: 'string', pattern: expect.any(String) });
/** An object that names these properties (among others), requires at least these keys and allows no others. */
const closed = (properties: Record<string, unknown>, required: string[]) =>
  has({ type: 'object', properties: has(properties), required: expect.arrayContaining(required), additionalProperties: false });

describe('committed schemas/', () => {
  it('are up to date with src/model (run `npm run schemas` after changing it)', () => {
    const generated = jsonSchemaFiles();
    expect(readdirSync(schemasDir).sort()).toEqual([...LISTS.map((l) => `${l}.schema.json`), 'assessment.schema.json', 'wuzhong.schema.json', 'meeting.schema.json', 'notice.schema.json'].sort());
    for (const g of generated) expect(readFileSync(join(schemasDir, g.file), 'utf8'), g.file).toBe(g.text);
  });

  it.each([...LISTS.map((l) => `${l}.schema.json`), 'assessment.schema.json', 'wuzhong.schema.json'])('%s is draft-07 with an $id and Chinese hover help', (file) => {
    const schema = load(file);
    expect(schema).toMatchObject({ $schema: 'http://json-schema.org/draft-07/schema#', $id: `urn:wuzhong:schema:${file}`, type: 'object', additionalProperties: false });
    expect(schema.title).toMatch(/[\u4e00-\u9fff]/);
    for (const [key, prop] of Object.entries(schema.properties as Record<string, { title?: string }>)) expect(prop.title, key).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('hand-written fragments of the contract', () => {
  const common = {
    start: DATE,
    due: DATE,
    closed: DATE,
    status: has({ type: 'string', enum: ['active', 'done', 'cancelled'] }),
    claimed: has({ anyOf: expect.arrayContaining([has({ type: 'boolean' }), DATE]) }),
    milestones: has({ type: 'array', items: closed({ due: DATE, done: DATE, planned: DATE }, ['title', 'due']) }),
    updates: has({ items: closed({ percent: has({ type: 'number', minimum: 0, maximum: 100 }) }, ['month', 'text']) }),
    problems: has({ items: closed({ raised: DATE, resolved: DATE }, ['raised', 'text']) }),
    targets: has({ items: closed({ goal: has({ type: 'number', exclusiveMinimum: 0 }) }, ['name', 'unit', 'goal']) }),
    postponed: has({ items: closed({ from: DATE, date: DATE }, ['from', 'reason', 'approved']) }),
  };
  const own: Record<(typeof LISTS)[number], [Record<string, unknown>, string[]]> = {
    enterprises: [{}, ['company']],
    investments: [{
      stage: has({ enum: ['lead', 'talks', 'signed', 'registered', 'started', 'operating'] }),
      updates: has({ items: closed({ percent: has({ maximum: 100 }), funds: has({ type: 'number', minimum: 0 }) }, ['month', 'text']) }),
    }, ['investor', 'stage']],
    projects: [{
      milestones: has({ minItems: 1 }), investment: has({ type: 'number', exclusiveMinimum: 0 }),
      updates: has({ items: closed({ percent: has({ maximum: 100 }), invested: has({ type: 'number', minimum: 0 }) }, ['month', 'text']) }),
    }, ['milestones', 'investment']],
    reforms: [{ goal: has({ type: 'string' }) }, []],
    tasks: [{}, []],
  };

  it.each(LISTS)('%s: common fields, its own fields, closed objects', (list) => {
    const [props, required] = own[list];
    const schema = load(`${list}.schema.json`);
    expect(schema).toEqual(closed({ ...common, ...props }, ['title', 'lead', 'owner', 'start', 'due', ...required]));
  });

  it('wuzhong.yaml: zone, units and leaders required; enums; unique names', () => {
    expect(load('wuzhong.schema.json')).toEqual(
      closed(
        {
          calendar: has({ enum: ['cn', 'weekends', 'none'] }),
          locale: has({ enum: ['zh-CN', 'en'] }),
          units: has({ type: 'array', minItems: 1, uniqueItems: true }),
          leaders: has({ type: 'array', minItems: 1, uniqueItems: true }),
          assessment: has({ type: 'object', additionalProperties: false }),
        },
        ['zone', 'units', 'leaders'],
      ),
    );
  });
});

describe('sample documents, labelled by hand, through ajv', () => {
  const task = { title: '供热管网', lead: '魏克鹏', owner: '建设局', start: '2026-03-01', due: '2026-12-31' };
  const withMilestone = (m: Record<string, unknown>) => ({ ...task, milestones: [{ title: '招标', due: '2026-06-30', ...m }] });

  it.each([
    ['a minimal task', task],
    ['a leap day in a leap year', { ...task, start: '2024-02-29' }],
    ['2000-02-29 (divisible by 400)', { ...task, start: '2000-02-29' }],
    ['a done milestone with evidence', withMilestone({ done: '2026-06-28', evidence: '中标通知书' })],
    ['an update at 0 and at 100 percent', { ...task, updates: [{ month: '2026-10', text: '完成', percent: 100 }, { month: '2026-09', text: '启动', percent: 0 }] }],
    ['a link to another list', { ...task, links: ['projects/jiaotou-supply-chain'] }],
    ['a milestone planned on a date', withMilestone({ planned: '2026-03-01' })],
    ['claimed on a date', { ...task, claimed: '2026-04-01' }],
    ['claimed: true (the old form)', { ...task, claimed: true }],
    ['a dated postponement', { ...task, postponed: [{ from: '2026-11-30', reason: '返修', approved: '魏克鹏', date: '2026-11-20' }] }],
    ['a title with spaces inside', { ...task, title: '供热 管网 一期' }],
  ])('accepts %s', (_what, doc) => {
    expect(accepts('tasks.schema.json', doc)).toBe(true);
  });

  it.each([
    ['an unknown key (deu)', { ...task, deu: '2026-12-31' }],
    ['a missing due', { ...task, due: undefined }],
    ['2026-02-30', { ...task, due: '2026-02-30' }],
    ['2026-04-31', { ...task, due: '2026-04-31' }],
    ['1900-02-29 (not a leap year)', { ...task, start: '1900-02-29' }],
    ['2026-9-3', { ...task, due: '2026-9-3' }],
    ['a status outside the enum', { ...task, status: 'finished' }],
    ['claimed: "yes"', { ...task, claimed: 'yes' }],
    ['an empty title', { ...task, title: '  ' }],
    ['a unit name with a trailing full-width space', { ...task, owner: '建设局\u3000' }],
    ['a percent over 100', { ...task, updates: [{ month: '2026-10', text: '超额', percent: 101 }] }],
    ['month 2026-13', { ...task, updates: [{ month: '2026-13', text: '无' }] }],
    ['an unknown key in a milestone', withMilestone({ dnoe: '2026-06-28' })],
    ['a postponement without approval', { ...task, postponed: [{ from: '2026-11-30', reason: '返修' }] }],
    ['a target with goal 0', { ...task, targets: [{ name: '管网', unit: '公里', goal: 0 }] }],
    ['a link with an upper-case id', { ...task, links: ['projects/Jiaotou'] }],
    ['claimed on an impossible date', { ...task, claimed: '2026-02-30' }],
    ['a milestone planned on 2026-9-3', withMilestone({ planned: '2026-9-3' })],
    ['a unit name with a zero-width space', { ...task, owner: '建设局\u200b' }],
    ['a title with a right-to-left override', { ...task, title: '\u202e供热管网' }],
    ['a milestone title with a private-use character', withMilestone({ title: '招标\ue000' })],
    ['a leader name with a byte-order mark', { ...task, lead: '\ufeff魏克鹏' }],
  ])('rejects %s', (_what, doc) => {
    expect(accepts('tasks.schema.json', JSON.parse(JSON.stringify(doc)))).toBe(false);
  });

  it('requires the fields of each list', () => {
    const project = { ...task, investment: 12000, milestones: [{ title: '开工', due: '2026-05-01' }] };
    expect(accepts('projects.schema.json', project)).toBe(true);
    expect(accepts('projects.schema.json', { ...project, milestones: [] })).toBe(false);
    expect(accepts('projects.schema.json', { ...project, investment: 0 })).toBe(false);
    expect(accepts('investments.schema.json', { ...task, investor: '交投集团', stage: 'talks' })).toBe(true);
    expect(accepts('investments.schema.json', { ...task, investor: '交投集团', stage: 'negotiating' })).toBe(false);
    expect(accepts('enterprises.schema.json', task)).toBe(false);
    expect(accepts('enterprises.schema.json', { ...task, company: '湖北本星新材料有限公司' })).toBe(true);
    expect(accepts('reforms.schema.json', { ...task, goal: '市场化转型' })).toBe(true);
    const update = { month: '2026-10', text: '进展' };
    expect(accepts('projects.schema.json', { ...project, updates: [{ ...update, invested: 8000 }] })).toBe(true);
    expect(accepts('projects.schema.json', { ...project, updates: [{ ...update, invested: -1 }] })).toBe(false);
    expect(accepts('projects.schema.json', { ...project, updates: [{ ...update, funds: 1 }] })).toBe(false);
    const deal = { ...task, investor: '交投集团', stage: 'signed' };
    expect(accepts('investments.schema.json', { ...deal, updates: [{ ...update, funds: 3000 }] })).toBe(true);
    expect(accepts('investments.schema.json', { ...deal, updates: [{ ...update, invested: 1 }] })).toBe(false);
    expect(accepts('tasks.schema.json', { ...task, updates: [{ ...update, invested: 1 }] })).toBe(false);
  });

  it('wuzhong.yaml and assessment files', () => {
    const config = { zone: '随州高新区', units: ['建设局', '产融城公司'], leaders: ['魏克鹏'] };
    expect(accepts('wuzhong.schema.json', config)).toBe(true);
    expect(accepts('wuzhong.schema.json', { ...config, units: ['建设局', '建设局'] })).toBe(false);
    expect(accepts('wuzhong.schema.json', { ...config, leaders: [] })).toBe(false);
    expect(accepts('wuzhong.schema.json', { ...config, calendar: 'weekend' })).toBe(false);
    expect(accepts('wuzhong.schema.json', { ...config, assessment: { onTime: 6, rewardAt: 112 } })).toBe(true);
    expect(accepts('wuzhong.schema.json', { ...config, assessment: { ontime: 6 } })).toBe(false);
    expect(accepts('assessment.schema.json', { adjustments: [{ unit: '建设局', points: -2.5, reason: '通报批评' }] })).toBe(true);
    expect(accepts('assessment.schema.json', { adjustments: [{ unit: '建设局', points: 3 }] })).toBe(false);
    expect(accepts('assessment.schema.json', { adjustments: [{ unit: '建设局', points: 100, reason: '表扬' }] })).toBe(true);
    expect(accepts('assessment.schema.json', { adjustments: [{ unit: '建设局', points: -100.5, reason: '批评' }] })).toBe(false);
    expect(accepts('assessment.schema.json', { amendments: [{ reason: '录入错误', approved: '魏克鹏', date: '2026-11-20' }] })).toBe(true);
    expect(accepts('assessment.schema.json', { amendments: [{ reason: '录入错误', approved: '魏克鹏' }] })).toBe(false);
    expect(accepts('wuzhong.schema.json', { ...config, assessment: { filingDay: 28, planLeadDays: 0, approvers: ['魏克鹏'] } })).toBe(true);
    expect(accepts('wuzhong.schema.json', { ...config, assessment: { filingDay: 29 } })).toBe(false);
    expect(accepts('wuzhong.schema.json', { ...config, assessment: { planLeadDays: 7.5 } })).toBe(false);
    expect(accepts('wuzhong.schema.json', { ...config, assessment: { onTime: 101 } })).toBe(false);
    expect(accepts('wuzhong.schema.json', { ...config, units: ['建设局', '建设局\u200b'] })).toBe(false);
  });
});

describe('CALENDAR_DATE_PATTERN against the JavaScript Date and the Gregorian leap rule', () => {
  const re = new RegExp(CALENDAR_DATE_PATTERN, 'u');
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  /** A day exists when Date.UTC does not roll it over into another month. */
  const exists = (y: number, m: number, d: number) => {
    const t = new Date(Date.UTC(2000, m - 1, d));
    t.setUTCFullYear(y);
    return m >= 1 && m <= 12 && d >= 1 && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
  };

  it('matches exactly the days that exist, for years 1000–9999, months 0–13, days 0–32', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }),
        (y, m, d) => re.test(`${y}-${pad(m, 2)}-${pad(d, 2)}`) === exists(y, m, d),
      ),
      { numRuns: 5000 },
    );
  });

  it('knows every leap year from 1000 to 9999', () => {
    for (let y = 1000; y <= 9999; y++) {
      const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
      expect(re.test(`${y}-02-29`), String(y)).toBe(leap);
    }
  });

  it('rejects other shapes', () => {
    for (const s of ['2026-1-01', '26-01-01', '2026-01-01T00:00', ' 2026-01-01', '２０２６-01-01']) expect(re.test(s), s).toBe(false);
  });
});
