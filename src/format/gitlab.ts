import { createHash } from 'node:crypto';
import type { Diagnostic, Severity } from '../model/diagnostic.js';
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
 * Stable, unique fingerprints: the MD5 of file, rule, line, column and
 * message; a finding identical to an earlier one hashes with `#2`, `#3`, ….
 */
export function fingerprints(diagnostics: readonly Diagnostic[]): string[] {
  const used = new Set<string>();
  return diagnostics.map((d) => {
    const key = JSON.stringify([d.file, d.rule, d.line, d.column, d.message]);
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
    location: { path: d.file, lines: { begin: d.line } },
  }));
  return JSON.stringify(issues, null, 2) + '\n';
}
