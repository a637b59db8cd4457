import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitInit, minimalConfig, runCli, tempDir, writeTree } from '../../helpers.js';
import { commitAll } from '../base/repo.js';

// Two units' files: one with an error (done without closed, line 6), one with a warning (overdue milestone, line 8).
const DONE = 'title: 甲\nlead: 魏克鹏\nowner: 产融城公司\nstart: 2026-11-01\ndue: 2026-12-31\nstatus: done\n';
const LATE = 'title: 奥米多盘活\nlead: 张威\nowner: 铁北园区办\nstart: 2026-11-01\ndue: 2026-12-31\nmilestones:\n  - title: 法律清算\n    due: 2026-11-20\n';
const zone = () => writeTree({
  'wuzhong.yaml': minimalConfig.replace('zone:', 'calendar: none\nzone:'),
  'lists/reforms/done.yaml': DONE,
  'lists/tasks/late.yaml': LATE,
});
const check = (dir: string, args: string[], opts: { cwd?: string; env?: Record<string, string> } = {}) =>
  runCli(['--repo', dir, 'check', '--as-of', '2026-11-26', ...args], opts);
const json = (stdout: string) =>
  JSON.parse(stdout) as {
    summary: Record<string, number>; hidden?: { outside: number; quiet: number };
    diagnostics: { file: string; rule: string }[];
  };

describe('check PATH…: the whole zone is checked, only the given files are shown', () => {
  it('shows one file, says how many findings elsewhere were hidden, and exits on that file alone', async () => {
    const dir = zone();
    const r = await check(dir, ['lists/tasks/late.yaml'], { cwd: dir });
    expect(r.stdout).toContain('lists/tasks/late.yaml\n  8:10  警告  节点“法律清算”已逾期6天（时限2026-11-20）  overdue');
    expect(r.stdout).not.toContain('done.yaml');
    expect(r.stdout).toContain('✖ 共1个问题（0个错误，1个警告，0个提示），检查了3个文件\n另有1条发现在其他文件中，未显示，其中1个错误（不带路径运行 wuzhong check 可查看）\n');
    expect(r.code).toBe(0);
    const mine = await check(dir, ['lists/reforms/done.yaml'], { cwd: dir });
    expect(mine.code).toBe(1);
  });

  it('takes folders and paths relative to the working directory, in English too', async () => {
    const dir = zone();
    const r = await runCli(['--repo', dir, '--lang', 'en', 'check', '--as-of', '2026-11-26', '.'], { cwd: join(dir, 'lists', 'reforms') });
    expect(r.stdout).toContain('lists/reforms/done.yaml');
    expect(r.stdout).not.toContain('late.yaml');
    expect(r.stdout).toContain('1 finding in other files not shown (run wuzhong check without paths to see them)');
    const both = json((await check(dir, ['lists/tasks', 'lists/reforms/', '--format', 'json'], { cwd: dir })).stdout);
    expect(both.diagnostics.map((d) => d.file)).toEqual(['lists/reforms/done.yaml', 'lists/tasks/late.yaml']);
    expect(both.hidden).toBeUndefined();
  });

  it('json carries the hidden counts', async () => {
    const dir = zone();
    const r = json((await check(dir, ['--format', 'json', 'lists/tasks/late.yaml'], { cwd: dir })).stdout);
    expect(r.summary).toEqual({ files: 3, errors: 0, warnings: 1, infos: 0 });
    expect(r.hidden).toEqual({ outside: 1, quiet: 0 });
  });

  it('refuses a path that does not exist or lies outside the zone (exit 2)', async () => {
    const dir = zone();
    const missing = await check(dir, ['lists/tasks/nope.yaml'], { cwd: dir });
    expect([missing.code, missing.stderr]).toEqual([2, 'wuzhong: 文件或目录“lists/tasks/nope.yaml”不存在\n']);
    const outside = await check(dir, [tempDir()], { cwd: dir });
    expect(outside.code).toBe(2);
    expect(outside.stderr).toContain('不在园区仓库');
  });
});

describe('--quiet and --max-warnings', () => {
  it('--quiet shows errors only and says how many warnings it hid', async () => {
    const dir = zone();
    const r = await check(dir, ['--quiet']);
    expect(r.stdout).toContain('done.yaml');
    expect(r.stdout).not.toContain('late.yaml');
    expect(r.stdout).toContain('另有1条警告和提示未显示（--quiet）');
    expect(r.code).toBe(1);
    expect(json((await check(dir, ['--quiet', '--format', 'json'])).stdout).hidden).toEqual({ outside: 0, quiet: 1 });
  });

  it('--max-warnings still counts the warnings --quiet hides', async () => {
    const dir = zone();
    const r = await check(dir, ['--quiet', '--max-warnings', '0', 'lists/tasks'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('警告1个，超过了上限（--max-warnings 0）');
  });

  it.each(['', '1e3', '0x10', '-1', '1.5', ' 3', '+2'])('--max-warnings %j is a usage error', async (n) => {
    const r = await check(zone(), ['--max-warnings', n]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`wuzhong: --max-warnings 应为不小于0的整数 / must be a whole number ≥ 0 (got "${n}")\n`);
  });

  it('--max-warnings 007 is seven', async () => {
    const dir = zone();
    expect((await check(dir, ['--max-warnings', '007', 'lists/tasks'], { cwd: dir })).code).toBe(0);
  });
});

describe('--base: the change first', () => {
  /** A repo where main has a warning in late.yaml; the branch breaks done.yaml. */
  function branch(): string {
    const dir = writeTree({
      'wuzhong.yaml': minimalConfig.replace('zone:', 'calendar: none\nzone:'),
      'lists/reforms/done.yaml': DONE.replace('status: done\n', ''),
      'lists/tasks/late.yaml': LATE,
    });
    gitInit(dir);
    commitAll(dir, 'base');
    writeFileSync(join(dir, 'lists/reforms/done.yaml'), DONE);
    return dir;
  }

  it('stylish: findings in changed files under a heading, then the rest of the zone', async () => {
    const r = await check(branch(), ['--base', 'HEAD']);
    const mine = r.stdout.indexOf('== 与 HEAD 相比改动过的文件 ==');
    const rest = r.stdout.indexOf('== 园区其他文件 ==');
    expect(mine).toBe(0);
    expect(r.stdout.indexOf('lists/reforms/done.yaml')).toBeGreaterThan(mine);
    expect(r.stdout.indexOf('lists/reforms/done.yaml')).toBeLessThan(rest);
    expect(r.stdout.indexOf('lists/tasks/late.yaml')).toBeGreaterThan(rest);
  });

  it('says so when the change itself is clean', async () => {
    const dir = branch();
    writeFileSync(join(dir, 'lists/reforms/done.yaml'), DONE.replace('status: done\n', 'status: active\n'));
    const r = await runCli(['--repo', dir, '--lang', 'en', 'check', '--as-of', '2026-11-26', '--base', 'HEAD']);
    expect(r.stdout).toMatch(/^== Files changed since HEAD ==\n\n {2}no findings in the changed files\n\n== Elsewhere in the zone ==\n\nlists\/tasks\/late\.yaml/);
  });

  it('github: annotations for changed files first; the step summary separates the pull request from the rest', async () => {
    const dir = branch();
    const summary = join(tempDir(), 'summary.md');
    const r = await check(dir, ['--base', 'HEAD', '--format', 'github'], { env: { GITHUB_STEP_SUMMARY: summary } });
    const files = [...r.stdout.matchAll(/file=([^,]+)/g)].map((m) => m[1]);
    expect(files).toEqual(['lists/reforms/done.yaml', 'lists/tasks/late.yaml']);
    const text = readFileSync(summary, 'utf8');
    const pr = text.indexOf('### 本次拉取请求中');
    const elsewhere = text.indexOf('### 园区其他文件');
    expect(pr).toBeGreaterThan(0);
    expect(text.indexOf('lists/reforms/done.yaml:6:9')).toBeGreaterThan(pr);
    expect(text.indexOf('lists/reforms/done.yaml:6:9')).toBeLessThan(elsewhere);
    expect(text.indexOf('lists/tasks/late.yaml:8:10')).toBeGreaterThan(elsewhere);
  });

  it('orders a changed file that sorts last before the others', async () => {
    const dir = writeTree({ 'wuzhong.yaml': minimalConfig.replace('zone:', 'calendar: none\nzone:'), 'lists/reforms/done.yaml': DONE, 'lists/tasks/late.yaml': LATE.replace('2026-11-20', '2026-12-20') });
    gitInit(dir);
    commitAll(dir, 'base');
    writeFileSync(join(dir, 'lists/tasks/late.yaml'), LATE);
    const r = await check(dir, ['--base', 'HEAD', '--format', 'github']);
    expect([...r.stdout.matchAll(/file=([^,]+)/g)].map((m) => m[1])).toEqual(['lists/tasks/late.yaml', 'lists/reforms/done.yaml']);
  });
});

describe('GITHUB_STEP_SUMMARY that is not a regular file', () => {
  const gh = (summary: string) => check(zone(), ['--format', 'github'], { env: { GITHUB_STEP_SUMMARY: summary } });

  it.each(['/dev/full', '/dev/zero'])('%s: warns, never reads it whole, finishes', async (device) => {
    const r = await gh(device);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('::error file=lists/reforms/done.yaml');
    expect(r.stderr).toBe(`wuzhong: 无法写入作业摘要 ${device}：not a regular file\n`);
  });

  it('a FIFO without a reader does not hang; a directory only warns', async () => {
    const dir = tempDir();
    const fifo = join(dir, 'fifo');
    execFileSync('mkfifo', [fifo]);
    const r = await gh(fifo);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`无法写入作业摘要 ${fifo}：`);
    const folder = join(dir, 'folder');
    mkdirSync(folder);
    const d = await gh(folder);
    expect(d.code).toBe(1);
    expect(d.stderr).toContain(`无法写入作业摘要 ${folder}：EISDIR`);
  });
});
