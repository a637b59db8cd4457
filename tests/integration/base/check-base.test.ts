import { mkdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBin, runCli, tempDir, writeTree, minimalConfig, gitInit } from '../../helpers.js';
import { commitAll, gitAs, zoneRepo } from './repo.js';

const BASE_RULES = new Set(['postponed', 'late-record', 'removed', 'base', 'rescored', 'plan-date', 'claim-date', 'reassigned']);

interface Finding { file: string; line: number; column: number; severity: string; rule: string; message: string }

/** `check --base REV --format json` as of 2026-11-26; only the findings of the base rules. */
async function baseFindings(dir: string, rev = 'HEAD', extra: string[] = []): Promise<{ code: number; findings: Finding[] }> {
  const r = await runCli(['--repo', dir, ...extra, 'check', '--as-of', '2026-11-26', '--format', 'json', '--base', rev]);
  expect(r.stderr).toBe('');
  const json = JSON.parse(r.stdout) as { diagnostics: (Finding & { endColumn?: number })[] };
  return {
    code: r.code,
    findings: json.diagnostics
      .filter((d) => BASE_RULES.has(d.rule))
      .map(({ file, line, column, severity, rule, message }) => ({ file, line, column, severity, rule, message })),
  };
}

const write = (dir: string, path: string, text: string) => writeFileSync(join(dir, path), text);

// Line numbers in the expectations below are counted in these texts.
// Started in November and due later, so no settled month (October, as of 2026-11-26) has an event of this item.
const head = (due = '2026-12-31') => `title: 甲任务
lead: 魏克鹏
owner: 产融城公司
start: 2026-11-01
due: ${due}
`;
const twoMilestones = (second = '2026-12-20') => `milestones:
  - title: 方案
    due: 2026-11-30
  - title: 实施
    due: ${second}
`;
const A = 'lists/tasks/a.yaml';

describe('check --base: postponed', () => {
  const record = (from: string, date = '2026-11-20') => `postponed:\n  - from: ${from}\n    reason: 资金到位推迟\n    approved: 张威\n    date: ${date}\n`;

  it('flags an item deadline moved later without a postponement from the old deadline', async () => {
    const dir = zoneRepo({ [A]: head() + twoMilestones() });
    write(dir, A, head('2027-01-31') + twoMilestones());
    const { code, findings } = await baseFindings(dir);
    expect(code).toBe(1);
    expect(findings).toEqual([{
      file: A, line: 5, column: 6, severity: 'error', rule: 'postponed',
      message: '事项时限由2026-12-31推迟到2027-01-31，但没有原时限（from）为2026-12-31的延期记录（postponed）',
    }]);
  });

  it('accepts the move when a dated postponement starts from the deadline at REV, and only then', async () => {
    const dir = zoneRepo({ [A]: head() + twoMilestones() });
    write(dir, A, head('2027-01-31') + record('2026-12-31') + twoMilestones());
    expect(await baseFindings(dir)).toEqual({ code: 0, findings: [] });
    write(dir, A, head('2027-01-31') + record('2026-11-30') + twoMilestones());
    expect((await baseFindings(dir)).findings).toEqual([expect.objectContaining({ line: 5, column: 6, rule: 'postponed' })]);
  });

  it('flags a milestone moved later unless its own postponements hold one from the old deadline', async () => {
    const dir = zoneRepo({ [A]: head() + twoMilestones() });
    write(dir, A, head() + twoMilestones('2026-12-28'));
    const moved = {
      file: A, line: 10, column: 10, severity: 'error', rule: 'postponed',
      message: '节点“实施”时限由2026-12-20推迟到2026-12-28，但没有原时限（from）为2026-12-20的延期记录（postponed）',
    };
    expect(await baseFindings(dir)).toEqual({ code: 1, findings: [moved] });

    // An item-level record does not explain a milestone's move
    // (docs/scoring.md: the milestone's own list is looked in).
    write(dir, A, head() + record('2026-12-20') + twoMilestones('2026-12-28'));
    expect((await baseFindings(dir)).findings).toEqual([
      { ...moved, line: 15, message: `${moved.message}；事项级 postponed 中有这条记录，但节点的延期应写在节点“实施”自己的 postponed 下` },
    ]);

    write(dir, A, head() + twoMilestones('2026-12-28') + '    postponed:\n      - from: 2026-12-20\n        reason: 设备到货推迟\n        approved: 魏克鹏\n        date: 2026-11-26\n');
    expect((await baseFindings(dir)).findings).toEqual([]);
  });

  it('ignores deadlines moved earlier (within the future) and milestones new since REV planned today', async () => {
    const dir = zoneRepo({ [A]: head() + twoMilestones() });
    write(dir, A, head('2026-12-25') + twoMilestones('2026-12-10') + '  - title: 验收\n    due: 2026-12-25\n    planned: 2026-11-26\n');
    expect((await baseFindings(dir)).findings).toEqual([]);
  });

  it('compares with a branch name while the work is committed on a feature branch', async () => {
    const dir = zoneRepo({ [A]: head() + twoMilestones() });
    gitAs(dir, {}, 'checkout', '-q', '-b', 'feature');
    write(dir, A, head('2027-03-31') + twoMilestones());
    commitAll(dir, 'move the deadline');
    expect((await baseFindings(dir, 'main')).findings).toEqual([{
      file: A, line: 5, column: 6, severity: 'error', rule: 'postponed',
      message: '事项时限由2026-12-31推迟到2027-03-31，但没有原时限（from）为2026-12-31的延期记录（postponed）',
    }]);
    expect((await baseFindings(dir, 'HEAD')).findings).toEqual([]);
  });
});

describe('check --base: late-record', () => {
  const recorded = (first: string, second: string) => `${head()}milestones:
  - title: 方案
    due: 2026-11-30
    done: ${first}
  - title: 实施
    due: 2026-12-20
    done: ${second}
`;

  it('warns about a done date recorded 20 days late, not about one recorded the same day', async () => {
    const dir = zoneRepo({ [A]: head() + twoMilestones() });
    write(dir, A, recorded('2026-11-06', '2026-11-26'));
    expect(await baseFindings(dir)).toEqual({ code: 0, findings: [{
      file: A, line: 9, column: 11, severity: 'warning', rule: 'late-record',
      message: '节点“方案”的完成日期2026-11-06是事后补录的，比检查日期早20天',
    }] });
  });

  it('allows 7 days, warns from 8, and leaves done dates already present at REV alone', async () => {
    const dir = zoneRepo({ [A]: head() + twoMilestones() });
    write(dir, A, recorded('2026-11-18', '2026-11-19'));
    expect((await baseFindings(dir)).findings).toEqual([expect.objectContaining({ line: 9, rule: 'late-record', message: expect.stringContaining('早8天') })]);
    commitAll(dir, 'record');
    write(dir, A, recorded('2026-11-18', '2026-11-19').replace('title: 甲任务', 'title: 甲任务\nsummary: 补充说明'));
    expect((await baseFindings(dir)).findings).toEqual([]);
  });

  it('says it in English with --lang en', async () => {
    const dir = zoneRepo({ [A]: head() + twoMilestones() });
    write(dir, A, recorded('2026-11-06', '2026-11-26'));
    expect((await baseFindings(dir, 'HEAD', ['--lang', 'en'])).findings.map((f) => f.message)).toEqual([
      'the done date 2026-11-06 of milestone "方案" was recorded late, 20 days before the check date',
    ]);
  });
});

describe('check --base: removed', () => {
  it('warns on the milestones key when a milestone is gone', async () => {
    const dir = zoneRepo({ [A]: head() + twoMilestones() + '  - title: 验收\n    due: 2026-12-25\n' });
    write(dir, A, head() + twoMilestones());
    expect(await baseFindings(dir)).toEqual({ code: 0, findings: [{
      file: A, line: 6, column: 1, severity: 'warning', rule: 'removed', message: '节点“验收”在 HEAD 中存在，现在被删除了',
    }] });
  });

  it('warns about a deleted item at its old path, line 1 column 1', async () => {
    const dir = zoneRepo({ [A]: head() + twoMilestones(), 'lists/tasks/b.yaml': head() });
    rmSync(join(dir, 'lists/tasks/b.yaml'));
    expect((await baseFindings(dir)).findings).toEqual([{
      file: 'lists/tasks/b.yaml', line: 1, column: 1, severity: 'warning', rule: 'removed',
      message: '事项 tasks/b 在 HEAD 中存在，现在被删除了（如需撤销请改为 status: cancelled）',
    }]);
    // stylish output must cope with a file that no longer exists
    const r = await runCli(['--repo', dir, 'check', '--as-of', '2026-11-26', '--base', 'HEAD']);
    expect(r.stdout).toContain('lists/tasks/b.yaml\n  1:1  警告  事项 tasks/b 在 HEAD 中存在');
  });

  it('says nothing when the milestones of a now cancelled item vanish', async () => {
    const dir = zoneRepo({ [A]: head() + twoMilestones() });
    write(dir, A, head() + 'status: cancelled\nclosed: 2026-11-20\n');
    expect((await baseFindings(dir)).findings).toEqual([]);
  });
});

describe('check --base: renames and new files', () => {
  it('a renamed file (exact same bytes) is the same item, not a removal', async () => {
    const dir = zoneRepo({ [A]: head() + twoMilestones() });
    renameSync(join(dir, A), join(dir, 'lists/tasks/a2.yaml'));
    expect(await baseFindings(dir)).toEqual({ code: 0, findings: [] });
  });

  it('holds a renamed item (same title) to its old deadlines', async () => {
    const dir = zoneRepo({ [A]: head() + twoMilestones() });
    rmSync(join(dir, A));
    write(dir, 'lists/tasks/a2.yaml', head() + twoMilestones('2026-12-28'));
    expect((await baseFindings(dir)).findings).toEqual([
      { file: 'lists/tasks/a2.yaml', line: 10, column: 10, severity: 'error', rule: 'postponed', message: '节点“实施”时限由2026-12-20推迟到2026-12-28，但没有原时限（from）为2026-12-20的延期记录（postponed）' },
    ]);
  });

  it('holds an item moved to another list (same id) to its old deadlines', async () => {
    const dir = zoneRepo({ [A]: head() + twoMilestones() });
    rmSync(join(dir, A));
    writeTree({ 'lists/reforms/a.yaml': head().replace('甲任务', '甲改革') + twoMilestones('2026-12-28') }, dir);
    expect((await baseFindings(dir)).findings).toEqual([
      expect.objectContaining({ file: 'lists/reforms/a.yaml', line: 10, column: 10, rule: 'postponed' }),
    ]);
  });

  it('holds a new file to the plan and record rules', async () => {
    const dir = zoneRepo({ [A]: head() + twoMilestones() });
    write(dir, 'lists/tasks/c.yaml', head('2027-06-30') + 'milestones:\n  - title: 立项\n    due: 2026-12-31\n    planned: 2026-11-26\n  - title: 开工\n    due: 2027-03-31\n');
    expect((await baseFindings(dir)).findings).toEqual([
      { file: 'lists/tasks/c.yaml', line: 10, column: 12, severity: 'error', rule: 'plan-date', message: '节点“开工”是新增的，但没有写明列入计划的日期 planned' },
    ]);
  });

  it('treats a .yaml file that became .yml as the same item', async () => {
    const dir = zoneRepo({ [A]: head() + twoMilestones() });
    rmSync(join(dir, A));
    write(dir, 'lists/tasks/a.yml', head('2027-01-31') + twoMilestones());
    expect((await baseFindings(dir)).findings).toEqual([expect.objectContaining({ file: 'lists/tasks/a.yml', line: 5, column: 6, rule: 'postponed' })]);
  });
});

describe('check --base: base versions that do not parse', () => {
  it('skips the file with an info, and still passes', async () => {
    const dir = zoneRepo({ [A]: head().replace('due:', 'deu:') });
    write(dir, A, head('2027-01-31'));
    expect(await baseFindings(dir)).toEqual({ code: 0, findings: [{
      file: A, line: 1, column: 1, severity: 'info', rule: 'base', message: 'HEAD 中的此文件无法解析，跳过与基准版本的比较',
    }] });
  });
});

describe('check --base: where the zone lives', () => {
  it('works when the zone repo is a subdirectory of the git work tree', async () => {
    const top = tempDir();
    const zone = join(top, 'zones', 'suizhou');
    writeTree({ 'wuzhong.yaml': minimalConfig, [A]: head() + twoMilestones(), 'lists/tasks/b.yaml': head() }, zone);
    writeTree({ 'README.md': 'other things\n' }, top);
    gitInit(top);
    commitAll(top, 'base');
    write(zone, A, head('2027-01-31') + twoMilestones());
    rmSync(join(zone, 'lists/tasks/b.yaml'));
    const r = await runCli(['check', '--as-of', '2026-11-26', '--format', 'json', '--base', 'HEAD'], { cwd: join(zone, 'lists') });
    const found = (JSON.parse(r.stdout).diagnostics as Finding[]).filter((d) => BASE_RULES.has(d.rule)).map((d) => `${d.file}:${d.line}:${d.column} ${d.rule}`);
    expect(found).toEqual([`${A}:5:6 postponed`, 'lists/tasks/b.yaml:1:1 removed']);
  });
});

describe('check --base: usage errors (exit 2)', () => {
  it('rejects an unknown revision', async () => {
    const dir = zoneRepo({ [A]: head() });
    const r = await runCli(['--repo', dir, 'check', '--as-of', '2026-11-26', '--base', 'no-such-branch']);
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'wuzhong: 找不到 Git 版本“no-such-branch”：请检查分支名或提交号（远程分支需先 git fetch）\n' });
  });

  it('explains a shallow clone that lacks the revision', async () => {
    const origin = zoneRepo({ [A]: head() });
    const first = gitAs(origin, {}, 'rev-parse', 'HEAD').trim();
    write(origin, A, head('2027-01-31'));
    commitAll(origin, 'second');
    const clone = join(tempDir(), 'clone');
    gitAs(origin, {}, 'clone', '-q', '--depth', '1', `file://${origin}`, clone);
    const r = await runCli(['--repo', clone, '--lang', 'en', 'check', '--as-of', '2026-11-26', '--base', first]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`wuzhong: unknown git revision "${first}": this is a shallow clone, so it may not have been fetched (in CI use fetch-depth: 0, or git fetch origin <branch> first)\n`);
  });

  it('rejects a directory that is not a git repository', async () => {
    const dir = writeTree({ 'wuzhong.yaml': minimalConfig, [A]: head() });
    const r = await runCli(['--repo', dir, 'check', '--as-of', '2026-11-26', '--base', 'main']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(new RegExp(`^wuzhong: --base 需要 Git 仓库，但 ${dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} 不在 Git 仓库中（git：fatal: not a git repository`));
  });

  it('runs the same way from the built bin', () => {
    const dir = zoneRepo({ [A]: head() + twoMilestones() });
    write(dir, A, head('2027-01-31') + twoMilestones());
    const ok = runBin(['--repo', dir, 'check', '--as-of', '2026-11-26', '--format', 'github', '--base', 'HEAD']);
    expect(ok.code).toBe(1);
    expect(ok.stdout).toContain(`::error file=${A},line=5,col=6,`);
    const bad = runBin(['--repo', dir, 'check', '--base', 'nope']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('找不到 Git 版本“nope”');
  });

  it('ignores GIT_DIR and GIT_INDEX_FILE left in the environment (as inside a git hook)', () => {
    const dir = zoneRepo({ [A]: head() + twoMilestones() });
    write(dir, A, head('2027-01-31') + twoMilestones());
    const r = runBin(['--repo', dir, 'check', '--as-of', '2026-11-26', '--format', 'json', '--base', 'HEAD'], { env: { GIT_DIR: '/nonexistent/.git', GIT_INDEX_FILE: '/nonexistent/index' } });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).diagnostics).toContainEqual(expect.objectContaining({ rule: 'postponed', line: 5, column: 6 }));
  });
});

describe('check --base: a list folder that is a symbolic link at REV', () => {
  it('names the link instead of comparing nothing', async () => {
    const dir = zoneRepo({ 'elsewhere/a.yaml': head() + twoMilestones() });
    mkdirSync(join(dir, 'lists'));
    symlinkSync('../elsewhere', join(dir, 'lists/tasks'));
    commitAll(dir, 'lists/tasks is a link');
    rmSync(join(dir, 'lists/tasks'));
    mkdirSync(join(dir, 'lists/tasks'));
    write(dir, A, head('2027-01-31') + twoMilestones());
    const { code, findings } = await baseFindings(dir);
    expect(code).toBe(1);
    const r = await runCli(['--repo', dir, 'check', '--as-of', '2026-11-26', '--format', 'json', '--base', 'HEAD']);
    const paths = (JSON.parse(r.stdout) as { diagnostics: Finding[] }).diagnostics.filter((d) => d.file === 'lists/tasks');
    expect(paths).toEqual([expect.objectContaining({
      file: 'lists/tasks', line: 1, column: 1, severity: 'error',
      message: 'HEAD 中“lists/tasks”是符号链接，无法与基准版本比较：请先在目标分支把它换成真实的目录',
    })]);
    expect(findings).toEqual([]);
    const en = await runCli(['--repo', dir, '--lang', 'en', 'check', '--as-of', '2026-11-26', '--format', 'json', '--base', 'HEAD']);
    expect(en.stdout).toContain('\\"lists/tasks\\" is a symbolic link at HEAD, so nothing can be compared with the base');
  });
});
