import { statOrNone } from '../load/stat.js';
import { makeDir } from '../write/files.js';
import { sanitizeLines } from '../text/sanitize.js';
import { basename, dirname, resolve } from 'node:path';
import { findZoneRoot, isZoneRoot } from '../load/scan.js';
import { scaffoldFiles } from '../scaffold/index.js';
import { messages } from '../i18n/index.js';
import { ExitError, type Io } from './io.js';
import type { GlobalOptions } from './options.js';
import { printOutcomes, writeFiles } from './outcomes.js';
import { langAt } from './zone.js';
import { readConfigFile } from '../load/config-file.js';
import { pinForInit } from '../tool/pinned.js';
import { runningRelease } from '../tool/release.js';

export interface InitOptions {
  zone?: string;
  force?: boolean;
}

/**
 * Scaffolds a zone repo in DIR (default: --repo, else the working directory); existing files are kept unless --force.
 * Re-run in an existing zone it speaks the zone's `locale` and keeps its `zone:` name; a new zone inside another
 * one (a wuzhong.yaml strictly above DIR) is refused unless --force.
 */
export async function initCommand(
  io: Io, global: GlobalOptions, dir: string | undefined, opts: InitOptions,
): Promise<number> {
  const target = resolve(io.cwd, dir ?? global.repo ?? '.');
  const existing = isZoneRoot(target) ? target : undefined;
  const enclosing = existing ? undefined : findZoneRoot(dirname(target));
  const m = messages(langAt(existing ?? enclosing, global)).scaffold;
  if (enclosing !== undefined && opts.force !== true) throw new ExitError(m.insideZone(target, enclosing), 2);
  const named = existing ? readConfigFile(existing).raw?.zone : undefined;
  const zone = (opts.zone ?? (typeof named === 'string' && named.trim() !== '' ? named : basename(target))).trim();
  if (zone === '') throw new ExitError(m.emptyZone, 2);
  try {
    const stat = statOrNone(target);
    if (stat && !stat.isDirectory()) throw new ExitError(m.notDirectory(target), 2);
    makeDir(target);
  } catch (e) {
    if (e instanceof ExitError) throw e;
    throw new ExitError(m.cannotWrite(target, (e as NodeJS.ErrnoException).code ?? String(e)), 2);
  }
  const results = writeFiles(target, scaffoldFiles(zone), opts.force === true, m.cannotWrite);
  // The CI templates run the tool pinned in the zone: the running one goes into .wuzhong/.
  const release = runningRelease();
  if (release !== undefined) results.push(...pinForInit(target, release, opts.force === true, m.cannotWrite));
  io.stdout(sanitizeLines(`${m.initHeader(target, zone)}\n`));
  printOutcomes(io, m, results);
  if (release === undefined) io.stderr(`wuzhong: ${messages(langAt(existing ?? enclosing, global)).tool.noRelease}\n`);
  io.stdout(`\n${m.initNext.join('\n')}\n`);
  return 0;
}
