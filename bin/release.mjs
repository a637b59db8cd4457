// The single-file release: dist/wuzhong.mjs holds every dependency and re-enters itself as the parse worker,
// so `node wuzhong.mjs` runs on Node >= 20 with no node_modules, no network and no build step.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const RELEASE_FILE = 'dist/wuzhong.mjs';

export async function buildRelease(root, version) {
  rmSync(`${root}dist`, { recursive: true, force: true });
  await build({
    absWorkingDir: root,
    entryPoints: ['src/cli/release-entry.ts'],
    outfile: RELEASE_FILE,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    sourcemap: false,
    legalComments: 'none',
    // The first line names the version: `head -1 .wuzhong/wuzhong.mjs` answers "which tool is pinned here?".
    banner: {
      js: [
        `// wuzhong ${version} — single-file release; run with: node wuzhong.mjs --help (Node >= 20)`,
        "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
      ].join('\n'),
    },
    define: { WUZHONG_VERSION: JSON.stringify(version), WUZHONG_SINGLE_FILE: 'true' },
    logLevel: 'warning',
  });
}

// `npm run release`: build, then prove the file runs on its own and says the same version.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const version = JSON.parse(readFileSync(`${root}package.json`, 'utf8')).version;
  await buildRelease(root, version);
  const file = `${root}${RELEASE_FILE}`;
  const said = execFileSync(process.execPath, [file, '--version'], { cwd: '/', encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } }).trim();
  if (said !== version) throw new Error(`${RELEASE_FILE} says version ${said}, package.json says ${version}`);
  const sha = createHash('sha256').update(readFileSync(file)).digest('hex');
  console.log(`${RELEASE_FILE}  wuzhong ${version}  ${(statSync(file).size / 1024).toFixed(0)} KiB  sha256 ${sha}`);
}
