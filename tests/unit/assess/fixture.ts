import { buildZone } from '../../../src/load/build.js';
import type { Zone } from '../../../src/model/zone.js';

export const UNITS = ['产融城公司', '铁北园区办', '高新建公司'] as const;

/** wuzhong.yaml with the three test units and an optional `assessment:` block (YAML lines). */
export function config(assessment = ''): string {
  return `zone: 测试高新区\nunits: [产融城公司, 铁北园区办, 高新建公司]\nleaders: [魏克鹏]\n${assessment ? `assessment:\n${assessment}` : ''}`;
}

export interface ItemSpec {
  owner?: string;
  start?: string;
  due?: string;
  status?: 'active' | 'done' | 'cancelled';
  closed?: string;
  /** true, false or a claim date. */
  claimed?: boolean | string;
  /** Milestones as [title, due, done?, owner?, planned?]. */
  milestones?: Array<[string, string, string?, string?, string?]>;
  /** Update months; default: 2026-10, so October has no `stale` event unless a test wants one. */
  updates?: string[];
}

/** The YAML text of a `tasks` item; every value is real YAML parsed by the loader. */
export function itemYaml(s: ItemSpec): string {
  const lines = [
    'title: 测试事项',
    'lead: 魏克鹏',
    `owner: ${s.owner ?? '产融城公司'}`,
    `start: ${s.start ?? '2026-01-05'}`,
    `due: ${s.due ?? '2026-12-31'}`,
  ];
  if (s.status) lines.push(`status: ${s.status}`);
  if (s.closed) lines.push(`closed: ${s.closed}`);
  if (s.claimed !== undefined) lines.push(`claimed: ${s.claimed}`);
  if (s.milestones?.length) {
    lines.push('milestones:');
    for (const [title, due, done, owner, planned] of s.milestones) {
      lines.push(`  - title: ${title}`, `    due: ${due}`);
      if (done) lines.push(`    done: ${done}`);
      if (owner) lines.push(`    owner: ${owner}`);
      if (planned) lines.push(`    planned: ${planned}`);
    }
  }
  const updates = s.updates ?? ['2026-10'];
  if (updates.length) {
    lines.push('updates:');
    for (const m of updates) lines.push(`  - month: ${m}`, '    text: 按计划推进');
  }
  return lines.join('\n') + '\n';
}

/** Files (path → YAML text) → the loaded zone, through the real parser and schemas. */
export function zoneOf(files: Record<string, string>): Zone {
  const enc = new TextEncoder();
  const zone = buildZone(Object.entries(files).map(([path, text]) => ({ path, bytes: enc.encode(text) })));
  if (zone.diagnostics.length > 0) throw new Error(`fixture does not load: ${JSON.stringify(zone.diagnostics)}`);
  return zone;
}

/** A zone of `tasks` items named by id, plus optional extra files (assessments). */
export function zoneWith(items: Record<string, ItemSpec>, extra: Record<string, string> = {}, assessment = ''): Zone {
  const files: Record<string, string> = { 'wuzhong.yaml': config(assessment), ...extra };
  for (const [id, spec] of Object.entries(items)) files[`lists/tasks/${id}.yaml`] = itemYaml(spec);
  return zoneOf(files);
}
