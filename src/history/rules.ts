import { msg } from '../i18n/index.js';
import { addDays, daysBetween } from '../model/dates.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { ItemData, Milestone, Postponement } from '../model/item.js';
import { finding, type Reporter, type RuleInfo } from '../model/rule.js';
import { claimDate, plannedDate } from '../model/status.js';
import type { Item, PathSegment } from '../model/zone.js';
import type { MilestoneMatch } from './match.js';
import { pathRule } from '../load/rules.js';

/** What a base rule sees: the item now, its version at REV (undefined: new since REV), and the check date. */
export interface BaseContext {
  item: Item;
  base: ItemData | undefined;
  milestones: MilestoneMatch;
  asOf: string;
  rev: string;
  /** `assessment.approvers` when set: only they may approve. */
  approvers: readonly string[] | undefined;
}

export interface BaseRule extends RuleInfo {
  run(ctx: BaseContext, report: Reporter): void;
}

/** Plans, claims and back-filled records get this many days of slack before A. */
const SLACK_DAYS = 7;

/** docs/scoring.md (review gate): a postponement explains a move only when its `from` is the deadline at REV. */
const recorded = (postponed: readonly Postponement[] | undefined, baseDue: string) =>
  (postponed ?? []).some((p) => p.from === baseDue);

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
function checkPostponements(
  ctx: BaseContext, report: Reporter, what: ReturnType<typeof msg>, path: PathSegment[],
  before: readonly Postponement[] | undefined, now: readonly Postponement[] | undefined,
): void {
  const { item, asOf, rev, approvers } = ctx;
  const { added, edited } = splitPostponements(before, now);
  const replacing = new Set<number>();
  edited.forEach((old) => {
    // Point at the record that replaced it (same from, else the same place) when there is one; that record is not new.
    const k = (before ?? []).indexOf(old);
    const i = added.find((j) => now![j]!.from === old.from) ?? added.find((j) => j === k && !replacing.has(j));
    if (i !== undefined) replacing.add(i);
    report(item.file, i !== undefined ? [...path, i] : path, msg('postponementEdited', what, old.from, rev), 'key');
  });
  for (const i of added.filter((j) => !replacing.has(j))) {
    const p = now![i]!;
    if (p.date === undefined) report(item.file, [...path, i], msg('postponementNoDate', what), 'key');
    else if (p.date > asOf) report(item.file, [...path, i, 'date'], msg('postponementFutureDate', p.date, asOf));
    if (approvers && !approvers.includes(p.approved)) report(item.file, [...path, i, 'approved'], msg('postponementNotApprover', p.approved, approvers.join('、')));
  }
}

export const postponed: BaseRule = {
  id: 'postponed',
  severity: 'error',
  description: {
    zh: '时限比基准版本推迟却没有 from 等于原时限的延期记录；已有的延期记录被修改或删除；新增的延期记录缺少批准日期、日期晚于检查日期或批准人不在 approvers 中；协调会议议定事项的时限被改动；督办通知的日期或回复期限被改动',
    en: 'a deadline later than at the base revision without a postponement from that deadline; a postponement present at the base changed or removed; a new one without an approval date, dated after the check date, or approved by someone not in approvers; a meeting decision\'s deadline changed; a notice\'s date or reply deadline changed',
  },
  help: {
    zh: '推迟时限须经审批并留下记录：在事项（或该节点自己）的 postponed 末尾追加一条 from 为原时限的记录，写明 reason、approved 和批准日期 date；已有的记录只能追加，不能改动或删除。未经批准的，把时限改回原时限。',
    en: 'A later deadline needs an approved record: append a postponement whose from is the old deadline under the item\'s (or that milestone\'s own) postponed, with reason, approved and the approval date; existing records are append-only. Without approval, restore the old deadline.',
  },
  run(ctx, report) {
    const { item, base, milestones } = ctx;
    const now = item.data;
    if (base && now.due > base.due && !recorded(now.postponed, base.due)) {
      report(item.file, ['due'], msg('postponedNoRecord', msg('itemWord'), base.due, now.due));
    }
    checkPostponements(ctx, report, msg('itemWord'), ['postponed'], base?.postponed, now.postponed);
    for (const { base: old, now: m, index: i } of milestones.pairs) {
      if (m.due > old.due && !recorded(m.postponed, old.due)) {
        // A record that exists but sits at item level is the likeliest slip: say where it belongs.
        const misplaced = recorded(now.postponed, old.due) ? msg('postponedMisplaced', m.title) : undefined;
        report(item.file, ['milestones', i, 'due'], msg('postponedNoRecord', msg('milestoneWord', m.title), old.due, m.due, misplaced));
      }
      checkPostponements(ctx, report, msg('milestoneWord', m.title), ['milestones', i, 'postponed'], old.postponed, m.postponed);
    }
    for (const { milestone: m, index: i } of milestones.added) {
      checkPostponements(ctx, report, msg('milestoneWord', m.title), ['milestones', i, 'postponed'], undefined, m.postponed);
    }
  },
};

/** Milestones new since REV: every milestone of a new item. */
const addedMilestones = ({ item, base, milestones }: BaseContext) =>
  base ? milestones.added : (item.data.milestones ?? []).map((milestone, index) => ({ milestone, index }));

export const planDate: BaseRule = {
  id: 'plan-date',
  severity: 'error',
  description: {
    zh: '基准版本之后新增的节点没有 planned，或 planned 比检查日期早7天以上；已有节点的计划日期被提前到检查日期7天以前；'
      + '新增的议定事项所属会议比检查日期早7天以上，或新增时已填写落实日期；新增的督办通知发出日期比检查日期早7天以上',
    en: 'a milestone new since the base revision has no planned date, or one more than 7 days before the check date; an existing milestone\'s plan moved earlier, to more than 7 days before the check date; '
      + 'a meeting decision new since the base revision whose meeting was more than 7 days before the check date, or that is already done; '
      + 'a notice new since the base revision dated more than 7 days before the check date',
  },
  help: {
    zh: '新增节点写上列入计划的日期 planned（通常是今天；wuzhong new 的模板已写好）。事后补列的节点完成了也不加分，计划日期不能倒填。'
      + '协调会议的议定事项在会后7天内登记，登记时不填 done；落实后再另行提交落实日期。',
    en: 'Give a new milestone the day it entered the plan as planned (usually today; the wuzhong new template writes it). Milestones planned after the fact earn nothing, and a plan date cannot be back-dated. '
      + 'Record a meeting\'s decisions within 7 days of it, without done; record each done date later, in another change.',
  },
  run(ctx, report) {
    const { item, base, milestones, asOf } = ctx;
    const limit = addDays(asOf, -SLACK_DAYS);
    for (const { milestone: m, index: i } of addedMilestones(ctx)) {
      if (m.planned === undefined) report(item.file, ['milestones', i, 'title'], msg('planMissing', m.title));
      else if (m.planned < limit) report(item.file, ['milestones', i, 'planned'], msg('planLate', m.title, m.planned, daysBetween(m.planned, asOf)));
    }
    if (!base) return;
    let inherited = 0;
    for (const { base: old, now: m, index: i } of milestones.pairs) {
      const was = plannedDate({ data: base }, old), is = plannedDate(item, m);
      if (is >= was || is >= limit) continue;
      if (m.planned === undefined) inherited++;
      else report(item.file, ['milestones', i, 'planned'], msg('planEarlier', m.title, was, is, daysBetween(is, asOf)));
    }
    // Moving start earlier back-dates every milestone that inherits it: one finding, at start.
    if (inherited > 0) report(item.file, ['start'], msg('startEarlier', base.start, item.data.start, inherited));
  },
};

export const claimDateRule: BaseRule = {
  id: 'claim-date',
  severity: 'error',
  description: {
    zh: '基准版本之后新写上（或提前）的主动认领（claimed），认领日期比检查日期早7天以上（claimed: true 视为在开始日期认领）',
    en: 'claimed set (or moved earlier) since the base revision, with a claim date more than 7 days before the check date (claimed: true means at start)',
  },
  help: {
    zh: '主动认领写认领当天的日期：claimed: YYYY-MM-DD。认领只对认领之后完成的节点加分，不能事后补认领。',
    en: 'Write the day of the claim: claimed: YYYY-MM-DD. A claim counts only for milestones done after it and cannot be made after the fact.',
  },
  run({ item, base, asOf }, report) {
    const is = claimDate(item);
    if (is === undefined) return;
    const was = base && claimDate({ data: base });
    if ((was !== undefined && is >= was) || is >= addDays(asOf, -SLACK_DAYS)) return;
    report(item.file, ['claimed'], msg('claimLate', is, daysBetween(is, asOf), item.data.claimed === true));
  },
};

export const lateRecord: BaseRule = {
  id: 'late-record',
  severity: 'warning',
  severities: { decisionDoneRemoved: 'error', decisionDoneMoved: 'error' },
  description: {
    zh: '基准版本中没有的完成或办结日期，现在补录且早于检查日期7天以上；完成或办结日期被改早；'
      + '议定事项的落实日期、督办通知的回复或销号日期同样如此；议定事项已登记的落实日期被删除或改动（错误）',
    en: 'a done or closed date absent at the base revision, now recorded more than 7 days before the check date; '
      + 'a done or closed date moved earlier; the same for a decision\'s done date and a notice\'s reply or closing; '
      + 'a decision\'s recorded done date removed or changed (an error)',
  },
  help: {
    zh: '完成情况应在完成后及时填报。日期属实的可以保留，评审时说明补录或改动原因；不属实的改为实际日期。',
    en: 'Completions should be recorded when they happen. Keep a true date and explain the late entry or the change in review; otherwise write the actual date.',
  },
  run(ctx, report) {
    const { item, base, milestones, asOf } = ctx;
    const late = (date: string) => daysBetween(date, asOf) > SLACK_DAYS;
    const found: { path: PathSegment[]; m: ReturnType<typeof msg> }[] = [];
    const check = (m: Milestone, i: number, was: string | undefined) => {
      if (m.done === undefined) return;
      const path = ['milestones', i, 'done'];
      if (was === undefined && late(m.done)) found.push({ path, m: msg('lateRecord', m.title, m.done, daysBetween(m.done, asOf)) });
      else if (was !== undefined && m.done < was) found.push({ path, m: msg('doneEarlier', m.title, was, m.done) });
    };
    for (const { milestone, index } of addedMilestones(ctx)) check(milestone, index, undefined);
    for (const { base: old, now, index } of milestones.pairs) check(now, index, old.done);
    const closed = item.data.closed, was = base?.closed;
    if (closed !== undefined && was === undefined && late(closed)) found.push({ path: ['closed'], m: msg('lateClosed', closed, daysBetween(closed, asOf)) });
    else if (closed !== undefined && was !== undefined && closed < was) found.push({ path: ['closed'], m: msg('closedEarlier', was, closed) });
    for (const f of found) report(item.file, f.path, f.m);
  },
};

export const reassigned: BaseRule = {
  id: 'reassigned',
  severity: 'warning',
  severities: { reassignedDecision: 'error', noticeChanged: 'error' },
  description: {
    zh: '事项、节点或议定事项的责任单位与基准版本不同；督办通知的单位或类别被改动（议定事项和通知为错误）',
    en: 'the responsible unit of an item, milestone or meeting decision differs from the base revision; a notice\'s '
      + 'unit or kind changed (an error for decisions and notices)',
  },
  help: {
    zh: '改变责任单位会把加减分转给另一个单位，须有调整分工的决定；评审时说明依据。',
    en: 'A new responsible unit moves the points to another unit and needs a decision to reassign the work; give it in review.',
  },
  run({ item, base, milestones }, report) {
    if (!base) return;
    if (item.data.owner !== base.owner) report(item.file, ['owner'], msg('reassignedItem', base.owner, item.data.owner));
    for (const { base: old, now: m, index: i } of milestones.pairs) {
      // A milestone that inherits the item's owner moves with it: the item's finding says so once.
      if (old.owner === undefined && m.owner === undefined) continue;
      const was = old.owner ?? base.owner, is = m.owner ?? item.data.owner;
      if (was !== is) report(item.file, m.owner === undefined ? ['milestones', i] : ['milestones', i, 'owner'], msg('reassignedMilestone', m.title, was, is));
    }
  },
};

export const removed: BaseRule = {
  id: 'removed',
  severity: 'warning',
  severities: { removedDecision: 'error', removedMeeting: 'error', removedNotice: 'error' },
  description: {
    zh: '基准版本中的事项、节点、会议记录、议定事项或督办通知被删除（事项已撤销的除外；改名或移到其他清单不算删除；'
      + '会议记录、议定事项和通知为错误）',
    en: 'an item, milestone, meeting record, decision or notice present at the base revision is gone '
      + '(unless the item is now cancelled; a rename or move to another list is not a removal; an error for meetings, '
      + 'decisions and notices)',
  },
  help: {
    zh: '节点和事项不删除：不再推进的事项改为 status: cancelled 并填写 closed；拆分节点时说明原节点的去向。',
    en: 'Milestones and items are not deleted: set an item that stops to status: cancelled with closed; when splitting a milestone, say where the old one went.',
  },
  run({ item, base, milestones, rev }, report) {
    if (!base || item.data.status === 'cancelled') return;
    for (const m of milestones.gone) report(item.file, ['milestones'], msg('removedMilestone', m.title, rev), 'key');
  },
};

/** The notice that an item's base version could not be compared. */
export const baseRule: RuleInfo = {
  id: 'base',
  severity: 'info',
  description: { zh: '基准版本中的文件无法解析，未作比较', en: 'a file that cannot be parsed at the base revision was not compared' },
  help: {
    zh: '提示而非问题：该文件在基准版本中有语法或字段错误，这次只按当前内容检查。',
    en: 'A notice, not a problem: the file had errors at the base revision, so this time it is checked as it is now only.',
  },
};

/** The per-item rules of `check --base`, in the order of docs/rules/. */
export const baseRules: readonly BaseRule[] = [postponed, planDate, claimDateRule, lateRecord, reassigned, removed];

/** An item file present at REV and gone now: reported on its old path, which no longer exists. */
export function removedItem(key: string, path: string, rev: string): Diagnostic {
  return finding(removed, path, { line: 1, column: 1 }, msg('removedItem', key, rev));
}

export function baseUnparsable(item: Item, rev: string): Diagnostic {
  return finding(baseRule, item.file.path, { line: 1, column: 1 }, msg('baseUnparsable', rev));
}

export function baseLinkedFolder(path: string, rev: string): Diagnostic {
  return finding(pathRule, path, { line: 1, column: 1 }, msg('baseSymlinkFolder', path, rev));
}
