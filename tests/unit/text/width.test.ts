import { describe, expect, test } from 'vitest';
import {
  caretMarker,
  caretPadding,
  displayWidth,
  padEndWidth,
  padStartWidth,
} from '../../../src/text/width.js';

describe('displayWidth', () => {
  test.each([
    ['', 0],
    ['owner: x', 8],
    ['\t', 1],
    ['产融城公司', 10],
    ['，。：（）；！？、', 18],
    ['“”', 2],
    ['《五重》', 8],
    ['ＡＢＣ１２３', 12],
    ['\u3000', 2], // ideographic space
    ['e\u0301', 1], // e + combining acute
    ['a\u200bb', 2], // zero-width space
    ['\ufeffid', 2], // BOM
    ['𠀀', 2], // CJK Ext. B, a surrogate pair
    ['한국', 4],
    ['かな', 4],
    ['👍', 2],
    ['👨\u200d👩\u200d👧', 2],
    ['❤\ufe0f', 2],
    ['🇨🇳', 2],
    ['ｱｲ', 2], // halfwidth katakana
    ['x: 一期（竣工）投产', 19],
  ])('%j → %i', (s, w) => {
    expect(displayWidth(s)).toBe(w);
  });

  test('ambiguous punctuation is narrow by default and can be wide', () => {
    expect(displayWidth('“管委会+公司”')).toBe(13);
    expect(displayWidth('“管委会+公司”', { ambiguousWidth: 2 })).toBe(15);
    expect(displayWidth('——…')).toBe(3);
    expect(displayWidth('——…', { ambiguousWidth: 2 })).toBe(6);
  });
});

describe('padding', () => {
  test('padEndWidth pads by display width', () => {
    expect(padEndWidth('错误', 7)).toBe('错误   ');
    expect(padEndWidth('error', 7)).toBe('error  ');
    expect(padEndWidth('warning', 4)).toBe('warning');
    expect(padStartWidth('公司', 6)).toBe('  公司');
  });
});

describe('caretPadding / caretMarker', () => {
  test.each([
    // line, column, expected padding
    ['owner: 产融城公司', 8, ' '.repeat(7)],
    ['  - { unit: 产融城公司, points: abc }', 28, ' '.repeat(32)],
    ['title: 一期（竣工）投产：x', 17, ' '.repeat(25)],
    ['title: “管委会+公司”改革', 17, ' '.repeat(22)],
    ['name: 𠀀x', 9, ' '.repeat(8)],
    ['\t\tdue: 2026-13-01', 8, '\t\t     '],
    ['a\t产\tb', 5, ' \t  \t'],
    ['x', 1, ''],
    ['x', 0, ''], // clamped
    ['ab', 99, '  '], // clamped to the end of the line
  ])('%j col %i', (line, column, padding) => {
    expect(caretPadding(line, column)).toBe(padding);
  });

  test.each([
    ['owner: 产融城公司', 8, undefined, '^'],
    ['owner: 产融城公司', 8, 13, '^' + '~'.repeat(9)],
    ['due: 2026-13-01', 6, 16, '^' + '~'.repeat(9)],
    ['due: x', 6, 6, '^'], // empty span
    ['due: x', 6, 3, '^'], // end before start
    ['due: x', 6, 50, '^'], // clamped to the line
  ])('%j %i..%s', (line, column, end, marker) => {
    expect(caretMarker(line, column, end)).toBe(marker);
  });
});
