import { isMainThread } from 'node:worker_threads';

// The single-file release is its own parse worker: the main thread runs the CLI, a worker thread parses.
if (isMainThread) {
  const { run } = await import('./entry.js');
  process.exitCode = await run();
} else {
  await import('../load/parse-worker.js');
}
