import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { RawFile } from './build.js';

/** The nearest directory at or above `start` that holds wuzhong.yaml, as git finds `.git`. */
export function findZoneRoot(start: string): string | undefined {
  let dir = resolve(start);
  for (;;) {
    if (existsSync(join(dir, 'wuzhong.yaml'))) return dir;
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

export function isZoneRoot(dir: string): boolean {
  return existsSync(join(dir, 'wuzhong.yaml'));
}

/** Every data file of the zone, each read exactly once; symbolic links under lists/ are listed, not followed. */
export function scanZone(root: string): RawFile[] {
  const files: RawFile[] = [{ path: 'wuzhong.yaml', bytes: readFileSync(join(root, 'wuzhong.yaml')) }];
  walk(root, 'lists', files, true);
  walk(root, 'assessments', files, false);
  return files;
}

function walk(root: string, rel: string, out: RawFile[], reportSymlinks: boolean): void {
  let entries;
  try {
    entries = readdirSync(join(root, rel), { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    const path = `${rel}/${e.name}`;
    if (e.isSymbolicLink()) {
      if (reportSymlinks) out.push({ path, symlink: true });
      continue;
    }
    if (e.isDirectory()) walk(root, path, out, reportSymlinks);
    else if (e.isFile()) out.push({ path, bytes: readFileSync(join(root, path)) });
  }
}

