import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, join } from 'node:path';
import MarkdownIt from 'markdown-it';
import type { Browser } from 'playwright-core';

/** The names a system Chromium goes by, looked up on PATH; `WUZHONG_CHROMIUM` names another binary. */
export const CHROMIUM_NAMES = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'];

/** The system's Chromium, or undefined when none is installed (no browser is ever downloaded). */
export function findChromium(): string | undefined {
  const named = process.env.WUZHONG_CHROMIUM;
  if (named) return existsSync(named) ? named : undefined;
  const dirs = (process.env.PATH ?? '').split(delimiter).filter((d) => d !== '');
  for (const name of CHROMIUM_NAMES) {
    for (const dir of dirs) if (existsSync(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

export async function launchChromium(executablePath: string): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  // --no-sandbox: CI containers run as root, where Chromium's sandbox refuses to start.
  return chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--font-render-hinting=none'] });
}

const require = createRequire(import.meta.url);

/** The Mermaid builds the test renders with: the current one (GitHub, Gitea) and 10.7 (GitLab's). */
export const MERMAIDS = {
  '11': require.resolve('mermaid/dist/mermaid.min.js'),
  '10.7': require.resolve('mermaid-10/dist/mermaid.min.js'),
} as const;
export type MermaidVersion = keyof typeof MERMAIDS;

const md = new MarkdownIt({ html: false });
const defaultFence = md.renderer.rules.fence!;
// Like GitHub, GitLab and Gitea: a ```mermaid block becomes a diagram, its text handed to Mermaid unchanged.
md.renderer.rules.fence = (tokens, idx, options, env, self) => {
  const token = tokens[idx]!;
  if (token.info.trim() !== 'mermaid') return defaultFence(tokens, idx, options, env, self);
  return `<pre class="mermaid">${md.utils.escapeHtml(token.content)}</pre>\n`;
};

/** The report as a page styled roughly like a Git server's Markdown view (an 880 px column), light or dark. */
export function reportPage(markdown: string, theme: 'default' | 'dark' = 'default'): string {
  const [background, colour] = theme === 'dark' ? ['#0d1117', '#e6edf3'] : ['#fff', '#1f2328'];
  return `<!doctype html><html><head><meta charset="utf-8"><style>
body { margin: 0; background: ${background}; color: ${colour}; font-family: "WenQuanYi Zen Hei", "Noto Sans CJK SC", sans-serif; font-size: 14px; }
article { box-sizing: border-box; width: 880px; margin: 16px auto; padding: 0 16px; }
table { border-collapse: collapse; } td, th { border: 1px solid #d0d7de; padding: 4px 10px; }
pre.mermaid { background: none; }
</style></head><body><article>${md.render(markdown)}</article></body></html>`;
}

export interface Box { x: number; y: number; width: number; height: number }
export interface Measured {
  /** Mermaid's own error text when it could not render, else undefined. */
  error?: string;
  labels: (Box & { text: string })[];
  ticks: (Box & { text: string })[];
  bars: (Box & { series: number; fill: string })[];
  lines: { series: number; stroke: string; points: [number, number][] }[];
}

/** Renders the report in the page with one Mermaid build, then reads the chart's SVG back (page pixels). */
export async function renderReport(
  browser: Browser, markdown: string, version: MermaidVersion, theme: 'default' | 'dark', screenshot?: string,
): Promise<Measured> {
  const page = await browser.newPage({ viewport: { width: 1012, height: 900 } });
  try {
    await page.setContent(reportPage(markdown, theme));
    await page.addScriptTag({ path: MERMAIDS[version] });
    const error = await page.evaluate(async (theme) => {
      type Mermaid = { initialize(c: object): void; run(o: object): Promise<void> };
      const m = (window as unknown as { mermaid: Mermaid }).mermaid;
      m.initialize({ startOnLoad: false, securityLevel: 'strict', theme });
      try {
        await m.run({ querySelector: 'pre.mermaid' });
        return undefined;
      } catch (e) {
        return String(e);
      }
    }, theme);
    const measured = await page.evaluate(() => {
      const box = (el: Element) => {
        const r = el.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      };
      const svg = document.querySelector('pre.mermaid svg');
      if (!svg) return { error: 'no SVG', labels: [], ticks: [], bars: [], lines: [] };
      const texts = (sel: string) => [...svg.querySelectorAll(sel)].map((t) => ({ text: t.textContent ?? '', ...box(t) }));
      const series = (g: Element) => Number(/-(\d+)$/.exec(g.getAttribute('class') ?? '')?.[1] ?? -1);
      const bars = [...svg.querySelectorAll('g.plot > g[class^="bar-plot-"]')].flatMap((g) =>
        [...g.querySelectorAll('rect')].map((r) => ({ series: series(g), fill: r.getAttribute('fill') ?? '', ...box(r) })));
      // A line's points in page pixels: the path's own coordinates mapped through the SVG's screen transform.
      const lines = [...svg.querySelectorAll('g.plot > g[class^="line-plot-"] path')].map((p) => {
        const path = p as SVGPathElement;
        const ctm = path.getScreenCTM()!;
        const numbers = (path.getAttribute('d') ?? '').match(/-?\d+(\.\d+)?(e-?\d+)?/g)!.map(Number);
        const points: [number, number][] = [];
        for (let i = 0; i + 1 < numbers.length; i += 2) {
          const pt = new DOMPoint(numbers[i], numbers[i + 1]).matrixTransform(ctm);
          points.push([pt.x, pt.y]);
        }
        return { series: series(path.parentElement!), stroke: path.getAttribute('stroke') ?? '', points };
      });
      const failed = svg.textContent?.includes('Syntax error') ? svg.textContent : undefined;
      return {
        ...(failed ? { error: failed } : {}),
        labels: texts('g.left-axis > g.label text'),
        ticks: texts('g.top-axis > g.label text'),
        bars,
        lines,
      };
    });
    if (screenshot) {
      await page.screenshot({ path: `${screenshot}.png`, fullPage: true });
      await page.locator('pre.mermaid').first().screenshot({ path: `${screenshot}.chart.png` });
    }
    return error ? { ...measured, error } : measured;
  } finally {
    await page.close();
  }
}

/** Whether two boxes share any area (touching edges do not count). */
export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
