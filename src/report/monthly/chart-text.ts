import type { Lang } from '../../model/diagnostic.js';
import { enChartWords } from '../../i18n/en-monthly.js';
import { zhChartWords } from '../../i18n/zh-monthly.js';
import type { ChartLines, ChartText } from './chart.js';

/** The score chart's words in one output language: title, axis name and the caption read under the chart. */
export interface ChartWords {
  text: (month: string) => ChartText;
  caption: (lines: ChartLines, low: number) => string;
}

export const CHART_TEXT: Record<Lang, ChartWords> = { 'zh-CN': zhChartWords, en: enChartWords };
