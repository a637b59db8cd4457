import type { Env } from './env.js';
import { GitError } from './errors.js';
import { firstLine, runGit } from './run.js';

/** A committed monthly report: its text at HEAD and the committer date of the last commit that changed it. */
export interface CommittedReport {
  /** `YYYY-MM`. */
  month: string;
  /** Relative to the zone root, with `/`. */
  path: string;
  text: string;
  /** ISO 8601 with the committer's offset. */
  committed: string;
  /** The commit is a shallow clone's boundary: its date is when the clone starts, not when the report was made. */
  boundary: boolean;
}

const RS = '\x1e', US = '\x1f';
const REPORT = /^reports\/(\d{4}-\d{2})\.md$/;

/**
 * Every reports/YYYY-MM.md at HEAD with the date it was last committed, in two git processes whatever
 * the number of months: one `git log` over reports/, one `git cat-file --batch`. Outside a git
 * repository (or before the first commit) there are none.
 */
export async function committedReports(zoneRoot: string, env: Env, rev = 'HEAD'): Promise<CommittedReport[]> {
  const at = { cwd: zoneRoot, env };
  const format = `--format=${RS}%H${US}%cI${US}%D`;
  const log = await runGit(at, ['log', '--no-color', format, '--name-only', '--relative', '-z', rev, '--', 'reports']);
  if (log.code !== 0) {
    // No repository, or no commit yet: nothing is committed, so no month is closed.
    if (/not a git repository|unknown revision|bad revision|does not have any commits/i.test(log.stderr)) return [];
    throw new GitError('failed', firstLine(log.stderr));
  }
  const latest = new Map<string, { committed: string; boundary: boolean }>();
  for (const record of log.stdout.toString('utf8').split(RS)) {
    const [header = '', ...names] = record.split('\0');
    const [, committed = '', refs = ''] = header.split(US);
    for (const raw of names) {
      const path = raw.replace(/^\n/, '');
      if (REPORT.test(path) && !latest.has(path)) {
        latest.set(path, { committed: committed.trim(), boundary: /(^|, )grafted(,|$)/.test(refs.trim()) });
      }
    }
  }
  if (latest.size === 0) return [];
  const paths = [...latest.keys()].sort();
  const batch = await runGit(at, ['cat-file', '--batch'], paths.map((p) => `${rev}:./${p}\n`).join(''));
  if (batch.code !== 0) throw new GitError('failed', firstLine(batch.stderr));
  const texts = splitBatch(batch.stdout);
  return paths.flatMap((path, i) => {
    const text = texts[i];
    const at = latest.get(path)!;
    return text === undefined ? [] : [{ month: REPORT.exec(path)![1]!, path, text, ...at }];
  });
}

/** `cat-file --batch` output in request order; a missing object (a report deleted since) is undefined. */
function splitBatch(out: Buffer): (string | undefined)[] {
  const texts: (string | undefined)[] = [];
  let pos = 0;
  while (pos < out.length) {
    const eol = out.indexOf(0x0a, pos);
    if (eol < 0) break;
    const [, type = '', size = ''] = out.subarray(pos, eol).toString('latin1').split(' ');
    pos = eol + 1;
    if (type !== 'blob') {
      texts.push(undefined);
      continue;
    }
    const n = Number(size);
    texts.push(out.subarray(pos, pos + n).toString('utf8'));
    pos += n + 1;
  }
  return texts;
}
