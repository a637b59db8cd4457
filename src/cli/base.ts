import { readBlobs } from '../git/blobs.js';
import { blobId, oidAlgorithm } from '../git/hash.js';
import { openRepo, resolveCommit } from '../git/repo.js';
import { listTree } from '../git/tree.js';
import { reviewAgainstBase } from '../history/base.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { gitExitError } from './git-errors.js';
import type { LoadedZone } from './zone.js';

/**
 * `check --base REV`: the review gate against REV (docs/scoring.md).
 * Four git processes whatever the zone size: rev-parse ×2, ls-tree, one cat-file --batch.
 */
export async function compareWithBase(loaded: LoadedZone, asOf: string, rev: string): Promise<Diagnostic[]> {
  try {
    const repo = await openRepo(loaded.root, loaded.env);
    const commit = await resolveCommit(repo, rev);
    return await reviewAgainstBase({ zone: loaded.zone, files: loaded.files, asOf, rev }, {
      tree: (paths) => listTree(repo, commit, paths),
      blobs: (oids) => readBlobs(repo, oids),
      blobId: (bytes, sample) => blobId(bytes, oidAlgorithm(sample)),
    });
  } catch (e) {
    throw gitExitError(e, loaded.lang, '--base', loaded.root, rev);
  }
}
