import { buildZone, type RawFile } from '../load/build.js';
import { DEFAULT_TIMEZONE } from '../model/config.js';
import { configFromBytes, readConfigFile, type ConfigFile } from '../load/config-file.js';
import { findZoneRoot, isZoneRoot, scanZone } from '../load/scan.js';
import type { Lang } from '../model/diagnostic.js';
import type { Zone } from '../model/zone.js';
import { messages } from '../i18n/index.js';
import { resolve } from 'node:path';
import { ExitError, type Io } from './io.js';
import { parseInParallel } from '../load/parallel.js';
import { statOrNone } from '../load/stat.js';
import { singleFile } from './version.js';
import { parseLang, type GlobalOptions } from './options.js';

export interface LoadedZone {
  root: string;
  zone: Zone;
  lang: Lang;
  /** The environment wuzhong was started with (for git), injected rather than read from the process. */
  env: Io['env'];
  timeZone: string;
  files: RawFile[];
}

export function zoneRoot(io: Io, opts: GlobalOptions): string {
  const lang = parseLang(opts.lang) ?? 'zh-CN';
  if (opts.repo !== undefined) {
    const dir = resolve(io.cwd, opts.repo);
    if (isZoneRoot(dir)) return dir;
    const stat = statOrNone(dir);
    if (!stat?.isDirectory()) {
      throw new ExitError(messages(lang).cli.repoNotFolder(dir, stat !== undefined), 2);
    }
    throw new ExitError(messages(lang).cli.noConfigIn(dir), 2);
  }
  const root = findZoneRoot(io.cwd);
  if (root) return root;
  throw new ExitError(messages(lang).cli.noZoneRepo, 2);
}

/** Reads every file once; the language comes from --lang, else `locale` in wuzhong.yaml. */
export async function loadZone(io: Io, opts: GlobalOptions): Promise<LoadedZone> {
  const root = zoneRoot(io, opts);
  const files = scanZone(root);
  const lang = parseLang(opts.lang) ?? localeOf(files[0]!);
  const zone = buildZone(files, await parseInParallel(files, parseWorker(io)));
  return { root, zone, lang, env: io.env, timeZone: zone.config?.timezone ?? DEFAULT_TIMEZONE, files };
}

/**
 * Where the parse worker is: the single-file release re-enters itself (see release-entry.ts);
 * WUZHONG_WORKERS=0: none.
 */
function parseWorker(io: Io): URL | undefined {
  if (io.env.WUZHONG_WORKERS === '0') return undefined;
  return singleFile !== undefined ? new URL(import.meta.url) : new URL('./parse-worker.js', import.meta.url);
}

function localeOf(config: RawFile): Lang {
  return langOf(config.bytes ? configFromBytes(config.bytes).raw : undefined);
}

/** `locale: en` in the parsed wuzhong.yaml, whatever its other errors. */
function langOf(raw: Record<string, unknown> | undefined): Lang {
  return raw?.locale === 'en' ? 'en' : 'zh-CN';
}

/** The output language where the zone at `root` is known: --lang, else its `locale`, else zh-CN. */
export function langAt(root: string | undefined, opts: GlobalOptions, file?: ConfigFile): Lang {
  return parseLang(opts.lang) ?? (root === undefined ? 'zh-CN' : langOf((file ?? readConfigFile(root)).raw));
}
