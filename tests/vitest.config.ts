// Two projects: fast unit tests, and integration tests that start git or the built CLI (`npm test` runs both).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  test: {
    root,
    projects: [
      // Property and fuzz tests run hundreds of cases: on a shared, loaded machine 5 s is not enough.
      { test: { name: 'unit', root, include: ['tests/unit/**/*.test.ts'], testTimeout: 30_000 } },
      {
        test: {
          name: 'integration',
          root,
          include: ['tests/integration/**/*.test.ts'],
          // The bundle is rebuilt before any integration test runs, so none can pass against a stale build.
          globalSetup: ['tests/setup/build.ts'],
          // Subprocesses on a shared, loaded machine: a slow run is not a failure.
          testTimeout: 60_000,
        },
      },
    ],
  },
});
