import { describe, expect, test } from 'vitest';
import { formatDiagnostics, formatNames, isFormatName } from '../../../src/format/index.js';
import { formatGithub } from '../../../src/format/github.js';
import { formatGitlab } from '../../../src/format/gitlab.js';
import { formatJson } from '../../../src/format/json.js';
import { formatSarif } from '../../../src/format/sarif.js';
import { formatStylish } from '../../../src/format/stylish.js';
import { diag, makeInput } from './fixtures.js';

describe('formatDiagnostics', () => {
  test('format names', () => {
    expect(formatNames).toEqual(['stylish', 'json', 'github', 'gitlab', 'sarif']);
    expect(isFormatName('sarif')).toBe(true);
    expect(isFormatName('table')).toBe(false);
  });

  const input = makeInput([diag(), diag({ line: 2, severity: 'warning', rule: 'stale' })]);
  test.each([
    ['stylish', formatStylish],
    ['json', formatJson],
    ['github', formatGithub],
    ['gitlab', formatGitlab],
    ['sarif', formatSarif],
  ] as const)('%s dispatches', (kind, fn) => {
    const out = formatDiagnostics(kind, input);
    expect(out).toBe(fn(input));
    expect(out.endsWith('\n')).toBe(true);
  });
});
