import { blobId, oidAlgorithm } from '../git/hash.js';
import { openRepo, resolveCommit } from '../git/repo.js';
import { listTree } from '../git/tree.js';
import { changedFiles } from '../history/changed.js';
import type { LoadedZone } from './zone.js';

/** The zone's data files that differ from REV (new, changed or gone), uncommitted ones too. */
export async function changedSince(loaded: LoadedZone, rev: string): Promise<Set<string>> {
  const repo = await openRepo(loaded.root, loaded.env);
  const commit = await resolveCommit(repo, rev);
  const tree = await listTree(repo, commit, '.');
  return changedFiles(loaded.files, tree, (bytes, sample) => blobId(bytes, oidAlgorithm(sample)));
}
