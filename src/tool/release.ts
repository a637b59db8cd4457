import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { singleFile, version } from '../cli/version.js';

/** A single-file release: its bytes, the version its first line states, and its sha256. */
export interface Release {
  bytes: Buffer;
  version: string;
  sha256: string;
}

/** The first line the release build writes: `// wuzhong <version> — …`. */
const FIRST_LINE = /^\/\/ wuzhong (\S+) /;

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The version a release file states in its first line, or undefined when the bytes are not a wuzhong release. */
export function releaseVersion(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 200)).toString('utf8');
  return FIRST_LINE.exec(head)?.[1];
}

export function readRelease(file: string): Release | undefined {
  const bytes = readFileSync(file);
  const v = releaseVersion(bytes);
  return v === undefined ? undefined : { bytes, version: v, sha256: sha256(bytes) };
}

/**
 * The single-file release of the running tool: the file itself when it is one, else the dist/wuzhong.mjs
 * built next to it (a checkout or an npm install of the package), when it states the same version.
 */
export function runningRelease(): Release | undefined {
  if (singleFile !== undefined) return readRelease(singleFile);
  // From src/tool/ (source) and from bin/dist/ (the split build) the package root is two folders up.
  const built = fileURLToPath(new URL('../../dist/wuzhong.mjs', import.meta.url));
  if (!existsSync(built)) return undefined;
  const r = readRelease(built);
  return r?.version === version ? r : undefined;
}

/** What the running tool is, for comparison with a zone's pinned copy (sha256 only when it is a single file). */
export function runningIdentity(): { version: string; sha256?: string } {
  return singleFile === undefined ? { version } : { version, sha256: sha256(readFileSync(singleFile)) };
}
