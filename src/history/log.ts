import type { ListName } from '../model/fields.js';
import type { ItemData } from '../model/item.js';
import { classify } from '../load/build.js';
import type { AssessmentFile } from '../model/config.js';
import { diffAssessment, diffItem, type Change } from './changes.js';
import { itemAt } from './version.js';
import { coordinationChanges, type RecordReader } from './coordination-log.js';
import { zoneDate } from './when.js';

/** A commit as the git walk reports it (blob ids before and after; null: no file on that side). */
export interface HistoryCommit {
  commit: string;
  author: string;
  email: string;
  committed: string;
  files: { path: string; before: string | null; after: string | null }[];
  /** The oldest commit of a shallow clone, whose files git shows as added. */
  boundary?: boolean;
}

/** One commit's changes to one item. */
export interface LogEntry {
  commit: string;
  /** Commit date in the zone's time zone. */
  date: string;
  committed: string;
  author: string;
  email: string;
  item: string;
  file: string;
  changes: Change[];
}

/** Reads a blob as an item of `list`: undefined when absent, null when it does not parse or validate. */
export type VersionReader = (path: string, list: ListName, oid: string) => ItemData | null;

/** Reads a blob as an assessment file: null when it does not parse or validate. */
export type AssessmentReader = (path: string, oid: string) => AssessmentFile | null;

/**
 * Commits (newest first, as git walks them) → per-item entries, newest first. A version that does not
 * parse is skipped over: the next good version is compared with the last good one.
 */
export function buildLog(
  commits: readonly HistoryCommit[], read: VersionReader, timeZone: string, readAssessment?: AssessmentReader,
  readRecord?: RecordReader,
): LogEntry[] {
  const lastGood = new Map<string, ItemData>();
  const perCommit: LogEntry[][] = [];
  for (const c of [...commits].reverse()) {
    const entries: LogEntry[] = [];
    perCommit.push(entries);
    const date = zoneDate(c.committed, timeZone);
    for (const [key, g] of groupByItem(c.files)) {
      const before =
        g.before === null ? undefined : (read(g.beforePath, g.list, g.before) ?? lastGood.get(key) ?? null);
      const after = g.after === null ? undefined : read(g.path, g.list, g.after);
      if (after) lastGood.set(key, after);
      // At a shallow clone's boundary "no file before" only means "no history before": not a creation.
      const changes =
        c.boundary === true && before === undefined && after
          ? [{ kind: 'history-start' as const, title: after.title, due: after.due }]
          : diffItem(before, after, date);
      entries.push({
        commit: c.commit, date, committed: c.committed, author: c.author, email: c.email, item: key, file: g.path,
        changes,
      });
    }
    for (const f of readAssessment ? c.files : []) {
      const where = classify(f.path);
      if (where.kind !== 'assessment') continue;
      const version = (oid: string | null) => (oid === null ? undefined : readAssessment!(f.path, oid));
      const changes = diffAssessment(where.month, version(f.before), version(f.after));
      if (changes.length > 0) entries.push({ commit: c.commit, date, committed: c.committed, author: c.author, email: c.email, item: `assessments/${where.month}`, file: f.path, changes });
    }
    for (const r of readRecord ? coordinationChanges(c.files, readRecord) : []) {
      const { key: item, file, changes } = r;
      const { commit, committed, author, email } = c;
      entries.push({ commit, date, committed, author, email, item, file, changes });
    }
  }
  // Newest commit first; within a commit, items in key order.
  return perCommit.reverse().flat();
}

interface ItemFiles {
  list: ListName;
  path: string;
  beforePath: string;
  before: string | null;
  after: string | null;
}

/** Files of one commit by `<list>/<id>`, in key order; `.yaml` ↔ `.yml` in one commit is one change. */
function groupByItem(files: HistoryCommit['files']): Map<string, ItemFiles> {
  const groups = new Map<string, ItemFiles>();
  for (const f of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const where = itemAt(f.path);
    if (!where) continue;
    const g = groups.get(where.key);
    if (!g) {
      groups.set(where.key, { list: where.list, path: f.path, beforePath: f.path, before: f.before, after: f.after });
      continue;
    }
    if (g.before === null && f.before !== null) { g.before = f.before; g.beforePath = f.path; }
    if (g.after === null && f.after !== null) { g.after = f.after; g.path = f.path; }
  }
  return new Map([...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
