/** One finding of `check`: positions are 1-based, paths relative to the zone root with `/`. */
export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  file: string;
  line: number;
  column: number;
  /** 1-based column just past the offending value on the same line (for carets); optional. */
  endColumn?: number;
  severity: Severity;
  rule: string;
  message: string;
}

export type Lang = 'zh-CN' | 'en';

const severityOrder: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Stable order: file (code points), line, column, rule, message. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
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

export function summarize(files: number, diagnostics: readonly Diagnostic[]): Summary {
  const s: Summary = { files, errors: 0, warnings: 0, infos: 0 };
  for (const d of diagnostics) {
    if (d.severity === 'error') s.errors++;
    else if (d.severity === 'warning') s.warnings++;
    else s.infos++;
  }
  return s;
}
