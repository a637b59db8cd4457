// Bundles src/cli/entry.ts into bin/dist/ with code splitting, so each command loads only what it uses;
// then the single-file release dist/wuzhong.mjs (bin/release.mjs), which init copies into a zone.
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildRelease } from './release.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const version = JSON.parse(readFileSync(`${root}package.json`, 'utf8')).version;
rmSync(`${root}bin/dist`, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: { cli: 'src/cli/entry.ts', 'parse-worker': 'src/load/parse-worker.ts' },
  outdir: 'bin/dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: false,
  legalComments: 'none',
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  define: { WUZHONG_VERSION: JSON.stringify(version) },
  logLevel: 'warning',
});
await buildRelease(root, version);
