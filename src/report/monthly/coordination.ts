import { PROBLEM_LEVELS, decisionDone, decisionsOf } from '../../model/coordination.js';
import { daysBetween, firstDayOfMonth, lastDayOfMonth } from '../../model/dates.js';
import { enCoordinationWords } from '../../i18n/en-monthly.js';
import { zhCoordinationWords } from '../../i18n/zh-monthly.js';
import type { Lang } from '../../model/diagnostic.js';
import type { Zone } from '../../model/zone.js';
import { escapeCell as cell, escapeInline as inline, link, table } from '../../text/markdown.js';
import type { CellContext } from './cells.js';

/**
 * docs/supervisors.md: the report's coordination section — the month's meetings, the decisions open at D,
 * open problems by level with the average days to resolve those resolved in the month, and the month's notices.
 * A month with none of these (a zone that keeps no coordination records) gets no section: its report is unchanged.
 */
export interface CoordinationSection {
  meetings: {
    file: string; date: string; title: string; convener: string; units: string[]; decisions: number; done: number;
  }[];
  /** Decisions of meetings held by D and not done by D; `days` overdue as of D (0 when not yet due). */
  decisions: { file: string; meeting: string; text: string; unit: string; due: string; days: number }[];
  /** Per level (and 未分级 without one): open at D, resolved in M, average days raised → resolved of those. */
  levels: { level: string; open: number; resolved: number; averageDays: number | undefined }[];
  notices: NoticeRow[];
}

interface NoticeRow {
  file: string;
  number: string;
  kind: string;
  unit: string;
  date: string;
  replyBy: string;
  replied?: string;
  closed?: string;
  issued: boolean;
}

const UNGRADED = '';

export function coordinationSection(zone: Zone, month: string): CoordinationSection | undefined {
  const first = firstDayOfMonth(month), last = lastDayOfMonth(month);
  const inMonth = (d: string | undefined) => d !== undefined && d >= first && d <= last;
  const meetings = (zone.meetings ?? []).filter((m) => inMonth(m.data.date)).map(({ file, data }) => ({
    file: file.path, date: data.date, title: data.title, convener: data.convener, units: data.units,
    decisions: data.decisions?.length ?? 0, done: (data.decisions ?? []).filter((d) => decisionDone(d, last)).length,
  }));
  const open = decisionsOf(zone.meetings, last).filter((r) => !decisionDone(r.decision, last));
  const decisions = open.map(({ meeting, decision: d }) => ({
    file: meeting.file.path, meeting: meeting.data.title, text: d.text, unit: d.unit, due: d.due,
    days: d.due < last ? daysBetween(d.due, last) : 0,
  })).sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
  const problems = zone.items.flatMap((i) => i.data.problems ?? []).filter((p) => p.raised <= last);
  const graded = problems.some((p) => p.level !== undefined);
  const levels = !graded ? [] : [...PROBLEM_LEVELS, UNGRADED].map((level) => {
    const of = problems.filter((p) => (p.level ?? UNGRADED) === level);
    const resolved = of.filter((p) => inMonth(p.resolved));
    const total = resolved.reduce((n, p) => n + daysBetween(p.raised, p.resolved!), 0);
    return {
      level, open: of.filter((p) => p.resolved === undefined || p.resolved > last).length, resolved: resolved.length,
      averageDays: resolved.length === 0 ? undefined : Math.round((total / resolved.length) * 10) / 10,
    };
  }).filter((l) => l.open + l.resolved > 0);
  const ofMonth = (zone.notices ?? []).filter((n) => inMonth(n.data.date) || inMonth(n.data.closed?.date));
  const notices = ofMonth.map(({ file, data }) => ({
    file: file.path, number: data.number, kind: data.kind, unit: data.unit, date: data.date, replyBy: data.replyBy,
    replied: data.replies?.map((r) => r.date).filter((d) => d <= last).sort()[0],
    closed: data.closed && data.closed.date <= last ? data.closed.date : undefined,
    issued: inMonth(data.date),
  }));
  if (meetings.length + decisions.length + levels.length + notices.length === 0) return undefined;
  return { meetings, decisions, levels, notices };
}

/** The coordination section's words in one output language: src/i18n/zh-monthly.ts and en-monthly.ts. */
export interface CoordinationWords {
  heading: (asOf: string) => string;
  meetings: (month: string) => string;
  meetingsHeader: string[];
  decisions: (asOf: string) => string;
  decisionsHeader: string[];
  overdue: (days: number) => string;
  levels: (month: string) => string;
  levelsHeader: string[];
  ungraded: string;
  notices: (month: string) => string;
  noticesHeader: string[];
  issuedClosed: (issued: boolean, closed: string | undefined) => string;
  none: string;
  dash: string;
  sep: string;
}

const WORDS: Record<Lang, CoordinationWords> = { 'zh-CN': zhCoordinationWords, en: enCoordinationWords };

/** The section as Markdown blocks; nothing when the month has no coordination records. */
export function coordinationBlocks(
  s: CoordinationSection | undefined, month: string, asOf: string, ctx: CellContext,
): string[] {
  if (!s) return [];
  const w = WORDS[ctx.lang];
  const file = (title: string, path: string) => link(title, ctx.root === '' ? path : `${ctx.root}/${path}`);
  const orNone = (n: number, render: () => string) => (n === 0 ? w.none : render());
  return [
    `## ${inline(w.heading(asOf))}`,
    `### ${inline(w.meetings(month))}`,
    orNone(s.meetings.length, () => table(w.meetingsHeader, s.meetings.map((m) => [
      m.date, file(m.title, m.file), cell(m.convener), cell(m.units.join(w.sep)), String(m.decisions), String(m.done),
    ]))),
    `### ${inline(w.decisions(asOf))}`,
    orNone(s.decisions.length, () => table(w.decisionsHeader, s.decisions.map((d) =>
      [file(d.meeting, d.file), cell(d.text), cell(d.unit), d.due, w.overdue(d.days)]))),
    ...(s.levels.length === 0 ? [] : [`### ${inline(w.levels(month))}`, table(w.levelsHeader, s.levels.map((l) => [
      l.level === UNGRADED ? w.ungraded : l.level, String(l.open), String(l.resolved),
      l.averageDays === undefined ? w.dash : String(l.averageDays),
    ]))]),
    `### ${inline(w.notices(month))}`,
    orNone(s.notices.length, () => table(w.noticesHeader, s.notices.map((n) => [
      file(n.number, n.file), n.kind, cell(n.unit), n.date, n.replyBy, n.replied ?? w.dash, n.closed ?? w.dash,
      w.issuedClosed(n.issued, n.closed),
    ]))),
  ];
}
