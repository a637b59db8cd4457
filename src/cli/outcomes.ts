import type { PlannedFile, WriteOutcome } from '../scaffold/index.js';
import type { ScaffoldMessages } from '../i18n/zh-scaffold.js';
import { applyFiles, WriteError } from '../write/files.js';
import { ExitError, type Io } from './io.js';

/**
 * Writes planned files; a file-system failure stops with a usage-style message (exit 2)
 * naming the file and the reason.
 */
export function writeFiles(
  root: string,
  files: readonly PlannedFile[],
  force: boolean,
  cannotWrite: (path: string, reason: string) => string,
): { path: string; outcome: WriteOutcome }[] {
  try {
    return applyFiles(root, files, force).results;
  } catch (e) {
    if (e instanceof WriteError) throw new ExitError(cannotWrite(e.path, e.reason), 2);
    throw e;
  }
}

const ORDER: readonly WriteOutcome[] = ['created', 'overwritten', 'unchanged', 'skipped-existing', 'skipped-not-file'];

/** One group per outcome, each path on its own line, in the order the files were planned. */
export function printOutcomes(
  io: Io,
  m: ScaffoldMessages,
  results: readonly { path: string; outcome: WriteOutcome }[],
): void {
  for (const outcome of ORDER) {
    const paths = results.filter((r) => r.outcome === outcome).map((r) => r.path);
    if (paths.length === 0) continue;
    io.stdout(`${m.outcomes[outcome](paths.length)}\n${paths.map((p) => `  ${p}\n`).join('')}`);
  }
}
