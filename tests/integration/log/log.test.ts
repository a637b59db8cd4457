import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { gitInit, minimalConfig, runBin, runCli, tempDir, writeTree } from '../../helpers.js';
import { commitAll, gitAs } from '../base/repo.js';

const A = 'lists/tasks/a.yaml';
const B = 'lists/tasks/b.yaml';

const item = (o: { due?: string; extra?: string; plan?: string; build?: string; more?: string; updates?: string }) => `title: 甲任务
lead: 魏克鹏
owner: 产融城公司
start: 2026-01-01
due: ${o.due ?? '2026-12-31'}
${o.extra ?? ''}milestones:
  - title: 方案
    due: 2026-06-30
${o.plan ?? ''}  - title: 实施
    due: ${o.build ?? '2026-10-31'}
${o.more ?? ''}updates:
  - month: 2026-08
    text: 方案编制中
    percent: 40
${o.updates ?? ''}`;

const sep = '  - month: 2026-09\n    text: 方案已批复\n    percent: 60\n';

/** A scripted history: five commits by three people on fixed dates (zone time zone Asia/Shanghai). */
let dir: string;
const ids: string[] = [];
beforeAll(() => {
  dir = writeTree({ 'wuzhong.yaml': minimalConfig, [A]: item({}) });
  gitInit(dir);
  ids.push(commitAll(dir, 'create a', { author: '张三', email: 'zhang@example.com', date: '2026-09-01T10:00:00+08:00' }));

  writeFileSync(join(dir, A), item({ plan: '    done: 2026-09-05\n', updates: sep }));
  writeFileSync(join(dir, B), 'title: 乙任务\nlead: 张威\nowner: 铁北园区办\nstart: 2026-02-01\ndue: 2026-12-31\n');
  ids.push(commitAll(dir, 'done, and b', { author: '李四', email: 'li@example.com', date: '2026-09-25T09:00:00+08:00' }));

  // 23:30 UTC on Oct 10 is Oct 11 in Shanghai: the entry's date is the zone's.
  writeFileSync(join(dir, A), item({
    plan: '    done: 2026-09-05\n', updates: sep, build: '2026-11-30',
    more: '    postponed:\n      - from: 2026-10-31\n        reason: 设备到货推迟\n        approved: 魏克鹏\n',
  }));
  ids.push(commitAll(dir, 'postpone with a record', { author: '王五', email: 'wang@example.com', date: '2026-10-10T23:30:00Z' }));

  writeFileSync(join(dir, A), item({
    due: '2027-01-31', plan: '    done: 2026-09-05\n', updates: sep, build: '2026-11-30',
    more: '    postponed:\n      - from: 2026-10-31\n        reason: 设备到货推迟\n        approved: 魏克鹏\n  - title: 验收\n    due: 2027-01-31\n',
  }));
  ids.push(commitAll(dir, 'move the item deadline, add a milestone', { author: '张三', email: 'zhang@example.com', date: '2026-10-20T15:00:00+08:00' }));

  writeFileSync(join(dir, A), item({
    due: '2027-01-31', extra: 'status: cancelled\nclosed: 2026-11-02\n', plan: '    done: 2026-09-05\n', build: '2026-11-30',
    more: '    done: 2026-11-02\n', updates: '  - month: 2026-09\n    text: 方案已批复\n    percent: 75\n',
  }));
  rmSync(join(dir, B));
  ids.push(commitAll(dir, 'cancel a, drop b', { author: '李四', email: 'li@example.com', date: '2026-11-02T18:00:00+08:00' }));
});

const json = async (args: string[]) => {
  const r = await runCli(['--repo', dir, 'log', ...args, '--format', 'json']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
};

describe('wuzhong log <item>', () => {
  it('lists every commit that changed the item, oldest first, in terms of the model', async () => {
    const out = await json(['tasks/a']);
    expect(out.item).toBe('tasks/a');
    expect(out.since).toBeNull();
    expect(out.timezone).toBe('Asia/Shanghai');
    expect(out.entries).toHaveLength(5);
    const [e1, e2, e3, e4, e5] = out.entries;

    expect(e1).toEqual({
      commit: ids[0], date: '2026-09-01', committed: '2026-09-01T10:00:00+08:00', author: '张三', email: 'zhang@example.com',
      item: 'tasks/a', file: A, changes: [{ kind: 'created', title: '甲任务', due: '2026-12-31' }],
    });

    expect(e2.commit).toBe(ids[1]);
    expect(e2.date).toBe('2026-09-25');
    expect(e2.author).toBe('李四');
    expect(e2.changes).toEqual([
      { kind: 'milestone-done', milestone: '方案', done: '2026-09-05', previous: null, days: 20 },
      { kind: 'percent', month: '2026-09', from: 40, to: 60 },
    ]);

    expect(e3.commit).toBe(ids[2]);
    expect(e3.date).toBe('2026-10-11');
    expect(e3.committed).toBe('2026-10-10T23:30:00+00:00');
    expect(e3.author).toBe('王五');
    expect(e3.email).toBe('wang@example.com');
    expect(e3.changes).toEqual([
      { kind: 'milestone-due', milestone: '实施', from: '2026-10-31', to: '2026-11-30', postponement: { from: '2026-10-31', reason: '设备到货推迟', approved: '魏克鹏' } },
    ]);

    expect(e4.date).toBe('2026-10-20');
    expect(e4.changes).toEqual([
      { kind: 'due', from: '2026-12-31', to: '2027-01-31', postponement: null },
      { kind: 'milestone-added', milestone: '验收', due: '2027-01-31' },
    ]);

    expect(e5.commit).toBe(ids[4]);
    expect(e5.date).toBe('2026-11-02');
    expect(e5.changes).toEqual([
      { kind: 'status', from: 'active', to: 'cancelled', closed: '2026-11-02' },
      { kind: 'milestone-done', milestone: '实施', done: '2026-11-02', previous: null, days: 0 },
      { kind: 'milestone-removed', milestone: '验收' },
      // The commit also dropped the approved postponement of 实施: records are append-only, so the log names it.
      { kind: 'postponement-edited', milestone: '实施', from: '2026-10-31' },
      { kind: 'percent', month: '2026-09', from: 60, to: 75 },
    ]);
  });

  it('prints a table in Chinese by default and in English with --lang en', async () => {
    const zh = await runCli(['--repo', dir, 'log', 'tasks/a']);
    expect(zh.code).toBe(0);
    const s = (i: number) => ids[i]!.slice(0, 7);
    const zhIndent = ' '.repeat(10 + 2 + 7 + 2 + 4 + 2); // date, commit, author (张三 is 4 columns wide)
    const enIndent = ' '.repeat(10 + 2 + 7 + 2 + 6 + 2); // the heading "author" is wider than the names
    expect(zh.stdout).toBe([
      '事项 tasks/a 的变更历史（最早的在前）：5条',
      '',
      '日期        提交     作者  变更',
      `2026-09-01  ${s(0)}  张三  新建事项“甲任务”，时限2026-12-31`,
      `2026-09-25  ${s(1)}  李四  节点“方案”记录完成于2026-09-05，晚20天提交`,
      `${zhIndent}2026年9月进度40% → 60%`,
      `2026-10-11  ${s(2)}  王五  节点“实施”时限2026-10-31 → 2026-11-30（有延期记录，批准：魏克鹏，理由：设备到货推迟）`,
      `2026-10-20  ${s(3)}  张三  事项时限2026-12-31 → 2027-01-31（无延期记录）`,
      `${zhIndent}新增节点“验收”，时限2027-01-31`,
      `2026-11-02  ${s(4)}  李四  状态推进中 → 已撤销（2026-11-02）`,
      `${zhIndent}节点“实施”记录完成于2026-11-02，当天提交`,
      `${zhIndent}删除节点“验收”`,
      `${zhIndent}改动或删除了节点“实施”原时限为2026-10-31的延期记录`,
      `${zhIndent}2026年9月进度60% → 75%`,
      '',
    ].join('\n'));
    const en = await runCli(['--repo', dir, '--lang', 'en', 'log', 'tasks/a', '--since', '2026-10-15']);
    expect(en.stdout).toBe([
      'History of tasks/a (oldest first), since 2026-10-15: 2 entries',
      '',
      'date        commit   author  changes',
      `2026-10-20  ${s(3)}  张三    item deadline 2026-12-31 → 2027-01-31 (no postponement record)`,
      `${enIndent}added milestone "验收", due 2027-01-31`,
      `2026-11-02  ${s(4)}  李四    status active → cancelled (2026-11-02)`,
      `${enIndent}milestone "实施" done on 2026-11-02, recorded the same day`,
      `${enIndent}removed milestone "验收"`,
      `${enIndent}changed or removed the postponement from 2026-10-31 of the milestone "实施"`,
      `${enIndent}2026-09 progress 60% → 75%`,
      '',
    ].join('\n'));
  });

  it('shows the history of an item whose file was deleted', async () => {
    const out = await json(['tasks/b']);
    expect(out.entries.map((e: { commit: string; changes: unknown[] }) => [e.commit, e.changes])).toEqual([
      [ids[1], [{ kind: 'created', title: '乙任务', due: '2026-12-31' }]],
      [ids[4], [{ kind: 'deleted' }]],
    ]);
  });

  it('accepts the file path as the item name', async () => {
    expect((await json([A])).entries).toHaveLength(5);
  });
});

describe('wuzhong log --since', () => {
  it('lists every item newest first, from the date on (commit date in the zone)', async () => {
    const out = await json(['--since', '2026-10-11']);
    expect(out.item).toBeNull();
    expect(out.since).toBe('2026-10-11');
    expect(out.entries.map((e: { commit: string; item: string; date: string }) => [e.commit, e.item, e.date])).toEqual([
      [ids[4], 'tasks/a', '2026-11-02'],
      [ids[4], 'tasks/b', '2026-11-02'],
      [ids[3], 'tasks/a', '2026-10-20'],
      [ids[2], 'tasks/a', '2026-10-11'],
    ]);
  });

  it('adds the item column to the table', async () => {
    const r = await runCli(['--repo', dir, 'log', '--since', '2026-11-01']);
    expect(r.stdout.split('\n').slice(0, 4)).toEqual([
      '各事项的变更（最新的在前），2026-11-01起：2条',
      '',
      '日期        提交     作者  事项     变更',
      `2026-11-02  ${ids[4]!.slice(0, 7)}  李四  tasks/a  状态推进中 → 已撤销（2026-11-02）`,
    ]);
    expect(r.stdout).toContain(`2026-11-02  ${ids[4]!.slice(0, 7)}  李四  tasks/b  删除了事项文件\n`);
  });

  it('says so when nothing changed', async () => {
    const r = await runCli(['--repo', dir, 'log', '--since', '2026-11-20']);
    expect(r).toEqual({ code: 0, stdout: '各事项的变更（最新的在前），2026-11-20起：0条\n没有找到变更记录\n', stderr: '' });
  });
});

describe('wuzhong log: usage errors (exit 2)', () => {
  it('names the nearest item for an unknown one', async () => {
    const r = await runCli(['--repo', dir, 'log', 'tasks/aa']);
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'wuzhong: 找不到事项 tasks/aa：lists/tasks/aa.yaml 不存在，也没有改动过它的提交；是不是 tasks/a？\n' });
    const en = await runCli(['--repo', dir, '--lang', 'en', 'log', 'tasks/aa']);
    expect(en.stderr).toBe('wuzhong: item tasks/aa not found: lists/tasks/aa.yaml does not exist and no commit changed it; did you mean tasks/a?\n');
    expect(en.stderr).not.toContain('name it');
    // Only a name that is not <list>/<id> at all is told how to write one.
    const bad = await runCli(['--repo', dir, 'log', 'task/a']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('请写成 <清单>/<编号>');
  });

  it('--repo must be an existing folder: not a file, not a missing path', async () => {
    const file = await runCli(['--repo', join(dir, 'wuzhong.yaml'), 'log', 'tasks/a']);
    expect(file.code).toBe(2);
    expect(file.stderr).toBe(`wuzhong: --repo 应为已存在的目录（园区仓库，其中有 wuzhong.yaml）：${join(dir, 'wuzhong.yaml')} 不是目录\n`);
    const missing = await runCli(['--repo', join(dir, 'nonexistent'), '--lang', 'en', 'log']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(`wuzhong: --repo must be an existing folder (the zone repo, which holds wuzhong.yaml): ${join(dir, 'nonexistent')} does not exist\n`);
    const under = await runCli(['--repo', join(dir, 'wuzhong.yaml', 'x'), 'log']);
    expect(under.code).toBe(2);
    expect(under.stderr).toContain('--repo 应为已存在的目录');
    const empty = await runCli(['--repo', join(dir, 'lists'), 'log']);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('中没有 wuzhong.yaml');
  });

  it('rejects a bad --since', async () => {
    const r = await runCli(['--repo', dir, 'log', '--since', '2026-02-30']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--since');
  });

  it('rejects a directory that is not a git repository', async () => {
    const plain = writeTree({ 'wuzhong.yaml': minimalConfig, [A]: item({}) });
    const r = await runCli(['--repo', plain, '--lang', 'en', 'log', 'tasks/a']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^wuzhong: wuzhong log needs a git repository, and .* is not inside one \(git: fatal: not a git repository/);
  });

  it('notes a shallow clone, whose history is cut short', async () => {
    const clone = join(tempDir(), 'clone');
    gitAs(dir, {}, 'clone', '-q', '--depth', '1', `file://${dir}`, clone);
    const r = await runCli(['--repo', clone, 'log', 'tasks/a', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('wuzhong：注意：当前是浅克隆，较早的历史不在本地（可执行 git fetch --unshallow）\n');
    expect(JSON.parse(r.stdout).entries.map((e: { commit: string }) => e.commit)).toEqual([ids[4]]);
  });

  it('works from the built bin', () => {
    const r = runBin(['--repo', dir, 'log', 'tasks/b', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).entries).toHaveLength(2);
    expect(gitAs(dir, {}, 'status', '--porcelain')).toBe(''); // the walk leaves the repository as it was
  });
});
