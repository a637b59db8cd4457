import type { Tier, UnitScore } from '../../assess/score.js';
import type { Lang } from '../../model/diagnostic.js';
import { CHART_TEXT } from './chart-text.js';

/**
 * A Mermaid string literal: no way to escape `"` inside one, so it becomes `'`; line breaks become spaces;
 * `%` becomes the full-width `％`, since Mermaid reads `%%{…}%%` directives and `%%` comments even inside quotes.
 */
export function quoted(s: string): string {
  return `"${s.replace(/\r\n|\r|\n|\u2028|\u2029/g, ' ').replace(/"/g, "'").replace(/%/g, '％').trim()}"`;
}

/** The words a chart carries: its title, the score axis's name, and the caption under it. */
export interface ChartText {
  title: string;
  axis: string;
}

/** The thresholds the chart draws as lines. */
export interface ChartLines {
  rewardAt: number;
  warnAt: number;
}

/** Bar colour per tier, in the order the bar series are written; then the reward line's and the warning line's. */
export const TIER_ORDER: readonly Tier[] = ['reward', 'none', 'warning'];
export const CHART_COLOURS = {
  bar: { reward: '#43a047', none: '#78909c', warning: '#fb8c00' } satisfies Record<Tier, string>,
  rewardLine: '#1e88e5',
  warnLine: '#c62828',
} as const;

/** Height in px given to each unit's row: a 14 px label in a 30 px band leaves room at 8 and at 30 units. */
export const ROW = 30;
const WIDTH = 760;
/** Title and the score axis above the bars. */
const FRAME = 90;

/**
 * The score axis: from the largest multiple of 5 strictly below the lowest score (and the warning line),
 * to the smallest multiple of 5 strictly above the highest score (and the reward line). Every bar keeps a
 * visible length, both lines fall inside the plot, and differences of a few points show.
 */
export function scoreAxis(scores: readonly number[], lines: ChartLines): { low: number; high: number } {
  const low = Math.ceil(Math.min(...scores, lines.warnAt) / 5) * 5 - 5;
  const high = Math.floor(Math.max(...scores, lines.rewardAt) / 5) * 5 + 5;
  return { low, high };
}

/**
 * A Mermaid bar chart of the scores, one horizontal bar per unit in table order (first at the top), names on
 * the left. It is written for Mermaid 10.7 and later (GitLab, Gitea and GitHub all render it; see
 * docs/decisions.md): one bar series per tier, holding a unit's score where the unit is in that tier and a
 * value below the axis start elsewhere (a bar that is not drawn), so the tiers take the palette's colours;
 * the reward and warning lines are line series at a constant value, which xychart draws as vertical lines
 * across the bars. Size and colours go in the front matter's `config`, never in a `%%{init}%%` directive
 * (labels cannot carry `%`, see `quoted`).
 */
export function scoreChart(units: readonly UnitScore[], lines: ChartLines, text: ChartText): string {
  const { low, high } = scoreAxis(units.map((u) => u.score), lines);
  // Off the axis to the left: Mermaid draws every bar from the plot's edge, a little left of `low`, so a bar of
  // value `low` would still show a stub; one this far below has a negative length and is not drawn at all.
  const none = low - (high - low);
  const series = (tier: Tier) => units.map((u) => (u.tier === tier ? u.score : none)).join(', ');
  const constant = (value: number) => units.map(() => value).join(', ');
  const palette = [...TIER_ORDER.map((t) => CHART_COLOURS.bar[t]), CHART_COLOURS.rewardLine, CHART_COLOURS.warnLine];
  return [
    '```mermaid',
    '---',
    'config:',
    '  xyChart:',
    `    width: ${WIDTH}`,
    `    height: ${FRAME + ROW * units.length}`,
    '    xAxis:',
    '      labelFontSize: 14',
    '  themeVariables:',
    '    xyChart:',
    `      plotColorPalette: "${palette.join(', ')}"`,
    '---',
    'xychart-beta horizontal',
    `    title ${quoted(text.title)}`,
    `    x-axis [${units.map((u) => quoted(u.unit)).join(', ')}]`,
    `    y-axis ${quoted(text.axis)} ${low} --> ${high}`,
    ...TIER_ORDER.map((t) => `    bar [${series(t)}]`),
    `    line [${constant(lines.rewardAt)}]`,
    `    line [${constant(lines.warnAt)}]`,
    '```',
  ].join('\n');
}

/** The chart and its caption, for the report's assessment section; nothing when no unit is assessed. */
export function scoreFigure(units: readonly UnitScore[], lines: ChartLines, month: string, lang: Lang): string[] {
  if (units.length === 0) return [];
  const words = CHART_TEXT[lang];
  const { low } = scoreAxis(units.map((u) => u.score), lines);
  return [scoreChart(units, lines, words.text(month)), words.caption(lines, low)];
}
