import { describe, expect, it } from 'vitest';
import { git, gitInit, runCli, writeTree } from '../../helpers.js';

// A zone whose name and an adjustment reason carry terminal escape sequences (a colour change, a window-title
// change with BEL); unit names and titles cannot (a hidden character in a name is a schema error).
const ZONE = 'zone: "高新区\\e[31m红"\ncalendar: none\nunits: [产融城公司, 铁北园区办]\nleaders: [魏克鹏]\n';
const ADJUSTMENT = 'adjustments:\n  - unit: 产融城公司\n    points: 1\n    reason: "表扬\\e]0;pwn\\a通报"\n';
const ITEM = 'title: 甲\nlead: 魏克鹏\nowner: 产融城公司\nstart: 2026-01-01\ndue: 2026-12-31\nmilestones:\n  - title: 一\n    due: 2026-10-31\n    done: 2026-10-20\nupdates:\n  - month: 2026-10\n    text: 完成\n';
const zone = () => writeTree({ 'wuzhong.yaml': ZONE, 'lists/tasks/a.yaml': ITEM, 'assessments/2026-10.yaml': ADJUSTMENT });
// eslint-disable-next-line no-control-regex -- the raw escape characters must not reach the terminal
const raw = /[\u001b\u0007]/;

describe('user text printed to a terminal goes through the sanitiser', () => {
  it('score: the title and the --explain reasons', async () => {
    const r = await runCli(['--repo', zone(), 'score', '--month', '2026-10', '--explain'], { now: '2026-11-26T04:00:00Z' });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(raw);
    expect(r.stdout).toContain('高新区␛[31m红2026年10月“五重”考核');
    expect(r.stdout).toContain('表扬␛]0;pwn␇通报');
  });

  it('overdue --unit: the unknown name echoed back', async () => {
    const r = await runCli(['--repo', zone(), 'overdue', '--unit', '产融城\u001b]0;pwn\u0007公司']);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(raw);
    expect(r.stderr).toContain('产融城␛]0;pwn␇公司');
  });

  it("report: the commit line (and the commit's subject)", async () => {
    const dir = zone();
    gitInit(dir);
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'data');
    const r = await runCli(['--repo', dir, 'report', '--month', '2026-10']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(raw);
    expect(r.stdout).toMatch(/report\(2026-10\): 高新区␛\[31m红2026年10月“五重”清单月报/);
    expect(git(dir, 'log', '-1', '--format=%s')).toBe('report(2026-10): 高新区␛[31m红2026年10月“五重”清单月报\n');
  });
});
