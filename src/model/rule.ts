import type { Message, MessageId } from '../i18n/index.js';
import type { Diagnostic, Severity } from './diagnostic.js';
import type { PathSegment, Pos, SourceFile } from './zone.js';

type Said = { zh: string; en: string };

/** What the catalog knows of a rule: written once, read by the engine, SARIF, `--help` and docs/rules/. */
export interface RuleInfo {
  id: string;
  severity: Severity;
  /** Messages this rule reports at another severity than its own (a notice beside its warnings). */
  severities?: Partial<Record<MessageId, Severity>>;
  /** What the rule finds, in one line. */
  description: Said;
  /** What to do about a finding, in a few sentences for the person who edits the file. */
  help: Said;
}

/** The rule's finding at a position: the rule's id and severity are stamped here, never by the caller. */
export function finding(rule: RuleInfo, file: string, pos: Pos, m: Message): Diagnostic {
  const severity = rule.severities?.[m.id] ?? rule.severity;
  return { file, ...pos, severity, rule: rule.id, messageId: m.id, data: m.data };
}

/** How a rule reports: on a value (or key) of a parsed file, or at a bare position of a file. */
export interface Reporter {
  (file: SourceFile, path: readonly PathSegment[], m: Message, where?: 'key' | 'value'): void;
  atPos(file: string, pos: Pos, m: Message): void;
}

/** A reporter that stamps `rule` on what it collects into `out`. */
export function reporter(rule: RuleInfo, out: Diagnostic[]): Reporter {
  const report = (file: SourceFile, path: readonly PathSegment[], m: Message, where: 'key' | 'value' = 'value') => {
    out.push(finding(rule, file.path, file.locate(path, where), m));
  };
  report.atPos = (file: string, pos: Pos, m: Message) => {
    out.push(finding(rule, file, pos, m));
  };
  return report;
}
