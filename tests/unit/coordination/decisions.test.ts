import { describe, expect, it } from 'vitest';
import { overdueList } from '../../../src/assess/overdue-list.js';
import { scoreMonth } from '../../../src/assess/score.js';
import { buildZone } from '../../../src/load/build.js';
import { makeCalendar } from '../../../src/model/calendar.js';
import { renderDiagnostic } from '../../../src/model/diagnostic.js';
import { buildMonthlyReport, renderMonthlyReport } from '../../../src/report/monthly/index.js';
import { runRules } from '../../../src/rules/index.js';

const enc = (s: string) => new TextEncoder().encode(s);
const CONFIG = 'zone: 协调区\ncalendar: none\nunits: [产融城公司, 城建局, 经发局]\nleaders: [魏克鹏]\n';
const ITEM = `title: 供热管网
lead: 魏克鹏
owner: 经发局
start: 2025-01-01
due: 2025-12-31
milestones:
  - title: 穿越铁路
    due: 2025-12-20
updates:
  - month: 2025-10
    text: 推进
  - month: 2025-11
    text: 推进
problems:
  - raised: 2025-11-03
    text: 穿越铁路审批
    level: 外部
    state: 协调中
    meeting: 2025-11-05-rail
  - raised: 2025-10-01
    text: 管材供应
    level: 区
    state: 已解决
    resolved: 2025-11-11
  - raised: 2025-10-20
    text: 资金拨付
    level: 区
    resolved: 2025-11-20
  - raised: 2025-09-01
    text: 征地
    level: 市
`;
// Decisions: one on time (done 11-09 ≤ due 11-10), one late (done 11-14 > due 11-12),
// one overdue (due 11-20, not done), one done in December (overdue as of 11-30, on time? no: late in December).
const MEETING = `date: 2025-11-05
title: 供热管网穿越铁路专题会
convener: 魏克鹏
units: [产融城公司, 城建局]
items:
  - item: tasks/heat
    milestones: [穿越铁路]
decisions:
  - text: 报送穿越方案
    unit: 产融城公司
    due: 2025-11-10
    done: 2025-11-09
  - text: 补充管材检测
    unit: 城建局
    due: 2025-11-12
    done: 2025-11-14
  - text: 协调铁路局审批
    unit: 城建局
    due: 2025-11-20
  - text: 核定资金
    unit: 产融城公司
    due: 2025-11-28
    done: 2025-12-03
`;

function zoneOf(files: Record<string, string>) {
  return buildZone(Object.entries({ 'wuzhong.yaml': CONFIG, 'lists/tasks/heat.yaml': ITEM, ...files }).map(([path, s]) => ({ path, bytes: enc(s) })));
}

const zone = zoneOf({ 'meetings/2025-11-05-rail.yaml': MEETING });

describe('decisions of coordination meetings', () => {
  it('load without findings', () => {
    expect(zone.diagnostics).toEqual([]);
    expect(zone.meetings?.map((m) => m.key)).toEqual(['meetings/2025-11-05-rail']);
  });

  it('are in overdue: as of 2025-11-26 only 协调铁路局审批 (due 11-20: 6 days)', () => {
    const rows = overdueList(zone, '2025-11-26').rows;
    expect(rows.map((r) => [r.item, r.list, r.milestone, r.unit, r.due, r.days])).toEqual([
      ['meetings/2025-11-05-rail', 'meetings', '协调铁路局审批', '城建局', '2025-11-20', 6],
    ]);
    expect(overdueList(zone, '2025-11-26', { list: 'tasks' }).rows).toEqual([]);
    expect(overdueList(zone, '2025-11-26', { unit: '产融城公司' }).rows).toEqual([]);
    // On 11-30 核定资金 (due 11-28) is 2 days late too; 11-20 → 11-30 is 10 days.
    expect(overdueList(zone, '2025-11-30').rows.map((r) => [r.milestone, r.days])).toEqual([['协调铁路局审批', 10], ['核定资金', 2]]);
  });

  it('sort among milestones by days, then by name: a meeting before projects/…', () => {
    const late = ITEM.replace('due: 2025-12-20', 'due: 2025-11-20');
    const rows = overdueList(zoneOf({ 'lists/tasks/heat.yaml': late, 'meetings/2025-11-05-rail.yaml': MEETING }), '2025-11-26').rows;
    expect(rows.map((r) => r.item)).toEqual(['meetings/2025-11-05-rail', 'tasks/heat']);
  });

  it('score November by hand: 产融城公司 +2 (on time); 城建局 late 0, overdue −2 (协调铁路局审批) and −2 (核定资金 is 产融城公司)', () => {
    const score = scoreMonth(zone, '2025-11');
    const by = new Map(score.units.map((u) => [u.unit, u]));
    // 产融城公司: 报送穿越方案 on time +2; 核定资金 due 11-28 not done by 11-30: −2 → 100.
    expect(by.get('产融城公司')!.score).toBe(100);
    expect(by.get('产融城公司')!.events.map((e) => [e.event, e.points, e.milestone])).toEqual([
      ['decision-on-time', 2, '报送穿越方案'],
      ['decision-overdue', -2, '核定资金'],
    ]);
    // 城建局: 补充管材检测 late (0 points, not listed); 协调铁路局审批 overdue −2 → 98.
    expect(by.get('城建局')!.score).toBe(98);
    expect(by.get('城建局')!.events.map((e) => [e.event, e.points, e.days])).toEqual([['decision-overdue', -2, 10]]);
    expect(by.get('经发局')!.score).toBe(100);
  });

  it('score December: 核定资金 done 12-03 after due 11-28 is late (0); 协调铁路局审批 still overdue (41 days)', () => {
    const u = new Map(scoreMonth(zone, '2025-12').units.map((x) => [x.unit, x]));
    expect(u.get('产融城公司')!.events).toEqual([]);
    expect(u.get('城建局')!.events.map((e) => [e.event, e.points, e.days])).toEqual([['decision-overdue', -2, 41]]);
  });

  it('points come from wuzhong.yaml', () => {
    const config = `${CONFIG}assessment: { decisionOnTime: 4, decisionLate: 1, decisionOverdue: 3 }\n`;
    const z = buildZone([
      { path: 'wuzhong.yaml', bytes: enc(config) }, { path: 'lists/tasks/heat.yaml', bytes: enc(ITEM) },
      { path: 'meetings/2025-11-05-rail.yaml', bytes: enc(MEETING) },
    ]);
    const by = new Map(scoreMonth(z, '2025-11').units.map((u) => [u.unit, u.score]));
    expect(by.get('产融城公司')).toBe(100 + 4 - 3);
    expect(by.get('城建局')).toBe(100 + 1 - 3);
  });

  it('a zone without meetings scores as before: the same events with and without an empty meetings folder', () => {
    const without = zoneOf({});
    expect(scoreMonth(without, '2025-11').units.map((u) => [u.unit, u.score])).toEqual([['产融城公司', 100], ['城建局', 100], ['经发局', 100]]);
  });

  it('are checked: overdue warning and due-soon info at the decision, on the meeting file', () => {
    const found = runRules({ zone, asOf: '2025-11-26', calendar: makeCalendar('none') }).map((d) => renderDiagnostic(d, 'zh-CN'));
    // (核定资金's done 2025-12-03 is after this as-of date: a `future` error, left out here.)
    const onMeeting = found.filter((d) => d.file === 'meetings/2025-11-05-rail.yaml' && d.rule !== 'future').map((d) => [d.rule, d.line, d.message]);
    expect(onMeeting).toEqual(expect.arrayContaining([
      ['overdue', 19, '议定事项“协调铁路局审批”已逾期6天（时限2025-11-20）'],
      ['due-soon', 22, '议定事项“核定资金”将于2天后（2025-11-28）到期'],
    ]));
    expect(onMeeting).toHaveLength(2);
  });

  it('the report lists the meeting, the open decisions, problems by level and the average days to resolve', () => {
    const md = renderMonthlyReport(buildMonthlyReport(zone, '2025-11'), { lang: 'zh-CN', root: '..' });
    const section = md.slice(md.indexOf('## 八、协调督办'));
    expect(section).toContain('| 2025-11-05 | [供热管网穿越铁路专题会](../meetings/2025-11-05-rail.yaml) | 魏克鹏 | 产融城公司、城建局 | 4 | 2 |');
    // Open at 11-30: 协调铁路局审批 (10 days), 核定资金 (2 days; done in December).
    expect(section).toContain('| [供热管网穿越铁路专题会](../meetings/2025-11-05-rail.yaml) | 协调铁路局审批 | 城建局 | 2025-11-20 | 10 |');
    expect(section).toContain('| [供热管网穿越铁路专题会](../meetings/2025-11-05-rail.yaml) | 核定资金 | 产融城公司 | 2025-11-28 | 2 |');
    // 区: 管材供应 10-01 → 11-11 = 41 days, 资金拨付 10-20 → 11-20 = 31 days: average 36; 市: 征地 open; 外部: one open.
    expect(section).toContain('| 区 | 0 | 2 | 36 |');
    expect(section).toContain('| 市 | 1 | 0 | — |');
    expect(section).toContain('| 外部 | 1 | 0 | — |');
  });

  it('a month without coordination records has no such section (October here: no meeting, nothing open, no level resolved)', () => {
    const plain = zoneOf({});
    const md = renderMonthlyReport(buildMonthlyReport(plain, '2025-11'), { lang: 'zh-CN', root: '..' });
    expect(md).toContain('## 八、协调督办'); // problems with a level exist
    const noLevels = buildZone([{ path: 'wuzhong.yaml', bytes: enc(CONFIG) }, { path: 'lists/tasks/heat.yaml', bytes: enc(ITEM.replace(/ {4}level: .*\n/g, '')) }]);
    expect(buildMonthlyReport(noLevels, '2025-11').coordination).toBeUndefined();
  });
});

describe('meeting and problem references', () => {
  const RULES = ['path', 'ref', 'dates', 'future', 'problem-state'];
  const check = (files: Record<string, string>, asOf = '2025-12-05') =>
    [...zoneOf(files).diagnostics, ...runRules({ zone: zoneOf(files), asOf, calendar: makeCalendar('none') })]
      .map((d) => renderDiagnostic(d, 'en'))
      .filter((d) => RULES.includes(d.rule))
      .map((d) => [d.file, d.rule, d.line, d.message]);

  it('a file name whose date differs from `date` is a path error at the date', () => {
    expect(check({ 'meetings/2025-11-06-rail.yaml': MEETING, 'lists/tasks/heat.yaml': ITEM.replace('2025-11-05-rail', '2025-11-06-rail') })).toEqual([
      ['meetings/2025-11-06-rail.yaml', 'path', 1, 'the meeting date 2025-11-05 differs from the date 2025-11-06 in the file name'],
    ]);
  });

  it('a badly named meeting file is a path error', () => {
    expect(check({ 'meetings/rail.yaml': MEETING, 'meetings/2025-11-05-rail.yaml': MEETING })[0]).toEqual([
      'meetings/rail.yaml', 'path', 1, expect.stringContaining('must be named YYYY-MM-DD-<name>.yaml'),
    ]);
  });

  it('unknown leader, unit, item, milestone and meeting are ref errors', () => {
    const bad = MEETING.replace('convener: 魏克鹏', 'convener: 魏克朋').replace('milestones: [穿越铁路]', 'milestones: [穿越铁道]')
      .replace('unit: 产融城公司\n    due: 2025-11-10', 'unit: 产融城\n    due: 2025-11-10');
    const item = ITEM.replace('meeting: 2025-11-05-rail', 'meeting: 2025-11-05-rial');
    const found = check({ 'meetings/2025-11-05-rail.yaml': bad, 'lists/tasks/heat.yaml': item });
    expect(found).toEqual(expect.arrayContaining([
      ['meetings/2025-11-05-rail.yaml', 'ref', 3, expect.stringContaining('魏克朋')],
      ['meetings/2025-11-05-rail.yaml', 'ref', 7, 'tasks/heat has no milestone "穿越铁道"; did you mean "穿越铁路"?'],
      ['meetings/2025-11-05-rail.yaml', 'ref', 10, expect.stringContaining('产融城')],
      ['lists/tasks/heat.yaml', 'ref', 19, 'the meeting "2025-11-05-rial" does not exist (no such file under meetings/); did you mean "2025-11-05-rail"?'],
    ]));
    expect(found).toHaveLength(4);
  });

  it('a decision due or done before its meeting is a dates error; a meeting or done date after A is future', () => {
    const bad = MEETING.replace('due: 2025-11-10\n    done: 2025-11-09', 'due: 2025-11-04\n    done: 2025-11-03')
      .replace('done: 2025-12-03', 'done: 2025-11-27');
    expect(check({ 'meetings/2025-11-05-rail.yaml': bad }, '2025-11-26')).toEqual([
      ['meetings/2025-11-05-rail.yaml', 'dates', 11, 'the decision is due 2025-11-04, before the meeting on 2025-11-05'],
      ['meetings/2025-11-05-rail.yaml', 'dates', 12, 'the decision was done 2025-11-03, before the meeting on 2025-11-05'],
      ['meetings/2025-11-05-rail.yaml', 'future', 23, expect.stringContaining('2025-11-27')],
    ]);
  });

  it('state and resolved must agree (problem-state)', () => {
    const item = ITEM.replace('    state: 协调中\n', '    state: 已解决\n').replace("    level: 区\n    resolved: 2025-11-20", "    level: 区\n    state: 已交办\n    resolved: 2025-11-20");
    expect(check({ 'meetings/2025-11-05-rail.yaml': MEETING, 'lists/tasks/heat.yaml': item })).toEqual([
      ['lists/tasks/heat.yaml', 'problem-state', 18, 'the problem\'s state is "已解决" but it has no resolved date'],
      ['lists/tasks/heat.yaml', 'problem-state', 28, 'the problem was resolved on 2025-11-20, but its state is "已交办"'],
    ]);
  });
});
