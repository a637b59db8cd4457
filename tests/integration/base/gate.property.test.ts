import fc from 'fast-check';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { scoreMonth } from '../../../src/assess/score.js';
import { buildZone } from '../../../src/load/build.js';
import { addDays } from '../../../src/model/dates.js';
import { gitInit, minimalConfig, runCli, writeTree } from '../../helpers.js';
import { commitAll } from './repo.js';

// The gate's promise, tried at random: whatever a pull request edits, if `check --base` exits 0 and the change
// adds no amendment, every settled month scores the same before and after. The oracle scores both whole zones
// (the gate itself scores only the changed files).

const AS_OF = '2026-11-26';
const SETTLED = ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10'];
const UNITS = ['产融城公司', '铁北园区办', '高新建公司'];

type Obj = Record<string, unknown>;
type Files = Record<string, string>;
const day = (from: string, span: number) => fc.integer({ min: 0, max: span }).map((n) => addDays(from, n));
const unit = fc.constantFrom(...UNITS);

const milestoneArb = fc.record({
  title: fc.constantFrom('方案', '审批', '施工', '验收', '投产'),
  due: day('2026-07-01', 180),
  done: fc.option(day('2026-01-01', 329), { nil: undefined }),
  owner: fc.option(unit, { nil: undefined }),
});
const itemArb = fc.record({
  start: day('2026-01-01', 180),
  owner: unit,
  claimed: fc.boolean(),
  milestones: fc.uniqueArray(milestoneArb, { minLength: 1, maxLength: 3, selector: (m) => m.title }),
  months: fc.subarray(SETTLED),
});

type ItemGen = {
  start: string; owner: string; claimed: boolean;
  milestones: { title: string; due: string; done?: string; owner?: string }[]; months: string[];
};
const itemYaml = (i: ItemGen, n: number): Obj => ({
  title: `任务${n}`, lead: '魏克鹏', owner: i.owner, start: i.start, due: '2027-06-30',
  ...(i.claimed ? { claimed: true } : {}),
  milestones: i.milestones.map((m) => ({
    title: m.title, due: m.due, ...(m.done ? { done: m.done } : {}), ...(m.owner ? { owner: m.owner } : {}),
  })),
  ...(i.months.length ? { updates: i.months.map((month) => ({ month, text: '推进中' })) } : {}),
});

/** One edit a unit might make in a pull request, applied to parsed item data (or the file set). */
type Edit = (files: Files, items: Map<string, Obj>) => void;
const pickItem = (items: Map<string, Obj>, k: number) => [...items.keys()][k % items.size]!;
const ms = (o: Obj) => (o.milestones as Obj[] | undefined) ?? [];
const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.tuple(fc.nat(), fc.nat(), fc.integer({ min: -90, max: 90 })).map(([k, m, d]): Edit => (_f, items) => {
    const x = ms(items.get(pickItem(items, k))!)[m % 3];
    if (x) x.due = addDays(x.due as string, d);
  }),
  fc.tuple(fc.nat(), fc.nat(), fc.option(day('2026-01-01', 329), { nil: undefined })).map(([k, m, done]): Edit => (_f, items) => {
    const x = ms(items.get(pickItem(items, k))!)[m % 3];
    if (x) { if (done) x.done = done; else delete x.done; }
  }),
  fc.tuple(fc.nat(), fc.nat(), fc.option(unit, { nil: undefined })).map(([k, m, owner]): Edit => (_f, items) => {
    const x = ms(items.get(pickItem(items, k))!)[m % 3];
    if (x) { if (owner) x.owner = owner; else delete x.owner; }
  }),
  fc.tuple(fc.nat(), unit).map(([k, owner]): Edit => (_f, items) => { items.get(pickItem(items, k))!.owner = owner; }),
  fc.tuple(fc.nat(), fc.integer({ min: -120, max: 120 })).map(([k, d]): Edit => (_f, items) => {
    const o = items.get(pickItem(items, k))!;
    o.start = addDays(o.start as string, d);
  }),
  fc.tuple(fc.nat(), day('2026-01-01', 329)).map(([k, closed]): Edit => (_f, items) => Object.assign(items.get(pickItem(items, k))!, { status: 'cancelled', closed })),
  fc.tuple(fc.nat(), fc.constantFrom<unknown>(true, '2026-03-01', '2026-11-25', undefined)).map(([k, claimed]): Edit => (_f, items) => {
    const o = items.get(pickItem(items, k))!;
    if (claimed === undefined) delete o.claimed; else o.claimed = claimed;
  }),
  fc.tuple(fc.nat(), milestoneArb, fc.option(day('2025-12-01', 361), { nil: undefined })).map(([k, m, planned]): Edit => (_f, items) => {
    const o = items.get(pickItem(items, k))!;
    o.milestones = [...ms(o), { title: `${m.title}新`, due: m.due, ...(planned ? { planned } : {}), ...(m.done ? { done: m.done } : {}) }];
  }),
  fc.tuple(fc.nat(), fc.nat()).map(([k, m]): Edit => (_f, items) => {
    const o = items.get(pickItem(items, k))!;
    o.milestones = ms(o).filter((_, i) => i !== m % 3);
  }),
  fc.tuple(fc.nat(), fc.nat()).map(([k, m]): Edit => (_f, items) => {
    const x = ms(items.get(pickItem(items, k))!)[m % 3];
    if (x) x.title = `${x.title as string}（改）`;
  }),
  fc.tuple(fc.nat(), fc.constantFrom(...SETTLED)).map(([k, month]): Edit => (_f, items) => {
    const o = items.get(pickItem(items, k))!;
    const updates = (o.updates as Obj[] | undefined) ?? [];
    o.updates = updates.some((u) => u.month === month) ? updates.filter((u) => u.month !== month) : [...updates, { month, text: '补报' }];
  }),
  fc.tuple(fc.nat(), fc.constantFrom('lists/tasks/moved.yaml', 'lists/reforms/t0.yaml', 'lists/projects/x.yaml')).map(([k, to]): Edit => (_f, items) => {
    const key = pickItem(items, k);
    const o = items.get(key)!;
    items.delete(key);
    if (!items.has(to)) items.set(to, to.includes('projects') ? { ...o, investment: 100 } : o);
  }),
  fc.nat().map((k): Edit => (_f, items) => { if (items.size > 1) items.delete(pickItem(items, k)); }),
  fc.tuple(fc.constantFrom('2026-09', '2026-10', '2026-11'), unit, fc.integer({ min: -5, max: 5 })).map(([month, u, points]): Edit => (files) => {
    files[`assessments/${month}.yaml`] = stringify({ adjustments: [{ unit: u, points, reason: '加减分' }] });
  }),
  fc.constantFrom(3, 5, 8).map((overdue): Edit => (files) => { files['wuzhong.yaml'] = `${minimalConfig}assessment:\n  overdue: ${overdue}\n`; }),
);

function render(items: Map<string, Obj>, extra: Files): Files {
  return { 'wuzhong.yaml': minimalConfig, ...extra, ...Object.fromEntries([...items].map(([path, o]) => [path, stringify(o)])) };
}

/** Every settled month scored from the whole zone: unit → score, per month. */
function scores(files: Files): string {
  const enc = new TextEncoder();
  const zone = buildZone(Object.entries(files).map(([path, s]) => ({ path, bytes: enc.encode(s) })));
  return JSON.stringify(SETTLED.map((m) => scoreMonth(zone, m).units.map((u) => [u.unit, u.score]).sort()));
}

describe('the review gate (property)', () => {
  it('random edits never change a settled month while check --base exits 0 without an amendment', { timeout: 600_000 }, async () => {
    let passed = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(itemArb, { minLength: 2, maxLength: 4 }), fc.array(editArb, { minLength: 1, maxLength: 3 }),
        async (generated, edits) => {
        const items = new Map(generated.map((g, n) => [`lists/tasks/t${n}.yaml`, itemYaml(g, n)] as const));
        const before = render(items, {});
        const dir = writeTree(before);
        gitInit(dir);
        commitAll(dir, 'base');
        const now = new Map([...items].map(([k, o]) => [k, structuredClone(o)] as const));
        const extra: Files = {};
        for (const e of edits) e(extra, now);
        const after = render(now, extra);
        for (const path of Object.keys(before)) if (!(path in after)) rmSync(join(dir, path));
        writeTree(after, dir);
        const r = await runCli(['--repo', dir, 'check', '--as-of', AS_OF, '--format', 'json', '--base', 'main']);
        if (r.code !== 0) return;
        passed++;
        expect(scores(after)).toBe(scores(before));
      }),
      { numRuns: 60, seed: 20261202 },
    );
    // The property must not hold vacuously: some edits pass the gate.
    expect(passed).toBeGreaterThan(5);
  });
});
