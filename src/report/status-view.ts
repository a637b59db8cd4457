import { countLights, type ItemLight, type Light, type LightFilter, type LightReason } from '../assess/lights.js';
import { enStatus } from '../i18n/en-status.js';
import { zhStatus, type StatusText } from '../i18n/zh-status.js';
import type { LightSettings } from '../model/config.js';
import type { Lang } from '../model/diagnostic.js';
import { plainColors, type Colors } from '../format/types.js';
import { escapeCell } from '../text/markdown.js';
import { sanitize } from '../text/sanitize.js';
import { textTable } from '../text/table.js';

export function statusText(lang: Lang): StatusText {
  return lang === 'en' ? enStatus : zhStatus;
}

export interface StatusView {
  asOf: string;
  filter: LightFilter;
  settings: LightSettings;
  lights: readonly ItemLight[];
  lang: Lang;
  colors?: Colors;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

function reasonJson(r: LightReason): LightReason {
  return r.kind === 'behind' ? { ...r, expected: round1(r.expected), points: round1(r.points) } : { ...r };
}

/** docs/supervisors.md: the object of `status --format json`. Percentages rounded to one decimal place. */
export function statusJson(v: StatusView) {
  return {
    asOf: v.asOf,
    filter: {
      list: v.filter.list ?? null, unit: v.filter.unit ?? null,
      lead: v.filter.lead ?? null, light: v.filter.light ?? null,
    },
    settings: v.settings,
    counts: countLights(v.lights),
    items: v.lights.map((l) => ({
      item: l.item.key, list: l.item.list, title: l.item.data.title, file: l.item.file.path,
      unit: l.item.data.owner, lead: l.item.data.lead, light: l.light,
      timeProgress: round1(l.timeProgress),
      percent: l.percent ? { ...l.percent, expected: round1(l.percent.expected) } : null,
      next: l.next,
      reasons: l.reasons.map(reasonJson),
    })),
  };
}

/** The filter as words after a title. */
export function filterWords(f: LightFilter, t: StatusText): string {
  return (f.list ? t.filterList(f.list) : '') + (f.unit ? t.filterUnit(f.unit) : '') + (f.lead ? t.filterLead(f.lead) : '') +
    (f.light ? t.filterLight(f.light) : '');
}

/** The reasons of a light, one sentence. */
export const reasonsCell = (l: ItemLight, t: StatusText) => l.reasons.map(t.reason).join(t.reasonSep);

function cells(l: ItemLight, t: StatusText): string[] {
  return [
    t.light[l.light], t.listLabel(l.item.list), l.item.data.title, l.item.data.owner, l.item.data.lead,
    t.timeProgress(l.timeProgress), l.percent ? t.percent(l.percent.value, l.percent.month) : '—',
    t.next(l.next.due, l.next.milestone, l.next.days), reasonsCell(l, t),
  ];
}

const countsLine = (v: StatusView, t: StatusText) => {
  const c = countLights(v.lights);
  return t.counts(c.red, c.yellow, c.green);
};

/** For a terminal: a title, the counts, one row per item (the light in colour where colour is on), the rules. */
export function formatStatusTable(v: StatusView): string {
  const t = statusText(v.lang);
  const colors = v.colors ?? plainColors;
  const filter = filterWords(v.filter, t);
  if (v.lights.length === 0) return `${t.none(v.asOf, filter)}\n`;
  const paint: Record<Light, (s: string) => string> = { red: colors.red, yellow: colors.yellow, green: (s) => s };
  const out = [colors.bold(sanitize(t.title(v.asOf, filter))), sanitize(countsLine(v, t)), ''];
  out.push(...textTable(t.header, v.lights.map((l) => cells(l, t)), {
    align: ['left', 'left', 'left', 'left', 'left', 'right', 'left', 'left', 'left'],
    header: colors.bold,
    cell: (row, col, s) => (col === 0 ? paint[v.lights[row]!.light](s) : s),
  }));
  out.push('', t.rules(v.settings.yellowDays, v.settings.behindPoints));
  return out.join('\n') + '\n';
}

/** GitHub-flavoured Markdown: a heading, the counts, the table, the rules. */
export function formatStatusMarkdown(v: StatusView): string {
  const t = statusText(v.lang);
  const filter = filterWords(v.filter, t);
  if (v.lights.length === 0) return `${escapeCell(t.none(v.asOf, filter))}\n`;
  const out = [
    `## ${escapeCell(t.title(v.asOf, filter))}`,
    '',
    escapeCell(countsLine(v, t)),
    '',
    `| ${t.header.join(' | ')} |`,
    '| --- | --- | --- | --- | --- | ---: | --- | --- | --- |',
    ...v.lights.map((l) => {
      const c = cells(l, t).map(escapeCell);
      c[2] = `${c[2]} \`${l.item.key}\``;
      return `| ${c.join(' | ')} |`;
    }),
    '',
    escapeCell(t.rules(v.settings.yellowDays, v.settings.behindPoints)),
  ];
  return out.join('\n') + '\n';
}

/** The output formats of `status`, the first the default. */
export const statusFormats = {
  table: formatStatusTable,
  json: (v: StatusView) => `${JSON.stringify(statusJson(v), null, 2)}\n`,
  markdown: formatStatusMarkdown,
} as const;
