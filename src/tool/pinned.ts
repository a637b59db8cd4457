import { existsSync, lstatSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ExitError } from '../cli/io.js';
import { writeAtomically } from '../write/atomic.js';
import type { WriteOutcome } from '../scaffold/index.js';
import { releaseVersion, sha256, type Release } from './release.js';

/** Where a zone keeps the tool it is checked and scored with. */
export const TOOL_PATH = '.wuzhong/wuzhong.mjs';
export const VERSION_PATH = '.wuzhong/VERSION';

/** `.wuzhong/VERSION`: the version, then the sha256 in `sha256sum` format (`sha256sum -c` can check it). */
export function versionText(r: Pick<Release, 'version' | 'sha256'>): string {
  return `${r.version}\n${r.sha256}  wuzhong.mjs\n`;
}

export interface Pinned {
  /** From VERSION, when it is there and readable. */
  version?: string;
  sha256?: string;
  /** The sha256 of .wuzhong/wuzhong.mjs itself, when the file is there. */
  fileSha256?: string;
  /** The version the file's first line states. */
  fileVersion?: string;
}

/** What the zone at `root` pins, or undefined when it pins nothing (no .wuzhong/). */
export function readPinned(root: string): Pinned | undefined {
  const tool = join(root, TOOL_PATH), ver = join(root, VERSION_PATH);
  if (!existsSync(tool) && !existsSync(ver)) return undefined;
  const out: Pinned = {};
  try {
    const [first = '', second = ''] = readFileSync(ver, 'utf8').split(/\r?\n/);
    if (first.trim() !== '') out.version = first.trim();
    const m = /^([0-9a-f]{64})\b/.exec(second.trim());
    if (m) out.sha256 = m[1];
  } catch {
    // A missing or unreadable VERSION leaves the fields empty; check names what is missing.
  }
  try {
    const bytes = readFileSync(tool);
    out.fileSha256 = sha256(bytes);
    out.fileVersion = releaseVersion(bytes);
  } catch {
    // Likewise for the tool file.
  }
  return out;
}

/** Writes the release into the zone (each file atomically), replacing what was pinned. */
export function pinRelease(root: string, r: Release): void {
  mkdirSync(join(root, '.wuzhong'), { recursive: true });
  writeAtomically(join(root, TOOL_PATH), r.bytes);
  writeAtomically(join(root, VERSION_PATH), versionText(r));
}

/** init's share: pins the release unless the zone already pins one (then only --force replaces it). */
export function pinForInit(
  root: string, r: Release, force: boolean, cannotWrite: (path: string, reason: string) => string,
): { path: string; outcome: WriteOutcome }[] {
  const stats = [TOOL_PATH, VERSION_PATH].map((p) => lstatSync(join(root, p), { throwIfNoEntry: false }));
  const outcome = (i: number): WriteOutcome => (stats[i] === undefined ? 'created' : 'overwritten');
  if (stats.some((s) => s !== undefined && !s.isFile())) return [TOOL_PATH, VERSION_PATH].map((path) => ({ path, outcome: 'skipped-not-file' }));
  if (stats.some((s) => s !== undefined) && !force) return [TOOL_PATH, VERSION_PATH].map((path) => ({ path, outcome: 'skipped-existing' }));
  const pinned = readPinned(root);
  if (pinned?.fileSha256 === r.sha256 && pinned.sha256 === r.sha256 && pinned.version === r.version) {
    return [TOOL_PATH, VERSION_PATH].map((path) => ({ path, outcome: 'unchanged' }));
  }
  try {
    pinRelease(root, r);
  } catch (e) {
    throw new ExitError(cannotWrite(TOOL_PATH, (e as NodeJS.ErrnoException).code ?? String(e)), 2);
  }
  return [{ path: TOOL_PATH, outcome: outcome(0) }, { path: VERSION_PATH, outcome: outcome(1) }];
}
