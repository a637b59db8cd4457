import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { makeCalendar } from '../../../src/model/calendar.js';
import { jsonSchemaOf, schemaSpec } from '../../../src/model/json-schema.js';
import { LISTS } from '../../../src/model/fields.js';
import { defaultDue } from '../../../src/scaffold/item.js';
import { minimalConfig, runBin, runCli, tempDir, writeTree } from '../../helpers.js';

const NOW = '2026-11-26T04:00:00Z'; // 2026-11-26 in Asia/Shanghai
const zone = async () => {
  const dir = tempDir();
  await runCli(['init', dir, '--zone', '测试高新区']);
  return dir;
};
const check = async (dir: string, now = NOW) => {
  const r = await runCli(['--repo', dir, 'check', '--format', 'json'], { now });
  type Found = { rule: string; severity: string; message: string };
  const json = JSON.parse(r.stdout) as { asOf: string; diagnostics: Found[] };
  return { code: r.code, json };
};
const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();

describe('wuzhong new', () => {
  it('writes an item for each of the five lists that check accepts without a single finding', async () => {
    const dir = await zone();
    for (const list of LISTS) {
      const r = await runCli(['new', list, `first-${list}`], { cwd: join(dir, 'lists'), now: NOW });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`lists/${list}/first-${list}.yaml`);
    }
    const { code, json } = await check(dir);
    expect(json.asOf).toBe('2026-11-26');
    expect(json.diagnostics).toEqual([]);
    expect(code).toBe(0);
  });

  it('fills every required key, a schema modeline, start = today in the zone and a working-day due', async () => {
    const dir = await zone();
    const ajv = new Ajv({ strict: true });
    ajv.addFormat('date', true);
    for (const list of LISTS) {
      await runCli(['new', list, 'x', '--title', '随州 项目: 一期', '--owner', '经济发展局', '--lead', '李四'], { cwd: dir, now: NOW });
      const text = readFileSync(join(dir, 'lists', list, 'x.yaml'), 'utf8');
      expect(text.split('\n')[0]).toBe(`# yaml-language-server: $schema=../../schemas/${list}.schema.json`);
      expect(existsSync(join(dir, 'lists', list, '../../schemas', `${list}.schema.json`))).toBe(true);
      const data = parse(text, { schema: 'core' });
      expect(data).toMatchObject({ title: '随州 项目: 一期', owner: '经济发展局', lead: '李四', start: '2026-11-26', due: '2026-12-31' });
      const validate = ajv.compile(jsonSchemaOf(schemaSpec(list)));
      expect(validate(data), `${list}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
    const project = parse(readFileSync(join(dir, 'lists/projects/x.yaml'), 'utf8'), { schema: 'core' });
    expect(project.milestones).toEqual([{ title: '开工建设', due: '2026-12-31', planned: '2026-11-26' }]);
    expect(project.investment).toBeGreaterThan(0);
    expect(parse(readFileSync(join(dir, 'lists/investments/x.yaml'), 'utf8'), { schema: 'core' })).toMatchObject({ stage: 'lead', investor: expect.any(String) });
    expect(parse(readFileSync(join(dir, 'lists/enterprises/x.yaml'), 'utf8'), { schema: 'core' }).company).toBe('随州 项目: 一期');
    expect((await check(dir)).json.diagnostics).toEqual([]);
  });

  it('takes owner and lead from wuzhong.yaml by default and says so in a comment', async () => {
    const dir = writeTree({ 'wuzhong.yaml': minimalConfig });
    expect((await runCli(['--repo', dir, 'new', 'tasks', 'a'], { now: NOW })).code).toBe(0);
    const text = readFileSync(join(dir, 'lists/tasks/a.yaml'), 'utf8');
    expect(text).toMatch(/^lead: 魏克鹏 {2}# .*请按实际修改$/m);
    expect(text).toMatch(/^owner: 产融城公司 {2}# .*请按实际修改$/m);
  });

  it('uses the zone time zone for start, and from December on gives a year to finish', async () => {
    const dir = await zone();
    // 2026-12-31 16:30 UTC is already 2027-01-01 in Asia/Shanghai.
    await runCli(['new', 'tasks', 'new-year'], { cwd: dir, now: '2026-12-31T16:30:00Z' });
    const a = parse(readFileSync(join(dir, 'lists/tasks/new-year.yaml'), 'utf8'), { schema: 'core' });
    expect(a).toMatchObject({ start: '2027-01-01', due: '2027-12-31' });
    await runCli(['new', 'projects', 'december'], { cwd: dir, now: '2026-12-10T04:00:00Z' });
    const b = parse(readFileSync(join(dir, 'lists/projects/december.yaml'), 'utf8'), { schema: 'core' });
    expect(b).toMatchObject({ start: '2026-12-10', due: '2027-12-31' });
    expect((await check(dir, '2027-01-01T04:00:00Z')).json.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('moves the due date off a configured holiday', async () => {
    const dir = writeTree({ 'wuzhong.yaml': `${minimalConfig}holidays: [2026-12-31]\n` });
    await runCli(['--repo', dir, 'new', 'reforms', 'r'], { now: NOW });
    expect(parse(readFileSync(join(dir, 'lists/reforms/r.yaml'), 'utf8'), { schema: 'core' }).due).toBe('2026-12-30');
    expect((await check(dir)).json.diagnostics).toEqual([]);
  });

  it.each([
    ['an unknown list, suggesting the nearest', ['new', 'project', 'a'], '是不是“projects”'],
    ['an invalid id', ['new', 'tasks', 'Bad_Id'], '编号“Bad_Id”无效'],
    ['an id with a file extension', ['new', 'tasks', 'a.yaml'], '编号“a.yaml”无效'],
    ['an unknown owner', ['new', 'tasks', 'a', '--owner', '经济发展'], '是不是“经济发展局”'],
    ['an unknown lead', ['new', 'tasks', 'a', '--lead', '王五'], '“王五”不是 wuzhong.yaml 中登记的领导'],
    ['an empty title', ['new', 'tasks', 'a', '--title', ' '], '--title 不能为空'],
  ])('exits 2 and writes nothing for %s', async (_what, args, message) => {
    const dir = await zone();
    const before = filesUnder(dir);
    const r = await runCli(args, { cwd: dir, now: NOW });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stdout).toBe('');
    expect(filesUnder(dir)).toEqual(before);
  });

  it('plans milestones today and dates its examples, so the uncommented examples pass check too', async () => {
    const dir = await zone();
    await runCli(['new', 'tasks', 'a'], { cwd: dir, now: NOW });
    const file = join(dir, 'lists/tasks/a.yaml');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('# claimed: 2026-11-26');
    expect(text).toContain('#     date: 2026-11-26');
    // Uncomment the milestone example: it enters the plan today, like a milestone added in a pull request.
    const uncommented = text.replace(/^# (milestones:.*\n)# ( {2}- title: .*\n)# ( {4}due: .*\n)# ( {4}planned: .*\n)/m, '$1$2$3$4');
    expect(uncommented).not.toBe(text);
    writeFileSync(file, uncommented);
    expect(parse(uncommented, { schema: 'core' }).milestones).toEqual([{ title: '第一个节点', due: '2026-12-31', planned: '2026-11-26' }]);
    expect((await check(dir)).json.diagnostics).toEqual([]);
  });

  it('refuses a title with a hidden character (exit 2, shown visibly) and matches names after NFC', async () => {
    const dir = writeTree({ 'wuzhong.yaml': 'zone: 甲\nunits: [Caf\u00e9办]\nleaders: [张威]\n' });
    const r = await runCli(['--repo', dir, 'new', 'tasks', 'a', '--title', '名称\u200b'], { now: NOW });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--title 的值“名称\\u200b”含有看不见的字符 \\u200b');
    const en = await runCli(['--repo', dir, '--lang', 'en', 'new', 'tasks', 'a', '--title', '\u202e名称'], { now: NOW });
    expect(en.stderr).toContain('--title "\\u202e名称" contains the invisible character \\u202e');
    expect(existsSync(join(dir, 'lists/tasks/a.yaml'))).toBe(false);
    const nfd = await runCli(['--repo', dir, 'new', 'tasks', 'a', '--owner', 'Cafe\u0301办', '--title', 'Re\u0301forme'], { now: NOW });
    expect(nfd.code).toBe(0);
    expect(parse(readFileSync(join(dir, 'lists/tasks/a.yaml'), 'utf8'), { schema: 'core' })).toMatchObject({ owner: 'Caf\u00e9办', title: 'R\u00e9forme' });
    expect((await check(dir)).json.diagnostics).toEqual([]);
  });

  it('exits 2 for an existing item, .yaml or .yml, and leaves it alone', async () => {
    const dir = await zone();
    writeFileSync(join(dir, 'lists/tasks/a.yml'), 'mine\n');
    const r = await runCli(['new', 'tasks', 'a'], { cwd: dir, now: NOW });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('lists/tasks/a.yml 已存在');
    expect(existsSync(join(dir, 'lists/tasks/a.yaml'))).toBe(false);
    await runCli(['new', 'tasks', 'b'], { cwd: dir, now: NOW });
    writeFileSync(join(dir, 'lists/tasks/b.yaml'), 'title: 我的\n');
    expect((await runCli(['--lang', 'en', 'new', 'tasks', 'b'], { cwd: dir, now: NOW })).stderr).toContain('lists/tasks/b.yaml already exists');
    expect(readFileSync(join(dir, 'lists/tasks/b.yaml'), 'utf8')).toBe('title: 我的\n');
  });

  it('exits 2 outside a zone repo and 1 when wuzhong.yaml is broken', async () => {
    const outside = await runCli(['new', 'tasks', 'a'], { cwd: tempDir(), now: NOW });
    expect(outside.code).toBe(2);
    expect(outside.stderr).toContain('找不到园区仓库');
    const broken = writeTree({ 'wuzhong.yaml': 'zone: 甲\nunits: []\n' });
    const r = await runCli(['--repo', broken, 'new', 'tasks', 'a'], { now: NOW });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('wuzhong check');
    expect(existsSync(join(broken, 'lists'))).toBe(false);
  });

  it('follows the zone locale and hints at missing schemas', async () => {
    const dir = writeTree({ 'wuzhong.yaml': `${minimalConfig}locale: en\n` });
    const r = await runCli(['--repo', dir, 'new', 'tasks', 'a'], { now: NOW });
    expect(r.stdout).toContain('Created lists/tasks/a.yaml (Key work, start 2026-11-26, due 2026-12-31)');
    expect(r.stdout).toContain('schemas/tasks.schema.json is missing');
  });

  it('works through the built bin', () => {
    const dir = tempDir();
    expect(runBin(['init'], { cwd: dir }).code).toBe(0);
    const r = runBin(['new', 'projects', 'bin-made', '--title', '智慧供应链产业园'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(runBin(['check'], { cwd: dir }).code).toBe(0);
  });
});

describe('defaultDue', () => {
  const weekends = makeCalendar('weekends');

  it('is the last working day of the year, never before start', () => {
    expect(defaultDue('2027-03-01', weekends)).toBe('2027-12-31'); // a Friday
    expect(defaultDue('2028-03-01', weekends)).toBe('2028-12-29'); // 12-31 is a Sunday
    expect(defaultDue('2028-12-05', weekends)).toBe('2029-12-31');
    expect(defaultDue('2026-06-01', makeCalendar('none'))).toBe('2026-12-31');
  });

  it('skips weekends and holidays under the cn calendar', () => {
    expect(defaultDue('2023-03-01', makeCalendar('cn'))).toBe('2023-12-29'); // 12-30 and 12-31 are a weekend
    expect(defaultDue('2026-03-01', makeCalendar('cn', ['2026-12-31', '2026-12-30']))).toBe('2026-12-29');
  });
});
