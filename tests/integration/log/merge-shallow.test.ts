import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { git, gitAs, gitInit, minimalConfig, runCli, tempDir, writeTree } from '../../helpers.js';

const A = 'lists/tasks/a.yaml';
const item = (due: string, title = '甲任务') => `title: ${title}\nlead: 魏克鹏\nowner: 产融城公司\nstart: 2026-01-01\ndue: ${due}\n`;
const at = (date: string) => ({ date });

async function log(dir: string, args: string[] = []) {
  const r = await runCli(['--repo', dir, 'log', ...args, '--format', 'json']);
  expect(r.stderr.replace(/^wuzhong：注意：当前是浅克隆.*\n/, '')).toBe('');
  expect(r.code).toBe(0);
  type Change = { kind: string; from?: string; to?: string };
  return JSON.parse(r.stdout) as { entries: { commit: string; changes: Change[] }[] };
}

describe('log and merge commits', () => {
  it('shows the change made inside a merge (conflict resolved to a third value), compared with the first parent', async () => {
    const dir = writeTree({ 'wuzhong.yaml': minimalConfig, [A]: item('2026-12-31') });
    gitInit(dir);
    git(dir, 'add', '-A');
    gitAs(dir, at('2026-09-01T10:00:00+08:00'), 'commit', '-qm', 'create');
    git(dir, 'checkout', '-qb', 'side');
    writeFileSync(join(dir, A), item('2027-01-31'));
    gitAs(dir, at('2026-09-02T10:00:00+08:00'), 'commit', '-qam', 'side moves the deadline');
    git(dir, 'checkout', '-q', 'main');
    writeFileSync(join(dir, A), item('2027-02-28'));
    gitAs(dir, at('2026-09-03T10:00:00+08:00'), 'commit', '-qam', 'main moves it too');
    try {
      gitAs(dir, at('2026-09-04T10:00:00+08:00'), 'merge', '-q', 'side');
    } catch {
      // The conflict is the point: it is resolved by hand below.
    }
    writeFileSync(join(dir, A), item('2027-03-31'));
    git(dir, 'add', A);
    gitAs(dir, at('2026-09-04T10:00:00+08:00'), 'commit', '-qm', 'merge side, settle on March');
    const merge = git(dir, 'rev-parse', 'HEAD').trim();
    const out = await log(dir, ['tasks/a']);
    const inMerge = out.entries.filter((e) => e.commit === merge);
    expect(inMerge).toHaveLength(1);
    expect(inMerge[0]!.changes).toEqual([expect.objectContaining({ kind: 'due', from: '2027-02-28', to: '2027-03-31' })]);
    // created, side's move, main's move, the merge's own: four entries, none twice.
    expect(out.entries).toHaveLength(4);
  });

  it('a clean merge of a side branch lists the side commit once and no entry for the merge', async () => {
    const dir = writeTree({ 'wuzhong.yaml': minimalConfig, [A]: item('2026-12-31'), 'notes.txt': 'x\n' });
    gitInit(dir);
    git(dir, 'add', '-A');
    gitAs(dir, at('2026-09-01T10:00:00+08:00'), 'commit', '-qm', 'create');
    git(dir, 'checkout', '-qb', 'side');
    writeFileSync(join(dir, A), item('2027-01-31'));
    gitAs(dir, at('2026-09-02T10:00:00+08:00'), 'commit', '-qam', 'side');
    git(dir, 'checkout', '-q', 'main');
    writeFileSync(join(dir, 'notes.txt'), 'y\n');
    gitAs(dir, at('2026-09-03T10:00:00+08:00'), 'commit', '-qam', 'main, elsewhere');
    gitAs(dir, at('2026-09-04T10:00:00+08:00'), 'merge', '-q', '--no-edit', 'side');
    const out = await log(dir, ['tasks/a']);
    expect(out.entries.map((e) => e.changes[0]!.kind)).toEqual(['created', 'due']);
  });
});

describe('log in a shallow clone', () => {
  it('marks the oldest commit it has as where history starts, not as a creation', async () => {
    const dir = writeTree({ 'wuzhong.yaml': minimalConfig, [A]: item('2026-12-31') });
    gitInit(dir);
    git(dir, 'add', '-A');
    gitAs(dir, at('2026-09-01T10:00:00+08:00'), 'commit', '-qm', 'create');
    writeFileSync(join(dir, A), item('2027-01-31'));
    gitAs(dir, at('2026-09-02T10:00:00+08:00'), 'commit', '-qam', 'move');
    writeFileSync(join(dir, A), readFileSync(join(dir, A), 'utf8').replace('甲任务', '甲任务（二期）'));
    gitAs(dir, at('2026-09-03T10:00:00+08:00'), 'commit', '-qam', 'rename');
    const clone = join(tempDir(), 'clone');
    git(tempDir(), 'clone', '-q', '--depth', '2', `file://${dir}`, clone);
    const out = await log(clone, ['tasks/a']);
    expect(out.entries.map((e) => e.changes[0]!.kind)).toEqual(['history-start', 'edited']);
    // In the full history the first commit is the creation.
    expect((await log(dir, ['tasks/a'])).entries[0]!.changes[0]!.kind).toBe('created');
    const text = await runCli(['--repo', clone, 'log', 'tasks/a']);
    expect(text.stdout).toContain('本地历史从这里开始（浅克隆）：此时已有事项“甲任务”，时限2027-01-31');
    expect(text.stdout).not.toContain('新建事项');
  });
});
