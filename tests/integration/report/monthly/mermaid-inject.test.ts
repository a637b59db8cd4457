import { describe, expect, it } from 'vitest';
import { scoreChart } from '../../../../src/report/monthly/chart.js';
import type { UnitScore } from '../../../../src/assess/score.js';
import { loadMermaid } from '../../../support/monthly/validate.js';

const unit = (name: string, score: number) => ({ unit: name, score, tier: 'none' }) as UnitScore;
type Parser = { parse: (t: string) => Promise<{ config?: Record<string, unknown> }> };


describe('Mermaid labels cannot carry directives or comments', () => {
  it.each([
    '%%{init: {"theme": "forest"}}%%',
    "%%{init: {'theme':'forest'}}%%",
    '产融城公司 %% 注释',
    '50% 完成',
  ])('a unit named %j parses as a plain label, with no configuration taken from it', async (name) => {
    const title = '%%{init: {"theme": "dark"}}%% 得分';
    const chart = scoreChart([unit(name, 98), unit('铁北园区办', 102)], { rewardAt: 105, warnAt: 95 }, { title, axis: '分' });
    expect(chart).not.toContain('%');
    const m = (await loadMermaid()) as unknown as Parser;
    const body = chart.replace(/^```mermaid\n|\n```$/g, '');
    const parsed = await m.parse(body);
    // The only configuration is the chart's own front matter: size and palette, no theme.
    expect(Object.keys(parsed.config ?? {}).sort()).toEqual(['themeVariables', 'xyChart']);
    expect(Object.keys((parsed.config?.themeVariables ?? {}) as object)).toEqual(['xyChart']);
  }, 60_000);

  it('before the escape, the same label did set the theme (the test can tell)', async () => {
    const m = (await loadMermaid()) as unknown as Parser;
    const raw = 'xychart-beta\n    x-axis ["a%%{init: {\'theme\':\'forest\'}}%%a", "b"]\n    bar [1, 2]';
    const parsed = await m.parse(raw);
    expect(parsed.config).toEqual({ theme: 'forest' });
  }, 60_000);
});
