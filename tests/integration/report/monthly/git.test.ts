import { existsSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { git, runBin, tempDir, writeTree } from '../../../helpers.js';
import { smallZone } from '../../../support/monthly/fixture.js';
import { report, REPORT, snapshot, zoneRepo } from './repo.js';

const head = (dir: string) => git(dir, 'rev-parse', 'HEAD').trim();

describe('report commits exactly the report file', () => {
  test('staged, unstaged, partly staged and untracked changes stay exactly as they were', async () => {
    const { top } = zoneRepo();
    writeTree({ 'notes.txt': 'v1\n', 'other.txt': 'o1\n', 'partial.txt': 'p1\n', 'gone.txt': 'g\n' }, top);
    git(top, 'add', '-A');
    git(top, 'commit', '-q', '-m', 'more files');
    const before = head(top);
    writeTree({ 'notes.txt': 'v2\n', 'partial.txt': 'p2\n', 'staged-new.txt': 'n\n' }, top);
    git(top, 'add', 'notes.txt', 'partial.txt', 'staged-new.txt');
    git(top, 'rm', '-q', '--cached', 'gone.txt');
    writeTree({ 'other.txt': 'o2\n', 'partial.txt': 'p3\n', 'untracked.txt': 'u\n' }, top);
    // A staged edit of zone data: the report is made from the working tree, and the commit says so.
    writeFileSync(join(top, 'lists/tasks/b.yaml'), readFileSync(join(top, 'lists/tasks/b.yaml'), 'utf8').replace('八月进展', '八月进展（已更正）'));
    git(top, 'add', 'lists/tasks/b.yaml');
    const was = snapshot(top);

    const r = await report(top);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toMatch(/^已写入 reports\/2026-10\.md\n注意：lists\/ 或 assessments\/ 中有未提交的修改，本报告按工作区中的数据生成，与已提交的数据不一致；请一并提交这些修改\n已提交 [0-9a-f]{7}：report\(2026-10\): 测试高新区2026年10月“五重”清单月报（只含这一个文件）\n$/);

    expect(snapshot(top)).toEqual(was);
    expect(git(top, 'show', '--name-only', '--format=', 'HEAD')).toBe(`${REPORT}\n`);
    expect(git(top, 'rev-parse', 'HEAD^').trim()).toBe(before);
    expect(git(top, 'log', '-1', '--format=%s')).toBe('report(2026-10): 测试高新区2026年10月“五重”清单月报\n');
    expect(git(top, 'log', '-1', '--format=%b')).toBe(`Source commit: ${before}\n清单数据：按含未提交修改的工作区生成 / Zone data: working tree with uncommitted changes.\n\n`);
    expect(git(top, 'log', '-1', '--format=%an <%ae>')).toBe('Test <test@example.com>\n');
    const committed = git(top, 'show', `HEAD:${REPORT}`);
    expect(committed).toBe(readFileSync(join(top, REPORT), 'utf8'));
    expect(committed).toContain('八月进展（已更正）');
    // The real index holds the committed blob for the report, so it shows as clean.
    expect(git(top, 'ls-files', '-s', REPORT).split(/\s/)[1]).toBe(git(top, 'rev-parse', `HEAD:${REPORT}`).trim());
  });

  test('a second run with the same data makes no commit', async () => {
    const { top } = zoneRepo();
    expect((await report(top)).code).toBe(0);
    const first = head(top);
    const again = await report(top);
    expect(again).toMatchObject({ code: 0, stdout: `reports/2026-10.md 内容未变\n报告与已提交的版本完全相同，未新建提交\n` });
    expect(head(top)).toBe(first);
    expect(git(top, 'status', '--porcelain')).toBe('');
  });

  test('changed data makes a new commit on top of the last one', async () => {
    const { top } = zoneRepo();
    await report(top);
    const first = head(top);
    writeFileSync(join(top, 'lists/tasks/b.yaml'), readFileSync(join(top, 'lists/tasks/b.yaml'), 'utf8').replace('逾期事项', '逾期事项（改名）'));
    git(top, 'commit', '-q', '-am', 'rename');
    const data = head(top);
    const r = await report(top, ['--lang', 'en']);
    expect(r.stdout).toMatch(/^wrote reports\/2026-10\.md\ncommitted [0-9a-f]{7}: report\(2026-10\): 测试高新区2026年10月“五重”清单月报 \(this one file only\)\n$/);
    expect(git(top, 'rev-list', '--parents', '-n', '1', 'HEAD').trim().split(' ')[1]).toBe(data);
    expect(git(top, 'rev-list', '--count', `${first}..HEAD`).trim()).toBe('2');
    expect(git(top, 'log', '-1', '--format=%b')).toBe(`Source commit: ${data}\n\n`);
  });

  test('a repository with no commits yet: the report becomes the root commit, staged files stay staged', async () => {
    const { top } = zoneRepo({ commit: false });
    git(top, 'add', 'wuzhong.yaml');
    const was = snapshot(top);
    const r = await report(top);
    expect(r.code).toBe(0);
    expect(git(top, 'rev-list', '--count', 'HEAD').trim()).toBe('1');
    expect(git(top, 'show', '--name-only', '--format=', 'HEAD')).toBe(`${REPORT}\n`);
    expect(git(top, 'log', '-1', '--format=%b')).toBe('Source commit: none (first commit)\n清单数据：按含未提交修改的工作区生成 / Zone data: working tree with uncommitted changes.\n\n');
    expect(git(top, 'symbolic-ref', 'HEAD').trim()).toBe('refs/heads/main');
    expect(snapshot(top)).toEqual(was);
  });

  test('a zone repo in a subdirectory of the work tree commits <sub>/reports/…', async () => {
    const { top, zone } = zoneRepo({ sub: 'data/zone' });
    const r = await report(zone, [], { cwd: top });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('已写入 reports/2026-10.md');
    expect(git(top, 'show', '--name-only', '--format=', 'HEAD')).toBe(`data/zone/${REPORT}\n`);
    expect(git(top, 'status', '--porcelain')).toBe('');
  });

  test('no configured identity (fresh CI runner): the bot authors and commits', () => {
    const top = tempDir('wuzhong-noid-');
    writeTree(smallZone, top);
    git(top, 'init', '-q', '-b', 'main');
    git(top, 'config', 'commit.gpgsign', 'false');
    git(top, 'add', '-A');
    git(top, 'commit', '-q', '-m', 'data');
    const home = tempDir('wuzhong-home-');
    const r = runBin(['report', '--month', '2026-10'], { cwd: top, env: { HOME: home, GIT_CONFIG_NOSYSTEM: '1' } });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(git(top, 'log', '-1', '--format=%an <%ae>|%cn <%ce>')).toBe('wuzhong-bot <wuzhong-bot@users.noreply.local>|wuzhong-bot <wuzhong-bot@users.noreply.local>\n');
  });

  test('uncommitted edits to an existing report are kept as a git object before it is rewritten', async () => {
    const { top } = zoneRepo();
    await report(top);
    writeFileSync(join(top, REPORT), '手工改过的月报\n');
    writeFileSync(join(top, 'lists/tasks/b.yaml'), readFileSync(join(top, 'lists/tasks/b.yaml'), 'utf8').replace('逾期事项', '逾期事项二'));
    git(top, 'commit', '-q', '-m', 'rename', '--', 'lists/tasks/b.yaml');
    const r = await report(top);
    const blob = /git cat-file -p ([0-9a-f]{40})/.exec(r.stdout)?.[1];
    expect(blob).toBeDefined();
    expect(git(top, 'cat-file', '-p', blob!)).toBe('手工改过的月报\n');
    expect(git(top, 'status', '--porcelain')).toBe('');
  });

  test('--no-commit only writes', async () => {
    const { top } = zoneRepo();
    const before = head(top);
    const r = await report(top, ['--no-commit']);
    expect(r).toMatchObject({ code: 0, stdout: '已写入 reports/2026-10.md\n按 --no-commit 要求，未提交\n' });
    expect(head(top)).toBe(before);
    expect(git(top, 'status', '--porcelain')).toBe('?? reports/\n');
  });
});

describe('when git cannot or must not commit', () => {
  test('not a git repository: the file is written, nothing committed, exit 0', async () => {
    const dir = writeTree(smallZone);
    const r = await report(dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`已写入 reports/2026-10.md\n${dir} 不在 Git 仓库中：报告已写入，未提交任何内容\n`);
    expect(existsSync(join(dir, REPORT))).toBe(true);
  });

  test('git missing from the machine: a clear message, exit 2, nothing written', async () => {
    const { top } = zoneRepo();
    const r = await report(top, [], { env: { PATH: join(top, 'no-such-dir'), HOME: top } });
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toBe('wuzhong: 找不到 git 命令：提交月报需要安装 Git（或用 --no-commit 只写文件）\n');
    expect(existsSync(join(top, REPORT))).toBe(false);
  });

  test('--no-commit needs no git at all', async () => {
    const { top } = zoneRepo();
    expect((await report(top, ['--no-commit'], { env: { PATH: join(top, 'no-such-dir') } })).code).toBe(0);
  });

  test('a file with errors: refuses (exit 1), writes and commits nothing', async () => {
    const { top } = zoneRepo();
    writeFileSync(join(top, 'lists/tasks/bad.yaml'), 'title: 坏\nlead: 魏克鹏\nowner: 产融城公司\nstart: 2026-01-01\n');
    const before = head(top);
    const r = await report(top);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('wuzhong report：数据中有1个错误');
    expect(r.stderr).toContain('lists/tasks/bad.yaml');
    expect(existsSync(join(top, REPORT))).toBe(false);
    expect(head(top)).toBe(before);
  });
});

describe('--push', () => {
  function withRemote() {
    const { top } = zoneRepo();
    const remote = tempDir('wuzhong-remote-');
    git(remote, 'init', '-q', '--bare', '-b', 'main');
    git(top, 'remote', 'add', 'origin', remote);
    git(top, 'push', '-q', '-u', 'origin', 'main');
    return { top, remote };
  }

  test('pushes the current branch to its upstream (a local bare remote)', async () => {
    const { top, remote } = withRemote();
    const r = await report(top, ['--push']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/已推送到 origin 的 main 分支\n$/);
    expect(git(remote, 'rev-parse', 'main').trim()).toBe(head(top));
    expect(git(remote, 'show', '--name-only', '--format=', 'main')).toBe(`${REPORT}\n`);
  });

  test('an unchanged report still pushes what is not pushed yet', async () => {
    const { top, remote } = withRemote();
    await report(top);
    const r = await report(top, ['--push']);
    expect(r.stdout).toContain('未新建提交');
    expect(git(remote, 'rev-parse', 'main').trim()).toBe(head(top));
  });

  test('a branch without upstream: exit 1, the commit stays local', async () => {
    const { top } = zoneRepo();
    const r = await report(top, ['--push']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('分支 main 没有上游分支，无法推送：请先执行一次 git push -u <远程> main');
    expect(git(top, 'show', '--name-only', '--format=', 'HEAD')).toBe(`${REPORT}\n`);
  });

  test('a detached HEAD: refuses with a clear message, exit 1, nothing written or committed', async () => {
    const { top } = withRemote();
    git(top, 'checkout', '-q', '--detach');
    const before = head(top);
    const r = await report(top, ['--push']);
    expect(r).toMatchObject({ code: 1, stdout: '' });
    expect(r.stderr).toContain('HEAD 处于分离状态（detached HEAD），提交不会落在任何分支上');
    expect(existsSync(join(top, REPORT))).toBe(false);
    expect(head(top)).toBe(before);
  });

  test('a detached HEAD without --push: refused too (a commit on no branch is easily lost); --no-commit still writes', async () => {
    const { top } = zoneRepo();
    git(top, 'checkout', '-q', '--detach');
    const main = git(top, 'rev-parse', 'main').trim();
    const r = await report(top, ['--lang', 'en']);
    expect(r).toMatchObject({ code: 1, stdout: '' });
    expect(r.stderr).toContain('HEAD is detached, so a commit would be on no branch');
    expect(existsSync(join(top, REPORT))).toBe(false);
    expect(git(top, 'rev-parse', 'HEAD').trim()).toBe(main);
    expect((await report(top, ['--no-commit'])).code).toBe(0);
    expect(existsSync(join(top, REPORT))).toBe(true);
  });

  test('--push with --no-commit is a usage error', async () => {
    const { top } = zoneRepo();
    expect(await report(top, ['--push', '--no-commit'])).toMatchObject({ code: 2, stderr: 'wuzhong: --push 需要先提交，不能与 --no-commit 同时使用\n' });
  });
});

describe('--out', () => {
  test.each([
    ['a parent directory', '../escape.md'],
    ['an absolute path elsewhere', '/tmp/wuzhong-elsewhere/r.md'],
    ['a symbolic link that leads out', 'out-link/r.md'],
  ])('outside the zone repo (%s): exit 2, nothing written', async (_what, out) => {
    const { top } = zoneRepo();
    const elsewhere = tempDir('wuzhong-elsewhere-');
    symlinkSync(elsewhere, join(top, 'out-link'));
    const r = await report(top, ['--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`--out ${out} 不在园区仓库`);
    expect(existsSync(join(top, '..', 'escape.md')) || existsSync(join(elsewhere, 'r.md')) || existsSync('/tmp/wuzhong-elsewhere/r.md')).toBe(false);
    expect(git(top, 'rev-list', '--count', 'HEAD').trim()).toBe('1');
    rmSync(elsewhere, { recursive: true, force: true });
  });

  test.each([['lists/tasks/x.md'], ['wuzhong.yaml'], ['.git/r.md'], ['reports/..']])('pointing at data or git internals (%s): exit 2', async (out) => {
    const { top } = zoneRepo();
    const r = await report(top, ['--out', out]);
    expect(r.code).toBe(2);
    expect(readFileSync(join(top, 'wuzhong.yaml'), 'utf8')).toContain('测试高新区');
  });

  test('inside the repo, with `..` resolved: written and committed there, links still reach the items', async () => {
    const { top } = zoneRepo();
    const r = await report(top, ['--out', 'reports/monthly/../../docs/十月.md']);
    expect(r.code).toBe(0);
    expect(git(top, '-c', 'core.quotepath=off', 'show', '--name-only', '--format=', 'HEAD')).toBe('docs/十月.md\n');
    expect(readFileSync(join(top, 'docs/十月.md'), 'utf8')).toContain('](../lists/tasks/b.yaml)');
  });
});
