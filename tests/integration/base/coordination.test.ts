import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers.js';
import { zoneRepo } from './repo.js';

// The review gate reads meetings/ and notices/ at the base revision too (docs/scoring.md): a coordination decision
// counts for its unit like a milestone. As of 2026-11-26 (filing day 5) October 2026 is settled.
// Hand-computed with the default rules: base 100, decision done on time +2, decision overdue −2.

interface Finding { file: string; line: number; column: number; rule: string; message: string }

async function gate(dir: string): Promise<{ code: number; findings: Finding[] }> {
  const r = await runCli(['--repo', dir, 'check', '--as-of', '2026-11-26', '--format', 'json', '--base', 'HEAD']);
  expect(r.stderr).toBe('');
  const all = (JSON.parse(r.stdout) as { diagnostics: Finding[] }).diagnostics;
  return {
    code: r.code,
    findings: all
      .filter((d) => d.rule === 'rescored')
      .map(({ file, line, column, rule, message }) => ({ file, line, column, rule, message })),
  };
}

const M = 'meetings/2026-10-10-rail.yaml';
// Line numbers below are counted in this text.
const meeting = (done: string) => [
  'date: 2026-10-10', //            1
  'title: 铁路段协调会', //          2
  'convener: 魏克鹏', //             3
  'units: [产融城公司]', //          4
  'decisions:', //                   5
  '  - text: 落实配套资金', //       6
  '    unit: 产融城公司', //         7
  '    due: 2026-10-20', //          8
  `    done: ${done}`, //            9
].join('\n') + '\n';

describe('check --base: meetings at the base revision', () => {
  it('reports rescored when a decision\'s done date moves a settled month, and only then', async () => {
    // At the base, done 2026-10-15 ≤ due: October +2 → 产融城公司 102.
    const dir = zoneRepo({ [M]: meeting('2026-10-15') });
    expect(await gate(dir)).toEqual({ code: 0, findings: [] });

    // Still done in October on time: the settled result does not move, so no rescored (the moved done date itself
    // is a late-record error of its own, see coordination-gate.test.ts).
    writeFileSync(join(dir, M), meeting('2026-10-18'));
    expect(await gate(dir)).toEqual({ code: 1, findings: [] });

    // Done on 2026-11-03: on October 31 the decision was overdue, −2 → 98.
    writeFileSync(join(dir, M), meeting('2026-11-03'));
    const { code, findings } = await gate(dir);
    expect(code).toBe(1);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ file: M, line: 9, column: 11, rule: 'rescored' });
    expect(findings[0]!.message).toContain('2026-10');
    expect(findings[0]!.message).toContain('产融城公司');
    expect(findings[0]!.message).toMatch(/102\D+98/);
  });
});

describe('check --base: a meeting record deleted since the base revision', () => {
  it('counts as a changed file, so its finding is listed under the changed files', async () => {
    const dir = zoneRepo({ [M]: meeting('2026-10-15') });
    rmSync(join(dir, M));
    const r = await runCli(['--repo', dir, 'check', '--as-of', '2026-11-26', '--base', 'HEAD']);
    const [changed = '', elsewhere = ''] = r.stdout.split('== 园区其他文件 ==');
    expect(changed).toContain('== 与 HEAD 相比改动过的文件 ==');
    expect(changed).toContain(M);
    expect(elsewhere).not.toContain(M);
  });
});
