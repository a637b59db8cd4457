import { scoreMonth } from '../assess/score.js';
import { messages } from '../i18n/index.js';
import { filterScore } from '../assess/score-filter.js';
import { scoreFormats } from '../report/score-view.js';
import { scoreToShow } from './closed.js';
import { colorLevel, makeColors } from './colors.js';
import { openMonth } from './gate.js';
import type { Io } from './io.js';
import { today, type GlobalOptions } from './options.js';
import { filingState } from '../assess/filing.js';
import { filingJson, filingNote } from '../report/filing-text.js';
import { officeTarget, writeOffice } from './office-write.js';

export interface ScoreOptions {
  month?: string;
  format: string;
  explain?: boolean;
  unit?: string;
  lead?: string;
  out?: string;
}

export async function scoreCommand(io: Io, global: GlobalOptions, opts: ScoreOptions): Promise<number> {
  const opened = await openMonth(io, global, 'score', opts);
  if (opened === undefined) return 1;
  const { loaded, month, filters: filter } = opened;
  const whole = await scoreToShow(io, loaded, scoreMonth(loaded.zone, month));
  const data = filterScore(whole, loaded.zone.items, filter);
  // The deadline is everyone's: the note names every unit that has not filed, also under --unit or --lead.
  const filing = filingState(loaded.zone, month, today(io, loaded.timeZone));
  if (opts.format === 'xlsx') {
    const name = messages(loaded.lang).usage.assessmentFile;
    const target = officeTarget(io, loaded, opts.out, `reports/${month}-${name}.xlsx`);
    const { scoreWorkbook } = await import('../office/score-xlsx.js');
    writeOffice(io, loaded, target.abs, await scoreWorkbook(loaded.zone, data, loaded.lang));
    printFilingNote(io, filing, loaded.lang);
    return 0;
  }
  const view = {
    data, filter, zone: loaded.zone.config?.zone ?? '', lang: loaded.lang, explain: opts.explain === true,
    colors: makeColors(colorLevel(io, global.color)), filing: filingJson(filing),
  };
  // commander's choices() refused anything else
  io.stdout(scoreFormats[opts.format as keyof typeof scoreFormats](view));
  // After the table, on stderr like the other notes, so --format json|markdown output stays clean.
  printFilingNote(io, filing, loaded.lang);
  return 0;
}

function printFilingNote(io: Io, filing: ReturnType<typeof filingState>, lang: Parameters<typeof filingNote>[1]): void {
  const note = filingNote(filing, lang);
  if (note !== undefined) io.stderr(`wuzhong: ${note}\n`);
}
