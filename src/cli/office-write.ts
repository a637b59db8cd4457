import { messages } from '../i18n/index.js';
import { relative } from 'node:path';
import { writeAtomically } from '../write/atomic.js';
import { resolveOfficeOut } from '../write/office-target.js';
import { ExitError, type Io } from './io.js';
import type { LoadedZone } from './zone.js';

/** Where `--out` (or the default under the zone root) puts an Office file; a usage error when it may not go there. */
export function officeTarget(io: Io, loaded: LoadedZone, out: string | undefined, defaultRel: string) {
  const target = resolveOfficeOut(loaded.root, io.cwd, out, defaultRel);
  if ('problem' in target) throw new ExitError(messages(loaded.lang).officeCli.out(target.problem, target.shown), 2);
  return target;
}

/** Writes the file atomically and says where, as a path relative to the working directory when that is shorter. */
export function writeOffice(io: Io, loaded: LoadedZone, abs: string, bytes: Uint8Array | string): string {
  const t = messages(loaded.lang).officeCli;
  const rel = relative(io.cwd, abs);
  const shown = rel !== '' && !rel.startsWith('..') ? rel : abs;
  try {
    writeAtomically(abs, bytes);
  } catch (e) {
    throw new ExitError(t.cannotWrite(shown, (e as NodeJS.ErrnoException).code ?? String(e)), 1);
  }
  io.stdout(`${t.wrote(shown)}\n`);
  return shown;
}
