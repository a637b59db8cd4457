import { execSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { git, tempDir, writeTree } from '../../../helpers.js';
import { smallZone } from '../../../support/monthly/fixture.js';
import { gitEnv, report, REPORT, snapshot, zoneRepo } from './repo.js';

const head = (dir: string) => git(dir, 'rev-parse', 'HEAD').trim();
const read = (dir: string, path: string) => readFileSync(join(dir, path), 'utf8');
/** The recovery command printed for a kept version: `git cat-file -p <sha> > <path>`. */
const recoveries = (stdout: string) => [...stdout.matchAll(/(git cat-file -p ([0-9a-f]{40}) > (\S+))/g)].map((m) => ({ command: m[1]!, blob: m[2]!, path: m[3]! }));
/** A data change, so the next report differs from the last one. */
function renameItem(top: string, to: string) {
  writeFileSync(join(top, 'lists/tasks/b.yaml'), read(top, 'lists/tasks/b.yaml').replace(/逾期事项\S*/, to));
}
const noGitPath = (dir: string) => ({ PATH: join(dir, 'no-such-dir'), HOME: dir });

describe('an existing file with uncommitted work is never lost (docs/supervisors.md)', () => {
  test('--no-commit over a report with hand edits keeps them as a git object and prints the command that restores them', async () => {
    const { top } = zoneRepo();
    expect((await report(top)).code).toBe(0);
    writeFileSync(join(top, REPORT), `${read(top, REPORT)}MY HAND EDIT\n`);
    const edited = read(top, REPORT);

    const r = await report(top, ['--no-commit']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    const [kept, ...more] = recoveries(r.stdout);
    expect(more).toEqual([]);
    expect(kept).toMatchObject({ path: REPORT });
    expect(r.stdout).toContain(`reports/2026-10.md 原有内容未提交，改写前已存为 Git 对象，可用此命令取回：${kept!.command}\n已写入 reports/2026-10.md\n`);
    expect(read(top, REPORT)).not.toContain('MY HAND EDIT');
    // The printed command, run as printed, brings the edit back.
    execSync(kept!.command, { cwd: top, env: gitEnv(top) });
    expect(read(top, REPORT)).toBe(edited);
  });

  test('--out over an untracked file that is not a report: refused without --force; with it, kept as a git object', async () => {
    const { top } = zoneRepo();
    writeFileSync(join(top, 'NOTES.md'), 'my notes\n');
    const refused = await report(top, ['--no-commit', '--out', 'NOTES.md', '--lang', 'en']);
    expect(refused).toMatchObject({ code: 2, stdout: '' });
    expect(refused.stderr).toContain('NOTES.md exists and is not a report written by wuzhong (its first line is not a report title): refusing to overwrite it');
    expect(read(top, 'NOTES.md')).toBe('my notes\n');
    const r = await report(top, ['--no-commit', '--out', 'NOTES.md', '--lang', 'en', '--force']);
    expect(r.code).toBe(0);
    const [kept] = recoveries(r.stdout);
    expect(r.stdout).toContain(`the uncommitted previous content of NOTES.md was saved as a git object before it was rewritten; get it back with: ${kept!.command}`);
    expect(kept!.path).toBe('NOTES.md');
    expect(git(top, 'cat-file', '-p', kept!.blob)).toBe('my notes\n');
  });

  test('a report that only differs from a committed version needs no keeping, and says nothing about it', async () => {
    const { top } = zoneRepo();
    await report(top);
    renameItem(top, '逾期事项二');
    const r = await report(top, ['--no-commit']);
    expect(r).toMatchObject({ code: 0, stdout: '已写入 reports/2026-10.md\n按 --no-commit 要求，未提交\n' });
  });

  test('outside git, a file wuzhong did not write is refused: exit 2, nothing written', async () => {
    const dir = writeTree({ ...smallZone, 'NOTES.md': '# 我的笔记\n' });
    const r = await report(dir, ['--out', 'NOTES.md']);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toBe(
      'wuzhong: NOTES.md 已存在且不是 wuzhong 生成的月报（首行不是月报标题），且无法用 Git 保留它的原内容（不在 Git 仓库中，或没有 git）：拒绝覆盖，未写入任何文件。请用 --out 换一个路径，或先移走该文件（已有的 NOTES.md 不是月报；确需覆盖请加 --force，原内容会先备份）\n',
    );
    expect(read(dir, 'NOTES.md')).toBe('# 我的笔记\n');
    expect(readdirSync(dir).sort()).toEqual(['NOTES.md', 'lists', 'wuzhong.yaml'].sort());
  });

  test('git missing (--no-commit inside a repository): the same refusal, since nothing could keep the file', async () => {
    const { top } = zoneRepo();
    writeFileSync(join(top, 'NOTES.md'), 'my notes\n');
    const r = await report(top, ['--no-commit', '--out', 'NOTES.md', '--lang', 'en'], { env: noGitPath(top) });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('NOTES.md exists and is not a report written by wuzhong');
    expect(read(top, 'NOTES.md')).toBe('my notes\n');
  });

  test('outside git, a wuzhong report with other content is backed up to <name>.bak first, never over an older backup', async () => {
    const dir = writeTree(smallZone);
    await report(dir);
    const fresh = read(dir, REPORT);
    writeFileSync(join(dir, REPORT), `${fresh}MY HAND EDIT\n`);

    const r = await report(dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`reports/2026-10.md 原有内容与新月报不同，改写前已备份到 reports/2026-10.md.bak\n已写入 reports/2026-10.md\n${dir} 不在 Git 仓库中：报告已写入，未提交任何内容\n`);
    expect(read(dir, REPORT)).toBe(fresh);
    expect(read(dir, `${REPORT}.bak`)).toBe(`${fresh}MY HAND EDIT\n`);

    writeFileSync(join(dir, REPORT), `${fresh}SECOND EDIT\n`);
    const again = await report(dir, ['--lang', 'en']);
    expect(again.stdout).toContain('the previous content of reports/2026-10.md differed from the new report and was backed up to reports/2026-10.md.bak.2 first');
    expect(read(dir, `${REPORT}.bak`)).toBe(`${fresh}MY HAND EDIT\n`);
    expect(read(dir, `${REPORT}.bak.2`)).toBe(`${fresh}SECOND EDIT\n`);

    // Identical content: nothing to back up.
    const same = await report(dir, ['--lang', 'en']);
    expect(same.stdout).toBe(`reports/2026-10.md is unchanged\n${dir} is not in a git repository: the report was written, nothing was committed\n`);
    expect(readdirSync(join(dir, 'reports')).sort()).toEqual(['2026-10.md', '2026-10.md.bak', '2026-10.md.bak.2']);
  });

  test('a staged version different from HEAD and from the working copy is kept too, before the index entry is replaced', async () => {
    const { top } = zoneRepo();
    await report(top);
    renameItem(top, '逾期事项二');
    git(top, 'commit', '-q', '-am', 'rename');
    writeFileSync(join(top, REPORT), 'STAGED VERSION A\n');
    git(top, 'add', REPORT);
    const staged = git(top, 'rev-parse', `:${REPORT}`).trim();
    writeFileSync(join(top, REPORT), 'WORKING VERSION B\n');

    const r = await report(top);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    const kept = recoveries(r.stdout);
    expect(kept.map((k) => git(top, 'cat-file', '-p', k.blob))).toEqual(['WORKING VERSION B\n', 'STAGED VERSION A\n']);
    expect(kept[1]!.blob).toBe(staged);
    expect(r.stdout).toContain(`暂存区里 reports/2026-10.md 原有的版本（与 HEAD 和新月报都不同）已换成新月报，它仍是 Git 对象，可用此命令取回：git cat-file -p ${staged} > reports/2026-10.md\n`);
    expect(git(top, 'status', '--porcelain')).toBe('');
  });

  test('a staged version equal to the working copy is announced once', async () => {
    const { top } = zoneRepo();
    await report(top);
    renameItem(top, '逾期事项二');
    git(top, 'commit', '-q', '-am', 'rename');
    writeFileSync(join(top, REPORT), 'STAGED AND WORKING\n');
    git(top, 'add', REPORT);
    const r = await report(top);
    const kept = recoveries(r.stdout);
    expect(kept.length).toBe(1);
    expect(git(top, 'cat-file', '-p', kept[0]!.blob)).toBe('STAGED AND WORKING\n');
  });
});

describe('--out must name a file', () => {
  test.each([
    ['an existing directory', 'reports', '--out reports 是目录（或以 / 结尾），不是文件'],
    ['a new directory with a trailing slash', 'monthly/', '--out monthly/ 是目录（或以 / 结尾），不是文件'],
    ['the zone root as .', '.', '--out . 是目录（或以 / 结尾），不是文件'],
    ['an empty value', '', '--out 的值为空'],
  ])('%s: exit 2 with an accurate message, nothing written', async (_what, out, message) => {
    const { top } = zoneRepo();
    mkdirSync(join(top, 'reports'));
    const was = snapshot(top);
    const r = await report(top, ['--out', out]);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toContain(message);
    expect(r.stderr).not.toContain('不在园区仓库');
    expect(existsSync(join(top, 'monthly'))).toBe(false);
    expect(readdirSync(join(top, 'reports'))).toEqual([]);
    expect(snapshot(top)).toEqual(was);
    expect(git(top, 'rev-list', '--count', 'HEAD').trim()).toBe('1');
  });

  test('--lang en', async () => {
    const { top } = zoneRepo();
    const r = await report(top, ['--out', 'docs/', '--lang', 'en']);
    expect(r).toMatchObject({ code: 2, stderr: 'wuzhong: --out docs/ is a directory (or ends with /), not a file: give the path of the report file, such as reports/<month>.md; nothing was written\n' });
  });
});

describe('a locked index', () => {
  test('.git/index.lock present: nothing is committed, the branch and index stay, exit 1 with a clear message', async () => {
    const { top } = zoneRepo();
    const before = head(top);
    writeFileSync(join(top, '.git/index.lock'), '');
    const r = await report(top);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `wuzhong: Git 暂存区被另一个 git 进程锁定（${join(top, '.git/index.lock')} 已存在）：未提交任何内容；报告已写入 reports/2026-10.md。请等该进程结束后重新运行；若确实没有 git 进程在运行，删除该锁文件后重试\n`,
    );
    expect(head(top)).toBe(before);
    rmSync(join(top, '.git/index.lock'));
    expect(git(top, 'status', '--porcelain', '--untracked-files=all')).toBe(`?? ${REPORT}\n`);

    // Once the other process is done, a second run commits as usual.
    expect((await report(top)).code).toBe(0);
    expect(git(top, 'status', '--porcelain')).toBe('');
  });

  test('the index locked just after the branch moved: says the commit was made and how to fix the index', async () => {
    const { top } = zoneRepo();
    const before = head(top);
    // Another git process taking the index lock the moment the branch ref is updated.
    const hook = join(top, '.git/hooks/reference-transaction');
    writeFileSync(hook, '#!/bin/sh\n[ "$1" = committed ] && touch .git/index.lock\nexit 0\n');
    chmodSync(hook, 0o755);
    const r = await report(top);
    expect(r.code).toBe(1);
    const short = head(top).slice(0, 7);
    expect(r.stderr).toMatch(new RegExp(`^wuzhong: 已提交 ${short}：report\\(2026-10\\): 测试高新区2026年10月“五重”清单月报，但未能更新暂存区中的 reports/2026-10.md（git：.*index\\.lock.*），暂存区里仍是它的旧版本：请在 git 进程结束后运行 git reset -q -- reports/2026-10.md，使暂存区与该提交一致\\n$`));
    expect(r.stderr).not.toContain('提交失败');
    expect(git(top, 'rev-parse', 'HEAD^').trim()).toBe(before);
    expect(git(top, 'show', '--name-only', '--format=', 'HEAD')).toBe(`${REPORT}\n`);

    rmSync(join(top, '.git/index.lock'));
    rmSync(hook);
    execSync('git reset -q -- reports/2026-10.md', { cwd: top, env: gitEnv(top) });
    expect(git(top, 'status', '--porcelain')).toBe('');
  });
});

describe('a rejected push', () => {
  test('shows git’s reasons and what to do; exit 1, the commit stays local', async () => {
    const { top } = zoneRepo();
    const remote = tempDir('wuzhong-remote-');
    git(remote, 'init', '-q', '--bare', '-b', 'main');
    git(top, 'remote', 'add', 'origin', remote);
    git(top, 'push', '-q', '-u', 'origin', 'main');
    const other = tempDir('wuzhong-other-');
    git(other, 'clone', '-q', remote, '.');
    git(other, 'commit', '-q', '--allow-empty', '-m', 'someone else');
    git(other, 'push', '-q', 'origin', 'main');

    const r = await report(top, ['--push']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      [
        'wuzhong: 推送被拒绝，提交已保留在本地：',
        '  ! [rejected] main -> main (fetch first)',
        `  error: failed to push some refs to '${remote}'`,
        '远程分支有本地没有的提交：请先运行 git pull --rebase，再重新运行 wuzhong report --push',
        '',
      ].join('\n'),
    );
    expect(git(top, 'show', '--name-only', '--format=', 'HEAD')).toBe(`${REPORT}\n`);

    const en = await report(top, ['--push', '--lang', 'en']);
    expect(en.stderr).toContain('the push was rejected; the commit stays local:\n  ! [rejected] main -> main (fetch first)\n');
    expect(en.stderr).toContain('run git pull --rebase, then run wuzhong report --push again');
  });
});

describe('no git on the machine', () => {
  test('and no .git above the zone: not a repository, so the file is written and exit 0', async () => {
    const dir = writeTree(smallZone);
    const r = await report(dir, [], { env: noGitPath(dir) });
    expect(r).toMatchObject({ code: 0, stderr: '', stdout: `已写入 reports/2026-10.md\n${dir} 不在 Git 仓库中：报告已写入，未提交任何内容\n` });
    expect(existsSync(join(dir, REPORT))).toBe(true);
  });

  test('but a .git above the zone: a commit was wanted and cannot be made, exit 2, nothing written', async () => {
    const { top, zone } = zoneRepo({ sub: 'data/zone' });
    const r = await report(zone, [], { env: noGitPath(top) });
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(existsSync(join(zone, REPORT))).toBe(false);
  });
});
