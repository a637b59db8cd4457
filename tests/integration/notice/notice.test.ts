import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { git, gitInit, runBin, writeTree } from '../../helpers.js';

// A zone on the weekends calendar, so working days are easy to count by hand: 2025-11-26 is a Wednesday.
const CONFIG = `zone: 测试高新区
calendar: weekends
units: [产融城公司, 铁北园区办, 建设局]
leaders: [魏克鹏]
notices:
  pattern: 高新督〔{year}〕{n}号
  replyDays: 5
`;
const ITEM = `title: 供热管网
lead: 魏克鹏
owner: 建设局
start: 2025-01-01
due: 2025-12-31
milestones:
  - title: 管材招标
    due: 2025-11-10
  - title: 穿越铁路
    due: 2025-12-05
    postponed:
      - from: 2025-10-31
        reason: 铁路局审批
        approved: 魏克鹏
      - from: 2025-11-20
        reason: 铁路局排期
        approved: 魏克鹏
updates:
  - month: 2025-10
    text: 推进
  - month: 2025-11
    text: 推进
`;

function zone(): string {
  const other = ITEM.replace('owner: 建设局', 'owner: 产融城公司').replace(/milestones:[\s\S]*?updates:/, 'updates:');
  const dir = writeTree({ 'wuzhong.yaml': CONFIG, 'lists/tasks/heat.yaml': ITEM, 'lists/tasks/other.yaml': other });
  gitInit(dir);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'data');
  return dir;
}

const check = (dir: string, asOf: string) => {
  const r = runBin(['check', '--as-of', asOf, '--format', 'json'], { cwd: dir });
  type Found = { diagnostics: { file: string; rule: string; severity: string }[] };
  const found = (JSON.parse(r.stdout) as Found).diagnostics;
  return found.filter((d) => d.rule.startsWith('notice-')).map((d) => [d.file, d.rule, d.severity]);
};

describe('wuzhong notice, end to end in a real git repository', () => {
  it('numbers, writes, commits exactly its three files, and the rules follow the notice through its states', () => {
    const dir = zone();
    // Work in progress that the commit must leave alone.
    writeFileSync(join(dir, 'lists/tasks/other.yaml'), `${readFileSync(join(dir, 'lists/tasks/other.yaml'), 'utf8')}summary: 草稿\n`);
    writeFileSync(join(dir, 'draft.txt'), '草稿');
    const head = git(dir, 'rev-parse', 'HEAD').trim();

    const first = runBin(['notice', '--unit', '建设局', '--as-of', '2025-11-26'], { cwd: dir });
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain('高新督〔2025〕1号');
    expect(git(dir, 'rev-parse', 'HEAD~1').trim()).toBe(head);
    expect(git(dir, 'show', '--name-only', '--format=%s', 'HEAD').trim().split('\n')).toEqual([
      'notice(2025/001): 高新督〔2025〕1号 建设局 督办', '', 'notices/2025/001.docx', 'notices/2025/001.md', 'notices/2025/001.yaml',
    ]);
    expect(git(dir, 'status', '--porcelain').split('\n').filter(Boolean).sort()).toEqual([' M lists/tasks/other.yaml', '?? draft.txt']);
    const yaml = readFileSync(join(dir, 'notices/2025/001.yaml'), 'utf8');
    // Wednesday 11-26 + 5 working days: Thu 27, Fri 28, Mon 1, Tue 2, Wed 3 December.
    expect(yaml).toContain('replyBy: 2025-12-03\n');
    expect(yaml).toContain('  - item: tasks/heat\n    milestone: 管材招标\n    due: 2025-11-10\n    status: overdue\n    days: 16\n');
    expect(yaml).toMatch(/ {2}- item: tasks\/heat\n {4}milestone: 穿越铁路\n {4}due: 2025-12-05\n {4}status: risk\n {4}reasons: .*管材招标/);
    const md = readFileSync(join(dir, 'notices/2025/001.md'), 'utf8');
    expect(md).toContain('# 高新督〔2025〕1号');
    expect(md).toContain('建设局：');
    expect(md).toContain('2025年12月3日前');
    expect(md).toContain('| 1 | 供热管网 | 管材招标 | 2025-11-10 | 已逾期16天 |');

    // Fresh: nothing to say. Monday 12-01 is past 2 working days (Thu 27, Fri 28) unsigned: info.
    expect(check(dir, '2025-11-26')).toEqual([]);
    expect(check(dir, '2025-12-01')).toEqual([['notices/2025/001.yaml', 'notice-unreceived', 'info']]);
    // Thursday 12-04 (findings in line order): past the reply deadline without a reply; a 督办 unanswered suggests a 催办.
    expect(check(dir, '2025-12-04')).toEqual([
      ['notices/2025/001.yaml', 'notice-escalate', 'info'],
      ['notices/2025/001.yaml', 'notice-unreceived', 'info'],
      ['notices/2025/001.yaml', 'notice-unanswered', 'warning'],
    ]);

    const second = runBin(['notice', '--unit', '建设局', '--as-of', '2025-12-04', '--kind', '催办'], { cwd: dir });
    expect(second.code, second.stderr).toBe(0);
    const yaml2 = readFileSync(join(dir, 'notices/2025/002.yaml'), 'utf8');
    expect(yaml2).toContain('number: 高新督〔2025〕2号\nkind: 催办\n');
    expect(yaml2).toContain('follows: [2025/001]\n');
    expect(readFileSync(join(dir, 'notices/2025/002.md'), 'utf8')).toContain('前次督办（2025/001）至今未回复');
    // The 催办 answers the escalation hint; the 督办 itself is still unanswered.
    expect(check(dir, '2025-12-04')).toEqual([
      ['notices/2025/001.yaml', 'notice-unreceived', 'info'],
      ['notices/2025/001.yaml', 'notice-unanswered', 'warning'],
    ]);

    // 签收, reply, 销号 recorded by hand and committed: the first notice is settled.
    writeFileSync(join(dir, 'notices/2025/001.yaml'), `${yaml}received: { date: 2025-11-27, by: 建设局办公室 }
replies:
  - date: 2025-12-04
    text: 管材招标已于12月4日完成。
closed: { date: 2025-12-05, by: 督查专班, note: 已核实 }
`);
    git(dir, 'add', 'notices');
    git(dir, 'commit', '-qm', '签收、回复、销号');
    expect(check(dir, '2025-12-08')).toEqual([]);
    const log = runBin(['log'], { cwd: dir });
    expect(log.stdout).toContain('建设局办公室于2025-11-27签收');
    expect(log.stdout).toContain('2025-12-04回复');
    expect(log.stdout).toContain('督查专班于2025-12-05销号');
    expect(log.stdout).toContain('发出督办通知高新督〔2025〕1号（建设局），2025-12-03前回复');

    // The December report lists the notices issued and closed in the month.
    const report = runBin(['report', '--month', '2025-12', '--no-commit'], { cwd: dir });
    expect(report.code, report.stderr).toBe(0);
    const text = readFileSync(join(dir, 'reports/2025-12.md'), 'utf8');
    expect(text).toContain('| [高新督〔2025〕2号](../notices/2025/002.yaml) | 催办 | 建设局 | 2025-12-04 | 2025-12-11 | — | — | 发出 |');

    // Numbering continues in the year, and starts again in the next one; --no-commit leaves HEAD where it is.
    const before = git(dir, 'rev-parse', 'HEAD').trim();
    const third = runBin(['notice', '--unit', '建设局', '--as-of', '2025-12-08', '--kind', '提醒', '--no-commit'], { cwd: dir });
    expect(third.code, third.stderr).toBe(0);
    expect(existsSync(join(dir, 'notices/2025/003.yaml'))).toBe(true);
    expect(git(dir, 'rev-parse', 'HEAD').trim()).toBe(before);
    const next = runBin(['notice', '--unit', '建设局', '--as-of', '2026-01-05'], { cwd: dir });
    expect(next.code, next.stderr).toBe(0);
    expect(readFileSync(join(dir, 'notices/2026/001.yaml'), 'utf8')).toContain('number: 高新督〔2026〕1号\n');
  });

  it('a unit with nothing overdue or at risk gets no notice; --unit is required', () => {
    const dir = zone();
    const none = runBin(['notice', '--unit', '铁北园区办', '--as-of', '2025-11-26'], { cwd: dir });
    expect(none.code).toBe(0);
    expect(none.stdout).toContain('铁北园区办没有逾期或有延误风险的节点');
    expect(existsSync(join(dir, 'notices'))).toBe(false);
    expect(runBin(['notice', '--as-of', '2025-11-26'], { cwd: dir }).code).toBe(2);
    expect(runBin(['notice', '--unit', '建设', '--as-of', '2025-11-26'], { cwd: dir }).code).toBe(2);
  });

  it('unanswered notices score only when the zone turns it on', () => {
    const dir = zone();
    expect(runBin(['notice', '--unit', '建设局', '--as-of', '2025-11-26'], { cwd: dir }).code).toBe(0);
    const events = (config: string) => {
      writeFileSync(join(dir, 'wuzhong.yaml'), config);
      const r = runBin(['score', '--month', '2025-12', '--format', 'json'], { cwd: dir });
      type Score = { units: { unit: string; events: { event: string; points: number }[] }[] };
      const units = (JSON.parse(r.stdout) as Score).units;
      return units.find((u) => u.unit === '建设局')!.events.filter((e) => e.event === 'notice-unanswered');
    };
    // Reply deadline 2025-12-03 is in December and no reply came: −3 with noticeUnanswered: 3, nothing by default.
    expect(events(CONFIG)).toEqual([]);
    expect(events(`${CONFIG}assessment: { noticeUnanswered: 3 }\n`)).toEqual([expect.objectContaining({ event: 'notice-unanswered', points: -3 })]);
  });
});
