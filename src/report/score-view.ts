import type { MonthScore, ScoreEvent, UnitScore } from '../assess/score.js';
import { escapeCell } from '../text/markdown.js';
import { sanitize } from '../text/sanitize.js';
import { plainColors, type Colors } from '../format/types.js';
import type { Lang } from '../model/diagnostic.js';
import { assessText, tiedRanks, type AssessText } from './assess-text.js';
import { alignColumns, textTable } from '../text/table.js';
import type { filingJson } from './filing-text.js';

export interface ScoreViewInput {
  data: MonthScore;
  zone: string;
  lang: Lang;
  explain: boolean;
  /** `--unit` / `--lead`: named after the title (the data is already filtered, see assess/score-filter.ts). */
  filter?: { unit?: string; lead?: string };
  colors?: Colors;
  /** While M's returns are open (docs/supervisors.md): `score --format json` carries it as `filing`. */
  filing?: ReturnType<typeof filingJson>;
}

const filterWords = (input: ScoreViewInput, t: AssessText) =>
  (input.filter?.unit ? t.filterUnit(input.filter.unit) : '') + (input.filter?.lead ? t.filterLead(input.filter.lead) : '');

export type ScoreJsonEvent =
  | { event: string; points: number; item: string; milestone: string | null; file: string; line: number; days?: number }
  | { event: 'adjustment'; points: number; reason: string; file: string; line: number };

export interface ScoreJson {
  month: string;
  asOf: string;
  published?: MonthScore['published'];
  units: Array<{
    unit: string; score: number; rank: number; tier: string; base: number; additions: number; deductions: number;
    events: ScoreJsonEvent[];
  }>;
}

function jsonEvent(e: ScoreEvent): ScoreJsonEvent {
  if (e.event === 'adjustment') return { event: 'adjustment', points: e.points, reason: e.reason ?? '', file: e.file ?? '', line: e.line ?? 1 };
  const out: ScoreJsonEvent = { event: e.event, points: e.points, item: e.item ?? '', milestone: e.milestone ?? null, file: e.file ?? '', line: e.line ?? 1 };
  if (e.days !== undefined) out.days = e.days;
  return out;
}

/** The docs/supervisors.md object of `score --format json` (plus asOf, base, additions, deductions and days). */
export function scoreJson(data: MonthScore): ScoreJson {
  return {
    month: data.month,
    asOf: data.asOf,
    ...(data.published ? { published: data.published } : {}),
    units: data.units.map((u) => ({
      unit: u.unit, score: u.score, rank: u.rank, tier: u.tier,
      base: u.base, additions: u.additions, deductions: u.deductions,
      events: u.events.map(jsonEvent),
    })),
  };
}

export function formatScoreJson(data: MonthScore): string {
  return JSON.stringify(scoreJson(data), null, 2) + '\n';
}

export const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

/** What an event is about: the milestone (or item) and how many days, or the adjustment's reason. */
function eventSubject(e: ScoreEvent, t: AssessText, planLeadDays: number): { what: string; detail: string } {
  if (e.event === 'adjustment') return { what: e.reason ?? '', detail: '' };
  const days = e.days;
  const detail =
    days === undefined ? '' : e.event === 'unplanned' ? t.planLead(days, planLeadDays) : e.event === 'late' ? t.daysLate(days) : e.event === 'overdue' || e.event === 'serious' ? t.daysOverdue(days) : e.event === 'early' ? t.daysEarly(days) : '';
  return { what: e.milestone ?? '', detail };
}

const location = (e: ScoreEvent) => (e.file ? `${e.file}:${e.line ?? 1}` : '');

function eventRows(u: UnitScore, t: AssessText, planLeadDays: number): string[][] {
  return u.events.map((e) => {
    const { what, detail } = eventSubject(e, t, planLeadDays);
    return [signed(e.points), t.event[e.event], e.item ?? '', what, detail, location(e)];
  });
}

/** For a terminal: the ranking table, then with `explain` every unit's events under it. */
export function formatScoreTable(input: ScoreViewInput): string {
  const { data, lang } = input;
  const t = assessText(lang);
  const colors = input.colors ?? plainColors;
  const s = data.settings;
  const paintTier = (u: UnitScore, x: string) => (u.tier === 'reward' ? colors.bold(x) : u.tier === 'warning' ? colors.red(x) : x);
  const tied = tiedRanks(data.units);
  const out = [colors.bold(sanitize(t.scoreTitle(input.zone, data.month, data.asOf) + filterWords(input, t))), t.scoreRules(s.base, s.rewardAt, s.warnAt), ''];
  out.push(
    ...textTable(
      t.scoreHeader,
      data.units.map((u) => [
        t.rank(u.rank, tied.has(u.rank)), u.unit, String(u.score),
        String(u.additions), String(u.deductions), t.tier[u.tier],
      ]),
      {
        align: ['right', 'left', 'right', 'right', 'right', 'left'], header: colors.bold,
        cell: (r, c, x) => (c === 5 ? paintTier(data.units[r]!, x) : x),
      },
    ),
  );
  if (input.explain) {
    for (const u of data.units) {
      out.push('', colors.bold(sanitize(t.unitLine(u.unit, u.score, u.rank, u.tier, tied.has(u.rank)))));
      out.push(...(u.events.length === 0 ? [`  ${t.noEvents}`] : alignColumns(eventRows(u, t, s.planLeadDays), { align: ['right'] }).map((l) => `  ${l}`)));
    }
  }
  return out.join('\n') + '\n';
}

/** GitHub-flavoured Markdown: the ranking table, then with `explain` a list of events per unit. */
export function formatScoreMarkdown(input: ScoreViewInput): string {
  const { data, lang } = input;
  const t = assessText(lang);
  const s = data.settings;
  const tied = tiedRanks(data.units);
  const out = [
    `## ${escapeCell(t.scoreTitle(input.zone, data.month, data.asOf) + filterWords(input, t))}`,
    '',
    escapeCell(t.scoreRules(s.base, s.rewardAt, s.warnAt)),
    '',
    `| ${t.scoreHeader.join(' | ')} |`,
    '| ---: | --- | ---: | ---: | ---: | --- |',
    ...data.units.map((u) => `| ${t.rank(u.rank, tied.has(u.rank))} | ${escapeCell(u.unit)} | ${u.score} | ${u.additions} | ${u.deductions} | ${escapeCell(t.tier[u.tier])} |`),
  ];
  if (input.explain) {
    for (const u of data.units) {
      out.push('', `### ${escapeCell(t.unitLine(u.unit, u.score, u.rank, u.tier, tied.has(u.rank)))}`, '');
      if (u.events.length === 0) out.push(escapeCell(t.noEvents));
      for (const e of u.events) {
        const { what, detail } = eventSubject(e, t, s.planLeadDays);
        const parts = [`**${signed(e.points)}**`, escapeCell(t.event[e.event])];
        if (e.item) parts.push(`\`${e.item}\``);
        if (what) parts.push(escapeCell(what));
        if (detail) parts.push(escapeCell(detail));
        if (e.file) parts.push(`(\`${location(e)}\`)`);
        out.push(`- ${parts.join(' ')}`);
      }
    }
  }
  return out.join('\n') + '\n';
}

/** The output formats of `score`, the first the default: a format is one function and one line here. */
export const scoreFormats = {
  table: formatScoreTable,
  json: (input: ScoreViewInput) =>
    input.filing === undefined ? formatScoreJson(input.data) : JSON.stringify({ ...scoreJson(input.data), filing: input.filing }, null, 2) + '\n',
  markdown: formatScoreMarkdown,
} as const;
