import type { Diagnostic } from '../model/diagnostic.js';
import type { Zone } from '../model/zone.js';
import { gateFindings } from './gate.js';
import { BASE_PATHS, planBase } from './plan.js';
import { readDataVersion } from './version.js';

/** What the review gate reads from the base revision, given by the caller (git), so that this stays pure. */
export interface BaseSource {
  /** Every file under `paths` at REV: path, mode, blob id. */
  tree(paths: readonly string[]): Promise<readonly { path: string; mode: string; oid: string }[]>;
  /** The contents of these blobs, by id (one read for all of them). */
  blobs(oids: readonly string[]): Promise<ReadonlyMap<string, Uint8Array>>;
  /** The blob id of `bytes`, in the hash of the repository that gave `sample`. */
  blobId(bytes: Uint8Array, sample: string): string;
}

export interface BaseInput {
  zone: Zone;
  /** The zone's files as read now (bytes of each). */
  files: readonly { path: string; bytes?: Uint8Array }[];
  asOf: string;
  rev: string;
}

/**
 * `check --base REV`: the review gate against REV (docs/scoring.md). The zone at REV is read as scoring reads it
 * (wuzhong.yaml, lists/, assessments/, meetings/, notices/); only files whose blob id differs are read, in one go.
 */
export async function reviewAgainstBase(input: BaseInput, source: BaseSource): Promise<Diagnostic[]> {
  const { zone, asOf, rev } = input;
  const tree = await source.tree(BASE_PATHS);
  const bytes = new Map(input.files.flatMap((f) => (f.bytes ? [[f.path, f.bytes] as const] : [])));
  const sample = tree[0]?.oid ?? '';
  const oidOf = (path: string) => {
    const b = bytes.get(path);
    return b && source.blobId(b, sample);
  };
  const plan = planBase(zone, tree, oidOf);
  const wanted = [
    ...plan.changed.map((c) => c.base.oid), ...plan.removed.map((r) => r.oid), plan.config?.oid,
    ...plan.assessments.map((a) => a.oid), ...plan.coordination.map((c) => c.oid),
  ];
  const blobs = await source.blobs(wanted.filter((o): o is string => o !== undefined));
  const read = (path: string, oid: string) => {
    const data = blobs.get(oid);
    return data && readDataVersion(path, data);
  };
  return gateFindings({ zone, plan, read, oidOf, asOf, rev });
}
