import { readBlobs } from '../git/blobs.js';
import { logChanges } from '../git/log.js';
import { openRepo } from '../git/repo.js';
import { logFormats } from '../history/log-text.js';
import { readLog } from '../history/log-read.js';
import { isValidDate } from '../model/dates.js';
import { ID_PATTERN, LISTS } from '../model/fields.js';
import { messages } from '../i18n/index.js';
import { nearest } from '../text/nearest.js';
import { gitExitError } from './git-errors.js';
import { ExitError, type Io } from './io.js';
import type { GlobalOptions } from './options.js';
import { loadZone, type LoadedZone } from './zone.js';

export interface LogOptions {
  since?: string;
  format: string;
}

const ID_RE = new RegExp(ID_PATTERN);

/** `wuzhong log [<list>/<id>] [--since DATE]`: an item's history oldest first, or every item's newest first. */
export async function logCommand(
  io: Io, global: GlobalOptions, item: string | undefined, opts: LogOptions,
): Promise<number> {
  const loaded = await loadZone(io, global);
  const t = messages(loaded.lang).cli;
  if (opts.since !== undefined && !isValidDate(opts.since)) throw new ExitError(t.badSince(opts.since), 2);
  const key = item === undefined ? undefined : itemKey(item, loaded);
  let entries, shallow;
  try {
    ({ entries, shallow } = await history(loaded, key, opts.since));
  } catch (e) {
    throw gitExitError(e, loaded.lang, 'wuzhong log', loaded.root);
  }
  if (shallow) io.stderr(`${t.shallowLog}\n`);
  if (key !== undefined && entries.length === 0 && !loaded.zone.itemKeys.has(key)) throw itemNotFound(key, loaded);
  if (opts.since !== undefined) entries = entries.filter((e) => e.date >= opts.since!);
  if (key !== undefined) entries.reverse(); // one item reads as a story: oldest first
  const view = { item: key, since: opts.since, timeZone: loaded.timeZone };
  // commander's choices() refused anything else
  io.stdout(logFormats[opts.format as keyof typeof logFormats](entries, loaded.lang, view));
  return 0;
}

async function history(loaded: LoadedZone, key: string | undefined, since: string | undefined) {
  const repo = await openRepo(loaded.root, loaded.env);
  const source = {
    commits: (paths: readonly string[], after: string | undefined) => logChanges(repo, paths, after),
    blobs: (oids: readonly string[]) => readBlobs(repo, oids),
  };
  return { entries: await readLog(source, key, since, loaded.timeZone), shallow: repo.shallow };
}

/** `<list>/<id>` from the argument; `lists/<list>/<id>.yaml` is accepted too. */
function itemKey(arg: string, loaded: LoadedZone): string {
  const m = /^(?:lists\/)?([^/]+)\/([^/]+?)(?:\.ya?ml)?$/.exec(arg.replace(/\\/g, '/'));
  const list = m?.[1] ?? '', id = m?.[2] ?? '';
  if (!m || !(LISTS as readonly string[]).includes(list) || !ID_RE.test(id)) throw unknownItem(arg, loaded);
  return `${list}/${id}`;
}

/** An argument that is not of the form `<list>/<id>`. */
function unknownItem(name: string, loaded: LoadedZone): ExitError {
  return new ExitError(messages(loaded.lang).cli.unknownItem(name, nearest(name, loaded.zone.itemKeys)), 2);
}

/** A well-formed `<list>/<id>` with no file now and none in the history. */
function itemNotFound(key: string, loaded: LoadedZone): ExitError {
  return new ExitError(messages(loaded.lang).cli.itemNotFound(key, nearest(key, loaded.zone.itemKeys)), 2);
}
