import type { Messages } from '../i18n/index.js';
import { addDays, daysBetween } from '../model/dates.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { ItemData, Milestone, Postponement } from '../model/item.js';
import { claimDate, plannedDate } from '../model/status.js';
import type { Item, PathSegment } from '../model/zone.js';
import { at } from '../rules/types.js';
import type { MilestoneMatch } from './match.js';

/** What a base rule sees: the item now, its version at REV (undefined: new since REV), and the check date. */
export interface BaseContext {
  item: Item;
  base: ItemData | undefined;
  milestones: MilestoneMatch;
  asOf: string;
  rev: string;
  t: Messages;
  /** `assessment.approvers` when set: only they may approve. */
  approvers: readonly string[] | undefined;
}

export interface BaseRule {
  id: string;
  description: { zh: string; en: string };
  run(ctx: BaseContext): Diagnostic[];
}

/** Plans, claims and back-filled records get this many days of slack before A. */
const SLACK_DAYS = 7;

/** docs/scoring.md (review gate): a postponement explains a move only when its `from` is the deadline at REV. */
const recorded = (postponed: readonly Postponement[] | undefined, baseDue: string) => (postponed ?? []).some((p) => p.from === baseDue);

const samePostponement = (a: Postponement, b: Postponement) =>
  a.from === b.from && a.reason === b.reason && a.approved === b.approved && a.date === b.date;

/** The records now that were not at REV (each REV record matched once), and the REV records that are gone. */
function splitPostponements(before: readonly Postponement[] | undefined, now: readonly Postponement[] | undefined) {
  const left = [...(before ?? [])];
  const added: number[] = [];
  (now ?? []).forEach((p, i) => {
    const k = left.findIndex((b) => samePostponement(b, p));
    if (k >= 0) left.splice(k, 1);
    else added.push(i);
  });
  return { added, edited: left };
}

/** Checks one list of postponements (item or milestone) against its REV version; `path` is where the list lives. */
function checkPostponements(ctx: BaseContext, what: string, path: PathSegment[], before: readonly Postponement[] | undefined, now: readonly Postponement[] | undefined): Diagnostic[] {
  const { item, asOf, rev, t, approvers } = ctx;
  const out: Diagnostic[] = [];
  const { added, edited } = splitPostponements(before, now);
  const replacing = new Set<number>();
  edited.forEach((old) => {
    // Point at the record that replaced it (same from, else the same place) when there is one; that record is not new.
    const k = (before ?? []).indexOf(old);
    const i = added.find((j) => now![j]!.from === old.from) ?? added.find((j) => j === k && !replacing.has(j));
    if (i !== undefined) replacing.add(i);
    out.push(at(item.file, i !== undefined ? [...path, i] : path, 'error', 'postponed', t.postponementEdited(what, old.from, rev), 'key'));
  });
  for (const i of added.filter((j) => !replacing.has(j))) {
    const p = now![i]!;
    if (p.date === undefined) out.push(at(item.file, [...path, i], 'error', 'postponed', t.postponementNoDate(what), 'key'));
    else if (p.date > asOf) out.push(at(item.file, [...path, i, 'date'], 'error', 'postponed', t.postponementFutureDate(p.date, asOf)));
    if (approvers && !approvers.includes(p.approved)) {
      out.push(at(item.file, [...path, i, 'approved'], 'error', 'postponed', t.postponementNotApprover(p.approved, approvers.join('、'))));
    }
  }
  return out;
}

export const postponed: BaseRule = {
  id: 'postponed',
  description: {
    zh: '时限比基准版本推迟却没有 from 等于原时限的延期记录；已有的延期记录被修改或删除；新增的延期记录缺少批准日期、日期晚于检查日期或批准人不在 approvers 中',
    en: 'a deadline later than at the base revision without a postponement from that deadline; a postponement present at the base changed or removed; a new one without an approval date, dated after the check date, or approved by someone not in approvers',
  },
  run(ctx) {
    const { item, base, milestones, t } = ctx;
    const now = item.data;
    const out: Diagnostic[] = [];
    if (base && now.due > base.due && !recorded(now.postponed, base.due)) {
      out.push(at(item.file, ['due'], 'error', 'postponed', t.postponedNoRecord(t.itemWord(), base.due, now.due)));
    }
    out.push(...checkPostponements(ctx, t.itemWord(), ['postponed'], base?.postponed, now.postponed));
    for (const { base: old, now: m, index: i } of milestones.pairs) {
      if (m.due > old.due && !recorded(m.postponed, old.due)) {
        // A record that exists but sits at item level is the likeliest slip: say where it belongs.
        const misplaced = recorded(now.postponed, old.due) ? t.postponedMisplaced(m.title) : '';
        out.push(at(item.file, ['milestones', i, 'due'], 'error', 'postponed', t.postponedNoRecord(t.milestoneWord(m.title), old.due, m.due) + misplaced));
      }
      out.push(...checkPostponements(ctx, t.milestoneWord(m.title), ['milestones', i, 'postponed'], old.postponed, m.postponed));
    }
    for (const { milestone: m, index: i } of milestones.added) {
      out.push(...checkPostponements(ctx, t.milestoneWord(m.title), ['milestones', i, 'postponed'], undefined, m.postponed));
    }
    return out;
  },
};

export const planDate: BaseRule = {
  id: 'plan-date',
  description: {
    zh: '基准版本之后新增的节点没有 planned，或 planned 比检查日期早 7 天以上；已有节点的计划日期被提前到检查日期 7 天以前',
    en: 'a milestone new since the base revision has no planned date, or one more than 7 days before the check date; an existing milestone\'s plan moved earlier, to more than 7 days before the check date',
  },
  run({ item, base, milestones, asOf, t }) {
    const out: Diagnostic[] = [];
    const limit = addDays(asOf, -SLACK_DAYS);
    const added = base ? milestones.added : (item.data.milestones ?? []).map((milestone, index) => ({ milestone, index }));
    for (const { milestone: m, index: i } of added) {
      if (m.planned === undefined) out.push(at(item.file, ['milestones', i, 'title'], 'error', 'plan-date', t.planMissing(m.title)));
      else if (m.planned < limit) out.push(at(item.file, ['milestones', i, 'planned'], 'error', 'plan-date', t.planLate(m.title, m.planned, daysBetween(m.planned, asOf))));
    }
    if (!base) return out;
    let inherited = 0;
    for (const { base: old, now: m, index: i } of milestones.pairs) {
      const was = plannedDate({ data: base }, old), is = plannedDate(item, m);
      if (is >= was || is >= limit) continue;
      if (m.planned === undefined) inherited++;
      else out.push(at(item.file, ['milestones', i, 'planned'], 'error', 'plan-date', t.planEarlier(m.title, was, is, daysBetween(is, asOf))));
    }
    // Moving start earlier back-dates every milestone that inherits it: one finding, at start.
    if (inherited > 0) out.push(at(item.file, ['start'], 'error', 'plan-date', t.startEarlier(base.start, item.data.start, inherited)));
    return out;
  },
};

export const claimDateRule: BaseRule = {
  id: 'claim-date',
  description: {
    zh: '基准版本之后新写上的主动认领（claimed），认领日期比检查日期早 7 天以上（claimed: true 视为在开始日期认领）',
    en: 'claimed set (or moved earlier) since the base revision, with a claim date more than 7 days before the check date (claimed: true means at start)',
  },
  run({ item, base, asOf, t }) {
    const is = claimDate(item);
    if (is === undefined) return [];
    const was = base && claimDate({ data: base });
    if (was !== undefined && is >= was) return [];
    if (is >= addDays(asOf, -SLACK_DAYS)) return [];
    return [at(item.file, ['claimed'], 'error', 'claim-date', t.claimLate(is, daysBetween(is, asOf), item.data.claimed === true))];
  },
};

export const lateRecord: BaseRule = {
  id: 'late-record',
  description: {
    zh: '基准版本中没有的完成或办结日期，现在补录且早于检查日期 7 天以上；完成或办结日期被改早',
    en: 'a done or closed date absent at the base revision, now recorded more than 7 days before the check date; a done or closed date moved earlier',
  },
  run({ item, base, milestones, asOf, t }) {
    const out: Diagnostic[] = [];
    const late = (date: string) => daysBetween(date, asOf) > SLACK_DAYS;
    const added = base ? milestones.added : (item.data.milestones ?? []).map((milestone, index) => ({ milestone, index }));
    const check = (m: Milestone, i: number, was: string | undefined) => {
      if (m.done === undefined) return;
      const path = ['milestones', i, 'done'];
      if (was === undefined && late(m.done)) out.push(at(item.file, path, 'warning', 'late-record', t.lateRecord(m.title, m.done, daysBetween(m.done, asOf))));
      else if (was !== undefined && m.done < was) out.push(at(item.file, path, 'warning', 'late-record', t.doneEarlier(m.title, was, m.done)));
    };
    for (const { milestone, index } of added) check(milestone, index, undefined);
    for (const { base: old, now, index } of milestones.pairs) check(now, index, old.done);
    const closed = item.data.closed, was = base?.closed;
    if (closed !== undefined && was === undefined && late(closed)) out.push(at(item.file, ['closed'], 'warning', 'late-record', t.lateClosed(closed, daysBetween(closed, asOf))));
    else if (closed !== undefined && was !== undefined && closed < was) out.push(at(item.file, ['closed'], 'warning', 'late-record', t.closedEarlier(was, closed)));
    return out.sort((a, b) => a.line - b.line);
  },
};

export const reassigned: BaseRule = {
  id: 'reassigned',
  description: { zh: '事项或节点的责任单位与基准版本不同', en: 'the responsible unit of an item or milestone differs from the base revision' },
  run({ item, base, milestones, t }) {
    if (!base) return [];
    const out: Diagnostic[] = [];
    if (item.data.owner !== base.owner) out.push(at(item.file, ['owner'], 'warning', 'reassigned', t.reassignedItem(base.owner, item.data.owner)));
    for (const { base: old, now: m, index: i } of milestones.pairs) {
      // A milestone that inherits the item's owner moves with it: the item's finding says so once.
      if (old.owner === undefined && m.owner === undefined) continue;
      const was = old.owner ?? base.owner, is = m.owner ?? item.data.owner;
      if (was !== is) out.push(at(item.file, m.owner === undefined ? ['milestones', i] : ['milestones', i, 'owner'], 'warning', 'reassigned', t.reassignedMilestone(m.title, was, is)));
    }
    return out;
  },
};

export const removedMilestone: BaseRule = {
  id: 'removed',
  description: {
    zh: '基准版本中的事项或节点被删除（事项已撤销的除外；改名或移到其他清单不算删除）',
    en: 'an item or milestone present at the base revision is gone (unless the item is now cancelled; a rename or move to another list is not a removal)',
  },
  run({ item, base, milestones, rev, t }) {
    if (!base || item.data.status === 'cancelled') return [];
    return milestones.gone.map((m) => at(item.file, ['milestones'], 'warning', 'removed', t.removedMilestone(m.title, rev), 'key'));
  },
};

/** The per-item rules of `check --base`, in the order of docs/rules/. */
export const baseRules: readonly BaseRule[] = [postponed, planDate, claimDateRule, lateRecord, reassigned, removedMilestone];

/** An item file present at REV and gone now: reported on its old path, which no longer exists. */
export function removedItem(key: string, path: string, rev: string, t: Messages): Diagnostic {
  return { file: path, line: 1, column: 1, severity: 'warning', rule: 'removed', message: t.removedItem(key, rev) };
}

export function baseUnparsable(item: Item, rev: string, t: Messages): Diagnostic {
  return { file: item.file.path, line: 1, column: 1, severity: 'info', rule: 'base', message: t.baseUnparsable(rev) };
}
