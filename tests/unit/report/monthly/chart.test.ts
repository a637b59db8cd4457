import { describe, expect, test } from 'vitest';
import type { Tier, UnitScore } from '../../../../src/assess/score.js';
import { scoreAxis, scoreChart, scoreFigure } from '../../../../src/report/monthly/chart.js';
import { checkMermaid } from '../../../support/monthly/validate.js';

const unit = (name: string, score: number, tier: Tier = 'none') => ({ unit: name, score, tier }) as UnitScore;
const lines = { rewardAt: 110, warnAt: 95 };

describe('the score axis, worked out by hand', () => {
  test.each([
    // scores, axis start, axis end
    [[118, 108, 106, 105, 100, 90], 85, 120], // the example zone: 90 → 85; 118 → 120
    [[100, 104], 90, 115], // no score below 95: the warning line still shows (95 → 90); 110 → 115
    [[95, 110], 90, 115], // a score on a multiple of 5 starts the axis 5 below, so its bar has a length
    [[120], 90, 125], // … and ends it 5 above
    [[97.5, 82.4, 111.25], 80, 115], // half and odd points
    [[-20, 0], -25, 115], // negative scores
    [[300], 90, 305],
  ])('scores %j: from %d to %d', (scores, low, high) => {
    expect(scoreAxis(scores, lines)).toEqual({ low, high });
  });

  test('other thresholds move the axis with them', () => {
    expect(scoreAxis([100], { rewardAt: 130, warnAt: 60 })).toEqual({ low: 55, high: 135 });
  });

  test('the axis start is never above the lowest score, whatever the scores', () => {
    for (let s = -50; s <= 150; s += 0.25) {
      const { low, high } = scoreAxis([s, 100], lines);
      expect(low).toBeLessThan(Math.min(s, 95));
      expect(Math.min(s, 95) - low).toBeLessThanOrEqual(5);
      expect(Math.abs(low % 5)).toBe(0);
      expect(high).toBeGreaterThan(Math.max(s, 110));
    }
  });
});

describe('the chart text', () => {
  const units = [unit('产融城公司', 118, 'reward'), unit('招商服务中心', 108), unit('自然资源和规划分局', 100), unit('建设局', 90, 'warning')];
  const chart = scoreChart(units, lines, { title: '2025年10月各责任单位考核得分', axis: '得分' });

  test('horizontal bars in table order, one series per tier, both lines at constant values', () => {
    // Axis 85 → 120, so a unit outside a series stands at 85 − 35 = 50, off the axis.
    expect(chart).toBe([
      '```mermaid',
      '---',
      'config:',
      '  xyChart:',
      '    width: 760',
      '    height: 210', // 90 for the title and the score axis, 30 a unit
      '    xAxis:',
      '      labelFontSize: 14',
      '  themeVariables:',
      '    xyChart:',
      '      plotColorPalette: "#43a047, #78909c, #fb8c00, #1e88e5, #c62828"',
      '---',
      'xychart-beta horizontal',
      '    title "2025年10月各责任单位考核得分"',
      '    x-axis ["产融城公司", "招商服务中心", "自然资源和规划分局", "建设局"]',
      '    y-axis "得分" 85 --> 120',
      '    bar [118, 50, 50, 50]',
      '    bar [50, 108, 100, 50]',
      '    bar [50, 50, 50, 90]',
      '    line [110, 110, 110, 110]',
      '    line [95, 95, 95, 95]',
      '```',
    ].join('\n'));
  });

  test('Mermaid’s own parser takes it, front matter and all', async () => {
    expect(await checkMermaid(chart)).toBe(1);
  });

  test('30 units: 30 rows of 30 px', () => {
    const many = Array.from({ length: 30 }, (_, i) => unit(`单位${i + 1}`, 80 + i));
    expect(scoreChart(many, lines, { title: 't', axis: 'a' })).toContain('    height: 990\n');
  });

  test('the same scores give the same bytes', () => {
    expect(scoreChart(units, lines, { title: 't', axis: 'a' })).toBe(scoreChart([...units], { ...lines }, { title: 't', axis: 'a' }));
  });
});

describe('the figure in the report: chart, then its caption', () => {
  const units = [unit('甲', 112, 'reward'), unit('乙', 93, 'warning')];

  test('Chinese: the title has a Chinese month and no ISO date, the caption names both lines and the axis start', () => {
    const [chart, caption] = scoreFigure(units, lines, '2025-10', 'zh-CN');
    expect(chart).toContain('    title "2025年10月各责任单位考核得分"\n');
    expect(chart).not.toMatch(/\d{4}-\d{2}/);
    expect(caption).toBe('图中条形按考核结果着色：绿色为得分110分及以上（奖励），橙色为低于95分（约谈），灰色为其余单位；' +
      '蓝色竖线为奖励线110分，红色竖线为约谈线95分。分值轴自90分起，各单位得分见上表。');
  });

  test('English', () => {
    const [chart, caption] = scoreFigure(units, lines, '2025-01', 'en');
    expect(chart).toContain('    title "Unit scores, January 2025"\n');
    expect(chart).toContain('    y-axis "Score" 90 --> 115\n');
    expect(caption).toContain('The score axis starts at 90;');
  });

  test('no unit, no figure', () => {
    expect(scoreFigure([], lines, '2025-10', 'zh-CN')).toEqual([]);
  });
});
