import { describe, expect, test } from 'vitest';
import { countLights, itemLight, lightsAsOf } from '../../../src/assess/lights.js';
import { lightDefaults, lightSettingsOf, type LightSettings } from '../../../src/model/config.js';
import { overdueAsOf } from '../../../src/model/status.js';
import { zoneOf } from './fixture.js';

const CONFIG = 'zone: 测试高新区\nunits: [产融城公司, 铁北园区办, 高新建公司]\nleaders: [魏克鹏, 张威]\n';
const AS_OF = '2026-11-26';

interface Spec {
  lead?: string;
  owner?: string;
  start?: string;
  due?: string;
  status?: 'done' | 'cancelled';
  closed?: string;
  /** [title, due, done?, owner?, postponed from?] */
  milestones?: Array<[string, string, string?, string?, string?]>;
  /** [month, percent] */
  percent?: [string, number];
}

/** A `tasks` item as YAML, read back through the real loader and schema. */
function yamlOf(s: Spec): string {
  const lines = [
    'title: 测试事项', `lead: ${s.lead ?? '魏克鹏'}`, `owner: ${s.owner ?? '产融城公司'}`,
    `start: ${s.start ?? '2026-01-05'}`, `due: ${s.due ?? '2027-06-30'}`,
  ];
  if (s.status) lines.push(`status: ${s.status}`, `closed: ${s.closed}`);
  if (s.milestones?.length) {
    lines.push('milestones:');
    for (const [title, due, done, owner, from] of s.milestones) {
      lines.push(`  - title: ${title}`, `    due: ${due}`);
      if (done) lines.push(`    done: ${done}`);
      if (owner) lines.push(`    owner: ${owner}`);
      if (from) lines.push('    postponed:', `      - from: ${from}`, '        reason: 手续延后', '        approved: 张威');
    }
  }
  lines.push('updates:', `  - month: ${s.percent?.[0] ?? '2026-10'}`, '    text: 按计划推进');
  if (s.percent) lines.push(`    percent: ${s.percent[1]}`);
  return lines.join('\n') + '\n';
}

function zone(items: Record<string, Spec>) {
  const files: Record<string, string> = { 'wuzhong.yaml': CONFIG };
  for (const [id, s] of Object.entries(items)) files[`lists/tasks/${id}.yaml`] = yamlOf(s);
  return zoneOf(files);
}

function light(s: Spec, settings: Partial<LightSettings> = {}, asOf = AS_OF) {
  return itemLight(zone({ x: s }).items[0]!, asOf, { ...lightDefaults, ...settings });
}

describe('red: the item or a milestone is overdue, as `overdue` counts it', () => {
  test('a milestone due the day before, not done: red, 1 day overdue', () => {
    const l = light({ milestones: [['土地摘牌', '2026-11-25']] })!;
    expect(l.light).toBe('red');
    expect(l.reasons[0]).toEqual({ kind: 'overdue', milestone: '土地摘牌', due: '2026-11-25', days: 1 });
  });

  test('a milestone due on the as-of day is not overdue yet: yellow, due today', () => {
    const l = light({ milestones: [['土地摘牌', '2026-11-26']] })!;
    expect(l.light).toBe('yellow');
    expect(l.reasons).toEqual([{ kind: 'due-soon', milestone: '土地摘牌', due: '2026-11-26', days: 0 }]);
  });

  test('a milestone done late is history, not a light', () => {
    expect(light({ milestones: [['土地摘牌', '2026-10-15', '2026-10-20']] })!.light).toBe('green');
  });

  test('the item itself past its due date: red', () => {
    const l = light({ start: '2026-01-05', due: '2026-11-20' })!;
    expect(l.light).toBe('red');
    expect(l.reasons).toEqual([{ kind: 'overdue', milestone: null, due: '2026-11-20', days: 6 }]);
  });

  test('a postponed milestone counts from its new deadline: 2026-11-10 moved to 2026-12-20 is green (24 days left)', () => {
    const l = light({ milestones: [['土地摘牌', '2026-12-20', undefined, undefined, '2026-11-10']] })!;
    expect(l.light).toBe('green');
    expect(l.next).toEqual({ milestone: '土地摘牌', due: '2026-12-20', days: 24 });
  });

  test('a milestone postponed to a day already past is red again: moved from 2026-11-10 to 2026-11-25', () => {
    const l = light({ milestones: [['土地摘牌', '2026-11-25', undefined, undefined, '2026-11-10']] })!;
    expect(l.light).toBe('red');
    expect(l.reasons[0]).toMatchObject({ kind: 'overdue', days: 1 });
  });

  test('red wins over yellow, and the yellow reasons are still listed', () => {
    const l = light({ milestones: [['A', '2026-11-20'], ['B', '2026-12-01']] })!;
    expect(l.light).toBe('red');
    expect(l.reasons.map((r) => r.kind)).toEqual(['overdue', 'due-soon']);
  });

  test('red exactly when `overdue` lists the item (same definition)', () => {
    const z = zone({
      a: { milestones: [['A', '2026-11-25']] },
      b: { milestones: [['A', '2026-11-26']] },
      c: { due: '2026-11-01', start: '2026-01-05' },
      d: { milestones: [['A', '2026-11-01', '2026-11-26']] },
      e: { milestones: [['A', '2026-10-01', undefined, '铁北园区办']] },
    });
    const red = lightsAsOf(z.items, AS_OF, lightDefaults).filter((l) => l.light === 'red').map((l) => l.item.id).sort();
    const overdue = [...new Set(overdueAsOf(z.items, AS_OF).map((e) => e.item.id))].sort();
    expect(red).toEqual(['a', 'c', 'e']);
    expect(red).toEqual(overdue);
  });
});

describe('yellow: due within yellowDays calendar days (both ends included)', () => {
  // 2026-11-26 + 15 days = 2026-12-11 (4 days to 11-30, then 11 into December).
  test('a milestone due in exactly 15 days (2026-12-11): yellow', () => {
    const l = light({ milestones: [['主体封顶', '2026-12-11']] })!;
    expect(l.light).toBe('yellow');
    expect(l.reasons).toEqual([{ kind: 'due-soon', milestone: '主体封顶', due: '2026-12-11', days: 15 }]);
  });

  test('a milestone due in 16 days (2026-12-12): green', () => {
    expect(light({ milestones: [['主体封顶', '2026-12-12']] })!.light).toBe('green');
  });

  test('a milestone already done is not due: green', () => {
    expect(light({ milestones: [['主体封顶', '2026-12-05', '2026-11-20']] })!.light).toBe('green');
  });

  test('the item\'s own deadline counts like a milestone: due 2026-12-11 yellow, 2026-12-12 green', () => {
    expect(light({ start: '2026-01-05', due: '2026-12-11' })!.reasons).toEqual([{ kind: 'due-soon', milestone: null, due: '2026-12-11', days: 15 }]);
    expect(light({ start: '2026-01-05', due: '2026-12-12' })!.light).toBe('green');
  });

  test('the item due on the day of its last milestone is named once, by the milestone', () => {
    const l = light({ start: '2026-01-05', due: '2026-12-10', milestones: [['竣工', '2026-12-10']] })!;
    expect(l.reasons).toEqual([{ kind: 'due-soon', milestone: '竣工', due: '2026-12-10', days: 14 }]);
  });

  test('yellowDays from wuzhong.yaml: 0 makes only a node due today yellow', () => {
    expect(light({ milestones: [['A', '2026-11-26']] }, { yellowDays: 0 })!.light).toBe('yellow');
    expect(light({ milestones: [['A', '2026-11-27']] }, { yellowDays: 0 })!.light).toBe('green');
    expect(light({ milestones: [['A', '2026-11-27']] }, { yellowDays: 1 })!.light).toBe('yellow');
  });
});

describe('yellow: the latest percent behind its time progress by behindPoints or more', () => {
  // start 2026-05-01, due 2027-05-02: 366 days, of which 183 (to 2026-10-31) have passed at the end of October: 50%.
  const span = { start: '2026-05-01', due: '2027-05-02' };

  test('45% reported for October, 5 points behind 50%: yellow', () => {
    const l = light({ ...span, percent: ['2026-10', 45] })!;
    expect(l.light).toBe('yellow');
    expect(l.reasons).toEqual([{ kind: 'behind', month: '2026-10', percent: 45, expected: 50, points: 5 }]);
  });

  test('45.1%, 4.9 points behind: green', () => {
    expect(light({ ...span, percent: ['2026-10', 45.1] })!.light).toBe('green');
  });

  test('behindPoints 6 from wuzhong.yaml: 45% is green; behindPoints 0: 49.9% is yellow, 50% green', () => {
    expect(light({ ...span, percent: ['2026-10', 45] }, { behindPoints: 6 })!.light).toBe('green');
    expect(light({ ...span, percent: ['2026-10', 49.9] }, { behindPoints: 0 })!.light).toBe('yellow');
    expect(light({ ...span, percent: ['2026-10', 50] }, { behindPoints: 0 })!.light).toBe('green');
  });

  test('time progress shown is the as-of date\'s: 209 of 366 days on 2026-11-26 (57.1%)', () => {
    const l = light({ ...span, percent: ['2026-10', 45] })!;
    expect(l.timeProgress).toBeCloseTo((209 / 366) * 100, 9);
    expect(l.percent).toEqual({ month: '2026-10', value: 45, expected: 50 });
  });

  test('no percent reported: no behind signal', () => {
    const l = light({ ...span })!;
    expect(l.light).toBe('green');
    expect(l.percent).toBeUndefined();
  });
});

describe('no light, filters, order, counts', () => {
  test('done and cancelled items have no light', () => {
    expect(light({ status: 'done', closed: '2026-11-01', milestones: [['A', '2026-10-01', '2026-10-01']] })).toBeUndefined();
    expect(light({ status: 'cancelled', closed: '2026-11-01' })).toBeUndefined();
  });

  test('next deadline: the earliest unfinished milestone ahead, else the item\'s own', () => {
    expect(light({ milestones: [['A', '2026-11-20'], ['B', '2027-01-10'], ['C', '2027-03-01']] })!.next).toEqual({ milestone: 'B', due: '2027-01-10', days: 45 });
    expect(light({ due: '2027-06-30', milestones: [['A', '2026-11-20']] })!.next).toEqual({ milestone: null, due: '2027-06-30', days: 216 });
    expect(light({ start: '2026-01-05', due: '2026-11-20' })!.next).toEqual({ milestone: null, due: '2026-11-20', days: -6 });
  });

  test('filters by list, unit (owner or a milestone owner), lead and light; red first', () => {
    const z = zone({
      a: { lead: '张威', milestones: [['A', '2026-12-01']] },
      b: { owner: '高新建公司', milestones: [['A', '2026-11-01', undefined, '铁北园区办']] },
      c: {},
    });
    const ids = (f: Parameters<typeof lightsAsOf>[3]) => lightsAsOf(z.items, AS_OF, lightDefaults, f).map((l) => `${l.item.id}:${l.light}`);
    expect(ids({})).toEqual(['b:red', 'a:yellow', 'c:green']);
    expect(ids({ lead: '张威' })).toEqual(['a:yellow']);
    expect(ids({ unit: '铁北园区办' })).toEqual(['b:red']);
    expect(ids({ unit: '高新建公司' })).toEqual(['b:red']);
    expect(ids({ unit: '产融城公司' })).toEqual(['a:yellow', 'c:green']);
    expect(ids({ light: 'green' })).toEqual(['c:green']);
    expect(ids({ list: 'projects' })).toEqual([]);
    expect(countLights(lightsAsOf(z.items, AS_OF, lightDefaults))).toEqual({ red: 1, yellow: 1, green: 1 });
  });

  test('defaults 15 and 5; wuzhong.yaml may set either', () => {
    expect(lightSettingsOf(undefined)).toEqual({ yellowDays: 15, behindPoints: 5 });
    const z = zoneOf({ 'wuzhong.yaml': `${CONFIG}lights:\n  yellowDays: 10\n` });
    expect(lightSettingsOf(z.config)).toEqual({ yellowDays: 10, behindPoints: 5 });
  });

  test('wuzhong.yaml refuses an unknown key and an out-of-range value under lights', () => {
    for (const bad of ['lights:\n  yelowDays: 10\n', 'lights:\n  yellowDays: -1\n', 'lights:\n  behindPoints: 101\n', 'lights:\n  yellowDays: 2.5\n']) {
      expect(() => zoneOf({ 'wuzhong.yaml': CONFIG + bad })).toThrow(/fixture does not load/);
    }
  });
});
