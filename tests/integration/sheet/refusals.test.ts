import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { exportSheet, fill, importSheets, read, SHEET, sheetZone, snapshot } from './zone.js';

/** Each refusal: the exact message, exit 1, and not one byte of the zone written. */
function refused(setup: (zone: string, returns: string) => void, files: string[] = [SHEET], ...extra: string[]) {
  const { zone, returns } = sheetZone();
  expect(exportSheet(zone, returns).code).toBe(0);
  setup(zone, returns);
  const before = snapshot(zone);
  const r = importSheets(zone, returns, files, ...extra);
  expect(r.code).toBe(1);
  expect(r.stdout).toBe('');
  expect(snapshot(zone)).toEqual(before);
  return r.stderr;
}

const TAIL = 'wuzhong: 导入被拒绝：发现1处问题，未写入任何文件\n';

describe('sheet import refuses, naming the cell, and writes nothing', () => {
  test('a sheet exported before the item changed (stale)', () => {
    const stderr = refused((zone, returns) => {
      writeFileSync(join(zone, 'lists/projects/road.yaml'), read(zone, 'lists/projects/road.yaml').replace('路基施工过半。', '路基施工已过半。'));
      fill(returns, SHEET, { G4: '路基完成' });
    });
    expect(stderr).toBe(
      `${SHEET}!G4：事项“园区一号路改造”（projects/road）在导出填报表之后已有改动，表中内容可能已过时，未导入；请重新导出填报表，把这一行重新填写\n${TAIL}`,
    );
  });

  test('a comment or reformatting does not make a sheet stale', () => {
    const { zone, returns } = sheetZone();
    exportSheet(zone, returns);
    writeFileSync(join(zone, 'lists/projects/road.yaml'), `# 新加的注释\n${read(zone, 'lists/projects/road.yaml')}`);
    fill(returns, SHEET, { G4: '路基完成' });
    expect(importSheets(zone, returns, [SHEET]).code).toBe(0);
  });

  test('a date it cannot read', () => {
    const stderr = refused((_, returns) => fill(returns, SHEET, { I5: '11月底' }));
    expect(stderr).toBe(`${SHEET}!I5：节点完成日期“11月底”不是可识别的日期，请写成 2026-11-30、2026/11/30 或 2026年11月30日\n${TAIL}`);
  });

  test('an impossible date', () => {
    const stderr = refused((_, returns) => fill(returns, SHEET, { I5: '2025/11/31' }));
    expect(stderr).toBe(`${SHEET}!I5：节点完成日期“2025/11/31”不是可识别的日期，请写成 2026-11-30、2026/11/30 或 2026年11月30日\n${TAIL}`);
  });

  test('a percent outside 0–100', () => {
    const stderr = refused((_, returns) => fill(returns, SHEET, { G4: '完成', H4: 120 }));
    expect(stderr).toBe(`${SHEET}!H4：完成百分比“120”应为0到100之间的数\n${TAIL}`);
  });

  test('an edited locked column', () => {
    const stderr = refused((_, returns) => fill(returns, SHEET, { C4: '园区二号路' }));
    expect(stderr).toBe(`${SHEET}!C4：“事项名称”列已锁定，不能修改（导出时为“园区一号路改造”，现在为“园区二号路”）\n${TAIL}`);
  });

  test('an unknown id', () => {
    // The hidden sheet's first data row (row 3) names the item of sheet row 4.
    const stderr = refused((_, returns) => fill(returns, SHEET, { B3: 'projects/no-such-road' }, 'xl/worksheets/sheet2.xml'));
    expect(stderr).toBe(`${SHEET}!C4：园区中没有事项 projects/no-such-road（已改名、删除或文件有错误），请重新导出填报表\n${TAIL}`);
  });

  test('a cell that does not belong to its row, and a row that was not exported', () => {
    const stderr = refused((_, returns) => fill(returns, SHEET, { I4: '2025-11-20', C9: '新事项' }));
    expect(stderr).toBe(
      `${SHEET}!C9：这一行不是导出的行；填报表不能增加行，新事项请在 YAML 中新建\n` +
        `${SHEET}!I4：事项行不填“节点完成日期”（事项行填本月进展、完成百分比，节点行填节点完成日期、完成佐证）\n` +
        'wuzhong: 导入被拒绝：发现2处问题，未写入任何文件\n',
    );
  });

  test('one bad sheet among several: nothing of any sheet is written', () => {
    const stderr = refused((zone, returns) => {
      fill(returns, SHEET, { G4: '路基完成', H4: 60 });
      expect(exportSheet(zone, returns, '产融城公司').code).toBe(0);
      fill(returns, '产融城公司-2025年11月.xlsx', { G5: '管网敷设', H5: '八十' });
    }, [SHEET, '产融城公司-2025年11月.xlsx']);
    expect(stderr).toBe(`产融城公司-2025年11月.xlsx!H5：完成百分比“八十”应为0到100之间的数\n${TAIL}`);
  });

  test('a file that is not a sheet of ours', () => {
    const stderr = refused((_, returns) => writeFileSync(join(returns, 'notes.xlsx'), 'not a zip'), ['notes.xlsx']);
    expect(stderr).toMatch(/^notes\.xlsx：无法读取（.+），请确认是 \.xlsx 文件\n/);
  });

  test('data the import would break is refused as check would find it', () => {
    const stderr = refused((_, returns) => fill(returns, SHEET, { I5: '2025-12-20' }));
    expect(stderr).toContain('wuzhong: 导入被拒绝：导入后的数据有1个错误（见下），未写入任何文件\n');
    expect(stderr).toContain('lists/projects/road.yaml');
    expect(stderr).toContain('future');
  });

  test('in English with --lang en', () => {
    const stderr = refused((_, returns) => fill(returns, SHEET, { H4: -5, G4: 'x' }), [SHEET], '--lang', 'en');
    expect(stderr).toBe(`${SHEET}!H4: percent done "-5" must be a number from 0 to 100\nwuzhong: import refused: 1 problem; nothing was written\n`);
  });
});

describe('sheet export never writes over the zone data', () => {
  test('--out into lists/ or meetings/ is refused with exit 2 and the data stays byte-identical', () => {
    const { zone, returns } = sheetZone();
    const before = snapshot(zone);
    for (const out of [join(zone, 'lists/tasks/heating.yaml'), join(zone, 'meetings/x.xlsx'), join(zone, 'wuzhong.yaml')]) {
      const r = exportSheet(zone, returns, '建设局', '--out', out);
      expect(r.code, r.stdout + r.stderr).toBe(2);
      expect(r.stderr).toContain('不能覆盖数据，未写入任何文件');
    }
    expect(snapshot(zone)).toEqual(before);
  });
});
