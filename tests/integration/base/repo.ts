import { gitAs, gitInit, minimalConfig, writeTree, type GitAs } from '../../helpers.js';

export type As = GitAs;
export { gitAs };

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
