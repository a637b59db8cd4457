// Wording for closed (published) months (src/report/closed-text.ts), Chinese.
import type { Standing } from '../assess/closed.js';
import type { ClosedText } from '../report/closed-text.js';
import { zhAssess } from './zh-assess.js';
import { zhMonth } from './zh-dates.js';

const zhTier = (s: Standing) => zhAssess.tier[s.tier];

export const zhClosed: ClosedText = {
  recorded: (month, file, committed, corrections = 0) =>
    `wuzhong: ${zhMonth(month)}考核结果已公布（${file}${committed === undefined ? '' : `，${committed}提交`}${corrections > 0 ? `，含${corrections}次更正` : ''}），以下为公布的结果。\n`,
  amended: (month, file, count) => `wuzhong: ${zhMonth(month)}考核结果已公布（${file}），此后登记了${count}项更正（assessments/${month}.yaml），以下为更正后重新计算的结果。\n`,
  differs: (month) => `注意：按现在的数据计算的${zhMonth(month)}结果与公布的不同，且没有登记更正（运行 wuzhong check 查看差异）。`,
  refuseReport: (month, file) => `wuzhong report：${zhMonth(month)}考核结果已公布（${file}），现在的数据给出不同的结果，却没有登记在报告提交之后的更正；请先运行 wuzhong check 查看差异，在 assessments/${month}.yaml 的 amendments 中登记更正后再生成报告。\n`,
  heading: '更正说明',
  nth: (n) => `第${n}次更正`,
  intro: (month) => `本报告首次公布后，经批准对${zhMonth(month)}考核结果作如下更正：`,
  amendment: (a) => `${a.date}，经${a.approved}批准：${a.reason}`,
  changesHeader: ['单位', '原结果', '更正后'],
  standing: (s) => (s === null ? '—' : `${s.score}分，第${s.rank}名${s.tier === 'none' ? '' : `，${zhTier(s)}`}`),
  noChange: '各单位的考核结果未因此改变。',
};
