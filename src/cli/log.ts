import { readBlobs } from '../git/blobs.js';
import { logChanges } from '../git/log.js';
import { openRepo } from '../git/repo.js';
import { buildLog } from '../history/log.js';
import { logFormats } from '../history/log-text.js';
import { readDataVersion, readItemVersion } from '../history/version.js';
import type { AssessmentFile } from '../model/config.js';
import { addDays, isValidDate } from '../model/dates.js';
import { ID_PATTERN, LISTS } from '../model/fields.js';
import type { ItemData } from '../model/item.js';
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
  // The whole log also shows amendments and adjustments (assessments/), the approval records of settled months.
  const paths = key === undefined ? ['lists', 'assessments', 'meetings', 'notices'] : [`lists/${key}.yaml`, `lists/${key}.yml`];
  // git's --since is coarse (local time, commit order); two days of slack, then the exact cut by zone date.
  const commits = await logChanges(repo, paths, since === undefined ? undefined : addDays(since, -2));
  const oids = commits.flatMap((c) => c.files.flatMap((f) => [f.before, f.after]))
    .filter((o): o is string => o !== null);
  const blobs = await readBlobs(repo, oids);
  const cache = new Map<string, ItemData | null>();
  const read = (path: string, list: Parameters<typeof readItemVersion>[1], oid: string) => {
    const id = `${list}:${oid}`;
    if (!cache.has(id)) {
      const bytes = blobs.get(oid);
      cache.set(id, (bytes && readItemVersion(path, list, bytes)) ?? null);
    }
    return cache.get(id)!;
  };
  const readAssessment = (path: string, oid: string) => {
    const bytes = blobs.get(oid);
    const v = bytes && readDataVersion(path, bytes);
    return (v?.value as AssessmentFile | undefined) ?? null;
  };
  const readRecord = (path: string, oid: string) => {
    const bytes = blobs.get(oid);
    return (bytes && readDataVersion(path, bytes)?.value) ?? null;
  };
  return { entries: buildLog(commits, read, loaded.timeZone, readAssessment, readRecord), shallow: repo.shallow };
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
