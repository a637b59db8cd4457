/** Generated zones live in the temp dir, keyed by generator version, size and seed, and are reused. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashSeed } from './prng.mjs';
import { generateZone, mutateZone, resetZone } from './zone.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const GEN_SOURCES = ['prng.mjs', 'dates.mjs', 'emit.mjs', 'words.mjs', 'item.mjs', 'zone.mjs'];
// Editing the generator invalidates every cached zone.
const version = hashSeed(...GEN_SOURCES.map((f) => fs.readFileSync(path.join(here, f), 'utf8'))).toString(16);
export const CACHE = path.join(os.tmpdir(), 'wuzhong-bench');

export function zoneBytes(dir) {
  let n = 0;
  const walk = (d) => fs.readdirSync(d, { withFileTypes: true }).forEach((e) =>
    e.name.startsWith('.') ? 0 : e.isDirectory() ? walk(path.join(d, e.name)) : /\.ya?ml$/.test(e.name) && (n += fs.statSync(path.join(d, e.name)).size));
  walk(dir);
  return n;
}

/** A zone of `items` items; with `mutated`, a committed git zone with that many files then edited. */
export function ensureZone({ items, seed, mutated }) {
  const dir = path.join(CACHE, `v${version}-n${items}-s${seed}${mutated !== undefined ? '-git' : ''}`);
  const stamp = `${dir}.ok`;
  if (!fs.existsSync(stamp)) {
    fs.rmSync(dir, { recursive: true, force: true });
    const t0 = performance.now();
    generateZone({ items, out: dir, seed, commit: mutated !== undefined });
    fs.writeFileSync(stamp, `${new Date().toISOString()}\n`);
    console.log(`generated ${items} items in ${dir} (${Math.round(performance.now() - t0)} ms)`);
  }
  if (mutated !== undefined) {
    resetZone(dir);
    mutateZone({ dir, count: mutated, seed });
  }
  return dir;
}
