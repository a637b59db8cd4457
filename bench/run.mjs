#!/usr/bin/env node
// npm run bench  →  node bench/run.mjs [--rounds N] [--items N] [--only name,...] [--seed S] [--cli PATH] [--strict]
// --strict: exit 1 when a target fails or a command FAILED (default: always exit 0).
// --only names: node floor version help check overdue score report base floor10k check10k
// Times wuzhong commands against the floor (read + parse every YAML file) as child processes.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { ensureZone, zoneBytes } from './lib/cache.mjs';
import { runOnce, capture, median, hasTime } from './lib/measure.mjs';

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const FLOOR = 'bench/floor.mjs', AS_OF = '2026-11-26', MONTH = '2026-10';
const { values: opt } = parseArgs({
  options: { rounds: { type: 'string', default: '5' }, items: { type: 'string' }, only: { type: 'string' }, seed: { type: 'string', default: '1' }, cli: { type: 'string', default: 'bin/wuzhong.js' }, strict: { type: 'boolean', default: false } },
});
const rounds = Math.max(1, +opt.rounds), seed = +opt.seed, CLI = opt.cli;
const sizes = opt.items ? [+opt.items] : [5000, 10000];
const only = opt.only ? new Set(opt.only.split(',').map((s) => s.trim())) : null;
const want = (name) => !only || only.has(name);
if (!(sizes[0] > 0) || !Number.isInteger(seed)) {
  console.error('usage: node bench/run.mjs [--rounds N] [--items N] [--only name,...] [--seed S] [--cli PATH] [--strict]');
  process.exit(2);
}

const [N, BIG] = sizes;
const zone = ensureZone({ items: N, seed });
const gitZone = want('base') ? ensureZone({ items: N, seed, mutated: 50 }) : null;
const bigZone = BIG && (want('check10k') || want('floor10k')) ? ensureZone({ items: BIG, seed }) : null;
const k = (n) => `${n / 1000}k`;

// name: --only key; vs: the command the ratio compares with.
const commands = [
  { name: 'node', label: 'node -e 0', args: ['-e', '0'] },
  { name: 'floor', label: `floor ${k(N)}`, args: [FLOOR, zone] },
  { name: 'version', label: 'wuzhong --version', args: [CLI, '--version'], vs: 'node' },
  { name: 'help', label: 'wuzhong --help', args: [CLI, '--help'], vs: 'node' },
  { name: 'check', label: `check ${k(N)}`, args: [CLI, '--repo', zone, 'check', '--as-of', AS_OF], vs: 'floor', check: true },
  { name: 'overdue', label: 'overdue --format json', args: [CLI, '--repo', zone, 'overdue', '--as-of', AS_OF, '--format', 'json'], vs: 'floor' },
  { name: 'score', label: 'score --format json', args: [CLI, '--repo', zone, 'score', '--month', MONTH, '--format', 'json'], vs: 'floor' },
  // --out must lie inside the zone repo (docs/supervisors.md)
  { name: 'report', label: 'report --no-commit', args: [CLI, '--repo', zone, 'report', '--month', MONTH, '--no-commit', '--out', path.join(zone, 'reports', 'bench-r.md')], vs: 'floor' },
  // 25 of the 50 edits move a deadline, so settled months are rescored (and the gate fails: exit 1 is expected).
  gitZone && { name: 'base', label: 'check --base HEAD (50 files, 25 rescored)', args: [CLI, '--repo', gitZone, 'check', '--base', 'HEAD', '--as-of', AS_OF], vs: 'check', check: true, gate: true },
  bigZone && { name: 'floor10k', label: `floor ${k(BIG)}`, args: [FLOOR, bigZone], vs: 'floor' },
  bigZone && { name: 'check10k', label: `check ${k(BIG)}`, args: [CLI, '--repo', bigZone, 'check', '--as-of', AS_OF], vs: 'check', check: true },
].filter((c) => c && want(c.name));

const firstError = (stderr) => {
  const lines = stderr.trim().split('\n');
  return lines.find((l) => /error/i.test(l)) ?? lines[0] ?? '';
};

function run(c) {
  const r = runOnce(c.args, { cwd: ROOT });
  // check exits 1 when the data has errors; that is still a timed run, but a crash (stderr) is not.
  const ok = !r.error && (r.code === 0 || (c.check && r.code === 1 && !r.stderr.trim()));
  if (!ok) c.failed = r.error ?? `exit ${r.code}: ${firstError(r.stderr)}`;
  else {
    (c.times ??= []).push(r.ms);
    c.rss = Math.max(c.rss ?? 0, r.rssMB ?? 0) || null;
    if (r.code !== 0) c.note = c.gate ? `exit ${r.code} (the gate's findings)` : `exit ${r.code} (errors in the data?)`;
  }
}

console.log(`wuzhong bench: ${rounds} rounds, ${N} items (${(zoneBytes(zone) / 1e6).toFixed(1)} MB), seed ${seed}, node ${process.version}` +
  `, peak RSS ${hasTime ? 'via /usr/bin/time' : 'n/a (no /usr/bin/time)'}`);
if (want('check')) {
  const out = capture([CLI, '--repo', zone, 'check', '--as-of', AS_OF, '--format', 'json'], { cwd: ROOT });
  try {
    const { summary: s } = JSON.parse(out.stdout);
    console.log(`data: ${s.files} files, ${s.errors} errors, ${s.warnings} warnings, ${s.infos} infos${s.errors ? '  <-- generator bug?' : ''}`);
  } catch {
    console.log(`data: check --format json gave no summary (exit ${out.code}) ${firstError(out.stderr)}`);
  }
}
for (const c of commands) run(c); // warm-up round, untimed
for (const c of commands) delete c.times;
for (let i = 0; i < rounds; i++) for (const c of commands) if (!c.failed) run(c);

const byName = Object.fromEntries(commands.map((c) => [c.name, c]));
const med = (name) => (byName[name] && !byName[name].failed ? median(byName[name].times) : NaN);
const ratio = (a, b) => med(a) / med(b);
const fmt = (x, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : 'n/a');

const rows = commands.map((c) => [
  c.label,
  c.failed ? 'FAILED' : fmt(med(c.name), 0),
  c.vs && !c.failed ? `${fmt(ratio(c.name, c.vs))}× ${byName[c.vs]?.label ?? c.vs}` : '',
  c.rss ? fmt(c.rss, 0) : 'n/a',
  c.failed ?? c.note ?? '',
]);
const head = ['command', 'median ms', 'ratio', 'peak RSS MB', 'note'];
const width = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (r) => r.map((x, i) => (i === 1 || i === 3 ? x.padStart(width[i]) : x.padEnd(width[i]))).join('  ').trimEnd();
console.log('\n' + line(head) + '\n' + line(width.map((w) => '-'.repeat(w))) + '\n' + rows.map(line).join('\n'));

const wz = commands.filter((c) => c.args[0] === CLI && c.name !== 'check10k' && c.rss);
const targets = [
  ['check ≤ 1.3× floor', ratio('check', 'floor'), (x) => x <= 1.3],
  ...['overdue', 'score', 'report'].map((n) => [`${n} ≤ 1.3× floor`, ratio(n, 'floor'), (x) => x <= 1.3]),
  ['check --base ≤ 1.5× check', ratio('base', 'check'), (x) => x <= 1.5],
  ['--version ≤ 2.5× node -e 0', ratio('version', 'node'), (x) => x <= 2.5],
  ['--help ≤ 2.5× node -e 0', ratio('help', 'node'), (x) => x <= 2.5],
  [`peak RSS ≤ 300 MB at ${k(N)} (MB)`, wz.length ? Math.max(...wz.map((c) => c.rss)) : NaN, (x) => x <= 300],
  [`check ${BIG ? `${k(BIG)}/${k(N)}` : '10k/5k'} in [1.6, 2.4]`, ratio('check10k', 'check'), (x) => x >= 1.6 && x <= 2.4],
];
console.log('\ntargets:');
let failures = 0;
for (const [what, x, pass] of targets) {
  const verdict = Number.isFinite(x) ? (pass(x) ? 'PASS' : 'FAIL') : 'n/a ';
  if (verdict === 'FAIL') failures++;
  console.log(`  ${verdict}  ${what}: ${fmt(x)}`);
}
if (opt.strict && (failures || commands.some((c) => c.failed))) process.exitCode = 1;
