// The score chart of the Word report, drawn by hand: an SVG (Word 2016+, WPS) and the same bars as a PNG for
// older readers. One layout feeds both, so they never disagree.

export interface Bar {
  label: string;
  value: number;
}

export interface ChartInput {
  title: string;
  bars: readonly Bar[];
  /** Vertical guides: the reward and warning lines. */
  lines: readonly { value: number; color: string }[];
}

export interface Layout {
  width: number;
  height: number;
  /** x of the value 0 and pixels per point. */
  zero: number;
  scale: number;
  plotLeft: number;
  plotRight: number;
  top: number;
  rowHeight: number;
  barHeight: number;
  low: number;
  high: number;
}

export const BAR_COLOR = '#2F5597';
const WIDTH = 600;
const LABEL_WIDTH = 150;
const RIGHT_PAD = 50;
const TOP = 40;
const ROW = 26;
const BAR = 16;
const BOTTOM = 30;

/** Horizontal bars in the given order (the ranking); the axis starts at 0 (or below the lowest score). */
export function chartLayout(c: ChartInput): Layout {
  const values = [...c.bars.map((b) => b.value), ...c.lines.map((l) => l.value)];
  const low = Math.min(0, Math.floor(Math.min(0, ...values) / 10) * 10);
  const high = Math.max(10, Math.ceil(Math.max(1, ...values) / 10) * 10);
  const plotLeft = LABEL_WIDTH;
  const plotRight = WIDTH - RIGHT_PAD;
  const scale = (plotRight - plotLeft) / (high - low);
  return {
    width: WIDTH, height: TOP + ROW * Math.max(1, c.bars.length) + BOTTOM, zero: plotLeft - low * scale, scale,
    plotLeft, plotRight, top: TOP, rowHeight: ROW, barHeight: BAR, low, high,
  };
}

/** The x of a value. */
export const xOf = (l: Layout, v: number) => l.zero + v * l.scale;

/** Axis ticks every 10, 20 or 50 points, whichever keeps them at most 12. */
export function ticks(l: Layout): number[] {
  const step = [10, 20, 50, 100, 200].find((s) => (l.high - l.low) / s <= 12) ?? 500;
  const out: number[] = [];
  for (let v = Math.ceil(l.low / step) * step; v <= l.high; v += step) out.push(v);
  return out;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const n = (x: number) => String(Math.round(x * 10) / 10);

/** The chart as SVG 1.1 text; CJK labels in 宋体 (SimSun) with a generic fallback. */
export function chartSvg(c: ChartInput): string {
  const l = chartLayout(c);
  const font = "font-family=\"SimSun, 'Songti SC', 'Noto Serif CJK SC', serif\"";
  const bottom = l.top + l.rowHeight * Math.max(1, c.bars.length);
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${l.width}" height="${l.height}" viewBox="0 0 ${l.width} ${l.height}">`,
    `<rect x="0" y="0" width="${l.width}" height="${l.height}" fill="#FFFFFF"/>`,
    `<text x="${l.width / 2}" y="22" text-anchor="middle" font-size="16" ${font}>${esc(c.title)}</text>`,
  ];
  for (const t of ticks(l)) {
    const x = n(xOf(l, t));
    parts.push(`<line x1="${x}" y1="${l.top}" x2="${x}" y2="${bottom}" stroke="#D9D9D9" stroke-width="1"/>`);
    parts.push(`<text x="${x}" y="${bottom + 16}" text-anchor="middle" font-size="11" ${font}>${t}</text>`);
  }
  c.bars.forEach((b, i) => {
    const y = l.top + i * l.rowHeight + (l.rowHeight - l.barHeight) / 2;
    const x0 = xOf(l, Math.min(0, b.value));
    const w = Math.abs(b.value) * l.scale;
    parts.push(`<text x="${l.plotLeft - 8}" y="${n(y + l.barHeight - 3)}" text-anchor="end" font-size="13" ${font}>${esc(b.label)}</text>`);
    parts.push(`<rect x="${n(x0)}" y="${n(y)}" width="${n(w)}" height="${l.barHeight}" fill="${BAR_COLOR}"/>`);
    const tx = xOf(l, Math.max(0, b.value)) + 4;
    parts.push(`<text x="${n(tx)}" y="${n(y + l.barHeight - 3)}" font-size="12" ${font}>${b.value}</text>`);
  });
  for (const g of c.lines) {
    const x = n(xOf(l, g.value));
    parts.push(`<line x1="${x}" y1="${l.top - 4}" x2="${x}" y2="${bottom}" stroke="${g.color}" stroke-width="2" stroke-dasharray="6 4"/>`);
  }
  parts.push(`<line x1="${n(l.zero)}" y1="${l.top}" x2="${n(l.zero)}" y2="${bottom}" stroke="#000000" stroke-width="1"/>`);
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}
