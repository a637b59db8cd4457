import { lstatSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { PlannedFile, WriteOutcome } from '../scaffold/index.js';
import type { ScaffoldMessages } from '../scaffold/messages.js';
import { ExitError, type Io } from './io.js';

/**
 * Writes planned files under `root`; an existing file is kept unless `force`, and nothing is written through a link.
 * A file-system failure stops with a usage-style message (exit 2) naming the file and the reason.
 */
export function writeFiles(
  root: string,
  files: readonly PlannedFile[],
  force: boolean,
  cannotWrite: (path: string, reason: string) => string,
): { path: string; outcome: WriteOutcome }[] {
  return files.map((f) => {
    const full = join(root, ...f.path.split('/'));
    try {
      return { path: f.path, outcome: writeOne(full, f.text, force) };
    } catch (e) {
      throw new ExitError(cannotWrite(f.path, (e as NodeJS.ErrnoException).code ?? String(e)), 2);
    }
  });
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

const ORDER: readonly WriteOutcome[] = ['created', 'overwritten', 'unchanged', 'skipped-existing', 'skipped-not-file'];

/** One group per outcome, each path on its own line, in the order the files were planned. */
export function printOutcomes(io: Io, m: ScaffoldMessages, results: readonly { path: string; outcome: WriteOutcome }[]): void {
  for (const outcome of ORDER) {
    const paths = results.filter((r) => r.outcome === outcome).map((r) => r.path);
    if (paths.length === 0) continue;
    io.stdout(`${m.outcomes[outcome](paths.length)}\n${paths.map((p) => `  ${p}\n`).join('')}`);
  }
}
