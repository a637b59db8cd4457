import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { git, gitInit, minimalConfig, runBin, writeTree } from '../../helpers.js';

const updates = ['updates:', '  - month: 2026-10', '    text: 按计划推进'];
/**
 * October 2026, as of 2026-10-31, worked out by hand. 张威 leads three items:
 * - aomiduo (铁北园区办): 资产处置 due 2026-10-21, not done: red, 10 days overdue; a problem raised 2026-10-01: 30 days open;
 * - fund (产融城公司): 招商对接 due 2026-11-10, 10 days ahead: yellow;
 * - closed: done 2026-10-15, no light.
 * 魏克鹏's overdue item must not appear.
 */
function zone(): string {
  const dir = writeTree({
    'wuzhong.yaml': minimalConfig,
    'lists/tasks/aomiduo.yaml': ['title: 盘活闲置土地', 'lead: 张威', 'owner: 铁北园区办', 'start: 2026-01-05', 'due: 2027-06-30',
      'milestones:', '  - title: 资产处置', '    due: 2026-10-21', ...updates,
      'problems:', '  - raised: 2026-10-01', '    text: 债权人意见不一，需区领导协调'].join('\n') + '\n',
    'lists/tasks/fund.yaml': ['title: 产业基金', 'lead: 张威', 'owner: 产融城公司', 'start: 2026-01-05', 'due: 2027-06-30',
      'milestones:', '  - title: 招商对接', '    due: 2026-11-10', ...updates].join('\n') + '\n',
    'lists/tasks/closed.yaml': ['title: 已办结事项', 'lead: 张威', 'owner: 产融城公司', 'start: 2026-01-05', 'due: 2026-12-31',
      'status: done', 'closed: 2026-10-15', ...updates].join('\n') + '\n',
    'lists/tasks/other.yaml': ['title: 别人的事项', 'lead: 魏克鹏', 'owner: 高新建公司', 'start: 2026-01-05', 'due: 2027-06-30',
      'milestones:', '  - title: 别人的节点', '    due: 2026-10-01', ...updates].join('\n') + '\n',
  });
  gitInit(dir);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'zone');
  return dir;
}

const brief = (dir: string, ...args: string[]) => runBin(['--repo', dir, 'report', '--month', '2026-10', '--lead', '张威', ...args]);

describe('report --lead: a one-page brief for a lead official', () => {
  it('writes reports/<month>-<lead>.md and does not commit', () => {
    const dir = zone();
    const head = git(dir, 'rev-parse', 'HEAD');
    const r = brief(dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('已写入 reports/2026-10-张威.md\n未提交（需要提交时加 --commit）\n');
    expect(git(dir, 'rev-parse', 'HEAD')).toBe(head);
    expect(git(dir, 'status', '--porcelain', '-uall')).toContain('reports/2026-10-');
  });

  it('their items with lights, their overdue nodes and open problems, nobody else\'s', () => {
    const dir = zone();
    brief(dir);
    const text = readFileSync(join(dir, 'reports', '2026-10-张威.md'), 'utf8');
    const lines = text.split('\n');
    expect(lines[0]).toBe('# 测试高新区“五重”清单张威同志牵头事项简报（2026年10月）');
    expect(text).toContain('\n数据截至2026年10月31日。\n');
    expect(text).toContain('\n张威同志牵头事项3项，其中推进中2项：红灯1项、黄灯1项、绿灯0项；逾期节点1个；待协调解决的问题1个。\n');
    expect(lines.find((l) => l.startsWith('| 红灯 |'))).toMatch(/^\| 红灯 \| 重点工作 \| \[盘活闲置土地\]\(\.\.\/lists\/tasks\/aomiduo\.yaml\) \| 铁北园区办 \| .* \| 资产处置逾期10天 \|$/);
    expect(lines.find((l) => l.startsWith('| 黄灯 |'))).toContain('| 2026-11-10（招商对接，还有10天） | 招商对接10天后到期 |');
    expect(text).toContain('| 重点工作 | [盘活闲置土地](../lists/tasks/aomiduo.yaml) | 资产处置 | 铁北园区办 | 2026-10-21 | 10 |');
    expect(text).toContain('| [盘活闲置土地](../lists/tasks/aomiduo.yaml) | 铁北园区办 | 2026-10-01 | 30 | 债权人意见不一，需区领导协调 |');
    expect(text).not.toContain('别人的');
    expect(text).not.toContain('已办结事项');
  });

  it('a second run says the file is unchanged; --commit commits exactly that one file', () => {
    const dir = zone();
    brief(dir);
    expect(brief(dir).stdout).toContain('reports/2026-10-张威.md 内容未变');
    writeFileSync(join(dir, 'stray.txt'), 'x');
    git(dir, 'add', 'stray.txt');
    const r = brief(dir, '--commit');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/已提交 [0-9a-f]{7}：report\(2026-10\): 张威 牵头事项简报/);
    expect(git(dir, '-c', 'core.quotepath=false', 'show', '--name-only', '--format=', 'HEAD').trim()).toBe('reports/2026-10-张威.md');
    expect(git(dir, 'diff', '--cached', '--name-only').trim()).toBe('stray.txt');
  });

  it('--out elsewhere in the repo; a file that is not a brief is refused unless --force', () => {
    const dir = zone();
    writeFileSync(join(dir, 'notes.md'), '# 我的笔记\n');
    const r = brief(dir, '--out', join(dir, 'notes.md'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('不是牵头事项简报');
    expect(readFileSync(join(dir, 'notes.md'), 'utf8')).toBe('# 我的笔记\n');
    expect(brief(dir, '--out', join(dir, 'notes.md'), '--force').code).toBe(0);
    expect(readFileSync(join(dir, 'notes.md'), 'utf8')).toContain('张威同志牵头事项简报');
  });

  it('an unknown lead is a usage error naming the closest one; --lang en', () => {
    const dir = zone();
    const bad = runBin(['--repo', dir, 'report', '--month', '2026-10', '--lead', '张伟']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--lead：没有“张伟”，是不是“张威”？');
    const en = runBin(['--repo', dir, '--lang', 'en', 'report', '--month', '2026-10', '--lead', '张威', '--out', join(dir, 'en.md')]);
    expect(en.code).toBe(0);
    const text = readFileSync(join(dir, 'en.md'), 'utf8');
    expect(text.split('\n')[0]).toBe('# 测试高新区 five key lists: brief for 张威, 2026-10');
    expect(text).toContain('张威 leads 3 items, 2 open: red 1, yellow 1, green 0; 1 overdue; 1 open problem.');
  });
});
