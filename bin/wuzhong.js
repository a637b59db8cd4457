#!/usr/bin/env node
// Launcher: the bundle is built by `npm run build` (esbuild) into bin/dist/.
import module from 'node:module';
module.enableCompileCache?.();
const { run } = await import('./dist/cli.js');
process.exitCode = await run();
