import { scoreMonth } from '../assess/score.js';
import { filterScore } from '../assess/score-filter.js';
import { scoreFormats } from '../report/score-view.js';
import { scoreToShow } from './closed.js';
import { colorLevel, makeColors } from './colors.js';
import { openMonth } from './gate.js';
import type { Io } from './io.js';
import type { GlobalOptions } from './options.js';

export interface ScoreOptions {
  month?: string;
  format: string;
  explain?: boolean;
  unit?: string;
  lead?: string;
}

export async function scoreCommand(io: Io, global: GlobalOptions, opts: ScoreOptions): Promise<number> {
  const opened = await openMonth(io, global, 'score', opts);
  if (opened === undefined) return 1;
  const { loaded, month, filters: filter } = opened;
  const whole = await scoreToShow(io, loaded, scoreMonth(loaded.zone, month));
  const data = filterScore(whole, loaded.zone.items, filter);
  const view = {
    data, filter, zone: loaded.zone.config?.zone ?? '', lang: loaded.lang, explain: opts.explain === true,
    colors: makeColors(colorLevel(io, global.color)),
  };
  // commander's choices() refused anything else
  io.stdout(scoreFormats[opts.format as keyof typeof scoreFormats](view));
  return 0;
}
