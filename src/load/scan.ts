import { lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
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
  // lists/ itself a link would be followed by readdir: list it as the link it is, and read nothing through it.
  if (isLink(join(root, 'lists'))) files.push({ path: 'lists', symlink: true });
  else walk(root, 'lists', files);
  walk(root, 'assessments', files);
  for (const folder of COORDINATION_FOLDERS) walk(root, folder, files);
  strays(root, '', 0, files);
  return files;
}

/** Folders that are never data: reports, tooling, version control, dependencies. */
/** Coordination records (docs/fields.md): meetings, and 督办 notices by year. */
const COORDINATION_FOLDERS = ['meetings', 'notices'];
const NOT_DATA = new Set(['lists', 'assessments', ...COORDINATION_FOLDERS, 'reports', 'schemas', 'docs', 'node_modules', 'dist', 'bin']);
const MAX_STRAY_BYTES = 64 * 1024;

/**
 * YAML files at the root or in an unknown folder (two levels deep) that look like an item: a clerk's file in the
 * wrong place.
 */
function strays(root: string, rel: string, depth: number, out: RawFile[]): void {
  let entries;
  try {
    entries = readdirSync(join(root, rel), { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    const path = rel === '' ? e.name : `${rel}/${e.name}`;
    if (e.name.startsWith('.')) continue;
    if (e.isDirectory()) {
      if (depth < 2 && !(depth === 0 && NOT_DATA.has(e.name))) strays(root, path, depth + 1, out);
    } else if (e.isFile() && /\.ya?ml$/i.test(e.name) && path !== 'wuzhong.yaml' && looksLikeItem(join(root, path))) {
      out.push({ path, stray: true });
    }
  }
}

function looksLikeItem(file: string): boolean {
  try {
    if (statSync(file).size > MAX_STRAY_BYTES) return false;
    const text = readFileSync(file, 'utf8');
    return ['title', 'owner', 'due'].filter((k) => new RegExp(`^${k}\\s*:`, 'm').test(text)).length >= 2;
  } catch {
    return false;
  }
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
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
