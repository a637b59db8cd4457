import { enFormat } from '../i18n/en-format.js';
import { zhFormat, type FormatText } from '../i18n/zh-format.js';
import type { Lang, Severity, Summary } from '../model/diagnostic.js';

/** The check formats' words: src/i18n/zh-format.ts and en-format.ts. */
export function formatText(lang: Lang): FormatText {
  return lang === 'zh-CN' ? zhFormat : enFormat;
}

export function severityLabel(severity: Severity, lang: Lang): string {
  return formatText(lang).severity[severity];
}

/** True when the run has errors or warnings (infos alone are a pass). */
export function hasProblems(s: Summary): boolean {
  return s.errors + s.warnings > 0;
}

/** The closing sentence of a report, without its ✖/✔ mark. */
export function summaryText(s: Summary, lang: Lang): string {
  const t = formatText(lang);
  return hasProblems(s) ? t.problems(s, s.errors + s.warnings + s.infos) : t.passed(s);
}
