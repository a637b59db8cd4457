/** Write a synthetic zone repo (docs/clerks.md) and, for --base runs, mutate it like a pull request. */
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { makeRng, hashSeed } from './prng.mjs';
import { buildItem } from './item.mjs';
import { toYaml } from './emit.mjs';
import * as W from './words.mjs';

export const LISTS = ['enterprises', 'investments', 'projects', 'reforms', 'tasks'];
const SHARE = [0.2, 0.2, 0.3, 0.1, 0.2]; // of all items, per list

const itemId = (list, i) => `${list[0]}-${String(i).padStart(6, '0')}`;

function config() {
  return toYaml({ zone: W.ZONE, timezone: 'Asia/Shanghai', calendar: 'cn', locale: 'zh-CN', units: W.UNITS, leaders: W.LEADERS });
}

function assessment() {
  return toYaml({
    adjustments: [
      { unit: W.UNITS[0], points: 3, reason: '化工园区配套设施提前完成，区通报表扬' },
      { unit: W.UNITS[5], points: -2, reason: '月度进展报送不及时，区通报批评' },
    ],
  });
}

function git(dir, ...args) {
  const env = { ...process.env, GIT_AUTHOR_DATE: '2026-11-01T00:00:00+08:00', GIT_COMMITTER_DATE: '2026-11-01T00:00:00+08:00' };
  const res = spawnSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, env, encoding: 'utf8' });
  if (res.status !== 0) throw new Error(`git ${args.join(' ')} failed in ${dir}: ${res.stderr}`);
  return res.stdout;
}

/** Returns the relative paths of the item files written. */
export function generateZone({ items, out, seed = 1, commit = false }) {
  fs.mkdirSync(out, { recursive: true });
  for (const d of ['lists', 'assessments', 'reports']) fs.rmSync(path.join(out, d), { recursive: true, force: true });
  const r = makeRng(hashSeed('zone', seed));
  const lists = Array.from({ length: items }, () => {
    let x = r.next();
    return LISTS.find((_, k) => (x -= SHARE[k]) < 0) ?? 'tasks';
  });
  const ref = (i) => `${lists[i]}/${itemId(lists[i], i)}`;
  for (const l of LISTS) fs.mkdirSync(path.join(out, 'lists', l), { recursive: true });
  fs.mkdirSync(path.join(out, 'assessments'), { recursive: true });
  fs.mkdirSync(path.join(out, 'reports'), { recursive: true });
  fs.writeFileSync(path.join(out, 'wuzhong.yaml'), config());
  fs.writeFileSync(path.join(out, 'assessments', '2026-10.yaml'), assessment());
  const files = [];
  for (let i = 0; i < items; i++) {
    const ir = makeRng(hashSeed('item', seed, i)); // per-item stream: item i is the same whatever N is
    const earlier = (rr) => (i > 0 ? ref(rr.int(0, i - 1)) : undefined);
    const rel = `lists/${lists[i]}/${itemId(lists[i], i)}.yaml`;
    fs.writeFileSync(path.join(out, rel), toYaml(buildItem(ir, { list: lists[i], earlier })));
    files.push(rel);
  }
  if (commit) {
    if (!fs.existsSync(path.join(out, '.git'))) git(out, 'init', '-q');
    git(out, 'add', '-A');
    git(out, 'commit', '-q', '--allow-empty', '-m', `bench zone: ${items} items, seed ${seed}`);
  }
  return files;
}

/** Restore item files to HEAD (for a reused git zone) before mutating again. */
export function resetZone(dir) {
  git(dir, 'checkout', '-q', '--', '.');
}

/**
 * Edit the last update (text and percent) of `count` item files, chosen by seed, and in every other one also move
 * the first milestone's deadline two months later (which rescores settled months); nothing is committed.
 */
export function mutateZone({ dir, count, seed = 1 }) {
  const all = LISTS.flatMap((l) => fs.readdirSync(path.join(dir, 'lists', l)).filter((f) => f.endsWith('.yaml')).sort().map((f) => `lists/${l}/${f}`));
  const r = makeRng(hashSeed('mutate', seed));
  const chosen = r.sample(all, count);
  for (const rel of chosen) {
    const file = path.join(dir, rel);
    const text = fs.readFileSync(file, 'utf8');
    const start = text.indexOf('\nupdates:\n');
    const end = text.indexOf('\nproblems:\n', start);
    const head = text.slice(0, start), tail = end < 0 ? '' : text.slice(end);
    let block = text.slice(start, end < 0 ? undefined : end);
    const lastText = block.lastIndexOf('\n    text: ');
    const eol = block.indexOf('\n', lastText + 1);
    block = `${block.slice(0, lastText)}\n    text: ${r.pick(W.UPDATE_DONE)}；本月补充报送，${r.pick(W.UPDATE_NEXT)}。${block.slice(eol < 0 ? block.length : eol)}`;
    block = block.replace(/(\n {4}percent: )(\d+)(\n?)$/, (_, a, p, b) => `${a}${Math.min(100, +p + r.int(1, 5))}${b}`);
    const moved = chosen.indexOf(rel) % 2 === 0 ? laterFirstDue(head) : head;
    fs.writeFileSync(file, moved + block + tail);
  }
  return chosen;
}

/** The first milestone's `due` two months later (day capped at 28, so the date always exists). */
function laterFirstDue(text) {
  return text.replace(/(\nmilestones:\n {2}- title: [^\n]*\n {4}due: )(\d{4})-(\d{2})-(\d{2})/, (_, lead, y, m, d) => {
    const n = +y * 12 + (+m - 1) + 2;
    return `${lead}${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}-${String(Math.min(+d, 28)).padStart(2, '0')}`;
  });
}
