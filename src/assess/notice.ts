import { enRisk } from '../i18n/en-risk.js';
import { render, type Lang } from '../i18n/index.js';
import { zhRisk } from '../i18n/zh-risk.js';
import type { Calendar } from '../model/calendar.js';
import { riskSettingsOf } from '../model/config.js';
import {
  addWorkingDays, isUnanswered, noticeNumber, noticePath, noticeSettingsOf,
  type NoticeData, type NoticeKind, type NoticeNode,
} from '../model/notice.js';
import type { Zone } from '../model/zone.js';
import { overdueList } from './overdue-list.js';
import { riskAsOf } from './risk.js';
import { signalMessage } from './risk-text.js';

export interface NoticeDraft {
  /** `<year>/<NNN>`. */
  id: string;
  year: number;
  n: number;
  yamlPath: string;
  mdPath: string;
  docxPath: string;
  data: NoticeData;
}

export interface DraftInput {
  zone: Zone;
  unit: string;
  asOf: string;
  kind: NoticeKind;
  calendar: Calendar;
  /** Every path in the zone (valid files or not): a number is never used twice. */
  paths: readonly string[];
  /** The language of the risk reasons written into the notice. */
  lang: Lang;
}

/** The next free number of a year: one more than the highest notices/<year>/<NNN>.yaml, .md or .docx there is. */
export function nextNoticeNumber(paths: readonly string[], year: number): number {
  let max = 0;
  for (const p of paths) {
    const m = /^notices\/(\d{4})\/(\d{3})\.(yaml|md|docx)$/.exec(p);
    if (m && Number(m[1]) === year) max = Math.max(max, Number(m[2]));
  }
  return max + 1;
}

/**
 * docs/supervisors.md (`notice`): a numbered notice to `unit` listing its overdue nodes (milestones, item deadlines,
 * meeting decisions) and its milestones at risk, with the reply deadline `replyDays` working days after `asOf`.
 * A 催办 follows the unit's 督办 notices left unanswered. Undefined when the unit has nothing to list. Pure.
 */
export function draftNotice(input: DraftInput): NoticeDraft | undefined {
  const { zone, unit, asOf, kind, calendar } = input;
  const settings = noticeSettingsOf(zone.config);
  const overdue: NoticeNode[] = overdueList(zone, asOf, { unit }).rows.map((r) => ({
    item: r.item, ...(r.milestone === null ? {} : { milestone: r.milestone }), due: r.due, status: 'overdue', days: r.days,
  }));
  const risk: NoticeNode[] = riskAsOf(zone.items, asOf, calendar, riskSettingsOf(zone.config), { unit }).map((e) => ({
    item: e.item.key, milestone: e.milestone, due: e.due, status: 'risk',
    reasons: e.signals.map((s) => render(signalMessage(s, asOf), input.lang)).join((input.lang === 'en' ? enRisk : zhRisk).reasonSep),
  }));
  const nodes = [...overdue, ...risk];
  if (nodes.length === 0) return undefined;
  const year = Number(asOf.slice(0, 4));
  const n = nextNoticeNumber(input.paths, year);
  const follows = kind !== '催办' ? [] : (zone.notices ?? [])
    .filter((x) => x.data.unit === unit && x.data.kind === '督办' && isUnanswered(x.data, asOf))
    .map((x) => x.id);
  const data: NoticeData = {
    number: noticeNumber(settings.pattern, year, n),
    kind,
    unit,
    date: asOf,
    replyBy: addWorkingDays(calendar, asOf, settings.replyDays),
    ...(follows.length > 0 ? { follows } : {}),
    nodes,
  };
  const id = `${year}/${String(n).padStart(3, '0')}`;
  const path = (ext: 'yaml' | 'md' | 'docx') => noticePath(year, n, ext);
  return { id, year, n, yamlPath: path('yaml'), mdPath: path('md'), docxPath: path('docx'), data };
}

