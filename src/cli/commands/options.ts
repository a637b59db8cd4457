import { LISTS } from '../../model/lists.js';
import type { OptionSpec, Said } from './types.js';

/** The options several commands share, declared once. `what` says what the date or month is for. */

export const asOfOption = (what: string): OptionSpec => ({
  flags: '--as-of <date>',
  description: {
    zh: `${what} YYYY-MM-DD（默认园区时区的今天）`,
    en: 'date YYYY-MM-DD (default: today in the zone time zone)',
  },
});

export const monthOption = (what: string): OptionSpec => ({
  flags: '--month <month>',
  description: { zh: `${what} YYYY-MM（默认上一个完整月份）`, en: 'month YYYY-MM (default: the last complete month)' },
});

/** `--format` with the keys of a format registry as its choices, the first the default. */
export const formatOption = (registry: () => Promise<object>): OptionSpec => ({
  flags: '--format <format>',
  description: { zh: '输出格式', en: 'output format' },
  formats: async () => Object.keys(await registry()),
});

export const unitOption: OptionSpec = { flags: '--unit <name>', description: { zh: '只看该责任单位', en: 'only this unit' } };

export const leadOption: OptionSpec = {
  flags: '--lead <name>',
  description: { zh: '只看该领导牵头的事项', en: 'only items this leader leads' },
};

/** The options before the command, for every command. */
export const GLOBAL_OPTIONS: readonly OptionSpec[] = [
  {
    flags: '--repo <dir>',
    description: {
      zh: '园区仓库目录（默认：含 wuzhong.yaml 的最近一级目录）',
      en: 'zone repo directory (default: the nearest one with wuzhong.yaml)',
    },
  },
  {
    flags: '--lang <lang>',
    description: {
      zh: '输出语言 zh-CN | en（默认 wuzhong.yaml 的 locale）',
      en: 'output language (default: locale in wuzhong.yaml)',
    },
  },
  { flags: '--no-color', description: { zh: '不使用颜色', en: 'no colour' } },
];

/** `--list`: only items of this list. */
export const listOption: OptionSpec = {
  flags: '--list <list>',
  description: { zh: '只看该清单', en: `only this list: ${LISTS.join(' | ')}` },
};

export const said = (s: Said): string => `${s.zh} / ${s.en}`;
