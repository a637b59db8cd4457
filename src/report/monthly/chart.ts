import type { UnitScore } from '../../assess/score.js';

/**
 * A Mermaid string literal: no way to escape `"` inside one, so it becomes `'`; line breaks become spaces;
 * `%` becomes the full-width `％`, since Mermaid reads `%%{…}%%` directives and `%%` comments even inside quotes.
 */
export function quoted(s: string): string {
  return `"${s.replace(/\r\n|\r|\n|\u2028|\u2029/g, ' ').replace(/"/g, "'").replace(/%/g, '％').trim()}"`;
}

/** A Mermaid xychart of the scores in table order; labels are quoted (Mermaid rejects bare CJK labels). */
export function scoreChart(units: readonly UnitScore[], title: string, axis: string, rewardAt: number): string {
  const scores = units.map((u) => u.score);
  // The axis starts at 0 (or below the lowest score) and clears the reward line, so bars compare honestly.
  const low = Math.min(0, Math.floor(Math.min(...scores, 0) / 10) * 10);
  const high = Math.ceil(Math.max(...scores, rewardAt, 1) / 10) * 10;
  return [
    '```mermaid',
    'xychart-beta',
    `    title ${quoted(title)}`,
    `    x-axis [${units.map((u) => quoted(u.unit)).join(', ')}]`,
    `    y-axis ${quoted(axis)} ${low} --> ${high}`,
    `    bar [${scores.join(', ')}]`,
    '```',
  ].join('\n');
}
