/**
 * The fill-in sheet's layout (docs/clerks.md): fixed columns, so import reads by position whatever the header
 * language. Version 1; the hidden sheet records it, and import refuses another.
 */
export const SHEET_VERSION = '1';

/** The identifying columns, locked, then the five a clerk fills in. */
export const COLUMNS = ['no', 'list', 'item', 'milestone', 'due', 'last', 'progress', 'percent', 'done', 'evidence', 'problem'] as const;
export type Column = (typeof COLUMNS)[number];

export type LockedColumn = 'no' | 'list' | 'item' | 'milestone' | 'due' | 'last';
export const LOCKED: readonly LockedColumn[] = ['no', 'list', 'item', 'milestone', 'due', 'last'];
export type Editable = 'progress' | 'percent' | 'done' | 'evidence' | 'problem';
export const EDITABLE: readonly Editable[] = ['progress', 'percent', 'done', 'evidence', 'problem'];

/** Which editable columns apply to which kind of row; the others stay empty and locked. */
export const EDITABLE_IN: Record<RowKind, readonly Editable[]> = {
  item: ['progress', 'percent', 'problem'],
  milestone: ['done', 'evidence', 'problem'],
};

export type RowKind = 'item' | 'milestone';

/** The first data row (1: title, 2: unit and month, 3: headers). */
export const FIRST_ROW = 4;
/** The hidden sheet that carries ids and hashes; `veryHidden`, so Excel and WPS do not offer to unhide it. */
export const META_SHEET = '_wuzhong';
export const META_TAG = 'wuzhong-sheet';

/** `A`, `B`, … for a 1-based column number (the layout has fewer than 27 columns). */
export function columnLetter(n: number): string {
  return String.fromCharCode(64 + n);
}

export function columnOf(c: Column): number {
  return COLUMNS.indexOf(c) + 1;
}

export function cellRef(c: Column, row: number): string {
  return `${columnLetter(columnOf(c))}${row}`;
}
