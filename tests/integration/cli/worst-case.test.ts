import { cpSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleZone, runCli, tempDir } from '../../helpers.js';

/**
 * A file just under the 1 MiB limit built to be slow: 30,000-character unit, leader and title, a
 * 200,000-character link, and thousands of links one letter away from real items (each asks for a suggestion).
 */
function worstCaseZone(): string {
  const dir = tempDir();
  cpSync(exampleZone, dir, { recursive: true });
  const near = ['projects/jiaotou-supply-chain', 'tasks/heating-network', 'reforms/assessment-reform', 'enterprises/jingxing-tech'];
  const links: string[] = [];
  let size = 0;
  for (let i = 0; size < 500_000; i++) {
    const key = near[i % near.length]!;
    const link = `  - ${key.slice(0, -1)}${String.fromCharCode(97 + (i % 26))}${i}`;
    links.push(link);
    size += link.length + 1;
  }
  const text = [
    `title: ${'题'.repeat(30_000)}`,
    `lead: ${'魏'.repeat(30_000)}`,
    `owner: ${'产'.repeat(30_000)}`,
    'start: 2026-01-01',
    'due: 2026-12-31',
    'links:',
    `  - projects/${'a'.repeat(200_000)}`,
    ...links,
  ].join('\n') + '\n';
  writeFileSync(join(dir, 'lists/tasks/worst.yaml'), text);
  return dir;
}

describe('check stays fast on a worst-case file', () => {
  it('checks a near-1-MiB file of long names and near-miss links in a few seconds, without running out of memory', async () => {
    const dir = worstCaseZone();
    expect(statSync(join(dir, 'lists/tasks/worst.yaml')).size).toBeLessThan(1024 * 1024);
    // CPU time, not wall time: other processes on a shared runner must not fail the test.
    const started = process.cpuUsage();
    const r = await runCli(['--repo', dir, 'check', '--as-of', '2026-11-26', '--format', 'json', 'lists/tasks/worst.yaml'], { cwd: dir });
    const used = process.cpuUsage(started);
    const seconds = (used.user + used.system) / 1e6;
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout) as { diagnostics: { line: number; message: string }[] };
    expect(json.diagnostics.find((d) => d.line === 3)?.message).toBe(`单位“${'产'.repeat(30_000)}”未在 wuzhong.yaml 的 units 中登记`);
    expect(json.diagnostics.find((d) => d.line === 8)?.message).toBe('关联事项“projects/jiaotou-supply-chaia0”不存在，是不是“projects/jiaotou-supply-chain”？');
    // About 1.5 s of CPU; before the bound it ran out of memory. Generous for slow runners.
    expect(seconds).toBeLessThan(10);
  }, 60_000);
});
