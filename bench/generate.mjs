#!/usr/bin/env node
// Usage: node bench/generate.mjs --items N --out DIR [--seed S] [--git]
import { parseArgs } from 'node:util';
import { generateZone } from './lib/zone.mjs';

const { values } = parseArgs({ options: { items: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string', default: '1' }, git: { type: 'boolean', default: false } } });
if (!values.items || !values.out || !(+values.items > 0)) {
  console.error('usage: node bench/generate.mjs --items N --out DIR [--seed S] [--git]');
  process.exit(2);
}
const t0 = performance.now();
const files = generateZone({ items: +values.items, out: values.out, seed: +values.seed, commit: values.git });
console.log(`wrote ${files.length} items to ${values.out} in ${Math.round(performance.now() - t0)} ms${values.git ? ' (committed)' : ''}`);
