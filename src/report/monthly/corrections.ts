import type { Correction } from '../../assess/closed.js';
import type { Lang } from '../../model/diagnostic.js';
import { CLOSED_TEXT } from '../closed-text.js';
import { escapeCell as cell, escapeInline as inline, table } from '../../text/markdown.js';

/** 更正说明: each correction's amendments (date, approver, reason) and the units it changed, from → to. */
export function correctionSection(corrections: readonly Correction[], month: string, lang: Lang): string[] {
  if (corrections.length === 0) return [];
  const t = CLOSED_TEXT[lang];
  const out = [`## ${t.heading}`, inline(t.intro(month))];
  corrections.forEach((c, i) => {
    if (corrections.length > 1) out.push(`### ${t.nth(i + 1)}`);
    out.push(c.amendments.map((a) => `- ${inline(t.amendment(a))}`).join('\n'));
    out.push(
      c.changes.length === 0
        ? t.noChange
        : table(t.changesHeader, c.changes.map((ch) => [
          cell(ch.unit), cell(t.standing(ch.from)), cell(t.standing(ch.to)),
        ])),
    );
  });
  return out;
}
