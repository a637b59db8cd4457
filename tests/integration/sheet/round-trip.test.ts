import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { xlsxPart } from '../../support/xlsx-fill.js';
import { exportSheet, fill, fixture, importSheets, read, SHEET, sheetZone } from './zone.js';

/** The cell texts of the visible sheet, read from the XML with the shared strings resolved: no exceljs involved. */
function cellTexts(bytes: Uint8Array): Record<string, string> {
  const strings = [...xlsxPart(bytes, 'xl/sharedStrings.xml').matchAll(/<si>(.*?)<\/si>/gs)].map((m) =>
    [...m[1]!.matchAll(/<t[^>]*>(.*?)<\/t>/gs)].map((t) => t[1]).join(''),
  );
  const out: Record<string, string> = {};
  for (const m of xlsxPart(bytes, 'xl/worksheets/sheet1.xml').matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>(.*?)<\/c>)/gs)) {
    const v = /<v>(.*?)<\/v>/.exec(m[3] ?? '')?.[1];
    if (v !== undefined) out[m[1]!] = /t="s"/.test(m[2]!) ? strings[Number(v)]! : v;
  }
  return out;
}

describe('sheet export', () => {
  test('one row per open item and open milestone of the unit, pre-filled, locked and validated; same bytes twice', () => {
    const { zone, returns } = sheetZone();
    const r = exportSheet(zone, returns);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`已导出 ${SHEET}：事项2项，节点2个\n`);
    const bytes = readFileSync(join(returns, SHEET));
    const cells = cellTexts(bytes);
    const row = (n: number) => 'ABCDEFGHIJK'.split('').map((c) => cells[`${c}${n}`] ?? '');
    expect(row(3)).toEqual(['序号', '清单', '事项名称', '节点', '时限', '上月进展', '本月进展', '完成百分比', '节点完成日期', '完成佐证', '存在问题']);
    expect(row(4)).toEqual(['1', '重大项目', '园区一号路改造', '', '2026-06-30', '2025年10月：路基施工过半。（40%）', '', '', '', '', '']);
    expect(row(5)).toEqual(['2', '重大项目', '园区一号路改造', '路基完成', '2025-11-30', '', '', '', '', '', '']);
    expect(row(6)).toEqual(['3', '重点工作', '集中供热管网', '主管网敷设', '2025-12-31', '', '', '', '', '', '']);
    expect(row(7)).toEqual(['4', '重点工作', '人才公寓配套', '', '2026-12-31', '2025年10月：一期水电接入。（30%）', '二期设计中。', '45', '', '', '']);
    expect(cells.A8).toBeUndefined();

    const sheet = xlsxPart(bytes, 'xl/worksheets/sheet1.xml');
    // Protected without a password: no hash attributes at all.
    expect(sheet).toMatch(/<sheetProtection sheet="1"[^>]*\/>/);
    expect(sheet).not.toMatch(/hashValue|password/);
    expect(sheet).toMatch(/<dataValidation type="decimal"[^>]*sqref="H4"><formula1>0<\/formula1><formula2>100<\/formula2>/);
    expect(sheet).toMatch(/<dataValidation type="date"[^>]*sqref="I5:I6">/);
    expect(xlsxPart(bytes, 'xl/workbook.xml')).toMatch(/<sheet sheetId="2" name="_wuzhong" state="veryHidden"/);

    expect(exportSheet(zone, returns, '建设局', '--out', 'again.xlsx').code).toBe(0);
    expect(readFileSync(join(returns, 'again.xlsx')).equals(bytes)).toBe(true);
  });
});

describe('sheet import', () => {
  test('a clerk fills the sheet with another program; import edits exactly the expected lines', () => {
    const { zone, returns } = sheetZone();
    exportSheet(zone, returns);
    fill(returns, SHEET, {
      G4: '路基完成，开始铺设面层', H4: 60,
      I5: { date: '2025-11-28' }, J5: '路基验收记录',
      I6: '2025年11月20日', K6: '管材到货延迟',
      G7: '二期施工图完成。',
    });
    const r = importSheets(zone, returns, [SHEET]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);

    expect(read(zone, 'lists/projects/road.yaml')).toBe(
      fixture('lists/projects/road.yaml')
        .replace('    planned: 2025-03-01\n', '    planned: 2025-03-01\n    done: 2025-11-28\n    evidence: 路基验收记录\n')
        .replace('    percent: 40\n', '    percent: 40\n  - month: 2025-11\n    text: 路基完成，开始铺设面层\n    percent: 60\n'),
    );
    expect(read(zone, 'lists/tasks/heating.yaml')).toBe(
      fixture('lists/tasks/heating.yaml').replace('    due: 2025-12-31\n', '    due: 2025-12-31\n    done: 2025-11-20\n') +
        'problems:\n  - raised: 2025-12-03\n    text: 管材到货延迟\n',
    );
    expect(read(zone, 'lists/tasks/housing.yaml')).toBe(fixture('lists/tasks/housing.yaml').replace('    text: 二期设计中。\n', '    text: 二期施工图完成。\n'));
    expect(read(zone, 'lists/reforms/closed.yaml')).toBe(fixture('lists/reforms/closed.yaml'));
    expect(read(zone, 'wuzhong.yaml')).toBe(fixture('wuzhong.yaml'));

    expect(r.stdout).toContain([
      'projects/road “园区一号路改造”（lists/projects/road.yaml）',
      '  - 新增2025年11月进展，完成60%',
      '  - 节点“路基完成”完成日期 2025-11-28',
      '  - 节点“路基完成”完成佐证已填写',
      'tasks/heating “集中供热管网”（lists/tasks/heating.yaml）',
      '  - 节点“主管网敷设”完成日期 2025-11-20',
      '  - 新增问题：管材到货延迟',
      'tasks/housing “人才公寓配套”（lists/tasks/housing.yaml）',
      '  - 修改2025年11月进展，完成45%',
      '已从1张填报表导入，写入3个文件',
    ].join('\n'));
    expect(r.stdout).toMatch(/检查：错误0个，警告\d+个\n$/);

    // The same sheet again: the items have changed since it was exported.
    const again = importSheets(zone, returns, [SHEET]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(`${SHEET}!G4：事项“园区一号路改造”（projects/road）在导出填报表之后已有改动`);
  });

  test('an untouched sheet changes nothing', () => {
    const { zone, returns } = sheetZone();
    exportSheet(zone, returns);
    const r = importSheets(zone, returns, [SHEET]);
    expect(r).toEqual({ code: 0, stdout: '1张填报表中没有新的填报内容，未写入任何文件\n', stderr: '' });
  });
});
