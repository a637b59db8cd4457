#!/usr/bin/env node
// The floor: read and parse every YAML file of a zone repo, nothing else. Usage: node bench/floor.mjs DIR
import fs from 'node:fs';
import path from 'node:path';
import { parseDocument, LineCounter } from 'yaml';

function walk(dir, out) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (e.isFile() && /\.ya?ml$/.test(e.name)) out.push(p);
  }
  return out;
}

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node bench/floor.mjs DIR');
  process.exit(2);
}
const files = walk(dir, []);
for (const f of files) parseDocument(fs.readFileSync(f, 'utf8'), { lineCounter: new LineCounter() });
console.log(files.length);
