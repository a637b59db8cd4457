import { describe, expect, test } from 'vitest';
import { scoreMonth } from '../../../src/assess/score.js';
import { formatScoreMarkdown, formatScoreTable, scoreJson } from '../../../src/report/score-view.js';
import { zoneWith } from '../assess/fixture.js';
import { tagColors } from '../format/fixtures.js';

const zone = zoneWith(
  {
    a: { claimed: true, milestones: [['雨水池', '2026-11-30', '2026-10-20']] },
    b: { owner: '铁北园区办', updates: [], milestones: [['铁路段', '2026-09-15']] },
  },
  { 'assessments/2026-10.yaml': 'adjustments:\n  - unit: 高新建公司\n    points: -2\n    reason: 通报批评\n' },
);
const data = scoreMonth(zone, '2026-10');
const view = { data, zone: '测试高新区', lang: 'zh-CN' as const, explain: false };

describe('score views', () => {
  test('table, zh-CN', () => {
    expect(formatScoreTable(view)).toBe(
      [
        '测试高新区2026年10月“五重”考核（数据截至2026-10-31）',
        '基础分100分；得分不低于110分奖励，低于95分约谈',
        '',
        '名次  单位        得分  加分  减分  等次',
        '----  ----------  ----  ----  ----  ----',
        '   1  产融城公司   110    10     0  奖励',
        '   2  高新建公司    98     0     2  —',
        '   3  铁北园区办    88     0    12  约谈',
        '',
      ].join('\n'),
    );
  });

  test('--explain lists each unit’s events under it, aligned, with file:line', () => {
    const out = formatScoreTable({ ...view, explain: true });
    expect(out.split('\n').slice(9)).toEqual([
      '产融城公司  110分  第1名  奖励',
      '  +5  按时完成  tasks/a  雨水池            lists/tasks/a.yaml:10',
      '  +3  提前完成  tasks/a  雨水池  提前41天  lists/tasks/a.yaml:10',
      '  +2  主动认领  tasks/a  雨水池            lists/tasks/a.yaml:10',
      '',
      '高新建公司  98分  第2名',
      '  -2  专项加减分  通报批评  assessments/2026-10.yaml:2',
      '',
      '铁北园区办  88分  第3名  约谈',
      '  -5  节点逾期      tasks/b  铁路段  逾期46天  lists/tasks/b.yaml:8',
      '  -5  严重逾期      tasks/b  铁路段  逾期46天  lists/tasks/b.yaml:8',
      '  -2  未报月度进展  tasks/b                    lists/tasks/b.yaml:1',
      '',
    ]);
  });

  test('table colours: reward bold, warning red', () => {
    const out = formatScoreTable({ ...view, colors: tagColors });
    expect(out).toContain('<b>奖励</b>');
    expect(out).toContain('<red>约谈</red>');
  });

  test('en, and a unit without events', () => {
    const quiet = scoreMonth(zoneWith({}), '2026-10');
    const out = formatScoreTable({ ...view, data: quiet, lang: 'en', explain: true });
    expect(out).toContain('Rank  Unit        Score  Additions  Deductions  Tier\n');
    expect(out).toContain('产融城公司  100 points  rank 1\n  (no events this month)\n');
  });

  test('en: the 约谈 tier reads "called in", not "warning" (which check uses for findings); JSON keeps "warning"', () => {
    const out = formatScoreTable({ ...view, lang: 'en', explain: true });
    expect(out).toContain('Base 100; score ≥ 110: reward, < 95: called in\n');
    expect(out).toMatch(/\n +3 +铁北园区办 +88 +\d+ +\d+ +called in\n/);
    expect(out).toContain('铁北园区办  88 points  rank 3  called in\n');
    expect(out).not.toMatch(/\bwarning\b/);
    const md = formatScoreMarkdown({ ...view, lang: 'en' });
    expect(md).toContain('| Rank | Unit | Score | Additions | Deductions | Tier |');
    expect(md).toMatch(/\| 铁北园区办 \| 88 \|.*\| called in \|/);
    expect(scoreJson(view.data).units.find((u) => u.unit === '铁北园区办')!.tier).toBe('warning');
  });

  test('markdown', () => {
    const md = formatScoreMarkdown({ ...view, explain: true }).split('\n');
    expect(md.slice(0, 10)).toEqual([
      '## 测试高新区2026年10月“五重”考核（数据截至2026-10-31）',
      '',
      '基础分100分；得分不低于110分奖励，低于95分约谈',
      '',
      '| 名次 | 单位 | 得分 | 加分 | 减分 | 等次 |',
      '| ---: | --- | ---: | ---: | ---: | --- |',
      '| 1 | 产融城公司 | 110 | 10 | 0 | 奖励 |',
      '| 2 | 高新建公司 | 98 | 0 | 2 | — |',
      '| 3 | 铁北园区办 | 88 | 0 | 12 | 约谈 |',
      '',
    ]);
    expect(md).toContain('- **+3** 提前完成 `tasks/a` 雨水池 提前41天 (`lists/tasks/a.yaml:10`)');
    expect(md).toContain('- **-2** 专项加减分 通报批评 (`assessments/2026-10.yaml:2`)');
  });

  test('json: docs/supervisors.md keys; stale has milestone null; adjustments carry reason, file, line', () => {
    const json = scoreJson(data);
    expect(json.month).toBe('2026-10');
    const teibei = json.units[2]!;
    expect(teibei).toMatchObject({ unit: '铁北园区办', score: 88, rank: 3, tier: 'warning' });
    expect(teibei.events[2]).toEqual({ event: 'stale', points: -2, item: 'tasks/b', milestone: null, file: 'lists/tasks/b.yaml', line: 1 });
    expect(json.units[1]!.events).toEqual([{ event: 'adjustment', points: -2, reason: '通报批评', file: 'assessments/2026-10.yaml', line: 2 }]);
  });
});
