import type { AssessmentFile } from '../model/config.js';
import { addDays } from '../model/dates.js';
import type { ItemData } from '../model/item.js';
import { buildLog, type HistoryCommit, type LogEntry, type VersionReader } from './log.js';
import { readDataVersion, readItemVersion } from './version.js';

/** What `wuzhong log` reads from git, given by the caller so that this stays pure. */
export interface LogSource {
  /** The commits that changed `paths`, newest first (git's --since is coarse: a day or two of slack is fine). */
  commits(paths: readonly string[], since: string | undefined): Promise<readonly HistoryCommit[]>;
  /** The contents of these blobs, by id (one read for all of them). */
  blobs(oids: readonly string[]): Promise<ReadonlyMap<string, Uint8Array>>;
}

/**
 * The history of one item (`key`, `<list>/<id>`) or of the whole zone, newest first, each version read with today's
 * parser and schema. The whole log also shows amendments and adjustments (assessments/), the approval records of
 * settled months, and the coordination records (meetings/, notices/).
 */
export async function readLog(
  source: LogSource, key: string | undefined, since: string | undefined, timeZone: string,
): Promise<LogEntry[]> {
  const paths = key === undefined
    ? ['lists', 'assessments', 'meetings', 'notices']
    : [`lists/${key}.yaml`, `lists/${key}.yml`];
  // git's --since is coarse (local time, commit order); two days of slack, then the exact cut by zone date.
  const commits = await source.commits(paths, since === undefined ? undefined : addDays(since, -2));
  const oids = commits.flatMap((c) => c.files.flatMap((f) => [f.before, f.after]))
    .filter((o): o is string => o !== null);
  const blobs = await source.blobs(oids);
  const cache = new Map<string, ItemData | null>();
  const read: VersionReader = (path, list, oid) => {
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
  return buildLog(commits, read, timeZone, readAssessment, readRecord);
}
