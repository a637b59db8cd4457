import { describe, expect, it } from 'vitest';
import { buildZone } from '../../../src/load/build.js';
import { makeCalendar, type CalendarKind } from '../../../src/model/calendar.js';
import { renderDiagnostics } from '../../../src/model/diagnostic.js';
import { runRules } from '../../../src/rules/index.js';

const enc = (s: string) => new TextEncoder().encode(s);
const head = (start = '2026-11-01', due = '2026-12-31') => `title: 甲\nlead: 魏克鹏\nowner: 产融城公司\nstart: ${start}\ndue: ${due}\n`;

interface Opts {
  asOf?: string;
  calendar?: CalendarKind;
  holidays?: string[];
  workdays?: string[];
  files?: Record<string, string>;
}

/** Findings of one rule for one item file (lists/tasks/x.yaml), through the real loader and rule list. */
function findings(rule: string, body: string, o: Opts = {}): string[] {
  const config = `zone: Z\nunits: [产融城公司, 铁北园区办]\nleaders: [魏克鹏, 张威]\n`;
  const files = { 'wuzhong.yaml': config, 'lists/tasks/x.yaml': body, ...o.files };
  const zone = buildZone(Object.entries(files).map(([path, text]) => ({ path, bytes: enc(text) })));
  const calendar = makeCalendar(o.calendar ?? 'none', o.holidays, o.workdays);
  return renderDiagnostics([...zone.diagnostics, ...runRules({ zone, asOf: o.asOf ?? '2026-11-26', calendar })], 'en')
    .filter((d) => d.rule === rule)
    .map((d) => `${d.file === 'lists/tasks/x.yaml' ? '' : `${d.file} `}${d.line}:${d.column} ${d.severity} ${d.message}`);
}

const ms = (...list: string[]) => `milestones:\n${list.join('')}`;
const m = (title: string, due: string, done?: string) => `  - title: ${title}\n    due: ${due}\n${done ? `    done: ${done}\n` : ''}`;

describe('ref', () => {
  it.each([
    ['owner', head().replace('owner: 产融城公司', 'owner: 铁北园区'), ['3:8 error the unit "铁北园区" is not registered under units in wuzhong.yaml; did you mean "铁北园区办"?']],
    ['lead', head().replace('lead: 魏克鹏', 'lead: 魏克朋'), ['2:7 error the leader "魏克朋" is not registered under leaders in wuzhong.yaml; did you mean "魏克鹏"?']],
    ['partners', `${head()}partners: [铁北园区办, 规划局]\n`, ['6:19 error the unit "规划局" is not registered under units in wuzhong.yaml']],
    ['milestone owner', `${head()}${ms(m('甲', '2026-12-01').replace('    due', '    owner: 高新建公司\n    due'))}`, ['8:12 error the unit "高新建公司" is not registered under units in wuzhong.yaml']],
    ['approved', `${head()}postponed:\n  - from: 2026-12-01\n    reason: 审批\n    approved: 何立新\n`, ['9:15 error the leader "何立新" is not registered under leaders in wuzhong.yaml']],
    ['link', `${head()}links: [tasks/x, tasks/z]\n`, ['6:18 error the linked item "tasks/z" does not exist; did you mean "tasks/x"?']],
  ])('%s', (_, body, expected) => {
    expect(findings('ref', body)).toEqual(expected);
  });

  it('resolves links to items whose files are broken, and checks adjustment units', () => {
    const files = { 'lists/tasks/y.yaml': 'title: [broken\n', 'assessments/2026-10.yaml': 'adjustments:\n  - unit: 产融城\n    points: 1\n    reason: 表扬\n' };
    expect(findings('ref', `${head()}links: [tasks/y]\n`, { files })).toEqual(['assessments/2026-10.yaml 2:11 error the unit "产融城" is not registered under units in wuzhong.yaml; did you mean "产融城公司"?']);
  });
});

describe('dates', () => {
  it.each([
    ['due = start is fine', head('2026-11-01', '2026-11-01'), []],
    ['due < start', head('2026-11-02', '2026-11-01'), ['5:6 error the deadline 2026-11-01 is before the start 2026-11-02']],
    ['milestone on the bounds is fine', `${head()}${ms(m('甲', '2026-11-01'), m('乙', '2026-12-31'))}`, []],
    ['milestone before start', `${head()}${ms(m('甲', '2026-10-31'))}`, ['8:10 error the milestone deadline 2026-10-31 is before the item\'s start 2026-11-01']],
    ['milestone after due', `${head()}${ms(m('甲', '2027-01-01'))}`, ['8:10 error the milestone deadline 2027-01-01 is after the item\'s deadline 2026-12-31']],
    ['closed < start', `${head()}status: done\nclosed: 2026-10-31\n`, ['7:9 error the closing date 2026-10-31 is before the start 2026-11-01']],
    ['resolved < raised', `${head()}problems:\n  - raised: 2026-11-10\n    text: 缺电\n    resolved: 2026-11-09\n`, ['9:15 error the resolution date 2026-11-09 is before the problem was raised (2026-11-10)']],
    ['postponement from = due', `${head()}postponed:\n  - from: 2026-12-31\n    reason: 审批\n    approved: 魏克鹏\n`, ['7:11 error the postponement\'s original deadline 2026-12-31 must be earlier than the current deadline 2026-12-31']],
    ['milestone postponement earlier than its due is fine', `${head()}${ms(m('甲', '2026-12-01'))}    postponed:\n      - from: 2026-11-20\n        reason: 审批\n        approved: 张威\n`, []],
  ])('%s', (_, body, expected) => {
    expect(findings('dates', body)).toEqual(expected);
  });
});

describe('future', () => {
  it.each([
    ['done on the as-of date is fine', `${head()}${ms(m('甲', '2026-12-01', '2026-11-26'))}`, []],
    ['done the next day', `${head()}${ms(m('甲', '2026-12-01', '2026-11-27'))}`, ['9:11 error "done" is 2026-11-27, after the check date 2026-11-26: dates in the future are not allowed']],
    ['closed the next day', `${head()}status: cancelled\nclosed: 2026-11-27\n`, ['7:9 error "closed" is 2026-11-27, after the check date 2026-11-26: dates in the future are not allowed']],
    ['update for this month is fine', `${head()}updates:\n  - month: 2026-11\n    text: 进展\n`, []],
    ['update for next month', `${head()}updates:\n  - month: 2026-12\n    text: 进展\n`, ['7:12 error the update month 2026-12 is after the check date\'s month 2026-11']],
  ])('%s', (_, body, expected) => {
    expect(findings('future', body)).toEqual(expected);
  });
});

describe('status', () => {
  it.each([
    ['done with closed and all milestones done', `${head()}status: done\nclosed: 2026-11-20\n${ms(m('甲', '2026-12-01', '2026-11-20'))}`, []],
    ['cancelled without closed', `${head()}status: cancelled\n`, ['6:9 error status cancelled needs a closing date (closed)']],
    ['active with closed', `${head()}closed: 2026-11-20\n`, ['6:9 error an active item must not have a closing date (closed)']],
    ['done with an open milestone', `${head()}status: done\nclosed: 2026-11-20\n${ms(m('甲', '2026-12-01', '2026-11-20'), m('乙', '2026-12-02'))}`, ['12:12 error the item is done but the milestone "乙" has no done date']],
    ['cancelled with an open milestone is fine', `${head()}status: cancelled\nclosed: 2026-11-20\n${ms(m('乙', '2026-12-02'))}`, []],
  ])('%s', (_, body, expected) => {
    expect(findings('status', body)).toEqual(expected);
  });
});

describe('duplicate', () => {
  it('reports the second update of a month and the second milestone of a title', () => {
    const body = `${head()}${ms(m('甲', '2026-12-01'), m('甲', '2026-12-02'))}updates:\n  - month: 2026-11\n    text: 一\n  - month: 2026-11\n    text: 二\n`;
    expect(findings('duplicate', body)).toEqual(['9:12 error two milestones titled "甲" in one item', '14:12 error two progress updates for 2026-11 in one item']);
  });
});

describe('overdue', () => {
  it.each([
    ['due on the as-of date is not overdue', `${head()}${ms(m('甲', '2026-11-26'))}`, {}, []],
    ['one day late', `${head()}${ms(m('甲', '2026-11-25'))}`, {}, ['8:10 warning milestone "甲" is 1 day overdue (due 2026-11-25)']],
    ['done on the as-of date is done', `${head()}${ms(m('甲', '2026-11-20', '2026-11-26'))}`, {}, []],
    ['done after the as-of date is not done yet', `${head()}${ms(m('甲', '2026-11-20', '2026-11-30'))}`, { asOf: '2026-11-26' }, ['8:10 warning milestone "甲" is 6 days overdue (due 2026-11-20)']],
    ['the item itself', head('2026-01-01', '2026-10-31'), {}, ['5:6 warning the item is 26 days overdue (due 2026-10-31) and not closed']],
    ['closed after the as-of date is still open', `${head('2026-01-01', '2026-10-31')}status: done\nclosed: 2026-11-20\n`, { asOf: '2026-11-10' }, ['5:6 warning the item is 10 days overdue (due 2026-10-31) and not closed']],
    ['closed on the as-of date is closed', `${head('2026-01-01', '2026-10-31')}status: cancelled\nclosed: 2026-11-10\n`, { asOf: '2026-11-10' }, []],
  ])('%s', (_, body, o, expected) => {
    expect(findings('overdue', body, o)).toEqual(expected);
  });
});

describe('non-workday', () => {
  it.each([
    ['weekend under weekends', head('2026-11-01', '2026-12-12'), { calendar: 'weekends' as const }, ['5:6 warning the deadline 2026-12-12 falls on a weekend, not a working day']],
    ['weekend under none', head('2026-11-01', '2026-12-12'), { calendar: 'none' as const }, []],
    ['National Day under cn', head('2026-09-01', '2026-10-05'), { calendar: 'cn' as const, asOf: '2026-09-10' }, ['5:6 warning the deadline 2026-10-05 falls on a public holiday, not a working day']],
    ['make-up Saturday under cn', head('2026-09-01', '2026-10-10'), { calendar: 'cn' as const, asOf: '2026-09-10' }, []],
    ['config holiday', head('2026-11-01', '2026-12-14'), { calendar: 'cn' as const, holidays: ['2026-12-14'] }, ['5:6 warning the deadline 2026-12-14 falls on a holiday listed in wuzhong.yaml, not a working day']],
    ['config workday beats the weekend', head('2026-11-01', '2026-12-12'), { calendar: 'cn' as const, workdays: ['2026-12-12'] }, []],
    ['done milestone is not checked', `${head()}${ms(m('甲', '2026-11-22', '2026-11-20'))}`, { calendar: 'weekends' as const }, []],
    ['closed item is not checked', `${head('2026-11-01', '2026-11-22')}status: done\nclosed: 2026-11-20\n`, { calendar: 'weekends' as const }, []],
  ])('%s', (_, body, o, expected) => {
    expect(findings('non-workday', body, o)).toEqual(expected);
  });

  it('falls back to Monday–Friday for years the dataset lacks and says so once', () => {
    const body = `${head('2026-11-01', '2027-03-31')}${ms(m('甲', '2027-01-02'), m('乙', '2027-02-06'))}`;
    expect(findings('non-workday', body, { calendar: 'cn' })).toEqual([
      '8:10 warning the deadline 2027-01-02 falls on a weekend, not a working day',
      '10:10 warning the deadline 2027-02-06 falls on a weekend, not a working day',
      'wuzhong.yaml 1:1 info the holiday dataset does not cover 2027; working days there are Monday to Friday',
    ]);
  });
});

describe('stale', () => {
  const body = head('2026-09-01');
  it.each([
    ['day 5: not yet', body, '2026-11-05', []],
    ['day 6: missing October', body, '2026-11-06', ['1:1 warning no progress update for 2026-10 (due by 2026-11-05)']],
    ['October present', `${body}updates:\n  - month: 2026-10\n    text: 进展\n`, '2026-11-06', []],
    ['only September present', `${body}updates:\n  - month: 2026-09\n    text: 进展\n`, '2026-11-06', ['6:1 warning no progress update for 2026-10 (due by 2026-11-05)']],
    ['started this month', head('2026-11-01'), '2026-11-26', []],
    ['started on the last day of last month', head('2026-10-31'), '2026-11-26', ['1:1 warning no progress update for 2026-10 (due by 2026-11-05)']],
    ['closed', `${body}status: done\nclosed: 2026-11-01\n`, '2026-11-26', []],
  ])('%s', (_, b, asOf, expected) => {
    expect(findings('stale', b, { asOf })).toEqual(expected);
  });
});

describe('problem-open', () => {
  const p = (raised: string, resolved?: string) => `${head('2026-09-01')}problems:\n  - raised: ${raised}\n    text: 缺电\n${resolved ? `    resolved: ${resolved}\n` : ''}`;
  it.each([
    ['30 days is not yet', p('2026-10-27'), []],
    ['31 days', p('2026-10-26'), ['7:13 warning a problem raised 31 days ago (2026-10-26) is still unresolved']],
    ['resolved', p('2026-09-01', '2026-09-10'), []],
  ])('%s', (_, body, expected) => {
    expect(findings('problem-open', body)).toEqual(expected);
  });
});

describe('order', () => {
  it('warns once, at the first milestone that breaks the order; equal dates are fine', () => {
    expect(findings('order', `${head()}${ms(m('甲', '2026-12-01'), m('乙', '2026-12-01'), m('丙', '2026-11-20'), m('丁', '2026-11-10'))}`)).toEqual([
      '12:10 warning milestones are out of order: "丙" (2026-11-20) comes after a milestone due 2026-12-01',
    ]);
  });
});

describe('behind', () => {
  // start 2026-01-01, due 2026-12-31: 364 days; at 2026-10-31 the time progress is 303/364 = 83.24%.
  const u = (...list: [string, number | undefined][]) => `${head('2026-01-01')}updates:\n${list.map(([mo, pc]) => `  - month: ${mo}\n    text: 进展\n${pc === undefined ? '' : `    percent: ${pc}\n`}`).join('')}`;
  it.each([
    ['below', u(['2026-10', 83]), ['9:14 warning progress 83% in 2026-10 is below the time progress of 83.2%']],
    ['at or above', u(['2026-10', 83.3]), []],
    ['the latest with a percent counts', u(['2026-09', 10], ['2026-10', 90], ['2026-11', undefined]), []],
    ['out of file order, the latest month wins', u(['2026-10', 10], ['2026-09', 90]), ['9:14 warning progress 10% in 2026-10 is below the time progress of 83.2%']],
    ['no percent at all', u(['2026-10', undefined]), []],
  ])('%s', (_, body, expected) => {
    expect(findings('behind', body)).toEqual(expected);
  });
});

describe('due-soon', () => {
  it.each([
    ['today', '2026-11-26', ['8:10 info milestone "甲" is due today (2026-11-26)']],
    ['in 7 days', '2026-12-03', ['8:10 info milestone "甲" is due in 7 days (2026-12-03)']],
    ['in 8 days', '2026-12-04', []],
  ])('%s', (_, due, expected) => {
    expect(findings('due-soon', `${head()}${ms(m('甲', due))}`)).toEqual(expected);
  });
});
