import type { Diagnostic } from '../model/diagnostic.js';

// The policy of overdue, score and report: no answer while the data has errors, a note for a month not yet over.

/**
 * The date the error gate checks at: the later of today (zone time) and the date the command looks at.
 * For a past month or date that is today, exactly what `check` says now; looking ahead (a future
 * `--as-of`, the current month's end) it agrees with `check --as-of` that date.
 */
export function gateDate(today: string, date: string): string {
  return date > today ? date : today;
}

/** The findings that stop a command: every error, so no item silently drops out of an assessment. */
export function blockingFindings(findings: readonly Diagnostic[]): Diagnostic[] {
  return findings.filter((d) => d.severity === 'error');
}

/** A month whose last day is today or later is not over: later updates can still change its result. */
export function monthUnfinished(lastDay: string, today: string): boolean {
  return lastDay >= today;
}
