import { closeSync, constants, fstatSync, openSync, readSync, writeSync } from 'node:fs';

/**
 * Appends to $GITHUB_STEP_SUMMARY after a blank line, so an earlier step's text never runs into ours.
 * Only a regular file is written: never read whole (a device would never end), never blocks (a FIFO
 * without a reader), never a directory. Throws with a message on any failure; the caller only warns.
 */
export function appendStepSummary(file: string, text: string): void {
  // O_NONBLOCK: opening a FIFO with no reader fails at once (ENXIO) instead of hanging.
  const fd = openSync(file, constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | constants.O_NONBLOCK, 0o644);
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new Error('not a regular file');
    const tail = Buffer.alloc(2);
    let gap = '';
    if (stat.size > 0) {
      const readFd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
      try {
        const n = readSync(readFd, tail, 0, 2, Math.max(0, stat.size - 2));
        const end = tail.subarray(0, n).toString('latin1');
        gap = end.endsWith('\n\n') ? '' : end.endsWith('\n') ? '\n' : '\n\n';
      } finally {
        closeSync(readFd);
      }
    }
    const bytes = Buffer.from(gap + text, 'utf8');
    for (let off = 0; off < bytes.length; ) off += writeSync(fd, bytes, off, bytes.length - off);
  } finally {
    closeSync(fd);
  }
}
