import type { Lang } from '../../model/diagnostic.js';
import { zhMonth } from '../../i18n/zh.js';
import type { ChartLines, ChartText } from './chart.js';

/** The score chart's words in one output language: title, axis name and the caption read under the chart. */
export interface ChartWords {
  text: (month: string) => ChartText;
  caption: (lines: ChartLines, low: number) => string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December'];

export const CHART_TEXT: Record<Lang, ChartWords> = {
  'zh-CN': {
    text: (month) => ({ title: `${zhMonth(month)}各责任单位考核得分`, axis: '得分' }),
    caption: ({ rewardAt, warnAt }, low) =>
      `图中条形按考核结果着色：绿色为得分${rewardAt}分及以上（奖励），橙色为低于${warnAt}分（约谈），灰色为其余单位；` +
      `蓝色竖线为奖励线${rewardAt}分，红色竖线为约谈线${warnAt}分。分值轴自${low}分起，各单位得分见上表。`,
  },
  en: {
    text: (month) => ({ title: `Unit scores, ${MONTHS[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`, axis: 'Score' }),
    caption: ({ rewardAt, warnAt }, low) =>
      `Bars are coloured by result: green for ${rewardAt} points or more (rewarded), orange for below ${warnAt} ` +
      `(called in), grey for the other units; the blue vertical line marks ${rewardAt} (reward), ` +
      `the red one ${warnAt} (call-in). The score axis starts at ${low}; the table above gives every score.`,
  },
};
