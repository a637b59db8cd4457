import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../../src/rules/index.js';
import { ruleDocs } from '../../../src/rules/reference.js';
import { repoRoot } from '../../helpers.js';

const read = (path: string) => (existsSync(join(repoRoot, path)) ? readFileSync(join(repoRoot, path), 'utf8') : undefined);
const docPages = readdirSync(join(repoRoot, 'docs'), { recursive: true, encoding: 'utf8' }).map((p) => `docs/${p.split('\\').join('/')}`);
const pages = new Map(
  ['README.md', 'README.en.md', ...docPages].filter((p) => p.endsWith('.md')).flatMap((p) => (read(p) === undefined ? [] : [[p, read(p)!] as const])),
);

const fixtures = join(repoRoot, 'tests', 'fixtures', 'rules');
const examples = new Map(
  readdirSync(fixtures).flatMap((id) => ['zh-CN', 'en'].flatMap((lang) => {
    const file = join(fixtures, id, `expected.${lang}.txt`);
    return existsSync(file) ? [[`${id}/${lang}`, readFileSync(file, 'utf8')] as const] : [];
  })),
);

describe('the generated rule reference', () => {
  const generated = ruleDocs(pages, examples);

  it('fills the rule tables of docs/rules/README.md and README.en.md', () => {
    expect(generated.has('docs/rules/README.md')).toBe(true);
    expect(generated.has('docs/rules/README.en.md')).toBe(true);
  });

  it.each([...generated.keys()])('%s is up to date (npm run docs)', (path) => {
    expect(read(path), `${path} is out of date: run npm run docs`).toBe(generated.get(path));
  });

  it('has one page per rule in the catalog and no other', () => {
    const onDisk = readdirSync(join(repoRoot, 'docs', 'rules')).filter((n) => !/^README(\.en)?\.md$/.test(n)).sort();
    expect(onDisk).toEqual(catalog.map((r) => `${r.id}.md`).sort());
  });

  it('each rule says what it finds and what to do, in both languages', () => {
    for (const r of catalog) {
      for (const text of [r.description.zh, r.description.en, r.help.zh, r.help.en]) {
        expect(text.length, r.id).toBeGreaterThan(10);
      }
      expect(r.help.zh, r.id).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(new Set(catalog.map((r) => r.id)).size).toBe(catalog.length);
  });
});
