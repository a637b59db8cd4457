import { describe, expect, it } from 'vitest';
import { parseLog } from '../../../src/git/log.js';
import { diffItem } from '../../../src/history/changes.js';
import { zoneDate } from '../../../src/history/when.js';
import type { ItemData } from '../../../src/model/item.js';

const base: ItemData = {
  title: '甲', lead: '魏克鹏', owner: '产融城公司', start: '2026-01-01', due: '2026-12-31',
  milestones: [{ title: '方案', due: '2026-06-30' }, { title: '实施', due: '2026-10-31', done: '2026-10-20' }],
  updates: [{ month: '2026-08', text: '进行中', percent: 40 }, { month: '2026-09', text: '进行中' }],
};
const change = (over: Partial<ItemData>, recorded = '2026-11-01') => diffItem(base, { ...base, ...over }, recorded);

describe('diffItem', () => {
  it('names creation, deletion and unreadable versions', () => {
    expect(diffItem(undefined, base, '2026-11-01')).toEqual([{ kind: 'created', title: '甲', due: '2026-12-31' }]);
    expect(diffItem(base, undefined, '2026-11-01')).toEqual([{ kind: 'deleted' }]);
    expect(diffItem(base, null, '2026-11-01')).toEqual([{ kind: 'unreadable' }]);
    expect(diffItem(null, base, '2026-11-01')).toEqual([{ kind: 'edited' }]);
    expect(change({ summary: '只改了概述' })).toEqual([{ kind: 'edited' }]);
  });

  it('reports deadline moves with the postponement whose from is the old deadline, if any', () => {
    const record = { from: '2026-12-31', reason: '资金', approved: '张威' };
    // A record that does not match the move is still listed as added: it approves nothing here.
    expect(change({ due: '2027-01-31', postponed: [{ ...record, from: '2026-11-30' }] })).toEqual([
      { kind: 'due', from: '2026-12-31', to: '2027-01-31', postponement: null },
      { kind: 'postponement-added', milestone: null, from: '2026-11-30', reason: '资金', approved: '张威' },
    ]);
    expect(change({ due: '2027-01-31', postponed: [record] })).toEqual([{ kind: 'due', from: '2026-12-31', to: '2027-01-31', postponement: record }]);
    expect(change({ due: '2026-11-30', postponed: [record] })).toEqual([
      { kind: 'due', from: '2026-12-31', to: '2026-11-30', postponement: null },
      { kind: 'postponement-added', milestone: null, ...record },
    ]);
  });

  it('reports an approval recorded after the move, for the item and for a milestone', () => {
    const before = { title: '甲', lead: '魏克鹏', owner: '产融城公司', start: '2026-01-01', due: '2027-01-31', milestones: [{ title: '实施', due: '2026-11-30' }] };
    const after = {
      ...before,
      postponed: [{ from: '2026-12-31', reason: '资金', approved: '张威' }],
      milestones: [{ title: '实施', due: '2026-11-30', postponed: [{ from: '2026-10-31', reason: '设备', approved: '魏克鹏' }] }],
    };
    expect(diffItem(before, after, '2026-11-20')).toEqual([
      { kind: 'postponement-added', milestone: null, from: '2026-12-31', reason: '资金', approved: '张威' },
      { kind: 'postponement-added', milestone: '实施', from: '2026-10-31', reason: '设备', approved: '魏克鹏' },
    ]);
  });

  it('reports milestones added, removed, moved, done and undone', () => {
    expect(change({ milestones: [{ title: '方案', due: '2026-07-31', done: '2026-07-11' }, { title: '实施', due: '2026-10-31' }, { title: '验收', due: '2026-12-31' }] }, '2026-07-31')).toEqual([
      { kind: 'milestone-due', milestone: '方案', from: '2026-06-30', to: '2026-07-31', postponement: null },
      { kind: 'milestone-done', milestone: '方案', done: '2026-07-11', previous: null, days: 20 },
      { kind: 'milestone-undone', milestone: '实施', previous: '2026-10-20' },
      { kind: 'milestone-added', milestone: '验收', due: '2026-12-31' },
    ]);
    expect(change({ milestones: [{ title: '实施', due: '2026-10-31', done: '2026-10-22' }] })).toEqual([
      { kind: 'milestone-done', milestone: '实施', done: '2026-10-22', previous: '2026-10-20', days: 10 },
      { kind: 'milestone-removed', milestone: '方案' },
    ]);
  });

  it('reports status and percent changes per update month', () => {
    expect(change({ status: 'done', closed: '2026-10-30', updates: [
      { month: '2026-08', text: '进行中', percent: 45 },
      { month: '2026-09', text: '进行中', percent: 60 },
      { month: '2026-10', text: '完成', percent: 100 },
      { month: '2026-11', text: '收尾' },
    ] })).toEqual([
      { kind: 'status', from: 'active', to: 'done', closed: '2026-10-30' },
      { kind: 'percent', month: '2026-08', from: 40, to: 45 },
      { kind: 'percent', month: '2026-09', from: null, to: 60 },
      { kind: 'percent', month: '2026-10', from: 40, to: 100 },
    ]);
  });
});

describe('zoneDate', () => {
  it('is the calendar date of the instant in the zone', () => {
    expect(zoneDate('2026-10-10T23:30:00Z', 'Asia/Shanghai')).toBe('2026-10-11');
    expect(zoneDate('2026-10-10T23:30:00+08:00', 'Asia/Shanghai')).toBe('2026-10-10');
    expect(zoneDate('2026-10-11T01:00:00+08:00', 'UTC')).toBe('2026-10-10');
  });
});

describe('parseLog', () => {
  it('reads `git log --raw -z` records and keeps the files under the zone prefix', () => {
    const zero = '0'.repeat(40), a = 'a'.repeat(40), b = 'b'.repeat(40);
    const text =
      `\x1e${'1'.repeat(40)}\x1f张三\x1fz@e\x1f2026-10-01T10:00:00+08:00\0\n:100644 100644 ${a} ${b} M\0zone/lists/tasks/a.yaml\0:000000 100644 ${zero} ${a} A\0other/x.yaml\0` +
      `\x1e${'2'.repeat(40)}\x1f李四\x1fl@e\x1f2026-09-01T10:00:00+08:00\0\n:100644 000000 ${b} ${zero} D\0zone/lists/tasks/b c.yaml\0`;
    expect(parseLog(text, 'zone/')).toEqual([
      { commit: '1'.repeat(40), author: '张三', email: 'z@e', committed: '2026-10-01T10:00:00+08:00', files: [{ path: 'lists/tasks/a.yaml', before: a, after: b }] },
      { commit: '2'.repeat(40), author: '李四', email: 'l@e', committed: '2026-09-01T10:00:00+08:00', files: [{ path: 'lists/tasks/b c.yaml', before: b, after: null }] },
    ]);
  });
});

describe('diffItem: the kinds of change the review gate cares about', () => {
  it('names a claim, an owner moved (item and milestone), a plan date, and a rename', () => {
    const after: ItemData = {
      ...base, owner: '铁北园区办', claimed: '2026-10-20',
      milestones: [{ title: '方案（修订）', due: '2026-06-30' }, { title: '实施', due: '2026-10-31', done: '2026-10-20', owner: '高新建公司', planned: '2026-03-01' }],
    };
    expect(diffItem(base, after, '2026-11-01')).toEqual([
      { kind: 'owner', milestone: null, from: '产融城公司', to: '铁北园区办' },
      { kind: 'claim', from: null, to: '2026-10-20' },
      { kind: 'milestone-renamed', from: '方案', to: '方案（修订）' },
      { kind: 'owner', milestone: '实施', from: '产融城公司', to: '高新建公司' },
      { kind: 'plan', milestone: '实施', from: null, to: '2026-03-01' },
    ]);
  });

  it('names a postponement changed or removed, and an added one with its approval date', () => {
    const record = { from: '2026-12-31', reason: '资金', approved: '张威' };
    const before: ItemData = { ...base, due: '2027-01-31', postponed: [record] };
    expect(diffItem(before, { ...before, postponed: [{ ...record, from: '2026-11-30', date: '2026-11-01' }] }, '2026-11-01')).toEqual([
      { kind: 'postponement-added', milestone: null, from: '2026-11-30', reason: '资金', approved: '张威', date: '2026-11-01' },
      { kind: 'postponement-edited', milestone: null, from: '2026-12-31' },
    ]);
    expect(diffItem(before, { ...before, postponed: [] }, '2026-11-01')).toEqual([{ kind: 'postponement-edited', milestone: null, from: '2026-12-31' }]);
  });
});
