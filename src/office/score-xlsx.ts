import type { MonthScore } from '../assess/score.js';
import type { Lang } from '../model/diagnostic.js';
import { lastDayOfMonth } from '../model/dates.js';
import type { Zone } from '../model/zone.js';
import { officeText } from './text.js';
import { addTableSheet, FONT, newWorkbook, workbookBytes, type CellValue } from './xlsx.js';

/**
 * The 考核结果表 (docs/scoring.md): the ranking with a note on the rules and a signature block, and a 明细 sheet of
 * every event. Numbers are number cells; additions positive, deductions negative, as in `score --format json`.
 */
export async function scoreWorkbook(zone: Zone, score: MonthScore, lang: Lang): Promise<Uint8Array> {
  const t = officeText(lang);
  const day = lastDayOfMonth(score.month);
  const wb = await newWorkbook(day);
  const title = t.scoreTitle(zone.config?.zone ?? '', score.month);
  wb.title = title;
  const rows: CellValue[][] = score.units.map((u) =>
    [u.rank, u.unit, u.score, u.additions, -u.deductions, t.tier[u.tier]]);
  const ws = addTableSheet(wb, {
    name: t.scoreSheet,
    title,
    orientation: 'portrait',
    columns: t.scoreHeader.map((header) => ({ header })),
    rows,
  });
  // Below the table: the rules in one line, then the signature block, left to the people who sign on paper.
  const { base, rewardAt, warnAt } = score.settings;
  let r = 2 + rows.length + 2;
  ws.getCell(r, 1).value = t.scoreRules(base, rewardAt, warnAt);
  ws.getCell(r, 1).font = { name: FONT, size: 11 };
  r += 2;
  for (const label of t.signatures) {
    const cell = ws.getCell(r, 1);
    cell.value = label;
    cell.font = { name: FONT, size: 12 };
    ws.getCell(r, 2).border = { bottom: { style: 'thin' } };
    ws.getRow(r).height = 28;
    r += 1;
  }
  const items = new Map(zone.items.map((i) => [i.key, i]));
  const events: CellValue[][] = [];
  for (const u of score.units) {
    for (const e of u.events) {
      const item = e.item === undefined ? undefined : items.get(e.item);
      events.push([
        events.length + 1, u.unit, item ? t.list(item.list) : undefined, item?.data.title ?? e.item,
        e.milestone ?? (e.event === 'adjustment' ? e.reason : item ? t.itemDeadline : undefined), t.event[e.event], e.points,
      ]);
    }
  }
  const columns = t.eventsHeader.map((header) => ({ header }));
  addTableSheet(wb, { name: t.eventsSheet, title, columns, rows: events });
  return workbookBytes(wb, day);
}
