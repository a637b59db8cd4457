import { describe, expect, it } from 'vitest';
import { changeText } from '../../../src/history/log-text.js';
import { zhQuote } from '../../../src/text/quote.js';

describe('Chinese quotes around titles that carry their own', () => {
  it('nests: the inner pair becomes ‘’, never ““…””', () => {
    expect(zhQuote('方案')).toBe('“方案”');
    expect(zhQuote('“五重”考核机制改革')).toBe('“‘五重’考核机制改革”');
    expect(zhQuote('关于‘三联’的“五重”')).toBe('“关于“三联”的‘五重’”');
  });

  it('log entries', () => {
    const created = changeText({ kind: 'created', title: '“五重”考核机制改革', due: '2026-12-31' }, 'zh-CN');
    expect(created).toBe('新建事项“‘五重’考核机制改革”，时限2026-12-31');
    expect(created).not.toMatch(/““|””/);
    for (const c of [
      changeText({ kind: 'milestone-added', milestone: '“管委会+公司”改革方案', due: '2026-12-31' }, 'zh-CN'),
      changeText({ kind: 'milestone-removed', milestone: '“管委会+公司”改革方案' }, 'zh-CN'),
      changeText({ kind: 'milestone-done', milestone: '“管委会+公司”改革方案', done: '2026-10-01', previous: null, days: 0 }, 'zh-CN'),
      changeText({ kind: 'milestone-undone', milestone: '“管委会+公司”改革方案', previous: '2026-10-01' }, 'zh-CN'),
      changeText({ kind: 'milestone-due', milestone: '“管委会+公司”改革方案', from: '2026-10-01', to: '2026-09-01', postponement: null }, 'zh-CN'),
    ]) {
      expect(c).toContain('节点“‘管委会+公司’改革方案”');
      expect(c).not.toMatch(/““|””/);
    }
    expect(changeText({ kind: 'milestone-removed', milestone: '方案' }, 'zh-CN')).toBe('删除节点“方案”');
  });
});
