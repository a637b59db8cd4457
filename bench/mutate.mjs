#!/usr/bin/env node
// Usage: node bench/mutate.mjs --dir DIR --files K [--seed S]   (edits K item files, does not commit)
import { parseArgs } from 'node:util';
import { mutateZone } from './lib/zone.mjs';

const { values } = parseArgs({ options: { dir: { type: 'string' }, files: { type: 'string' }, seed: { type: 'string', default: '1' } } });
if (!values.dir || !(+values.files >= 0)) {
  console.error('usage: node bench/mutate.mjs --dir DIR --files K [--seed S]');
  process.exit(2);
}
const changed = mutateZone({ dir: values.dir, count: +values.files, seed: +values.seed });
console.log(`modified ${changed.length} files in ${values.dir}`);
