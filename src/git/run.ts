import { spawn } from 'node:child_process';
import { gitEnv, type Env } from './env.js';
import { GitError } from './errors.js';

export interface GitResult {
  code: number;
  stdout: Buffer;
  stderr: string;
}

/** Where git runs and the environment it starts from: the caller's, injected, never `process.env`. */
export interface GitPlace {
  cwd: string;
  env: Env;
  /** Variables set for this run only (a temporary index, the identity a commit is made with). */
  set?: Record<string, string>;
}

/**
 * The one way wuzhong runs git: one process in `at.cwd`; stdout stays bytes (blobs and -z output are not text),
 * stdin takes `input` (`cat-file --batch`). A missing git binary rejects with GitError 'no-git'.
 */
export function runGit(at: GitPlace, args: readonly string[], input?: string): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    // No optional locks: a read must never block or touch the index (writes still take the locks they need).
    const child = spawn('git', ['-c', 'core.quotepath=off', ...args], {
      cwd: at.cwd,
      // Never inherit GIT_DIR, GIT_INDEX_FILE, … (set inside git hooks): they would point us at another repository.
      env: gitEnv(at.env, { GIT_OPTIONAL_LOCKS: '0', ...at.set }),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', (e: NodeJS.ErrnoException) => {
      reject(new GitError(e.code === 'ENOENT' ? 'no-git' : 'failed', e.message));
    });
    child.on('close', (code) => {
      resolve({ code: code ?? 1, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8') });
    });
    // git may exit before reading all of stdin (e.g. a bad revision); that is reported through the exit code.
    child.stdin.on('error', () => {});
    child.stdin.end(input ?? '');
  });
}

/** Like runGit, but a non-zero exit is a GitError carrying git's first stderr line (and all of it). */
export async function gitOk(at: GitPlace, args: readonly string[], input?: string): Promise<Buffer> {
  const r = await runGit(at, args, input);
  if (r.code !== 0) throw failure(r, args);
  return r.stdout;
}

/**
 * git's stdout as text. A non-zero exit is a failure only when git says why: `config --get` of an unset key,
 * `rev-parse --quiet --verify` of no commit and `symbolic-ref --quiet` on a detached HEAD exit 1 in silence,
 * and mean "none" (the empty output).
 */
export async function gitText(at: GitPlace, args: readonly string[]): Promise<string> {
  const r = await runGit(at, args);
  if (r.code !== 0 && r.stderr.trim() !== '') throw failure(r, args);
  return r.stdout.toString('utf8');
}

function failure(r: GitResult, args: readonly string[]): GitError {
  return new GitError('failed', firstLine(r.stderr) || `git ${args[0]} exited with ${r.code}`, false, r.stderr);
}

export function firstLine(s: string): string {
  return s.split('\n').find((l) => l.trim() !== '')?.trim() ?? '';
}
