import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { MAX_ID_LENGTH } from '../../../src/scaffold/request.js';
import { scaffoldFiles } from '../../../src/scaffold/index.js';
import { minimalConfig, runCli, tempDir, writeTree } from '../../helpers.js';

const NOW = '2026-11-26T04:00:00Z';
// init also pins the running tool in .wuzhong/ (two files).
const planned = [...scaffoldFiles('x').map((f) => f.path), '.wuzhong/wuzhong.mjs', '.wuzhong/VERSION'];
const enConfig = `${minimalConfig}locale: en\n`;
/** An English zone whose wuzhong.yaml has a schema error (an unknown key): it still says locale: en. */
const brokenEn = `${minimalConfig}locale: en\ncalender: cn\n`;

describe('init inside an existing zone repo', () => {
  it('refuses (exit 2) when a wuzhong.yaml sits in a folder above the target, naming that zone root; writes nothing',
    async () => {
    const outer = writeTree({ 'wuzhong.yaml': minimalConfig });
    const inner = join(outer, 'lists', 'sub');
    const r = await runCli(['init', inner]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `wuzhong: ${inner} 位于已有的园区仓库 ${outer} 之内（那里有 wuzhong.yaml）：不在园区仓库里再建一个园区仓库，未写入任何文件。确需如此请加 --force\n`,
    );
    expect(existsSync(inner)).toBe(false);
  });

  it('refuses from the working directory too, and in the enclosing zone\'s language', async () => {
    const outer = writeTree({ 'wuzhong.yaml': enConfig });
    const sub = join(outer, 'reports');
    mkdirSync(sub);
    const r = await runCli(['init'], { cwd: sub });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${sub} is inside the zone repo ${outer}`);
    expect(r.stderr).toContain('--force');
    expect(readdirSync(sub)).toEqual([]);
    expect((await runCli(['--lang', 'zh-CN', 'init'], { cwd: sub })).stderr).toContain(`位于已有的园区仓库 ${outer} 之内`);
  });

  it('--force scaffolds the nested zone anyway', async () => {
    const outer = writeTree({ 'wuzhong.yaml': minimalConfig });
    const inner = join(outer, 'nested');
    const r = await runCli(['init', inner, '--force', '--zone', '内层']);
    expect(r.code).toBe(0);
    expect(parse(readFileSync(join(inner, 'wuzhong.yaml'), 'utf8')).zone).toBe('内层');
  });

  it('re-running in the zone root itself is not nesting: it fills in what is missing', async () => {
    const dir = writeTree({ 'wuzhong.yaml': minimalConfig });
    const r = await runCli(['init', dir]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`新建${planned.length - 1}个文件`);
  });
});

describe('init re-run in an existing zone', () => {
  it('speaks its locale and keeps its zone name rather than the folder name', async () => {
    const dir = join(tempDir(), 'folder-name');
    mkdirSync(dir);
    writeFileSync(join(dir, 'wuzhong.yaml'), enConfig.replace('zone: 测试高新区', 'zone: 铁北园区'));
    const r = await runCli(['init', dir]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe(`Initialising zone repo "铁北园区" in ${dir}:`);
    expect(r.stdout).toContain('Skipped 1 existing file(s)');
    expect(r.stdout).not.toMatch(/新建|跳过|下一步/);
  });

  it('reads locale and zone from a wuzhong.yaml that has other errors', async () => {
    const dir = writeTree({ 'wuzhong.yaml': brokenEn });
    const r = await runCli(['init', dir]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe(`Initialising zone repo "测试高新区" in ${dir}:`);
    expect(r.stdout).toContain('Next:');
  });

  it('--force rewrites wuzhong.yaml with that zone name, --zone still wins', async () => {
    const dir = writeTree({ 'wuzhong.yaml': 'zone: 铁北园区\nunits: [a]\nleaders: [b]\n' });
    await runCli(['init', dir, '--force']);
    expect(parse(readFileSync(join(dir, 'wuzhong.yaml'), 'utf8')).zone).toBe('铁北园区');
    await runCli(['init', dir, '--force', '--zone', '新名']);
    expect(parse(readFileSync(join(dir, 'wuzhong.yaml'), 'utf8')).zone).toBe('新名');
  });
});

describe('init: file-system errors are clean usage errors', () => {
  it('a file where a folder must go: exit 2 naming the path and the reason, no internal error', async () => {
    const dir = writeTree({ 'lists/tasks': 'a file, not a folder\n' });
    const r = await runCli(['init', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('wuzhong: 无法写入 lists/tasks/.gitkeep：路径中有一段是文件而不是目录 (ENOTDIR)\n');
    const other = writeTree({ f: 'a file\n' });
    const en = await runCli(['--lang', 'en', 'init', join(other, 'f', 'below')]);
    expect(en.code).toBe(2);
    expect(en.stderr)
      .toMatch(/^wuzhong: cannot write .*below: a part of the path is a file, not a folder \(ENOTDIR\)\n$/);
    expect(en.stderr).not.toContain('internal error');
  });
});

describe('new: ids and writing', () => {
  it(`limits ids to ${MAX_ID_LENGTH} characters (exit 2, nothing written), so a long one is no ENAMETOOLONG crash`,
    async () => {
    const dir = writeTree({ 'wuzhong.yaml': minimalConfig });
    const long = 'a'.repeat(300);
    const r = await runCli(['--repo', dir, 'new', 'tasks', long], { now: NOW });
    expect(r).toEqual({ code: 2, stdout: '', stderr: `wuzhong: 编号太长（300个字符）：最多${MAX_ID_LENGTH}个字符，它也是文件名\n` });
    expect(existsSync(join(dir, 'lists'))).toBe(false);
    const en = await runCli(['--repo', dir, '--lang', 'en', 'new', 'tasks', 'a'.repeat(MAX_ID_LENGTH + 1)],
      { now: NOW });
    expect(en.stderr).toBe(
      `wuzhong: the id is too long (${MAX_ID_LENGTH + 1} characters): at most ${MAX_ID_LENGTH}, `
        + 'as it is also the file name\n',
    );
    const ok = await runCli(['--repo', dir, 'new', 'tasks', 'a'.repeat(MAX_ID_LENGTH)], { now: NOW });
    expect(ok.code).toBe(0);
    expect(existsSync(join(dir, 'lists', 'tasks', `${'a'.repeat(MAX_ID_LENGTH)}.yaml`))).toBe(true);
  });

  it('a file-system error while writing is exit 2 with the file and the reason', async () => {
    const dir = writeTree({ 'wuzhong.yaml': minimalConfig, 'lists/tasks': 'a file, not a folder\n' });
    const r = await runCli(['--repo', dir, 'new', 'tasks', 'a'], { now: NOW });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^wuzhong: 无法写入 lists\/tasks\/a\.yaml：.+ \(E[A-Z]+\)\n$/);
    expect(r.stderr).not.toContain('内部错误');
    expect(readFileSync(join(dir, 'lists/tasks'), 'utf8')).toBe('a file, not a folder\n');
  });
});

describe('locale: en in wuzhong.yaml without --lang', () => {
  it('new speaks English even when wuzhong.yaml has an error', async () => {
    const dir = writeTree({ 'wuzhong.yaml': brokenEn });
    const broken = await runCli(['--repo', dir, 'new', 'tasks', 'a'], { now: NOW });
    expect(broken).toEqual({
      code: 1, stdout: '', stderr: 'wuzhong: wuzhong.yaml has errors: run wuzhong check and fix them first\n',
    });
    const badList = await runCli(['--repo', dir, 'new', 'task', 'a'], { now: NOW });
    expect(badList.stderr).toBe(
      'wuzhong: "task" is not a list: use enterprises, investments, projects, reforms or tasks; '
        + 'did you mean "tasks"?\n',
    );
    const zh = await runCli(['--repo', dir, '--lang', 'zh-CN', 'new', 'tasks', 'a'], { now: NOW });
    expect(zh.stderr).toBe('wuzhong: wuzhong.yaml 有错误，请先运行 wuzhong check 修正\n');
  });

  it('schema speaks English even when wuzhong.yaml has an error', async () => {
    const dir = writeTree({ 'wuzhong.yaml': brokenEn });
    const r = await runCli(['schema'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').slice(0, 2)).toEqual(['JSON Schemas in schemas/:', 'Created 9 file(s):']);
    const viaRepo = await runCli(['--repo', dir, 'schema']);
    expect(viaRepo.stdout.split('\n')[0]).toBe('JSON Schemas in schemas/:');
  });

  it('quotes user text Chinese-style without doubling quotes', async () => {
    const dir = writeTree({ 'wuzhong.yaml': minimalConfig });
    const r = await runCli(['--repo', dir, 'new', 'tasks', 'a', '--owner', '“产融城”公司'], { now: NOW });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('“‘产融城’公司”不是 wuzhong.yaml 中登记的责任单位');
    expect(r.stderr).not.toMatch(/““|””/);
  });
});
