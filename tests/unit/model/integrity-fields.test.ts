import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildZone } from '../../../src/load/build.js';
import { renderDiagnostic } from '../../../src/model/diagnostic.js';
import { jsonSchemaOf, schemaSpec } from '../../../src/model/json-schema.js';
import { lookalikeKey } from '../../../src/model/names.js';
import { visible } from '../../../src/text/visible.js';
import { filingDate, isSettled } from '../../../src/model/settled.js';
import { claimDate, plannedDate } from '../../../src/model/status.js';
import type { Item } from '../../../src/model/zone.js';

// Plans, claims and approvals carry dates; names and titles are clean; settings are bounded.
const enc = (s: string) => new TextEncoder().encode(s);
const config = 'zone: Z\nunits: [产融城公司, 铁北园区办]\nleaders: [魏克鹏, 张威]\n';
const item = 'title: 名称\nlead: 魏克鹏\nowner: 产融城公司\nstart: 2026-01-01\ndue: 2026-12-31\n';

function findings(files: Record<string, string>, lang: 'en' | 'zh-CN' = 'en') {
  const all = { 'wuzhong.yaml': config, ...files };
  const zone = buildZone(Object.entries(all).map(([path, text]) => ({ path, bytes: enc(text) })));
  return zone.diagnostics.map((x) => renderDiagnostic(x, lang)).map((d) => `${d.file}:${d.line}:${d.column} ${d.rule} ${d.message}`);
}
const itemFindings = (body: string, lang: 'en' | 'zh-CN' = 'en') => findings({ 'lists/tasks/x.yaml': item + body }, lang);
const configFindings = (text: string, lang: 'en' | 'zh-CN' = 'en') => findings({ 'wuzhong.yaml': text }, lang);
const assessmentFindings = (text: string, lang: 'en' | 'zh-CN' = 'en') => findings({ 'assessments/2026-10.yaml': text }, lang);

describe('new dated fields on items', () => {
  // [appended text, expected findings (empty: valid)]
  const cases: [string, string[]][] = [
    ['milestones:\n  - title: 节点\n    due: 2026-06-30\n    planned: 2026-01-01\n', []],
    ['milestones:\n  - title: 节点\n    due: 2026-06-30\n    planned: 2026-02-30\n', ['lists/tasks/x.yaml:9:14 schema "planned": "2026-02-30" is not a valid date; write YYYY-MM-DD (e.g. 2026-03-01), and the day must exist']],
    ['milestones:\n  - title: 节点\n    due: 2026-06-30\n    planned: 20260101\n', ['lists/tasks/x.yaml:9:14 schema "planned" should be a date (YYYY-MM-DD), not a number']],
    ['claimed: true\n', []],
    ['claimed: false\n', []],
    ['claimed: 2026-03-01\n', []],
    ['claimed: "2026-03-01"\n', []],
    ['claimed: 2026-13-01\n', ['lists/tasks/x.yaml:6:10 schema "claimed" must be the date the task was claimed (YYYY-MM-DD, e.g. 2026-03-01) or true']],
    ['claimed: 3\n', ['lists/tasks/x.yaml:6:10 schema "claimed" must be the date the task was claimed (YYYY-MM-DD, e.g. 2026-03-01) or true']],
    ['postponed:\n  - from: 2026-06-30\n    reason: 审批\n    approved: 魏克鹏\n    date: 2026-06-20\n', []],
    ['postponed:\n  - from: 2026-06-30\n    reason: 审批\n    approved: 魏克鹏\n', []],
    ['postponed:\n  - from: 2026-06-30\n    reason: 审批\n    approved: 魏克鹏\n    date: 2026-6-20\n', ['lists/tasks/x.yaml:10:11 schema "date": "2026-6-20" is not a valid date; write YYYY-MM-DD (e.g. 2026-03-01), and the day must exist; did you mean 2026-06-20?']],
    ['postponed:\n  - from: 2026-06-30\n    reason: 审批\n    approved: 魏克鹏\n    date: true\n', ['lists/tasks/x.yaml:10:11 schema "date" should be a date (YYYY-MM-DD), not a boolean (true or false)']],
  ];
  it.each(cases)('%j', (body, expected) => {
    expect(itemFindings(body)).toEqual(expected);
  });

  it('says the same in Chinese', () => {
    expect(itemFindings('claimed: 3\n', 'zh-CN')).toEqual(['lists/tasks/x.yaml:6:10 schema “claimed”应为认领日期（YYYY-MM-DD，如 2026-03-01）或 true']);
    expect(itemFindings('claimed: yes\n', 'zh-CN')).toEqual(['lists/tasks/x.yaml:6:10 schema “claimed”应为认领日期（YYYY-MM-DD，如 2026-03-01）或 true（YAML 1.2 中“yes”是文本，请写 true 或 false）']);
  });
});

describe('assessment settings in wuzhong.yaml are bounded', () => {
  const withAssessment = (lines: string) => `${config}assessment:\n${lines}`;
  // [assessment lines, expected findings]
  const cases: [string, string[]][] = [
    ['  filingDay: 1\n', []],
    ['  filingDay: 28\n', []],
    ['  filingDay: 0\n', ['wuzhong.yaml:5:14 schema "filingDay" must be at least 1']],
    ['  filingDay: 29\n', ['wuzhong.yaml:5:14 schema "filingDay" must be at most 28']],
    ['  filingDay: 5.5\n', ['wuzhong.yaml:5:14 schema "filingDay" must be a whole number']],
    ['  planLeadDays: 0\n', []],
    ['  planLeadDays: 366\n', []],
    ['  planLeadDays: -1\n', ['wuzhong.yaml:5:17 schema "planLeadDays" must be at least 0']],
    ['  planLeadDays: 367\n', ['wuzhong.yaml:5:17 schema "planLeadDays" must be at most 366']],
    ['  planLeadDays: 7.5\n', ['wuzhong.yaml:5:17 schema "planLeadDays" must be a whole number']],
    ['  onTime: 100\n', []],
    ['  onTime: 100.5\n', ['wuzhong.yaml:5:11 schema "onTime" must be at most 100']],
    ['  stale: .inf\n', ['wuzhong.yaml:5:10 schema "stale" should be a number, not infinite or not a number (.inf, .nan)']],
    ['  earlyDays: 367\n', ['wuzhong.yaml:5:14 schema "earlyDays" must be at most 366']],
    ['  base: 1000\n  rewardAt: 1000\n', []],
    ['  base: 1000.5\n', ['wuzhong.yaml:5:9 schema "base" must be at most 1000']],
    ['  warnAt: -1001\n', ['wuzhong.yaml:5:11 schema "warnAt" must be at least -1000']],
    ['  approvers: [魏克鹏]\n', []],
    ['  approvers: [魏克鹏, "张威\\u200b"]\n', ['wuzhong.yaml:5:20 schema "approvers item 2": "张威\\u200b" contains the invisible character \\u200b (a zero-width, direction or other control/format character): it prints the same but is another name; remove it']],
  ];
  it.each(cases)('%j', (lines, expected) => {
    expect(configFindings(withAssessment(lines))).toEqual(expected);
  });
});

describe('assessments/M.yaml: adjustments bounded, amendments recorded', () => {
  const adj = (points: string) => `adjustments:\n  - unit: 产融城公司\n    points: ${points}\n    reason: 通报表扬\n`;
  const cases: [string, string[]][] = [
    [adj('100'), []],
    [adj('-100'), []],
    [adj('0.5'), []],
    [adj('100.5'), ['assessments/2026-10.yaml:3:13 schema "points" must be at most 100']],
    [adj('-100.5'), ['assessments/2026-10.yaml:3:13 schema "points" must be at least -100']],
    [adj('.inf'), ['assessments/2026-10.yaml:3:13 schema "points" should be a number, not infinite or not a number (.inf, .nan)']],
    [adj('-.inf'), ['assessments/2026-10.yaml:3:13 schema "points" should be a number, not infinite or not a number (.inf, .nan)']],
    [adj('.nan'), ['assessments/2026-10.yaml:3:13 schema "points" should be a number, not infinite or not a number (.inf, .nan)']],
    ['amendments:\n  - reason: 数据录入错误\n    approved: 魏克鹏\n    date: 2026-11-20\n', []],
    ['amendments:\n  - reason: 数据录入错误\n    approved: 魏克鹏\n', ['assessments/2026-10.yaml:2:5 schema the required field "date" is missing']],
    ['amendments:\n  - reason: ""\n    approved: 魏克鹏\n    date: 2026-11-20\n', ['assessments/2026-10.yaml:2:13 schema "reason" must not be empty']],
    ['amendments:\n  - reason: 更正\n    approved: 魏克鹏\n    date: 2026-11-31\n', ['assessments/2026-10.yaml:4:11 schema "date": "2026-11-31" is not a valid date; write YYYY-MM-DD (e.g. 2026-03-01), and the day must exist']],
    ['amendments:\n  - reason: 更正\n    approved: "魏克鹏\\u202e"\n    date: 2026-11-20\n', ['assessments/2026-10.yaml:3:15 schema "approved": "魏克鹏\\u202e" contains the invisible character \\u202e (a zero-width, direction or other control/format character): it prints the same but is another name; remove it']],
    ['amendments:\n  - reason: 更正\n    approved: 魏克鹏\n    date: 2026-11-20\n    by: 张威\n', ['assessments/2026-10.yaml:5:5 schema unknown field "by"']],
  ];
  it.each(cases)('%j', (text, expected) => {
    const found = assessmentFindings(text);
    expect(found).toHaveLength(expected.length);
    expected.forEach((e, i) => expect(found[i]).toContain(e));
  });
});

describe('names and titles: hidden characters and padding are schema errors, shown visibly', () => {
  // [field written in YAML (double-quoted escapes give the real character), expected position, the escape shown]
  const hidden: [string, string, string][] = [
    ['owner: "产融城公司\\u200b"', '3:8', '\\u200b'],
    ['owner: "产融\\u200d城公司"', '3:8', '\\u200d'],
    ['lead: "\\u202e魏克鹏"', '2:7', '\\u202e'],
    ['title: "名称\\ufeff"', '1:8', '\\ufeff'],
    ['title: "名称\\ue000"', '1:8', '\\ue000'],
    ['title: "名\\u0007称"', '1:8', '\\u0007'],
    ['title: "名\\t称"', '1:8', '\\u0009'],
    ['title: "名\\n称"', '1:8', '\\u000a'],
    ['owner: "产融城公司\\u00ad"', '3:8', '\\u00ad'],
  ];
  const replace = (field: string) => {
    const key = field.slice(0, field.indexOf(':'));
    return item.replace(new RegExp(`^${key}: .*$`, 'm'), field);
  };
  it.each(hidden)('%s', (field, pos, shown) => {
    const found = findings({ 'lists/tasks/x.yaml': replace(field) });
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(`lists/tasks/x.yaml:${pos} schema`);
    expect(found[0]).toContain(`contains the invisible character ${shown}`);
    const zh = findings({ 'lists/tasks/x.yaml': replace(field) }, 'zh-CN');
    expect(zh[0]).toContain(`含有看不见的字符 ${shown}`);
  });

  const padded: [string, string][] = [
    ['owner: "产融城公司\\u3000"', '产融城公司\\u3000'],
    ['owner: "\\u00a0产融城公司"', '\\u00a0产融城公司'],
    ['title: " 名称"', ' 名称'],
    ['lead: "魏克鹏 "', '魏克鹏 '],
  ];
  it.each(padded)('%s', (field, shown) => {
    const found = findings({ 'lists/tasks/x.yaml': replace(field) });
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(`"${shown}" has spaces at its start or end`);
    expect(findings({ 'lists/tasks/x.yaml': replace(field) }, 'zh-CN')[0]).toContain(`“${shown}”首尾有空格`);
  });

  it('checks every place a name or title appears', () => {
    const z = '"\\u200b"';
    const body =
      `partners: [${z.replace('"', '"铁北园区办')}]\n` +
      `postponed:\n  - from: 2026-06-30\n    reason: 审批\n    approved: ${z.replace('"', '"张威')}\n` +
      `milestones:\n  - title: ${z.replace('"', '"节点')}\n    due: 2026-06-30\n    owner: ${z.replace('"', '"铁北园区办')}\n` +
      `    postponed:\n      - from: 2026-05-30\n        reason: 审批\n        approved: ${z.replace('"', '"张威')}\n`;
    const found = itemFindings(body).map((f) => f.split(' schema ')[0]);
    expect(found).toEqual(['lists/tasks/x.yaml:6:12', 'lists/tasks/x.yaml:10:15', 'lists/tasks/x.yaml:12:12', 'lists/tasks/x.yaml:14:12', 'lists/tasks/x.yaml:18:19']);
    expect(assessmentFindings(`adjustments:\n  - unit: ${z.replace('"', '"产融城公司')}\n    points: 3\n    reason: 表扬\n`)).toEqual([
      'assessments/2026-10.yaml:2:11 schema "unit": "产融城公司\\u200b" contains the invisible character \\u200b (a zero-width, direction or other control/format character): it prints the same but is another name; remove it',
    ]);
  });

  it('the JSON Schemas refuse the same names (editors flag them as you type)', () => {
    const ajv = new Ajv({ strict: true });
    const check = ajv.compile(jsonSchemaOf(schemaSpec('tasks')));
    const data = (owner: string) => ({ ...(parse(item) as object), owner });
    expect(check(data('产融城公司'))).toBe(true);
    expect(check(data('产融城公司\u200b'))).toBe(false);
    expect(check(data('产融城公司\u3000'))).toBe(false);
    expect(check(data('产融 城公司'))).toBe(true);
  });
});

describe('units and leaders: look-alikes and NFC', () => {
  const cfg = (units: string, leaders = '[魏克鹏]') => `zone: Z\nunits: ${units}\nleaders: ${leaders}\n`;
  // [units, leaders, expected findings]
  const cases: [string, string, string[]][] = [
    ['[建设局, "建设局\\u200b"]', '[魏克鹏]', ['wuzhong.yaml:2:14 schema "units item 2": "建设局\\u200b" contains the invisible character \\u200b (a zero-width, direction or other control/format character): it prints the same but is another name; remove it']],
    ['[ABC办, ＡＢＣ办]', '[魏克鹏]', ['wuzhong.yaml:2:15 schema "ＡＢＣ办" in "units" differs from "ABC办" only in full-width/half-width forms, letter case or spaces, so the two read as one name; keep one']],
    ['[Office, office]', '[魏克鹏]', ['wuzhong.yaml:2:17 schema "office" in "units" differs from "Office" only in full-width/half-width forms, letter case or spaces, so the two read as one name; keep one']],
    ['[产融城公司, 产融城 公司]', '[魏克鹏]', ['wuzhong.yaml:2:16 schema "产融城 公司" in "units" differs from "产融城公司" only in full-width/half-width forms, letter case or spaces, so the two read as one name; keep one']],
    ['[甲]', '[张威, "张\\u3000威"]', ['wuzhong.yaml:3:15 schema "张\\u3000威" in "leaders" differs from "张威" only in full-width/half-width forms, letter case or spaces, so the two read as one name; keep one']],
    ['[建设局, 建设局]', '[魏克鹏]', ['wuzhong.yaml:2:14 schema "建设局" appears twice in "units"']],
    ['["Caf\\u00e9办", "Cafe\\u0301办"]', '[魏克鹏]', ['wuzhong.yaml:2:23 schema "Cafe\u0301办" appears twice in "units"']],
    ['[Straße办, STRASSE办]', '[魏克鹏]', ['wuzhong.yaml:2:18 schema "STRASSE办" in "units" differs from "Straße办" only in full-width/half-width forms, letter case or spaces, so the two read as one name; keep one']],
    ['[建设局, 建设厅]', '[魏克鹏, 张威]', []],
  ];
  it.each(cases)('units %s leaders %s', (units, leaders, expected) => {
    expect(configFindings(cfg(units, leaders))).toEqual(expected);
  });

  it('says so in Chinese', () => {
    expect(configFindings(cfg('[ABC办, ＡＢＣ办]'), 'zh-CN')).toEqual(['wuzhong.yaml:2:15 schema “units”中“ＡＢＣ办”与“ABC办”只差全角半角、大小写或空格，看起来是同一个名称：请只保留一个']);
  });

  it('an owner written in NFD refers to the unit written in NFC, and scores there', () => {
    const zone = buildZone([
      { path: 'wuzhong.yaml', bytes: enc(cfg('["Caf\\u00e9办"]')) },
      { path: 'lists/tasks/x.yaml', bytes: enc(item.replace('owner: 产融城公司', 'owner: "Cafe\\u0301办"')) },
    ]);
    expect(zone.diagnostics).toEqual([]);
    expect(zone.items[0]!.data.owner).toBe('Caf\u00e9办');
    expect(zone.config!.units).toEqual(['Caf\u00e9办']);
  });

  it('titles are compared after NFC: the same title in NFC and NFD is a duplicate milestone', () => {
    const zone = buildZone([
      { path: 'wuzhong.yaml', bytes: enc(config) },
      { path: 'lists/tasks/x.yaml', bytes: enc(`${item}milestones:\n  - title: "R\\u00e9forme"\n    due: 2026-06-30\n  - title: "Re\\u0301forme"\n    due: 2026-07-30\n`) },
    ]);
    expect(zone.items[0]!.data.milestones!.map((m) => m.title)).toEqual(['R\u00e9forme', 'R\u00e9forme']);
  });
});

describe('helpers: visible, look-alike key', () => {
  it.each([
    ['建设局\u200b', '建设局\\u200b'],
    ['a b', 'a b'],
    ['a\u3000b', 'a\\u3000b'],
    ['\u{F0000}x', '\\u{f0000}x'],
    ['\u202eabc', '\\u202eabc'],
  ])('visible(%j) = %j', (input, out) => expect(visible(input)).toBe(out));

  it.each([
    ['ＡＢＣ', 'abc'],
    ['A B\u3000C', 'abc'],
    ['Straße', 'strasse'],
    ['ẞ', 'ss'],
    ['建设局\u200b', '建设局'],
    ['①号楼', '1号楼'],
  ])('lookalikeKey(%j) = %j', (input, out) => expect(lookalikeKey(input)).toBe(out));
});

describe('helpers: plan, claim and settled dates', () => {
  const it0 = (data: Record<string, unknown>) => ({ data: { title: 't', lead: 'l', owner: 'o', start: '2026-01-10', due: '2026-12-31', ...data } }) as unknown as Pick<Item, 'data'>;
  it('plannedDate: the milestone planned date, else the item start', () => {
    expect(plannedDate(it0({}), { title: 'm', due: '2026-05-01', planned: '2026-03-01' })).toBe('2026-03-01');
    expect(plannedDate(it0({}), { title: 'm', due: '2026-05-01' })).toBe('2026-01-10');
  });
  it.each([
    [undefined, undefined],
    [false, undefined],
    [true, '2026-01-10'],
    ['2026-04-02', '2026-04-02'],
  ])('claimDate(claimed: %j) = %j', (claimed, expected) => {
    expect(claimDate(it0(claimed === undefined ? {} : { claimed }))).toBe(expected);
  });
  // Month M is settled as of A when A is after M+1's filing day.
  it.each([
    ['2026-10', '2026-11-05', 5, false],
    ['2026-10', '2026-11-06', 5, true],
    ['2026-10', '2026-10-31', 5, false],
    ['2026-10', '2027-01-01', 5, true],
    ['2026-10', '2026-11-28', 28, false],
    ['2026-10', '2026-11-29', 28, true],
    ['2026-10', '2026-11-01', 1, false],
    ['2026-10', '2026-11-02', 1, true],
    ['2026-12', '2027-01-05', 5, false],
    ['2026-12', '2027-01-06', 5, true],
  ] as const)('isSettled(%s, as of %s, filing day %i) = %s', (month, asOf, day, expected) => {
    expect(isSettled(month, asOf, day)).toBe(expected);
  });
  it('filingDate is day filingDay of the next month', () => {
    expect(filingDate('2026-12', 5)).toBe('2027-01-05');
    expect(filingDate('2026-02', 28)).toBe('2026-03-28');
  });
});
