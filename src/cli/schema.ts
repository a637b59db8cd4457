import { relative, resolve, sep } from 'node:path';
import { findZoneRoot } from '../load/scan.js';
import { jsonSchemaFiles } from '../model/json-schema.js';
import { messages } from '../i18n/index.js';
import type { Io } from './io.js';
import type { GlobalOptions } from './options.js';
import { printOutcomes, writeFiles } from './outcomes.js';
import { langAt, zoneRoot } from './zone.js';

export interface SchemaOptions {
  out?: string;
}

/** Writes the JSON Schemas to --out, else to the zone repo's schemas/, else to ./schemas. */
export async function schemaCommand(io: Io, global: GlobalOptions, opts: SchemaOptions): Promise<number> {
  const root = global.repo !== undefined ? zoneRoot(io, global) : findZoneRoot(io.cwd);
  const m = messages(langAt(root, global)).scaffold;
  const dir = opts.out !== undefined ? resolve(io.cwd, opts.out) : resolve(root ?? io.cwd, 'schemas');
  const files = jsonSchemaFiles().map((s) => ({ path: s.file, text: s.text }));
  const results = writeFiles(dir, files, true, m.cannotWrite);
  io.stdout(`${m.schemaHeader(shownDir(dir, root, io.cwd))}\n`);
  printOutcomes(io, m, results);
  return 0;
}

/** Relative to the zone repo when inside it (as all paths in output are), else to the working directory. */
function shownDir(dir: string, root: string | undefined, cwd: string): string {
  const base = root && (dir === root || dir.startsWith(root + sep)) ? root : cwd;
  const rel = relative(base, dir).split(sep).join('/');
  return rel === '' ? '.' : `${rel}/`;
}
