import { mkdirSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { scaffoldFiles } from '../scaffold/index.js';
import { scaffoldMessages } from '../scaffold/messages.js';
import { ExitError, type Io } from './io.js';
import { parseLang, type GlobalOptions } from './options.js';
import { printOutcomes, writeFiles } from './write-files.js';

export interface InitOptions {
  zone?: string;
  force?: boolean;
}

/** Scaffolds a zone repo in DIR (default: --repo, else the working directory); existing files are kept unless --force. */
export async function initCommand(io: Io, global: GlobalOptions, dir: string | undefined, opts: InitOptions): Promise<number> {
  const m = scaffoldMessages[parseLang(global.lang) ?? 'zh-CN'];
  const target = resolve(io.cwd, dir ?? global.repo ?? '.');
  const zone = (opts.zone ?? basename(target)).trim();
  if (zone === '') throw new ExitError(m.emptyZone, 2);
  const stat = statSync(target, { throwIfNoEntry: false });
  if (stat && !stat.isDirectory()) throw new ExitError(m.notDirectory(target), 2);
  mkdirSync(target, { recursive: true });
  const results = writeFiles(target, scaffoldFiles(zone), opts.force === true, m.cannotWrite);
  io.stdout(`${m.initHeader(target, zone)}\n`);
  printOutcomes(io, m, results);
  io.stdout(`\n${m.initNext.join('\n')}\n`);
  return 0;
}
