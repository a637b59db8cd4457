import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { git, gitInit, runCli, writeTree } from '../../helpers.js';
import { filingFiles } from '../../support/filing.js';

// docs/supervisors.md "报送期限": October's returns are due by 5 November (Asia/Shanghai), inclusive.
// 04:00Z is noon in Shanghai; 16:30Z on the 5th is already the 6th there.
const DAY4 = '2025-11-04T04:00:00Z', DAY5 = '2025-11-05T04:00:00Z', DAY6 = '2025-11-05T16:30:00Z';
const NOTE = '2025年10月进展报送截止日为2025年11月5日（含当日），目前报送尚未截止，考核结果还会随补报的进展改变。' +
  '尚未报送完毕的单位：铁北园区办（2项）。';

describe('score while returns are open', () => {
  const dir = writeTree(filingFiles());
  const score = (now: string, ...args: string[]) => runCli(['--repo', dir, 'score', '--month', '2025-10', ...args], { now });

  it('day 4 and day 5: a note after the table on stderr, and a filing field in JSON; day 6: neither', async () => {
    for (const now of [DAY4, DAY5]) {
      const table = await score(now);
      expect(table.code).toBe(0);
      expect(table.stderr).toBe(`wuzhong: ${NOTE}\n`);
      const json = await score(now, '--format', 'json');
      expect(JSON.parse(json.stdout).filing).toEqual({
        month: '2025-10', deadline: '2025-11-05', open: true, unfiled: [{ unit: '铁北园区办', items: ['tasks/b', 'tasks/c'] }],
      });
    }
    const after = await score(DAY6, '--format', 'json');
    expect(after.stderr).toBe('');
    expect(JSON.parse(after.stdout)).not.toHaveProperty('filing');
    expect((await score(DAY6)).stderr).toBe('');
  });

  it('--lang en', async () => {
    expect((await score(DAY4, '--lang', 'en')).stderr).toBe(
      'wuzhong: Returns for 2025-10 are due by 2025-11-05 (inclusive) and still open: the result will change as updates come in. ' +
        'Not filed yet: 铁北园区办 (2 items).\n',
    );
  });
});

describe('report while returns are open', () => {
  it('a quoted note under the introduction, the same on day 1 and day 5; gone from day 6', async () => {
    const dir = writeTree(filingFiles());
    const report = async (now: string) => {
      const r = await runCli(['--repo', dir, 'report', '--month', '2025-10', '--no-commit'], { now });
      expect(r.code).toBe(0);
      return readFileSync(join(dir, 'reports/2025-10.md'), 'utf8');
    };
    const day1 = await report('2025-11-01T04:00:00Z');
    const blocks = day1.split('\n\n');
    // title, introduction, the provenance comment (invisible when rendered), then the note
    expect(blocks[2]).toMatch(/^<!-- .* -->$/);
    expect(blocks[3]).toBe(`> ${NOTE}`);
    expect(blocks[4]).toMatch(/^## /);
    expect(await report(DAY5)).toBe(day1);
    expect(await report(DAY6)).not.toContain('报送尚未截止');
  });

  it('committing before the deadline says that it publishes the month', async () => {
    const dir = writeTree(filingFiles());
    gitInit(dir);
    git(dir, 'add', '.');
    git(dir, 'commit', '-qm', 'data');
    const r = await runCli(['--repo', dir, 'report', '--month', '2025-10'], { now: DAY4 });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('提交月报即公布2025年10月考核结果');
    const later = await runCli(['--repo', dir, 'report', '--month', '2025-10', '--no-commit'], { now: DAY6 });
    expect(later.stderr).not.toContain('提交月报即公布');
  });
});
