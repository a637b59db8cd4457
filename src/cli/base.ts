import { blobId, oidAlgorithm } from '../git/hash.js';
import { readBlobs } from '../git/blobs.js';
import { openRepo, resolveCommit } from '../git/repo.js';
import { listTree } from '../git/tree.js';
import { matchRenames, planBase } from '../history/plan.js';
import { baseUnparsable, compareItem, removedItem } from '../history/rules.js';
import { readItemVersion } from '../history/version.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { gitExitError } from './git-errors.js';
import type { LoadedZone } from './zone.js';

/**
 * `check --base REV` (docs/scoring.md): today's findings plus postponed / late-record / removed against REV.
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
  const tree = await listTree(repo, commit, 'lists');
  const bytes = new Map(loaded.files.flatMap((f) => (f.bytes ? [[f.path, f.bytes] as const] : [])));
  const algorithm = oidAlgorithm(tree[0]?.oid ?? '');
  const oidOf = (path: string) => {
    const b = bytes.get(path);
    return b && blobId(b, algorithm);
  };
  const plan = planBase(zone, tree, oidOf);
  const blobs = await readBlobs(repo, [...plan.changed.map((c) => c.base.oid), ...plan.removed.map((r) => r.oid)]);
  const version = (b: { path: string; list: Parameters<typeof readItemVersion>[1]; oid: string }) => {
    const data = blobs.get(b.oid);
    return data && readItemVersion(b.path, b.list, data);
  };

  const out: Diagnostic[] = [];
  for (const { item, base } of plan.changed) {
    const data = version(base);
    out.push(...(data ? compareItem({ item, base: data, asOf, rev }) : [baseUnparsable(item, rev)]));
  }
  const removed = plan.removed.map((base) => ({ base, data: version(base) }));
  const renames = matchRenames(removed.map((r) => ({ base: r.base, title: r.data?.title })), plan.added, oidOf);
  for (const { base, data } of removed) {
    const renamed = renames.get(base.key);
    out.push(removedItem(base.key, base.path, rev, renamed?.key));
    // A rename must not hide a postponement: the new file is held to the old one's deadlines.
    if (renamed && data) out.push(...compareItem({ item: renamed, base: data, asOf, rev }));
  }
  return out;
}
