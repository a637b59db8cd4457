import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** A file of a batch that could not be written: its path as given and the system's reason. */
export class BatchWriteError extends Error {
  constructor(readonly path: string, readonly reason: string) {
    super(`${path}: ${reason}`);
  }
}

export interface BatchFile {
  /** Path relative to `root`, with `/`. */
  path: string;
  text: string;
  /** The bytes the file held when the batch was planned, put back if a later file of the batch fails. */
  previous: string;
}

/**
 * Replaces several existing files as one step: every new text goes to a temporary file beside its target first
 * (nothing is replaced unless all of them were written), then each is renamed into place; should a rename fail,
 * the files already replaced get their previous text back. Returns the paths written.
 */
export function writeBatch(root: string, files: readonly BatchFile[]): string[] {
  const temps: { abs: string; tmp: string; file: BatchFile }[] = [];
  const failed = (file: BatchFile, e: unknown) =>
    new BatchWriteError(file.path, (e as NodeJS.ErrnoException).code ?? String(e));
  try {
    for (const file of files) {
      const abs = join(root, ...file.path.split('/'));
      const tmp = join(dirname(abs), `.${basename(abs)}.${randomBytes(6).toString('hex')}.tmp`);
      try {
        writeNew(tmp, file.text);
      } catch (e) {
        throw failed(file, e);
      }
      temps.push({ abs, tmp, file });
    }
  } catch (e) {
    for (const t of temps) rmSync(t.tmp, { force: true });
    throw e;
  }
  const done: typeof temps = [];
  for (const t of temps) {
    try {
      renameSync(t.tmp, t.abs);
      done.push(t);
    } catch (e) {
      for (const rest of temps.filter((x) => !done.includes(x))) rmSync(rest.tmp, { force: true });
      for (const back of done) {
        writeNew(back.tmp, back.file.previous);
        renameSync(back.tmp, back.abs);
      }
      throw failed(t.file, e);
    }
  }
  return files.map((f) => f.path);
}

function writeNew(path: string, text: string): void {
  const fd = openSync(path, 'wx', 0o644);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
