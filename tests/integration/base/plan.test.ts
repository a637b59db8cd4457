import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { blobId } from '../../../src/git/hash.js';
import { matchGoneItems, matchMilestones } from '../../../src/history/match.js';
import { planBase } from '../../../src/history/plan.js';
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

describe('matchGoneItems', () => {
  const gone = (key: string, text: string, title?: string) => ({ key, id: key.split('/')[1]!, oid: blobId(enc(text)), title });
  const now = (key: string, text: string, title: string) => ({ key, id: key.split('/')[1]!, oid: blobId(enc(text)), title });

  it('prefers identical bytes, then the same id in another list, then the same NFC title; each new file once', () => {
    const m = matchGoneItems(
      [
        gone('tasks/b-old', task('乙', '2027-01-31'), '乙'),
        gone('tasks/b-older', task('乙', '2026-06-30'), '乙'),
        gone('tasks/b-oldest', task('乙', '2026-05-31'), '乙'),
        gone('tasks/moved', task('丁'), '丁'),
        gone('tasks/cafe', task('Cafe\u0301'), 'Cafe\u0301'),
      ],
      [
        now('tasks/b1', task('乙'), '乙'),
        now('tasks/b2', task('乙', '2027-01-31'), '乙'),
        now('reforms/moved', task('丁改'), '丁改'),
        now('reforms/coffee', task('Café'), 'Café'),
      ],
    );
    expect([...m]).toEqual([['tasks/b-old', 'tasks/b2'], ['tasks/moved', 'reforms/moved'], ['tasks/b-older', 'tasks/b1'], ['tasks/cafe', 'reforms/coffee']]);
  });
});

describe('matchMilestones', () => {
  const ms = (...titles: string[]) => titles.map((title, i) => ({ title, due: `2026-0${i + 1}-01` }));
  it('pairs by NFC title; exactly one gone and one new is a rename', () => {
    const one = matchMilestones(ms('方案', '实施'), ms('方案', '实施（一期）'));
    expect(one.pairs.map((p) => [p.base.title, p.now.title, p.index, p.renamed])).toEqual([['方案', '方案', 0, false], ['实施', '实施（一期）', 1, true]]);
    expect([one.gone, one.added]).toEqual([[], []]);
    const split = matchMilestones(ms('方案', '实施'), ms('方案', '实施一', '实施二'));
    expect(split.gone.map((m) => m.title)).toEqual(['实施']);
    expect(split.added.map((a) => [a.milestone.title, a.index])).toEqual([['实施一', 1], ['实施二', 2]]);
    expect(matchMilestones(ms('Cafe\u0301'), ms('Café')).pairs[0]!.renamed).toBe(false);
  });
});
