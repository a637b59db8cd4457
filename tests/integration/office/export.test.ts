import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBin, tempDir } from '../../helpers.js';
import { readWorkbook, SHEETJS, sheetRows, zipEntryDates, zipParts } from '../../support/office/read.js';
import { officeZone } from '../../support/office/zone.js';

const day = (s: string) => new Date(`${s}T00:00:00Z`);

describe('export --format xlsx: the ledger, read back with SheetJS', () => {
  const zone = officeZone();
  const out = join(tempDir(), '台账.xlsx');
  const r = runBin(['--repo', zone, 'export', '--as-of', '2026-11-26', '--out', out]);

  it('one sheet per list with the ledger columns and the values worked out by hand', () => {
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`已写入 ${out}\n`);
    const wb = readWorkbook(out);
    expect(wb.SheetNames).toEqual(['重点企业', '重大招商', '重大项目', '重大改革', '重点工作']);
    const projects = sheetRows(wb, '重大项目');
    expect(projects[0]).toEqual(['重大项目台账（截至2026年11月26日）']);
    expect(projects[1]).toEqual([
      '序号', '名称', '责任单位', '牵头领导', '总投资（万元）', '年度计划投资（万元）', '年度完成投资（万元）',
      '状态', '开始日期', '完成时限', '最新进展', '完成/时序进度', '亮灯', '存在问题',
    ]);
    // 80% against 303/364 days = 83.2%; 竣工 due 2026-10-31 is overdue, so red.
    expect(projects[2]).toEqual([
      1, '一期项目', '产融城公司', '魏克鹏', 150000, 60000, 54800.5, '推进中', day('2026-01-01'), day('2026-12-31'),
      '设备安装，"联调"（2026年10月）', '80%/83.2%', '红灯', '缺少用地指标（2026年10月10日提出）',
    ]);
    const deals = sheetRows(wb, '重大招商');
    expect(deals[1]).toEqual([
      '序号', '名称', '责任单位', '牵头领导', '计划投资（万元）', '到位资金（万元）', '阶段',
      '状态', '开始日期', '完成时限', '最新进展', '完成/时序进度', '亮灯', '存在问题',
    ]);
    // 10% against 302/333 days = 90.7% at the end of November, no overdue node: yellow.
    expect(deals[2]).toEqual([
      1, '签约项目', '铁北园区办', '张威', 5000, 1200, '签约', '推进中', day('2026-02-01'), day('2026-12-31'),
      '完成注册', '10%/90.7%', '黄灯',
    ]);
    const tasks = sheetRows(wb, '重点工作');
    expect(tasks[2]).toEqual([1, '已办结的工作', '高新建公司', '张威', '已办结', day('2026-01-01'), day('2026-06-30')]);
    expect(sheetRows(wb, '重点企业').length).toBe(2);
  });

  it('frozen header, autofilter, repeated header rows, A4 landscape fitted to the width, widths fitted to CJK text', () => {
    const parts = zipParts(out);
    const book = parts.get('xl/workbook.xml')!;
    const sheetFile = (name: string) => {
      const rid = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="(rId\\d+)"`).exec(book)![1];
      const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${rid}"`).exec(parts.get('xl/_rels/workbook.xml.rels')!)!;
      return parts.get(`xl/${(target[1] ?? target[2])!.replace(/^\/?xl\//, '')}`)!;
    };
    const xml = sheetFile('重大项目');
    expect(xml).toMatch(/<pane [^>]*ySplit="2"[^>]*state="frozen"/);
    expect(xml).toMatch(/<autoFilter ref="A2:N3"\/>/);
    expect(xml).toMatch(/<pageSetup [^>]*paperSize="9"/);
    expect(xml).toMatch(/<pageSetup [^>]*orientation="landscape"/);
    expect(xml).toMatch(/<pageSetup [^>]*fitToWidth="1"[^>]*fitToHeight="0"|<pageSetup [^>]*fitToHeight="0"[^>]*fitToWidth="1"/);
    expect(book).toContain('<definedName name="_xlnm.Print_Titles" localSheetId="2">&apos;重大项目&apos;!$1:$2</definedName>');
    // 责任单位: 产融城公司 is 5 CJK characters, 10 columns, plus padding; 序号 stays narrow.
    const widths = new Map([...xml.matchAll(/<col min="(\d+)" max="(\d+)" width="([\d.]+)"/g)].flatMap((m) =>
      Array.from({ length: Number(m[2]) - Number(m[1]) + 1 }, (_, k) => [Number(m[1]) + k, Number(m[3])] as const)));
    expect(widths.get(3)).toBeGreaterThanOrEqual(10);
    expect(widths.get(3)).toBeLessThanOrEqual(14);
    expect(widths.get(1)).toBeLessThanOrEqual(8);
  });

  it('the same data and date give the same bytes; the dates inside are the as-of date', () => {
    const again = join(tempDir(), 'again.xlsx');
    expect(runBin(['--repo', zone, 'export', '--as-of', '2026-11-26', '--out', again]).code).toBe(0);
    expect(readFileSync(again).equals(readFileSync(out))).toBe(true);
    expect(new Set(zipEntryDates(out))).toEqual(new Set(['2026-11-26']));
    expect(zipParts(out).get('docProps/core.xml')).toContain('>2026-11-26T00:00:00Z</dcterms:modified>');
  });
});

describe('export --format csv', () => {
  it('one UTF-8 file with a BOM and a 清单 column; a spreadsheet reads it back', () => {
    const zone = officeZone();
    const r = runBin(['--repo', zone, 'export', '--format', 'csv', '--as-of', '2026-11-26'], { cwd: zone });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('已写入 reports/总台账-2026-11-26.csv\n');
    const bytes = readFileSync(join(zone, 'reports', '总台账-2026-11-26.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const wb = SHEETJS.read(bytes, { type: 'buffer', raw: true });
    const rows = SHEETJS.utils.sheet_to_json<string[]>(wb.Sheets[wb.SheetNames[0]!]!, { header: 1, raw: true });
    expect(rows[0]?.slice(0, 6)).toEqual(['序号', '清单', '名称', '责任单位', '牵头领导', '总投资/计划投资（万元）']);
    expect(rows.slice(1).map((row) => [row[0], row[1], row[2]])).toEqual([
      ['1', '重大招商', '签约项目'], ['2', '重大项目', '一期项目'], ['3', '重点工作', '已办结的工作'],
    ]);
    expect(rows[2]?.[13]).toBe('设备安装，"联调"（2026年10月）');
  });
});

describe('export refuses', () => {
  it('to write over the data, and to run on data with errors', () => {
    const zone = officeZone();
    const r = runBin(['--repo', zone, 'export', '--out', join(zone, 'lists', 'x.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('指向清单数据');
    const broken = officeZone({ 'lists/tasks/bad.yaml': 'title: 坏\n' });
    const b = runBin(['--repo', broken, 'export', '--as-of', '2026-11-26', '--out', join(broken, 'x.xlsx')]);
    expect(b.code).toBe(1);
    expect(b.stdout).toBe('');
  });
});
