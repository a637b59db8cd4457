import { describe, expect, test } from 'vitest';
import { buildMonthlyReport, isMonthlyReport, renderMonthlyReport } from '../../../../src/report/monthly/index.js';
import { escapeCell as cell, escapeInline as inline } from '../../../../src/text/markdown.js';
import { smallZone, zoneFrom } from '../../../support/monthly/fixture.js';
import { checkMermaid, checkTables, loadMermaid } from '../../../support/monthly/validate.js';

const report = buildMonthlyReport(zoneFrom(smallZone), '2026-10');
const zh = renderMonthlyReport(report, { lang: 'zh-CN', root: '..' });
const en = renderMonthlyReport(report, { lang: 'en', root: '..' });

describe('escaping user text', () => {
  test.each([
    ['a | b', 'a | b'],
    ['第一行\n第二行', '第一行；第二行'],
    ['windows\r\nline', 'windows; line'],
    ['*星号* _下划线_ `代码` [链接](x) <b>标签</b> ~删除~ &amp; \\ 反斜杠 ![图](y)', '*星号* _下划线_ `代码` [链接](x) <b>标签</b> ~删除~ &amp; \\ 反斜杠 ![图](y)'],
    ['  两端空白  \n', '两端空白'],
  ])('a cell shows %j exactly as written', (text, seen) => {
    const markdown = `| h |\n|---|\n| ${cell(text)} |\n`;
    const [table] = checkTables(markdown);
    expect(table!.rows).toEqual([[seen]]);
  });

  test('the table check itself catches a raw `|` and a raw line break', () => {
    expect(() => checkTables('| a | b |\n|---|---|\n| x | y | z |\n')).toThrow(/3 cells, header has 2/);
    expect(() => checkTables('| a | b |\n|---|---|\n| 第一\n第二 | y |\n')).toThrow(/cells, header has 2/);
    expect(() => checkTables('| a | b |\n|---|---|\n| x | y\n\n| z | w |\n')).toThrow(/outside any table/);
  });

  test('inline text never breaks the line', () => {
    expect(inline('甲\n乙 | 丙')).toBe('甲 乙 \\| 丙');
  });
});

describe.each([
  ['zh-CN', zh],
  ['en', en],
])('the rendered report (%s)', (_lang, markdown) => {
  test('is valid GFM: every table row has the header’s cell count', () => {
    expect(checkTables(markdown).length).toBeGreaterThanOrEqual(8);
  });

  test('its Mermaid chart passes Mermaid’s own parser', async () => {
    expect(await checkMermaid(markdown)).toBe(1);
  });

  test('ends with exactly one newline and carries no clock time', () => {
    expect(markdown.endsWith('\n') && !markdown.endsWith('\n\n')).toBe(true);
    expect(markdown).not.toMatch(/\d{2}:\d{2}/);
  });
});

describe('the Chinese report', () => {
  const tables = checkTables(zh);
  const find = (first: string) => tables.find((t) => t.header[0] === first && t.header.length > 2)!;

  test('the title names the zone, the month and the data date', () => {
    expect(zh.split('\n')[0]).toBe('# 测试高新区2026年10月“五重”清单月报（数据截至 2026-10-31）');
  });

  test('the overview table', () => {
    const t = find('清单');
    expect(t.header).toEqual(['清单', '事项', '推进中', '已办结或撤销', '本月完成节点', '逾期', '达到时序进度']);
    expect(t.rows.at(-2)).toEqual(['重点工作', '2', '2', '0', '3', '2', '0/2']);
    expect(t.rows.at(-1)).toEqual(['合计', '4', '3', '1', '4', '2', '0/2']);
  });

  test('the assessment table and its chart, in the same order', () => {
    expect(find('名次').rows).toEqual([
      ['1', '产融城公司', '108', '+13', '-5', '—'],
      ['2', '高新建公司', '105', '+5', '0', '—'],
      ['3', '铁北园区办', '98', '0', '-2', '—'],
    ]);
    // Lowest 98 and the 95 line: the axis starts at 90; highest 108 and the 110 line: it ends at 115. No unit reaches
    // a tier, so the 奖励 and 约谈 series hold only 65 (90 − 25, off the axis: bars that are not drawn).
    expect(zh).toContain([
      '    x-axis ["产融城公司", "高新建公司", "铁北园区办"]',
      '    y-axis "得分" 90 --> 115',
      '    bar [65, 65, 65]',
      '    bar [108, 105, 98]',
      '    bar [65, 65, 65]',
      '    line [110, 110, 110]',
      '    line [95, 95, 95]',
      '```',
      '',
      '图中条形按考核结果着色：绿色为得分110分及以上（奖励），橙色为低于95分（约谈），灰色为其余单位；蓝色竖线为奖励线110分，' +
        '红色竖线为约谈线95分。分值轴自90分起，各单位得分见上表。',
    ].join('\n'));
  });

  test('every overdue node, with the item title intact despite its `|`', () => {
    expect(tables.find((t) => t.header.includes('逾期天数'))!.rows).toEqual([
      ['重点工作', '供热 | 管网', '逾期节点', '产融城公司', '2026-10-01', '30'],
      ['重点工作', '逾期事项', '（事项完成时限）', '铁北园区办', '2026-10-15', '16'],
    ]);
    expect(zh).toContain('[供热 \\| 管网](../lists/tasks/a.yaml)');
  });

  test('completions are marked early, on time or late', () => {
    expect(tables.find((t) => t.header.includes('完成情况'))!.rows.map((r) => [r[2], r[6]])).toEqual([
      ['逾期完成节点', '逾期完成（晚12天）'],
      ['按时节点', '按时完成'],
      ['当天完成', '按时完成'],
      ['提前节点', '提前完成（提前56天）'],
    ]);
  });

  test('each item: state, owner, lead, progress with its line break kept, percent against time progress, targets', () => {
    const rows = tables.filter((t) => t.header[0] === '事项').flatMap((t) => t.rows);
    expect(rows.find((r) => r[0] === '供热 | 管网')).toEqual([
      // 逾期节点 (due 2026-10-01, not done) is overdue as of 10-31: 红灯.
      '供热 | 管网', '红灯', '推进中', '产融城公司', '魏克鹏',
      '十月进展 | 第一行；第二行 *不是强调* <b>不是标签</b>', '80% / 83.2%，滞后', '供热管网29.97/50公里，59.9%',
    ]);
    expect(rows.find((r) => r[0] === '逾期事项')![1]).toBe('红灯');
    expect(rows.find((r) => r[0] === '逾期事项')!.slice(5, 7)).toEqual(['八月进展（2026年8月填报）', '50% / 80.3%，滞后（2026年8月填报）']);
    // Done items have no light; one that starts in December, due 2027-03-31, no percent: 绿灯.
    expect(rows.find((r) => r[0] === '已办结改革')!.slice(1, 3)).toEqual(['—', '已办结（2026-10-20）']);
    expect(rows.find((r) => r[0] === '未开始改革')!.slice(1)).toEqual(['绿灯', '未开始', '高新建公司', '张威', '—', '—', '—']);
    expect(zh).toContain('\n截至2026年10月31日，推进中的事项红灯2项、黄灯0项、绿灯1项。红灯：');
  });

  test('open problems', () => {
    expect(tables.find((t) => t.header.includes('问题'))!.rows).toEqual([
      ['重点工作', '供热 | 管网', '产融城公司', '2026-08-01', '91', '月后才解决'],
      ['重点工作', '供热 | 管网', '产融城公司', '2026-09-01', '60', '未解决的问题'],
    ]);
  });

  test('an empty section says so instead of showing an empty table', () => {
    expect(zh).toContain('### 重点企业（0项）\n\n（无）\n');
  });
});

describe('the chart', () => {
  test('Mermaid really rejects unquoted Chinese labels (so the check above means something)', async () => {
    const m = await loadMermaid();
    await expect(m.parse('xychart-beta\n    x-axis [产融城公司, 铁北园区办]\n    bar [1, 2]\n')).rejects.toThrow();
  });

  test('a unit name with a double quote, brackets or a comma still parses', async () => {
    const zone = zoneFrom({ 'wuzhong.yaml': 'zone: 甲\nunits: [\'产融城"公司"\', "a, b]", "负分单位"]\nleaders: [魏克鹏]\nassessment: { base: -20 }\n' });
    const markdown = renderMonthlyReport(buildMonthlyReport(zone, '2026-10'), { lang: 'zh-CN', root: '..' });
    expect(await checkMermaid(markdown)).toBe(1);
    expect(markdown).toContain('x-axis ["产融城\'公司\'", "a, b]", "负分单位"]');
    expect(markdown).toContain('y-axis "得分" -25 --> 115');
  });
});

describe('recognising a report wuzhong wrote (before overwriting a file outside git)', () => {
  test.each([
    ['the Chinese report', zh, true],
    ['the English report', en, true],
    ['with a BOM and CRLF', `\uFEFF${zh.replace(/\n/g, '\r\n')}`, true],
    ['another zone and month', '# 别的园区2025年1月“五重”清单月报（数据截至 2025-01-31）\n', true],
    ['a zone name with escaped specials', '# 高新区 \\| 测试 five key lists: monthly report 2026-10 (data as of 2026-10-31)\n', true],
    ['hand-written notes', '# 我的笔记\n', false],
    ['the title not on the first line', `\n${zh}`, false],
    ['a title without its date', '# 测试高新区“五重”清单月报2026-10\n', false],
    ['an empty file', '', false],
  ])('%s: %s', (_what, text, expected) => {
    expect(isMonthlyReport(text)).toBe(expected);
  });
});
