// Wording of `wuzhong sheet` (fill-in sheets), spread into the English table.
import type { zhSheet } from './zh-sheet.js';

const clip = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

export const enSheet: typeof zhSheet = {
  sheetHeaders: {
    no: 'No.', list: 'List', item: 'Item', milestone: 'Milestone', due: 'Due', last: 'Last progress',
    progress: 'Progress this month', percent: 'Percent done', done: 'Milestone done on', evidence: 'Evidence', problem: 'Problems',
  },
  sheetTabName: () => 'Return',
  sheetFileName: (unit: string, month: string) => `${unit}-${month}.xlsx`,
  sheetTitle: (zone: string, month: string) => `${zone}: progress return for ${month}`,
  sheetSubtitle: (unit: string, month: string) =>
    `Unit: ${unit}   Month: ${month}   Fill in the yellow cells only: item rows take progress and percent (0–100), ` +
    'milestone rows take the done date and evidence; any row may name a problem. Grey cells are locked; do not add or remove rows',
  sheetLast: (month: string, text: string, percent: string) => `${month}: ${text}${percent === '' ? '' : ` (${percent}%)`}`,
  sheetDateTip: () => 'Enter a date, e.g. 2026-11-30',
  sheetPercentTip: () => 'Enter a number from 0 to 100',
  sheetExported: (file: string, items: number, milestones: number) => `wrote ${file}: ${items} items, ${milestones} milestones`,
  sheetNoRows: (unit: string, month: string) => `${unit} has no open item or open milestone in ${month}: the sheet has only its header`,
  sheetOutExists: (file: string) => `${file} is a folder or cannot be written`,

  sheetUnreadable: (file: string, reason: string) => `${file}: cannot be read (${reason}); is it an .xlsx file?`,
  sheetNotOurs: (file: string) => `${file}: not a fill-in sheet exported by wuzhong (its hidden sheet is missing); fill in a sheet from wuzhong sheet export`,
  sheetVersion: (file: string, version: string) => `${file}: sheet format version ${version}, which this wuzhong cannot read; export it again`,
  sheetStale: (ref: string, key: string, title: string) =>
    `${ref}: item "${title}" (${key}) changed after the sheet was exported, so the row may be out of date and was not imported; export the sheet again and fill in this row again`,
  sheetBadDate: (ref: string, header: string, value: string) =>
    `${ref}: ${header} "${clip(value)}" is not a date wuzhong can read; write 2026-11-30, 2026/11/30 or 2026年11月30日`,
  sheetBadPercent: (ref: string, value: string) => `${ref}: percent done "${clip(value)}" must be a number from 0 to 100`,
  sheetLocked: (ref: string, header: string, was: string, now: string) =>
    `${ref}: column "${header}" is locked and must not be changed (exported "${clip(was)}", now "${clip(now)}")`,
  sheetNotHere: (ref: string, header: string, kind: string) =>
    `${ref}: ${kind === 'item' ? 'an item row' : 'a milestone row'} takes no "${header}" (item rows: progress and percent; milestone rows: done date and evidence)`,
  sheetExtraRow: (ref: string) => `${ref}: this row was not exported; a fill-in sheet cannot gain rows (add new items in YAML)`,
  sheetUnknownItem: (ref: string, key: string) => `${ref}: the zone has no item ${key} (renamed, removed, or its file has errors); export the sheet again`,
  sheetUnknownMilestone: (ref: string, key: string, title: string) =>
    `${ref}: item ${key} has no milestone "${title}" (renamed or removed); export the sheet again`,
  sheetNoText: (ref: string, month: string) => `${ref}: a percent without progress text (the update for ${month} needs its text)`,
  sheetConflict: (ref: string, other: string) => `${ref}: says something else than ${other} about the same thing; keep only one`,
  sheetYamlShape: (file: string, where: string) =>
    `${file}: ${where} is written in flow style ([...] or {...}) and cannot be edited in place; write it one entry per line first`,
  sheetRefused: (n: number) => `import refused: ${n} ${n === 1 ? 'problem' : 'problems'}; nothing was written`,
  sheetCheckRefused: (n: number) => `import refused: the imported data would have ${n} ${n === 1 ? 'error' : 'errors'} (below); nothing was written`,
  sheetWrote: (n: number, sheets: number) => `imported ${sheets} ${sheets === 1 ? 'sheet' : 'sheets'}, wrote ${n} ${n === 1 ? 'file' : 'files'}`,
  sheetNothing: (sheets: number) => `nothing new in ${sheets} ${sheets === 1 ? 'sheet' : 'sheets'}; nothing was written`,
  sheetItemLine: (key: string, title: string, file: string) => `${key} "${title}" (${file})`,
  sheetUpdateAdded: (month: string, percent: string) => `added the update for ${month}${percent === '' ? '' : `, ${percent}% done`}`,
  sheetUpdateChanged: (month: string, percent: string) => `changed the update for ${month}${percent === '' ? '' : `, ${percent}% done`}`,
  sheetDoneSet: (title: string, date: string) => `milestone "${title}" done on ${date}`,
  sheetEvidenceSet: (title: string) => `milestone "${title}": evidence recorded`,
  sheetProblemAdded: (text: string) => `new problem: ${clip(text)}`,
  sheetCheckSummary: (errors: number, warnings: number) => `check: ${errors} errors, ${warnings} warnings`,

  sheetBranchCommitted: (branch: string, commits: number) =>
    `committed ${commits} ${commits === 1 ? 'time' : 'times'} (one per sheet) on the new branch ${branch} and switched to it, ready for a pull request`,
  sheetBranchExists: (branch: string) => `branch ${branch} already exists; choose another name. Nothing was written or committed`,
  sheetBranchBad: (branch: string, detail: string) => `"${branch}" is not a usable branch name (${detail}). Nothing was written or committed`,
  sheetBranchDirty: (files: string) =>
    `these files have uncommitted changes: ${files}. The import writes them, and the commit would take those changes along: commit or stash them first. Nothing was written or committed`,
  sheetBranchNoRepo: () => 'the zone repo is not in a git repository, so --branch cannot be used. Nothing was written',
  sheetBranchUnborn: () => 'the current branch has no commit yet, so no branch can start from it. Nothing was written',
  sheetBranchFailed: (detail: string) => `git commit failed: ${detail}`,
  sheetCommitSubject: (month: string, unit: string, file: string) => `sheet(${month}): return of ${unit} for ${month} (${file})`,
};
