import { describe, expect, it } from 'vitest';
import { fingerprints, stableText } from '../../../src/format/gitlab.js';
import { messages } from '../../../src/i18n/index.js';
import type { RenderedDiagnostic as Diagnostic } from '../../../src/model/diagnostic.js';

const at = (message: string): Diagnostic => ({ file: 'lists/projects/x.yaml', line: 9, column: 10, severity: 'warning', rule: 'overdue', message });
const one = (message: string) => fingerprints([at(message)])[0];

describe('GitLab fingerprints blank only the numbers wuzhong writes', () => {
  it.each(['zh-CN', 'en'] as const)('%s: the day count and date change nothing; digits in a title tell milestones apart', (lang) => {
    const t = messages(lang);
    expect(one(t.overdueMilestone('1号楼主体封顶', '2026-10-31', 26))).toBe(one(t.overdueMilestone('1号楼主体封顶', '2026-11-30', 27)));
    expect(one(t.overdueMilestone('1号楼主体封顶', '2026-10-31', 26))).not.toBe(one(t.overdueMilestone('2号楼主体封顶', '2026-10-31', 26)));
  });

  it('keeps quoted text whole and blanks the rest', () => {
    expect(stableText('节点“1号楼主体封顶”已逾期 26 天（时限 2026-10-31）')).toBe('节点“1号楼主体封顶”已逾期 # 天（时限 #-#-#）');
    expect(stableText('milestone "Block 2 roof" is 3 days overdue (due 2026-10-31)')).toBe('milestone "Block 2 roof" is # days overdue (due #-#-#)');
    expect(stableText('2026-10 进度 62% 低于时序进度 68.1%')).toBe('#-# 进度 #% 低于时序进度 #%');
  });
});
