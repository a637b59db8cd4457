import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPORT_TEXT } from '../../../src/report/monthly/text.js';
import { exampleZone, runCli, tempDir } from '../../helpers.js';

/** The example zone copied, so the report can be written without touching the golden. */
const copy = () => {
  const dir = join(tempDir(), 'zone');
  cpSync(exampleZone, dir, { recursive: true });
  return dir;
};

describe('report wording', () => {
  it('English: the 约谈 tier is "called in" (never "warning", which check uses), and "expected progress by elapsed time"', async () => {
    const dir = copy();
    const r = await runCli(['--repo', dir, '--lang', 'en', 'report', '--month', '2025-10', '--no-commit']);
    expect(r.code).toBe(0);
    // The words a reader sees; the recorded result at the end is data and keeps the JSON values.
    const text = readFileSync(join(dir, 'reports', '2025-10.md'), 'utf8').replace(/\n<!-- wuzhong:result\n[\s\S]*$/, '\n');
    expect(text).toContain('| 8 | 建设局 | 90 | 0 | -10 | called in |');
    expect(text).toContain('a unit scoring below 95 is called in.');
    expect(text).toContain('| Rank | Unit | Score | Additions | Deductions | Tier |');
    expect(text).not.toMatch(/\bwarning\b/);
    expect(text).not.toMatch(/time progress/);
    expect(text).toContain('expected progress by elapsed time');
    // JSON keeps the documented value (docs/scoring.md).
    const json = JSON.parse((await runCli(['--repo', dir, 'score', '--month', '2025-10', '--format', 'json'])).stdout);
    expect(json.units.find((u: { unit: string }) => u.unit === '建设局').tier).toBe('warning');
  });

  it('Chinese: 时序进度 stays, the data is 清单数据, the tool is named only in an HTML comment', () => {
    const zh = REPORT_TEXT['zh-CN'];
    expect(zh.provenance).toBe('由 wuzhong 根据清单数据生成，请勿手工修改');
    expect(zh.intro('2026-10-01', '2026-10-31')).toBe('统计期间2026-10-01至2026-10-31；逾期天数、时序进度均按自然日计算至2026-10-31。');
    expect(zh.intro('2026-10-01', '2026-10-31')).not.toContain('wuzhong');
    expect(zh.progressHeader).toContain('完成 / 时序进度');
    expect(zh.tier.warning).toBe('约谈');
  });
});
