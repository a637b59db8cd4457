import { readFileSync } from 'node:fs';
import { gitOk } from './run.js';
import type { GitRepo } from './repo.js';

/** One file a commit touched; a null oid means the file did not exist on that side. */
export interface FileChange {
  /** Relative to the zone root, with `/`. */
  path: string;
  before: string | null;
  after: string | null;
}

export interface CommitChanges {
  commit: string;
  author: string;
  email: string;
  /** Committer date, ISO 8601 with the committer's offset: when the change entered the history. */
  committed: string;
  files: FileChange[];
  /** A shallow clone's oldest commit: what it "adds" was there before the history we have. */
  boundary?: boolean;
}

const RS = '\x1e', US = '\x1f';
const NULL_OID = /^0+$/;

/**
 * Every commit that touched `paths` (relative to the zone root), newest first, with the blob ids
 * before and after — one `git log --raw` walk, no process per commit. A merge commit shows what was
 * changed in the merge itself (files that differ from every parent), compared with its first parent.
 */
export async function logChanges(repo: GitRepo, paths: readonly string[], since?: string): Promise<CommitChanges[]> {
  const args = [
    'log', '--no-color', '--no-show-signature', '--no-renames', '--raw', '--no-abbrev', '-z', '-c',
    `--format=${RS}%H${US}%an${US}%ae${US}%cI`,
  ];
  if (since) args.push(`--since=${since}`);
  const out = await gitOk(repo, [...args, '--', ...paths]);
  const commits = parseLog(out.toString('utf8'), repo.prefix);
  if (!repo.shallow) return commits;
  const grafted = await shallowCommits(repo);
  return commits.map((c) => (grafted.has(c.commit) ? { ...c, boundary: true } : c));
}

/** The commits a shallow clone cut the history at (git's `shallow` file). */
async function shallowCommits(repo: GitRepo): Promise<Set<string>> {
  const path = await gitOk(repo, ['rev-parse', '--path-format=absolute', '--git-path', 'shallow']);
  const file = path.toString('utf8').trim();
  try {
    return new Set(readFileSync(file, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l !== ''));
  } catch {
    return new Set();
  }
}

/**
 * Parses `--raw -z` output: a header, NUL, then `:meta NUL path NUL` per file (paths from the top of the work
 * tree).
 */
export function parseLog(text: string, prefix: string): CommitChanges[] {
  const commits: CommitChanges[] = [];
  for (const record of text.split(RS)) {
    if (record === '') continue;
    const tokens = record.split('\0');
    const [commit = '', author = '', email = '', committed = ''] = (tokens[0] ?? '').split(US);
    const files: FileChange[] = [];
    for (let i = 1; i < tokens.length; i++) {
      const meta = tokens[i]!.replace(/^\n/, '');
      if (!meta.startsWith(':')) continue;
      const full = tokens[++i] ?? '';
      // `:m1 m2 o1 o2 S` for a commit; `::m1 m2 mR o1 o2 oR SS` (one colon per parent) for a merge,
      // o1 being the first parent's.
      const parents = /^:+/.exec(meta)![0].length;
      const fields = meta.slice(parents).split(' ');
      const before = fields[parents + 1] ?? '', after = fields[2 * parents + 1] ?? '';
      if (!full.startsWith(prefix)) continue;
      const oid = (o: string) => (NULL_OID.test(o) ? null : o);
      files.push({ path: full.slice(prefix.length), before: oid(before), after: oid(after) });
    }
    commits.push({ commit, author, email, committed: committed.trim(), files });
  }
  return commits;
}
