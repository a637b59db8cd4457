import type { Classified, FileResult } from './build.js';

export interface WorkerJob {
  files: { path: string; bytes: Uint8Array; where: Extract<Classified, { kind: 'config' | 'assessment' | 'item' }> }[];
}

interface PackedResult extends Omit<FileResult, 'pos'> {
  records?: Int32Array;
  nameIds?: Int32Array;
}

/** Results as they cross the thread boundary: key names become indices into one shared table. */
export interface Packed {
  results: PackedResult[];
  table: string[];
  transfer: ArrayBuffer[];
}

export function packResults(results: FileResult[]): Packed {
  const table: string[] = [];
  const ids = new Map<string, number>();
  const transfer: ArrayBuffer[] = [];
  const packed = results.map(({ pos, ...rest }): PackedResult => {
    if (!pos) return rest;
    const nameIds = Int32Array.from(pos.names, (n) => {
      if (n === null) return -1;
      let id = ids.get(n);
      if (id === undefined) ids.set(n, (id = table.push(n) - 1));
      return id;
    });
    transfer.push(pos.records.buffer as ArrayBuffer, nameIds.buffer as ArrayBuffer);
    return { ...rest, records: pos.records, nameIds };
  });
  return { results: packed, table, transfer };
}

export function unpackResults(packed: Packed, intern: (s: string) => string): FileResult[] {
  const table = packed.table.map(intern);
  return packed.results.map(({ records, nameIds, ...rest }) =>
    records && nameIds
      ? { ...rest, pos: { records, names: Array.from(nameIds, (i) => (i < 0 ? null : table[i]!)) } }
      : rest,
  );
}
