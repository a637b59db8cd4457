import { readBlobs } from '../git/blobs.js';
import { blobId, oidAlgorithm } from '../git/hash.js';
import { openRepo, resolveCommit } from '../git/repo.js';
import { listTree } from '../git/tree.js';
import { gateFindings } from '../history/gate.js';
import { planBase } from '../history/plan.js';
import { readDataVersion } from '../history/version.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { gitExitError } from './git-errors.js';
import type { LoadedZone } from './zone.js';

/**
 * `check --base REV`: the review gate against REV (docs/scoring.md).
 * Four git processes whatever the zone size: rev-parse ×2, ls-tree, one cat-file --batch.
 */
export async function compareWithBase(loaded: LoadedZone, asOf: string, rev: string): Promise<Diagnostic[]> {
  try {
    return await baseFindings(loaded, asOf, rev);
  } catch (e) {
    throw gitExitError(e, loaded.lang, '--base', loaded.root, rev);
  }
}

async function baseFindings(loaded: LoadedZone, asOf: string, rev: string): Promise<Diagnostic[]> {
  const { zone } = loaded;
  const repo = await openRepo(loaded.root, loaded.env);
  const commit = await resolveCommit(repo, rev);
  const tree = await listTree(repo, commit, ['wuzhong.yaml', 'lists', 'assessments']);
  const bytes = new Map(loaded.files.flatMap((f) => (f.bytes ? [[f.path, f.bytes] as const] : [])));
  const algorithm = oidAlgorithm(tree[0]?.oid ?? '');
  const oidOf = (path: string) => {
    const b = bytes.get(path);
    return b && blobId(b, algorithm);
  };
  const plan = planBase(zone, tree, oidOf);
  const wanted = [
    ...plan.changed.map((c) => c.base.oid), ...plan.removed.map((r) => r.oid), plan.config?.oid,
    ...plan.assessments.map((a) => a.oid),
  ];
  const blobs = await readBlobs(repo, wanted.filter((o): o is string => o !== undefined));
  const read = (path: string, oid: string) => {
    const data = blobs.get(oid);
    return data && readDataVersion(path, data);
  };
  return gateFindings({ zone, plan, read, oidOf, asOf, rev });
}
