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
}

const RS = '\x1e', US = '\x1f';
const NULL_OID = /^0+$/;

/**
 * Every commit that touched `paths` (relative to the zone root), newest first, with the blob ids
 * before and after — one `git log --raw` walk, no process per commit.
 */
export async function logChanges(repo: GitRepo, paths: readonly string[], since?: string): Promise<CommitChanges[]> {
  const args = [
    'log', '--no-color', '--no-show-signature', '--no-renames', '--raw', '--no-abbrev', '-z',
    `--format=${RS}%H${US}%an${US}%ae${US}%cI`,
  ];
  if (since) args.push(`--since=${since}`);
  const out = await gitOk(repo, [...args, '--', ...paths]);
  return parseLog(out.toString('utf8'), repo.prefix);
}

/** Parses `--raw -z` output: a header, NUL, then `:meta NUL path NUL` per file (paths from the top of the work tree). */
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
      const [, , before = '', after = ''] = meta.slice(1).split(' ');
      if (!full.startsWith(prefix)) continue;
      files.push({ path: full.slice(prefix.length), before: NULL_OID.test(before) ? null : before, after: NULL_OID.test(after) ? null : after });
    }
    commits.push({ commit, author, email, committed: committed.trim(), files });
  }
  return commits;
}
