import { msg } from '../i18n/index.js';
import type { SourceFile } from '../model/zone.js';
import { nearest } from '../text/nearest.js';
import type { Rule } from './types.js';
import { coordinationRefs } from './coordination.js';

export const ref: Rule = {
  id: 'ref',
  severity: 'error',
  description: {
    zh: '单位、领导、关联事项、节点、会议或议定事项不存在（提示最接近的名称）',
    en: 'a unit, leader, link, milestone, meeting or decision that does not exist (suggests the nearest name)',
  },
  help: {
    zh: '名称须与 wuzhong.yaml 中 units、leaders 登记的完全一致（多半是错别字，见提示的最接近名称）；新单位、新领导先在 wuzhong.yaml 中登记。关联事项写 <清单>/<编号>；督办通知的节点写事项中的节点名称，或 meetings/<会议> 中的议定事项原文。',
    en: 'Names must match units and leaders in wuzhong.yaml exactly (usually a typo: see the nearest name suggested); register a new unit or leader there first. Links are written <list>/<id>; a node of a notice names a milestone of its item, or a decision of meetings/<meeting> word for word.',
  },
  run({ zone }, report) {
    const config = zone.config;
    if (!config) return;
    const units = new Set(config.units), leaders = new Set(config.leaders);
    const unit = (file: SourceFile, path: (string | number)[], name: string) => {
      if (!units.has(name)) report(file, path, commaSlip(name, units) ?? msg('unknownUnit', name, nearest(name, config.units)));
    };
    const leader = (file: SourceFile, path: (string | number)[], name: string) => {
      if (!leaders.has(name)) report(file, path, commaSlip(name, leaders) ?? msg('unknownLeader', name, nearest(name, config.leaders)));
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
        if (!zone.itemKeys.has(link)) report(file, ['links', i], msg('unknownLink', link, nearest(link, zone.itemKeys)));
      });
    }
    coordinationRefs(zone, report, unit, leader);
    if (zone.configFile) config.assessment?.approvers?.forEach((a, i) => leader(zone.configFile!, ['assessment', 'approvers', i], a));
    for (const { file, data } of zone.assessments.values()) {
      data.adjustments?.forEach((a, i) => unit(file, ['adjustments', i, 'unit'], a.unit));
      data.amendments?.forEach((a, i) => leader(file, ['amendments', i, 'approved'], a.approved));
    }
  },
};

/** `[建设局，经济发展局]`: a full-width comma (or 、) joined two registered names into one; a did-you-mean would drop one. */
function commaSlip(name: string, known: ReadonlySet<string>) {
  const parts = name.split(/[，、]/).map((p) => p.trim()).filter((p) => p !== '');
  if (parts.length < 2 || !parts.some((p) => known.has(p))) return undefined;
  return msg('fullWidthComma', name, parts.join(', '));
}
