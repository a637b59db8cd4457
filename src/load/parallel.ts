import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { classify, processFile, type FileResult, type RawFile } from './build.js';
import { internName } from './tree.js';
import { unpackResults, type Packed, type WorkerJob } from './parallel-pack.js';

/** Below this many data files a second thread costs more than it saves. */
const MIN_FILES = 400;
const WORKER_SHARE = 0.45;

/**
 * Parses and validates the data files on two threads: a worker takes part of the bytes while this thread
 * does the rest. Returns undefined when it is not worth it (small zone, no worker given, no bundled worker file).
 */
export async function parseInParallel(
  files: readonly RawFile[],
  workerUrl: URL | undefined,
): Promise<Map<string, FileResult> | undefined> {
  if (workerUrl === undefined || workerUrl.protocol !== 'file:' || !existsSync(fileURLToPath(workerUrl))) return undefined;
  const jobs: WorkerJob['files'] = [];
  for (const f of files) {
    const where = classify(f.path);
    if (f.bytes && !f.symlink && (where.kind === 'item' || where.kind === 'assessment')) jobs.push({ path: f.path, bytes: f.bytes, where });
  }
  if (jobs.length < MIN_FILES) return undefined;
  const total = jobs.reduce((n, j) => n + j.bytes.length, 0);
  let split = 0;
  // The worker starts late and its answer must be copied back, so it takes a little less than half.
  for (let acc = 0; split < jobs.length && acc < total * WORKER_SHARE; split++) acc += jobs[split]!.bytes.length;
  const theirs = jobs.slice(0, split), mine = jobs.slice(split);
  const worker = new Worker(workerUrl, { workerData: { files: theirs } satisfies WorkerJob });
  const answer = new Promise<Packed>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`parse worker exited with ${code}`)));
  });
  const done = new Map<string, FileResult>();
  for (const j of mine) done.set(j.path, processFile(j.path, j.bytes, j.where));
  try {
    for (const r of unpackResults(await answer, internName)) done.set(r.path, r);
  } catch {
    // A failed worker only costs time: its share is done here instead.
    for (const j of theirs) done.set(j.path, processFile(j.path, j.bytes, j.where));
  } finally {
    void worker.terminate();
  }
  return done;
}
