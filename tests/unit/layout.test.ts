import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers.js';

const testsRoot = join(repoRoot, 'tests');
const testFiles = readdirSync(testsRoot, { recursive: true, encoding: 'utf8' })
  .filter((p) => p.endsWith('.test.ts'))
  .map((p) => relative(repoRoot, join(testsRoot, p)).split('\\').join('/'));

// tests/vitest.config.ts only runs these two folders, so a test file anywhere else would silently never run.
describe('test layout', () => {
  it('puts every test file under tests/unit or tests/integration', () => {
    expect(testFiles.length).toBeGreaterThan(40);
    expect(testFiles.filter((p) => !/^tests\/(unit|integration)\//.test(p))).toEqual([]);
  });

  it('keeps git and the built CLI out of unit tests', () => {
    const spawning = /\b(runBin|gitInit|gitAs|git)\(|\b(execFileSync|spawnSync|execFile|spawn)\(\s*['"]git['"]|bin\/wuzhong|simple-git/;
    const unit = testFiles.filter((p) => p.startsWith('tests/unit/') && p !== 'tests/unit/layout.test.ts');
    const offenders = unit.filter((p) => spawning.test(readFileSync(join(repoRoot, p), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
