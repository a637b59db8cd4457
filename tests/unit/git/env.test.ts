import { describe, expect, it } from 'vitest';
import { gitEnv, passedToGit } from '../../../src/git/env.js';

describe('the environment git runs with', () => {
  it.each([
    ['GIT_DIR', false], ['GIT_WORK_TREE', false], ['GIT_INDEX_FILE', false], ['GIT_OBJECT_DIRECTORY', false],
    ['GIT_COMMON_DIR', false], ['GIT_NAMESPACE', false], ['GIT_EDITOR', false], ['GIT_PAGER', false],
    ['GIT_SEQUENCE_EDITOR', false], ['GIT_LITERAL_PATHSPECS', false], ['GIT_GLOB_PATHSPECS', false],
    ['GIT_CONFIG_KEYX', false], ['GIT_CONFIG_KEY_', false], ['git_dir', false],
    ['EDITOR', false], ['VISUAL', false], ['PAGER', false], ['PREFIX', false], ['SSH_ASKPASS', false],
    ['GIT_AUTHOR_NAME', true], ['GIT_COMMITTER_DATE', true], ['GIT_CONFIG_GLOBAL', true], ['GIT_CONFIG_NOSYSTEM', true],
    ['GIT_CONFIG_COUNT', true], ['GIT_CONFIG_KEY_0', true], ['GIT_CONFIG_VALUE_12', true], ['GIT_CONFIG_PARAMETERS', true],
    ['GIT_SSH_COMMAND', true], ['GIT_SSL_CAINFO', true], ['GIT_SSL_NO_VERIFY', true], ['GIT_HTTP_PROXY_AUTHMETHOD', true],
    ['GIT_PROXY_COMMAND', true], ['GIT_TRACE', true], ['GIT_TRACE2_EVENT', true], ['GIT_CEILING_DIRECTORIES', true],
    ['HOME', true], ['PATH', true], ['HTTPS_PROXY', true], ['GNUPGHOME', true], ['SSH_AUTH_SOCK', true],
  ])('%s passed on: %s', (name, expected) => {
    expect(passedToGit(name)).toBe(expected);
  });

  it('never prompts and keeps git in the C locale, whatever the user set', () => {
    const env = gitEnv({ GIT_TERMINAL_PROMPT: '1', LC_ALL: 'zh_CN.UTF-8', HOME: '/h', GIT_DIR: '/elsewhere', X: undefined });
    expect(env).toEqual({ HOME: '/h', LC_ALL: 'C', GIT_TERMINAL_PROMPT: '0' });
  });
});
