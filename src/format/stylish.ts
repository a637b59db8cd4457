import { summarize, type RenderedDiagnostic as Diagnostic, type Severity } from '../model/diagnostic.js';
import { hasProblems, severityLabel, summaryText } from './labels.js';
import { sanitize } from '../text/sanitize.js';
import { changedHeading, elsewhereHeading, hiddenLines, nothingInChange, splitByChange } from './focus-text.js';
import type { Colors, FormatInput } from './types.js';
import { caretMarker, caretPadding, displayWidth, padEndWidth } from '../text/width.js';

const GUTTER = '    | ';

function paint(colors: Colors, severity: Severity, s: string): string {
  return severity === 'error' ? colors.red(s) : severity === 'warning' ? colors.yellow(s) : colors.blue(s);
}

function groupByFile(diagnostics: readonly Diagnostic[]): Map<string, Diagnostic[]> {
  const groups = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const group = groups.get(d.file);
    if (group) group.push(d);
    else groups.set(d.file, [d]);
  }
  return groups;
}

/** The source line and the caret under the finding, or nothing if the line is unknown. */
function codeFrame(d: Diagnostic, input: FormatInput): string[] {
  const raw = input.sourceLine(d.file, d.line);
  if (raw === undefined) return [];
  const full = sanitize(raw.replace(/\r?\n?$/, ''));
  if (full.trim() === '' && d.column <= 1) return [];
  const { line, column, endColumn } = clip(full, d.column, d.endColumn);
  const { colors } = input;
  const gutter = colors.gray(GUTTER);
  const marker = caretMarker(line, column, endColumn);
  return [
    gutter + line,
    gutter + caretPadding(line, column) + paint(colors, d.severity, colors.bold(marker)),
  ];
}

/** Characters shown around the column of a very long line (a minified or pasted line would flood the terminal). */
const CONTEXT = 60;

/** A window of a long line around the column, with … where text was cut; columns shift to match. */
function clip(line: string, column: number, endColumn?: number): { line: string; column: number; endColumn?: number } {
  if (line.length <= CONTEXT * 2) return { line, column, endColumn };
  const from = Math.max(0, column - 1 - CONTEXT);
  const to = Math.min(line.length, column - 1 + CONTEXT);
  const head = from > 0 ? '…' : '';
  const shift = from - head.length;
  const end = endColumn === undefined ? undefined : Math.min(endColumn, to + 1) - shift;
  return { line: head + line.slice(from, to) + (to < line.length ? '…' : ''), column: column - shift, ...(end === undefined ? {} : { endColumn: end }) };
}

function fileBlock(file: string, list: Diagnostic[], input: FormatInput): string[] {
  const { colors, lang } = input;
  const positions = list.map((d) => `${d.line}:${d.column}`);
  const posWidth = positions.reduce((w, p) => Math.max(w, p.length), 0);
  const sevWidth = list.reduce((w, d) => Math.max(w, displayWidth(severityLabel(d.severity, lang))), 0);
  const out = [colors.underline(sanitize(file))];
  list.forEach((d, i) => {
    const label = padEndWidth(severityLabel(d.severity, lang), sevWidth);
    out.push(
      '  ' +
        colors.dim(positions[i]!.padStart(posWidth)) +
        '  ' +
        paint(colors, d.severity, label) +
        '  ' +
        sanitize(d.message) +
        '  ' +
        colors.gray(sanitize(d.rule)),
      ...codeFrame(d, input),
    );
  });
  return out;
}

/** ESLint-like report for people: findings grouped by file, each with its source line and a caret. */
export function formatStylish(input: FormatInput): string {
  const { colors, lang, changed } = input;
  const summary = summarize(input.files, input.diagnostics);
  const lines: string[] = [];
  const blocks = (list: readonly Diagnostic[]) => {
    for (const [file, group] of groupByFile(list)) lines.push(...fileBlock(file, group, input), '');
  };
  if (changed) {
    // The person's own change first, so their finding is not buried under other units' warnings.
    const [mine, rest] = splitByChange(input.diagnostics, changed);
    lines.push(colors.bold(`== ${sanitize(changedHeading(changed.rev, lang))} ==`), '');
    if (mine.length === 0) lines.push(`  ${nothingInChange(lang)}`, '');
    blocks(mine);
    if (rest.length > 0) {
      lines.push(colors.bold(`== ${elsewhereHeading(lang)} ==`), '');
      blocks(rest);
    }
  } else blocks(input.diagnostics);
  const text = summaryText(summary, lang);
  if (hasProblems(summary)) {
    const paintSummary = summary.errors > 0 ? colors.red : colors.yellow;
    lines.push(paintSummary(colors.bold(`✖ ${text}`)));
  } else {
    lines.push(colors.bold(`✔ ${text}`));
  }
  lines.push(...hiddenLines(input.hidden, lang).map((l) => colors.dim(l)));
  return lines.join('\n') + '\n';
}
