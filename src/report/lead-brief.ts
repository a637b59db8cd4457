import { countLights, lightsAsOf, type ItemLight } from '../assess/lights.js';
import { enStatus } from '../i18n/en-status.js';
import { enBrief } from '../i18n/en-brief.js';
import { zhBrief } from '../i18n/zh-brief.js';
import { zhStatus, type StatusText } from '../i18n/zh-status.js';
import type { LightSettings } from '../model/config.js';
import { lastDayOfMonth } from '../model/dates.js';
import type { Lang } from '../model/diagnostic.js';
import { isOpen } from '../model/status.js';
import type { Zone } from '../model/zone.js';
import { escapeCell as cell, escapeInline as inline, link, table } from '../text/markdown.js';
import type { NodeRow, ProblemRow } from './monthly/model.js';
import { overdueRows } from './monthly/nodes.js';
import { openProblems } from './monthly/problems.js';
import { reasonsCell } from './status-view.js';

/** The last line of every lead brief: how `report --lead` knows a file it may replace. */
export const BRIEF_MARK = '<!-- wuzhong:lead-brief -->';

/** docs/supervisors.md (`report --lead`): one page for a lead official about month M, as of its last day. */
export interface LeadBrief {
  zone: string;
  lead: string;
  month: string;
  asOf: string;
  settings: LightSettings;
  /** Items the leader leads: all of them, and the open ones with their lights. */
  total: number;
  lights: ItemLight[];
  overdue: NodeRow[];
  problems: ProblemRow[];
}

/** Everything the brief says; pure. */
export function buildLeadBrief(zone: Zone, lead: string, month: string, settings: LightSettings): LeadBrief {
  const asOf = lastDayOfMonth(month);
  const items = zone.items.filter((i) => i.data.lead === lead);
  const open = items.filter((i) => isOpen(i, asOf));
  return {
    zone: zone.config?.zone ?? '', lead, month, asOf, settings,
    total: items.length,
    lights: lightsAsOf(items, asOf, settings),
    overdue: overdueRows(open, asOf),
    problems: openProblems(open, asOf),
  };
}

/** The words of a leader's brief in one output language: src/i18n/zh-brief.ts and en-brief.ts. */
export interface BriefText {
  title(zone: string, lead: string, month: string): string;
  intro(asOf: string): string;
  sections: readonly [overview: string, items: string, overdue: string, problems: string];
  overview(b: LeadBrief, counts: string): string;
  itemsHeader: readonly string[];
  overdueHeader: readonly string[];
  itemDeadline: string;
  problemsHeader: readonly string[];
  none: string;
  provenance(lead: string, month: string): string;
}

export interface BriefOptions {
  lang: Lang;
  /** The zone root relative to the folder the brief is written to, with `/` (`..` for reports/). */
  root: string;
}

/** The brief as Markdown (GFM tables); the same data gives the same bytes. */
export function renderLeadBrief(b: LeadBrief, opts: BriefOptions): string {
  const t = opts.lang === 'en' ? enBrief : zhBrief;
  const s: StatusText = opts.lang === 'en' ? enStatus : zhStatus;
  const href = (file: string) => (opts.root === '' ? file : `${opts.root}/${file}`);
  const c = countLights(b.lights);
  const itemRows = b.lights.map((l) => [
    s.light[l.light], s.listLabel(l.item.list), link(l.item.data.title, href(l.item.file.path)),
    cell(l.item.data.owner),
    s.timeProgress(l.timeProgress), l.percent ? s.percent(l.percent.value, l.percent.month) : '—',
    cell(s.next(l.next.due, l.next.milestone, l.next.days)), cell(reasonsCell(l, s)) || '—',
  ]);
  const overdueRows = b.overdue.map((o) => [
    s.listLabel(o.item.list), link(o.item.title, href(o.item.file)), cell(o.milestone ?? t.itemDeadline), cell(o.unit),
    o.due, String(o.days),
  ]);
  const problemRows = b.problems.map((p) => [
    link(p.item.title, href(p.item.file)), cell(p.unit), p.raised, String(p.days), cell(p.text),
  ]);
  const orNone = (rows: string[][], header: readonly string[], align?: ('left' | 'right')[]) =>
    rows.length === 0 ? t.none : table([...header], rows, align);
  const blocks = [
    `# ${inline(t.title(b.zone, b.lead, b.month))}`,
    t.intro(b.asOf),
    `## ${t.sections[0]}`,
    cell(t.overview(b, s.counts(c.red, c.yellow, c.green))),
    `## ${t.sections[1]}`,
    orNone(itemRows, t.itemsHeader, ['left', 'left', 'left', 'left', 'right', 'left', 'left', 'left']),
    cell(s.rules(b.settings.yellowDays, b.settings.behindPoints)),
    `## ${t.sections[2]}`,
    orNone(overdueRows, t.overdueHeader, ['left', 'left', 'left', 'left', 'left', 'right']),
    `## ${t.sections[3]}`,
    orNone(problemRows, t.problemsHeader, ['left', 'left', 'left', 'right', 'left']),
    t.provenance(b.lead.replace(/--/g, '- -'), b.month),
    BRIEF_MARK,
  ];
  return `${blocks.join('\n\n')}\n`;
}

/** Whether a file is a brief `report --lead` wrote (and may replace). */
export function isLeadBrief(text: string): boolean {
  return text.replace(/\r\n/g, '\n').trimEnd().endsWith(BRIEF_MARK);
}
