import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../../src/rules/index.js';
import { gitAs, gitInit, repoRoot, runCli, tempDir } from '../../helpers.js';

// One fixture zone per rule under tests/fixtures/rules/<rule>/, with its expected stylish output stored beside it.
// A rule of `check --base` keeps the zone at the base revision in <rule>/base/ (wuzhong.yaml is shared):
// the test commits that, puts the current lists/ in its place, and checks with `--base HEAD`.
const root = join(repoRoot, 'tests', 'fixtures', 'rules');
const update = process.env.UPDATE_FIXTURES === '1';
const fixtures = readdirSync(root).sort();

// A rule about published months keeps the zone as published, its report included, in <rule>/published/: the
// test commits that and puts the current lists/ in its place, and runs plain `check`.
/** The zone to check and the extra `check` arguments: the fixture itself, or a git repo at its base revision. */
function zoneOf(dir: string): { zone: string; args: string[] } {
  const published = existsSync(join(dir, 'published'));
  if (!existsSync(join(dir, 'base')) && !published) return { zone: dir, args: [] };
  const zone = tempDir();
  cpSync(join(dir, 'wuzhong.yaml'), join(zone, 'wuzhong.yaml'));
  cpSync(join(dir, published ? 'published' : 'base'), zone, { recursive: true });
  gitInit(zone);
  gitAs(zone, {}, 'add', '-A');
  gitAs(zone, {}, 'commit', '-q', '--no-verify', '-m', 'base');
  rmSync(join(zone, 'lists'), { recursive: true });
  cpSync(join(dir, 'lists'), join(zone, 'lists'), { recursive: true });
  return { zone, args: published ? [] : ['--base', 'HEAD'] };
}

describe('the rule catalog', () => {
  it('has one fixture per rule, and no fixture without a rule', () => {
    expect(fixtures).toEqual(catalog.map((r) => r.id).sort());
  });
});

/** A rule that can only fire beside another: an escalation hint is about an unanswered notice. */
const COMPANIONS: Record<string, string[]> = { 'notice-escalate': ['notice-unanswered'] };

describe.each(fixtures)('rule fixture %s', (rule) => {
  const dir = join(root, rule);
  const { zone, args } = zoneOf(dir);

  it('triggers exactly that rule', async () => {
    const r = await runCli(['--repo', zone, 'check', '--as-of', '2026-11-26', '--format', 'json', ...args]);
    const json = JSON.parse(r.stdout) as { diagnostics: { rule: string; severity: string }[] };
    expect(json.diagnostics.length).toBeGreaterThan(0);
    expect(new Set(json.diagnostics.map((d) => d.rule))).toEqual(new Set([rule, ...(COMPANIONS[rule] ?? [])]));
    const errors = json.diagnostics.some((d) => d.severity === 'error');
    expect(r.code).toBe(errors ? 1 : 0);
  });

  it.each(['zh-CN', 'en'])('matches the stored output (%s)', async (lang) => {
    const r = await runCli(['--repo', zone, '--lang', lang, '--no-color', 'check', '--as-of', '2026-11-26', ...args]);
    const file = join(dir, `expected.${lang}.txt`);
    // A missing expectation is a failure, not a file to write: UPDATE_FIXTURES=1 regenerates deliberately.
    if (update) writeFileSync(file, r.stdout);
    expect(existsSync(file), `${file} is missing; run UPDATE_FIXTURES=1 npx vitest run and review it`).toBe(true);
    expect(r.stdout).toBe(readFileSync(file, 'utf8'));
  });
});
