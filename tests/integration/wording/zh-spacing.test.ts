import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleZone, gitAs, gitInit, repoRoot, runCli, tempDir, writeTree, minimalConfig } from '../../helpers.js';
import { spacingViolations } from '../../support/spacing.js';
import { REPORT_TEXT } from '../../../src/report/monthly/text.js';
import { assessText } from '../../../src/report/assess-text.js';

/** The example zone in a repository of its own (so `log` has history and `report` writes into the copy). */
function exampleRepo(): string {
  const dir = tempDir('wuzhong-wording-');
  for (const part of ['wuzhong.yaml', 'lists', 'assessments', 'reports', 'meetings', 'notices']) cpSync(join(exampleZone, part), join(dir, part), { recursive: true });
  gitInit(dir);
  gitAs(dir, { date: '2025-11-21T10:00:00+08:00' }, 'add', '-A');
  gitAs(dir, { date: '2025-11-21T10:00:00+08:00' }, 'commit', '-q', '-m', 'example zone');
  return dir;
}

const NOW = '2025-11-26T04:00:00Z';

describe('公文 spacing: no space between Chinese text and a digit in any Chinese output (docs/contributing.md)', () => {
  it('the checker itself: flags both orders, not column gaps, not the quoted source line, not the pinned title', () => {
    expect(spacingViolations('逾期 13 天')).toHaveLength(1);
    expect(spacingViolations('2025-10 进度')).toHaveLength(1);
    expect(spacingViolations('（ 12')).toHaveLength(1);
    expect(spacingViolations('逾期13天，基础分100，2026年10月')).toEqual([]);
    expect(spacingViolations('建设局              2025-09-26        61')).toEqual([]);
    expect(spacingViolations('    |     text: 一期 2 号楼')).toEqual([]);
    expect(spacingViolations('# 随州高新区2025年10月“五重”清单月报（数据截至 2025-10-31）')).toEqual([]);
    expect(spacingViolations('统计截至 2025-10-31')).toHaveLength(1);
  });

  it('every command on the example zone, in every format meant for people, and the monthly report', async () => {
    const dir = exampleRepo();
    const runs = [
      ['check', '--as-of', '2025-11-26'],
      ['check', '--as-of', '2025-11-26', '--format', 'github'],
      ['overdue', '--as-of', '2025-11-26'],
      ['overdue', '--as-of', '2025-11-26', '--format', 'markdown'],
      ['overdue', '--as-of', '2025-10-31', '--unit', '建设局'],
      ['overdue', '--as-of', '2025-11-26', '--list', 'projects'],
      ['score', '--month', '2025-10', '--explain'],
      ['score', '--month', '2025-10', '--format', 'markdown', '--explain'],
      ['score', '--month', '2025-11', '--explain'],
      ['score', '--month', '2025-09', '--explain'],
      ['risk', '--as-of', '2025-11-26'],
      ['risk', '--as-of', '2025-11-26', '--format', 'markdown'],
      ['status', '--as-of', '2025-11-26'],
      ['status', '--as-of', '2025-11-26', '--format', 'markdown'],
      ['log'],
      ['log', 'tasks/heating-network'],
      ['report', '--month', '2025-10', '--no-commit'],
      ['report', '--month', '2025-09', '--no-commit'],
    ];
    const found: string[] = [];
    for (const args of runs) {
      const r = await runCli(['--repo', dir, ...args], { now: NOW });
      expect(r.code, `${args.join(' ')}\n${r.stderr}`).toBeLessThan(2);
      for (const v of spacingViolations(r.stdout + r.stderr)) found.push(`${args.join(' ')} → ${v}`);
    }
    for (const month of ['2025-10', '2025-09']) {
      for (const v of spacingViolations(readFileSync(join(dir, 'reports', `${month}.md`), 'utf8'))) found.push(`reports/${month}.md → ${v}`);
    }
    expect(found).toEqual([]);
  });

  it('init and new say what they did without spaced numbers', async () => {
    const parent = tempDir('wuzhong-wording-init-');
    const found: string[] = [];
    const init = await runCli(['init', join(parent, 'zone')], { now: NOW });
    found.push(...spacingViolations(init.stdout + init.stderr));
    const zone = writeTree({ 'wuzhong.yaml': minimalConfig });
    const made = await runCli(['--repo', zone, 'new', 'projects', 'road'], { now: NOW });
    found.push(...spacingViolations(made.stdout + made.stderr));
    const again = await runCli(['--repo', zone, 'new', 'projects', 'road'], { now: NOW });
    found.push(...spacingViolations(again.stdout + again.stderr));
    expect(found).toEqual([]);
  });

  it('every stored Chinese output of check (one fixture zone per rule, and the example zone)', () => {
    const rules = join(repoRoot, 'tests', 'fixtures', 'rules');
    const files = [
      ...readdirSync(rules).map((rule) => join(rules, rule, 'expected.zh-CN.txt')),
      join(repoRoot, 'tests', 'fixtures', 'cli', 'example-check.zh-CN.txt'),
    ];
    const found = files.flatMap((file) => {
      let text = '';
      try {
        text = readFileSync(file, 'utf8');
      } catch {
        return [];
      }
      return spacingViolations(text).map((v) => `${file.slice(repoRoot.length + 1)} → ${v}`);
    });
    expect(found).toEqual([]);
  });

  it('every template of the report and of overdue/score, called with numbers and dates', () => {
    // Their arguments are numbers, dates, months or names, never code: a stand-in that serves as each.
    const sample = (): unknown => Object.assign(new String('12'), { toFixed: () => '12' });
    const tables = { ...REPORT_TEXT['zh-CN'], ...REPORT_TEXT['zh-CN'].sections, ...assessText('zh-CN') };
    const found: string[] = [];
    let called = 0;
    for (const [id, fn] of Object.entries(tables)) {
      // The report title keeps the pinned "数据截至 D" (checked on the real report above).
      if (typeof fn !== 'function' || id === 'title') continue;
      let text: unknown;
      try {
        text = (fn as (...a: unknown[]) => unknown)(...Array.from({ length: Math.max(fn.length, 5) }, sample));
      } catch {
        continue; // takes a list name or a state, not a number
      }
      if (typeof text !== 'string') continue;
      called += 1;
      for (const v of spacingViolations(text)) found.push(`${id} → ${v}`);
    }
    expect(called).toBeGreaterThan(20);
    expect(found).toEqual([]);
  });
});
