import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { git, gitInit, tempDir } from '../../helpers.js';
import { exportSheet, fill, fixture, importSheets, read, SHEET, sheetZone, snapshot } from './zone.js';

const OTHER = '产融城公司-2025年11月.xlsx';
const hasSshKeygen = spawnSync('sh', ['-c', 'command -v ssh-keygen']).status === 0;

/** The fixture zone at zone/ inside a git repository (so paths in git carry the zone's folder), committed on main. */
function zoneInGit() {
  const { zone, returns } = sheetZone();
  const top = dirname(zone);
  gitInit(top);
  git(top, 'add', 'zone');
  git(top, 'commit', '-qm', 'zone');
  return { top, zone, returns, main: git(top, 'rev-parse', 'main').trim() };
}

describe('sheet import --branch', () => {
  test('one commit per sheet on a new branch, exactly the files written; other work stays as it was', () => {
    const { top, zone, returns, main } = zoneInGit();
    exportSheet(zone, returns);
    exportSheet(zone, returns, '产融城公司');
    fill(returns, SHEET, { G4: '路基完成', K6: '管材到货延迟' });
    fill(returns, OTHER, { I4: '2025/11/25', G5: '管网敷设三成', H5: 30 });
    // The user's own work in progress, which the import must neither commit nor disturb.
    writeFileSync(join(zone, 'wuzhong.yaml'), `${read(zone, 'wuzhong.yaml')}# 草稿\n`);
    writeFileSync(join(zone, 'notes.txt'), '备忘\n');

    const r = importSheets(zone, returns, [SHEET, OTHER], '--branch', 'sheet/2025-11');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('已在新分支 sheet/2025-11 上提交2次（每张填报表一次），并切换到该分支；可据此发起合并请求\n');

    expect(git(top, 'symbolic-ref', 'HEAD').trim()).toBe('refs/heads/sheet/2025-11');
    expect(git(top, 'rev-parse', 'main').trim()).toBe(main);
    expect(git(top, 'log', '--format=%s|%an', 'main..HEAD').trim().split('\n')).toEqual([
      'sheet(2025-11): 产融城公司2025年11月填报表（产融城公司-2025年11月.xlsx）|Test',
      'sheet(2025-11): 建设局2025年11月填报表（建设局-2025年11月.xlsx）|Test',
    ]);
    const files = (rev: string) => git(top, 'show', '--name-only', '--format=', rev).trim().split('\n');
    expect(files('HEAD~1')).toEqual(['zone/lists/projects/road.yaml', 'zone/lists/tasks/heating.yaml']);
    expect(files('HEAD')).toEqual(['zone/lists/projects/road.yaml', 'zone/lists/tasks/heating.yaml']);
    // The first commit holds the first sheet's edits only.
    const first = git(top, 'show', 'HEAD~1:zone/lists/projects/road.yaml');
    expect(first).toBe(fixture('lists/projects/road.yaml').replace('    percent: 40\n', '    percent: 40\n  - month: 2025-11\n    text: 路基完成\n'));
    expect(git(top, 'show', 'HEAD:zone/lists/projects/road.yaml')).toBe(read(zone, 'lists/projects/road.yaml'));
    expect(read(zone, 'lists/projects/road.yaml')).toContain('  - title: 管网迁改\n    due: 2026-03-31\n    done: 2025-11-25\n');
    // The written files are committed and staged as committed; the user's changes are still only theirs.
    const status = git(top, '-c', 'core.quotepath=off', 'status', '--porcelain', '--untracked-files=all');
    expect(status.split('\n').filter(Boolean).sort()).toEqual([
      ' M zone/wuzhong.yaml', `?? returns/${OTHER}`, `?? returns/${SHEET}`, '?? zone/notes.txt',
    ].sort());
  });

  test('refuses when a file it would write has uncommitted changes; nothing written, no branch', () => {
    const { top, zone, returns } = zoneInGit();
    exportSheet(zone, returns);
    fill(returns, SHEET, { G4: '路基完成' });
    writeFileSync(join(zone, 'lists/projects/road.yaml'), `${read(zone, 'lists/projects/road.yaml')}# 未提交的注释\n`);
    const before = snapshot(zone);
    const r = importSheets(zone, returns, [SHEET], '--branch', 'sheet/2025-11');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'wuzhong: 这些文件有未提交的改动：zone/lists/projects/road.yaml。导入会写入它们，提交时会混进这些改动：请先提交或暂存（git stash）后再导入。未写入、未提交任何内容\n',
    );
    expect(snapshot(zone)).toEqual(before);
    expect(git(top, 'branch', '--list', 'sheet/*')).toBe('');
  });

  test('refuses a branch that exists', () => {
    const { top, zone, returns } = zoneInGit();
    git(top, 'branch', 'taken');
    exportSheet(zone, returns);
    fill(returns, SHEET, { G4: '路基完成' });
    const before = snapshot(zone);
    const r = importSheets(zone, returns, [SHEET], '--branch', 'taken');
    expect(r).toMatchObject({ code: 1, stderr: 'wuzhong: 分支 taken 已存在，请换一个名称。未写入、未提交任何内容\n' });
    expect(snapshot(zone)).toEqual(before);
  });

  test.skipIf(!hasSshKeygen)('commit.gpgSign with gpg.format ssh: every commit signed, as git commit would', () => {
    const { top, zone, returns } = zoneInGit();
    const key = join(tempDir('wz-ssh-'), 'id');
    expect(spawnSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'signer', '-f', key]).status).toBe(0);
    git(top, 'config', 'gpg.format', 'ssh');
    git(top, 'config', 'user.signingKey', `${key}.pub`);
    git(top, 'config', 'commit.gpgSign', 'true');
    exportSheet(zone, returns);
    exportSheet(zone, returns, '产融城公司');
    fill(returns, SHEET, { G4: '路基完成' });
    fill(returns, OTHER, { G5: '管网敷设三成' });
    expect(importSheets(zone, returns, [SHEET, OTHER], '--branch', 'signed').code).toBe(0);
    for (const rev of ['HEAD', 'HEAD~1']) expect(git(top, 'cat-file', 'commit', rev)).toContain('-----BEGIN SSH SIGNATURE-----');
  });
});
