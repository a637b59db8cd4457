import { lstatSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { PlannedFile, WriteOutcome } from '../scaffold/index.js';

/** A planned file that could not be written: its path in the zone and the system's reason (e.g. EACCES). */
export class WriteError extends Error {
  constructor(readonly path: string, readonly reason: string) {
    super(`${path}: ${reason}`);
  }
}

export interface Applied {
  /** Each planned file with what happened to it, in the order planned. */
  results: { path: string; outcome: WriteOutcome }[];
  /** Exactly the paths whose bytes changed: what git may commit. */
  touched: string[];
}

/**
 * The apply stage: writes planned files under `root`; an existing file is kept unless `force`, and nothing
 * is written through a link. Stops at the first failure with a WriteError naming the file.
 */
export function applyFiles(root: string, files: readonly PlannedFile[], force: boolean): Applied {
  const results = files.map((f) => {
    const full = join(root, ...f.path.split('/'));
    try {
      return { path: f.path, outcome: writeOne(full, f.text, force) };
    } catch (e) {
      throw new WriteError(f.path, (e as NodeJS.ErrnoException).code ?? String(e));
    }
  });
  return { results, touched: results.filter((r) => r.outcome === 'created' || r.outcome === 'overwritten').map((r) => r.path) };
}

function writeOne(full: string, text: string, force: boolean): WriteOutcome {
  const stat = lstatSync(full, { throwIfNoEntry: false });
  if (stat && !stat.isFile()) return 'skipped-not-file';
  if (stat && !force) return 'skipped-existing';
  if (stat && readFileSync(full, 'utf8') === text) return 'unchanged';
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, text, stat ? undefined : { flag: 'wx' });
  return stat ? 'overwritten' : 'created';
}

/** Creates one new file (never over an existing one), with its folders; the error is the system's. */
export function createFile(root: string, path: string, text: string): void {
  const full = join(root, ...path.split('/'));
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, text, { flag: 'wx' });
}

/** Makes the folder and its parents. */
export function makeDir(path: string): void {
  mkdirSync(path, { recursive: true });
}
