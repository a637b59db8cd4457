import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { readPinned, pinRelease, TOOL_PATH } from '../tool/pinned.js';
import { messages } from '../i18n/index.js';
import type { ToolMessages } from '../i18n/zh-tool.js';
import { readRelease, runningRelease, type Release } from '../tool/release.js';
import { ExitError, type Io } from './io.js';
import type { GlobalOptions } from './options.js';
import { langAt, zoneRoot } from './zone.js';

/** `wuzhong upgrade [FILE]`: pins FILE (or the running tool) as the zone's .wuzhong/wuzhong.mjs and says old → new. */
export async function upgradeCommand(io: Io, global: GlobalOptions, file: string | undefined): Promise<number> {
  const root = zoneRoot(io, global);
  const m = messages(langAt(root, global)).tool;
  const release = file === undefined ? runningRelease() : readNamed(resolve(io.cwd, file), file, m);
  if (release === undefined) throw new ExitError(m.upgradeNoRelease, 2);
  if (file !== undefined) provesItRuns(resolve(io.cwd, file), file, release, m, io.env.PATH ?? '');
  const before = readPinned(root);
  if (before?.fileSha256 === release.sha256 && before.sha256 === release.sha256 && before.version === release.version) {
    io.stdout(`${m.unchanged(release.version)}\n`);
    return 0;
  }
  try {
    pinRelease(root, release);
  } catch (e) {
    throw new ExitError(m.cannotWrite(TOOL_PATH, (e as NodeJS.ErrnoException).code ?? String(e)), 1);
  }
  io.stdout(`${before?.version === undefined ? m.pinnedFirst(release.version) : m.upgraded(before.version, release.version)}\n${m.next}\n`);
  return 0;
}

function readNamed(abs: string, shown: string, m: ToolMessages): Release {
  let r;
  try {
    r = readRelease(abs);
  } catch (e) {
    throw new ExitError(m.cannotRead(shown, (e as NodeJS.ErrnoException).code ?? String(e)), 2);
  }
  if (r === undefined) throw new ExitError(m.notARelease(shown), 2);
  return r;
}

/**
 * A file that only looks like a release must not become the zone's tool: it has to run and say the version it
 * states.
 */
function provesItRuns(abs: string, shown: string, r: Release, m: ToolMessages, path: string): void {
  const run = spawnSync(process.execPath, [abs, '--version'], { encoding: 'utf8', timeout: 60_000, env: { PATH: path } });
  const said = run.stdout?.trim() ?? '';
  if (run.status !== 0 || said !== r.version) {
    const detail = run.error?.message ?? (run.status !== 0 ? (run.stderr?.trim().split('\n')[0] ?? `exit ${run.status}`) : `"${said}" ≠ ${r.version}`);
    throw new ExitError(m.doesNotRun(shown, detail), 2);
  }
}
