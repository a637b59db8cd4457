// `npm run docs`: writes docs/rules/<id>.md and every `<!-- rules-table -->` section of README*.md and docs/
// from the rule catalog in src/rules/ (bundled by esbuild for this one run), with each fixture's output as example.
import { build } from 'esbuild';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bundled = await build({
  absWorkingDir: root, entryPoints: ['src/rules/reference.ts'], bundle: true, write: false, format: 'esm', platform: 'node', target: 'node20',
});
const { ruleDocs } = await import(`data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`);

const pages = new Map();
for (const page of ['README.md', 'README.en.md', ...readdirSync(join(root, 'docs'), { recursive: true, encoding: 'utf8' }).map((p) => `docs/${p.split('\\').join('/')}`)]) {
  if (page.endsWith('.md')) {
    try { pages.set(page, readFileSync(join(root, page), 'utf8')); } catch { /* absent */ }
  }
}
// Each rule page shows its fixture's stored output as the example.
const examples = new Map();
for (const id of readdirSync(join(root, 'tests', 'fixtures', 'rules'))) {
  for (const lang of ['zh-CN', 'en']) {
    try { examples.set(`${id}/${lang}`, readFileSync(join(root, 'tests', 'fixtures', 'rules', id, `expected.${lang}.txt`), 'utf8')); } catch { /* absent */ }
  }
}
const files = ruleDocs(pages, examples);
// Pages of rules that are gone go too.
for (const name of readdirSync(join(root, 'docs', 'rules'), { encoding: 'utf8' }).filter((n) => n.endsWith('.md') && !/^README(\.en)?\.md$/.test(n))) {
  if (!files.has(`docs/rules/${name}`)) rmSync(join(root, 'docs', 'rules', name));
}
for (const [path, text] of files) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}
console.log(`wrote ${files.size} files`);
