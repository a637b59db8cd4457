import { describe, expect, it } from 'vitest';
import { applyYamlEdits, YamlEditError } from '../../../src/sheet/yaml-edit.js';

// Expected files are written out by hand: every line the edit does not touch must come back byte for byte.
const item = [
  '# 重大项目：示例 # 注释',
  'title: 示例项目',
  'due: 2026-11-30   # 时限',
  'milestones:',
  '  - title: 一期手续办结',
  '    due: 2025-07-31',
  '    # 节点备注',
  '  - title: "一期竣工投产"',
  '    due: 2026-11-30',
  '    owner: 建设局',
  'updates:',
  '  - month: 2025-10',
  '    text: |',
  '      地基处理完成。',
  '      基础工程展开。',
  '    percent: 35',
  '# 文件末尾的注释',
  '',
].join('\n');

describe('applyYamlEdits', () => {
  it('adds done and evidence to a milestone where they belong, keeping comments', () => {
    const out = applyYamlEdits(item, [{ kind: 'milestone', title: '一期竣工投产', done: '2025-11-28', evidence: '竣工验收备案表' }]);
    expect(out).toBe(item.replace('    due: 2026-11-30\n    owner: 建设局\n', '    due: 2026-11-30\n    done: 2025-11-28\n    owner: 建设局\n    evidence: 竣工验收备案表\n'));
  });

  it('appends a new month update after the last one, in the same indentation', () => {
    const out = applyYamlEdits(item, [{ kind: 'update', month: '2025-11', text: '主体完工：进度过半', percent: 52.5 }]);
    expect(out).toBe(item.replace('    percent: 35\n', '    percent: 35\n  - month: 2025-11\n    text: 主体完工：进度过半\n    percent: 52.5\n'));
  });

  it('replaces the text (a block scalar) and percent of an existing month', () => {
    const out = applyYamlEdits(item, [{ kind: 'update', month: '2025-10', text: '改写', percent: 40 }]);
    expect(out).toBe(item.replace('    text: |\n      地基处理完成。\n      基础工程展开。\n    percent: 35\n', '    text: 改写\n    percent: 40\n'));
  });

  it('adds problems: at the end of the file when the item has none', () => {
    const out = applyYamlEdits(item, [{ kind: 'problem', raised: '2025-12-03', text: '需协调: 用地指标' }]);
    expect(out).toBe(`${item}problems:\n  - raised: 2025-12-03\n    text: "需协调: 用地指标"\n`);
  });

  it('fills an empty `updates: []` and keeps CRLF line ends and a BOM', () => {
    const src = '\uFEFFtitle: x\r\nupdates: []  # 暂无\r\nstatus: active\r\n';
    const out = applyYamlEdits(src, [{ kind: 'update', month: '2025-11', text: 'a\nb', percent: 10 }]);
    expect(out).toBe('\uFEFFtitle: x\r\nupdates:  # 暂无\r\n  - month: 2025-11\r\n    text: "a\\nb"\r\n    percent: 10\r\nstatus: active\r\n');
  });

  it('follows a sequence written flush with its key', () => {
    const src = 'title: x\nproblems:\n- raised: 2025-01-02\n  text: 旧问题\n';
    const out = applyYamlEdits(src, [{ kind: 'problem', raised: '2025-12-03', text: '新问题' }]);
    expect(out).toBe(`${src}- raised: 2025-12-03\n  text: 新问题\n`);
  });

  it('refuses flow-style collections it cannot edit line by line', () => {
    expect(() => applyYamlEdits('title: x\nmilestones: [{title: a, due: 2025-01-01}]\n', [{ kind: 'milestone', title: 'a', done: '2025-01-01' }])).toThrow(YamlEditError);
  });
});
