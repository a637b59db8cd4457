import { describe, expect, test } from 'vitest';
import { riskAsOf, type RiskFilter } from '../../../src/assess/risk.js';
import { makeCalendar } from '../../../src/model/calendar.js';
import { riskDefaults, type RiskSettings } from '../../../src/model/config.js';
import { zoneOf } from './fixture.js';

const CONFIG = 'zone: 测试高新区\ncalendar: cn\nunits: [产融城公司, 铁北园区办, 高新建公司]\nleaders: [魏克鹏, 张威]\n';
const cn = makeCalendar('cn');

interface Spec {
  lead?: string;
  start?: string;
  /** [title, due, done?, owner?, postponements?] */
  milestones: Array<[string, string, string?, string?, number?]>;
  /** [month, percent?] */
  updates?: Array<[string, number?]>;
  /** [raised, resolved?] */
  problems?: Array<[string, string?]>;
}

/** A `tasks` item as YAML, every value read back through the real loader and schema. */
function yamlOf(s: Spec): string {
  const lines = ['title: 测试事项', `lead: ${s.lead ?? '魏克鹏'}`, 'owner: 产融城公司', `start: ${s.start ?? '2026-01-05'}`, 'due: 2026-12-31', 'milestones:'];
  for (const [title, due, done, owner, times] of s.milestones) {
    lines.push(`  - title: ${title}`, `    due: ${due}`);
    if (done) lines.push(`    done: ${done}`);
    if (owner) lines.push(`    owner: ${owner}`);
    if (times) {
      lines.push('    postponed:');
      for (let i = 0; i < times; i++) lines.push(`      - from: 2026-0${i + 1}-15`, '        reason: 手续延后', '        approved: 魏克鹏', '        date: 2026-01-10');
    }
  }
  const updates = s.updates ?? [['2026-10']];
  if (updates.length) {
    lines.push('updates:');
    for (const [month, percent] of updates) lines.push(`  - month: ${month}`, '    text: 按计划推进', ...(percent === undefined ? [] : [`    percent: ${percent}`]));
  }
  if (s.problems) {
    lines.push('problems:');
    for (const [raised, resolved] of s.problems) lines.push(`  - raised: ${raised}`, '    text: 需协调', ...(resolved ? [`    resolved: ${resolved}`] : []));
  }
  return lines.join('\n') + '\n';
}

function risks(
  items: Record<string, Spec>,
  asOf: string,
  settings: Partial<RiskSettings> = {}, 
  filter: RiskFilter = {},
) {
  const files: Record<string, string> = { 'wuzhong.yaml': CONFIG };
  for (const [id, s] of Object.entries(items)) files[`lists/tasks/${id}.yaml`] = yamlOf(s);
  return riskAsOf(zoneOf(files).items, asOf, cn, { ...riskDefaults, ...settings }, filter);
}
const kinds = (r: ReturnType<typeof risks>) => r.map((e) => `${e.item.id}:${e.milestone}:${e.signals.map((s) => s.kind).join('+')}`);

describe('due within N working days while behind (calendar cn)', () => {
  // As of 2026-10-07 (last day of the National Day holiday): 10-08 Thu 1, 10-09 Fri 2, 10-10 Sat (调休, a working day) 3,
  // 10-12..10-16 4–8, weekend 10-17/18, 10-19 9, 10-20 10, 10-21 11.
  // September's 10% is far below its time progress (≈73%).
  const behind = (due: string): Spec => ({ milestones: [['节点', due]], updates: [['2026-09', 10]] });
  const A = '2026-10-07';

  test('N−1 (9), N (10) working days are signalled; N+1 (11) is not', () => {
    const r = risks({ a: behind('2026-10-19'), b: behind('2026-10-20'), c: behind('2026-10-21') }, A);
    expect(r.map((e) => [e.item.id, e.workingDays])).toEqual([['a', 9], ['b', 10]]);
    expect(r[1]!.signals).toEqual([{ kind: 'behind', workingDays: 10, percent: 10, expected: expect.closeTo((268 / 360) * 100, 6), month: '2026-09' }]);
  });

  test('the 调休 Saturday counts, a weekend does not: with N=3, 10-10 is 3 days away and 10-12 is 4', () => {
    expect(kinds(risks({ a: behind('2026-10-10'), b: behind('2026-10-12') }, A, { dueWithin: 3 }))).toEqual(['a:节点:behind']);
  });

  test('due soon but on schedule is no signal; due today (0 working days) while behind is', () => {
    const onTrack: Spec = { milestones: [['节点', '2026-10-09']], updates: [['2026-09', 80]] };
    expect(kinds(risks({ a: onTrack, b: behind(A) }, A))).toEqual(['b:节点:behind']);
  });
});

describe('item signals go to the next milestone only', () => {
  const A = '2026-11-26';

  test('an earlier milestone overdue marks the next one, with the longest-overdue one named', () => {
    const r = risks({ a: { milestones: [['甲', '2026-10-30'], ['乙', '2026-11-25'], ['丙', '2026-12-18'], ['丁', '2027-03-31']] } }, A);
    expect(kinds(r)).toEqual(['a:丙:earlier-overdue']);
    expect(r[0]!.signals[0]).toEqual({ kind: 'earlier-overdue', milestone: '甲', due: '2026-10-30', days: 27 });
  });

  test('an earlier milestone that is done, or due today, is no signal', () => {
    expect(risks({ a: { milestones: [['甲', '2026-11-20', '2026-11-21'], ['乙', A], ['丙', '2026-12-18']] } }, A)).toEqual([]);
  });

  test('an open problem M+1 (31) days old is a signal, M (30) days old is not; a resolved one is not', () => {
    const r = risks(
      {
        a: { milestones: [['节点', '2026-12-18']], problems: [['2026-10-27']] },
        b: { milestones: [['节点', '2026-12-18']], problems: [['2026-10-26']] },
        c: { milestones: [['节点', '2026-12-18']], problems: [['2026-09-01', '2026-11-20']] },
      },
      A,
    );
    expect(r.map((e) => [e.item.id, e.signals])).toEqual([['b', [{ kind: 'problem', raised: '2026-10-26', days: 31 }]]]);
    expect(kinds(risks({ a: { milestones: [['节点', '2026-12-18']], problems: [['2026-10-27']] } }, A, { problemDays: 29 }))).toEqual(['a:节点:problem']);
  });

  test('no update for the previous or current month is a signal; either one present is not', () => {
    const r = risks(
      {
        prev: { milestones: [['节点', '2026-12-18']], updates: [['2026-10']] },
        cur: { milestones: [['节点', '2026-12-18']], updates: [['2026-11']] },
        old: { milestones: [['节点', '2026-12-18']], updates: [['2026-09']] },
        none: { milestones: [['节点', '2026-12-18']], updates: [] },
        fresh: { start: '2026-11-02', milestones: [['节点', '2026-12-18']], updates: [] },
      },
      A,
    );
    expect(r.map((e) => [e.item.id, e.signals])).toEqual([
      ['none', [{ kind: 'no-update', month: '2026-10' }]],
      ['old', [{ kind: 'no-update', month: '2026-10' }]],
    ]);
  });
});

describe('postponed K times', () => {
  const A = '2026-11-26';
  test('K (2) postponements are a signal on that milestone, K−1 (1) are not', () => {
    const r = risks({ a: { milestones: [['一次', '2026-12-18', undefined, undefined, 1], ['两次', '2027-03-31', undefined, undefined, 2]] } }, A);
    expect(r.map((e) => [e.milestone, e.signals])).toEqual([['两次', [{ kind: 'postponed', times: 2 }]]]);
    expect(risks({ a: { milestones: [['两次', '2026-12-18', undefined, undefined, 2]] } }, A, { postponements: 3 })).toEqual([]);
  });

  test('a milestone already late or done is not at risk, however often postponed', () => {
    expect(risks({ a: { milestones: [['迟', '2026-11-25', undefined, undefined, 3], ['完', '2026-12-18', '2026-11-20', undefined, 3]] } }, A)).toEqual([]);
  });
});

describe('ranking and filters', () => {
  const A = '2026-11-26';
  const items: Record<string, Spec> = {
    // two signals, far away
    far: { milestones: [['远', '2027-03-31', undefined, undefined, 2]], updates: [] },
    // one signal each: 12-18 is 16 working days away, 12-04 is 6
    late: { milestones: [['晚', '2026-12-18', undefined, '铁北园区办', 2]] },
    soon: { lead: '张威', milestones: [['早', '2026-12-04', undefined, undefined, 2]] },
    same: { milestones: [['同', '2026-12-04', undefined, undefined, 2]] },
  };

  test('more signals first, then fewer working days left, then item key', () => {
    expect(risks(items, A).map((e) => [e.item.id, e.signals.length, e.workingDays])).toEqual([
      ['far', 2, 89],
      ['same', 1, 6],
      ['soon', 1, 6],
      ['late', 1, 16],
    ]);
  });

  test('--unit keeps the milestone owner, --lead the item lead', () => {
    expect(risks(items, A, {}, { unit: '铁北园区办' }).map((e) => e.item.id)).toEqual(['late']);
    expect(risks(items, A, {}, { lead: '张威' }).map((e) => e.item.id)).toEqual(['soon']);
    expect(risks(items, A, {}, { unit: '高新建公司' })).toEqual([]);
  });
});
