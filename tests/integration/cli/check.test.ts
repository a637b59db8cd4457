import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.js';
import { exampleZone, gitInit, minimalConfig, repoRoot, runBin, runCli, tempDir, writeTree } from '../../helpers.js';

const warnOnly = writeTree({
  'wuzhong.yaml': minimalConfig.replace('zone:', 'calendar: none\nzone:'),
  'lists/tasks/late.yaml': 'title: 奥米多盘活\nlead: 张威\nowner: 铁北园区办\nstart: 2026-11-01\ndue: 2026-12-31\nmilestones:\n  - title: 法律清算\n    due: 2026-11-20\n',
});
const withError = writeTree({ 'wuzhong.yaml': minimalConfig, 'lists/tasks/x.yaml': 'title: 甲\nlead: 魏克鹏\nowner: 产融城公司\nstart: 2026-11-01\ndue: 2026-12-31\nstatus: done\n' });
const check = (dir: string, ...args: string[]) => runCli(['--repo', dir, 'check', '--as-of', '2026-11-26', ...args]);

describe('exit status', () => {
  it('is 0 with only warnings, 1 over --max-warnings, 1 with an error', async () => {
    expect((await check(warnOnly)).code).toBe(0);
    expect((await check(warnOnly, '--max-warnings', '1')).code).toBe(0);
    const over = await check(warnOnly, '--max-warnings', '0');
    expect(over.code).toBe(1);
    expect(over.stderr).toContain('警告1个，超过了上限（--max-warnings 0）');
    expect((await check(withError)).code).toBe(1);
  });

  it('is 2 for usage errors, with a message and no stack', async () => {
    const cases: [string[], string][] = [
      [['check', '--bogus'], '没有选项 --bogus'],
      [['check', '--as-of', '2026-02-30'], '--as-of 应为真实存在的日期 YYYY-MM-DD（收到“2026-02-30”）'],
      [['check', '--as-of', '26-11-2026'], '--as-of 应为真实存在的日期 YYYY-MM-DD（收到“26-11-2026”）'],
      [['check', '--format', 'xml'], '--format 的值“xml”无效，可选：stylish、json、github、gitlab、sarif'],
      [['check', '--max-warnings', 'many'], '--max-warnings 应为不小于0的整数'],
      [['--lang', 'fr', 'check'], '--lang 只能是 zh-CN 或 en'],
    ];
    for (const [args, message] of cases) {
      const r = await runCli(['--repo', warnOnly, ...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toContain(message);
      expect(r.stdout, args.join(' ')).toBe('');
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('is 2 when no zone repo is found, upwards or with --repo', async () => {
    const empty = tempDir();
    const up = await runCli(['check'], { cwd: empty });
    expect(up.code).toBe(2);
    expect(up.stderr).toContain('wuzhong.yaml');
    expect((await runCli(['--repo', empty, 'check'])).code).toBe(2);
  });

  it('finds the zone repo from a subdirectory, as git finds .git', async () => {
    const r = await runCli(['check', '--as-of', '2026-11-26', '--format', 'json'], { cwd: join(warnOnly, 'lists', 'tasks') });
    expect(JSON.parse(r.stdout).summary).toEqual({ files: 2, errors: 0, warnings: 1, infos: 0 });
  });
});

describe('the as-of date is today in the zone time zone', () => {
  it.each([
    ['2026-11-25T16:30:00Z', '2026-11-26'],
    ['2026-11-26T15:59:59Z', '2026-11-26'],
    ['2026-11-26T16:00:00Z', '2026-11-27'],
  ])('at %s UTC it is %s in Asia/Shanghai', async (now, day) => {
    const r = await runCli(['--repo', warnOnly, 'check', '--format', 'json'], { now });
    expect(JSON.parse(r.stdout).asOf).toBe(day);
  });

  it('follows the configured time zone', async () => {
    const dir = writeTree({ 'wuzhong.yaml': `${minimalConfig}timezone: America/New_York\n` });
    const r = await runCli(['--repo', dir, 'check', '--format', 'json'], { now: '2026-11-26T03:00:00Z' });
    expect(JSON.parse(r.stdout).asOf).toBe('2026-11-25');
  });
});

describe('language and colour', () => {
  it('uses locale from wuzhong.yaml, and --lang wins over it', async () => {
    const dir = writeTree({ 'wuzhong.yaml': `${minimalConfig}locale: en\n`, 'lists/tasks/x.yaml': 'title: 甲\nlead: 魏克鹏\nowner: 产融城公式\nstart: 2026-11-01\ndue: 2026-12-31\n' });
    expect((await check(dir, '--format', 'json')).stdout).toContain('is not registered under units');
    expect((await runCli(['--repo', dir, '--lang', 'zh-CN', 'check', '--as-of', '2026-11-26'])).stdout).toContain('未在 wuzhong.yaml 的 units 中登记');
  });

  it('colours only on a terminal or with FORCE_COLOR, never with NO_COLOR or --no-color', async () => {
    const esc = '\u001b[';
    expect((await check(warnOnly)).stdout).not.toContain(esc);
    expect((await runCli(['--repo', warnOnly, 'check', '--as-of', '2026-11-26'], { isTTY: true })).stdout).toContain(esc);
    expect((await runCli(['--repo', warnOnly, 'check', '--as-of', '2026-11-26'], { env: { FORCE_COLOR: '1' } })).stdout).toContain(esc);
    expect((await runCli(['--repo', warnOnly, 'check', '--as-of', '2026-11-26'], { isTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toContain(esc);
    expect((await runCli(['--repo', warnOnly, '--no-color', 'check', '--as-of', '2026-11-26'], { isTTY: true })).stdout).not.toContain(esc);
  });
});

describe('CI formats', () => {
  it('github: workflow commands, and a step summary appended to GITHUB_STEP_SUMMARY', async () => {
    const summary = join(tempDir(), 'summary.md');
    writeFileSync(summary, '# earlier step\n');
    const r = await runCli(['--repo', withError, 'check', '--as-of', '2026-11-26', '--format', 'github'], { env: { GITHUB_STEP_SUMMARY: summary } });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error file=lists\/tasks\/x\.yaml,line=6,col=9,title=wuzhong\(status\)::/m);
    const text = readFileSync(summary, 'utf8');
    expect(text.startsWith('# earlier step\n')).toBe(true);
    expect(text).toContain('lists/tasks/x.yaml');
  });

  it('an earlier summary without a final newline is kept apart; an unwritable summary only warns', async () => {
    const summary = join(tempDir(), 'summary.md');
    writeFileSync(summary, 'no newline');
    await runCli(['--repo', withError, 'check', '--as-of', '2026-11-26', '--format', 'github'], { env: { GITHUB_STEP_SUMMARY: summary } });
    expect(readFileSync(summary, 'utf8')).toMatch(/^no newline\n\n## /);
    const r = await runCli(['--repo', withError, 'check', '--as-of', '2026-11-26', '--format', 'github'], { env: { GITHUB_STEP_SUMMARY: '/nonexistent/dir/s.md' } });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('无法写入作业摘要');
  });

  it('names files from the git repository root when the zone is a subfolder (CI formats only)', async () => {
    const top = tempDir();
    gitInit(top);
    const zone = writeTree({ 'wuzhong.yaml': minimalConfig, 'lists/tasks/x.yaml': 'title: 甲\nlead: 魏克鹏\nowner: 产融城公司\nstart: 2026-11-01\ndue: 2026-12-31\nstatus: done\n' }, join(top, 'zones', 'suizhou'));
    const gh = await check(zone, '--format', 'github');
    expect(gh.stdout).toContain('::error file=zones/suizhou/lists/tasks/x.yaml,line=6');
    const gl = JSON.parse((await check(zone, '--format', 'gitlab')).stdout);
    expect(gl[0].location.path).toBe('zones/suizhou/lists/tasks/x.yaml');
    const sarif = JSON.parse((await check(zone, '--format', 'sarif')).stdout);
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('zones/suizhou/lists/tasks/x.yaml');
    expect(JSON.parse((await check(zone, '--format', 'json')).stdout).diagnostics[0].file).toBe('lists/tasks/x.yaml');
  });

  it('gitlab and sarif parse and carry the finding', async () => {
    const gl = JSON.parse((await check(withError, '--format', 'gitlab')).stdout);
    expect(gl).toEqual([expect.objectContaining({ check_name: 'status', location: { path: 'lists/tasks/x.yaml', lines: { begin: 6 } } })]);
    const sarif = JSON.parse((await check(withError, '--format', 'sarif')).stdout);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results[0]).toEqual(expect.objectContaining({ ruleId: 'status', level: 'error' }));
    // The rule's own description, in the output language, and the tool's version.
    expect(sarif.runs[0].tool.driver.rules[0].shortDescription.text).toBe('done/cancelled 未填 closed；active 却填了 closed；已办结但有节点未完成');
    expect(sarif.runs[0].tool.driver.version).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('the example zone', () => {
  const stored = join(repoRoot, 'tests', 'fixtures', 'cli');
  it.each(['zh-CN', 'en'])('passes with no errors and matches the stored output (%s)', async (lang) => {
    const r = await runCli(['--repo', exampleZone, '--lang', lang, 'check', '--as-of', '2025-11-26']);
    expect(r.code).toBe(0);
    const file = join(stored, `example-check.${lang}.txt`);
    if (process.env.UPDATE_FIXTURES === '1') writeFileSync(file, r.stdout);
    expect(existsSync(file), `${file} is missing; run UPDATE_FIXTURES=1 npx vitest run and review it`).toBe(true);
    expect(r.stdout).toBe(readFileSync(file, 'utf8'));
  });
});

describe('the single catch', () => {
  it('turns an unexpected failure into one line and exit 2; the stack only with WUZHONG_DEBUG=1', async () => {
    let err = '';
    const io = (env: Record<string, string>) => ({
      argv: ['--repo', warnOnly, 'check', '--as-of', '2026-11-26'], cwd: repoRoot, env, isTTY: false, now: () => new Date(),
      stdout: () => { throw new Error('disk on fire'); }, stderr: (s: string) => void (err += s),
    });
    expect(await main(io({}))).toBe(2);
    expect(err).toContain('内部错误');
    expect(err).not.toContain('disk on fire');
    err = '';
    expect(await main(io({ WUZHONG_DEBUG: '1' }))).toBe(2);
    expect(err).toContain('disk on fire');
  });
});

describe('the built bin', () => {
  it('prints the package version and checks the example zone', () => {
    const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
    expect(runBin(['--version']).stdout.trim()).toBe(pkg.version);
    const r = runBin(['--repo', exampleZone, 'check', '--as-of', '2025-11-26', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).summary.errors).toBe(0);
  });

  it('exits 2 on an unknown command', () => {
    const r = runBin(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('frobnicate');
  });
});
