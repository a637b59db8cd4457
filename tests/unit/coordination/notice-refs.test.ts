import { describe, expect, it } from 'vitest';
import { buildZone } from '../../../src/load/build.js';
import { makeCalendar } from '../../../src/model/calendar.js';
import { renderDiagnostic, type Lang } from '../../../src/model/diagnostic.js';
import { runRules } from '../../../src/rules/index.js';

const enc = (s: string) => new TextEncoder().encode(s);
const CONFIG = 'zone: 协调区\ncalendar: none\nunits: [城建局]\nleaders: [魏克鹏]\n';
const ITEM = `title: 供热管网
lead: 魏克鹏
owner: 城建局
start: 2025-01-01
due: 2025-12-31
milestones:
  - title: 穿越铁路段施工招标
    due: 2025-12-20
`;
const MEETING = `date: 2025-11-05
title: 供热管网穿越铁路专题会
convener: 魏克鹏
units: [城建局]
decisions:
  - text: 报送穿越方案
    unit: 城建局
    due: 2025-11-10
`;
const notice = (nodes: string) => `number: 督〔2025〕1号
kind: 督办
unit: 城建局
date: 2025-11-06
replyBy: 2025-11-13
nodes:
${nodes}`;
const node = (item: string, milestone?: string) =>
  `  - item: ${item}\n${milestone ? `    milestone: ${milestone}\n` : ''}    due: 2025-12-20\n    status: risk\n`;

function refs(nodes: string, lang: Lang = 'zh-CN') {
  const zone = buildZone(Object.entries({
    'wuzhong.yaml': CONFIG,
    'lists/tasks/heat.yaml': ITEM,
    'meetings/2025-11-05-rail.yaml': MEETING,
    'notices/2025/001.yaml': notice(nodes),
  }).map(([path, s]) => ({ path, bytes: enc(s) })));
  expect(zone.diagnostics).toEqual([]);
  return runRules({ zone, asOf: '2025-11-08', calendar: makeCalendar('none') })
    .map((d) => renderDiagnostic(d, lang))
    .filter((d) => d.rule === 'ref')
    .map((d) => [d.severity, d.line, d.column, d.message]);
}

// The notice's nodes start on line 7: a node is 4 lines (item, milestone, due, status), 3 without a milestone.
describe('a notice names nodes that exist', () => {
  it('an item with its milestone, the item itself, and a meeting with its decision are all fine', () => {
    expect(refs(node('tasks/heat', '穿越铁路段施工招标') + node('tasks/heat')
      + node('meetings/2025-11-05-rail', '报送穿越方案'))).toEqual([]);
  });

  it('an unknown item, milestone, meeting or decision is a ref error at that key, with the nearest name', () => {
    expect(refs(node('tasks/haet', '穿越铁路段施工招标') + node('tasks/heat', '穿越铁路施工招标')
      + node('meetings/2025-11-05-ral') + node('meetings/2025-11-05-rail', '报送穿越方按'))).toEqual([
      ['error', 7, 11, '关联事项“tasks/haet”不存在，是不是“tasks/heat”？'],
      ['error', 12, 16, '事项 tasks/heat 中没有节点“穿越铁路施工招标”，是不是“穿越铁路段施工招标”？'],
      ['error', 15, 11, '会议“2025-11-05-ral”不存在（meetings/ 下没有这个文件），是不是“2025-11-05-rail”？'],
      ['error', 19, 16, '会议“2025-11-05-rail”中没有议定事项“报送穿越方按”，是不是“报送穿越方案”？'],
    ]);
  });

  it('says so in English with --lang en', () => {
    expect(refs(node('meetings/2025-11-05-rail', '报送穿越方按'), 'en').map((r) => r[3])).toEqual([
      'the meeting "2025-11-05-rail" has no decision "报送穿越方按"; did you mean "报送穿越方案"?',
    ]);
  });
});
