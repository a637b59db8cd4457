import { createHash } from 'node:crypto';

/** The object id git would give these bytes as a blob, without spawning git (sha1, or sha256 repos). */
export function blobId(bytes: Uint8Array, algorithm: 'sha1' | 'sha256' = 'sha1'): string {
  return createHash(algorithm).update(`blob ${bytes.byteLength}\0`).update(bytes).digest('hex');
}

export function oidAlgorithm(oid: string): 'sha1' | 'sha256' {
  return oid.length === 64 ? 'sha256' : 'sha1';
}
