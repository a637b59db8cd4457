import { describe, expect, it } from 'vitest';
import { minimalConfig, runCli, writeTree } from '../../helpers.js';

/** A zone whose wuzhong.yaml says locale: en; no --lang is given anywhere below. */
const en = writeTree({ 'wuzhong.yaml': `${minimalConfig}locale: en\n` });

describe('overdue and score follow locale: en without --lang', () => {
  it('an unknown --list value', async () => {
    const r = await runCli(['--repo', en, 'overdue', '--list', 'task']);
    expect(r).toEqual({
      code: 2, stdout: '',
      stderr: 'wuzhong: --list: unknown "task"; did you mean "tasks"? (one of: enterprises, investments, projects, reforms, tasks)\n',
    });
  });

  it('an unknown --unit value', async () => {
    const r = await runCli(['--repo', en, 'overdue', '--unit', '产融城']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('wuzhong: --unit: unknown "产融城"; did you mean "产融城公司"? (one of: 产融城公司, 铁北园区办, 高新建公司)\n');
  });

  it('from a subfolder of the zone too, and --lang still wins', async () => {
    const r = await runCli(['overdue', '--list', 'projetcs'], { cwd: en });
    expect(r.stderr).toContain('--list: unknown "projetcs"; did you mean "projects"?');
    const zh = await runCli(['--repo', en, '--lang', 'zh-CN', 'overdue', '--list', 'task']);
    expect(zh.stderr).toBe('wuzhong: --list：没有“task”，是不是“tasks”？（可选：enterprises、investments、projects、reforms、tasks）\n');
  });

  it('bad --as-of and --month', async () => {
    expect((await runCli(['--repo', en, 'overdue', '--as-of', '2026-02-30'])).stderr).toBe('wuzhong: --as-of must be a real date YYYY-MM-DD (got "2026-02-30")\n');
    expect((await runCli(['--repo', en, 'score', '--month', '2026-13'])).stderr).toBe('wuzhong: --month must be YYYY-MM (got "2026-13")\n');
  });

  it('the default zone (zh-CN) quotes Chinese-style, nesting quotes the value carries', async () => {
    const zh = writeTree({ 'wuzhong.yaml': minimalConfig });
    const r = await runCli(['--repo', zh, 'overdue', '--unit', '“产融城”']);
    expect(r.stderr).toContain('--unit：没有“‘产融城’”');
    expect(r.stderr).not.toMatch(/““|””/);
  });
});
