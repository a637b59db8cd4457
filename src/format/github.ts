import { summarize, type RenderedDiagnostic as Diagnostic, type Severity } from '../model/diagnostic.js';
import { hiddenLines, splitByChange } from './focus-text.js';
import { formatText, hasProblems, severityLabel, summaryText } from './labels.js';
import type { FormatInput } from './types.js';
import { escapeCell } from '../text/markdown.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** Escapes the message of a workflow command, as @actions/core does. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value of a workflow command, as @actions/core does. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** GitHub Actions workflow commands, one annotation per finding. */
export function formatGithub(input: FormatInput): string {
  return input.diagnostics
    .map((d) => {
      const props = [
        `file=${escapeProperty((input.repoPrefix ?? '') + d.file)}`,
        `line=${d.line}`,
        `col=${d.column}`,
        `title=${escapeProperty(`wuzhong(${d.rule})`)}`,
      ].join(',');
      return `::${COMMAND[d.severity]} ${props}::${escapeData(d.message)}\n`;
    })
    .join('');
}

const ICON: Record<Severity, string> = { error: '❌', warning: '⚠️', info: 'ℹ️' };

/** GitHub limits a step summary to 1 MiB; stay well below it. */
const SUMMARY_BUDGET = 900 * 1024;

/** Markdown for `$GITHUB_STEP_SUMMARY`: heading, counts and a table of every finding. */
export function githubStepSummary(input: FormatInput): string {
  const { lang } = input;
  const t = formatText(lang);
  const s = summarize(input.files, input.diagnostics);
  const out: string[] = [
    t.summaryHeading,
    '',
    t.asOf(input.asOf),
    '',
    t.countsHeader,
    '| ---: | ---: | ---: | ---: |',
    `| ${s.files} | ${s.errors} | ${s.warnings} | ${s.infos} |`,
    '',
    `${s.errors > 0 ? '❌' : hasProblems(s) ? '⚠️' : '✅'} ${summaryText(s, lang)}`,
  ];
  out.push(...hiddenLines(input.hidden, lang).flatMap((l) => ['', escapeCell(l)]));
  const budget = { bytes: new TextEncoder().encode(out.join('\n')).length, left: 0 };
  if (input.changed) {
    // A reviewer reads their own pull request's findings first; the rest of the zone comes after.
    const [mine, rest] = splitByChange(input.diagnostics, input.changed);
    out.push('', t.inPullRequest, '');
    if (mine.length === 0) out.push(t.noFindings);
    summaryTable(out, mine, input, budget);
    if (rest.length > 0) {
      out.push('', t.elsewhere, '');
      summaryTable(out, rest, input, budget);
    }
  } else if (input.diagnostics.length > 0) {
    out.push('');
    summaryTable(out, input.diagnostics, input, budget);
  }
  if (budget.left > 0) {
    out.push('', t.notListed(budget.left));
  }
  return out.join('\n') + '\n';
}

/** Appends a findings table to `out` while the summary stays under its size budget; counts what did not fit. */
function summaryTable(
  out: string[],
  list: readonly Diagnostic[],
  input: FormatInput,
  budget: { bytes: number; left: number },
): void {
  if (list.length === 0) return;
  const head = [formatText(input.lang).findingsHeader, '| --- | --- | --- | --- |'];
  out.push(...head);
  budget.bytes += new TextEncoder().encode(head.join('\n')).length + 2;
  for (const d of list) {
    const row = `| ${escapeCell(`${input.repoPrefix ?? ''}${d.file}:${d.line}:${d.column}`)} | ${ICON[d.severity]} ${severityLabel(d.severity, input.lang)} | ${escapeCell(d.rule)} | ${escapeCell(d.message)} |`;
    budget.bytes += new TextEncoder().encode(row).length + 1;
    if (budget.bytes > SUMMARY_BUDGET) budget.left++;
    else out.push(row);
  }
}
