import { summarize, type Severity } from '../model/diagnostic.js';
import { hasProblems, severityLabel, summaryText } from './labels.js';
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
  const zh = lang === 'zh-CN';
  const s = summarize(input.files, input.diagnostics);
  const out: string[] = [
    zh ? '## wuzhong 检查结果' : '## wuzhong check results',
    '',
    zh ? `截至 ${input.asOf}` : `As of ${input.asOf}`,
    '',
    zh ? '| 文件 | 错误 | 警告 | 提示 |' : '| Files | Errors | Warnings | Infos |',
    '| ---: | ---: | ---: | ---: |',
    `| ${s.files} | ${s.errors} | ${s.warnings} | ${s.infos} |`,
    '',
    `${s.errors > 0 ? '❌' : hasProblems(s) ? '⚠️' : '✅'} ${summaryText(s, lang)}`,
  ];
  if (input.diagnostics.length > 0) {
    out.push(
      '',
      zh ? '| 位置 | 级别 | 规则 | 说明 |' : '| Location | Severity | Rule | Message |',
      '| --- | --- | --- | --- |',
    );
    let bytes = new TextEncoder().encode(out.join('\n')).length;
    let shown = 0;
    for (const d of input.diagnostics) {
      const row = `| ${escapeCell(`${input.repoPrefix ?? ''}${d.file}:${d.line}:${d.column}`)} | ${ICON[d.severity]} ${severityLabel(d.severity, lang)} | ${escapeCell(d.rule)} | ${escapeCell(d.message)} |`;
      bytes += new TextEncoder().encode(row).length + 1;
      if (bytes > SUMMARY_BUDGET) break;
      out.push(row);
      shown++;
    }
    const rest = input.diagnostics.length - shown;
    if (rest > 0) {
      out.push('', zh ? `……另有 ${rest} 条未列出（超出摘要大小限制）` : `… ${rest} more not listed (summary size limit)`);
    }
  }
  return out.join('\n') + '\n';
}
