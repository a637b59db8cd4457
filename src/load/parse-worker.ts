import { parentPort, workerData } from 'node:worker_threads';
import { processFile } from './build.js';
import { packResults, type WorkerJob } from './parallel-pack.js';

// A worker thread: parses and validates its share of the files and posts the plain results back.
const job = workerData as WorkerJob;
const results = job.files.map((f) => processFile(f.path, f.bytes, f.where));
const packed = packResults(results);
parentPort?.postMessage(packed, packed.transfer);
