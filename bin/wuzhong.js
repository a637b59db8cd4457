#!/usr/bin/env node
// Launcher: the bundle is built by `npm run build` (esbuild, also run by `npm install`) into bin/dist/.
import module from 'node:module';
import { existsSync } from 'node:fs';

module.enableCompileCache?.();
if (!existsSync(new URL('./dist/cli.js', import.meta.url))) {
  process.stderr.write('wuzhong: 尚未构建，请先运行 npm install（或 npm run build） / not built yet: run npm install (or npm run build) first\n');
  process.exit(2);
}
const { run } = await import('./dist/cli.js');
process.exitCode = await run();
