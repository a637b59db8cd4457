import { createHash } from 'node:crypto';
import type { RenderedDiagnostic as Diagnostic, Severity } from '../model/diagnostic.js';
import type { FormatInput } from './types.js';

export type GitlabSeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker';

export interface GitlabIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: GitlabSeverity;
  location: { path: string; lines: { begin: number } };
}

const SEVERITY: Record<Severity, GitlabSeverity> = { error: 'major', warning: 'minor', info: 'info' };

function md5(s: string): string {
  return createHash('md5').update(s, 'utf8').digest('hex');
}

/**
 * The message with the numbers wuzhong itself writes (day counts, dates, percentages) blanked, while
 * quoted text from the data keeps its digits: “1号楼” and “2号楼” are different milestones.
 */
export function stableText(message: string): string {
  return message.replace(/(“[^”]*”|‘[^’]*’|"[^"]*")|\d+(\.\d+)?/g, (m, quoted: string | undefined) => quoted ?? '#');
}

/**
 * Fingerprints that survive unrelated edits, so GitLab can match a merge request's findings with the
 * target branch's: the MD5 of file, rule and the stable text of the message (the day count of an overdue
 * node grows daily, and lines shift when someone edits above); a repeat hashes with `#2`, `#3`, ….
 */
export function fingerprints(diagnostics: readonly Diagnostic[]): string[] {
  const used = new Set<string>();
  return diagnostics.map((d) => {
    const key = JSON.stringify([d.file, d.rule, stableText(d.message)]);
    let fp = md5(key);
    for (let n = 2; used.has(fp); n++) fp = md5(`${key}#${n}`);
    used.add(fp);
    return fp;
  });
}

/** GitLab Code Quality report (a JSON array). */
export function formatGitlab(input: FormatInput): string {
  const fps = fingerprints(input.diagnostics);
  const issues: GitlabIssue[] = input.diagnostics.map((d, i) => ({
    description: d.message,
    check_name: d.rule,
    fingerprint: fps[i]!,
    severity: SEVERITY[d.severity],
    location: { path: (input.repoPrefix ?? '') + d.file, lines: { begin: d.line } },
  }));
  return JSON.stringify(issues, null, 2) + '\n';
}
