import { describe, expect, it } from 'vitest';
import { filingState } from '../../../src/assess/filing.js';
import { buildZone } from '../../../src/load/build.js';
import { filingNote } from '../../../src/report/filing-text.js';
import { filingFiles, task } from '../../support/filing.js';

// docs/supervisors.md "报送期限": October's returns are due by 5 November (inclusive), as `stale` has it.

const enc = (s: string) => new TextEncoder().encode(s);
const zoneOf = (files: Record<string, string>) =>
  buildZone(Object.entries(files).map(([path, text]) => ({ path, bytes: enc(text) })));

describe('filing state of a month', () => {
  const zone = zoneOf(filingFiles());

  it('open from the day after the month ends through the filing day; settled the day after', () => {
    const open = (today: string) => filingState(zone, '2025-10', today).open;
    expect([open('2025-10-31'), open('2025-11-01'), open('2025-11-04'), open('2025-11-05'), open('2025-11-06'), open('2026-03-01')])
      .toEqual([false, true, true, true, false, false]);
    expect(filingState(zone, '2025-10', '2025-11-04').deadline).toBe('2025-11-05');
  });

  it('follows assessment.filingDay', () => {
    const z = zoneOf(filingFiles('assessment:\n  filingDay: 10\n'));
    expect(filingState(z, '2025-10', '2025-11-10')).toMatchObject({ deadline: '2025-11-10', open: true });
    expect(filingState(z, '2025-10', '2025-11-11').open).toBe(false);
  });

  it('a unit has filed when none of its items open at the month end and started by then lacks an update', () => {
    expect(filingState(zone, '2025-10', '2025-11-04').unfiled).toEqual([{ unit: '铁北园区办', items: ['tasks/b', 'tasks/c'] }]);
  });

  it('the note names the deadline and the units, in both languages; nothing once returns are closed', () => {
    expect(filingNote(filingState(zone, '2025-10', '2025-11-05'), 'zh-CN')).toBe(
      '2025年10月进展报送截止日为2025年11月5日（含当日），目前报送尚未截止，考核结果还会随补报的进展改变。尚未报送完毕的单位：铁北园区办（2项）。',
    );
    expect(filingNote(filingState(zone, '2025-10', '2025-11-05'), 'en')).toBe(
      'Returns for 2025-10 are due by 2025-11-05 (inclusive) and still open: the result will change as updates come in. ' +
        'Not filed yet: 铁北园区办 (2 items).',
    );
    expect(filingNote(filingState(zone, '2025-10', '2025-11-06'), 'zh-CN')).toBeUndefined();
    const allIn = zoneOf({ ...filingFiles(), 'lists/tasks/b.yaml': task('高新建公司', '2025-11-01'), 'lists/tasks/c.yaml': task('高新建公司', '2025-11-01') });
    expect(filingNote(filingState(allIn, '2025-10', '2025-11-01'), 'zh-CN')).toMatch(/各单位均已报送。$/);
  });
});
