import fc from 'fast-check';
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleZone, runCli, tempDir } from '../../helpers.js';

// The example zone, mutated the way files really get broken: bytes, lines, and the slips clerks make.
const zone = join(tempDir(), 'zone');
cpSync(exampleZone, zone, { recursive: true });
rmSync(join(zone, 'reports'), { recursive: true, force: true });
const files = ['wuzhong.yaml', ...['enterprises', 'investments', 'projects', 'reforms', 'tasks'].flatMap((l) => readdirSync(join(zone, 'lists', l)).map((f) => `lists/${l}/${f}`))];
const originals = new Map(files.map((f) => [f, readFileSync(join(zone, f))]));

const slips = ['<<<<<<< HEAD\n', '=======\n', '：', '\u3000', '，', ' #1号楼', '-', '15亿元', '!!timestamp ', '? [a, b]\n', 'null: x\n', '\t', '"', '[', '~', 'true', '\r\n', '\uFEFF', '2026-02-30', '60%'];

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('byte' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('slip' as const), at: fc.nat(), text: fc.constantFrom(...slips) }),
  fc.record({ kind: fc.constant('dropLine' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('dupLine' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swapLines' as const), at: fc.nat(), with: fc.nat() }),
  fc.record({ kind: fc.constant('indent' as const), at: fc.nat(), by: fc.integer({ min: -2, max: 2 }) }),
);
type Mutation = { kind: string; at: number; byte?: number; length?: number; text?: string; with?: number; by?: number };

function mutate(bytes: Buffer, m: Mutation): Buffer {
  const at = m.at % (bytes.length + 1);
  if (m.kind === 'byte') return Buffer.concat([bytes.subarray(0, at), Buffer.from([m.byte!]), bytes.subarray(at + 1)]);
  if (m.kind === 'cut') return Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + m.length!)]);
  if (m.kind === 'slip') return Buffer.concat([bytes.subarray(0, at), Buffer.from(m.text!), bytes.subarray(at)]);
  const lines = bytes.toString('utf8').split('\n');
  const i = m.at % lines.length;
  if (m.kind === 'dropLine') lines.splice(i, 1);
  else if (m.kind === 'dupLine') lines.splice(i, 0, lines[i]!);
  else if (m.kind === 'swapLines') {
    const j = m.with! % lines.length;
    [lines[i], lines[j]] = [lines[j]!, lines[i]!];
  } else lines[i] = m.by! > 0 ? ' '.repeat(m.by!) + lines[i] : lines[i]!.slice(-m.by!);
  return Buffer.from(lines.join('\n'));
}

const NOW = '2026-11-26T04:00:00Z';
const cli = (...args: string[]) => runCli(['--repo', zone, ...args], { now: NOW });

function wellBehaved(r: { code: number; stderr: string }, what: string): void {
  expect([0, 1, 2], what).toContain(r.code);
  expect(r.stderr, what).not.toMatch(/\n\s+at |内部错误|internal error/);
}

describe('the CLI on a randomly broken example zone', () => {
  const title = 'exits 0/1/2 without a stack trace, JSON always parses, score and report refuse exactly when check has errors';
  it(title, async () => {
    const seen = { clean: 0, broken: 0 };
    await fc.assert(
      fc.asyncProperty(fc.nat(files.length - 1), fc.array(mutation, { minLength: 1, maxLength: 4 }), async (n, ms) => {
        const file = files[n]!;
        writeFileSync(join(zone, file), ms.reduce(mutate, originals.get(file)!));
        try {
          // November's gate date is its last day, so check as of that day says what score and report see.
          const check = await cli('check', '--as-of', '2026-11-30', '--format', 'json');
          wellBehaved(check, `check ${file}`);
          const errors = (JSON.parse(check.stdout) as { summary: { errors: number } }).summary.errors;
          seen[errors > 0 ? 'broken' : 'clean']++;
          const score = await cli('score', '--month', '2026-11', '--format', 'json');
          wellBehaved(score, `score ${file}`);
          if (score.code === 0) JSON.parse(score.stdout);
          expect(score.code === 1, `score refuses ⇔ check has errors (${file}, ${errors} errors)`).toBe(errors > 0);
          const report = await cli('report', '--month', '2026-11', '--no-commit');
          wellBehaved(report, `report ${file}`);
          expect(report.code === 1, `report refuses ⇔ check has errors (${file})`).toBe(errors > 0);
          const overdue = await cli('overdue', '--as-of', '2026-11-26', '--format', 'json');
          wellBehaved(overdue, `overdue ${file}`);
          if (overdue.code === 0) JSON.parse(overdue.stdout);
        } finally {
          writeFileSync(join(zone, file), originals.get(file)!);
          rmSync(join(zone, 'reports'), { recursive: true, force: true });
        }
      }),
      // Seeded, so a failure replays; bounded in time for a loaded machine (fewer runs rather than a timeout).
      { numRuns: 60, seed: 1202, interruptAfterTimeLimit: 60_000, markInterruptAsFailure: false },
    );
    // Both sides of the equivalence were exercised.
    expect(seen.clean).toBeGreaterThan(0);
    expect(seen.broken).toBeGreaterThan(0);
  }, 120_000);
});
