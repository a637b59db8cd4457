import { existsSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

/**
 * The zone root's path inside the git work tree that holds it (`''` when it is the top or there is no
 * git), found by looking for `.git` upwards: CI annotations name files from the repository root.
 */
export function repoPrefix(zoneRoot: string): string {
  for (let dir = zoneRoot; ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) {
      const rel = relative(dir, zoneRoot);
      return rel === '' ? '' : `${rel.split(sep).join('/')}/`;
    }
    if (dirname(dir) === dir) return '';
  }
}
