import { describe, expect, it } from 'vitest';
import { documentNumber, issueNumber } from '../../../src/model/documents.js';
import { minimalConfig, runCli, writeTree } from '../../helpers.js';

describe('documents: (the Word 通报 settings)', () => {
  it('counts the issue from firstMonth, else the month number; --issue wins', () => {
    expect(issueNumber('2025-10', { issuer: '专班', firstMonth: '2025-03' })).toBe(8);
    expect(issueNumber('2026-02', { issuer: '专班', firstMonth: '2025-11' })).toBe(4);
    expect(issueNumber('2025-10', undefined)).toBe(10);
    expect(issueNumber('2025-10', { issuer: '专班', firstMonth: '2025-11' })).toBe(10);
    expect(issueNumber('2025-10', { issuer: '专班', firstMonth: '2025-03' }, 3)).toBe(3);
    expect(documentNumber('高新督〔{year}〕{n}号', '2025-10', 8)).toBe('高新督〔2025〕8号');
    expect(documentNumber(undefined, '2025-10', 8)).toBeUndefined();
  });

  it('a number pattern without {n} and an empty requirement are schema errors at their lines', async () => {
    const dir = writeTree({
      'wuzhong.yaml': `${minimalConfig}documents:\n  issuer: 专班\n  number: 高新督〔2025〕号\n`,
      'assessments/2026-10.yaml': 'requirements:\n  - 按时报送\n  - " "\n',
    });
    const r = await runCli(['--repo', dir, 'check', '--as-of', '2026-11-26', '--format', 'json']);
    type Found = { diagnostics: { file: string; line: number; rule: string; message: string }[] };
    const found = (JSON.parse(r.stdout) as Found).diagnostics.map((d) => [d.file, d.line, d.rule, d.message]);
    expect(found).toEqual([
      ['assessments/2026-10.yaml', 3, 'schema', expect.any(String)],
      ['wuzhong.yaml', 6, 'schema', '发文字号“高新督〔2025〕号”中没有{n}（期数），如 高新督〔{year}〕{n}号'],
    ]);
  });
});
