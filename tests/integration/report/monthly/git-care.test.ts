import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { git, tempDir } from '../../../helpers.js';
import { gitEnv, report, REPORT, zoneRepo } from './repo.js';

const head = (dir: string) => git(dir, 'rev-parse', 'HEAD').trim();
/** git itself, in the test's environment, returning its exit code: the oracle for "as git commit would". */
const gitStatus = (dir: string, env: Record<string, string>, ...args: string[]) => spawnSync('git', args, { cwd: dir, env, encoding: 'utf8' });
const hasGpg = spawnSync('gpg', ['--version']).status === 0;
const hasSshKeygen = spawnSync('sh', ['-c', 'command -v ssh-keygen']).status === 0;

/** A throwaway signing key in its own GNUPGHOME; returns its fingerprint. */
function throwawayGpgKey(): { home: string; fpr: string } {
  const home = tempDir('wz-gpg-');
  const gen = spawnSync('gpg', ['--batch', '--homedir', home, '--passphrase', '', '--quick-gen-key', 'Report Signer <signer@example.com>', 'ed25519', 'sign', 'never'], { encoding: 'utf8' });
  expect(gen.status, gen.stderr).toBe(0);
  const list = spawnSync('gpg', ['--batch', '--homedir', home, '--list-secret-keys', '--with-colons'], { encoding: 'utf8' }).stdout;
  return { home, fpr: /^fpr:+([0-9A-F]{40}):/m.exec(list)![1]! };
}

describe('report signs as git commit does', () => {
  test.skipIf(!hasGpg)('commit.gpgSign with user.signingKey: the report commit carries a good signature', async () => {
    const { top } = zoneRepo();
    const { home, fpr } = throwawayGpgKey();
    git(top, 'config', 'commit.gpgSign', 'true');
    git(top, 'config', 'user.signingKey', fpr);
    const env = gitEnv(top, { GNUPGHOME: home });
    try {
      const r = await report(top, [], { env });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const verify = gitStatus(top, env, 'verify-commit', '--raw', 'HEAD');
      expect(verify.status, verify.stderr).toBe(0);
      expect(verify.stderr).toContain(`VALIDSIG ${fpr}`);
    } finally {
      spawnSync('gpgconf', ['--homedir', home, '--kill', 'gpg-agent']);
    }
  });

  test.skipIf(!hasGpg)('a signing key that does not exist: report fails where git commit fails, nothing committed', async () => {
    const { top } = zoneRepo();
    const { home } = throwawayGpgKey();
    git(top, 'config', 'commit.gpgSign', 'true');
    git(top, 'config', 'user.signingKey', 'NO-SUCH-KEY@example.com');
    const env = gitEnv(top, { GNUPGHOME: home });
    try {
      expect(gitStatus(top, env, 'commit', '--allow-empty', '-m', 'oracle').status).not.toBe(0);
      const before = head(top);
      const r = await report(top, ['--lang', 'en'], { env });
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/commit failed \(git: .*gpg/);
      expect(head(top)).toBe(before);
    } finally {
      spawnSync('gpgconf', ['--homedir', home, '--kill', 'gpg-agent']);
    }
  });

  test.skipIf(!hasSshKeygen)('gpg.format ssh: signed with the ssh key, as git commit would', async () => {
    const { top } = zoneRepo();
    const key = join(tempDir('wz-ssh-'), 'id');
    expect(spawnSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'signer', '-f', key]).status).toBe(0);
    git(top, 'config', 'gpg.format', 'ssh');
    git(top, 'config', 'user.signingKey', `${key}.pub`);
    git(top, 'config', 'commit.gpgSign', 'true');
    expect((await report(top)).code).toBe(0);
    expect(git(top, 'cat-file', 'commit', 'HEAD')).toContain('-----BEGIN SSH SIGNATURE-----');
  });

  test('commit.gpgSign false or unset: no signature (a signing key alone does not sign)', async () => {
    const { top } = zoneRepo();
    git(top, 'config', 'user.signingKey', 'whatever@example.com');
    expect((await report(top)).code).toBe(0);
    expect(git(top, 'cat-file', 'commit', 'HEAD')).not.toContain('gpgsig');
  });
});

if (!hasGpg) console.warn('gpg is missing: the gpg signing tests are skipped (install gnupg to run them)');

describe('report refuses to commit while git is busy or HEAD is detached', () => {
  // A repository stopped in the middle of `what`, made by git itself;
  // the conflicts are in a file that is not zone data.
  function busy(what: string): string {
    const { top } = zoneRepo();
    const g = (...a: string[]) => git(top, ...a);
    const fails = (...a: string[]) => expect(gitStatus(top, gitEnv(top, { GIT_AUTHOR_NAME: 'T', GIT_AUTHOR_EMAIL: 't@e', GIT_COMMITTER_NAME: 'T', GIT_COMMITTER_EMAIL: 't@e' }), ...a).status).not.toBe(0);
    const note = (text: string, msg: string) => {
      writeFileSync(join(top, 'notes.txt'), text);
      g('add', 'notes.txt');
      g('commit', '-qm', msg);
    };
    note('base\n', 'base');
    g('branch', 'side');
    note('main\n', 'main');
    g('checkout', '-q', 'side');
    note('side\n', 'side');
    const sideCommit = head(top);
    g('checkout', '-q', 'main');
    if (what === 'merge') fails('merge', 'side');
    if (what === 'cherry-pick') fails('cherry-pick', sideCommit);
    if (what === 'revert') {
      note('again\n', 'again');
      fails('revert', '--no-edit', 'HEAD~1');
    }
    if (what === 'rebase') {
      g('checkout', '-q', 'side');
      fails('rebase', 'main');
    }
    if (what === 'am') {
      const patch = git(top, 'format-patch', '-1', '--stdout', sideCommit);
      writeFileSync(join(top, '..', `${what}.patch`), patch);
      fails('am', join(top, '..', `${what}.patch`));
    }
    if (what === 'bisect') g('bisect', 'start');
    return top;
  }

  test.each([
    ['merge', '合并（merge）'],
    ['cherry-pick', '拣选（cherry-pick）'],
    ['revert', '还原（revert）'],
    ['rebase', '变基（rebase）'],
    ['am', '补丁应用（git am）'],
    ['bisect', '二分查找（bisect）'],
  ])('%s in progress: exit 1 naming it, nothing written or committed; --no-commit still writes', async (what, words) => {
    const top = busy(what);
    const before = head(top);
    const r = await report(top);
    expect(r).toMatchObject({ code: 1, stdout: '' });
    expect(r.stderr).toContain(`Git 正在进行${words}`);
    expect(existsSync(join(top, REPORT))).toBe(false);
    expect(head(top)).toBe(before);
    const en = await report(top, ['--lang', 'en']);
    expect(en.stderr).toContain(`a git ${what} is in progress`);
    const written = await report(top, ['--no-commit']);
    expect(written.code).toBe(0);
    expect(existsSync(join(top, REPORT))).toBe(true);
    expect(head(top)).toBe(before);
  });
});

describe('report never works from partial data (sparse checkout, skip-worktree)', () => {
  test('a data file marked skip-worktree and missing: refused, named, nothing written', async () => {
    const { top } = zoneRepo();
    git(top, 'update-index', '--skip-worktree', 'lists/tasks/b.yaml');
    rmSync(join(top, 'lists/tasks/b.yaml'));
    for (const args of [[], ['--no-commit']]) {
      const r = await report(top, args);
      expect(r).toMatchObject({ code: 1, stdout: '' });
      expect(r.stderr).toContain('lists/tasks/b.yaml在稀疏检出（sparse checkout / skip-worktree）之外');
    }
    expect(existsSync(join(top, REPORT))).toBe(false);
  });

  test('a real sparse checkout that leaves out a list: refused (English)', async () => {
    const { top } = zoneRepo();
    git(top, 'sparse-checkout', 'set', '--no-cone', '/*', '!/lists/tasks/');
    expect(existsSync(join(top, 'lists/tasks'))).toBe(false);
    const r = await report(top, ['--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/lists\/tasks\/a\.yaml.* outside the sparse checkout/);
  });

  test('a sparse checkout that leaves out only other folders is fine', async () => {
    const { top } = zoneRepo();
    writeFileSync(join(top, 'other.txt'), 'x\n');
    git(top, 'add', 'other.txt');
    git(top, 'commit', '-qm', 'other');
    git(top, 'sparse-checkout', 'set', '--no-cone', '/*', '!/other.txt');
    expect((await report(top)).code).toBe(0);
  });
});

describe('--out and what report keeps', () => {
  test('a kept working-tree version survives git gc --prune=now (a ref holds it)', async () => {
    const { top } = zoneRepo();
    await report(top);
    writeFileSync(join(top, REPORT), `${readFileSync(join(top, REPORT), 'utf8')}MY HAND EDIT\n`);
    const r = await report(top, ['--no-commit']);
    const blob = /git cat-file -p ([0-9a-f]{40})/.exec(r.stdout)![1]!;
    // The control: an object nothing refers to is pruned by the same gc.
    const loose = git(top, 'hash-object', '-w', '--stdin').trim();
    git(top, 'gc', '-q', '--prune=now');
    expect(gitStatus(top, gitEnv(top), 'cat-file', '-e', loose).status).not.toBe(0);
    expect(git(top, 'cat-file', '-p', blob)).toContain('MY HAND EDIT');
    expect(git(top, 'ls-tree', '-r', 'refs/wuzhong/kept')).toContain(`${blob}\t${REPORT}`);
  });

  test('--force over a file that is not a report keeps it under refs/wuzhong/kept, then writes', async () => {
    const { top } = zoneRepo();
    writeFileSync(join(top, 'README.md'), '# 园区说明\n');
    git(top, 'add', 'README.md');
    git(top, 'commit', '-qm', 'readme');
    writeFileSync(join(top, 'README.md'), '# 园区说明\n未提交的修改\n');
    const refused = await report(top, ['--out', 'README.md']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('README.md 已存在且不是 wuzhong 生成的月报');
    expect(readFileSync(join(top, 'README.md'), 'utf8')).toBe('# 园区说明\n未提交的修改\n');
    const r = await report(top, ['--out', 'README.md', '--force', '--no-commit']);
    expect(r.code).toBe(0);
    expect(git(top, 'show', 'refs/wuzhong/kept:README.md')).toBe('# 园区说明\n未提交的修改\n');
  });
});

describe('core.autocrlf', () => {
  test('a checked-out report with CRLF line ends, equal after normalisation, is neither rewritten nor committed', async () => {
    const { top } = zoneRepo();
    expect((await report(top)).code).toBe(0);
    const before = head(top);
    git(top, 'config', 'core.autocrlf', 'true');
    rmSync(join(top, REPORT));
    git(top, 'checkout', '--', REPORT);
    const crlf = readFileSync(join(top, REPORT));
    expect(crlf.includes('\r\n')).toBe(true);
    const r = await report(top);
    expect(r).toMatchObject({ code: 0, stdout: 'reports/2026-10.md 内容未变\n报告与已提交的版本完全相同，未新建提交\n' });
    expect(readFileSync(join(top, REPORT)).equals(crlf)).toBe(true);
    expect(head(top)).toBe(before);
    expect(gitStatus(top, gitEnv(top), 'rev-parse', '--verify', '--quiet', 'refs/wuzhong/kept').status).not.toBe(0);
  });

  test('without autocrlf a CRLF copy is not what git would store: it is rewritten with LF, and nothing new is committed', async () => {
    const { top } = zoneRepo();
    expect((await report(top)).code).toBe(0);
    const before = head(top);
    const lf = readFileSync(join(top, REPORT), 'utf8');
    writeFileSync(join(top, REPORT), lf.replace(/\n/g, '\r\n'));
    const r = await report(top);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('已写入 reports/2026-10.md');
    expect(readFileSync(join(top, REPORT), 'utf8')).toBe(lf);
    expect(head(top)).toBe(before);
  });
});

describe('--push goes where git push would', () => {
  function repoWithRemotes() {
    const { top } = zoneRepo();
    const remotes = { origin: tempDir('wz-origin-'), fork: tempDir('wz-fork-') };
    for (const [name, dir] of Object.entries(remotes)) {
      git(dir, 'init', '-q', '--bare', '-b', 'main');
      git(top, 'remote', 'add', name, dir);
      git(top, 'push', '-q', name, 'main');
    }
    git(top, 'branch', '-q', '--set-upstream-to=origin/main');
    return { top, ...remotes };
  }
  const tip = (bare: string, ref = 'main') => git(bare, 'rev-parse', ref).trim();

  /** git's own answer: where `git push --dry-run` would send the branch. */
  const gitWouldPushTo = (top: string) => /^To (.*)$/m.exec(gitStatus(top, gitEnv(top), 'push', '--dry-run', '--porcelain').stdout)?.[1];

  test.each([
    ['branch.main.pushRemote', ['branch.main.pushRemote', 'fork']],
    ['remote.pushDefault', ['remote.pushDefault', 'fork']],
  ])('%s: to the fork, not to the upstream', async (_what, config) => {
    const { top, origin, fork } = repoWithRemotes();
    git(top, 'config', ...config);
    const originBefore = tip(origin);
    await report(top, ['--no-commit']);
    git(top, 'add', REPORT);
    git(top, 'commit', '-qm', 'wip');
    expect(gitWouldPushTo(top)).toBe(fork);
    git(top, 'reset', '-q', 'HEAD~1');
    rmSync(join(top, REPORT));
    const r = await report(top, ['--push']);
    expect(r.stdout).toMatch(/已推送到 fork 的 main 分支\n$/);
    expect(tip(fork)).toBe(head(top));
    expect(tip(origin)).toBe(originBefore);
  });

  test('push.default=upstream with an upstream of another name: pushed there', async () => {
    const { top, origin } = repoWithRemotes();
    git(origin, 'branch', 'trunk', 'main');
    git(top, 'fetch', '-q', 'origin');
    git(top, 'branch', '-q', '--set-upstream-to=origin/trunk');
    git(top, 'config', 'push.default', 'upstream');
    const r = await report(top, ['--push']);
    expect(r.stdout).toMatch(/已推送到 origin 的 trunk 分支\n$/);
    expect(tip(origin, 'trunk')).toBe(head(top));
  });

  test('push.default=simple with an upstream of another name: refused as git push refuses, the commit stays', async () => {
    const { top, origin } = repoWithRemotes();
    git(origin, 'branch', 'trunk', 'main');
    git(top, 'fetch', '-q', 'origin');
    git(top, 'branch', '-q', '--set-upstream-to=origin/trunk');
    const r = await report(top, ['--push', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('has another name');
    expect(gitStatus(top, gitEnv(top), 'push').status).not.toBe(0);
  });
});
