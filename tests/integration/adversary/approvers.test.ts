import { describe, expect, it } from 'vitest';
import { git, minimalConfig, runCli, writeTree } from '../../helpers.js';
import { commitAll, zoneRepo } from '../base/repo.js';
import { cli, commit, edit, finishLate, zoneRepo as closedRepo } from '../closed/repo.js';

// A unit that may not approve its own relief tries to become an approver in the same change, or to be
// covered by an amendment that a leader outside `approvers` signed.

const withApprovers = (list: string) => `${minimalConfig}assessment:\n  approvers: [${list}]\n`;

// 铁北园区办's milestone 铁路段审批 (due 2026-09-15, not done) is overdue −5 in September and October.
const W = 'lists/tasks/w.yaml';
const w = `title: 供热管网
lead: 魏克鹏
owner: 铁北园区办
start: 2026-06-01
due: 2027-06-30
milestones:
  - title: 铁路段审批
    due: 2026-09-15
updates:
${['06', '07', '08', '09', '10'].map((m) => `  - month: 2026-${m}\n    text: 推进中\n`).join('')}`;

interface Finding { file: string; line: number; rule: string; message: string }

async function gate(dir: string): Promise<{ code: number; findings: Finding[] }> {
  const r = await runCli(['--repo', dir, 'check', '--as-of', '2026-11-26', '--format', 'json', '--base', 'main']);
  expect(r.stderr).toBe('');
  const all = (JSON.parse(r.stdout) as { diagnostics: Finding[] }).diagnostics;
  return { code: r.code, findings: all.filter((d) => d.rule === 'postponed' || d.rule === 'rescored') };
}

const amend = (approved: string) => Object.fromEntries(['2026-09', '2026-10'].map((m) => [`assessments/${m}.yaml`,
  `amendments:\n  - reason: 经督查专班核实更正\n    approved: ${approved}\n    date: 2026-11-26\n`]));

describe('approvers are those at the base revision too', () => {
  it('adding oneself to approvers in the same change does not make one’s own postponement and amendments count', async () => {
    const dir = zoneRepo({ 'wuzhong.yaml': withApprovers('张威'), [W]: w });
    git(dir, 'checkout', '-q', '-b', 'pr');
    writeTree({ 'wuzhong.yaml': withApprovers('张威, 魏克鹏'), ...amend('魏克鹏') }, dir);
    edit(dir, W, '    due: 2026-09-15\n', '    due: 2026-10-20\n    postponed:\n      - from: 2026-09-15\n        reason: 铁路局会签\n        approved: 魏克鹏\n        date: 2026-11-26\n');
    commitAll(dir, 'self-approval');
    const { code, findings } = await gate(dir);
    expect(code).toBe(1);
    expect(findings.map((f) => `${f.file}:${f.line} ${f.rule}`)).toEqual([
      `${W}:8 rescored`,
      `${W}:8 rescored`,
      `${W}:12 postponed`,
    ]);
    // Approved by the leader who was an approver at the base: it counts.
    writeTree(amend('张威'), dir);
    edit(dir, W, '        approved: 魏克鹏\n', '        approved: 张威\n');
    commitAll(dir, 'approved by 张威');
    expect(await gate(dir)).toEqual({ code: 0, findings: [] });
  });
});

describe('closed-month', () => {
  it('an amendment signed by a leader outside approvers does not cover a published month', async () => {
    const dir = closedRepo();
    writeTree({ 'wuzhong.yaml': withApprovers('张威') }, dir);
    commit(dir, 'approvers');
    expect((await cli(dir, ['report', '--month', '2026-10'])).code).toBe(0);
    finishLate(dir);
    writeTree({ 'assessments/2026-10.yaml': 'amendments:\n  - reason: 招标实际已完成，原漏报\n    approved: 魏克鹏\n    date: 2026-11-20\n' }, dir);
    commit(dir, 'b: 招标 done', '2026-11-20T09:00:00+08:00');
    const c = await cli(dir, ['check', '--format', 'json']);
    const rules = (JSON.parse(c.stdout) as { diagnostics: Finding[] }).diagnostics.filter((d) => d.rule === 'closed-month');
    // 铁北园区办 95 → 100 (its overdue −5 gone) is the one unit whose result moved.
    expect(rules.map((d) => `${d.file}:${d.line}`)).toEqual(['lists/tasks/b.yaml:9']);
    expect(c.code).toBe(1);
    edit(dir, 'assessments/2026-10.yaml', '魏克鹏', '张威');
    commit(dir, 'approved by 张威', '2026-11-20T09:00:00+08:00');
    expect((await cli(dir, ['check', '--format', 'json'])).code).toBe(0);
  });
});
