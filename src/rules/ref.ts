import type { Diagnostic } from '../model/diagnostic.js';
import { nearest } from '../text/nearest.js';
import { at, type Rule } from './types.js';

export const ref: Rule = {
  id: 'ref',
  severity: 'error',
  description: { zh: '单位、领导或关联事项不存在（提示最接近的名称）', en: 'a unit, leader or link that does not exist (suggests the nearest name)' },
  run({ zone, t }) {
    const config = zone.config;
    if (!config) return [];
    const units = new Set(config.units), leaders = new Set(config.leaders);
    const out: Diagnostic[] = [];
    const unit = (file: Parameters<typeof at>[0], path: (string | number)[], name: string) => {
      if (!units.has(name)) out.push(at(file, path, 'error', 'ref', t.unknownUnit(name, nearest(name, config.units))));
    };
    const leader = (file: Parameters<typeof at>[0], path: (string | number)[], name: string) => {
      if (!leaders.has(name)) out.push(at(file, path, 'error', 'ref', t.unknownLeader(name, nearest(name, config.leaders))));
    };
    for (const { file, data } of zone.items) {
      leader(file, ['lead'], data.lead);
      unit(file, ['owner'], data.owner);
      data.partners?.forEach((p, i) => unit(file, ['partners', i], p));
      data.postponed?.forEach((p, i) => leader(file, ['postponed', i, 'approved'], p.approved));
      data.milestones?.forEach((m, i) => {
        if (m.owner !== undefined) unit(file, ['milestones', i, 'owner'], m.owner);
        m.postponed?.forEach((p, j) => leader(file, ['milestones', i, 'postponed', j, 'approved'], p.approved));
      });
      data.links?.forEach((link, i) => {
        if (!zone.itemKeys.has(link)) out.push(at(file, ['links', i], 'error', 'ref', t.unknownLink(link, nearest(link, zone.itemKeys))));
      });
    }
    if (zone.configFile) config.assessment?.approvers?.forEach((a, i) => leader(zone.configFile!, ['assessment', 'approvers', i], a));
    for (const { file, data } of zone.assessments.values()) {
      data.adjustments?.forEach((a, i) => unit(file, ['adjustments', i, 'unit'], a.unit));
      data.amendments?.forEach((a, i) => leader(file, ['amendments', i, 'approved'], a.approved));
    }
    return out;
  },
};
