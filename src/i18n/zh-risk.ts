// Wording of `risk` (src/report/risk-view.ts), Chinese.
import type { RiskText } from '../report/risk-view.js';

export const zhRisk: RiskText = {
  title: (asOf, count, filter) => `截至${asOf}有延误风险的节点${filter}：${count}个（按紧迫程度排列）`,
  none: (asOf, filter) => `截至${asOf}没有发现有延误风险的节点${filter}。`,
  filterUnit: (unit) => `（责任单位：${unit}）`,
  filterLead: (lead) => `（牵头领导：${lead}）`,
  header: ['序号', '清单', '事项', '节点', '责任单位', '时限', '剩余工作日', '风险原因'],
  thresholds: (s) => `预警阈值：${s.dueWithin}个工作日内到期且进度落后；问题超过${s.problemDays}天未解决；延期${s.postponements}次及以上。`,
  reasonSep: '；',
};
