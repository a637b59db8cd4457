import { render, type Lang, type MessageArg, type MessageId } from '../i18n/index.js';

export type { Lang };

/** One finding of `check`: positions are 1-based, paths relative to the zone root with `/`. */
export type Severity = 'error' | 'warning' | 'info';

interface Located {
  file: string;
  line: number;
  column: number;
  /** 1-based column just past the offending value on the same line (for carets); optional. */
  endColumn?: number;
  severity: Severity;
  rule: string;
}

/** A finding as the core makes it: what and where, with the wording left to the output language. */
export interface Diagnostic extends Located {
  messageId: MessageId;
  data: readonly MessageArg[];
}

/** A finding worded in the output language, as the formatters print it. */
export interface RenderedDiagnostic extends Located {
  message: string;
}


/** One finding worded in `lang`. */
export function renderDiagnostic({ messageId, data, ...rest }: Diagnostic, lang: Lang): RenderedDiagnostic {
  return { ...rest, message: render({ id: messageId, data }, lang) };
}

/** Words every finding in `lang` and puts them in stable order. */
export function renderDiagnostics(diagnostics: readonly Diagnostic[], lang: Lang): RenderedDiagnostic[] {
  return diagnostics.map((d) => renderDiagnostic(d, lang)).sort(compareDiagnostics);
}

const severityOrder: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Stable order: file (code points), line, column, rule, message. */
export function compareDiagnostics(a: RenderedDiagnostic, b: RenderedDiagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  if (a.line !== b.line) return a.line - b.line;
  if (a.column !== b.column) return a.column - b.column;
  if (a.severity !== b.severity) return severityOrder[a.severity] - severityOrder[b.severity];
  if (a.rule !== b.rule) return a.rule < b.rule ? -1 : 1;
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}

export interface Summary {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
}

export function summarize(files: number, diagnostics: readonly { severity: Severity }[]): Summary {
  const s: Summary = { files, errors: 0, warnings: 0, infos: 0 };
  for (const d of diagnostics) {
    if (d.severity === 'error') s.errors++;
    else if (d.severity === 'warning') s.warnings++;
    else s.infos++;
  }
  return s;
}
