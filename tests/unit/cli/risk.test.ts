import { describe, expect, test } from 'vitest';
import { exampleZone, runCli, writeTree } from '../../helpers.js';

// Two items as of 2026-11-26 (calendar none: every day is a working day).
const zone = () =>
  writeTree({
    'wuzhong.yaml': 'zone: 测试高新区\ncalendar: none\nunits: [产融城公司, 铁北园区办]\nleaders: [魏克鹏, 张威]\nrisk:\n  dueWithin: 5\n  problemDays: 20\n  postponements: 1\n',
    // Behind (September 10% < time progress) and due in 4 days; and an open problem 21 days old.
    'lists/tasks/road.yaml': [
      'title: 道路工程', 'lead: 魏克鹏', 'owner: 产融城公司', 'start: 2026-01-05', 'due: 2026-12-31',
      'milestones:', '  - title: 路基完成', '    due: 2026-11-30',
      'updates:', '  - month: 2026-10', '    text: 推进中', '    percent: 10',
      'problems:', '  - raised: 2026-11-05', '    text: 征地未完成', '',
    ].join('\n'),
    // Postponed once (the threshold here is 1), due in 35 days, owned by another unit.
    'lists/tasks/park.yaml': [
      'title: 园区绿化', 'lead: 张威', 'owner: 产融城公司', 'start: 2026-01-05', 'due: 2026-12-31',
      'milestones:', '  - title: 绿化完成', '    due: 2026-12-31', '    owner: 铁北园区办',
      '    postponed:', '      - from: 2026-11-30', '        reason: 苗木延后', '        approved: 张威', '        date: 2026-11-20',
      'updates:', '  - month: 2026-11', '    text: 推进中', '',
    ].join('\n'),
  });

const AS_OF = ['--as-of', '2026-11-26'];

describe('wuzhong risk', () => {
  test('json: every field, ranked (two signals before one), thresholds from wuzhong.yaml', async () => {
    const r = await runCli(['--repo', zone(), 'risk', ...AS_OF, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      asOf: '2026-11-26',
      filter: { unit: null, lead: null },
      settings: { dueWithin: 5, problemDays: 20, postponements: 1 },
      risks: [
        {
          rank: 1, item: 'tasks/road', list: 'tasks', title: '道路工程', file: 'lists/tasks/road.yaml', line: 8,
          milestone: '路基完成', unit: '产融城公司', lead: '魏克鹏', due: '2026-11-30', workingDays: 4,
          // Time progress at 2026-10-31: 299 of 360 days.
          signals: [
            { kind: 'behind', workingDays: 4, percent: 10, expected: 83.1, month: '2026-10' },
            { kind: 'problem', raised: '2026-11-05', days: 21 },
          ],
          reasons: ['4个工作日内到期，2026年10月进度10%低于时序进度83.1%', '有问题提出已21天（2026-11-05）仍未解决'],
        },
        {
          rank: 2, item: 'tasks/park', list: 'tasks', title: '园区绿化', file: 'lists/tasks/park.yaml', line: 8,
          milestone: '绿化完成', unit: '铁北园区办', lead: '张威', due: '2026-12-31', workingDays: 35,
          signals: [{ kind: 'postponed', times: 1 }],
          reasons: ['时限已延期1次'],
        },
      ],
    });
  });

  test('table in Chinese and English', async () => {
    const dir = zone();
    const zh = await runCli(['--repo', dir, 'risk', ...AS_OF]);
    expect(zh.stdout).toContain('截至2026-11-26有延误风险的节点：2个（按紧迫程度排列）');
    expect(zh.stdout).toMatch(/1 +重点工作 +tasks\/road +路基完成 +产融城公司 +2026-11-30 +4 +4个工作日内到期/);
    expect(zh.stdout).toContain('预警阈值：5个工作日内到期且进度落后；问题超过20天未解决；延期1次及以上。');
    const en = await runCli(['--repo', dir, '--lang', 'en', 'risk', ...AS_OF]);
    expect(en.stdout).toContain('Milestones at risk as of 2026-11-26: 2 (most urgent first)');
    expect(en.stdout).toContain('the deadline has been postponed 1 time');
    expect(en.stdout).toContain('a problem raised 21 days ago (2026-11-05) is still open');
  });

  test('markdown: a row per milestone, reasons joined by ；', async () => {
    const r = await runCli(['--repo', zone(), 'risk', ...AS_OF, '--format', 'markdown']);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('## 截至2026-11-26有延误风险的节点：2个（按紧迫程度排列）');
    expect(lines[2]).toBe('| 序号 | 清单 | 事项 | 节点 | 责任单位 | 时限 | 剩余工作日 | 风险原因 |');
    expect(lines[4]).toBe('| 1 | 重点工作 | 道路工程 `tasks/road` | 路基完成 | 产融城公司 | 2026-11-30 | 4 | 4个工作日内到期，2026年10月进度10%低于时序进度83.1%；有问题提出已21天（2026-11-05）仍未解决 |');
    expect(lines[5]).toBe('| 2 | 重点工作 | 园区绿化 `tasks/park` | 绿化完成 | 铁北园区办 | 2026-12-31 | 35 | 时限已延期1次 |');
  });

  test('--unit and --lead filter; an unknown name is a usage error with a suggestion', async () => {
    const dir = zone();
    const unit = JSON.parse((await runCli(['--repo', dir, 'risk', ...AS_OF, '--format', 'json', '--unit', '铁北园区办'])).stdout);
    expect(unit.risks.map((x: { item: string }) => x.item)).toEqual(['tasks/park']);
    expect(unit.filter).toEqual({ unit: '铁北园区办', lead: null });
    const lead = JSON.parse((await runCli(['--repo', dir, 'risk', ...AS_OF, '--format', 'json', '--lead', '魏克鹏'])).stdout);
    expect(lead.risks.map((x: { item: string }) => x.item)).toEqual(['tasks/road']);
    const none = await runCli(['--repo', dir, 'risk', ...AS_OF, '--lead', '魏克鹏', '--unit', '铁北园区办']);
    expect(none.stdout).toBe('截至2026-11-26没有发现有延误风险的节点（责任单位：铁北园区办）（牵头领导：魏克鹏）。\n预警阈值：5个工作日内到期且进度落后；问题超过20天未解决；延期1次及以上。\n');
    const bad = await runCli(['--repo', dir, 'risk', ...AS_OF, '--lead', '张伟']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('是不是“张威”');
  });

  test('check reports one risk note per milestone, at its due', async () => {
    const r = await runCli(['--repo', zone(), 'check', ...AS_OF, '--format', 'json']);
    const risk = JSON.parse(r.stdout).diagnostics.filter((d: { rule: string }) => d.rule === 'risk');
    type Note = { file: string; line: number; column: number; severity: string };
    expect(risk.map((d: Note) => [d.file, d.line, d.column, d.severity])).toEqual([
      ['lists/tasks/park.yaml', 8, 10, 'info'],
      ['lists/tasks/road.yaml', 8, 10, 'info'],
    ]);
  });

  test('a risk block outside its bounds is a schema error on wuzhong.yaml', async () => {
    const dir = writeTree({ 'wuzhong.yaml': 'zone: 测试\nunits: [甲]\nleaders: [乙]\nrisk:\n  dueWithin: -1\n  postponements: 0\n' });
    const r = await runCli(['--repo', dir, 'check', ...AS_OF, '--format', 'json']);
    expect(r.stdout).toContain('wuzhong.yaml');
    expect(r.code).toBe(1);
  });

  test('the example zone as of 2025-11-26: the two invented late cases, each with two signals', async () => {
    const r = await runCli(['--repo', exampleZone, 'risk', '--as-of', '2025-11-26', '--format', 'json']);
    // By hand: 犇星's 新园区二期供地 (due 11-14) is 12 days overdue and the item reported neither October nor November,
    // so 年度服务成效评估 (2025-12-31: 2 working days in November after the 26th, 23 weekdays in December) carries both.
    // The 封闭化管理工程's 施工招标 (due 09-26) is 61 days overdue and its 09-15 problem 72 days open, so 卡口、围网
    // (2026-01-30: 25 + January 2026's 20 weekdays without the 1st and 2nd, plus Sunday the 4th, a make-up working day)
    // carries both. Nothing else: the railway crossing was approved on time, every other open item reported October,
    // and the only milestone due within 10 working days (the fund's framework agreement, 11-28) is on schedule
    // (45% ≥ 42.4%).
    type Row = {
      item: string; milestone: string; workingDays: number; signals: Array<{ kind: string; days?: number }>;
    };
    expect(JSON.parse(r.stdout).risks.map((x: Row) => [
      x.item, x.milestone, x.workingDays, x.signals.map((s) => `${s.kind}:${s.days ?? ''}`),
    ])).toEqual([
      ['enterprises/benxing-materials', '年度服务成效评估', 25, ['earlier-overdue:12', 'no-update:']],
      ['tasks/qingchun-park-closure', '卡口、围网及视频监控建成', 46, ['earlier-overdue:61', 'problem:72']],
    ]);
  });
});
