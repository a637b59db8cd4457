import { describe, expect, it } from 'vitest';
import { minimalConfig, runBin, writeTree } from '../../helpers.js';

/**
 * A zone of four tasks as of 2026-11-26 (lights worked out by hand):
 * - red:    张威's item of 铁北园区办, a milestone due 2026-11-16 not done (10 days overdue);
 * - yellow: 魏克鹏's item, 45% for October while 183 of 366 days had passed (50%): 5 points behind;
 * - green:  魏克鹏's item, its next milestone due 2026-12-12 (16 days ahead);
 * - none:   a done item.
 */
const task = (lines: string[]) => ['title: 测试事项', ...lines, 'updates:', '  - month: 2026-10', '    text: 按计划推进'].join('\n') + '\n';
function zone(extra: Record<string, string> = {}): string {
  return writeTree({
    'wuzhong.yaml': minimalConfig,
    'lists/tasks/red.yaml': task(['lead: 张威', 'owner: 铁北园区办', 'start: 2026-01-05', 'due: 2027-06-30', 'milestones:',
      '  - title: 资产处置', '    due: 2026-11-16']),
    'lists/tasks/yellow.yaml': task(['lead: 魏克鹏', 'owner: 产融城公司', 'start: 2026-05-01', 'due: 2027-05-02']).replace('按计划推进', '按计划推进\n    percent: 45'),
    'lists/tasks/green.yaml': task(['lead: 魏克鹏', 'owner: 高新建公司', 'start: 2026-01-05', 'due: 2027-06-30', 'milestones:',
      '  - title: 主体封顶', '    due: 2026-12-12']),
    'lists/tasks/done.yaml': task(['lead: 张威', 'owner: 产融城公司', 'start: 2026-01-05', 'due: 2026-12-31', 'status: done', 'closed: 2026-11-02']),
    ...extra,
  });
}

const status = (dir: string, ...args: string[]) => runBin(['--repo', dir, 'status', '--as-of', '2026-11-26', ...args]);

describe('wuzhong status (the built CLI on a temporary zone)', () => {
  it('json: every open item with its light, time progress, percent, next deadline and reasons', () => {
    const r = status(zone(), '--format', 'json');
    expect(r).toMatchObject({ code: 0, stderr: '' });
    const json = JSON.parse(r.stdout);
    expect(json.counts).toEqual({ red: 1, yellow: 1, green: 1 });
    expect(json.settings).toEqual({ yellowDays: 15, behindPoints: 5 });
    expect(json.items.map((i: { item: string; light: string }) => `${i.item}:${i.light}`)).toEqual(['tasks/red:red', 'tasks/yellow:yellow', 'tasks/green:green']);
    const [red, yellow, green] = json.items;
    expect(red).toMatchObject({ unit: '铁北园区办', lead: '张威', file: 'lists/tasks/red.yaml', percent: null });
    expect(red.reasons).toEqual([{ kind: 'overdue', milestone: '资产处置', due: '2026-11-16', days: 10 }]);
    expect(red.next).toEqual({ milestone: null, due: '2027-06-30', days: 216 });
    // 2026-05-01 → 2026-11-26 is 209 of 366 days: 57.1%.
    expect(yellow).toMatchObject({ timeProgress: 57.1, percent: { month: '2026-10', value: 45, expected: 50 } });
    expect(yellow.reasons).toEqual([{ kind: 'behind', month: '2026-10', percent: 45, expected: 50, points: 5 }]);
    expect(green.next).toEqual({ milestone: '主体封顶', due: '2026-12-12', days: 16 });
    expect(green.reasons).toEqual([]);
  });

  it('table in Chinese: title with a Chinese date, counts, the light as a word, no space between CJK and digits', () => {
    const r = status(zone());
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('截至2026年11月26日“五重”事项亮灯情况');
    expect(lines[1]).toBe('红灯1项、黄灯1项、绿灯1项');
    expect(lines[3]).toMatch(/^亮灯 +清单 +事项 +责任单位 +牵头领导 +时序进度 +最新完成 +下一时限 +说明$/);
    expect(lines[5]).toMatch(/^红灯 +重点工作 +测试事项 +铁北园区办 +张威 +\d+\.\d% +— +2027-06-30（事项完成时限，还有216天） +资产处置逾期10天$/);
    expect(lines[6]).toMatch(/^黄灯 .* 57\.1% +45%（2026年10月填报） .* 完成45%，落后时序进度5个百分点$/);
    expect(lines[7]).toMatch(/^绿灯 .* 2026-12-12（主体封顶，还有16天）$/);
    // Columns are two or more spaces apart; a single space inside a cell would be prose.
    for (const l of lines) expect(l).not.toMatch(/[\u4e00-\u9fff\uff08-\uff09] (?! )\d|\d(?<! ) [\u4e00-\u9fff]/);
  });

  it('--lang en, and markdown', () => {
    const en = runBin(['--repo', zone(), '--lang', 'en', 'status', '--as-of', '2026-11-26']);
    expect(en.stdout.split('\n').slice(0, 2)).toEqual(['Status lights as of 2026-11-26', 'red 1, yellow 1, green 1']);
    expect(en.stdout).toContain('资产处置 10 days overdue');
    const md = status(zone(), '--format', 'markdown');
    expect(md.stdout).toContain('| 红灯 | 重点工作 | 测试事项 `tasks/red` | 铁北园区办 | 张威 |');
  });

  it('--lead, --unit (the item\'s or a milestone\'s owner), --light and --list filter', () => {
    const dir = zone();
    const ids = (...args: string[]) => JSON.parse(status(dir, '--format', 'json', ...args).stdout).items.map((i: { item: string }) => i.item);
    expect(ids('--lead', '魏克鹏')).toEqual(['tasks/yellow', 'tasks/green']);
    expect(ids('--unit', '铁北园区办')).toEqual(['tasks/red']);
    expect(ids('--light', 'yellow')).toEqual(['tasks/yellow']);
    expect(ids('--lead', '魏克鹏', '--light', 'red')).toEqual([]);
    expect(ids('--list', 'projects')).toEqual([]);
    expect(status(dir, '--lead', '张威').stdout.split('\n')[0]).toBe('截至2026年11月26日“五重”事项亮灯情况（牵头领导：张威）');
    expect(status(dir, '--list', 'projects').stdout).toBe('截至2026年11月26日没有推进中的事项（清单：重大项目）。\n');
  });

  it('an unknown --lead or --unit is a usage error naming the closest one (exit 2); a bad --light too', () => {
    const dir = zone();
    const lead = status(dir, '--lead', '魏克');
    expect(lead.code).toBe(2);
    expect(lead.stderr).toContain('--lead：没有“魏克”，是不是“魏克鹏”？');
    const unit = status(dir, '--unit', '铁北园区');
    expect(unit.code).toBe(2);
    expect(unit.stderr).toContain('是不是“铁北园区办”');
    expect(status(dir, '--light', 'blue').code).toBe(2);
  });

  it('refuses (exit 1) while a file has an error, like overdue', () => {
    const r = status(zone({ 'lists/tasks/broken.yaml': 'title: [\n' }));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
  });

  it('lights thresholds from wuzhong.yaml: yellowDays 16 turns the green item yellow', () => {
    const r = status(zone({ 'wuzhong.yaml': `${minimalConfig}lights:\n  yellowDays: 16\n` }), '--light', 'yellow', '--format', 'json');
    expect(JSON.parse(r.stdout).items.map((i: { item: string }) => i.item)).toEqual(['tasks/green', 'tasks/yellow']);
  });
});

describe('--lead and --unit on overdue and score --explain', () => {
  it('overdue --lead keeps the overdue nodes of items that leader leads', () => {
    const dir = zone();
    const json = (...args: string[]) => JSON.parse(runBin(['--repo', dir, 'overdue', '--as-of', '2026-11-26', '--format', 'json', ...args]).stdout);
    expect(json('--lead', '张威').overdue.map((e: { item: string }) => e.item)).toEqual(['tasks/red']);
    expect(json('--lead', '魏克鹏').overdue).toEqual([]);
    const bad = runBin(['--repo', dir, 'overdue', '--lead', '张伟']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('是不是“张威”');
  });

  it('score --explain --unit shows that unit only, its rank unchanged; --lead only the events of that leader\'s items', () => {
    const dir = zone();
    const score = (...args: string[]) => runBin(['--repo', dir, 'score', '--month', '2026-11', '--explain', ...args]);
    // November as of 11-30: red's milestone overdue (−5) for 铁北园区办; no November update anywhere (−2 each open item).
    const all = JSON.parse(score('--format', 'json').stdout);
    const unit = JSON.parse(score('--format', 'json', '--unit', '铁北园区办').stdout);
    expect(unit.units).toEqual(all.units.filter((u: { unit: string }) => u.unit === '铁北园区办'));
    const byLead = JSON.parse(score('--format', 'json', '--lead', '魏克鹏').stdout);
    expect(byLead.units.map((u: { unit: string }) => u.unit).sort()).toEqual(['产融城公司', '高新建公司'].sort());
    for (const u of byLead.units) for (const e of u.events) expect(['tasks/yellow', 'tasks/green']).toContain(e.item);
    expect(score('--unit', '铁北园区办').stdout.split('\n')[0]).toContain('（责任单位：铁北园区办）');
    expect(score('--lead', '魏').code).toBe(2);
  });
});
