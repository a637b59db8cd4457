import { gitOk } from './run.js';
import type { GitRepo } from './repo.js';

export interface TreeEntry {
  /** Relative to the zone root, with `/`. */
  path: string;
  mode: string;
  type: string;
  oid: string;
}

/** Every file under `dirs` (relative to the zone root) in commit `commit`, in one `git ls-tree`. */
export async function listTree(repo: GitRepo, commit: string, dirs: string | readonly string[]): Promise<TreeEntry[]> {
  // Run from the zone root, ls-tree prints paths relative to it.
  const out = await gitOk(repo, ['ls-tree', '-r', '-z', commit, '--', ...(typeof dirs === 'string' ? [dirs] : dirs)]);
  const entries: TreeEntry[] = [];
  for (const record of out.toString('utf8').split('\0')) {
    const tab = record.indexOf('\t');
    if (tab < 0) continue;
    const [mode = '', type = '', oid = ''] = record.slice(0, tab).split(' ');
    entries.push({ path: record.slice(tab + 1), mode, type, oid });
  }
  return entries;
}
