import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { minimalConfig, runCli, writeTree } from '../../helpers.js';
import { commitAll, zoneRepo } from './repo.js';

// The review gate against settled months. As of 2026-11-26 (filing day 5) September and October are settled.
// Scores below are computed by hand from the default rules: base 100, on-time +5, claimed +2, overdue −5,
// serious −5 (more than 30 days), stale −2.

interface Finding { file: string; line: number; column: number; severity: string; rule: string; message: string }

const GATE_RULES = new Set(['postponed', 'late-record', 'removed', 'base', 'rescored', 'plan-date', 'claim-date', 'reassigned', 'schema']);

async function gate(dir: string, asOf = '2026-11-26', lang: string[] = []): Promise<{ code: number; findings: Finding[]; all: Finding[] }> {
  const r = await runCli(['--repo', dir, ...lang, 'check', '--as-of', asOf, '--format', 'json', '--base', 'main']);
  expect(r.stderr).toBe('');
  const all = (JSON.parse(r.stdout) as { diagnostics: Finding[] }).diagnostics.map(
    ({ file, line, column, severity, rule, message }) => ({ file, line, column, severity, rule, message }),
  );
  return { code: r.code, findings: all.filter((d) => GATE_RULES.has(d.rule)), all };
}
/** `file:line:column rule`, the short form most expectations use. */
const short = (fs: readonly Finding[]) => fs.map((f) => `${f.file}:${f.line}:${f.column} ${f.rule}`);

const W = 'lists/tasks/w.yaml';
const Q = 'lists/tasks/q.yaml';

// 铁北园区办's milestone 铁路段审批 (due 2026-09-15) is overdue: September 95 (15 days), October 90 (46 days, serious).
const w = [
  'title: 供热管网', //            1
  'lead: 魏克鹏', //               2
  'owner: 铁北园区办', //          3
  'start: 2026-06-01', //          4
  'due: 2027-06-30', //            5
  'milestones:', //                6
  '  - title: 铁路段审批', //      7
  '    due: 2026-09-15', //        8
  '    postponed:', //             9
  '      - from: 2026-07-31', //  10
  '        reason: 铁路局审批周期长', // 11
  '        approved: 魏克鹏', //  12
  '  - title: 主体敷设', //       13
  '    due: 2027-03-31', //       14
  'updates:', //                  15
  ...['06', '07', '08', '09', '10'].flatMap((m) => [`  - month: 2026-${m}`, '    text: 推进中']), // 16–25
].join('\n') + '\n';

// 产融城公司: 主体完工 done on time in October (+5 → 105); no update for August (stale −2 → 98).
const q = [
  'title: 雨水收集池', //          1
  'lead: 张威', //                 2
  'owner: 产融城公司', //          3
  'start: 2026-07-01', //          4
  'due: 2026-12-30', //            5
  'milestones:', //                6
  '  - title: 主体完工', //        7
  '    due: 2026-10-30', //        8
  '    done: 2026-10-20', //       9
  '  - title: 验收', //           10
  '    due: 2026-12-15', //       11
  'updates:', //                  12
  ...['07', '09', '10'].flatMap((m) => [`  - month: 2026-${m}`, '    text: 推进中']), // 13–18
].join('\n') + '\n';

const settledZone = (extra: Record<string, string> = {}) => zoneRepo({ [W]: w, [Q]: q, ...extra });
const read = (dir: string, path: string) => readFileSync(join(dir, path), 'utf8');
const edit = (dir: string, path: string, from: string, to: string) => {
  const text = read(dir, path);
  if (!text.includes(from)) throw new Error(`${path} has no ${JSON.stringify(from)}`);
  writeFileSync(join(dir, path), text.replace(from, to));
};
const amend = (months: string[], approved = '魏克鹏', date = '2026-11-26') =>
  Object.fromEntries(months.map((m) => [`assessments/${m}.yaml`, `amendments:\n  - reason: 经督查专班核实更正\n    approved: ${approved}\n    date: ${date}\n`]));
const rescoredAt = (fs: readonly Finding[]) => fs.filter((f) => f.rule === 'rescored').map((f) => `${f.file}:${f.line}:${f.column} ${f.message.slice(0, f.message.indexOf('（'))}`);

describe('rescored', () => {
  it('five small milestones done last month, added now: plan-date at each, rescored at the first added done', async () => {
    const dir = settledZone();
    const five = [1, 2, 3, 4, 5].map((i) => `  - title: 小节点${i}\n    due: 2026-10-2${i}\n    done: 2026-10-1${i}\n`).join('');
    edit(dir, W, 'updates:\n', five + 'updates:\n');
    const { code, findings } = await gate(dir);
    expect(code).toBe(1);
    expect(short(findings.filter((f) => f.severity === 'error'))).toEqual([
      `${W}:15:12 plan-date`, `${W}:17:11 rescored`, `${W}:18:12 plan-date`, `${W}:21:12 plan-date`, `${W}:24:12 plan-date`, `${W}:27:12 plan-date`,
    ]);
    const rescored = findings.find((f) => f.rule === 'rescored')!;
    expect(rescored.message).toBe(
      '这项修改改变了已结算月份2026-10的考核结果：铁北园区办由90分变为115分（新增：tasks/w 节点“小节点1” 按时完成+5、tasks/w 节点“小节点2” 按时完成+5、' +
      'tasks/w 节点“小节点3” 按时完成+5、tasks/w 节点“小节点4” 按时完成+5，另有1项）；已结算月份的结果只能通过 assessments/2026-10.yaml 中经批准的更正记录（amendments）改变',
    );
  });

  it('the same milestones with an honest planned date pass the gate and earn nothing', async () => {
    const dir = settledZone();
    const five = [1, 2, 3, 4, 5].map((i) => `  - title: 小节点${i}\n    due: 2026-10-2${i}\n    planned: 2026-11-26\n    done: 2026-10-1${i}\n`).join('');
    edit(dir, W, 'updates:\n', five + 'updates:\n');
    const { code, findings } = await gate(dir);
    expect(code).toBe(0);
    expect(findings.filter((f) => f.rule !== 'late-record')).toEqual([]);
    // They earn nothing: October stays 90 for 铁北园区办, the five listed as unplanned with 0 points.
    const score = JSON.parse((await runCli(['--repo', dir, 'score', '--month', '2026-10', '--format', 'json'])).stdout);
    const unit = score.units.find((u: { unit: string }) => u.unit === '铁北园区办');
    expect(unit.score).toBe(90);
    expect(unit.events.filter((e: { event: string; points: number }) => e.event === 'unplanned' && e.points === 0)).toHaveLength(5);
  });

  it('editing an old approved postponement and moving the deadline: postponed at the record, rescored September and October', async () => {
    const dir = settledZone();
    edit(dir, W, '      - from: 2026-07-31', '      - from: 2026-09-15');
    edit(dir, W, '    due: 2026-09-15', '    due: 2026-12-31');
    const { code, findings } = await gate(dir);
    expect(code).toBe(1);
    expect(short(findings)).toEqual([`${W}:8:10 rescored`, `${W}:8:10 rescored`, `${W}:10:9 postponed`]);
    expect(rescoredAt(findings)).toEqual([
      `${W}:8:10 这项修改改变了已结算月份2026-09的考核结果：铁北园区办由95分变为100分`,
      `${W}:8:10 这项修改改变了已结算月份2026-10的考核结果：铁北园区办由90分变为100分`,
    ]);
    expect(findings[1]!.message).toContain('（不再计入：tasks/w 节点“铁路段审批” 节点逾期-5、tasks/w 节点“铁路段审批” 严重逾期-5）');
    expect(findings[2]!.message).toBe('节点“铁路段审批”在 main 中已有的延期记录（原时限2026-07-31）被修改或删除了：延期记录只能追加，不能改动');
  });

  it('the same move with a new dated record by a leader and amendments for both months passes', async () => {
    const dir = settledZone();
    edit(dir, W, '    due: 2026-09-15', '    due: 2026-12-31');
    edit(dir, W, '        approved: 魏克鹏\n', '        approved: 魏克鹏\n      - from: 2026-09-15\n        reason: 铁路局会签\n        approved: 张威\n        date: 2026-11-26\n');
    writeTree(amend(['2026-09', '2026-10']), dir);
    expect((await gate(dir)).code).toBe(0);
    // One month amended is not enough: September still fails.
    rmSync(join(dir, 'assessments/2026-09.yaml'));
    expect(rescoredAt((await gate(dir)).findings)).toEqual([`${W}:8:10 这项修改改变了已结算月份2026-09的考核结果：铁北园区办由95分变为100分`]);
  });

  it('an amendment counts only when its approver is in approvers and its date is not after A', async () => {
    const dir = settledZone({ 'wuzhong.yaml': `${minimalConfig}assessment:\n  approvers: [张威]\n` });
    edit(dir, W, '    due: 2026-09-15', '    due: 2026-10-20');
    writeTree(amend(['2026-09', '2026-10'], '魏克鹏'), dir);
    const { findings } = await gate(dir);
    expect(findings.filter((f) => f.rule === 'rescored').map((f) => f.message.slice(f.message.indexOf('改变；') + 3))).toEqual([
      '新增的更正记录由魏克鹏批准，但其不在 assessment.approvers 中或批准日期晚于检查日期，不能作为依据',
      '新增的更正记录由魏克鹏批准，但其不在 assessment.approvers 中或批准日期晚于检查日期，不能作为依据',
    ]);
    writeTree(amend(['2026-09', '2026-10'], '张威', '2026-11-27'), dir);
    expect((await gate(dir)).findings.filter((f) => f.rule === 'rescored')).toHaveLength(2);
    writeTree(amend(['2026-09', '2026-10'], '张威'), dir);
    expect((await gate(dir)).findings.filter((f) => f.rule === 'rescored')).toEqual([]);
  });

  it('renaming a milestone (visibly) and moving its deadline is compared as one milestone', async () => {
    const dir = settledZone();
    edit(dir, W, '  - title: 铁路段审批\n    due: 2026-09-15', '  - title: 铁路段审批及招标\n    due: 2026-12-31');
    const { code, findings } = await gate(dir);
    expect(code).toBe(1);
    expect(short(findings)).toEqual([`${W}:8:10 postponed`, `${W}:8:10 rescored`, `${W}:8:10 rescored`]);
  });

  it('renaming it invisibly (U+200B) is refused outright, and the move still found', async () => {
    const dir = settledZone();
    edit(dir, W, '  - title: 铁路段审批\n    due: 2026-09-15', '  - title: 铁路段审批\u200b\n    due: 2026-12-31');
    const { code, findings } = await gate(dir);
    expect(code).toBe(1);
    // The hidden character is refused where it is; a file with an error is not compared until it is fixed.
    expect(short(findings)).toEqual([`${W}:7:12 schema`]);
    expect(findings[0]!.message).toContain('\\u200b');
  });

  it('splitting it in two with later deadlines: rescored at the milestones key, and removed', async () => {
    const dir = settledZone();
    edit(dir, W, '  - title: 铁路段审批\n    due: 2026-09-15\n', '  - title: 铁路段审批\n    due: 2026-12-15\n    planned: 2026-11-26\n  - title: 铁路段招标\n    due: 2026-12-31\n    planned: 2026-11-26\n');
    edit(dir, W, '  - title: 铁路段审批\n', '  - title: 铁路段报批\n');
    const { code, findings } = await gate(dir);
    expect(code).toBe(1);
    // The old record now sits under a new milestone, where it is a new record without a date.
    expect(short(findings)).toEqual([`${W}:6:1 rescored`, `${W}:6:1 rescored`, `${W}:6:1 removed`, `${W}:14:9 postponed`]);
  });

  it('cancelling the overdue item with a back-dated closed', async () => {
    const dir = settledZone();
    edit(dir, W, 'due: 2027-06-30\n', 'due: 2027-06-30\nstatus: cancelled\nclosed: 2026-09-01\n');
    const { code, findings } = await gate(dir);
    expect(code).toBe(1);
    expect(short(findings)).toEqual([`${W}:6:9 rescored`, `${W}:6:9 rescored`, `${W}:7:9 late-record`]);
    expect(findings[2]!.message).toBe('办结/撤销日期2026-09-01是事后补录的，比检查日期早86天');
  });

  it('changing a late done to an on-time date', async () => {
    const dir = settledZone();
    edit(dir, W, '    due: 2026-09-15\n', '    due: 2026-09-15\n    done: 2026-10-10\n');
    commitAll(dir, 'done late, in October');
    edit(dir, W, '    done: 2026-10-10', '    done: 2026-09-14');
    const { code, findings } = await gate(dir);
    expect(code).toBe(1);
    expect(short(findings)).toEqual([`${W}:9:11 rescored`, `${W}:9:11 late-record`]);
    expect(findings[1]!.message).toBe('节点“铁路段审批”的完成日期由2026-10-10改早为2026-09-14');
    expect(rescoredAt(findings)).toEqual([`${W}:9:11 这项修改改变了已结算月份2026-09的考核结果：铁北园区办由95分变为105分`]);
  });

  it('adding claimed: true after the work was done', async () => {
    const dir = settledZone();
    edit(dir, Q, 'owner: 产融城公司\n', 'owner: 产融城公司\nclaimed: true\n');
    const { code, findings } = await gate(dir);
    expect(code).toBe(1);
    expect(findings.map((f) => [f.line, f.column, f.rule])).toEqual([[4, 10, 'claim-date'], [4, 10, 'rescored']]);
    expect(findings[0]!.message).toBe('主动认领日期2026-07-01（claimed: true 视为在开始日期认领）比检查日期早148天：认领只能从登记之日算起（最多提前7天），请写明认领日期 claimed: YYYY-MM-DD');
    expect(rescoredAt(findings)).toEqual([`${Q}:4:10 这项修改改变了已结算月份2026-10的考核结果：产融城公司由105分变为107分`]);
  });

  it('moving a milestone to another unit moves the deduction: rescored for both units, reassigned', async () => {
    const dir = settledZone();
    edit(dir, W, '    due: 2026-09-15\n', '    due: 2026-09-15\n    owner: 高新建公司\n');
    const { code, findings } = await gate(dir);
    expect(code).toBe(1);
    expect(rescoredAt(findings)).toEqual([
      `${W}:9:12 这项修改改变了已结算月份2026-09的考核结果：铁北园区办由95分变为100分`,
      `${W}:9:12 这项修改改变了已结算月份2026-09的考核结果：高新建公司由100分变为95分`,
      `${W}:9:12 这项修改改变了已结算月份2026-10的考核结果：铁北园区办由90分变为100分`,
      `${W}:9:12 这项修改改变了已结算月份2026-10的考核结果：高新建公司由100分变为90分`,
    ]);
    expect(findings.find((f) => f.rule === 'reassigned')).toEqual({
      file: W, line: 9, column: 12, severity: 'warning', rule: 'reassigned', message: '节点“铁路段审批”的责任单位由铁北园区办改为高新建公司',
    });
  });

  it('moving start later drops a stale month', async () => {
    const dir = settledZone();
    edit(dir, Q, 'start: 2026-07-01', 'start: 2026-09-01');
    const { code, findings } = await gate(dir);
    expect(code).toBe(1);
    expect(rescoredAt(findings)).toEqual([`${Q}:4:8 这项修改改变了已结算月份2026-08的考核结果：产融城公司由98分变为100分`]);
  });

  it('moving the file to another list, or renaming it, and moving the deadline', async () => {
    for (const to of ['lists/reforms/w.yaml', 'lists/tasks/w-renamed.yaml']) {
      const dir = settledZone();
      writeTree({ [to]: read(dir, W).replace('    due: 2026-09-15', '    due: 2026-12-31') }, dir);
      rmSync(join(dir, W));
      const { code, findings } = await gate(dir);
      expect(code).toBe(1);
      expect(short(findings)).toEqual([`${to}:8:10 postponed`, `${to}:8:10 rescored`, `${to}:8:10 rescored`]);
    }
  });

  it('a look-alike unit to move the penalty onto is refused in wuzhong.yaml', async () => {
    const dir = settledZone();
    writeFileSync(join(dir, 'wuzhong.yaml'), minimalConfig.replace('高新建公司]', '高新建公司, 铁北园区办\u200b]'));
    edit(dir, W, 'owner: 铁北园区办', 'owner: 铁北园区办\u200b');
    const { code, all } = await gate(dir);
    expect(code).toBe(1);
    expect(all.filter((f) => f.severity === 'error').map((f) => `${f.file} ${f.rule}`)).toContain('wuzhong.yaml schema');
  });

  it('deleting the file of an overdue item: rescored at its old path, and removed', async () => {
    const dir = settledZone();
    rmSync(join(dir, W));
    const { code, findings } = await gate(dir);
    expect(code).toBe(1);
    expect(short(findings)).toEqual([`${W}:1:1 rescored`, `${W}:1:1 rescored`, `${W}:1:1 removed`]);
  });

  it('wuzhong.yaml: a changed setting rescores at its line', async () => {
    const dir = settledZone();
    writeFileSync(join(dir, 'wuzhong.yaml'), `${minimalConfig}assessment:\n  overdue: 3\n`);
    const { code, findings } = await gate(dir);
    expect(code).toBe(1);
    expect(rescoredAt(findings)).toEqual([
      'wuzhong.yaml:5:12 这项修改改变了已结算月份2026-09的考核结果：铁北园区办由95分变为97分',
      'wuzhong.yaml:5:12 这项修改改变了已结算月份2026-10的考核结果：铁北园区办由90分变为92分',
    ]);
  });

  it('an adjustment added to a settled month needs an amendment beside it; the current month does not', async () => {
    const dir = settledZone();
    const adjust = (month: string) => ({ [`assessments/${month}.yaml`]: 'adjustments:\n  - unit: 铁北园区办\n    points: 10\n    reason: 区通报表扬\n' });
    writeTree(adjust('2026-11'), dir);
    expect(await gate(dir)).toMatchObject({ code: 0, findings: [] });
    writeTree(adjust('2026-10'), dir);
    const { findings } = await gate(dir);
    expect(rescoredAt(findings)).toEqual(['assessments/2026-10.yaml:2:5 这项修改改变了已结算月份2026-10的考核结果：铁北园区办由90分变为100分']);
    writeFileSync(join(dir, 'assessments/2026-10.yaml'), `${adjust('2026-10')['assessments/2026-10.yaml']}amendments:\n  - reason: 补记表扬\n    approved: 张威\n    date: 2026-11-25\n`);
    expect(await gate(dir)).toMatchObject({ code: 0, findings: [] });
  });

  it('a month is settled only after the filing day of the month after it', async () => {
    const dir = settledZone();
    edit(dir, W, '    due: 2026-09-15\n', '    due: 2026-09-15\n    done: 2026-09-20\n');
    const months = async (asOf: string) => (await gate(dir, asOf)).findings.filter((f) => f.rule === 'rescored').map((f) => /月份(\d{4}-\d{2})/.exec(f.message)![1]);
    expect(await months('2026-11-05')).toEqual(['2026-09']);
    expect(await months('2026-11-06')).toEqual(['2026-09', '2026-10']);
    writeFileSync(join(dir, 'wuzhong.yaml'), `${minimalConfig}assessment:\n  filingDay: 10\n`);
    commitAll(dir, 'filing day 10');
    edit(dir, W, '    done: 2026-09-20', '    done: 2026-09-21');
    expect(await months('2026-11-10')).toEqual([]); // the done moved within September: no score changed
  });

  it('says it in English', async () => {
    const dir = settledZone();
    edit(dir, Q, 'owner: 产融城公司\n', 'owner: 产融城公司\nclaimed: true\n');
    const { findings } = await gate(dir, '2026-11-26', ['--lang', 'en']);
    expect(findings.find((f) => f.rule === 'rescored')!.message).toBe(
      'this change moves the settled month 2026-10: 产融城公司 goes from 105 to 107 points (now counts: tasks/q milestone "主体完工" claimed task +2); ' +
      'a settled month\'s result changes only through an approved amendment in assessments/2026-10.yaml (amendments)',
    );
  });
});

describe('honest work passes with no new finding', () => {
  it('a progress update, a milestone done today, a new item planned today, a future postponement approved today, a summary', async () => {
    const dir = settledZone();
    const before = (await gate(dir)).all;
    edit(dir, W, '    text: 推进中\n', '    text: 推进中\n  - month: 2026-11\n    text: 审批进入会签\n');
    edit(dir, Q, '    due: 2026-12-15\n', '    due: 2026-12-15\n    done: 2026-11-26\n');
    edit(dir, W, '    due: 2027-03-31\n', '    due: 2027-04-30\n    postponed:\n      - from: 2027-03-31\n        reason: 铁路审批推迟\n        approved: 张威\n        date: 2026-11-26\n');
    edit(dir, W, 'lead: 魏克鹏\n', 'lead: 魏克鹏\nsummary: 一期已投用\n');
    writeTree({ 'lists/tasks/new.yaml': 'title: 新任务\nlead: 张威\nowner: 高新建公司\nstart: 2026-11-26\ndue: 2027-06-30\nmilestones:\n  - title: 启动\n    due: 2026-12-31\n    planned: 2026-11-26\n' }, dir);
    const after = await gate(dir);
    expect(after.code).toBe(0);
    const key = (f: Finding) => `${f.rule} ${f.message}`;
    expect(after.all.map(key).filter((k) => !before.map(key).includes(k))).toEqual([]);
  });
});

describe('postponed: records are append-only, dated and approved', () => {
  const record = (date?: string, approved = '张威') => `      - from: 2027-03-31\n        reason: 铁路审批推迟\n        approved: ${approved}\n${date ? `        date: ${date}\n` : ''}`;
  const move = (dir: string, rec: string) => edit(dir, W, '    due: 2027-03-31\n', `    due: 2027-04-30\n    postponed:\n${rec}`);

  it('a removed record is an error', async () => {
    const dir = settledZone();
    edit(dir, W, '    postponed:\n      - from: 2026-07-31\n        reason: 铁路局审批周期长\n        approved: 魏克鹏\n', '');
    expect(short((await gate(dir)).findings)).toEqual([`${W}:7:5 postponed`]);
  });

  it('a new record needs a date, not after A', async () => {
    const dir = settledZone();
    move(dir, record());
    expect((await gate(dir)).findings).toEqual([{
      file: W, line: 16, column: 9, severity: 'error', rule: 'postponed', message: '节点“主体敷设”新增的延期记录缺少批准日期 date（新增的延期记录必须写明哪一天批准）',
    }]);
    edit(dir, W, '        approved: 张威\n', '        approved: 张威\n        date: 2026-11-27\n');
    expect((await gate(dir)).findings).toEqual([{
      file: W, line: 19, column: 15, severity: 'error', rule: 'postponed', message: '延期的批准日期2026-11-27晚于检查日期2026-11-26',
    }]);
  });

  it('with approvers set, only they may approve', async () => {
    const dir = settledZone({ 'wuzhong.yaml': `${minimalConfig}assessment:\n  approvers: [魏克鹏]\n` });
    move(dir, record('2026-11-26'));
    expect((await gate(dir)).findings).toEqual([{
      file: W, line: 18, column: 19, severity: 'error', rule: 'postponed', message: '张威 不在 wuzhong.yaml 的 assessment.approvers（魏克鹏）中，不能批准延期',
    }]);
    edit(dir, W, '        approved: 张威\n', '        approved: 魏克鹏\n');
    expect((await gate(dir)).findings).toEqual([]);
  });
});

describe('plan-date and claim-date', () => {
  const add = (planned: string) => `  - title: 竣工验收\n    due: 2027-05-31\n    planned: ${planned}\n`;

  it('a new milestone planned up to 7 days before A passes; 8 days is an error at planned', async () => {
    const dir = settledZone();
    edit(dir, W, 'updates:\n', `${add('2026-11-19')}updates:\n`);
    expect((await gate(dir)).findings).toEqual([]);
    edit(dir, W, 'planned: 2026-11-19', 'planned: 2026-11-18');
    expect((await gate(dir)).findings).toEqual([{
      file: W, line: 17, column: 14, severity: 'error', rule: 'plan-date', message: '节点“竣工验收”的计划日期（planned）2026-11-18比检查日期早8天：计划只能从登记之日算起（最多提前7天）',
    }]);
  });

  it('a plan moved earlier, or a start moved earlier under milestones without planned, is an error', async () => {
    const dir = settledZone();
    edit(dir, W, 'updates:\n', `${add('2026-11-26')}updates:\n`);
    commitAll(dir, 'planned');
    edit(dir, W, 'planned: 2026-11-26', 'planned: 2026-10-01');
    expect(short((await gate(dir)).findings)).toEqual([`${W}:17:14 plan-date`]);
    edit(dir, W, 'planned: 2026-10-01', 'planned: 2026-11-26');
    edit(dir, W, 'start: 2026-06-01', 'start: 2026-05-01');
    expect((await gate(dir)).findings.filter((f) => f.rule === 'plan-date')).toEqual([{
      file: W, line: 4, column: 8, severity: 'error', rule: 'plan-date', message: '开始日期由2026-06-01提前到2026-05-01，使2个未写 planned 的节点的计划日期随之提前：请为这些节点写明 planned',
    }]);
  });

  it('a claim dated within 7 days passes; 8 days before A is an error; a claim already at REV is left alone', async () => {
    const dir = settledZone({ 'lists/tasks/c.yaml': 'title: 认领任务\nlead: 张威\nowner: 高新建公司\nstart: 2026-11-01\ndue: 2027-06-30\n' });
    const C = 'lists/tasks/c.yaml';
    edit(dir, C, 'owner: 高新建公司\n', 'owner: 高新建公司\nclaimed: 2026-11-19\n');
    expect((await gate(dir)).findings).toEqual([]);
    edit(dir, C, 'claimed: 2026-11-19', 'claimed: 2026-11-18');
    expect(short((await gate(dir)).findings)).toEqual([`${C}:4:10 claim-date`]);
    commitAll(dir, 'claimed');
    edit(dir, C, 'title: 认领任务', 'title: 认领任务（续）');
    expect((await gate(dir)).findings).toEqual([]);
  });
});

describe('late-record, reassigned, removed', () => {
  const C = 'lists/tasks/c.yaml';
  const c = 'title: 新区任务\nlead: 张威\nowner: 高新建公司\nstart: 2026-11-01\ndue: 2027-06-30\nmilestones:\n  - title: 启动\n    due: 2026-12-31\n    owner: 产融城公司\n';

  it('a closed date recorded late, and a closed date moved earlier, are warnings', async () => {
    const dir = settledZone({ [C]: c });
    edit(dir, C, 'due: 2027-06-30\n', 'due: 2027-06-30\nstatus: cancelled\nclosed: 2026-11-10\n');
    expect((await gate(dir)).findings).toEqual([{
      file: C, line: 7, column: 9, severity: 'warning', rule: 'late-record', message: '办结/撤销日期2026-11-10是事后补录的，比检查日期早16天',
    }]);
    edit(dir, C, 'closed: 2026-11-10', 'closed: 2026-11-25');
    commitAll(dir, 'cancelled');
    edit(dir, C, 'closed: 2026-11-25', 'closed: 2026-11-24');
    expect((await gate(dir)).findings).toEqual([expect.objectContaining({ line: 7, rule: 'late-record', message: '办结/撤销日期由2026-11-25改早为2026-11-24' })]);
  });

  it('the owner of an item or of a milestone that names its own differs', async () => {
    const dir = settledZone({ [C]: c });
    edit(dir, C, 'owner: 高新建公司', 'owner: 铁北园区办');
    expect((await gate(dir)).findings).toEqual([{ file: C, line: 3, column: 8, severity: 'warning', rule: 'reassigned', message: '责任单位由高新建公司改为铁北园区办' }]);
    edit(dir, C, '    owner: 产融城公司\n', '');
    // The milestone now inherits 铁北园区办 instead of naming 产融城公司.
    expect(short((await gate(dir)).findings)).toEqual([`${C}:3:8 reassigned`, `${C}:7:5 reassigned`]);
  });

  it('a milestone removed, unless the item is cancelled; a renamed file is not removed', async () => {
    const dir = settledZone({ [C]: c });
    renameSync(join(dir, C), join(dir, 'lists/tasks/c2.yaml'));
    expect((await gate(dir)).findings).toEqual([]);
    writeFileSync(join(dir, 'lists/tasks/c2.yaml'), c.replace(/milestones:[\s\S]*/, 'milestones: []\n'));
    expect(short((await gate(dir)).findings)).toEqual(['lists/tasks/c2.yaml:6:1 removed']);
  });
});
