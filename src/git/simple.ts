import { simpleGit, type SimpleGit } from 'simple-git';
import { PASS_THROUGH, OURS } from './env.js';
import { GitError } from './errors.js';

export { gitEnv, type Env } from './env.js';

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
