import type { Messages } from '../i18n/index.js';
import { daysBetween } from '../model/dates.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { ItemData, Milestone, Postponement } from '../model/item.js';
import type { Item } from '../model/zone.js';
import { at } from '../rules/types.js';

/** What a base rule sees: the item now, its version at REV, and the check date. */
export interface BaseContext {
  item: Item;
  base: ItemData;
  asOf: string;
  rev: string;
  t: Messages;
}

export interface BaseRule {
  id: string;
  description: { zh: string; en: string };
  run(ctx: BaseContext): Diagnostic[];
}

/** docs/scoring.md (review gate): a postponement explains a move only when its `from` is the deadline at REV. */
const recorded = (postponed: readonly Postponement[] | undefined, baseDue: string) => (postponed ?? []).some((p) => p.from === baseDue);

const byTitle = (milestones: readonly Milestone[] | undefined) => new Map((milestones ?? []).map((m) => [m.title, m] as const));

export const postponed: BaseRule = {
  id: 'postponed',
  description: { zh: '时限比基准版本推迟，却没有 from 等于原时限的延期记录', en: 'a deadline later than at the base revision without a postponement from that deadline' },
  run({ item, base, t }) {
    const out: Diagnostic[] = [];
    const now = item.data;
    if (now.due > base.due && !recorded(now.postponed, base.due)) {
      out.push(at(item.file, ['due'], 'error', 'postponed', t.postponedNoRecord(t.itemWord(), base.due, now.due)));
    }
    const before = byTitle(base.milestones);
    (now.milestones ?? []).forEach((m, i) => {
      const old = before.get(m.title);
      if (old && m.due > old.due && !recorded(m.postponed, old.due)) {
        // A record that exists but sits at item level is the likeliest slip: say where it belongs.
        const misplaced = recorded(now.postponed, old.due) ? t.postponedMisplaced(m.title) : '';
        out.push(at(item.file, ['milestones', i, 'due'], 'error', 'postponed', t.postponedNoRecord(t.milestoneWord(m.title), old.due, m.due) + misplaced));
      }
    });
    return out;
  },
};

/** Back-filled completions: a new `done` (also on a milestone new since REV) more than this many days before A. */
const LATE_RECORD_DAYS = 7;

export const lateRecord: BaseRule = {
  id: 'late-record',
  description: { zh: '基准版本中没有的完成日期，现在补录且早于检查日期 7 天以上', en: 'a done date absent at the base revision, now recorded more than 7 days before the as-of date' },
  run({ item, base, asOf, t }) {
    const before = byTitle(base.milestones);
    const out: Diagnostic[] = [];
    (item.data.milestones ?? []).forEach((m, i) => {
      if (m.done === undefined || before.get(m.title)?.done !== undefined) return;
      const days = daysBetween(m.done, asOf);
      if (days > LATE_RECORD_DAYS) out.push(at(item.file, ['milestones', i, 'done'], 'warning', 'late-record', t.lateRecord(m.title, m.done, days)));
    });
    return out;
  },
};

export const removedMilestone: BaseRule = {
  id: 'removed',
  description: { zh: '基准版本中的节点被删除（事项已撤销的除外）', en: 'a milestone present at the base revision is gone (unless the item is now cancelled)' },
  run({ item, base, rev, t }) {
    if (item.data.status === 'cancelled') return [];
    const now = byTitle(item.data.milestones);
    return (base.milestones ?? [])
      .filter((m) => !now.has(m.title))
      .map((m) => at(item.file, ['milestones'], 'warning', 'removed', t.removedMilestone(m.title, rev), 'key'));
  },
};

/** The per-item rules of `check --base`, in the order of docs/rules/. */
export const baseRules: readonly BaseRule[] = [postponed, lateRecord, removedMilestone];

export function compareItem(ctx: BaseContext): Diagnostic[] {
  return baseRules.flatMap((r) => r.run(ctx));
}

/** An item file present at REV and gone now: reported on its old path, which no longer exists. */
export function removedItem(key: string, path: string, rev: string, t: Messages, renamedTo?: string): Diagnostic {
  return { file: path, line: 1, column: 1, severity: 'warning', rule: 'removed', message: t.removedItem(key, rev, renamedTo) };
}

export function baseUnparsable(item: Item, rev: string, t: Messages): Diagnostic {
  return { file: item.file.path, line: 1, column: 1, severity: 'info', rule: 'base', message: t.baseUnparsable(rev) };
}
