import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildMonthlyReport, renderMonthlyReport } from '../../../src/report/monthly/index.js';
import { exampleZone } from '../../helpers.js';
import { CHROMIUM_NAMES, findChromium, launchChromium, MERMAIDS, overlaps, renderReport, type Box, type MermaidVersion } from '../../support/browser.js';
import { zoneFrom } from '../../support/monthly/fixture.js';
import { checkTables } from '../../support/monthly/validate.js';

/**
 * The score chart as a reader sees it: the report's Markdown rendered by markdown-it, its Mermaid block by
 * Mermaid itself (the current build, as GitHub and Gitea run, and 10.7, GitLab's), in the system's headless
 * Chromium. Everything is read back from the SVG in page pixels and checked against the report's own score
 * table: every name present and in table order, no two names overlapping, one bar per unit whose length
 * matches the axis's printed ticks, tiers by colour, and the reward and warning lines where the ticks say.
 */

const chromium = findChromium();
const ci = process.env.CI !== undefined && process.env.CI !== '' && process.env.CI !== 'false';
const missing = chromium === undefined
  ? `Chromium not found (looked for ${process.env.WUZHONG_CHROMIUM ?? `${CHROMIUM_NAMES.join(', ')} on PATH`}); ` +
    'the browser test of the score chart did NOT run. Install it (apt-get install chromium) or set WUZHONG_CHROMIUM.'
  : undefined;
if (missing) console.warn(`\n*** ${missing}\n`);

// In CI a missing browser is a failure, never a silent pass; on a developer's machine the test is skipped, saying so.
test.runIf(missing !== undefined && ci)('Chromium is installed for the score chart browser test', () => {
  throw new Error(missing);
});

/** The newest report in the example zone (the published month). */
function exampleReport(): { name: string; markdown: string } {
  const dir = join(exampleZone, 'reports');
  const name = readdirSync(dir).filter((f) => /^\d{4}-\d{2}\.md$/.test(f)).sort().at(-1)!;
  return { name: `example-${name.replace(/\.md$/, '')}`, markdown: readFileSync(join(dir, name), 'utf8') };
}

/** 30 units with names of 2 to 10 characters and scores from 82 to 118, ties and half points included. */
const THIRTY = [
  ['产融城公司', 18], ['铁北园区办', 12], ['高新建公司', 10], ['经济发展局', 9.5], ['招商服务中心', 8],
  ['自然资源和规划分局', 6], ['建设局', 5], ['党政办公室', 5], ['财政局', 3], ['科技创新局', 2],
  ['营商环境建设局', 0], ['生态环境分局', 0], ['应急管理局', 0], ['市场监督管理分局', -1], ['税务分局', -2],
  ['公安分局', -2.5], ['综合执法局', -3], ['社会事务局', -4], ['人力资源和社会保障局', -5], ['统计局', -5],
  ['审计局', -6], ['纪工委监察分局', -8], ['组织人事部', -10], ['宣传统战部', -12], ['政务服务中心', -15],
  ['产业发展研究院', -18], ['投资促进中心', 4], ['淅河镇', 1], ['何店镇', 7], ['城南新区管委会', -7],
] as const;

function thirtyUnits(): { name: string; markdown: string } {
  const zone = zoneFrom({
    'wuzhong.yaml': `zone: 测试高新区\nunits: [${THIRTY.map(([u]) => u).join(', ')}]\nleaders: [王志强]\n`,
    'assessments/2025-10.yaml': `adjustments:\n${THIRTY.map(([unit, points]) =>
      `  - { unit: ${unit}, points: ${points}, reason: 测试 }`).join('\n')}\n`,
  });
  return { name: 'thirty-units-2025-10', markdown: renderMonthlyReport(buildMonthlyReport(zone, '2025-10'), { lang: 'zh-CN', root: '..' }) };
}


describe.skipIf(missing !== undefined)('the score chart in a real browser', () => {
  let browser: Browser;
  const shots = mkdtempSync(join(tmpdir(), 'wuzhong-chart-'));
  const started = Date.now();
  const summary: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium(chromium!);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    console.log(`\nscore chart browser test: ${Date.now() - started} ms; screenshots in ${shots}\n${summary.join('\n')}\n`);
  });

  // The axis starts, worked out by hand: the example's lowest score is 90 (建设局) and the warning line is at 95,
  // so the multiple of 5 just below is 85; the 30 units' lowest is 100 − 18 = 82 (产业发展研究院), so 80.
  const cases = [
    ['the example zone', exampleReport, 85],
    ['a generated zone of 30 units', thirtyUnits, 80],
  ] as const;
  // Each Mermaid with its default theme, and the current one as a dark page shows it (GitHub's dark mode).
  const renders = [
    ...(Object.keys(MERMAIDS) as MermaidVersion[]).map((v) => [v, 'default'] as const),
    ['11', 'dark'] as const,
  ];

  describe.each(cases)('%s', (_label, source, axisStart) => {
    const { name, markdown } = source();
    const table = checkTables(markdown).find((t) => t.header[0] === '名次')!;
    const units = table.rows.map((r) => ({ unit: r[1]!, score: Number(r[2]) }));
    const rewardAt = 110;
    const warnAt = 95;

    test.each(renders)('Mermaid %s, %s theme: every name, no overlap, bars, tiers and both lines', async (version, theme) => {
      const t0 = Date.now();
      const m = await renderReport(browser, markdown, version, theme, join(shots, `${name}.mermaid-${version}-${theme}`));
      expect(m.error).toBeUndefined();

      // Every unit's name, once, top to bottom in the table's order.
      expect(m.labels.map((l) => l.text)).toEqual(units.map((u) => u.unit));
      // No two names share a pixel, and each is drawn at a readable size.
      const clashes = pairs(m.labels).filter(([a, b]) => overlaps(a, b)).map(([a, b]) => `${a.text}/${b.text}`);
      expect(clashes).toEqual([]);
      const minHeight = Math.min(...m.labels.map((l) => l.height));
      expect(minHeight).toBeGreaterThanOrEqual(12);

      // The score axis: its first tick is the hand-worked start; value → x read off the printed ticks.
      const ticks = m.ticks.map((t) => ({ value: Number(t.text), x: t.x + t.width / 2 }));
      expect(ticks[0]!.value).toBe(axisStart);
      const [first, last] = [ticks[0]!, ticks.at(-1)!];
      const xOf = (v: number) => first.x + ((v - first.value) * (last.x - first.x)) / (last.value - first.value);

      // One drawn bar per unit, level with its name, reaching its score; all start at the plot's edge.
      const drawn = m.bars.filter((b) => b.width > 0.5);
      expect(drawn).toHaveLength(units.length);
      const fills = new Map<string, Set<string>>();
      units.forEach((u, i) => {
        const label = m.labels[i]!;
        const bar = drawn.filter((b) => Math.abs(middle(b) - middle(label)) < 2);
        expect(bar, u.unit).toHaveLength(1);
        expect(Math.abs(bar[0]!.x + bar[0]!.width - xOf(u.score)), `${u.unit} ${u.score}`).toBeLessThan(1.5);
        expect(bar[0]!.x).toBeCloseTo(drawn[0]!.x, 3);
        const tier = u.score >= rewardAt ? 'reward' : u.score < warnAt ? 'warning' : 'none';
        fills.set(tier, (fills.get(tier) ?? new Set()).add(bar[0]!.fill));
      });
      // One colour per tier, different tiers different colours.
      for (const set of fills.values()) expect(set.size).toBe(1);
      const colours = [...fills.values()].map((s) => [...s][0]);
      expect(new Set(colours).size).toBe(colours.length);

      // The reward and warning lines: vertical, at the ticks' 110 and 95, from the first name's row to the last's.
      expect(m.lines).toHaveLength(2);
      const lineX = m.lines.map((l) => {
        const xs = l.points.map(([x]) => x);
        expect(Math.max(...xs) - Math.min(...xs)).toBeLessThan(0.5);
        const ys = l.points.map(([, y]) => y);
        expect(Math.abs(Math.min(...ys) - middle(m.labels[0]!))).toBeLessThan(2);
        expect(Math.abs(Math.max(...ys) - middle(m.labels.at(-1)!))).toBeLessThan(2);
        return xs[0]!;
      });
      expect(Math.abs(lineX[0]! - xOf(rewardAt))).toBeLessThan(1.5);
      expect(Math.abs(lineX[1]! - xOf(warnAt))).toBeLessThan(1.5);
      expect(m.lines[0]!.stroke).not.toBe(m.lines[1]!.stroke);

      const gap = Math.min(...m.labels.slice(1).map((l, i) => l.y - (m.labels[i]!.y + m.labels[i]!.height)));
      summary.push(`  ${name}, Mermaid ${version} ${theme}: ${units.length} labels, 0 overlaps, label height ${minHeight.toFixed(1)} px, ` +
        `smallest gap between names ${gap.toFixed(1)} px, ${Date.now() - t0} ms`);
    }, 90_000);
  });
});

function pairs<T>(xs: readonly T[]): [T, T][] {
  return xs.flatMap((a, i) => xs.slice(i + 1).map((b) => [a, b] as [T, T]));
}

function middle(b: Box): number {
  return b.y + b.height / 2;
}
