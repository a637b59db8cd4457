import type { FilingState } from '../assess/filing.js';
import { msg, render } from '../i18n/index.js';
import type { Lang } from '../model/diagnostic.js';

/** docs/supervisors.md "报送期限": the note `score` and `report` give while M's returns are open; undefined otherwise. */
export function filingNote(state: FilingState, lang: Lang): string | undefined {
  if (!state.open) return undefined;
  const units = state.unfiled.map((u) => msg('filingUnit', u.unit, u.items.length));
  const who = units.length === 0 ? msg('filingAllIn') : msg('filingUnits', ...units);
  return render(msg('filingOpen', state.month, state.deadline, who), lang);
}

/** The `filing` object of `score --format json`, present only while returns are open. */
export function filingJson(state: FilingState): { month: string; deadline: string; open: true; unfiled: FilingState['unfiled'] } | undefined {
  return state.open ? { month: state.month, deadline: state.deadline, open: true, unfiled: state.unfiled } : undefined;
}
