// Vitest global setup for integration tests: build the bundle from the current sources, once per run.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Set once the bundle under bin/ has been built from the sources of this run. */
    freshBuild: boolean;
  }
}

export default function setup(project: TestProject): void {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
  project.provide('freshBuild', true);
}
