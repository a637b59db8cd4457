import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { git, tempDir } from '../../../helpers.js';
import { gitEnv, report, zoneRepo } from './repo.js';

// docs/decisions.md (git): the commit is made with the environment `git commit` would see, every GIT_* variable
// included. simple-git 4 drops most of them (its environment guard) unless each is listed: this is the behaviour
// that keeps wuzhong on its own runner.
const authorOf = (top: string) => git(top, 'log', '-1', '--format=%an <%ae>|%cn <%ce>').trim();

/** What plain `git commit` makes of the same environment, in a repository configured the same way. */
function gitCommitAuthor(env: Record<string, string>): string {
  const dir = tempDir('wuzhong-plain-');
  const run = (...args: string[]) => execFileSync('git', args, { cwd: dir, env, encoding: 'utf8' });
  run('init', '-q', '-b', 'main');
  run('config', 'commit.gpgsign', 'false');
  run('commit', '-q', '--allow-empty', '-m', 'plain');
  return run('log', '-1', '--format=%an <%ae>|%cn <%ce>').trim();
}

function unconfigured() {
  const { top } = zoneRepo();
  git(top, 'config', '--unset', 'user.name');
  git(top, 'config', '--unset', 'user.email');
  return top;
}

describe('report commits as git commit would, with the same GIT_* environment', () => {
  it('identity from GIT_CONFIG_COUNT/KEY/VALUE (how CI runners pass settings)', async () => {
    const top = unconfigured();
    const env = gitEnv(top, {
      GIT_CONFIG_COUNT: '2',
      GIT_CONFIG_KEY_0: 'user.name', GIT_CONFIG_VALUE_0: '督查专班',
      GIT_CONFIG_KEY_1: 'user.email', GIT_CONFIG_VALUE_1: 'dc@example.com',
    });
    const r = await report(top, [], { env });
    expect(r.code, r.stderr).toBe(0);
    expect(authorOf(top)).toBe('督查专班 <dc@example.com>|督查专班 <dc@example.com>');
    expect(authorOf(top)).toBe(gitCommitAuthor({ ...env, HOME: tempDir() }));
  });

  it('identity from a GIT_CONFIG_GLOBAL file, and GIT_AUTHOR_NAME over it', async () => {
    const top = unconfigured();
    const global = join(tempDir(), 'ci.gitconfig');
    writeFileSync(global, '[user]\n\tname = 园区CI\n\temail = ci@example.com\n');
    const env = gitEnv(top, { GIT_CONFIG_GLOBAL: global, GIT_AUTHOR_NAME: '张三' });
    const r = await report(top, [], { env });
    expect(r.code, r.stderr).toBe(0);
    expect(authorOf(top)).toBe('张三 <ci@example.com>|园区CI <ci@example.com>');
    expect(authorOf(top)).toBe(gitCommitAuthor({ ...env, HOME: tempDir() }));
  });
});
