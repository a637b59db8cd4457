import { describe, expect, it } from 'vitest';
import { gitInit, minimalConfig, runCli, writeTree } from '../../helpers.js';
import { commitAll } from '../base/repo.js';

describe('wuzhong log: assessments', () => {
  it('names an amendment added to assessments/M.yaml, and adjustments changed, beside the item changes', async () => {
    const dir = writeTree({ 'wuzhong.yaml': minimalConfig, 'assessments/2026-10.yaml': 'adjustments:\n  - unit: 产融城公司\n    points: 3\n    reason: 通报表扬\n' });
    gitInit(dir);
    commitAll(dir, 'october', { date: '2026-11-03T10:00:00+08:00' });
    writeTree({ 'assessments/2026-10.yaml': 'adjustments:\n  - unit: 产融城公司\n    points: 5\n    reason: 通报表扬\namendments:\n  - reason: 核实后更正\n    approved: 魏克鹏\n    date: 2026-11-20\n' }, dir);
    const id = commitAll(dir, 'amend october', { author: '督查专班', date: '2026-11-20T10:00:00+08:00' });
    const r = await runCli(['--repo', dir, 'log', '--format', 'json']);
    expect(r.code).toBe(0);
    type Entry = { commit: string; item: string; changes: unknown[] };
    expect(JSON.parse(r.stdout).entries.map((e: Entry) => [e.commit, e.item, e.changes])).toEqual([
      [id, 'assessments/2026-10', [
        { kind: 'amendment', month: '2026-10', reason: '核实后更正', approved: '魏克鹏', date: '2026-11-20' },
        { kind: 'adjustments', month: '2026-10' },
      ]],
      [expect.any(String), 'assessments/2026-10', [{ kind: 'adjustments', month: '2026-10' }]],
    ]);
    const table = await runCli(['--repo', dir, 'log', '--since', '2026-11-10']);
    expect(table.stdout).toContain('2026年10月考核更正：魏克鹏于2026-11-20批准，理由：核实后更正');
  });
});
