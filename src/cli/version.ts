declare const WUZHONG_VERSION: string;

/** The package version, put in by the bundler (esbuild `define`); `0.0.0-dev` when run from source. */
export const version = typeof WUZHONG_VERSION === 'string' ? WUZHONG_VERSION : '0.0.0-dev';
