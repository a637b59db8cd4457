import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, writeTree } from '../../helpers.js';
import { zoneRepo } from './repo.js';

// The review gate on coordination records (docs/scoring.md), end to end: a real repository, the base at HEAD,
// the edit in the working tree, the built CLI. As of 2026-11-26 the slack reaches back to 2026-11-19.

const put = (dir: string, path: string, text: string) => writeTree({ [path]: text }, dir);

interface Finding { file: string; line: number; rule: string; severity: string; message: string }

async function gate(dir: string): Promise<{ code: number; findings: Finding[] }> {
  const r = await runCli(['--repo', dir, 'check', '--as-of', '2026-11-26', '--format', 'json', '--base', 'HEAD']);
  expect(r.stderr).toBe('');
  const all = (JSON.parse(r.stdout) as { diagnostics: Finding[] }).diagnostics;
  const rules = ['plan-date', 'postponed', 'late-record', 'reassigned', 'removed', 'rescored'];
  return {
    code: r.code,
    findings: all.filter((d) => rules.includes(d.rule)).map(({ file, line, rule, severity, message }) =>
      ({ file, line, rule, severity, message })),
  };
}

const M = 'meetings/2026-11-20-rail.yaml';
// Line numbers below are counted in this text.
const meeting = (date: string, decision: { unit?: string; due?: string; done?: string } = {}) => [
  `date: ${date}`, //                       1
  'title: 铁路段协调会', //                  2
  'convener: 魏克鹏', //                     3
  'units: [产融城公司]', //                  4
  'decisions:', //                           5
  '  - text: 落实配套资金', //               6
  `    unit: ${decision.unit ?? '产融城公司'}`, // 7
  `    due: ${decision.due ?? '2026-11-30'}`, //  8
  ...(decision.done ? [`    done: ${decision.done}`] : []), // 9
].join('\n') + '\n';

describe('check --base on meetings: decisions are held like milestones', () => {
  it('a meeting recorded within the week, its decision open, passes', async () => {
    const dir = zoneRepo({});
    put(dir, M, meeting('2026-11-20'));
    expect(await gate(dir)).toEqual({ code: 0, findings: [] });
  });

  it('a new meeting that already says done fails CI (plan-date): one change cannot mint points', async () => {
    const dir = zoneRepo({});
    put(dir, M, meeting('2026-11-20', { done: '2026-11-24' }));
    expect(await gate(dir)).toEqual({
      code: 1,
      findings: [{
        file: M, line: 9, rule: 'plan-date', severity: 'error',
        message: '新增的议定事项“落实配套资金”同时填写了落实日期2026-11-24：先登记议定事项，落实后再另行提交落实日期',
      }],
    });
  });

  it('a meeting recorded 10 days late fails CI (plan-date)', async () => {
    const dir = zoneRepo({});
    const late = 'meetings/2026-11-16-rail.yaml';
    put(dir, late, meeting('2026-11-16'));
    const { code, findings } = await gate(dir);
    expect(code).toBe(1);
    expect(findings).toEqual([{
      file: late, line: 6, rule: 'plan-date', severity: 'error',
      message: '议定事项“落实配套资金”是基准版本之后新增的，会议日期2026-11-16比检查日期早10天：议定事项应在会后7天内登记',
    }]);
  });

  it('pushing a decision\'s deadline back, reassigning it or deleting the meeting fails CI', async () => {
    const dir = zoneRepo({ [M]: meeting('2026-11-20') });
    put(dir, M, meeting('2026-11-20', { due: '2026-12-31' }));
    expect(await gate(dir)).toEqual({
      code: 1,
      findings: [{
        file: M, line: 8, rule: 'postponed', severity: 'error',
        message: '议定事项“落实配套资金”的时限由2026-11-30推迟到2026-12-31：议定事项的时限不能推迟，确需调整的由协调会议另行议定',
      }],
    });
    put(dir, M, meeting('2026-11-20', { unit: '铁北园区办' }));
    expect(await gate(dir)).toMatchObject({ code: 1, findings: [{ line: 7, rule: 'reassigned', severity: 'error' }] });
    rmSync(join(dir, M));
    expect(await gate(dir)).toMatchObject({ code: 1, findings: [{ file: M, line: 1, rule: 'removed', severity: 'error' }] });
  });

  it('a done date back-filled by more than a week warns (late-record); six days back is fine', async () => {
    const dir = zoneRepo({ [M]: meeting('2026-11-20') });
    put(dir, M, meeting('2026-11-20', { done: '2026-11-20' }));
    expect(await gate(dir)).toEqual({ code: 0, findings: [] });
    const early = 'meetings/2026-11-10-rail.yaml';
    const dir2 = zoneRepo({ [early]: meeting('2026-11-10', { due: '2026-11-20' }) });
    put(dir2, early, meeting('2026-11-10', { due: '2026-11-20', done: '2026-11-18' }));
    expect(await gate(dir2)).toEqual({
      code: 0,
      findings: [{
        file: early, line: 9, rule: 'late-record', severity: 'warning',
        message: '议定事项“落实配套资金”的落实日期2026-11-18是事后补录的，比检查日期早8天',
      }],
    });
  });
});
