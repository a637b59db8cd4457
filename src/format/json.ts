import { summarize, type Severity, type Summary } from '../model/diagnostic.js';
import type { FormatInput } from './types.js';

export interface JsonDiagnostic {
  file: string;
  line: number;
  column: number;
  severity: Severity;
  rule: string;
  message: string;
  endColumn?: number;
}

export interface JsonReport {
  asOf: string;
  summary: Summary;
  diagnostics: JsonDiagnostic[];
  /** Findings not shown (outside the given paths, or hidden by --quiet); present only when some were. */
  hidden?: { outside: number; quiet: number };
}

/** The docs/ci.md object of `check --format json`. */
function jsonReport(input: FormatInput): JsonReport {
  const s = summarize(input.files, input.diagnostics);
  const h = input.hidden;
  const report: JsonReport = {
    asOf: input.asOf,
    summary: { files: s.files, errors: s.errors, warnings: s.warnings, infos: s.infos },
    diagnostics: input.diagnostics.map((d) => {
      const out: JsonDiagnostic = {
        file: d.file,
        line: d.line,
        column: d.column,
        severity: d.severity,
        rule: d.rule,
        message: d.message,
      };
      if (d.endColumn !== undefined) out.endColumn = d.endColumn;
      return out;
    }),
  };
  if (h && h.outside + h.quieted > 0) report.hidden = { outside: h.outside, quiet: h.quieted };
  return report;
}

export function formatJson(input: FormatInput): string {
  return JSON.stringify(jsonReport(input), null, 2) + '\n';
}
