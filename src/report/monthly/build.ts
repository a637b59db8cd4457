import { headlineNumbers } from '../../assess/headline.js';
import { scoreMonth } from '../../assess/score.js';
import { countLights, lightsAsOf } from '../../assess/lights.js';
import { lightSettingsOf } from '../../model/config.js';
import { firstDayOfMonth, lastDayOfMonth, nextMonth } from '../../model/dates.js';
import { LISTS } from '../../model/fields.js';
import type { Zone } from '../../model/zone.js';
import type { Counts, ItemRef, ListOverview, ListProgress, MonthlyReport } from './model.js';
import { completedRows, dueNextRows, overdueRows } from './nodes.js';
import { openProblems } from './problems.js';
import { coordinationSection } from './coordination.js';
import { itemProgress } from './progress.js';
import { itemRef } from './refs.js';

/** docs/supervisors.md: everything the monthly report says about month M, computed once; pure. */
export function buildMonthlyReport(zone: Zone, month: string): MonthlyReport {
  const asOf = lastDayOfMonth(month);
  const next = nextMonth(month);
  const overdue = overdueRows(zone.items, asOf);
  const completed = completedRows(zone.items, month, zone.settings.earlyDays);
  const lightSettings = lightSettingsOf(zone.config);
  const lit = lightsAsOf(zone.items, asOf, lightSettings);
  const lightOf = new Map(lit.map((l) => [l.item.key, l.light]));
  const lists: ListProgress[] = LISTS.map((list) => ({
    list,
    items: zone.items.filter((i) => i.list === list).map((i) => {
      const p = itemProgress(i, month, asOf);
      const light = lightOf.get(i.key);
      return light === undefined ? p : { ...p, light };
    }),
  }));
  const overview: ListOverview[] = lists.map(({ list, items }) => {
    const open = items.filter((i) => i.state === 'open' || i.state === 'not-started');
    const reported = open.filter((i) => i.percent !== undefined);
    return {
      list,
      items: items.length,
      open: open.length,
      closed: items.length - open.length,
      completedNodes: completed.filter((r) => r.item.list === list).length,
      overdueNodes: overdue.filter((r) => r.item.list === list).length,
      withPercent: reported.length,
      meetingTimeProgress: reported.filter((i) => i.percent!.meets).length,
    };
  });
  return {
    zone: zone.config?.zone ?? '',
    month,
    first: firstDayOfMonth(month),
    asOf,
    next,
    overview,
    total: sum(overview),
    headline: headlineNumbers(zone, month),
    lights: countLights(lit),
    lightSettings,
    score: scoreMonth(zone, month),
    items: new Map<string, ItemRef>(zone.items.map((i) => [i.key, itemRef(i)])),
    overdue,
    completed,
    dueNext: dueNextRows(zone.items, asOf, next),
    lists,
    problems: openProblems(zone.items, asOf),
    coordination: coordinationSection(zone, month),
  };
}

function sum(rows: readonly Counts[]): Counts {
  const total: Counts = {
    items: 0, open: 0, closed: 0, completedNodes: 0, overdueNodes: 0, withPercent: 0, meetingTimeProgress: 0,
  };
  for (const r of rows) for (const k of Object.keys(total) as (keyof Counts)[]) total[k] += r[k];
  return total;
}
