import { readFileSync } from 'node:fs';

/** The bytes of a file the user named (a returned sheet), or why it cannot be read (ENOENT, EISDIR, …). */
export function readUserFile(abs: string): { bytes: Uint8Array } | { error: string } {
  try {
    return { bytes: readFileSync(abs) };
  } catch (e) {
    return { error: (e as NodeJS.ErrnoException).code ?? String(e) };
  }
}
