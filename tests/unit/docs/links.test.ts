import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import GithubSlugger from 'github-slugger';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../helpers.js';

// Links are read with a real CommonMark parser and anchors slugged the way GitHub does, not with our own regexes.
const md = new MarkdownIt({ html: true });
type Token = ReturnType<MarkdownIt['parse']>[number];

function filesUnder(dir: string, skip: (rel: string) => boolean = () => false): string[] {
  return readdirSync(join(repoRoot, dir), { recursive: true, encoding: 'utf8' })
    .map((p) => join(dir, p).split('\\').join('/'))
    .filter((p) => !skip(p) && statSync(join(repoRoot, p)).isFile());
}

const pages = [...readdirSync(repoRoot).filter((f) => /^README.*\.md$/.test(f)), ...filesUnder('docs').filter((p) => p.endsWith('.md'))];

function inlineText(t: Token): string {
  return (t.children ?? []).filter((c) => c.type === 'text' || c.type === 'code_inline').map((c) => c.content).join('');
}

function linksOf(text: string): string[] {
  const links: string[] = [];
  for (const t of md.parse(text, {})) {
    for (const c of t.children ?? []) {
      const href = c.type === 'link_open' ? c.attrGet('href') : c.type === 'image' ? c.attrGet('src') : null;
      if (href !== null) links.push(href);
    }
  }
  return links;
}

function anchorsOf(text: string): Set<string> {
  const slugger = new GithubSlugger();
  const tokens = md.parse(text, {});
  const anchors = new Set<string>();
  tokens.forEach((t, i) => {
    if (t.type === 'heading_open') anchors.add(slugger.slug(inlineText(tokens[i + 1]!)));
  });
  for (const m of text.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) anchors.add(m[1]!);
  return anchors;
}

/** What is wrong with one link from `page`, or undefined when it resolves inside the repository. */
function brokenLink(page: string, href: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href)) return undefined;
  const [path = '', anchor] = href.split('#');
  const target = path === '' ? join(repoRoot, page) : resolve(repoRoot, dirname(page), decodeURIComponent(path));
  const rel = relative(repoRoot, target);
  if (rel.startsWith('..') || resolve(target) !== target && rel === '') return 'points outside the repository';
  if (!existsSync(target)) return 'no such file';
  if (anchor !== undefined && target.endsWith('.md') && !anchorsOf(readFileSync(target, 'utf8')).has(decodeURIComponent(anchor))) {
    return `no heading #${anchor} in ${rel}`;
  }
  return undefined;
}

describe('documentation links', () => {
  it('finds the READMEs and the docs pages', () => {
    expect(pages).toEqual(expect.arrayContaining(['README.md', 'README.en.md', 'docs/clerks.md', 'docs/scoring.md']));
  });

  it.each(pages)('%s: every relative link resolves inside the repository', (page) => {
    const text = readFileSync(join(repoRoot, page), 'utf8');
    const broken = linksOf(text).flatMap((href) => {
      const why = brokenLink(page, href);
      return why ? [`${href}: ${why}`] : [];
    });
    expect(broken).toEqual([]);
  });

  it('the checker itself catches a missing file, a missing anchor and a path out of the repository', () => {
    expect(brokenLink('docs/clerks.md', 'nowhere.md')).toBe('no such file');
    expect(brokenLink('docs/clerks.md', 'scoring.md#no-such-heading')).toMatch(/^no heading/);
    expect(brokenLink('docs/clerks.md', '../../outside/notes.md')).toBe('points outside the repository');
    expect(brokenLink('docs/clerks.md', 'scoring.md#月度考核')).toBeUndefined();
    expect(brokenLink('README.md', 'https://example.com/x.md')).toBeUndefined();
  });

  it('slugs headings as GitHub does, Chinese punctuation and code spans included', () => {
    expect([...anchorsOf('## 月报：`wuzhong report`\n\n## The review gate (integrity rules)\n\n## 月报：`wuzhong report`\n')]).toEqual([
      '月报wuzhong-report',
      'the-review-gate-integrity-rules',
      '月报wuzhong-report-1',
    ]);
  });
});

describe('the repository stands alone', () => {
  // Spelled in pieces so that this file does not match itself.
  const outside = [['..', 'shared'].join('/'), ['', 'work', 'shared'].join('/'), ['SPEC', 'md'].join('.'), ['SPEC', '§'].join(' ')];
  // The product description itself, by name: cite docs/ instead.
  const specWord = new RegExp(['\\b', 'SPEC', '\\b'].join(''));
  const skipped = /^(node_modules|\.git|bin\/dist|dist)(\/|$)/;
  const files = readdirSync(repoRoot, { recursive: true, encoding: 'utf8' })
    .map((p) => p.split('\\').join('/'))
    .filter((p) => !skipped.test(p) && statSync(join(repoRoot, p)).isFile());

  it('no file points at the project sources outside it or cites their sections', () => {
    expect(files.length).toBeGreaterThan(100);
    const offenders = files.flatMap((p) => {
      const text = readFileSync(join(repoRoot, p), 'utf8');
      const named = p !== 'tests/unit/docs/links.test.ts' && specWord.test(text) ? [`${p}: ${specWord.exec(text)![0]}`] : [];
      return [...outside.filter((s) => text.includes(s)).map((s) => `${p}: ${s}`), ...named];
    });
    expect(offenders).toEqual([]);
  });
});
