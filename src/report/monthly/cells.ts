import type { Lang } from '../../model/diagnostic.js';
import { LIST_LABELS } from '../../model/item.js';
import type { ListName } from '../../model/fields.js';
import { escapeCell as cell, link } from '../../text/markdown.js';
import type { ItemProgress, ItemRef, TargetProgress } from './model.js';
import type { ReportText } from './text.js';

/** How the renderer words and links things; `root` is the zone root relative to the report's folder (e.g. `..`). */
export interface CellContext {
  lang: Lang;
  t: ReportText;
  root: string;
}

export function listLabel(list: ListName, lang: Lang): string {
  return lang === 'en' ? LIST_LABELS[list].en : LIST_LABELS[list].zh;
}

/** The item's title, linked to its YAML file. */
export function itemCell(ref: ItemRef, ctx: CellContext): string {
  return link(ref.title, ctx.root === '' ? ref.file : `${ctx.root}/${ref.file}`);
}

export function milestoneCell(milestone: string | null, ctx: CellContext): string {
  return milestone === null ? cell(ctx.t.itemDeadline) : cell(milestone);
}

export function updateCell(p: ItemProgress, month: string, ctx: CellContext): string {
  if (!p.update) return ctx.t.dash;
  return cell(p.update.text.trim() + (p.update.month === month ? '' : ctx.t.reportedIn(p.update.month)));
}

/** e.g. `62% / 68.1%，滞后`: the reported percent against the time progress at the end of the month it was reported. */
export function percentCell(p: ItemProgress, month: string, ctx: CellContext): string {
  if (!p.percent) return ctx.t.dash;
  const { value, timeProgress, meets } = p.percent;
  const when = p.percent.month === month ? '' : ctx.t.reportedIn(p.percent.month);
  // A cancelled item is never "behind": only the percent it reached.
  if (p.state === 'cancelled') return cell(`${value}%${when}`);
  return cell(`${value}% / ${timeProgress}%${ctx.t.meetsSep}${ctx.t.meets(meets)}${when}`);
}

/** e.g. `供热管网29.97/50公里，59.9%；完成投资31000/55000万元，56.4%`. */
export function targetsCell(targets: readonly TargetProgress[], ctx: CellContext): string {
  if (targets.length === 0) return ctx.t.dash;
  const one = (x: TargetProgress) =>
    cell(ctx.t.target(x.name, String(x.actual ?? ctx.t.dash), x.goal, x.unit, x.percent));
  return targets.map(one).join(ctx.t.targetSep);
}

export function signed(points: number): string {
  return points > 0 ? `+${points}` : String(points);
}
