import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { unpackResults, type Packed, type WorkerJob } from '../../../src/load/parallel-pack.js';
import { classify, processFile } from '../../../src/load/build.js';
import { assertFreshBuild, repoRoot, runBin, tempDir } from '../../helpers.js';

// Large zones are parsed on two threads by the built bin; the answer must be the same bytes as on one thread.
describe('parsing on a worker thread', { timeout: 60_000 }, () => {
  const zone = join(tempDir(), 'zone');
  execFileSync(process.execPath, [join(repoRoot, 'bench', 'generate.mjs'), '--items', '600', '--out', zone, '--seed', '3']);

  it.each([
    ['check', '--as-of', '2026-11-26', '--format', 'json'],
    ['check', '--as-of', '2026-11-26'],
    ['score', '--month', '2026-10', '--format', 'json'],
  ])('%s gives identical output with and without the worker', (...args) => {
    const parallel = runBin(['--repo', zone, ...args]);
    const single = runBin(['--repo', zone, ...args], { env: { WUZHONG_WORKERS: '0' } });
    expect(parallel.stderr).toBe('');
    expect(parallel.stdout.length).toBeGreaterThan(1000);
    expect(parallel.stdout).toBe(single.stdout);
    expect(parallel.code).toBe(single.code);
  });

  it('keeps every position when a worker-parsed file is broken', () => {
    const broken = join(tempDir(), 'zone');
    execFileSync(process.execPath, [join(repoRoot, 'bench', 'generate.mjs'), '--items', '500', '--out', broken, '--seed', '4']);
    // One broken file in every list, so both threads have one whatever the split.
    execFileSync('sh', ['-c', `for l in ${broken}/lists/*; do f=$(ls $l/*.yaml | head -1); printf 'deu: 2026-01-01\\n' >> "$f"; done`]);
    const r = runBin(['--repo', broken, 'check', '--as-of', '2026-11-26', '--format', 'json']);
    const schema = JSON.parse(r.stdout).diagnostics.filter((d: { rule: string }) => d.rule === 'schema');
    expect(schema).toHaveLength(5);
    for (const d of schema) expect(d).toEqual(expect.objectContaining({ column: 1, message: expect.stringContaining('“deu”') }));
    for (const d of schema) expect(d.line).toBeGreaterThan(5);
  });

  // The CLI falls back to one thread when the worker fails, so the comparisons above would pass with a broken worker.
  it('the built worker answers by itself, file for file as the main thread parses', async () => {
    assertFreshBuild();
    const files: WorkerJob['files'] = ['lists/tasks/heating-network.yaml', 'lists/projects/jiaotou-supply-chain.yaml'].map((path) => {
      const where = classify(path);
      if (where.kind !== 'item') throw new Error(`${path} is not an item`);
      return { path, bytes: new Uint8Array(readFileSync(join(repoRoot, 'examples', 'zone', path))), where };
    });
    const expected = files.map((f) => processFile(f.path, f.bytes, f.where));
    const worker = new Worker(join(repoRoot, 'bin', 'dist', 'parse-worker.js'), { workerData: { files } satisfies WorkerJob });
    const packed = await new Promise<Packed>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`parse worker exited with ${code}`)));
    });
    void worker.terminate();
    expect(unpackResults(packed, (x) => x)).toEqual(expected);
  });
});
