import { buildZone } from '../../../src/load/build.js';
import type { Zone } from '../../../src/model/zone.js';

/** A small zone whose every number in the October 2026 report is worked out by hand in build.test.ts. */
export const smallZone: Record<string, string> = {
  'wuzhong.yaml': `zone: 测试高新区
units: [产融城公司, 铁北园区办, 高新建公司]
leaders: [魏克鹏, 张威]
`,
  'lists/tasks/a.yaml': `title: 供热 | 管网
lead: 魏克鹏
owner: 产融城公司
start: 2026-01-01
due: 2026-12-31
targets:
  - { name: 供热管网, unit: 公里, goal: 50, actual: 29.97 }
milestones:
  - { title: 按时节点, due: 2026-10-10, done: 2026-10-05 }
  - { title: 提前节点, due: 2026-12-15, done: 2026-10-20 }
  - { title: 逾期完成节点, due: 2026-09-20, done: 2026-10-02 }
  - { title: 逾期节点, due: 2026-10-01 }
  - { title: 下月节点, due: 2026-11-15 }
  - { title: 下月已完成节点, due: 2026-11-20, done: 2026-11-10 }
updates:
  - { month: 2026-09, text: 九月进展, percent: 60 }
  - month: 2026-10
    text: |
      十月进展 | 第一行
      第二行 *不是强调* <b>不是标签</b>
    percent: 80
problems:
  - { raised: 2026-09-01, text: 未解决的问题 }
  - { raised: 2026-10-01, text: 月内解决, resolved: 2026-10-15 }
  - { raised: 2026-11-02, text: 下月才提出 }
  - { raised: 2026-08-01, text: 月后才解决, resolved: 2026-11-05 }
`,
  'lists/tasks/b.yaml': `title: 逾期事项
lead: 张威
owner: 铁北园区办
start: 2026-03-01
due: 2026-10-15
updates:
  - { month: 2026-08, text: 八月进展, percent: 50 }
`,
  'lists/reforms/c.yaml': `title: 已办结改革
lead: 魏克鹏
owner: 高新建公司
start: 2026-01-01
due: 2026-12-31
status: done
closed: 2026-10-20
milestones:
  - { title: 当天完成, due: 2026-10-20, done: 2026-10-20 }
`,
  'lists/reforms/d.yaml': `title: 未开始改革
lead: 张威
owner: 高新建公司
start: 2026-12-01
due: 2027-03-31
`,
};

/** Builds a Zone in memory, as the loader would from these files. */
export function zoneFrom(files: Record<string, string>): Zone {
  const raw = Object.entries(files).map(([path, text]) => ({ path, bytes: new TextEncoder().encode(text) }));
  raw.sort((a, b) => (a.path === 'wuzhong.yaml' ? -1 : b.path === 'wuzhong.yaml' ? 1 : 0));
  const zone = buildZone(raw);
  const errors = zone.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) throw new Error(`fixture has errors: ${JSON.stringify(errors)}`);
  return zone;
}
