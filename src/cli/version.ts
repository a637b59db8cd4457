import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

declare const WUZHONG_VERSION: string;
declare const WUZHONG_SINGLE_FILE: boolean;

/** The package version, put in by the bundler (esbuild `define`); read from package.json when run from source. */
export const version = typeof WUZHONG_VERSION === 'string' ? WUZHONG_VERSION : sourceVersion();

/** The file of the running tool when it is the single-file release (dist/wuzhong.mjs or a zone's pinned copy). */
export const singleFile: string | undefined = typeof WUZHONG_SINGLE_FILE === 'boolean' && WUZHONG_SINGLE_FILE ? fileURLToPath(import.meta.url) : undefined;

function sourceVersion(): string {
  try {
    return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0-dev';
  }
}
