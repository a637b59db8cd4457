import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleZone, runBin, tempDir } from '../../helpers.js';
import { readWorkbook, sheetRows, zipEntryDates, zipParts } from '../../support/office/read.js';

interface Event { event: string; points: number; item?: string; milestone?: string | null; reason?: string }
interface Json { month: string; units: { unit: string; score: number; rank: number; tier: string; events: Event[] }[] }

const TIER: Record<string, string> = { reward: '奖励', warning: '约谈', none: '—' };

describe('score --format xlsx: the 考核结果表 against score --format json', () => {
  const zone = join(tempDir(), 'zone');
  cpSync(exampleZone, zone, { recursive: true });
  const month = readdirSync(join(zone, 'reports')).find((f) => /^\d{4}-\d{2}\.md$/.test(f))!.slice(0, 7);
  const json = JSON.parse(runBin(['--repo', zone, 'score', '--month', month, '--format', 'json']).stdout) as Json;
  const r = runBin(['--repo', zone, 'score', '--month', month, '--format', 'xlsx'], { cwd: zone });
  const file = join(zone, 'reports', `${month}-考核结果.xlsx`);

  it('ranks, units, scores, additions, deductions and 等次 as the JSON says, then the rules and the signature block', () => {
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`已写入 reports/${month}-考核结果.xlsx\n`);
    const wb = readWorkbook(file);
    expect(wb.SheetNames).toEqual(['考核结果', '明细']);
    const rows = sheetRows(wb, '考核结果');
    expect(rows[1]).toEqual(['名次', '责任单位', '得分', '加分', '减分', '等次']);
    const sum = (u: Json['units'][number], sign: 1 | -1) => u.events.filter((e) => e.points * sign > 0).reduce((s, e) => s + e.points, 0);
    const expected = json.units.map((u) => [u.rank, u.unit, u.score, sum(u, 1), sum(u, -1), TIER[u.tier]]);
    expect(rows.slice(2, 2 + json.units.length)).toEqual(expected);
    const rest = rows.slice(2 + json.units.length).flat().filter((v) => v !== undefined);
    expect(rest).toEqual([expect.stringMatching(/^基础分\d+分；得分不低于\d+分奖励，低于\d+分约谈。$/), '审核人：', '审批人：', '日期：']);
  });

  it('a 明细 sheet with every event of every unit, in the order of the JSON', () => {
    const events = sheetRows(readWorkbook(file), '明细');
    expect(events[1]).toEqual(['序号', '责任单位', '清单', '事项', '节点或理由', '类别', '分值']);
    const body = events.slice(2);
    const all = json.units.flatMap((u) => u.events.map((e) => ({ unit: u.unit, ...e })));
    expect(body.length).toBe(all.length);
    expect(body.map((row) => [row[0], row[1], row[6]])).toEqual(all.map((e, i) => [i + 1, e.unit, e.points]));
    for (const [i, e] of all.entries()) {
      if (typeof e.milestone === 'string') expect(body[i]![4]).toBe(e.milestone);
      if (e.milestone === null) expect(body[i]![4]).toBe('（事项完成时限）');
      if (e.event === 'adjustment') expect(body[i]![4]).toBe(e.reason);
    }
  });

  it('portrait A4, header frozen and repeated, and fixed dates: two runs give the same bytes', () => {
    const parts = zipParts(file);
    const sheet = [...parts.entries()].find(([k, v]) => k.startsWith('xl/worksheets/') && v.includes('审核人') === false && v.includes('<pageSetup'))![1];
    expect(sheet).toMatch(/<pageSetup [^>]*paperSize="9"/);
    expect(parts.get('xl/workbook.xml')).toContain('&apos;考核结果&apos;!$1:$2');
    const again = join(tempDir(), 'again.xlsx');
    expect(runBin(['--repo', zone, 'score', '--month', month, '--format', 'xlsx', '--out', again]).code).toBe(0);
    expect(readFileSync(again).equals(readFileSync(file))).toBe(true);
    const last = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).toISOString().slice(0, 10);
    expect(new Set(zipEntryDates(file))).toEqual(new Set([last]));
  });
});
