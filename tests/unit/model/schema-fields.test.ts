import { renderDiagnostic } from '../../../src/model/diagnostic.js';
import { describe, expect, it } from 'vitest';
import { buildZone } from '../../../src/load/build.js';

const enc = (s: string) => new TextEncoder().encode(s);
const config = 'zone: Z\nunits: [产融城公司, 铁北园区办]\nleaders: [魏克鹏]\n';
const common = 'title: 名称\nlead: 魏克鹏\nowner: 产融城公司\nstart: 2026-01-01\ndue: 2026-12-31\n';
const extra: Record<string, string> = {
  enterprises: 'company: 健民集团叶开泰国药（随州）有限公司\n',
  investments: 'investor: 武汉识明新能源科技有限公司\nstage: signed\n',
  projects: 'investment: 150000\nmilestones:\n  - title: 一期竣工投产\n    due: 2026-11-30\n',
  reforms: '',
  tasks: '',
};

function schemaFindings(list: string, body: string) {
  const zone = buildZone([{ path: 'wuzhong.yaml', bytes: enc(config) }, { path: `lists/${list}/x.yaml`, bytes: enc(body) }]);
  return zone.diagnostics.map((x) => renderDiagnostic(x, 'en')).map((d) => ({ rule: d.rule, line: d.line, column: d.column, message: d.message }));
}

describe('each list accepts its minimal valid item', () => {
  it.each(Object.keys(extra))('%s', (list) => {
    expect(schemaFindings(list, common + extra[list])).toEqual([]);
  });
});

// [list, appended or replacing text, expected line, column, message fragment]
const invalid: [string, string, number, number, string][] = [
  ['tasks', 'deu: 2026-12-31\n', 6, 1, 'unknown field "deu"; did you mean "due"?'],
  ['tasks', 'status: finished\n', 6, 9, '"status": "finished" is not allowed; choose one of: active / done / cancelled'],
  ['tasks', 'closed: 2026-02-30\n', 6, 9, '"closed": "2026-02-30" is not a valid date'],
  ['tasks', 'claimed: yes\n', 6, 10, '"claimed" must be the date the task was claimed (YYYY-MM-DD, e.g. 2026-03-01) or true (in YAML 1.2 "yes" is text; write true or false)'],
  ['tasks', 'closed:\n', 6, 1, '"closed" should be a date (YYYY-MM-DD), not empty (an optional field you do not fill in yet: delete the line or comment it out with #)'],
  ['tasks', 'updates:\n  - month: 2026-10\n    text: 进展\n    percent: 60%\n', 9, 14, '"percent" should be a number, not text (no % sign after the number: write 60)'],
  ['tasks', 'closed: 2026-9-3\n', 6, 9, 'is not a valid date; write YYYY-MM-DD (e.g. 2026-03-01), and the day must exist; did you mean 2026-09-03?'],
  ['tasks', 'partners: 铁北园区办\n', 6, 11, '"partners" should be a list, not text'],
  ['tasks', 'tags: [""]\n', 6, 8, '"tags item 1" must not be empty'],
  ['tasks', 'partners: [铁北园区办, "产融城公司 "]\n', 6, 19, '"partners item 2": "产融城公司 " has spaces at its start or end'],
  ['tasks', 'links: [Projects/X]\n', 6, 9, 'the link "Projects/X" must be <list>/<id>'],
  ['tasks', 'summary: 12\n', 6, 10, '"summary" should be text, not a number'],
  ['tasks', 'postponed:\n  - from: 2026-06-30\n    reason: 铁路审批\n', 7, 5, 'the required field "approved" is missing'],
  ['tasks', 'targets:\n  - name: 供热管网\n    unit: 公里\n    goal: 0\n', 9, 11, '"goal" must be greater than 0'],
  ['tasks', 'targets:\n  - name: 供热管网\n    unit: 公里\n    goal: 50\n    actual: -1\n', 10, 13, '"actual" must be at least 0'],
  ['tasks', 'milestones:\n  - title: 法律清算\n    due: 2026-3-1\n', 8, 10, '"due": "2026-3-1" is not a valid date'],
  ['tasks', 'milestones:\n  - title: 法律清算\n    due: 2026-03-01\n    dnoe: 2026-03-01\n', 9, 5, 'unknown field "dnoe"; did you mean "done"?'],
  ['tasks', 'updates:\n  - month: 2026-13\n    text: 进展\n', 7, 12, '"month": "2026-13" is not a valid month'],
  ['tasks', 'updates:\n  - month: 2026-10\n    text: 进展\n    percent: 101\n', 9, 14, '"percent" must be at most 100'],
  ['tasks', 'updates:\n  - month: 2026-10\n    text: ""\n', 8, 11, '"text" must not be empty'],
  ['tasks', 'problems:\n  - raised: 2026-10-01\n', 7, 5, 'the required field "text" is missing'],
  ['enterprises', '', 1, 1, 'the required field "company" is missing'],
  ['investments', 'investor: 犇星\nstage: contract\n', 7, 8, '"stage": "contract" is not allowed'],
  ['investments', 'investor: 犇星\nstage: lead\namount: -5\n', 8, 9, '"amount" must be at least 0'],
  ['projects', 'investment: 0\nmilestones: []\n', 6, 13, '"investment" must be greater than 0'],
  ['projects', 'investment: 100\nmilestones: []\n', 7, 13, '"milestones" needs at least 1 entry'],
  ['projects', 'investment: 100\n', 1, 1, 'the required field "milestones" is missing'],
  ['projects', 'investment: 100\nmilestones: [{title: a, due: 2026-05-01}]\nland: 0\n', 8, 7, '"land" must be greater than 0'],
  ['reforms', 'goal: ""\n', 6, 7, '"goal" must not be empty'],
  ['projects', `${extra.projects}updates:\n  - month: 2026-10\n    text: 进展\n    invested: -1\n`, 13, 15, '"invested" must be at least 0'],
  ['investments', `${extra.investments}updates:\n  - month: 2026-10\n    text: 进展\n    funds: 万元\n`, 11, 12, '"funds" should be a number'],
  ['tasks', 'updates:\n  - month: 2026-10\n    text: 进展\n    invested: 100\n', 9, 5,
    'unknown field "invested": investment completed this year belongs only in the monthly updates of projects'],
  ['projects', `${extra.projects}updates:\n  - month: 2026-10\n    text: 进展\n    funds: 100\n`, 13, 5,
    'unknown field "funds": funds in place belongs only in the monthly updates of investments'],
];

describe('monthly figures in updates (docs/fields.md)', () => {
  it('a project update may carry invested, an investment update funds, both at least 0', () => {
    const update = (figure: string) => `updates:\n  - month: 2026-10\n    text: 进展\n    ${figure}\n`;
    expect(schemaFindings('projects', common + extra.projects + update('invested: 0'))).toEqual([]);
    expect(schemaFindings('projects', common + extra.projects + update('invested: 12500.5'))).toEqual([]);
    expect(schemaFindings('investments', common + extra.investments + update('funds: 3000'))).toEqual([]);
  });

  it('names the list a figure belongs to, in Chinese too', () => {
    const zone = buildZone([
      { path: 'wuzhong.yaml', bytes: enc(config) },
      { path: 'lists/reforms/x.yaml', bytes: enc(`${common}updates:\n  - month: 2026-10\n    text: 进展\n    funds: 1\n`) },
    ]);
    expect(zone.diagnostics.map((d) => renderDiagnostic(d, 'zh-CN').message)).toEqual([
      '未知字段“funds”：累计到位资金只能写在重大招商（investments）的月度进展中',
    ]);
  });
});

describe('schema rejects bad fields with a positioned message', () => {
  it.each(invalid)('%s + %j', (list, body, line, column, fragment) => {
    const found = schemaFindings(list, common + body);
    expect(found).toContainEqual({ rule: 'schema', line, column, message: expect.stringContaining(fragment) });
  });

  it('a missing top-level key points at line 1 column 1 even after comments; a nested one at its mapping', () => {
    expect(schemaFindings('tasks', '# 说明\n# 第二行\ntitle: 名称\nlead: 魏克鹏\nowner: 产融城公司\nstart: 2026-01-01\n')).toEqual([
      { rule: 'schema', line: 1, column: 1, message: 'the required field "due" is missing' },
    ]);
    expect(schemaFindings('tasks', `${common}milestones:\n  - title: 法律清算\n`)).toEqual([
      { rule: 'schema', line: 7, column: 5, message: 'the required field "due" is missing' },
    ]);
  });

  it('a missing required key points at the top of the file', () => {
    expect(schemaFindings('tasks', 'title: 名称\nlead: 魏克鹏\nowner: 产融城公司\nstart: 2026-01-01\n')).toEqual([
      { rule: 'schema', line: 1, column: 1, message: 'the required field "due" is missing' },
    ]);
  });
});

describe('wuzhong.yaml and assessments', () => {
  const run = (files: Record<string, string>) =>
    buildZone(Object.entries(files).map(([path, text]) => ({ path, bytes: enc(text) }))).diagnostics.map((x) => renderDiagnostic(x, 'en')).map((d) => `${d.file}:${d.line}:${d.column} ${d.rule} ${d.message}`);

  it('rejects unknown keys, bad enums, empty unit lists and bad time zones', () => {
    expect(run({ 'wuzhong.yaml': 'zone: Z\nunits: []\nleaders: [a]\ncalender: cn\n' })).toEqual([
      'wuzhong.yaml:2:8 schema "units" needs at least 1 entry',
      'wuzhong.yaml:4:1 schema unknown field "calender"; did you mean "calendar"?',
    ]);
    expect(run({ 'wuzhong.yaml': 'zone: Z\nunits: [a]\nleaders: [b]\ntimezone: Asia/Suizhou\ncalendar: china\n' })).toEqual([
      'wuzhong.yaml:4:11 schema the time zone "Asia/Suizhou" is not valid; use an IANA name such as Asia/Shanghai (abbreviations like CST are ambiguous)',
      'wuzhong.yaml:5:11 schema "calendar": "china" is not allowed; choose one of: cn / weekends / none',
    ]);
    expect(run({ 'wuzhong.yaml': 'zone: Z\nunits: [a]\nleaders: [b]\ntimezone: CST\n' })).toEqual([
      'wuzhong.yaml:4:11 schema the time zone "CST" is not valid; use an IANA name such as Asia/Shanghai (abbreviations like CST are ambiguous)',
    ]);
    expect(run({ 'wuzhong.yaml': 'zone: Z\nunits: [a]\nleaders: [b]\ntimezone: UTC\n' })).toEqual([]);
    expect(run({ 'wuzhong.yaml': 'zone: Z\nunits: [a]\nleaders: [b]\nassessment:\n  ontime: 5\n' })).toEqual([
      'wuzhong.yaml:5:3 schema unknown field "ontime"; did you mean "onTime"?',
    ]);
  });

  it('refuses names with invisible spaces at either end, which would make a second, look-alike name', () => {
    expect(run({ 'wuzhong.yaml': 'zone: Z\nunits: [产融城公司, "产融城公司 "]\nleaders: ["魏克鹏\u3000"]\n' })).toEqual([
      'wuzhong.yaml:2:16 schema "units item 2": "产融城公司 " has spaces at its start or end (perhaps an invisible full-width space); remove them',
      'wuzhong.yaml:3:11 schema "leaders item 1": "魏克鹏\\u3000" has spaces at its start or end (perhaps an invisible full-width space); remove them',
    ]);
  });

  it('refuses contradictions: a reward line below the warning line, a day both holiday and workday', () => {
    expect(run({ 'wuzhong.yaml': 'zone: Z\nunits: [a]\nleaders: [b]\nholidays: [2026-12-14]\nworkdays: [2026-12-12, 2026-12-14]\nassessment:\n  rewardAt: 90\n' })).toEqual([
      'wuzhong.yaml:7:13 schema rewardAt is below warnAt: one score would be both rewarded and called in',
      'wuzhong.yaml:5:24 schema 2026-12-14 is listed in both holidays and workdays; keep one',
    ]);
    expect(run({ 'wuzhong.yaml': 'zone: Z\nunits: [a]\nleaders: [b]\nassessment:\n  rewardAt: 95\n' })).toEqual([]);
  });

  it('flags every repeated unit or leader, even when other keys are wrong too', () => {
    expect(run({ 'wuzhong.yaml': 'zone: Z\nunits: [甲, 乙, 甲, 甲]\nleaders: [张]\ncalender: cn\n' })).toEqual([
      'wuzhong.yaml:2:15 schema "甲" appears twice in "units"',
      'wuzhong.yaml:2:18 schema "甲" appears twice in "units"',
      'wuzhong.yaml:4:1 schema unknown field "calender"; did you mean "calendar"?',
    ]);
  });

  it('checks adjustment entries and assessment file names', () => {
    expect(run({ 'wuzhong.yaml': config, 'assessments/2026-10.yaml': 'adjustments:\n  - unit: 产融城公司\n    points: 三\n    reason: 表扬\n', 'assessments/2026-13.yaml': 'adjustments: []\n' })).toEqual([
      'assessments/2026-10.yaml:3:13 schema "points" should be a number, not text',
      'assessments/2026-13.yaml:1:1 path the assessment file "2026-13.yaml" must be named YYYY-MM.yaml, e.g. 2026-10.yaml',
    ]);
  });
});
