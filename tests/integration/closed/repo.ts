import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gitAs, gitInit, minimalConfig, runCli, writeTree } from '../../helpers.js';

/**
 * October 2026, scored by hand (base 100, the defaults):
 *   产融城公司 105 (milestone 一期 done 10-15, due 10-20: on time +5), rank 1;
 *   高新建公司 100, rank 2; 铁北园区办 95 (milestone 招标 due 10-10, not done: overdue −5), rank 3.
 */
export const files = {
  'wuzhong.yaml': minimalConfig,
  'lists/projects/a.yaml': `title: 项目甲
lead: 魏克鹏
owner: 产融城公司
start: 2026-09-01
due: 2026-12-31
investment: 100
milestones:
  - title: 一期
    due: 2026-10-20
    done: 2026-10-15
updates:
  - month: 2026-09
    text: 九月进展
  - month: 2026-10
    text: 十月进展
`,
  'lists/tasks/b.yaml': `title: 任务乙
lead: 张威
owner: 铁北园区办
start: 2026-09-01
due: 2026-12-31
milestones:
  - title: 招标
    due: 2026-10-10
updates:
  - month: 2026-09
    text: 九月进展
  - month: 2026-10
    text: 十月进展
`,
};

/** The report commit's date: 2026-11-06 in the zone (Asia/Shanghai). */
export const REPORT_DATE = '2026-11-06T10:00:00+08:00';

/** A git repo holding the zone, committed once (2026-11-01). */
export function zoneRepo(): string {
  const dir = writeTree(files);
  gitInit(dir);
  commit(dir, 'base');
  return dir;
}

export function commit(dir: string, message: string, date = '2026-11-01T10:00:00+08:00'): void {
  gitAs(dir, { date }, 'add', '-A');
  gitAs(dir, { date }, 'commit', '-q', '--no-verify', '-m', message);
}

/** Runs the CLI in `dir` with the clock at `now` and git dates at `gitDate`. */
export function cli(dir: string, args: string[], now = '2026-11-26T04:00:00Z', gitDate = REPORT_DATE) {
  const env = { PATH: process.env.PATH ?? '', HOME: dir, GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_DATE: gitDate, GIT_COMMITTER_DATE: gitDate };
  return runCli(['--repo', dir, ...args], { now, env });
}

export function edit(dir: string, path: string, from: string, to: string): void {
  const full = join(dir, path);
  const text = readFileSync(full, 'utf8');
  if (!text.includes(from)) throw new Error(`${path} has no ${from}`);
  writeFileSync(full, text.replace(from, to));
}

/** The record inside a report, read the way any program would: the JSON between the marker lines. */
export function recordIn(text: string): {
  month: string; units: { unit: string; score: number; rank: number; tier: string }[]; corrections: unknown[];
} {
  const m = /\n<!-- wuzhong:result\n([\s\S]*)\n-->\n$/.exec(text);
  if (!m) throw new Error('no record');
  return JSON.parse(m[1]!);
}

/** Marks 招标 done on 10-25 (late, 0 points): 铁北园区办 loses its overdue −5, 95 → 100, rank 3 → 2. */
export function finishLate(dir: string): void {
  edit(dir, 'lists/tasks/b.yaml', '    due: 2026-10-10\n', '    due: 2026-10-10\n    done: 2026-10-25\n');
}
