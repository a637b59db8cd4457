import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { render } from '../../../src/i18n/index.js';
import { zhSheet } from '../../../src/i18n/zh-sheet.js';
import { buildZone } from '../../../src/load/build.js';
import { scanZone } from '../../../src/load/scan.js';
import type { CellValue } from '../../../src/sheet/cells.js';
import { FIRST_ROW, LOCKED, META_TAG, SHEET_VERSION } from '../../../src/sheet/layout.js';
import { planImport } from '../../../src/sheet/plan.js';
import type { ReadSheet } from '../../../src/sheet/read.js';
import { sheetRows } from '../../../src/sheet/rows.js';
import { lockedValues } from '../../../src/sheet/workbook.js';
import { repoRoot } from '../../helpers.js';

const files = scanZone(join(repoRoot, 'tests', 'fixtures', 'sheet', 'zone'));
const zone = buildZone(files, undefined);
const source = (path: string) => new TextDecoder().decode(files.find((f) => f.path === path)!.bytes);
const last = zhSheet.sheetLast;

/** The sheet as exported, read back: visible cells and the hidden rows, built from the same rows. */
function exported(visible: string[]): ReadSheet {
  const rows = sheetRows(zone, '建设局', '2025-11', (l) => l);
  const cells = new Map<number, CellValue[]>();
  const meta: string[][] = [[META_TAG, SHEET_VERSION, '建设局', '2025-11', '测试高新区'], []];
  rows.forEach((row, i) => {
    const shown = lockedValues(row, i + 1, { last });
    const text = (t: string): CellValue => (t === '' ? { kind: 'empty' } : { kind: 'text', text: t });
    cells.set(FIRST_ROW + i, [...LOCKED.map((c) => (c === 'no' ? { kind: 'number', value: i + 1 } as const : text(shown[c]))), ...Array(5).fill({ kind: 'empty' })]);
    meta.push([String(FIRST_ROW + i), row.key, row.milestone ?? '', row.hash, ...LOCKED.map((c) => shown[c]), String(row.prefill.progress ?? ''), String(row.prefill.percent ?? ''), String(row.prefill.evidence ?? '')]);
  });
  return { visible, name: visible[0]!, cells, lastRow: FIRST_ROW + rows.length - 1, meta };
}

describe('planImport', () => {
  it('names the sheet in the cell reference when the workbook has more than one visible sheet', () => {
    const read = exported(['填报表', '备注']);
    read.cells.get(4)![2] = { kind: 'text', text: '改了名' };
    const plan = planImport(zone, [{ file: 'a.xlsx', read }], '2025-12-03', source, zhSheet.sheetHeaders);
    expect(plan.ok).toBe(false);
    if (plan.ok) return;
    expect(plan.refusals.map((m) => render(m, 'zh-CN'))).toEqual(['a.xlsx!填报表!C4：“事项名称”列已锁定，不能修改（导出时为“园区一号路改造”，现在为“改了名”）']);
  });

  it('refuses two sheets that set the same update differently, naming both cells', () => {
    const a = exported(['填报表']);
    const b = exported(['填报表']);
    a.cells.get(4)![6] = { kind: 'text', text: '甲' };
    b.cells.get(4)![6] = { kind: 'text', text: '乙' };
    const plan = planImport(zone, [{ file: 'a.xlsx', read: a }, { file: 'b.xlsx', read: b }], '2025-12-03', source, zhSheet.sheetHeaders);
    expect(plan.ok ? [] : plan.refusals.map((m) => render(m, 'zh-CN'))).toEqual(['b.xlsx!G4：与 a.xlsx!G4 对同一项内容填写不同，请只保留一处']);
  });

  it('a percent without text for a month that has no update yet', () => {
    const read = exported(['填报表']);
    read.cells.get(4)![7] = { kind: 'number', value: 50 };
    const plan = planImport(zone, [{ file: 'a.xlsx', read }], '2025-12-03', source, zhSheet.sheetHeaders);
    expect(plan.ok ? [] : plan.refusals.map((m) => render(m, 'zh-CN'))).toEqual(['a.xlsx!G4：填了完成百分比，但没有填本月进展（2025年11月的进展必须有文字）']);
  });
});
