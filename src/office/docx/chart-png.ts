import { BAR_COLOR, chartLayout, ticks, xOf, type ChartInput } from './chart.js';

/** 3×5 pixel digits (and the minus sign): the PNG fallback writes the scores and the axis, not the unit names. */
const GLYPHS: Record<string, string[]> = {
  '0': ['111', '101', '101', '101', '111'], '1': ['010', '110', '010', '010', '111'], '2': ['111', '001', '111', '100', '111'],
  '3': ['111', '001', '111', '001', '111'], '4': ['101', '101', '111', '001', '001'], '5': ['111', '100', '111', '001', '111'],
  '6': ['111', '100', '111', '101', '111'], '7': ['111', '001', '010', '010', '010'], '8': ['111', '101', '111', '101', '111'],
  '9': ['111', '101', '111', '001', '111'], '-': ['000', '000', '111', '000', '000'], '.': ['000', '000', '000', '000', '010'],
};

type Rgb = [number, number, number];
const rgb = (hex: string): Rgb => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;

/**
 * The same chart as a PNG (pngjs, loaded with the rest of the Word writer): bars, grid, guide lines and the numbers.
 * Word shows it only where it cannot draw SVG; the unit names are in the score table just above.
 */
export async function chartPng(c: ChartInput): Promise<Uint8Array> {
  const mod = await import('pngjs');
  const { PNG } = (mod as unknown as { default?: typeof mod }).default ?? mod;
  const l = chartLayout(c);
  const png = new PNG({ width: l.width, height: l.height });
  png.data.fill(255);
  const put = (x: number, y: number, [r, g, b]: Rgb) => {
    const xi = Math.round(x), yi = Math.round(y);
    if (xi < 0 || yi < 0 || xi >= l.width || yi >= l.height) return;
    const i = (yi * l.width + xi) * 4;
    png.data[i] = r;
    png.data[i + 1] = g;
    png.data[i + 2] = b;
    png.data[i + 3] = 255;
  };
  const rect = (x: number, y: number, w: number, h: number, color: Rgb) => {
    for (let yy = Math.round(y); yy < Math.round(y + h); yy++) {
      for (let xx = Math.round(x); xx < Math.round(x + w); xx++) put(xx, yy, color);
    }
  };
  const text = (s: string, x: number, y: number, color: Rgb, align: 'left' | 'center' = 'left') => {
    const scale = 2;
    const width = s.length * 4 * scale - scale;
    let cx = align === 'center' ? x - width / 2 : x;
    for (const ch of s) {
      (GLYPHS[ch] ?? []).forEach((row, ry) =>
        [...row].forEach((bit, rx) => bit === '1' && rect(cx + rx * scale, y + ry * scale, scale, scale, color)));
      cx += 4 * scale;
    }
  };
  const bottom = l.top + l.rowHeight * Math.max(1, c.bars.length);
  for (const t of ticks(l)) {
    rect(xOf(l, t), l.top, 1, bottom - l.top, rgb('#D9D9D9'));
    text(String(t), xOf(l, t), bottom + 6, [0, 0, 0], 'center');
  }
  c.bars.forEach((b, i) => {
    const y = l.top + i * l.rowHeight + (l.rowHeight - l.barHeight) / 2;
    rect(xOf(l, Math.min(0, b.value)), y, Math.abs(b.value) * l.scale, l.barHeight, rgb(BAR_COLOR));
    text(String(b.value), xOf(l, Math.max(0, b.value)) + 4, y + 3, [0, 0, 0]);
  });
  for (const g of c.lines) {
    for (let y = l.top - 4; y < bottom; y += 10) rect(xOf(l, g.value) - 1, y, 2, 6, rgb(g.color));
  }
  rect(l.zero, l.top, 1, bottom - l.top, [0, 0, 0]);
  return new Uint8Array(PNG.sync.write(png));
}
