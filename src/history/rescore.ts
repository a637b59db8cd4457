import { scoreMonth, type ScoreEvent } from '../assess/score.js';
import { msg, type Message } from '../i18n/index.js';
import type { AssessmentSettings, Config } from '../model/config.js';
import { monthOf, nextMonth } from '../model/dates.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { finding, type RuleInfo } from '../model/rule.js';
import type { ItemData } from '../model/item.js';
import { isSettled } from '../model/settled.js';
import type { AssessmentDoc, Item, PathSegment, Pos, SourceFile, Zone } from '../model/zone.js';
import type { Meeting } from '../model/coordination.js';
import type { Notice } from '../model/notice.js';
import { nfc } from './match.js';

/** One item's two sides: undefined now means gone, undefined base means new since REV. */
export interface ScoredChange {
  now: Item | undefined;
  base: Item | undefined;
  /** Milestone titles at REV → now, for the rename found by matching. */
  renamed: ReadonlyMap<string, string>;
}

/** Coordination records (meetings/, notices/) on one side. */
export interface Coordination {
  meetings: Meeting[];
  notices: Notice[];
}

export interface RescoreInput {
  zone: Zone;
  asOf: string;
  items: readonly ScoredChange[];
  /** Who may approve an amendment (undefined: any leader). */
  approvers: readonly string[] | undefined;
  /** wuzhong.yaml at REV when its bytes differ (undefined config: absent or invalid at REV). */
  config?: { config: Config | undefined; settings: AssessmentSettings };
  assessments: readonly {
    month: string; path: string; now: AssessmentDoc | undefined; base: AssessmentDoc | undefined;
  }[];
  /** Meetings and notices whose file differs at REV (`paths`): their valid records now and at REV. */
  coordination?: { paths: ReadonlySet<string>; now: Coordination; base: Coordination };
}

export const rescored: RuleInfo = {
  id: 'rescored',
  severity: 'error',
  description: {
    zh: '已结算月份按基准版本和现在的数据分别计分，某单位得分不同，而本次修改没有为该月新增经批准的更正记录（amendments）',
    en: 'a settled month scored from the base revision and from the data now gives some unit a different score, '
      + 'and the change adds no approved amendment for that month',
  },
  help: {
    zh: '已结算月份（过了下月报送日）的考核结果不能悄悄改变。确属更正的，经督查专班核实、领导批准后，'
      + '在同一个合并请求里给 assessments/<月份>.yaml 的 amendments 追加一条更正记录（reason、approved、date），'
      + '每个受影响的月份一条；否则撤回这项修改。',
    en: 'A settled month (past the next month\'s filing day) must not change silently. For a genuine correction, '
      + 'once the supervision team has checked it and a leader approved, append an amendment (reason, approved, date) '
      + 'under amendments in assessments/<month>.yaml in the same pull request, one per month affected; '
      + 'otherwise undo the edit.',
  },
};

const round2 = (x: number) => Math.round(x * 100) / 100;

/** What scoring reads from the config: when it is the same on both sides, only the changed files can move a score. */
const scoringKey = (settings: AssessmentSettings, units: readonly string[] | undefined) =>
  JSON.stringify([Object.entries(settings).sort(([a], [b]) => (a < b ? -1 : 1)), [...(units ?? [])].sort()]);

/** Every date of an item that can start an event: its earliest month bounds the months to score. */
function earliestMonth(data: ItemData): string {
  let min = data.start < data.due ? data.start : data.due;
  for (const m of data.milestones ?? []) for (const d of [m.due, m.done]) if (d !== undefined && d < min) min = d;
  return monthOf(min);
}

const eventKey = (e: ScoreEvent, item: string | undefined, milestone: string | undefined) =>
  `${e.event}\u0000${item ?? ''}\u0000${milestone ?? ''}\u0000${e.points}\u0000${e.reason ?? ''}`;

/**
 * `rescored`: every settled month scored with the data at REV and now; a unit whose score moved without a new
 * amendment for that month is an error at the line that moved it. Only the changed files are scored (scores are
 * sums over items), unless wuzhong.yaml changed what scoring reads, when both whole zones are scored.
 */
export function rescore(input: RescoreInput): Diagnostic[] {
  const { zone, asOf, items } = input;
  if (!zone.config) return [];
  const baseSettings = input.config?.settings ?? zone.settings;
  const whole =
    input.config !== undefined &&
    scoringKey(baseSettings, input.config.config?.units) !== scoringKey(zone.settings, zone.config.units);
  const filingDay = Math.min(zone.settings.filingDay, baseSettings.filingDay);

  const nowItems = items.flatMap((c) => (c.now ? [c.now] : []));
  const baseItems = items.flatMap((c) => (c.base ? [c.base] : []));
  const changedNow = new Map(input.assessments.flatMap((a) => (a.now ? [[a.month, a.now] as const] : [])));
  const changedBase = new Map(input.assessments.flatMap((a) => (a.base ? [[a.month, a.base] as const] : [])));
  const records = input.coordination ?? { paths: new Set<string>(), now: NONE, base: NONE };
  let nowSide: Zone, baseSide: Zone;
  if (whole) {
    const replaced = new Set(nowItems);
    const kept = <T extends { file: SourceFile }>(xs: readonly T[] | undefined) =>
      (xs ?? []).filter((x) => !records.paths.has(x.file.path));
    nowSide = zone;
    baseSide = {
      ...zone, config: input.config!.config ?? zone.config, settings: baseSettings,
      items: [...zone.items.filter((i) => !replaced.has(i)), ...baseItems],
      assessments: new Map([...[...zone.assessments].filter(([m]) => !changedNow.has(m)), ...changedBase]),
      meetings: [...kept(zone.meetings), ...records.base.meetings],
      notices: [...kept(zone.notices), ...records.base.notices],
    };
  } else {
    nowSide = { ...zone, items: nowItems, assessments: changedNow, ...records.now };
    baseSide = { ...zone, items: baseItems, assessments: changedBase, ...records.base };
  }
  const months = [
    ...changedNow.keys(), ...changedBase.keys(),
    ...[...nowSide.items, ...baseSide.items].map((i) => earliestMonth(i.data)),
    ...[records.now, records.base].flatMap(coordinationMonths),
  ];
  if (months.length === 0) return [];
  const first = months.reduce((a, b) => (a < b ? a : b));

  const out: Diagnostic[] = [];
  const nowKeyOf = new Map(items.flatMap((c) => (c.base && c.now ? [[c.base.key, c.now.key] as const] : [])));
  const change = new Map(items.map((c) => [c.now?.key ?? c.base!.key, c] as const));
  // A unit's whole score now, for the message: scored over the items that name it only (scores are per-unit sums).
  let byUnit: Map<string, Item[]> | undefined;
  const unitScore = (unit: string, month: string) => {
    byUnit ??= itemsByUnit(zone.items);
    const scored = scoreMonth({ ...zone, items: byUnit.get(unit) ?? [] }, month);
    return scored.units.find((x) => x.unit === unit)?.score ?? scored.settings.base;
  };
  for (let month = first; isSettled(month, asOf, filingDay); month = nextMonth(month)) {
    const before = scoreMonth(baseSide, month), after = scoreMonth(nowSide, month);
    const old = new Map(before.units.map((u) => [u.unit, u] as const));
    for (const u of after.units) {
      const b = old.get(u.unit);
      if (!b || Math.abs(u.score - b.score) < 1e-9) continue;
      const amended = amendmentFor(input, month);
      if (amended === true) break;
      const to = whole ? u.score : unitScore(u.unit, month);
      const from = whole ? b.score : round2(to - (u.score - b.score));
      const baseEvents = b.events.map((e) => ({ e, key: baseKey(e, nowKeyOf, change) }));
      const nowEvents = u.events.map((e) => ({ e, key: eventKey(e, e.item, e.milestone) }));
      const gained = minus(nowEvents, baseEvents), lost = minus(baseEvents, nowEvents);
      const spots = [
        ...gained.map((x) => cause(input, month, x.e, 'now', change, whole)),
        ...lost.map((x) => cause(input, month, x.e, 'base', change, whole)),
      ];
      const first = spots.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line))[0];
      const spot = first ?? { file: 'wuzhong.yaml', line: 1, column: 1 };
      const file = input.assessments.find((a) => a.month === month)?.path ?? `assessments/${month}.yaml`;
      const note = typeof amended === 'string' ? msg('rescoredBadAmendment', amended) : undefined;
      const message = msg('rescored', month, u.unit, from, to, describe(gained, lost), file, note);
      out.push(finding(rescored, spot.file, { line: spot.line, column: spot.column }, message));
    }
  }
  return out;
}

const NONE: Coordination = { meetings: [], notices: [] };

/** The months coordination records can start an event in: a meeting's date and decisions, a notice's reply day. */
function coordinationMonths(c: Coordination): string[] {
  const meetings = c.meetings.flatMap((m) => [
    m.data.date, ...(m.data.decisions ?? []).flatMap((d) => [d.due, d.done ?? d.due]),
  ]);
  return [...meetings, ...c.notices.map((n) => n.data.replyBy)].map(monthOf);
}

/** Each unit's items: those it owns or owns a milestone of. */
function itemsByUnit(items: readonly Item[]): Map<string, Item[]> {
  const out = new Map<string, Item[]>();
  for (const item of items) {
    const milestoneOwners = (item.data.milestones ?? []).flatMap((m) => (m.owner ? [m.owner] : []));
    const units = new Set([item.data.owner, ...milestoneOwners]);
    for (const u of units) (out.get(u) ?? out.set(u, []).get(u)!).push(item);
  }
  return out;
}

/** true: a new, valid amendment covers the month; a name: only new amendments that do not count; false: none. */
function amendmentFor(input: RescoreInput, month: string): boolean | string {
  const a = input.assessments.find((x) => x.month === month);
  const same = (x: object, y: object) => JSON.stringify(x) === JSON.stringify(y);
  const before = [...(a?.base?.data.amendments ?? [])];
  const added = (a?.now?.data.amendments ?? []).filter((n) => {
    const k = before.findIndex((b) => same(b, n));
    if (k < 0) return true;
    before.splice(k, 1);
    return false;
  });
  if (added.length === 0) return false;
  const approvers = input.approvers;
  const valid = added.find((x) => x.date <= input.asOf && (!approvers || approvers.includes(x.approved)));
  return valid ? true : added[0]!.approved;
}

function baseKey(
  e: ScoreEvent, nowKeyOf: ReadonlyMap<string, string>, change: ReadonlyMap<string, ScoredChange>,
): string {
  const item = e.item === undefined ? undefined : (nowKeyOf.get(e.item) ?? e.item);
  const renamed = item === undefined ? undefined : change.get(item)?.renamed;
  const milestone = e.milestone === undefined ? undefined : (renamed?.get(e.milestone) ?? e.milestone);
  return eventKey(e, item, milestone);
}

/** Multiset difference by key, in the order of `a`. */
function minus<T extends { key: string }>(a: readonly T[], b: readonly T[]): T[] {
  const left = new Map<string, number>();
  for (const x of b) left.set(x.key, (left.get(x.key) ?? 0) + 1);
  return a.filter((x) => {
    const n = left.get(x.key) ?? 0;
    if (n > 0) left.set(x.key, n - 1);
    return n === 0;
  });
}

const MAX_LISTED = 4;

function describe(gained: readonly { e: ScoreEvent }[], lost: readonly { e: ScoreEvent }[]): Message {
  const list = (xs: readonly { e: ScoreEvent }[]) => xs.length === 0 ? undefined
    : msg('rescoredEvents', Math.max(0, xs.length - MAX_LISTED), ...xs.slice(0, MAX_LISTED).map(({ e }) =>
      msg('rescoredEvent', e.item, e.milestone, e.event, e.points, e.reason)));
  return msg('rescoredChanges', list(gained), list(lost));
}

type Spot = Pos & { file: string };

const spotAt = (file: SourceFile, path: readonly PathSegment[], at: 'key' | 'value' = 'value'): Spot => {
  const p = file.locate(path, at);
  return { file: file.path, line: p.line, column: p.column };
};

const differs = (a: unknown, b: unknown) => JSON.stringify(a) !== JSON.stringify(b);

/** The line that moved an event: the changed field of its milestone or item, the adjustment, or the config. */
function cause(
  input: RescoreInput, month: string, e: ScoreEvent, side: 'now' | 'base',
  change: ReadonlyMap<string, ScoredChange>, whole: boolean,
): Spot {
  if (e.item === undefined) {
    const doc = input.assessments.find((a) => a.month === month);
    if (doc?.now) {
      const adjustments = doc.now.data.adjustments ?? [];
      const i = side === 'now' ? adjustments.findIndex((a) => a.reason === e.reason && a.points === e.points) : -1;
      return i >= 0 ? spotAt(doc.now.file, ['adjustments', i]) : spotAt(doc.now.file, ['adjustments'], 'key');
    }
    return { file: e.file ?? 'wuzhong.yaml', line: 1, column: 1 };
  }
  if (e.file !== undefined && input.coordination?.paths.has(e.file)) return coordinationSpot(input.coordination, e);
  const key = side === 'base' ? ([...change.values()].find((c) => c.base?.key === e.item)?.now?.key ?? e.item) : e.item;
  const c = change.get(key);
  if (!c) return configSpot(input, whole);
  if (!c.now) return { file: c.base!.file.path, line: 1, column: 1 };
  const now = c.now;
  const title = e.milestone === undefined ? undefined
    : side === 'base' ? (c.renamed.get(e.milestone) ?? e.milestone) : e.milestone;
  const doneEvent = e.event === 'on-time' || e.event === 'early' || e.event === 'claimed' || e.event === 'late';
  if (title !== undefined) {
    const i = (now.data.milestones ?? []).findIndex((m) => nfc(m.title) === nfc(title));
    const m = now.data.milestones?.[i];
    if (!m) return spotAt(now.file, ['milestones'], 'key');
    const baseTitle = [...c.renamed].find(([, to]) => to === m.title)?.[0] ?? m.title;
    const old = c.base?.data.milestones?.find((x) => nfc(x.title) === nfc(baseTitle));
    if (!old) return spotAt(now.file, ['milestones', i, doneEvent ? 'done' : 'due']);
    const field = (['done', 'due', 'owner', 'planned', 'title'] as const).find((f) => differs(m[f], old[f]));
    if (field) return spotAt(now.file, ['milestones', i, field]);
  }
  if (!c.base) return spotAt(now.file, ['start']);
  const fields = ['claimed', 'owner', 'status', 'closed', 'start', 'updates', 'due'] as const;
  const field = fields.find((f) => differs(now.data[f], c.base!.data[f]));
  return field ? spotAt(now.file, [field], field === 'updates' ? 'key' : 'value') : spotAt(now.file, ['title']);
}

/**
 * The line of a meeting or notice that moved an event: the decision's (or notice's) field that changed, in the
 * record as it is now; a record gone since REV is named by its path.
 */
function coordinationSpot(c: NonNullable<RescoreInput['coordination']>, e: ScoreEvent): Spot {
  const path = e.file!;
  const meeting = c.now.meetings.find((m) => m.file.path === path);
  if (meeting) {
    const was = c.base.meetings.find((m) => m.file.path === path);
    const decisions = meeting.data.decisions ?? [];
    const i = decisions.findIndex((d) => nfc(d.text) === nfc(e.milestone ?? ''));
    const d = decisions[i];
    if (!d) return spotAt(meeting.file, ['decisions'], 'key');
    const old = was?.data.decisions?.find((x) => nfc(x.text) === nfc(d.text));
    const field = old && (['done', 'due', 'unit'] as const).find((f) => differs(d[f], old[f]));
    const own = e.event === 'decision-overdue' ? 'due' : 'done';
    return spotAt(meeting.file, ['decisions', i, field ?? own]);
  }
  const notice = c.now.notices.find((n) => n.file.path === path);
  if (notice) {
    const was = c.base.notices.find((n) => n.file.path === path)?.data;
    const fields = ['replyBy', 'replies', 'closed', 'unit'] as const;
    const field = was && fields.find((f) => differs(notice.data[f], was[f]));
    return spotAt(notice.file, [field ?? 'replyBy'], field === 'replies' || field === 'closed' ? 'key' : 'value');
  }
  return { file: path, line: 1, column: 1 };
}

function configSpot(input: RescoreInput, whole: boolean): Spot {
  const file = input.zone.configFile;
  if (!file || !whole || !input.config) return { file: 'wuzhong.yaml', line: 1, column: 1 };
  const was = input.config.settings, is = input.zone.settings;
  const key = (Object.keys(is) as (keyof AssessmentSettings)[]).find((k) => was[k] !== is[k]);
  return key ? spotAt(file, ['assessment', key]) : spotAt(file, ['units'], 'key');
}
