import { simpleGit, type SimpleGit } from 'simple-git';
import { GitError } from './errors.js';

/** Environment variables the user may set for git that we pass on (identity, dates, config files, ssh for push). */
const PASS_THROUGH = [
  'GIT_AUTHOR_NAME', 'GIT_AUTHOR_EMAIL', 'GIT_AUTHOR_DATE',
  'GIT_COMMITTER_NAME', 'GIT_COMMITTER_EMAIL', 'GIT_COMMITTER_DATE',
  'GIT_CONFIG_NOSYSTEM', 'GIT_CONFIG_GLOBAL', 'GIT_CONFIG_SYSTEM',
  'GIT_SSH', 'GIT_SSH_COMMAND', 'GIT_ASKPASS', 'SSH_ASKPASS',
];
/** Variables we set ourselves. */
const OURS = ['GIT_INDEX_FILE', 'GIT_TERMINAL_PROMPT', 'GIT_OPTIONAL_LOCKS'];
/** What simple-git guards besides GIT_*: we drop them rather than let an editor or pager start. */
const GUARDED = new Set(['EDITOR', 'VISUAL', 'PAGER', 'PREFIX', 'SSH_ASKPASS']);

export type Env = Record<string, string | undefined>;

/** The child environment: the user's, minus git settings that could redirect it (GIT_DIR, GIT_INDEX_FILE, …), plus `extra`. */
export function gitEnv(env: Env, extra: Record<string, string> = {}): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) {
    if (v === undefined) continue;
    const guarded = /^GIT_/i.test(k) || GUARDED.has(k.toUpperCase());
    if (!guarded || PASS_THROUGH.includes(k)) out[k] = v;
  }
  // C locale: git's messages are parsed nowhere, but stay stable; never prompt (CI has no terminal).
  return { ...out, LC_ALL: 'C', GIT_TERMINAL_PROMPT: '0', ...extra };
}

/** A simple-git client in `cwd` with exactly this environment. */
export function client(cwd: string, env: Record<string, string>): SimpleGit {
  return simpleGit({
    baseDir: cwd,
    allowEnvironment: [...PASS_THROUGH, ...OURS],
    // These come from the user's own environment, never from zone data.
    unsafe: { allowUnsafeSshCommand: true, allowUnsafeAskPass: true, allowUnsafeConfigPaths: true },
  }).env(env);
}

/** Runs `git args`; a missing git binary is GitError 'no-git', any other failure GitError 'failed' with git's first line. */
export async function raw(git: SimpleGit, args: string[]): Promise<string> {
  try {
    return await git.raw(args);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    if (/\bENOENT\b/.test(message) && /spawn/.test(message)) throw new GitError('no-git', message.split('\n')[0] ?? '');
    throw new GitError('failed', message.split('\n').find((l) => l.trim() !== '')?.trim() ?? `git ${args[0]} failed`, false, message);
  }
}
