import { execFileSync } from 'node:child_process';
import { gitInit, minimalConfig, writeTree } from '../helpers.js';

export interface As {
  date?: string;
  author?: string;
  email?: string;
}

/** git with a fixed identity, no signing, and the given author/commit date (both the same). */
export function gitAs(dir: string, as: As, ...args: string[]): string {
  const name = as.author ?? 'Test';
  const date = as.date ?? '2026-11-01T10:00:00+08:00';
  const email = as.email ?? 'test@example.com';
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

/** Stages everything under `dir` and commits it; returns the new commit id. */
export function commitAll(dir: string, message: string, as: As = {}): string {
  gitAs(dir, as, 'add', '-A');
  gitAs(dir, as, 'commit', '-q', '--no-verify', '-m', message);
  return gitAs(dir, as, 'rev-parse', 'HEAD').trim();
}

/** A new git repo holding a zone (wuzhong.yaml plus `files`), committed once. */
export function zoneRepo(files: Record<string, string>, as: As = {}): string {
  const dir = writeTree({ 'wuzhong.yaml': minimalConfig, ...files });
  gitInit(dir);
  commitAll(dir, 'base', as);
  return dir;
}
