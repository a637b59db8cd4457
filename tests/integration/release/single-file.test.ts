import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleZone, git, gitAs, gitInit, repoRoot, tempDir } from '../../helpers.js';

const release = join(repoRoot, 'dist', 'wuzhong.mjs');
const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };

/** The release copied alone into a folder outside the project: no node_modules anywhere above it. */
function lonelyRelease(): string {
  const dir = tempDir('wuzhong-lonely-');
  copyFileSync(release, join(dir, 'wuzhong.mjs'));
  return dir;
}

function run(file: string, cwd: string, args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [file, ...args], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: cwd, TZ: 'UTC', ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The example zone in its own git repository, with two commits at fixed dates so that log has something to show. */
function exampleRepo(): string {
  const dir = join(tempDir(), 'zone');
  cpSync(exampleZone, dir, { recursive: true });
  gitInit(dir);
  git(dir, 'add', '-A');
  gitAs(dir, { date: '2025-11-21T10:00:00+08:00' }, 'commit', '-qm', 'zone');
  const item = join(dir, 'lists', 'projects', 'jiaotou-supply-chain.yaml');
  const text = readFileSync(item, 'utf8');
  spawnSync('sh', ['-c', `printf '%s' "$1" > "$2"`, 'sh', text.replace(/^title: (.*)$/m, 'title: $1（调整）'), item]);
  gitAs(dir, { date: '2025-11-22T10:00:00+08:00' }, 'commit', '-qam', 'rename');
  return dir;
}

describe('dist/wuzhong.mjs, the single-file release', { timeout: 120_000 }, () => {
  it('states its version on its first line and with --version, and runs with nothing next to it', () => {
    const dir = lonelyRelease();
    const first = readFileSync(join(dir, 'wuzhong.mjs'), 'utf8').split('\n', 1)[0];
    expect(first).toMatch(new RegExp(`^// wuzhong ${pkg.version.replace(/\./g, '\\.')} `));
    const r = run('wuzhong.mjs', dir, ['--version']);
    expect(r).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

  it.each([
    ['check', '--as-of', '2025-11-26'],
    ['check', '--as-of', '2025-11-26', '--format', 'json'],
    ['score', '--month', '2025-10'],
    ['report', '--month', '2025-10', '--no-commit'],
    ['log'],
    ['log', 'projects/jiaotou-supply-chain'],
  ])('%s gives the same output as the normal build', (...args) => {
    const alone = run('wuzhong.mjs', lonelyRelease(), ['--repo', exampleRepo(), ...args]);
    const normal = run(join(repoRoot, 'bin', 'wuzhong.js'), tempDir(), ['--repo', exampleRepo(), ...args]);
    expect(alone.stderr).toBe(normal.stderr);
    expect(alone.stdout).toBe(normal.stdout);
    expect(alone.code).toBe(normal.code);
    expect(alone.stdout.length).toBeGreaterThan(40);
  });

  it('is its own parse worker: started as a worker thread it parses the files it is given', () => {
    const dir = lonelyRelease();
    const probe = `
      import { Worker } from 'node:worker_threads';
      const bytes = new TextEncoder().encode('title: 甲\\n');
      const w = new Worker(new URL('./wuzhong.mjs', import.meta.url), { execArgv: [], workerData: { lang: 'en', files: [{ path: 'lists/tasks/a.yaml', bytes, where: { kind: 'item', list: 'tasks', id: 'a' } }] } });
      w.once('message', (m) => { console.log(JSON.stringify(Object.keys(m))); process.exit(0); });
      w.once('error', (e) => { console.log('error ' + e.message); process.exit(1); });`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', probe], { cwd: dir, encoding: 'utf8' });
    expect(r.stdout).not.toMatch(/^error/);
    expect(r.status).toBe(0);
    // The worker answered with packed results (their shape is parallel-pack's), not a usage message from the CLI.
    expect(JSON.parse(r.stdout)).toContain('transfer');
  });

  it('a zone large enough for the worker gives the same answer as on one thread', () => {
    const zone = join(tempDir(), 'zone');
    spawnSync(process.execPath, [join(repoRoot, 'bench', 'generate.mjs'), '--items', '450', '--out', zone, '--seed', '5']);
    const dir = lonelyRelease();
    const two = run('wuzhong.mjs', dir, ['--repo', zone, 'score', '--month', '2026-10', '--format', 'json']);
    const one = run('wuzhong.mjs', dir, ['--repo', zone, 'score', '--month', '2026-10', '--format', 'json'], { WUZHONG_WORKERS: '0' });
    expect(two.stderr).toBe('');
    expect(two.stdout.length).toBeGreaterThan(1000);
    expect(two.stdout).toBe(one.stdout);
  });
});
