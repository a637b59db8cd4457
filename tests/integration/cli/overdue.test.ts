import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../../src/text/width.js';
import { exampleZone, minimalConfig, runBin, runCli, writeTree } from '../../helpers.js';

const overdue = (...args: string[]) => runCli(['--repo', exampleZone, 'overdue', ...args]);
const ESC = '\u001b[';

describe('overdue on the example zone (examples/README.md)', () => {
  it('json as of 2025-11-26: exactly the two overdue milestones, docs/supervisors.md shape and order', async () => {
    const r = await overdue('--as-of', '2025-11-26', '--format', 'json');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json)).toEqual(['asOf', 'overdue']);
    expect(json.asOf).toBe('2025-11-26');
    // Both invented cases (their files say so): due 2025-09-26 → 61 days; due 2025-11-14 → 12 days.
    expect(json.overdue).toEqual([
      { item: 'tasks/qingchun-park-closure', file: 'lists/tasks/qingchun-park-closure.yaml', milestone: '施工招标', unit: '建设局', due: '2025-09-26', days: 61, list: 'tasks', title: '青春化工园区封闭化管理工程', line: 18 },
      { item: 'enterprises/benxing-materials', file: 'lists/enterprises/benxing-materials.yaml', milestone: '新园区二期供地', unit: '自然资源和规划分局', due: '2025-11-14', days: 12, list: 'enterprises', title: '犇星公司', line: 25 },
    ]);
    for (const e of json.overdue) {
      expect(typeof e.item).toBe('string');
      expect(e.file).toMatch(/^lists\/[a-z]+\/[a-z0-9-]+\.ya?ml$/);
      expect(e.due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Number.isInteger(e.days)).toBe(true);
    }
  });

  it('a past as-of date works although later completions are recorded (they are not future errors)', async () => {
    const r = await overdue('--as-of', '2025-10-31', '--format', 'json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).overdue.map((e: { item: string; days: number }) => [e.item, e.days])).toEqual([['tasks/qingchun-park-closure', 35]]);
  });

  it('the default as-of date is today in the zone time zone', async () => {
    const r = await runCli(['--repo', exampleZone, 'overdue', '--format', 'json'], { now: '2025-11-26T16:00:00Z' });
    expect(JSON.parse(r.stdout)).toMatchObject({ asOf: '2025-11-27', overdue: [{ days: 62 }, { days: 13 }] });
  });

  it('table: one row per node, columns aligned for Chinese text, totals per unit', async () => {
    const r = await overdue('--as-of', '2025-11-26');
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain(ESC);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('截至2025-11-26逾期的节点和事项：2个');
    const table = lines.slice(2, 6);
    expect(table[2]).toMatch(/^重点工作 +tasks\/qingchun-park-closure +施工招标 +建设局 +2025-09-26 +61$/);
    expect(table[3]).toMatch(/^重点企业 +enterprises\/benxing-materials +新园区二期供地 +自然资源和规划分局 +2025-11-14 +12$/);
    // the due date starts at the same display column on both rows, and every line is equally wide
    const dueCol = (l: string) => displayWidth(l.slice(0, l.indexOf('2025-')));
    expect(dueCol(table[2]!)).toBe(dueCol(table[3]!));
    expect(new Set(table.map((l) => displayWidth(l))).size).toBe(1);
    expect(lines.slice(7)).toEqual([
      '按责任单位合计：', '  自然资源和规划分局  1个，最长逾期12天', '  建设局              1个，最长逾期61天', '合计2个', '',
    ]);
  });

  it('--unit and --list filter; markdown and --lang en', async () => {
    const unit = await overdue('--as-of', '2025-11-26', '--unit', '建设局', '--format', 'json');
    expect(JSON.parse(unit.stdout).overdue.map((e: { unit: string }) => e.unit)).toEqual(['建设局']);
    const list = await overdue('--as-of', '2025-11-26', '--list', 'projects');
    expect(list.stdout).toBe('截至2025-11-26没有逾期的节点或事项（清单：重大项目）。\n');
    const md = await overdue('--as-of', '2025-11-26', '--format', 'markdown');
    expect(md.stdout).toContain('| 重点工作 | 青春化工园区封闭化管理工程 `tasks/qingchun-park-closure` | 施工招标 | 建设局 | 2025-09-26 | 61 |\n');
    const en = await runCli(['--repo', exampleZone, '--lang', 'en', 'overdue', '--as-of', '2025-11-26']);
    expect(en.stdout.split('\n')[0]).toBe('Overdue milestones and items as of 2025-11-26: 2');
  });

  it('colour only when asked for or on a terminal, and never with NO_COLOR', async () => {
    expect((await overdue('--as-of', '2025-11-26')).stdout).not.toContain(ESC);
    expect((await runCli(['--repo', exampleZone, 'overdue', '--as-of', '2025-11-26'], { isTTY: true })).stdout).toContain(ESC);
    expect((await runCli(['--repo', exampleZone, 'overdue', '--as-of', '2025-11-26'], { isTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toContain(ESC);
    expect((await runCli(['--repo', exampleZone, '--no-color', 'overdue', '--as-of', '2025-11-26'], { isTTY: true })).stdout).not.toContain(ESC);
  });

  it('is deterministic', async () => {
    const a = await overdue('--as-of', '2025-11-26', '--format', 'markdown');
    const b = await overdue('--as-of', '2025-11-26', '--format', 'markdown');
    expect(a.stdout).toBe(b.stdout);
  });
});

describe('overdue usage errors (exit 2)', () => {
  it.each([
    [['--unit', '建设'], '“建设局”'],
    [['--unit', '铁北园区'], '“铁北园区办”'],
    [['--list', 'task'], '“tasks”'],
    [['--format', 'csv'], 'csv'],
    [['--as-of', '2026-02-30'], '2026-02-30'],
  ])('%j names the problem (%s)', async (args, hint) => {
    const r = await overdue(...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(hint);
    expect(r.stdout).toBe('');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('in English', async () => {
    const r = await runCli(['--repo', exampleZone, '--lang', 'en', 'overdue', '--unit', '建设']);
    expect(r.stderr).toContain('did you mean "建设局"?');
  });
});

describe('overdue refuses while any file has an error', () => {
  const item = 'title: 甲\nlead: 魏克鹏\nowner: 产融城公司\nstart: 2026-01-05\ndue: 2026-12-31\nmilestones:\n  - title: 节点\n    due: 2026-10-01\n';

  it('a broken file: exit 1, errors listed on stderr like check, nothing on stdout', async () => {
    const dir = writeTree({ 'wuzhong.yaml': minimalConfig, 'lists/tasks/ok.yaml': item, 'lists/tasks/bad.yaml': item.replace('due: 2026-12-31', 'deu: 2026-12-31') });
    const r = await runCli(['--repo', dir, 'overdue', '--as-of', '2026-11-26', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('lists/tasks/bad.yaml');
    expect(r.stderr).toMatch(/5:1 +错误 +未知字段“deu”/);
    expect(r.stderr).toContain('    | deu: 2026-12-31');
  });

  it('a done date after today is an error; warnings alone do not stop it', async () => {
    const future = writeTree({ 'wuzhong.yaml': minimalConfig, 'lists/tasks/a.yaml': item.replace('due: 2026-10-01', 'due: 2026-10-01\n    done: 2026-12-01') });
    const r = await runCli(['--repo', future, 'overdue', '--as-of', '2026-11-26']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('future');
    const warned = writeTree({ 'wuzhong.yaml': minimalConfig, 'lists/tasks/a.yaml': item });
    const ok = await runCli(['--repo', warned, 'overdue', '--as-of', '2026-11-26', '--format', 'json']);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).overdue).toEqual([expect.objectContaining({ item: 'tasks/a', milestone: '节点', days: 56 })]);
  });
});

describe('overdue through the built bin', () => {
  it('prints the same JSON as main()', async () => {
    const bin = runBin(['--repo', exampleZone, 'overdue', '--as-of', '2025-11-26', '--format', 'json']);
    expect(bin.code).toBe(0);
    expect(bin.stdout).toBe((await overdue('--as-of', '2025-11-26', '--format', 'json')).stdout);
  });
});
