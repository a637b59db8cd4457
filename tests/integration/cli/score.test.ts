import { describe, expect, it } from 'vitest';
import { exampleZone, minimalConfig, runBin, runCli, writeTree } from '../../helpers.js';

const score = (...args: string[]) => runCli(['--repo', exampleZone, 'score', ...args]);
const ESC = '\u001b[';

interface JsonUnit { unit: string; score: number; rank: number; tier: string; events: Array<Record<string, unknown>> }

describe('score on the example zone (examples/README.md)', () => {
  it('2025-10: the scores, ranks and tiers of the README table, all eight units in order', async () => {
    const r = await score('--month', '2025-10', '--format', 'json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.month).toBe('2025-10');
    expect(json.units.map((u: JsonUnit) => [u.rank, u.unit, u.score, u.tier])).toEqual([
      [1, '产融城公司', 115, 'reward'],
      [2, '高新建公司', 108, 'none'],
      [3, '经济发展局', 106, 'none'],
      [4, '党政办公室', 102, 'none'],
      // Published as 98, rank 7; the amendment of 2025-11-20 withdrew its −2 (ties keep the order of `units`).
      [5, '铁北园区办', 100, 'none'],
      [5, '招商服务中心', 100, 'none'],
      [5, '自然资源和规划分局', 100, 'none'],
      [8, '建设局', 90, 'warning'],
    ]);
  });

  it('2025-10 events, field by field against docs/supervisors.md', async () => {
    const json = JSON.parse((await score('--month', '2025-10', '--format', 'json')).stdout);
    const byUnit = (name: string) => json.units.find((u: JsonUnit) => u.unit === name).events;
    const park = { item: 'tasks/qingchun-park-d-grade', milestone: '雨水收集池建成', file: 'lists/tasks/qingchun-park-d-grade.yaml', line: 20 };
    // 雨水收集池: due 2025-11-28, done 2025-10-20, 39 days early; claimed 2025-07-01.
    expect(byUnit('产融城公司')).toEqual([
      { event: 'on-time', points: 5, item: 'projects/jiaotou-supply-chain', milestone: '地基处理与工程桩完成', file: 'lists/projects/jiaotou-supply-chain.yaml', line: 28, days: 3 },
      { event: 'on-time', points: 5, ...park, days: 39 },
      { event: 'early', points: 3, ...park, days: 39 },
      { event: 'claimed', points: 2, ...park },
    ]);
    // The invented 封闭化管理工程: 施工招标 due 2025-09-26, open on 2025-10-31: 35 days.
    const closure = { item: 'tasks/qingchun-park-closure', milestone: '施工招标', file: 'lists/tasks/qingchun-park-closure.yaml', line: 18, days: 35 };
    expect(byUnit('建设局')).toEqual([{ event: 'overdue', points: -5, ...closure }, { event: 'serious', points: -5, ...closure }]);
    expect(byUnit('经济发展局')[2]).toEqual({ event: 'stale', points: -2, item: 'enterprises/benxing-materials', milestone: null, file: 'lists/enterprises/benxing-materials.yaml', line: 29 });
    // The adjustment rewards work outside the lists (nothing already scored).
    expect(byUnit('党政办公室')).toEqual([
      { event: 'adjustment', points: 2, reason: '组织完成《中国高新区》杂志“五重”清单管理机制专题采访报道', file: 'assessments/2025-10.yaml', line: 4 },
    ]);
    expect(byUnit('自然资源和规划分局')).toEqual([]);
    // the late completion of the rubber-tapping robot plant is worth 0 and not listed
    expect(json.units.flatMap((u: JsonUnit) => u.events).some((e: Record<string, unknown>) => e.event === 'late')).toBe(false);
    for (const u of json.units) {
      for (const key of ['unit', 'score', 'rank', 'tier', 'events']) expect(u).toHaveProperty(key);
      expect(['reward', 'warning', 'none']).toContain(u.tier);
      for (const e of u.events) {
        const keys = e.event === 'adjustment' ? ['event', 'points', 'reason', 'file', 'line'] : ['event', 'points', 'item', 'milestone', 'file', 'line'];
        for (const key of keys) expect(e).toHaveProperty(key);
      }
    }
  });

  it('2025-08 and 2025-09: 产融城公司 rewarded two months in a row (the article)', async () => {
    const events = (u: { events: Array<{ event: string; points: number }> }) => u.events.map((e) => `${e.event}${e.points}`);
    const aug = JSON.parse((await score('--month', '2025-08', '--format', 'json')).stdout);
    // 一期全面施工 (due 2025-09-30, done 08-06) and the fund's plan (due 09-30, done 08-22): on time and early each.
    expect(aug.units[0]).toMatchObject({ unit: '产融城公司', score: 116, rank: 1, tier: 'reward' });
    expect(events(aug.units[0])).toEqual(['on-time5', 'early3', 'on-time5', 'early3']);
    const sep = JSON.parse((await score('--month', '2025-09', '--format', 'json')).stdout);
    // 化工园区一期绿化 (due 2025-10-31, done 09-25), a claimed task.
    expect(sep.units[0]).toMatchObject({ unit: '产融城公司', score: 110, rank: 1, tier: 'reward' });
    expect(events(sep.units[0])).toEqual(['on-time5', 'early3', 'claimed2']);
  });

  it('--month defaults to the last complete month in the zone time zone', async () => {
    const nov = await runCli(['--repo', exampleZone, 'score', '--format', 'json'], { now: '2025-11-30T15:59:59Z' });
    expect(JSON.parse(nov.stdout).month).toBe('2025-10');
    const dec = await runCli(['--repo', exampleZone, 'score', '--format', 'json'], { now: '2025-11-30T16:00:00Z' });
    expect(JSON.parse(dec.stdout).month).toBe('2025-11');
  });

  it('table and --explain', async () => {
    const r = await score('--month', '2025-10', '--explain');
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain(ESC);
    const lines = r.stdout.split('\n');
    expect(lines.slice(0, 13)).toEqual([
      '随州高新区2025年10月“五重”考核（数据截至2025-10-31）',
      '基础分100分；得分不低于110分奖励，低于95分约谈',
      '',
      ' 名次  单位                得分  加分  减分  等次',
      '-----  ------------------  ----  ----  ----  ----',
      '    1  产融城公司           115    15     0  奖励',
      '    2  高新建公司           108     8     0  —',
      '    3  经济发展局           106     8     2  —',
      '    4  党政办公室           102     2     0  —',
      // Three units share rank 5: 并列 (公文), so the next rank is 8.
      '并列5  铁北园区办           100     0     0  —',
      '并列5  招商服务中心         100     0     0  —',
      '并列5  自然资源和规划分局   100     0     0  —',
      '    8  建设局                90     0    10  约谈',
    ]);
    expect(r.stdout).toContain(
      '\n建设局  90分  第8名  约谈\n  -5  节点逾期  tasks/qingchun-park-closure  施工招标  逾期35天  lists/tasks/qingchun-park-closure.yaml:18\n',
    );
    expect(r.stdout).toContain('\n自然资源和规划分局  100分  并列第5名\n  （本月无加减分事项）\n');
    expect((await score('--month', '2025-10')).stdout).not.toContain('lists/');
  });

  it('markdown and --lang en', async () => {
    const md = await score('--month', '2025-10', '--format', 'markdown');
    expect(md.stdout).toContain('| 1 | 产融城公司 | 115 | 15 | 0 | 奖励 |\n');
    const en = await runCli(['--repo', exampleZone, '--lang', 'en', 'score', '--month', '2025-10']);
    expect(en.stdout).toMatch(/\n {3}8 {2}建设局 +90 +0 +10 {2}called in\n/);
    expect(en.stdout).toContain('Rank  Unit');
    expect(en.stdout).toMatch(/Additions +Deductions +Tier\n/);
  });

  it('is deterministic: same data and month, same bytes, whatever the day', async () => {
    const a = await runCli(['--repo', exampleZone, 'score', '--month', '2025-10', '--explain'], { now: '2025-11-26T04:00:00Z' });
    const b = await runCli(['--repo', exampleZone, 'score', '--month', '2025-10', '--explain'], { now: '2026-03-01T04:00:00Z' });
    expect(a.stdout).toBe(b.stdout);
  });
});

describe('score usage errors (exit 2)', () => {
  it.each([['--month', '2026-13'], ['--month', '2026-1'], ['--format', 'csv'], ['--bogus']])('%s %s', async (...args) => {
    const r = await score(...args);
    expect(r.code).toBe(2);
    expect(r.stderr.length).toBeGreaterThan(0);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('score refuses while any file has an error', () => {
  const item = (extra = '') => `title: 甲\nlead: 魏克鹏\nowner: 产融城公司\nstart: 2026-01-05\ndue: 2026-12-31\n${extra}updates:\n  - month: 2026-10\n    text: 进展\n`;

  it.each([
    ['a schema error', { 'lists/tasks/b.yaml': item().replace('owner:', 'ownr:') }, 'schema'],
    ['a YAML syntax error', { 'lists/tasks/b.yaml': 'title: [甲\n' }, 'yaml'],
    ['an unknown unit in an adjustment', { 'assessments/2026-10.yaml': 'adjustments:\n  - { unit: 产融城, points: 3, reason: 表扬 }\n' }, 'ref'],
    ['a broken assessment file', { 'assessments/2026-10.yaml': 'adjustments:\n  - { unit: 产融城公司, points: 三, reason: 表扬 }\n' }, 'schema'],
    ['a done date after today', { 'lists/tasks/b.yaml': item('milestones:\n  - title: 节点\n    due: 2026-12-31\n    done: 2026-11-27\n') }, 'future'],
  ])('%s', async (_name, files, rule) => {
    const dir = writeTree({ 'wuzhong.yaml': minimalConfig, 'lists/tasks/a.yaml': item(), ...files });
    const r = await runCli(['--repo', dir, 'score', '--month', '2026-10', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`  ${rule}\n`);
    expect(r.stderr).toMatch(/^wuzhong score：数据中有\d+个错误/);
  });

  it('completions recorded after the month (but not after today) are fine', async () => {
    const dir = writeTree({ 'wuzhong.yaml': minimalConfig, 'lists/tasks/a.yaml': item('milestones:\n  - title: 节点\n    due: 2026-10-20\n    done: 2026-11-20\n') });
    const r = await runCli(['--repo', dir, 'score', '--month', '2026-10', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).units[2]).toMatchObject({ unit: '产融城公司', score: 95, rank: 3, tier: 'none' });
  });

  it('scoring the month still running checks at its last day, like check --as-of that day', async () => {
    const dir = writeTree({ 'wuzhong.yaml': minimalConfig, 'lists/tasks/a.yaml': item('milestones:\n  - title: 节点\n    due: 2026-11-30\n    done: 2026-11-28\n') + '  - month: 2026-11\n    text: 进展\n' });
    const r = await runCli(['--repo', dir, 'score', '--month', '2026-11', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).units[0]).toMatchObject({ unit: '产融城公司', score: 105 });
    expect((await runCli(['--repo', dir, 'check', '--as-of', '2026-11-30'])).code).toBe(0);
  });

  it('in English', async () => {
    const dir = writeTree({ 'wuzhong.yaml': minimalConfig, 'lists/tasks/a.yaml': item().replace('owner:', 'ownr:') });
    const r = await runCli(['--repo', dir, '--lang', 'en', 'score', '--month', '2026-10']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^wuzhong score: the data has 2 errors; fix them first/);
  });
});

describe('score through the built bin', () => {
  it('prints the README ranking with NO_COLOR, and the same JSON as main()', async () => {
    const table = runBin(['--repo', exampleZone, 'score', '--month', '2025-10'], { env: { NO_COLOR: '1' } });
    expect(table.code).toBe(0);
    expect(table.stdout).not.toContain(ESC);
    expect(table.stdout).toContain('    1  产融城公司           115    15     0  奖励\n');
    const json = runBin(['--repo', exampleZone, 'score', '--month', '2025-10', '--format', 'json']);
    expect(json.stdout).toBe((await score('--month', '2025-10', '--format', 'json')).stdout);
  });
});

describe('a month that has not ended', () => {
  it('is scored (a preview) with a note on stderr; a finished month has none', async () => {
    const open = await runCli(['--repo', exampleZone, 'score', '--month', '2025-11', '--format', 'json'], { now: '2025-11-26T04:00:00Z' });
    expect(open.code).toBe(0);
    expect(open.stderr).toBe('wuzhong: 注意：2025年11月尚未结束（今天是2025-11-26），以后补报的进展和完成情况还会改变结果。\n');
    expect(JSON.parse(open.stdout).month).toBe('2025-11');
    const done = await runCli(['--repo', exampleZone, 'score', '--month', '2025-10', '--format', 'json'], { now: '2025-11-26T04:00:00Z' });
    // October is published in this repository's history, which score says; nothing about an unfinished month.
    expect(done.stderr).not.toContain('尚未结束');
  });
});
