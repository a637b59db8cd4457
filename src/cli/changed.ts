import { blobId, oidAlgorithm } from '../git/hash.js';
import { openRepo, resolveCommit } from '../git/repo.js';
import { listTree } from '../git/tree.js';
import type { LoadedZone } from './zone.js';

/**
 * The zone's data files that differ from REV (new, changed or gone), comparing the working files' blob ids
 * with REV's tree, so files not yet committed count as the change too.
 */
export async function changedSince(loaded: LoadedZone, rev: string): Promise<Set<string>> {
  const repo = await openRepo(loaded.root, loaded.env);
  const commit = await resolveCommit(repo, rev);
  const tree = await listTree(repo, commit, '.');
  const algorithm = oidAlgorithm(tree[0]?.oid ?? '');
  const before = new Map(tree.map((e) => [e.path, e.oid]));
  const changed = new Set<string>();
  for (const f of loaded.files) {
    if (!f.bytes || before.get(f.path) !== blobId(f.bytes, algorithm)) changed.add(f.path);
    before.delete(f.path);
  }
  for (const path of before.keys()) if (isData(path)) changed.add(path);
  return changed;
}

const isData = (path: string) => path === 'wuzhong.yaml' || path.startsWith('lists/') || path.startsWith('assessments/');
