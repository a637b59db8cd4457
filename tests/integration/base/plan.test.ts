import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { blobId } from '../../../src/git/hash.js';
import { matchRenames, planBase } from '../../../src/history/plan.js';
import { buildZone } from '../../../src/load/build.js';
import { minimalConfig } from '../../helpers.js';

const enc = (s: string) => new TextEncoder().encode(s);
const task = (title: string, due = '2026-12-31') => `title: ${title}\nlead: 魏克鹏\nowner: 产融城公司\nstart: 2026-01-01\ndue: ${due}\n`;

describe('blobId', () => {
  it('is the id git gives the same bytes (CJK text, CRLF, BOM, empty)', () => {
    for (const text of [task('甲任务'), 'title: 甲\r\nlead: 乙\r\n', '\ufefftitle: x\n', '']) {
      const git = execFileSync('git', ['hash-object', '--stdin'], { input: Buffer.from(text) }).toString().trim();
      expect(blobId(enc(text))).toBe(git);
    }
  });
});

describe('planBase', () => {
  const files = {
    'lists/tasks/same.yaml': task('不变'),
    'lists/tasks/edited.yaml': task('改过', '2027-01-31'),
    'lists/tasks/new.yaml': task('新建'),
    'lists/tasks/broken.yaml': 'title: [\n',
  };
  const zone = buildZone([{ path: 'wuzhong.yaml', bytes: enc(minimalConfig) }, ...Object.entries(files).map(([path, s]) => ({ path, bytes: enc(s) }))]);
  const oidOf = (path: string) => (path in files ? blobId(enc(files[path as keyof typeof files])) : undefined);
  const entry = (path: string, text: string, mode = '100644') => ({ path, mode, oid: blobId(enc(text)) });

  it('compares only files whose blob differs, and finds files that are gone', () => {
    const tree = [
      entry('lists/tasks/same.yaml', task('不变')),
      entry('lists/tasks/edited.yaml', task('改过')),
      entry('lists/tasks/broken.yaml', task('坏了')),
      entry('lists/tasks/gone.yaml', task('删了')),
      entry('lists/tasks/gone.yml', task('重复')), // the same id twice at REV: the first path is the item
      entry('lists/tasks/link.yaml', 'lists/tasks/same.yaml', '120000'),
      entry('lists/Tasks/x.yaml', task('路径错')),
      entry('lists/tasks/.gitkeep', ''),
    ];
    const plan = planBase(zone, tree, oidOf);
    expect(plan.changed.map((c) => [c.item.key, c.base.path])).toEqual([['tasks/edited', 'lists/tasks/edited.yaml']]);
    // broken.yaml has a file now (with errors of its own), so it was not removed; it is not compared either.
    expect(plan.removed.map((r) => [r.key, r.path])).toEqual([['tasks/gone', 'lists/tasks/gone.yaml']]);
    expect(plan.added.map((i) => i.key)).toEqual(['tasks/new']);
  });
});

describe('matchRenames', () => {
  const zone = buildZone([
    { path: 'wuzhong.yaml', bytes: enc(minimalConfig) },
    { path: 'lists/tasks/b1.yaml', bytes: enc(task('乙')) },
    { path: 'lists/tasks/b2.yaml', bytes: enc(task('乙', '2027-01-31')) },
    { path: 'lists/reforms/c.yaml', bytes: enc(task('丙')) },
  ]);
  const bytes = new Map([['lists/tasks/b1.yaml', task('乙')], ['lists/tasks/b2.yaml', task('乙', '2027-01-31')], ['lists/reforms/c.yaml', task('丙')]]);
  const oidOf = (p: string) => blobId(enc(bytes.get(p) ?? ''));
  const base = (key: string, text: string) => ({ key, list: key.split('/')[0] as 'tasks', path: `lists/${key}.yaml`, oid: blobId(enc(text)) });

  it('prefers identical bytes, then the same title, in the same list only, each new item once', () => {
    const removed = [
      { base: base('tasks/b-old', task('乙', '2027-01-31')), title: '乙' },
      { base: base('tasks/b-older', task('乙', '2026-06-30')), title: '乙' },
      { base: base('tasks/b-oldest', task('乙', '2026-05-31')), title: '乙' },
      { base: base('tasks/c', task('丙')), title: '丙' },
    ];
    const m = matchRenames(removed, zone.items, oidOf);
    expect([...m].map(([k, v]) => [k, v.key])).toEqual([['tasks/b-old', 'tasks/b2'], ['tasks/b-older', 'tasks/b1']]);
  });
});
