import { describe, expect, test } from 'vitest';
import { overdueList } from '../../../src/assess/overdue-list.js';
import { formatOverdueMarkdown, formatOverdueTable, overdueJson } from '../../../src/report/overdue-view.js';
import { UNITS, zoneWith } from '../assess/fixture.js';
import { tagColors } from '../format/fixtures.js';

const zone = zoneWith({
  heat: { owner: '高新建公司', milestones: [['穿越铁路段审批', '2026-09-15']] },
  late: { owner: '铁北园区办', start: '2026-01-05', due: '2026-10-21', milestones: [['资产|处置', '2026-10-21']] },
});
const data = overdueList(zone, '2026-10-31');
const view = (lang: 'zh-CN' | 'en' = 'zh-CN') => ({ data, units: UNITS, lang, seriousDays: 30 });

describe('overdue views', () => {
  test('table, zh-CN: one row per node, aligned, then totals per unit in the order of units', () => {
    expect(formatOverdueTable(view())).toBe(
      [
        '截至2026-10-31逾期的节点和事项：3个',
        '',
        '清单      事项        节点              责任单位    时限        逾期天数',
        '--------  ----------  ----------------  ----------  ----------  --------',
        '重点工作  tasks/heat  穿越铁路段审批    高新建公司  2026-09-15        46',
        '重点工作  tasks/late  （事项完成时限）  铁北园区办  2026-10-21        10',
        '重点工作  tasks/late  资产|处置         铁北园区办  2026-10-21        10',
        '',
        '按责任单位合计：',
        '  铁北园区办  2个，最长逾期10天',
        '  高新建公司  1个，最长逾期46天',
        '合计3个',
        '',
      ].join('\n'),
    );
  });

  test('table colours: title and header bold, days red beyond seriousDays, else yellow', () => {
    const out = formatOverdueTable({ ...view(), colors: tagColors }).split('\n');
    expect(out[0]).toBe('<b>截至2026-10-31逾期的节点和事项：3个</b>');
    expect(out[2]).toMatch(/^<b>清单 .*逾期天数<\/b>$/);
    expect(out[4]).toMatch(/ <red>46<\/red>$/);
    expect(out[5]).toMatch(/ <yellow>10<\/yellow>$/);
  });

  test('table, en, with a filter and with nothing overdue', () => {
    const en = formatOverdueTable(view('en'));
    expect(en.split('\n')[0]).toBe('Overdue milestones and items as of 2026-10-31: 3');
    expect(en).toContain('(item deadline)');
    expect(en).toContain('  铁北园区办  2 overdue, worst 10 days\n');
    const none = overdueList(zone, '2026-09-15', { unit: '高新建公司' });
    expect(formatOverdueTable({ ...view(), data: none })).toBe('截至2026-09-15没有逾期的节点或事项（责任单位：高新建公司）。\n');
    expect(formatOverdueTable({ ...view('en'), data: overdueList(zone, '2026-09-15', { list: 'tasks' }) })).toBe('Nothing overdue as of 2026-09-15 (list: Key work).\n');
  });

  test('markdown escapes cell text and carries title and key', () => {
    const md = formatOverdueMarkdown(view()).split('\n');
    expect(md.slice(0, 7)).toEqual([
      '## 截至2026-10-31逾期的节点和事项：3个',
      '',
      '| 清单 | 事项 | 节点 | 责任单位 | 时限 | 逾期天数 |',
      '| --- | --- | --- | --- | --- | ---: |',
      '| 重点工作 | 测试事项 `tasks/heat` | 穿越铁路段审批 | 高新建公司 | 2026-09-15 | 46 |',
      '| 重点工作 | 测试事项 `tasks/late` | （事项完成时限） | 铁北园区办 | 2026-10-21 | 10 |',
      '| 重点工作 | 测试事项 `tasks/late` | 资产\\|处置 | 铁北园区办 | 2026-10-21 | 10 |',
    ]);
    expect(md).toContain('| 铁北园区办 | 2 | 10 |');
  });

  test('json: the docs/supervisors.md keys, milestone null for the item itself', () => {
    expect(overdueJson(data).overdue[1]).toEqual({
      item: 'tasks/late', file: 'lists/tasks/late.yaml', milestone: null, unit: '铁北园区办', due: '2026-10-21', days: 10,
      list: 'tasks', title: '测试事项', line: 5,
    });
  });
});
