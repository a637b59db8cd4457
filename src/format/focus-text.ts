import { messages } from '../i18n/index.js';
import type { Lang, RenderedDiagnostic as Diagnostic } from '../model/diagnostic.js';

/** Findings `check` did not show: outside the given paths, or warnings and infos under --quiet. */
export interface Hidden {
  outside: number;
  outsideErrors: number;
  quieted: number;
}

/** The lines under the summary that say what was not shown (none when nothing was hidden). */
export function hiddenLines(h: Hidden | undefined, lang: Lang): string[] {
  if (!h) return [];
  const t = messages(lang).focus;
  return [
    ...(h.outside > 0 ? [t.outside(h.outside, h.outsideErrors)] : []),
    ...(h.quieted > 0 ? [t.quieted(h.quieted)] : []),
  ];
}

/** Files changed since the --base revision, whose findings are listed first. */
export interface Changed {
  rev: string;
  files: ReadonlySet<string>;
}

export function changedHeading(rev: string, lang: Lang): string {
  return messages(lang).focus.changedHeading(rev);
}

export function elsewhereHeading(lang: Lang): string {
  return messages(lang).focus.elsewhereHeading;
}

export function nothingInChange(lang: Lang): string {
  return messages(lang).focus.nothingInChange;
}

export function splitByChange(diagnostics: readonly Diagnostic[], changed: Changed): [Diagnostic[], Diagnostic[]] {
  const inChange = (d: Diagnostic) => changed.files.has(d.file);
  return [diagnostics.filter(inChange), diagnostics.filter((d) => !inChange(d))];
}
