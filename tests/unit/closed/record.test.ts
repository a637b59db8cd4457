import { describe, expect, it } from 'vitest';
import { changedUnits, comparable, eventDiff, nextRecord, type MonthRecord } from '../../../src/assess/closed.js';
import type { MonthScore, UnitScore } from '../../../src/assess/score.js';
import { assessmentDefaults } from '../../../src/model/config.js';
import { readRecord, recordBlock } from '../../../src/report/monthly/record.js';

const unit = (name: string, score: number, rank: number, events: UnitScore['events'] = []): UnitScore => ({
  unit: name, score, rank, tier: score >= 110 ? 'reward' : score < 95 ? 'warning' : 'none', base: 100,
  additions: Math.max(score - 100, 0), deductions: Math.max(100 - score, 0), events,
});
const month = (units: UnitScore[]): MonthScore => ({ month: '2026-10', asOf: '2026-10-31', settings: { ...assessmentDefaults }, units });

describe('the recorded result inside a report', () => {
  it('reads back exactly what was written, whatever the text of a reason (even "-->" or "<!--")', () => {
    const reason = '通报批评 --> <!-- 注释 --> </script> \\ "引号" \u2028';
    const record: MonthRecord = {
      month: '2026-10', asOf: '2026-10-31',
      units: [unit('甲', 103, 1, [{ event: 'adjustment', points: 3, reason, file: 'assessments/2026-10.yaml', line: 3 }]), unit('乙', 100, 2)],
      amendments: [{ reason, approved: '魏克鹏', date: '2026-11-20' }],
      corrections: [],
    };
    const block = recordBlock(record);
    expect(block.split('\n').filter((l) => l.includes('-->'))).toEqual(['-->']);
    expect(readRecord(`# 月报\n\n正文\n\n${block}\n`)).toEqual(record);
    expect(readRecord(`# 月报\r\n\r\n${block.replace(/\n/g, '\r\n')}\r\n`)).toEqual(record);
  });

  it('is absent from a report without the comment, and from a damaged one', () => {
    expect(readRecord('# 月报\n\n正文\n')).toBeUndefined();
    expect(readRecord('<!-- wuzhong:result\n{"month": "2026-10"\n-->\n')).toBeUndefined();
    expect(readRecord('<!-- wuzhong:result\n{"format":"wuzhong-month-result","version":1}\n-->\n')).toBeUndefined();
  });
});

describe('comparing a published result with today’s', () => {
  it('names only units whose score, rank or tier moved; a unit added later with nothing scored is left out', () => {
    const record = nextRecord(month([unit('甲', 105, 1), unit('乙', 100, 2), unit('丙', 95, 3)]), [], undefined);
    const now = month([unit('甲', 105, 1), unit('乙', 100, 2), unit('丙', 100, 2), unit('新', 100, 2)]);
    expect(changedUnits(record.units, comparable(record, now))).toEqual([{ unit: '丙', from: { score: 95, rank: 3, tier: 'none' }, to: { score: 100, rank: 2, tier: 'none' } }]);
  });

  it('a unit dropped from units, and a new unit that scored, both count', () => {
    const record = nextRecord(month([unit('甲', 100, 1), unit('乙', 100, 1)]), [], undefined);
    const now = month([unit('甲', 100, 1), unit('新', 95, 2, [{ event: 'overdue', points: -5 }])]);
    const changed = changedUnits(record.units, comparable(record, now));
    expect(changed.map((c) => [c.unit, c.from?.score ?? null, c.to?.score ?? null])).toEqual([
      ['乙', 100, null],
      ['新', null, 95],
    ]);
  });

  it('event differences are matched by kind, item, milestone and reason, one for one', () => {
    const a = { event: 'on-time' as const, points: 5, item: 'tasks/a', milestone: '招标' };
    const b = { event: 'overdue' as const, points: -5, item: 'tasks/b', milestone: '验收' };
    expect(eventDiff([a, a, b], [a, { ...a, line: 9 }])).toEqual({ added: [], removed: [b] });
    expect(eventDiff([a], [a, b])).toEqual({ added: [b], removed: [] });
  });

  it('a new amendment becomes a correction from the last published result; one already taken in does not repeat', () => {
    const first = nextRecord(month([unit('甲', 100, 1), unit('乙', 98, 2)]), [], undefined);
    const a1 = { reason: '撤销扣分', approved: '魏克鹏', date: '2026-11-20' };
    const second = nextRecord(month([unit('甲', 100, 1), unit('乙', 100, 1)]), [a1], first);
    expect(second.corrections).toEqual([{ amendments: [a1], changes: [{ unit: '乙', from: { score: 98, rank: 2, tier: 'none' }, to: { score: 100, rank: 1, tier: 'none' } }] }]);
    expect(nextRecord(month([unit('甲', 100, 1), unit('乙', 100, 1)]), [a1], second)).toEqual(second);
    const a2 = { reason: '补记加分', approved: '张威', date: '2026-12-03' };
    const third = nextRecord(month([unit('甲', 103, 1), unit('乙', 100, 2)]), [a1, a2], second);
    expect(third.corrections.map((c) => [c.amendments.map((a) => a.date), c.changes.map((ch) => `${ch.unit} ${ch.from?.score}→${ch.to?.score}`)])).toEqual([
      [['2026-11-20'], ['乙 98→100']],
      [['2026-12-03'], ['甲 100→103', '乙 100→100']],
    ]);
  });
});
