import { riskAsOf } from '../assess/risk.js';
import { riskMessage } from '../assess/risk-text.js';
import { riskSettingsOf } from '../model/config.js';
import type { Rule } from './types.js';

export const risk: Rule = {
  id: 'risk',
  severity: 'info',
  description: {
    zh: '未逾期的节点有延误风险：临近到期且进度落后、前一节点已逾期、问题久未解决、近两月无进展或多次延期',
    en: 'a milestone not yet late may slip: due soon while behind, an earlier one overdue, an old open problem, no recent update, or postponed repeatedly',
  },
  help: {
    zh: '提醒而非问题：督查专班应及早协调。阈值在 wuzhong.yaml 的 risk 中设置；逐条原因见 wuzhong risk。',
    en: 'A reminder, not a problem: the supervision team should step in early. Thresholds are under risk in wuzhong.yaml; wuzhong risk lists the reasons.',
  },
  run({ zone, asOf, calendar }, report) {
    for (const e of riskAsOf(zone.items, asOf, calendar, riskSettingsOf(zone.config))) {
      report(e.item.file, ['milestones', e.index, 'due'], riskMessage(e, asOf));
    }
  },
};
