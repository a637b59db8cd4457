// Wording of check's output formats (src/format/: labels.ts, github.ts, sarif.ts), English.
import type { FormatText } from './zh-format.js';

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export const enFormat: FormatText = {
  severity: { error: 'error', warning: 'warning', info: 'note' },
  problems: (s, total) =>
    `${plural(total, 'problem', 'problems')} (${plural(s.errors, 'error', 'errors')}, ` +
    `${plural(s.warnings, 'warning', 'warnings')}, ${plural(s.infos, 'note', 'notes')}); ` +
    `${plural(s.files, 'file', 'files')} checked`,
  passed: (s) => {
    const checked = `${plural(s.files, 'file', 'files')} checked`;
    return s.infos > 0 ? `${checked}, no errors or warnings (${plural(s.infos, 'note', 'notes')})` : `${checked}, no problems`;
  },
  summaryHeading: '## wuzhong check results',
  asOf: (asOf) => `As of ${asOf}`,
  countsHeader: '| Files | Errors | Warnings | Infos |',
  inPullRequest: '### In this pull request',
  noFindings: 'No findings.',
  elsewhere: '### Elsewhere in the zone',
  notListed: (left) => `… ${left} more not listed (summary size limit)`,
  findingsHeader: '| Location | Severity | Rule | Message |',
  rulePage: (rule) => `see docs/rules/${rule}.md in wuzhong`,
};
