import { describe, expect, test } from 'vitest';
import { displayWidth } from '../../../src/text/width.js';
import { alignColumns, textTable } from '../../../src/text/table.js';

describe('textTable', () => {
  test('pads by terminal width: CJK counts 2, Chinese quotes 1 (as terminals draw them)', () => {
    expect(textTable(['清单', 'id', '天数'], [['重点工作', 'a', '72'], ['“管委会+公司”', 'bb', '3']], { align: ['left', 'left', 'right'] })).toEqual([
      '清单           id  天数',
      '-------------  --  ----',
      '重点工作       a     72',
      '“管委会+公司”  bb     3',
    ]);
  });

  test('every column starts at the same display column on every line', () => {
    const rows = [['产融城公司', 'a', '1'], ['铁北', '穿越铁路段审批', '22'], ['ab', 'é', '333']];
    expect(textTable(['单位', '节点', 'x'], rows).map(cellStarts)).toEqual(Array(5).fill([0, 12, 28]));
    // right-aligned last column: every line ends at the same display column
    const right = textTable(['单位', '节点', 'x'], rows, { align: ['left', 'left', 'right'] });
    expect(right.map((l) => displayWidth(l))).toEqual(Array(5).fill(31));
  });

  test('no trailing blanks; control characters are made visible so they cannot break a row', () => {
    const lines = alignColumns([['甲', ''], ['a\nb', 'c']]);
    expect(lines).toEqual(['甲', 'a␊b  c']);
  });

  test('styles cell text with colour codes that do not count towards widths', () => {
    const red = (s: string) => `\x1b[31m${s}\x1b[39m`;
    const lines = textTable(['a', 'bb'], [['x', 'y'], ['长', 'z']], { header: (s) => `<${s}>`, cell: (r, c, s) => (c === 0 && r === 0 ? red(s) : s) });
    expect(lines).toEqual(['<a   bb>', '--  --', '\x1b[31mx\x1b[39m   y', '长  z']);
  });

  test('a cell given as lines continues under its column, the other cells blank', () => {
    expect(alignColumns([['日期', '变更'], ['2026-10-01', ['状态：未开始 → 推进中', '截止日期推迟']], ['x', 'y']])).toEqual([
      '日期        变更',
      '2026-10-01  状态：未开始 → 推进中',
      '            截止日期推迟',
      'x           y',
    ]);
  });

  // docs/decisions.md: cli-table3 measures with its own string-width 4, which counts zero-width characters as 1 column.
  test('known limit: a zero-width space in a cell shifts that row by one column', () => {
    const lines = alignColumns([['a\u200bb', 'x'], ['ab', 'y']]);
    expect(lines).toEqual(['a\u200bb  x', 'ab   y']);
    expect(lines.map((l) => displayWidth(l))).toEqual([5, 6]);
  });
});

/** Display columns where each cell begins (cells are two or more spaces apart, right-aligned ones padded). */
function cellStarts(line: string): number[] {
  const starts: number[] = [];
  let col = 0, blanks = 2;
  for (const ch of line) {
    if (ch !== ' ' && blanks >= 2) starts.push(col);
    blanks = ch === ' ' ? blanks + 1 : 0;
    col += displayWidth(ch);
  }
  return starts;
}
