import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { inject } from 'vitest';
import { main } from '../src/cli/main.js';

export const repoRoot = resolve(import.meta.dirname, '..');
export const exampleZone = join(repoRoot, 'examples', 'zone');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process through `main()`, as the bin does, with a fixed clock. */
export async function runCli(
  args: string[], opts: { cwd?: string; env?: Record<string, string | undefined>; now?: string; isTTY?: boolean } = {},
): Promise<CliResult> {
  let stdout = '', stderr = '';
  const code = await main({
    argv: args,
    cwd: opts.cwd ?? repoRoot,
    env: opts.env ?? {},
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    isTTY: opts.isTTY ?? false,
    now: () => new Date(opts.now ?? '2026-11-26T04:00:00Z'),
  });
  return { code, stdout, stderr };
}

/** Runs the built bin as a subprocess; only integration tests may, because their setup rebuilds it first. */
export function runBin(args: string[], opts: { cwd?: string; env?: Record<string, string> } = {}): CliResult {
  assertFreshBuild();
  const r = spawnSync(process.execPath, [join(repoRoot, 'bin', 'wuzhong.js'), ...args], {
    cwd: opts.cwd ?? repoRoot,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...opts.env },
    encoding: 'utf8',
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Refuses to test a bundle that this run did not build (run through `npm test` or `npm run test:integration`). */
export function assertFreshBuild(): void {
  if (!inject('freshBuild')) {
    throw new Error('the built CLI is only fresh under tests/vitest.config.ts: run `npm test` or `npx vitest run --config tests/vitest.config.ts <path>`');
  }
}

export function tempDir(prefix = 'wuzhong-'): string {
  return realpathSync(mkdtempSync(join(tmpdir(), prefix)));
}

/** Writes files (path → text or bytes) under a new temp dir and returns it. */
export function writeTree(files: Record<string, string | Uint8Array>, dir = tempDir()): string {
  for (const [path, content] of Object.entries(files)) {
    const full = join(dir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  return dir;
}

/** A minimal valid wuzhong.yaml. */
export const minimalConfig = `zone: 测试高新区
units: [产融城公司, 铁北园区办, 高新建公司]
leaders: [魏克鹏, 张威]
`;

export interface GitAs {
  date?: string;
  author?: string;
  email?: string;
}

/** Real git with a fixed identity (or the one given), no signing, and fixed dates; independent of the user's config. */
export function gitAs(dir: string, as: GitAs, ...args: string[]): string {
  const name = as.author ?? 'Test';
  const email = as.email ?? 'test@example.com';
  const date = as.date ?? '2026-11-01T10:00:00+08:00';
  return execFileSync('git', args, {
    cwd: dir,
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH ?? '',
      HOME: dir,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_AUTHOR_NAME: name, GIT_AUTHOR_EMAIL: email,
      GIT_COMMITTER_NAME: name, GIT_COMMITTER_EMAIL: email,
      GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date,
    },
  });
}

export function git(dir: string, ...args: string[]): string {
  return gitAs(dir, {}, ...args);
}

export function gitInit(dir: string): void {
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'config', 'user.name', 'Test');
  git(dir, 'config', 'user.email', 'test@example.com');
  git(dir, 'config', 'commit.gpgsign', 'false');
}
