// Wording of check's output formats (src/format/: labels.ts, github.ts, sarif.ts), Chinese.
import type { Severity, Summary } from '../model/diagnostic.js';

/** What the check formats say besides the findings, in one output language (en-format.ts implements it). */
export interface FormatText {
  severity: Record<Severity, string>;
  /** The closing sentence of a report with errors or warnings, without its ✖/✔ mark. */
  problems(s: Summary, total: number): string;
  /** The closing sentence when nothing but notes (or nothing at all) was found. */
  passed(s: Summary): string;
  /** `$GITHUB_STEP_SUMMARY` */
  summaryHeading: string;
  asOf(asOf: string): string;
  countsHeader: string;
  inPullRequest: string;
  noFindings: string;
  elsewhere: string;
  notListed(left: number): string;
  findingsHeader: string;
  /** SARIF: where a rule's page is, after its help text. */
  rulePage(rule: string): string;
}

export const zhFormat: FormatText = {
  severity: { error: '错误', warning: '警告', info: '提示' },
  problems: (s, total) =>
    `共${total}个问题（${s.errors}个错误，${s.warnings}个警告，${s.infos}个提示），检查了${s.files}个文件`,
  passed: (s) =>
    s.infos > 0
      ? `${s.files}个文件检查通过，没有错误或警告，另有${s.infos}条提示`
      : `${s.files}个文件检查通过，未发现问题`,
  summaryHeading: '## wuzhong 检查结果',
  asOf: (asOf) => `截至${asOf}`,
  countsHeader: '| 文件 | 错误 | 警告 | 提示 |',
  inPullRequest: '### 本次拉取请求中',
  noFindings: '没有发现问题。',
  elsewhere: '### 园区其他文件',
  notListed: (left) => `……另有${left}条未列出（超出摘要大小限制）`,
  findingsHeader: '| 位置 | 级别 | 规则 | 说明 |',
  rulePage: (rule) => `规则说明见 wuzhong 的 docs/rules/${rule}.md`,
};
