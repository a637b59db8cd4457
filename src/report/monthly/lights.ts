import type { Lang } from '../../model/diagnostic.js';
import { escapeCell as cell } from '../../text/markdown.js';
import { statusText } from '../status-view.js';
import type { ItemProgress, MonthlyReport } from './model.js';

/**
 * docs/supervisors.md: the overview's count of the 红黄绿灯 as of D, and what each light means.
 * The light is a word, so it reads in plain text and on every Git server, in colour or not.
 */
export function lightsParagraph(r: MonthlyReport, lang: Lang): string {
  const s = statusText(lang);
  const { red, yellow, green } = r.lights;
  const { yellowDays, behindPoints } = r.lightSettings;
  return cell(`${s.reportCounts(r.asOf, s.counts(red, yellow, green))}${s.sentenceSep}${s.rules(yellowDays, behindPoints)}`);
}

/** The light column's header placed after the item column of a per-list table. */
export function withLightColumn(header: readonly string[], lang: Lang): string[] {
  return [header[0]!, statusText(lang).column, ...header.slice(1)];
}

export function lightCell(p: ItemProgress, lang: Lang): string {
  const s = statusText(lang);
  return p.light === undefined ? s.noLight : s.light[p.light];
}
