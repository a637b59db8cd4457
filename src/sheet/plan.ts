// From returned sheets to edits of the item files: every refusal found first (nothing is written when there is one),
// then the new texts, after each sheet (for one commit per sheet). Pure: the sheets and file texts come in.
import { parseDocument } from 'yaml';
import { msg, type Message } from '../i18n/index.js';
import type { Item, Zone } from '../model/zone.js';
import { cellDate, cellNumber, cellText, EMPTY, type CellValue } from './cells.js';
import { cellRef, COLUMNS, EDITABLE, EDITABLE_IN, FIRST_ROW, LOCKED, META_TAG, SHEET_VERSION, type Column, type Editable } from './layout.js';
import type { ReadSheet } from './read.js';
import { itemHash, stableJson } from './rows.js';
import { applyYamlEdits, YamlEditError, type YamlEdit } from './yaml-edit.js';

export interface ReturnedSheet {
  /** The file as the user named it, for messages. */
  file: string;
  read: ReadSheet;
}

export interface SheetResult {
  file: string;
  unit: string;
  month: string;
  /** Item file paths this sheet changed, with their text after this sheet (and every sheet before it). */
  texts: Map<string, string>;
}

export interface ItemChanges {
  item: Item;
  lines: Message[];
}

export type ImportPlan =
  | { ok: false; refusals: Message[] }
  | { ok: true; sheets: SheetResult[]; changes: ItemChanges[]; texts: Map<string, string> };

interface PlannedEdit {
  item: Item;
  edit: YamlEdit;
  line: Message;
}

interface MetaRow {
  row: number;
  key: string;
  milestone: string;
  hash: string;
  locked: Record<string, string>;
  prefill: { progress: string; percent: string; evidence: string };
}

/** `headers`: the column headers in the output language, for messages. */
export function planImport(
  zone: Zone,
  sheets: readonly ReturnedSheet[],
  asOf: string,
  source: (path: string) => string,
  headers: Record<string, string>,
): ImportPlan {
  const refusals: Message[] = [];
  const items = new Map(zone.items.map((i) => [i.key, i]));
  /** What each thing is set to, and where, to catch two sheets that disagree. */
  const claims = new Map<string, { ref: string; value: string }>();
  const perSheet: { sheet: ReturnedSheet; unit: string; month: string; edits: PlannedEdit[] }[] = [];

  for (const sheet of sheets) {
    const { read, file } = sheet;
    const ref = (c: Column, row: number) => (read.visible.length > 1 ? `${file}!${read.name}!${cellRef(c, row)}` : `${file}!${cellRef(c, row)}`);
    const head = read.meta?.[0];
    if (head?.[0] !== META_TAG) {
      refusals.push(msg('sheetNotOurs', file));
      continue;
    }
    if (head[1] !== SHEET_VERSION) {
      refusals.push(msg('sheetVersion', file, head[1] ?? ''));
      continue;
    }
    const unit = head[2] ?? '', month = head[3] ?? '';
    const metaRows = (read.meta ?? []).slice(2).flatMap((r) => metaRow(r));
    const known = new Set(metaRows.map((r) => r.row));
    const edits: PlannedEdit[] = [];

    for (const [row, values] of read.cells) {
      if (row < FIRST_ROW || known.has(row)) continue;
      const at = values.findIndex((v) => v.kind !== 'empty');
      if (at !== -1) refusals.push(msg('sheetExtraRow', ref(COLUMNS[at]!, row)));
    }

    for (const m of metaRows) {
      const values = read.cells.get(m.row) ?? [];
      const cell = (c: Column): CellValue => values[COLUMNS.indexOf(c)] ?? EMPTY;
      const kind = m.milestone === '' ? 'item' : 'milestone';
      for (const c of LOCKED) {
        const now = cellText(cell(c));
        if (now !== (m.locked[c] ?? '')) refusals.push(msg('sheetLocked', ref(c, m.row), headers[c] ?? c, m.locked[c] ?? '', now));
      }
      for (const c of EDITABLE) {
        if (!EDITABLE_IN[kind].includes(c) && cell(c).kind !== 'empty') refusals.push(msg('sheetNotHere', ref(c, m.row), headers[c] ?? c, kind));
      }
      const item = items.get(m.key);
      if (item === undefined) {
        refusals.push(msg('sheetUnknownItem', ref('item', m.row), m.key));
        continue;
      }
      const ms = kind === 'milestone' ? (item.data.milestones ?? []).find((x) => x.title.normalize('NFC') === m.milestone.normalize('NFC')) : undefined;
      if (kind === 'milestone' && ms === undefined) {
        refusals.push(msg('sheetUnknownMilestone', ref('milestone', m.row), m.key, m.milestone));
        continue;
      }

      // What the clerk changed: each editable cell that differs from what was exported in it.
      const changed: Editable[] = [];
      let percent: number | undefined, done: string | undefined;
      for (const c of EDITABLE_IN[kind]) {
        const v = cell(c);
        if (v.kind === 'empty') continue;
        if (c === 'percent') {
          percent = cellNumber(v);
          if (percent === undefined || percent < 0 || percent > 100) {
            refusals.push(msg('sheetBadPercent', ref(c, m.row), cellText(v)));
            continue;
          }
          if (String(percent) !== m.prefill.percent) changed.push(c);
        } else if (c === 'done') {
          done = cellDate(v);
          if (done === undefined) refusals.push(msg('sheetBadDate', ref(c, m.row), headers[c] ?? c, cellText(v)));
          else changed.push(c);
        } else if (c === 'problem' || cellText(v) !== m.prefill[c]) changed.push(c);
      }
      if (changed.length === 0) continue;
      if (m.hash !== itemHash(item)) {
        refusals.push(msg('sheetStale', ref(changed[0]!, m.row), m.key, item.data.title));
        continue;
      }

      const claim = (what: string, c: Column, value: string): boolean => {
        const key = `${m.key}\n${what}`;
        const before = claims.get(key);
        if (before === undefined) {
          claims.set(key, { ref: ref(c, m.row), value });
          return true;
        }
        if (before.value !== value) refusals.push(msg('sheetConflict', ref(c, m.row), before.ref));
        return false;
      };
      if (changed.includes('progress') || changed.includes('percent')) {
        const existing = (item.data.updates ?? []).find((u) => u.month === month);
        const text = changed.includes('progress') ? cellText(cell('progress')) : undefined;
        const pct = changed.includes('percent') ? percent : undefined;
        if (existing === undefined && text === undefined) {
          refusals.push(msg('sheetNoText', ref('progress', m.row), month));
        } else if (claim(`update ${month}`, text === undefined ? 'percent' : 'progress', `${text ?? ''}\n${pct ?? ''}`)) {
          const shown = pct ?? existing?.percent;
          const line = msg(existing === undefined ? 'sheetUpdateAdded' : 'sheetUpdateChanged', month, shown === undefined ? '' : String(shown));
          edits.push({ item, edit: { kind: 'update', month, text, percent: pct }, line });
        }
      }
      if (ms !== undefined && changed.includes('done') && claim(`done ${ms.title}`, 'done', done!)) {
        edits.push({ item, edit: { kind: 'milestone', title: ms.title, done }, line: msg('sheetDoneSet', ms.title, done!) });
      }
      if (ms !== undefined && changed.includes('evidence')) {
        const evidence = cellText(cell('evidence'));
        if (claim(`evidence ${ms.title}`, 'evidence', evidence)) {
          edits.push({ item, edit: { kind: 'milestone', title: ms.title, evidence }, line: msg('sheetEvidenceSet', ms.title) });
        }
      }
      if (changed.includes('problem')) {
        const text = cellText(cell('problem'));
        const known = (item.data.problems ?? []).some((p) => p.resolved === undefined && p.text === text);
        if (!known && claim(`problem ${text}`, 'problem', text)) {
          edits.push({ item, edit: { kind: 'problem', raised: asOf, text }, line: msg('sheetProblemAdded', text) });
        }
      }
    }
    perSheet.push({ sheet, unit, month, edits });
  }
  if (refusals.length > 0) return { ok: false, refusals };

  const texts = new Map<string, string>();
  const changes = new Map<string, ItemChanges>();
  const results: SheetResult[] = [];
  for (const { sheet, unit, month, edits } of perSheet) {
    const byFile = new Map<string, YamlEdit[]>();
    for (const { item, edit, line } of edits) {
      const path = item.file.path;
      byFile.set(path, [...(byFile.get(path) ?? []), edit]);
      const entry = changes.get(item.key) ?? { item, lines: [] };
      entry.lines.push(line);
      changes.set(item.key, entry);
    }
    const after = new Map<string, string>();
    for (const [path, fileEdits] of byFile) {
      const before = texts.get(path) ?? source(path);
      let next: string;
      try {
        next = applyYamlEdits(before, fileEdits);
      } catch (e) {
        if (e instanceof YamlEditError) return { ok: false, refusals: [msg('sheetYamlShape', path, e.where)] };
        throw e;
      }
      assertSameData(path, before, next, fileEdits);
      texts.set(path, next);
      after.set(path, next);
    }
    results.push({ file: sheet.file, unit, month, texts: after });
  }
  return { ok: true, sheets: results, changes: [...changes.values()], texts };
}

function metaRow(r: string[] | undefined): MetaRow[] {
  if (r === undefined || !/^\d+$/.test(r[0] ?? '')) return [];
  const locked = Object.fromEntries(LOCKED.map((c, i) => [c, r[4 + i] ?? '']));
  const rest = r.slice(4 + LOCKED.length);
  return [{
    row: Number(r[0]), key: r[1] ?? '', milestone: r[2] ?? '', hash: r[3] ?? '', locked,
    prefill: { progress: rest[0] ?? '', percent: rest[1] ?? '', evidence: rest[2] ?? '' },
  }];
}

/** The spliced text must mean exactly the old data with the edits applied: a guard against a splicing slip. */
function assertSameData(path: string, before: string, after: string, edits: readonly YamlEdit[]): void {
  const read = (t: string) => parseDocument(t.replace(/^\uFEFF/, ''), { schema: 'core', version: '1.2' }).toJS() as Record<string, unknown>;
  const expected = read(before);
  for (const e of edits) applyToData(expected, e);
  if (stableJson(read(after)) !== stableJson(expected)) throw new Error(`sheet import: editing ${path} changed more than planned`);
}

function applyToData(data: Record<string, unknown>, e: YamlEdit): void {
  const list = (key: string) => {
    if (!Array.isArray(data[key])) data[key] = [];
    return data[key] as Record<string, unknown>[];
  };
  if (e.kind === 'problem') {
    list('problems').push({ raised: e.raised, text: e.text });
  } else if (e.kind === 'milestone') {
    const m = list('milestones').find((x) => String(x.title).normalize('NFC') === e.title.normalize('NFC'))!;
    setInOrder(m, { done: e.done, evidence: e.evidence });
  } else {
    const updates = list('updates');
    const u = updates.find((x) => x.month === e.month);
    if (u === undefined) updates.push(withoutUndefined({ month: e.month, text: e.text, percent: e.percent }));
    else setInOrder(u, { text: e.text, percent: e.percent });
  }
}

function setInOrder(target: Record<string, unknown>, values: Record<string, unknown>): void {
  for (const [k, v] of Object.entries(values)) if (v !== undefined) target[k] = v;
}

function withoutUndefined(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}
