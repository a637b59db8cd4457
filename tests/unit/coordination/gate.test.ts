import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { coordinationGate } from '../../../src/history/coordination-gate.js';
import { buildZone } from '../../../src/load/build.js';
import { renderDiagnostic } from '../../../src/model/diagnostic.js';

const enc = (s: string) => new TextEncoder().encode(s);
const CONFIG = 'zone: 协调区\ncalendar: none\nunits: [城建局, 经发局]\nleaders: [魏克鹏]\n';
const MEETING_PATH = 'meetings/2025-11-12-rail.yaml';
const NOTICE_PATH = 'notices/2025/001.yaml';

const meeting = (decisions: string) => `date: 2025-11-12
title: 穿越铁路专题会
convener: 魏克鹏
units: [城建局]
decisions:
${decisions}`;
const decision = (text: string, unit: string, due: string, done?: string) =>
  `  - text: ${text}\n    unit: ${unit}\n    due: ${due}\n${done ? `    done: ${done}\n` : ''}`;
const notice = (tail: string) => `number: 督〔2025〕1号
kind: 督办
unit: 城建局
date: 2025-11-13
replyBy: 2025-11-20
nodes:
  - item: meetings/2025-11-12-rail
    due: 2025-11-18
    status: risk
${tail}`;

/** The gate's findings (rule, line, message) for the records now against their texts at REV, checked on `asOf`. */
function gate(now: Record<string, string>, base: Record<string, string>, asOf: string) {
  const zone = buildZone(Object.entries({ 'wuzhong.yaml': CONFIG, ...now }).map(([path, s]) => ({ path, bytes: enc(s) })));
  expect(zone.diagnostics).toEqual([]);
  const at = (prefix: string) =>
    Object.entries(base).filter(([p]) => p.startsWith(prefix)).map(([path, s]) => ({ path, data: parse(s) }));
  return coordinationGate({
    meetings: zone.meetings ?? [], notices: zone.notices ?? [],
    baseMeetings: at('meetings/'), baseNotices: at('notices/'), asOf, rev: 'main',
  }).map((d) => renderDiagnostic(d, 'zh-CN')).map((d) => [d.rule, d.severity, d.file, d.line, d.message]);
}

const OPEN = decision('报送穿越方案', '城建局', '2025-11-18');

describe('the review gate on decisions: they score like milestones, so they are held like milestones', () => {
  it('a meeting recorded within 7 days, decisions open: nothing to say', () => {
    expect(gate({ [MEETING_PATH]: meeting(OPEN) }, {}, '2025-11-19')).toEqual([]);
  });

  it('a meeting recorded 8 days after it is a plan-date error on each new decision', () => {
    // 2025-11-12 → 2025-11-20 is 8 days: one more than the slack.
    expect(gate({ [MEETING_PATH]: meeting(OPEN) }, {}, '2025-11-20')).toEqual([
      ['plan-date', 'error', MEETING_PATH, 6, '议定事项“报送穿越方案”是基准版本之后新增的，会议日期2025-11-12比检查日期早8天：议定事项应在会后7天内登记'],
    ]);
  });

  it('a decision recorded already done is a plan-date error: farmed points need two reviewed changes', () => {
    const done = decision('报送穿越方案', '城建局', '2025-11-18', '2025-11-14');
    expect(gate({ [MEETING_PATH]: meeting(done) }, {}, '2025-11-15')).toEqual([
      ['plan-date', 'error', MEETING_PATH, 9, '新增的议定事项“报送穿越方案”同时填写了落实日期2025-11-14：先登记议定事项，落实后再另行提交落实日期'],
    ]);
  });

  it('a deadline is what the meeting set: pushed back or pulled in, it is an error', () => {
    const later = decision('报送穿越方案', '城建局', '2025-11-25');
    const sooner = decision('报送穿越方案', '城建局', '2025-11-16');
    expect(gate({ [MEETING_PATH]: meeting(later) }, { [MEETING_PATH]: meeting(OPEN) }, '2025-11-19')).toEqual([
      ['postponed', 'error', MEETING_PATH, 8, '议定事项“报送穿越方案”的时限由2025-11-18推迟到2025-11-25：议定事项的时限不能推迟，确需调整的由协调会议另行议定'],
    ]);
    // Pulled in before its done date, a rival's on-time decision would turn late.
    expect(gate({ [MEETING_PATH]: meeting(sooner) }, { [MEETING_PATH]: meeting(OPEN) }, '2025-11-19')).toEqual([
      ['postponed', 'error', MEETING_PATH, 8, '议定事项“报送穿越方案”的时限由2025-11-18改为2025-11-16：议定事项的时限是会议定的，不能改动，确需调整的由协调会议另行议定'],
    ]);
  });

  it('a done date back-filled by more than 7 days warns (late-record); within 7 days it is fine', () => {
    const doneOn = (d: string) => meeting(decision('报送穿越方案', '城建局', '2025-11-18', d));
    expect(gate({ [MEETING_PATH]: doneOn('2025-11-17') }, { [MEETING_PATH]: meeting(OPEN) }, '2025-11-24')).toEqual([]);
    expect(gate({ [MEETING_PATH]: doneOn('2025-11-16') }, { [MEETING_PATH]: meeting(OPEN) }, '2025-11-24')).toEqual([
      ['late-record', 'warning', MEETING_PATH, 9, '议定事项“报送穿越方案”的落实日期2025-11-16是事后补录的，比检查日期早8天'],
    ]);
  });

  it('a recorded done date is not moved (either way) nor removed: late-record errors', () => {
    const doneOn = (d: string) => meeting(decision('报送穿越方案', '城建局', '2025-11-18', d));
    const base = { [MEETING_PATH]: doneOn('2025-11-17') };
    expect(gate({ [MEETING_PATH]: doneOn('2025-11-16') }, base, '2025-11-20')).toEqual([
      ['late-record', 'error', MEETING_PATH, 9, '议定事项“报送穿越方案”的落实日期由2025-11-17改为2025-11-16：已登记的落实日期不能改动，确属误记的须经督查专班核实后更正'],
    ]);
    // Moved after the deadline, the unit's on-time decision would turn late.
    expect(gate({ [MEETING_PATH]: doneOn('2025-11-19') }, base, '2025-11-20').map((f) => [f[0], f[1], f[3]]))
      .toEqual([['late-record', 'error', 9]]);
    expect(gate({ [MEETING_PATH]: meeting(OPEN) }, base, '2025-11-20')).toEqual([
      ['late-record', 'error', MEETING_PATH, 6, '议定事项“报送穿越方案”的落实日期2025-11-17被删除了：已登记的落实情况不能撤销，确属误记的须经督查专班核实后更正'],
    ]);
  });

  it('a new unit, a deleted decision or a deleted meeting is an error; a renamed decision is compared as one', () => {
    const two = OPEN + decision('协调铁路局审批', '经发局', '2025-11-20');
    const moved = decision('报送穿越方案', '经发局', '2025-11-18') + decision('协调铁路局审批', '经发局', '2025-11-20');
    expect(gate({ [MEETING_PATH]: meeting(moved) }, { [MEETING_PATH]: meeting(two) }, '2025-11-19')).toEqual([
      ['reassigned', 'error', MEETING_PATH, 7, '议定事项“报送穿越方案”的落实单位由城建局改为经发局'],
    ]);
    const renamed = decision('报送穿越铁路方案', '城建局', '2025-11-25');
    expect(gate({ [MEETING_PATH]: meeting(renamed) }, { [MEETING_PATH]: meeting(OPEN) }, '2025-11-19').map((f) => f[0]))
      .toEqual(['postponed']);
    expect(gate({ [MEETING_PATH]: meeting(OPEN) }, { [MEETING_PATH]: meeting(two) }, '2025-11-19')).toEqual([
      ['removed', 'error', MEETING_PATH, 5, '议定事项“协调铁路局审批”在 main 中存在，现在被删除了'],
    ]);
    expect(gate({}, { [MEETING_PATH]: meeting(two) }, '2025-11-19')).toEqual([
      ['removed', 'error', MEETING_PATH, 1, `会议记录 ${MEETING_PATH} 在 main 中存在，现在被删除了`],
    ]);
  });

  it('another text carrying a done date in the same change is a new decision recorded done (plan-date)', () => {
    const swapped = decision('补报铁路审批材料', '城建局', '2025-11-18', '2025-11-17');
    expect(gate({ [MEETING_PATH]: meeting(swapped) }, { [MEETING_PATH]: meeting(OPEN) }, '2025-11-18')).toEqual([
      ['plan-date', 'error', MEETING_PATH, 9, '新增的议定事项“补报铁路审批材料”同时填写了落实日期2025-11-17：先登记议定事项，落实后再另行提交落实日期'],
    ]);
  });
});

describe('the review gate on notices: a reply or closing that decides "answered in time" is not back-filled', () => {
  const files = (tail: string) => ({ [MEETING_PATH]: meeting(OPEN), [NOTICE_PATH]: notice(tail) });
  const reply = (date: string) => `replies:\n  - date: ${date}\n    text: 已报送\n`;

  it('a reply recorded within 7 days is fine; 8 days back, or moved before the earliest reply at REV, is late-record', () => {
    expect(gate(files(reply('2025-11-19')), files(''), '2025-11-26')).toEqual([]);
    expect(gate(files(reply('2025-11-18')), files(''), '2025-11-26')).toEqual([
      ['late-record', 'warning', NOTICE_PATH, 11, '督〔2025〕1号的回复日期2025-11-18是事后补录的，比检查日期早8天'],
    ]);
    expect(gate(files(reply('2025-11-20')), files(reply('2025-11-24')), '2025-11-26')).toEqual([
      ['late-record', 'warning', NOTICE_PATH, 11, '督〔2025〕1号的回复日期由2025-11-24改早为2025-11-20'],
    ]);
  });

  it('a notice\'s unit, kind, date and reply deadline stay as drafted; a notice is not deleted', () => {
    const changed = notice('').replace('unit: 城建局', 'unit: 经发局').replace('replyBy: 2025-11-20', 'replyBy: 2025-12-05');
    expect(gate({ [MEETING_PATH]: meeting(OPEN), [NOTICE_PATH]: changed }, files(''), '2025-11-19')).toEqual([
      ['reassigned', 'error', NOTICE_PATH, 3, '督办通知督〔2025〕1号的 unit 由“城建局”改为“经发局”：通知的单位、类别、日期和回复期限由 wuzhong notice 编排，发出后不能改动'],
      ['postponed', 'error', NOTICE_PATH, 5, '督办通知督〔2025〕1号的 replyBy 由“2025-11-20”改为“2025-12-05”：通知的单位、类别、日期和回复期限由 wuzhong notice 编排，发出后不能改动'],
    ]);
    const reminder = notice('').replace('kind: 督办', 'kind: 提醒');
    expect(gate({ [MEETING_PATH]: meeting(OPEN), [NOTICE_PATH]: reminder }, files(''), '2025-11-19').map((f) => [f[0], f[1], f[3]]))
      .toEqual([['reassigned', 'error', 2]]);
    expect(gate({ [MEETING_PATH]: meeting(OPEN) }, files(''), '2025-11-19')).toEqual([
      ['removed', 'error', NOTICE_PATH, 1, `督办通知督〔2025〕1号（${NOTICE_PATH}）在 main 中存在，现在被删除了`],
    ]);
  });

  it('a new notice dated more than 7 days back is a plan-date error; one drafted this week is fine', () => {
    const base = { [MEETING_PATH]: meeting(OPEN) };
    expect(gate(files(''), base, '2025-11-20')).toEqual([]);
    expect(gate(files(''), base, '2025-11-21')).toEqual([
      ['plan-date', 'error', NOTICE_PATH, 4, '督办通知督〔2025〕1号是基准版本之后新增的，发出日期2025-11-13比检查日期早8天：通知由 wuzhong notice 当天起草提交'],
    ]);
  });

  it('a closing back-filled or moved earlier is late-record', () => {
    const closed = (date: string) => `closed: { date: ${date}, by: 督查专班 }\n`;
    expect(gate(files(closed('2025-11-15')), files(''), '2025-11-26').map((f) => f.slice(0, 2).concat(f[4]!)))
      .toEqual([['late-record', 'warning', '督〔2025〕1号的销号日期2025-11-15是事后补录的，比检查日期早11天']]);
    expect(gate(files(closed('2025-11-21')), files(closed('2025-11-24')), '2025-11-26').map((f) => f[4]))
      .toEqual(['督〔2025〕1号的销号日期由2025-11-24改早为2025-11-21']);
  });
});
