import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { RawFile } from './build.js';

/** The nearest directory at or above `start` that holds a wuzhong.yaml file, as git finds `.git`. */
export function findZoneRoot(start: string): string | undefined {
  let dir = resolve(start);
  for (;;) {
    if (isZoneRoot(dir)) return dir;
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

export function isZoneRoot(dir: string): boolean {
  try {
    return statSync(join(dir, 'wuzhong.yaml')).isFile();
  } catch {
    return false;
  }
}

/**
 * Every data file of the zone, each read exactly once. Symbolic links and special files are listed, not
 * followed or read; files and folders that cannot be read are listed as such, so none silently drops out.
 */
export function scanZone(root: string): RawFile[] {
  const files: RawFile[] = [readOne(root, 'wuzhong.yaml')];
  walk(root, 'lists', files);
  walk(root, 'assessments', files);
  return files;
}

function readOne(root: string, path: string): RawFile {
  try {
    return { path, bytes: readFileSync(join(root, path)) };
  } catch {
    return { path, unreadable: 'file' };
  }
}

function walk(root: string, rel: string, out: RawFile[]): void {
  let entries;
  try {
    entries = readdirSync(join(root, rel), { withFileTypes: true });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') out.push({ path: rel, unreadable: 'dir' });
    return;
  }
  for (const e of entries) {
    const path = `${rel}/${e.name}`;
    if (e.isSymbolicLink()) out.push({ path, symlink: true });
    else if (e.isDirectory()) walk(root, path, out);
    else if (e.isFile()) out.push(readOne(root, path));
    else out.push({ path, special: true });
  }
}
