import { lstatSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, writeTree } from '../../helpers.js';

// The slips a unit's clerk really makes, each with the advice that names the cause, at the right place,
// in both languages.
const CONFIG = 'zone: 测试高新区\ncalendar: none\nunits: [产融城公司, 铁北园区办, 建设局, 经济发展局, "true", "123", "null"]\nleaders: [魏克鹏, 张威]\n';
const HEAD = 'title: 甲\nlead: 魏克鹏\nowner: 产融城公司\nstart: 2026-11-01\ndue: 2026-12-31\n';

interface Finding { file: string; line: number; column: number; severity: string; rule: string; message: string }

async function findings(files: Record<string, string>, lang: 'zh-CN' | 'en', dir?: string): Promise<Finding[]> {
  const root = dir ?? writeTree({ 'wuzhong.yaml': CONFIG, ...files });
  const r = await runCli(['--repo', root, '--lang', lang, 'check', '--as-of', '2026-11-26', '--format', 'json']);
  expect(r.stderr).toBe('');
  return (JSON.parse(r.stdout) as { diagnostics: (Finding & { endColumn?: number })[] }).diagnostics.map(
    ({ file, line, column, severity, rule, message }) => ({ file, line, column, severity, rule, message }),
  );
}

type Case = [
  name: string, file: string, text: string, at: { line: number; column: number; severity?: string; rule: string },
  zh: string, en: string,
];

const cases: Case[] = [
  ['a merge conflict left in the file', 'lists/tasks/a.yaml', `${HEAD}<<<<<<< HEAD\ngoal: 甲\n=======\ngoal: 乙\n>>>>>>> feature\n`,
    { line: 6, column: 1, rule: 'yaml' },
    '文件中留有未解决的合并冲突（“<<<<<<<”标记）：保留应有的内容，删去 <<<<<<<、=======、>>>>>>> 三行标记和不要的一方',
    'an unresolved merge conflict is left in the file (the "<<<<<<<" marker): keep the right content and delete the <<<<<<<, ======= and >>>>>>> lines and the side you do not want'],
  ['a full-width space after a colon', 'lists/tasks/a.yaml', HEAD.replace('lead: ', 'lead:\u3000'),
    { line: 2, column: 6, rule: 'yaml' },
    '冒号后面是全角空格“　”：请改为半角空格（键: 值）',
    'a full-width space "　" follows the colon: use an ASCII space (key: value)'],
  ['a full-width comma inside a flow list', 'lists/tasks/a.yaml', `${HEAD}partners: [建设局，经济发展局]\n`,
    { line: 6, column: 12, rule: 'ref' },
    '“建设局，经济发展局”中用了全角逗号：方括号里的各项要用半角逗号加空格分开，请写成 [建设局, 经济发展局]',
    '"建设局，经济发展局" uses a full-width comma: separate the items in brackets with an ASCII comma and a space: [建设局, 经济发展局]'],
  ['-title: without a space', 'lists/tasks/a.yaml', `${HEAD}milestones:\n  -title: 方案\n    due: 2026-12-15\n`,
    { line: 7, column: 3, rule: 'yaml' },
    '“-”后面缺少空格：列表项应写成“- title: …”（短横线后加一个空格）',
    'no space after "-": write a list item as "- title: …" (a space after the dash)'],
  ['a deleted milestones: line', 'lists/tasks/a.yaml', `${HEAD}  - title: 方案\n    due: 2026-12-15\n  - title: 实施\n    due: 2026-12-31\n`,
    { line: 6, column: 3, rule: 'yaml' },
    '这几行列表项没有所属的键：上面缺少一行“milestones:”（可能被误删了），请在列表前补上',
    'these list items belong to no key: a line "milestones:" is missing above them (deleted by mistake?); add it before the list'],
  ['a deleted updates: line', 'lists/tasks/a.yaml', `${HEAD}  - month: 2026-11\n    text: 进展\n`,
    { line: 6, column: 3, rule: 'yaml' },
    '这几行列表项没有所属的键：上面缺少一行“updates:”（可能被误删了），请在列表前补上',
    'these list items belong to no key: a line "updates:" is missing above them (deleted by mistake?); add it before the list'],
  ['money in 亿元', 'lists/projects/a.yaml', `${HEAD}investment: 15亿元\nmilestones:\n  - title: 方案\n    due: 2026-12-15\n`,
    { line: 6, column: 13, rule: 'schema' },
    '“investment”应为数字，实际是文本（该字段以万元为单位，只写数字：150000）',
    '"investment" should be a number, not text (this field is in 万元 (10,000 yuan): write the number only, 150000)'],
  ['money in 亿 with a decimal', 'lists/projects/a.yaml', `${HEAD}investment: 2.5亿\nmilestones:\n  - title: 方案\n    due: 2026-12-15\n`,
    { line: 6, column: 13, rule: 'schema' },
    '“investment”应为数字，实际是文本（该字段以万元为单位，只写数字：25000）',
    '"investment" should be a number, not text (this field is in 万元 (10,000 yuan): write the number only, 25000)'],
  ['money in 万元', 'lists/investments/a.yaml', `${HEAD}investor: 某公司\nstage: talks\namount: 3000万元\n`,
    { line: 8, column: 9, rule: 'schema' },
    '“amount”应为数字，实际是文本（该字段以万元为单位，只写数字：3000）',
    '"amount" should be a number, not text (this field is in 万元 (10,000 yuan): write the number only, 3000)'],
  ['land in 亩', 'lists/projects/a.yaml', `${HEAD}investment: 1000\nland: 438亩\nmilestones:\n  - title: 方案\n    due: 2026-12-15\n`,
    { line: 7, column: 7, rule: 'schema' },
    '“land”应为数字，实际是文本（占地以亩为单位，只写数字：438）',
    '"land" should be a number, not text (land is in 亩 (mu): write the number only, 438)'],
  ['a # inside a plain text value', 'lists/tasks/a.yaml', HEAD.replace('title: 甲', 'title: 甲 #1号楼'),
    { line: 1, column: 10, severity: 'warning', rule: 'comment-in-text' },
    '“title”的值只读到“甲”：“ #”及其后的“1号楼”被当作注释丢掉了。如果它是值的一部分，请给整个值加上引号',
    'the value of "title" ends at "甲": " #" and the "1号楼" after it were read as a comment and dropped. If it belongs to the value, put the whole value in quotes'],
  ['a missing stage', 'lists/investments/a.yaml', `${HEAD}investor: 某公司\n`,
    { line: 1, column: 1, rule: 'schema' },
    '缺少必填字段“stage”',
    'the required field "stage" is missing'],
  ['true where a unit of that name exists', 'lists/tasks/a.yaml', HEAD.replace('owner: 产融城公司', 'owner: true'),
    { line: 3, column: 8, rule: 'schema' },
    '“owner”应为文本，实际是布尔值（true 或 false）（“true”是登记过的名称，请加引号写成 "true"）',
    '"owner" should be text, not a boolean (true or false) ("true" is a registered name: quote it, "true")'],
  ['123 where a unit of that name exists', 'lists/tasks/a.yaml', `${HEAD}partners: [123]\n`,
    { line: 6, column: 12, rule: 'schema' },
    '“partners 第1项”应为文本，实际是数字（“123”是登记过的名称，请加引号写成 "123"）',
    '"partners item 1" should be text, not a number ("123" is a registered name: quote it, "123")'],
  ['null where a unit of that name exists', 'lists/tasks/a.yaml', HEAD.replace('owner: 产融城公司', 'owner: null'),
    { line: 3, column: 8, rule: 'schema' },
    '“owner”应为文本，实际是空值（“null”是登记过的名称，请加引号写成 "null"）',
    '"owner" should be text, not empty ("null" is a registered name: quote it, "null")'],
  ['!!timestamp', 'lists/tasks/a.yaml', HEAD.replace('start: ', 'start: !!timestamp '),
    { line: 4, column: 8, rule: 'yaml' },
    '不支持 YAML 标签“!!timestamp”：日期、数字和文字直接写即可，请删去该标签',
    'the YAML tag "!!timestamp" is not supported: write dates, numbers and text as they are, without the tag'],
  ['a complex key', 'lists/tasks/a.yaml', `${HEAD}? [a, b]\n: x\n`,
    { line: 6, column: 3, rule: 'yaml' },
    '键必须是普通文字：“? ”开头或方括号、花括号写成的复杂键不能使用',
    'a key must be plain text: complex keys ("? " or a key in brackets or braces) cannot be used'],
  ['a null key', 'lists/tasks/a.yaml', `${HEAD}null: x\n`,
    { line: 6, column: 1, rule: 'yaml' },
    '键是空值（null、~ 或什么都没写）：请写出键名；如果键名就是“null”，也不是有效字段',
    'the key is empty (null, ~ or nothing): write the key name; "null" is not a field either'],
  ['an id Windows reserves', 'lists/tasks/con.yaml', HEAD,
    { line: 1, column: 1, rule: 'path' },
    '编号“con”在 Windows 上不能用作文件名（CON、AUX、NUL、PRN、COM1…COM9、LPT1…LPT9是保留名）：请换一个编号',
    'the id "con" cannot be a file name on Windows (CON, AUX, NUL, PRN, COM1…COM9 and LPT1…LPT9 are reserved): choose another id'],
  ['an item file at the zone root', 'heating-network.yaml', HEAD,
    { line: 1, column: 1, severity: 'warning', rule: 'path' },
    '“heating-network.yaml”看起来是一个事项文件，但不在 lists/<清单>/ 下，不会被读取：请移到 lists/<清单>/heating-network.yaml',
    '"heating-network.yaml" looks like an item file but is not under lists/<list>/, so it is not read: move it to lists/<list>/heating-network.yaml'],
  ['an item file in an unknown folder', 'list/tasks/b.yaml', HEAD,
    { line: 1, column: 1, severity: 'warning', rule: 'path' },
    '“list/tasks/b.yaml”看起来是一个事项文件，但不在 lists/<清单>/ 下，不会被读取：请移到 lists/tasks/b.yaml',
    '"list/tasks/b.yaml" looks like an item file but is not under lists/<list>/, so it is not read: move it to lists/tasks/b.yaml'],
];

describe('check names the real cause of a clerk\'s slip, at the right line and column', () => {
  it.each(cases)('%s', async (_name, file, text, at, zh, en) => {
    const expected = (message: string) => ({ file, line: at.line, column: at.column, severity: at.severity ?? 'error', rule: at.rule, message });
    expect(await findings({ [file]: text }, 'zh-CN')).toContainEqual(expected(zh));
    expect(await findings({ [file]: text }, 'en')).toContainEqual(expected(en));
  });

  it('a name that is not registered keeps the plain advice (no quoting hint)', async () => {
    const f = await findings({ 'lists/tasks/a.yaml': HEAD.replace('owner: 产融城公司', 'owner: false') }, 'zh-CN');
    expect(f).toContainEqual(expect.objectContaining({ line: 3, column: 8, message: '“owner”应为文本，实际是布尔值（true 或 false）' }));
  });

  it('a merge conflict in wuzhong.yaml: every refusing command says so', async () => {
    const dir = writeTree({ 'wuzhong.yaml': `${CONFIG}<<<<<<< HEAD\nlocale: zh-CN\n=======\nlocale: en\n>>>>>>> main\n`, 'lists/tasks/a.yaml': HEAD });
    for (const args of [['score', '--month', '2026-10'], ['overdue'], ['report', '--month', '2026-10', '--no-commit']]) {
      const r = await runCli(['--repo', dir, ...args]);
      expect(r.code, args[0]).toBe(1);
      expect(r.stderr, args[0]).toContain('wuzhong.yaml\n  5:1  错误  文件中留有未解决的合并冲突（“<<<<<<<”标记）');
    }
  });
});

describe('folders that are links, and a reports file', () => {
  it('lists/ as a symbolic link: a path error naming the link, and nothing read through it', async () => {
    const real = writeTree({ 'tasks/a.yaml': HEAD });
    const dir = writeTree({ 'wuzhong.yaml': CONFIG });
    symlinkSync(real, join(dir, 'lists'));
    for (const [lang, message] of [['zh-CN', '“lists”是符号链接：lists/ 及其中的清单目录必须是真实的目录，其中的事项没有被读取'], ['en', '"lists" is a symbolic link: lists/ and its list folders must be real folders; the items in it were not read']] as const) {
      expect(await findings({}, lang, dir)).toEqual([{ file: 'lists', line: 1, column: 1, severity: 'error', rule: 'path', message }]);
    }
  });

  it('lists/<list>/ as a symbolic link: the same, and new refuses to write through it', async () => {
    const real = writeTree({ 'a.yaml': HEAD });
    const dir = writeTree({ 'wuzhong.yaml': CONFIG, 'lists/tasks/.gitkeep': '' });
    symlinkSync(real, join(dir, 'lists', 'reforms'));
    expect(await findings({}, 'zh-CN', dir)).toContainEqual({ file: 'lists/reforms', line: 1, column: 1, severity: 'error', rule: 'path', message: '“lists/reforms”是符号链接：lists/ 及其中的清单目录必须是真实的目录，其中的事项没有被读取' });
    const r = await runCli(['--repo', dir, 'new', 'reforms', 'b']);
    expect([r.code, r.stderr]).toEqual([1, 'wuzhong: lists/reforms 是符号链接：wuzhong 不通过符号链接写入，请换成真实的目录，未写入任何文件\n']);
    expect(readdirSync(real)).toEqual(['a.yaml']);
  });

  it('reports as a plain file: named, no raw EEXIST, no --out when none was given', async () => {
    const dir = writeTree({ 'wuzhong.yaml': CONFIG, reports: 'not a folder\n' });
    const zh = await runCli(['--repo', dir, 'report', '--month', '2026-10', '--no-commit']);
    expect([zh.code, zh.stderr]).toEqual([2, 'wuzhong: reports 是一个文件，不是目录：月报要写在 reports/ 目录中，请把这个文件改名或移走，未写入任何文件\n']);
    const en = await runCli(['--repo', dir, '--lang', 'en', 'report', '--month', '2026-10', '--no-commit']);
    expect(en.stderr).toBe('wuzhong: reports is a file, not a folder: the report goes into the folder reports/; rename or move that file; nothing was written\n');
    expect(lstatSync(join(dir, 'reports')).isFile()).toBe(true);
  });

  it('reports as a plain file under --out: the same message, and the file is left alone', async () => {
    const dir = writeTree({ 'wuzhong.yaml': CONFIG, reports: 'not a folder\n' });
    const r = await runCli(['--repo', dir, 'report', '--month', '2026-10', '--no-commit', '--out', join(dir, 'reports/october.md')]);
    expect([r.code, r.stderr]).toEqual([2, 'wuzhong: reports 是一个文件，不是目录：月报要写在 reports/ 目录中，请把这个文件改名或移走，未写入任何文件\n']);
    expect(readFileSync(join(dir, 'reports'), 'utf8')).toBe('not a folder\n');
  });
});

