import { BASE_PATHS } from './plan.js';

/** A data path: one of the folders (or wuzhong.yaml) the zone's data lives in. */
const isData = (path: string) => BASE_PATHS.some((p) => path === p || path.startsWith(`${p}/`));

/**
 * The zone's files that differ from REV (new, changed or gone), comparing the working files' blob ids with REV's
 * tree (`tree`, every file), so files not yet committed count as the change too. Pure: `blobId` hashes bytes in the
 * repository's hash (the one of `sample`, a blob id from the tree).
 */
export function changedFiles(
  files: readonly { path: string; bytes?: Uint8Array }[], tree: readonly { path: string; oid: string }[],
  blobId: (bytes: Uint8Array, sample: string) => string,
): Set<string> {
  const sample = tree[0]?.oid ?? '';
  const before = new Map(tree.map((e) => [e.path, e.oid]));
  const changed = new Set<string>();
  for (const f of files) {
    if (!f.bytes || before.get(f.path) !== blobId(f.bytes, sample)) changed.add(f.path);
    before.delete(f.path);
  }
  for (const path of before.keys()) if (isData(path)) changed.add(path);
  return changed;
}
