import { msg } from '../i18n/index.js';
import { daysBetween } from '../model/dates.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { ItemData, Milestone, Postponement } from '../model/item.js';
import { finding, reporter, type Reporter, type RuleInfo } from '../model/rule.js';
import type { Item } from '../model/zone.js';

/** What a base rule sees: the item now, its version at REV, and the check date. */
export interface BaseContext {
  item: Item;
  base: ItemData;
  asOf: string;
  rev: string;
}

export interface BaseRule extends RuleInfo {
  run(ctx: BaseContext, report: Reporter): void;
}

/** docs/scoring.md (review gate): a postponement explains a move only when its `from` is the deadline at REV. */
const recorded = (postponed: readonly Postponement[] | undefined, baseDue: string) => (postponed ?? []).some((p) => p.from === baseDue);

const byTitle = (milestones: readonly Milestone[] | undefined) => new Map((milestones ?? []).map((m) => [m.title, m] as const));

export const postponed: BaseRule = {
  id: 'postponed',
  severity: 'error',
  description: { zh: '时限比基准版本推迟，却没有 from 等于原时限的延期记录', en: 'a deadline later than at the base revision without a postponement from that deadline' },
  help: {
    zh: '推迟时限须经审批并留下记录：在事项（或该节点自己）的 postponed 中加一条 from 为原时限的记录，写明 to、approved、date 和 reason；未经批准的，把时限改回原时限。',
    en: 'A later deadline needs an approved record: add a postponement whose from is the old deadline under the item\'s (or that milestone\'s own) postponed, with to, approved, date and reason; without approval, restore the old deadline.',
  },
  run({ item, base }, report) {
    const now = item.data;
    if (now.due > base.due && !recorded(now.postponed, base.due)) {
      report(item.file, ['due'], msg('postponedNoRecord', msg('itemWord'), base.due, now.due));
    }
    const before = byTitle(base.milestones);
    (now.milestones ?? []).forEach((m, i) => {
      const old = before.get(m.title);
      if (old && m.due > old.due && !recorded(m.postponed, old.due)) {
        // A record that exists but sits at item level is the likeliest slip: say where it belongs.
        const misplaced = recorded(now.postponed, old.due) ? msg('postponedMisplaced', m.title) : undefined;
        report(item.file, ['milestones', i, 'due'], msg('postponedNoRecord', msg('milestoneWord', m.title), old.due, m.due, misplaced));
      }
    });
  },
};

/** Back-filled completions: a new `done` (also on a milestone new since REV) more than this many days before A. */
const LATE_RECORD_DAYS = 7;

export const lateRecord: BaseRule = {
  id: 'late-record',
  severity: 'warning',
  description: { zh: '基准版本中没有的完成日期，现在补录且早于检查日期 7 天以上', en: 'a done date absent at the base revision, now recorded more than 7 days before the as-of date' },
  help: {
    zh: '完成情况应在完成后及时填报。日期属实的可以保留，评审时说明补录原因；不属实的改为实际完成日期。',
    en: 'Completions should be recorded when they happen. Keep a true date and explain the late entry in review; otherwise write the actual date.',
  },
  run({ item, base, asOf }, report) {
    const before = byTitle(base.milestones);
    (item.data.milestones ?? []).forEach((m, i) => {
      if (m.done === undefined || before.get(m.title)?.done !== undefined) return;
      const days = daysBetween(m.done, asOf);
      if (days > LATE_RECORD_DAYS) report(item.file, ['milestones', i, 'done'], msg('lateRecord', m.title, m.done, days));
    });
  },
};

export const removed: BaseRule = {
  id: 'removed',
  severity: 'warning',
  description: { zh: '基准版本中的节点被删除（事项已撤销的除外）', en: 'a milestone present at the base revision is gone (unless the item is now cancelled)' },
  help: {
    zh: '节点和事项不删除：不再推进的事项改为 status: cancelled 并填写 closed；改名会中断链接和历史，确需改名的在评审中说明。',
    en: 'Milestones and items are not deleted: set an item that stops to status: cancelled with closed; a rename breaks links and history, so explain one in review.',
  },
  run({ item, base, rev }, report) {
    if (item.data.status === 'cancelled') return;
    const now = byTitle(item.data.milestones);
    for (const m of base.milestones ?? []) {
      if (!now.has(m.title)) report(item.file, ['milestones'], msg('removedMilestone', m.title, rev), 'key');
    }
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
export const baseRules: readonly BaseRule[] = [postponed, lateRecord, removed];

export function compareItem(ctx: BaseContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const rule of baseRules) rule.run(ctx, reporter(rule, out));
  return out;
}

/** An item file present at REV and gone now: reported on its old path, which no longer exists. */
export function removedItem(key: string, path: string, rev: string, renamedTo?: string): Diagnostic {
  return finding(removed, path, { line: 1, column: 1 }, msg('removedItem', key, rev, renamedTo));
}

export function baseUnparsable(item: Item, rev: string): Diagnostic {
  return finding(baseRule, item.file.path, { line: 1, column: 1 }, msg('baseUnparsable', rev));
}
