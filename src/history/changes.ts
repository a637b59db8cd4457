import { daysBetween } from '../model/dates.js';
import type { AssessmentFile } from '../model/config.js';
import type { ItemData, Postponement, Status } from '../model/item.js';
import { matchMilestones } from './match.js';
import type { CoordinationChange } from './coordination-log.js';

/** What one commit did to one item, in terms of the model (not of lines). */
export type Change =
  | { kind: 'created'; title: string; due: string }
  /** The oldest commit of a shallow clone: the item existed already; its creation is not in the local history. */
  | { kind: 'history-start'; title: string; due: string }
  | { kind: 'deleted' }
  | { kind: 'unreadable' }
  | { kind: 'due'; from: string; to: string; postponement: Postponement | null }
  | { kind: 'milestone-due'; milestone: string; from: string; to: string; postponement: Postponement | null }
  | { kind: 'milestone-added'; milestone: string; due: string; planned?: string }
  | { kind: 'milestone-removed'; milestone: string }
  | { kind: 'milestone-renamed'; from: string; to: string }
  | { kind: 'owner'; milestone: string | null; from: string; to: string }
  | { kind: 'plan'; milestone: string; from: string | null; to: string | null }
  | { kind: 'claim'; from: string | boolean | null; to: string | boolean | null }
  | { kind: 'postponement-edited'; milestone: string | null; from: string }
  | { kind: 'milestone-done'; milestone: string; done: string; previous: string | null; days: number }
  | { kind: 'milestone-undone'; milestone: string; previous: string }
  | { kind: 'status'; from: Status; to: Status; closed: string | null }
  | { kind: 'percent'; month: string; from: number | null; to: number | null }
  | { kind: 'postponement-added'; milestone: string | null; from: string; reason: string; approved: string; date?: string }
  | { kind: 'amendment'; month: string; reason: string; approved: string; date: string }
  | { kind: 'adjustments'; month: string }
  | { kind: 'edited' }
  | CoordinationChange;

/** The postponement that explains a move from `from`, as docs/scoring.md (review gate) matches them. */
const explaining = (postponed: readonly Postponement[] | undefined, from: string) =>
  (postponed ?? []).find((p) => p.from === from) ?? null;

/**
 * The changes between two versions of an item (undefined: no file; null: a file that does not parse
 * or validate). `recorded` is the commit's date in the zone's time zone, for how late a `done` was written.
 */
export function diffItem(
  before: ItemData | null | undefined, after: ItemData | null | undefined, recorded: string,
): Change[] {
  if (after === undefined) return [{ kind: 'deleted' }];
  if (after === null) return [{ kind: 'unreadable' }];
  if (before === undefined) return [{ kind: 'created', title: after.title, due: after.due }];
  if (before === null) return [{ kind: 'edited' }];
  const changes = [
    ...statusChange(before, after), ...ownerChange(before, after), ...claimChange(before, after),
    ...dueChange(before, after), ...milestoneChanges(before, after, recorded), ...postponementsAdded(before, after),
    ...postponementsEdited(before, after), ...percentChanges(before, after),
  ];
  return changes.length > 0 ? changes : [{ kind: 'edited' }];
}

function statusChange(before: ItemData, after: ItemData): Change[] {
  const from = before.status ?? 'active', to = after.status ?? 'active';
  return from === to ? [] : [{ kind: 'status', from, to, closed: after.closed ?? null }];
}

function ownerChange(before: ItemData, after: ItemData): Change[] {
  return before.owner === after.owner ? [] : [{ kind: 'owner', milestone: null, from: before.owner, to: after.owner }];
}

function claimChange(before: ItemData, after: ItemData): Change[] {
  const from = before.claimed ?? null, to = after.claimed ?? null;
  return from === to ? [] : [{ kind: 'claim', from, to }];
}

function dueChange(before: ItemData, after: ItemData): Change[] {
  if (before.due === after.due) return [];
  return [{ kind: 'due', from: before.due, to: after.due, postponement: after.due > before.due ? explaining(after.postponed, before.due) : null }];
}

function milestoneChanges(before: ItemData, after: ItemData, recorded: string): Change[] {
  const match = matchMilestones(before.milestones, after.milestones);
  const pairOf = new Map(match.pairs.map((p) => [p.index, p] as const));
  const out: Change[] = [];
  (after.milestones ?? []).forEach((m, i) => {
    const pair = pairOf.get(i);
    const b = pair?.base;
    if (!b) out.push({ kind: 'milestone-added', milestone: m.title, due: m.due, ...(m.planned ? { planned: m.planned } : {}) });
    else {
      if (pair.renamed) out.push({ kind: 'milestone-renamed', from: b.title, to: m.title });
      if (b.due !== m.due) {
        out.push({ kind: 'milestone-due', milestone: m.title, from: b.due, to: m.due, postponement: m.due > b.due ? explaining(m.postponed, b.due) : null });
      }
      const owner = { from: b.owner ?? before.owner, to: m.owner ?? after.owner };
      // A milestone that inherits the item's owner moves with it; the item's own change says so.
      if ((b.owner !== undefined || m.owner !== undefined) && owner.from !== owner.to) out.push({ kind: 'owner', milestone: m.title, ...owner });
      if (b.planned !== m.planned) out.push({ kind: 'plan', milestone: m.title, from: b.planned ?? null, to: m.planned ?? null });
    }
    if (m.done !== undefined && m.done !== b?.done) {
      out.push({ kind: 'milestone-done', milestone: m.title, done: m.done, previous: b?.done ?? null, days: daysBetween(m.done, recorded) });
    } else if (m.done === undefined && b?.done !== undefined) {
      out.push({ kind: 'milestone-undone', milestone: m.title, previous: b.done });
    }
  });
  for (const b of match.gone) out.push({ kind: 'milestone-removed', milestone: b.title });
  return out;
}

/**
 * Approval records that appear in this commit without a move they explain in the same commit (that move
 * already names its record): an approval given after the fact must show in the audit trail.
 */
function postponementsAdded(before: ItemData, after: ItemData): Change[] {
  const key = postponementKey;
  const added = (
    was: readonly Postponement[] | undefined, now: readonly Postponement[] | undefined, milestone: string | null,
    movedFrom: string | undefined,
  ): Change[] => {
    const old = new Set((was ?? []).map(key));
    return (now ?? [])
      .filter((p) => !old.has(key(p)) && p.from !== movedFrom)
      .map((p) => ({ kind: 'postponement-added', milestone, from: p.from, reason: p.reason, approved: p.approved, ...(p.date ? { date: p.date } : {}) }));
  };
  const oldMilestones = new Map((before.milestones ?? []).map((m) => [m.title, m] as const));
  return [
    ...added(before.postponed, after.postponed, null, after.due > before.due ? before.due : undefined),
    ...(after.milestones ?? []).flatMap((m) => {
      const b = oldMilestones.get(m.title);
      return added(b?.postponed, m.postponed, m.title, b && m.due > b.due ? b.due : undefined);
    }),
  ];
}

const postponementKey = (p: Postponement) => `${p.from}\u0000${p.reason}\u0000${p.approved}\u0000${p.date ?? ''}`;

/** Records present before and changed or gone after: approvals are append-only, so each is named. */
function postponementsEdited(before: ItemData, after: ItemData): Change[] {
  const gone = (
    was: readonly Postponement[] | undefined, now: readonly Postponement[] | undefined, milestone: string | null,
  ): Change[] => {
    const left = (now ?? []).map(postponementKey);
    return (was ?? []).filter((p) => {
      const k = left.indexOf(postponementKey(p));
      if (k >= 0) left.splice(k, 1);
      return k < 0;
    }).map((p) => ({ kind: 'postponement-edited', milestone, from: p.from }));
  };
  const match = matchMilestones(before.milestones, after.milestones);
  return [
    ...gone(before.postponed, after.postponed, null),
    ...match.pairs.flatMap((p) => gone(p.base.postponed, p.now.postponed, p.now.title)),
  ];
}

/** Percent per update month; `from` is that month's old percent, else the latest one reported before it. */
function percentChanges(before: ItemData, after: ItemData): Change[] {
  const old = new Map((before.updates ?? []).map((u) => [u.month, u.percent] as const));
  const out: Change[] = [];
  for (const u of [...(after.updates ?? [])].sort((a, b) => (a.month < b.month ? -1 : 1))) {
    const had = old.has(u.month);
    const from = had ? (old.get(u.month) ?? null) : latestBefore(before, u.month);
    const to = u.percent ?? null;
    if ((had || to !== null) && from !== to) out.push({ kind: 'percent', month: u.month, from, to });
  }
  return out;
}

function latestBefore(item: ItemData, month: string): number | null {
  let best: { month: string; percent: number } | undefined;
  for (const u of item.updates ?? []) {
    if (u.percent !== undefined && u.month < month && (!best || u.month > best.month)) {
      best = { month: u.month, percent: u.percent };
    }
  }
  return best?.percent ?? null;
}

/**
 * What one commit did to `assessments/M.yaml`: each amendment added (the approval record of a settled month), and
 * adjustments changed.
 */
export function diffAssessment(
  month: string, before: AssessmentFile | null | undefined, after: AssessmentFile | null | undefined,
): Change[] {
  if (after === null) return [{ kind: 'unreadable' }];
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const was = [...(before?.amendments ?? [])];
  const added = (after?.amendments ?? []).filter((a) => {
    const k = was.findIndex((b) => same(a, b));
    if (k >= 0) was.splice(k, 1);
    return k < 0;
  });
  return [
    ...added.map((a): Change => ({ kind: 'amendment', month, reason: a.reason, approved: a.approved, date: a.date })),
    ...(same(before?.adjustments ?? [], after?.adjustments ?? []) ? [] : [{ kind: 'adjustments', month } as Change]),
  ];
}
