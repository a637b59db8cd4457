import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../../helpers.js';

// One fixture zone per rule under tests/fixtures/rules/<rule>/, with its expected stylish output stored beside it.
const root = join(repoRoot, 'tests', 'fixtures', 'rules');
const update = process.env.UPDATE_FIXTURES === '1';

describe.each(readdirSync(root).sort())('rule fixture %s', (rule) => {
  const dir = join(root, rule);

  it('triggers exactly that rule', async () => {
    const r = await runCli(['--repo', dir, 'check', '--as-of', '2026-11-26', '--format', 'json']);
    const json = JSON.parse(r.stdout) as { diagnostics: { rule: string; severity: string }[] };
    expect(json.diagnostics.length).toBeGreaterThan(0);
    expect(new Set(json.diagnostics.map((d) => d.rule))).toEqual(new Set([rule]));
    const errors = json.diagnostics.some((d) => d.severity === 'error');
    expect(r.code).toBe(errors ? 1 : 0);
  });

  it.each(['zh-CN', 'en'])('matches the stored output (%s)', async (lang) => {
    const r = await runCli(['--repo', dir, '--lang', lang, '--no-color', 'check', '--as-of', '2026-11-26']);
    const file = join(dir, `expected.${lang}.txt`);
    // A missing expectation is a failure, not a file to write: UPDATE_FIXTURES=1 regenerates deliberately.
    if (update) writeFileSync(file, r.stdout);
    expect(existsSync(file), `${file} is missing; run UPDATE_FIXTURES=1 npx vitest run and review it`).toBe(true);
    expect(r.stdout).toBe(readFileSync(file, 'utf8'));
  });
});
