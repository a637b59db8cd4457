import { describe, expect, it } from 'vitest';
import { buildZone } from '../../../src/load/build.js';
import { makeCalendar } from '../../../src/model/calendar.js';
import { renderDiagnostics } from '../../../src/model/diagnostic.js';
import { runRules } from '../../../src/rules/index.js';

// The dated fields and approver lists are checked like every other date and name (ref, future).
const enc = (s: string) => new TextEncoder().encode(s);
const head = 'title: 甲\nlead: 魏克鹏\nowner: 产融城公司\nstart: 2026-01-01\ndue: 2026-12-31\n';

function findings(rule: string, files: Record<string, string>, lang: 'en' | 'zh-CN' = 'en', asOf = '2026-11-26'): string[] {
  const config = 'zone: Z\nunits: [产融城公司, 铁北园区办]\nleaders: [魏克鹏, 张威]\n';
  const all = { 'wuzhong.yaml': config, ...files };
  const zone = buildZone(Object.entries(all).map(([path, text]) => ({ path, bytes: enc(text) })));
  return renderDiagnostics([...zone.diagnostics, ...runRules({ zone, asOf, calendar: makeCalendar('none') })], lang)
    .filter((d) => d.rule === rule)
    .map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.message}`);
}

describe('ref: approvers and amendment approvers must be leaders', () => {
  it('approvers', () => {
    const config = 'zone: Z\nunits: [产融城公司]\nleaders: [魏克鹏, 张威]\nassessment:\n  approvers: [魏克鹏, 张伟]\n';
    expect(findings('ref', { 'wuzhong.yaml': config })).toEqual([
      'wuzhong.yaml:5:20 error the leader "张伟" is not registered under leaders in wuzhong.yaml; did you mean "张威"?',
    ]);
    expect(findings('ref', { 'wuzhong.yaml': config }, 'zh-CN')).toEqual(['wuzhong.yaml:5:20 error 领导“张伟”未在 wuzhong.yaml 的 leaders 中登记，是不是“张威”？']);
  });
  it('amendments', () => {
    const text = 'amendments:\n  - reason: 更正\n    approved: 魏克朋\n    date: 2026-11-20\n';
    expect(findings('ref', { 'assessments/2026-10.yaml': text })).toEqual([
      'assessments/2026-10.yaml:3:15 error the leader "魏克朋" is not registered under leaders in wuzhong.yaml; did you mean "魏克鹏"?',
    ]);
  });
});

describe('future: plan, claim and approval dates after the as-of date', () => {
  // [file text, as-of, expected findings]
  const cases: [string, string, string[]][] = [
    [`${head}milestones:\n  - title: 节点\n    due: 2026-12-30\n    planned: 2026-11-26\n`, '2026-11-26', []],
    [`${head}milestones:\n  - title: 节点\n    due: 2026-12-30\n    planned: 2026-11-27\n`, '2026-11-26', ['lists/tasks/x.yaml:9:14 error "planned" is 2026-11-27, after the check date 2026-11-26: dates in the future are not allowed']],
    [`${head}claimed: 2026-11-26\n`, '2026-11-26', []],
    [`${head}claimed: 2026-11-27\n`, '2026-11-26', ['lists/tasks/x.yaml:6:10 error "claimed" is 2026-11-27, after the check date 2026-11-26: dates in the future are not allowed']],
    [`${head}claimed: true\n`, '2026-11-26', []],
    [`${head}postponed:\n  - from: 2026-10-31\n    reason: 审批\n    approved: 魏克鹏\n    date: 2026-11-27\n`, '2026-11-26', ['lists/tasks/x.yaml:10:11 error "date" is 2026-11-27, after the check date 2026-11-26: dates in the future are not allowed']],
    [`${head}milestones:\n  - title: 节点\n    due: 2026-12-30\n    postponed:\n      - from: 2026-11-30\n        reason: 审批\n        approved: 魏克鹏\n        date: 2026-12-01\n`, '2026-11-26', ['lists/tasks/x.yaml:13:15 error "date" is 2026-12-01, after the check date 2026-11-26: dates in the future are not allowed']],
  ];
  it.each(cases)('%j as of %s', (text, asOf, expected) => {
    expect(findings('future', { 'lists/tasks/x.yaml': text }, 'en', asOf)).toEqual(expected);
  });
  it('an amendment dated after A', () => {
    const text = 'amendments:\n  - reason: 更正\n    approved: 魏克鹏\n    date: 2026-11-27\n';
    expect(findings('future', { 'assessments/2026-10.yaml': text }, 'zh-CN')).toEqual([
      'assessments/2026-10.yaml:4:11 error “date”的日期2026-11-27晚于检查日期2026-11-26：不能填写未来的日期',
    ]);
  });
  it('a plan made after the deadline or after the work is no error (it only earns nothing)', () => {
    const text = `${head}milestones:\n  - title: 节点\n    due: 2026-10-30\n    done: 2026-10-20\n    planned: 2026-11-20\n`;
    expect(findings('future', { 'lists/tasks/x.yaml': text })).toEqual([]);
    expect(findings('dates', { 'lists/tasks/x.yaml': text })).toEqual([]);
  });
});

describe('stale fires from the day after filingDay', () => {
  const config = (filingDay?: number) => `zone: Z\nunits: [产融城公司]\nleaders: [魏克鹏]\n${filingDay ? `assessment:\n  filingDay: ${filingDay}\n` : ''}`;
  const item = 'title: 甲\nlead: 魏克鹏\nowner: 产融城公司\nstart: 2026-09-01\ndue: 2026-12-31\n';
  // [filingDay (undefined: default 5), as-of, expected]
  const cases: [number | undefined, string, string[]][] = [
    [undefined, '2026-11-05', []],
    [undefined, '2026-11-06', ['lists/tasks/x.yaml:1:1 warning no progress update for 2026-10 (due by 2026-11-05)']],
    [1, '2026-11-01', []],
    [1, '2026-11-02', ['lists/tasks/x.yaml:1:1 warning no progress update for 2026-10 (due by 2026-11-01)']],
    [10, '2026-11-06', []],
    [10, '2026-11-10', []],
    [10, '2026-11-11', ['lists/tasks/x.yaml:1:1 warning no progress update for 2026-10 (due by 2026-11-10)']],
    [28, '2026-11-28', []],
    [28, '2026-11-29', ['lists/tasks/x.yaml:1:1 warning no progress update for 2026-10 (due by 2026-11-28)']],
    [5, '2027-01-06', ['lists/tasks/x.yaml:1:1 warning no progress update for 2026-12 (due by 2027-01-05)']],
  ];
  it.each(cases)('filingDay %s, as of %s', (filingDay, asOf, expected) => {
    expect(findings('stale', { 'wuzhong.yaml': config(filingDay), 'lists/tasks/x.yaml': item }, 'en', asOf)).toEqual(expected);
  });
  it('in Chinese', () => {
    expect(findings('stale', { 'wuzhong.yaml': config(10), 'lists/tasks/x.yaml': item }, 'zh-CN', '2026-11-11')).toEqual([
      'lists/tasks/x.yaml:1:1 warning 缺少2026年10月的月度进展（报送期限为2026-11-10）',
    ]);
  });
});
