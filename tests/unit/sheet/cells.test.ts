import { describe, expect, it } from 'vitest';
import { cellDate, cellNumber, type CellValue } from '../../../src/sheet/cells.js';

const text = (t: string): CellValue => ({ kind: 'text', text: t });

describe('cellDate', () => {
  it.each([
    ['2026-11-30', '2026-11-30'],
    ['2026/11/30', '2026-11-30'],
    ['2026年11月30日', '2026-11-30'],
    ['2026/1/5', '2026-01-05'],
    ['2026年 1月 5日', '2026-01-05'],
  ])('reads the text %s', (input, want) => expect(cellDate(text(input))).toBe(want));

  it.each(['2026-11-31', '2026-02-29', '11月30日', '30/11/2026', '2026.11.30', '下周'])('refuses %s', (input) => {
    expect(cellDate(text(input))).toBeUndefined();
  });

  it('takes a real date cell and a bare serial number (Excel counts 2026-11-30 as day 46356)', () => {
    expect(cellDate({ kind: 'date', date: '2026-11-30' })).toBe('2026-11-30');
    expect(cellDate({ kind: 'number', value: 46356 })).toBe('2026-11-30');
    expect(cellDate({ kind: 'number', value: 46356.75 })).toBe('2026-11-30');
    expect(cellDate({ kind: 'number', value: 60 })).toBeUndefined();
  });
});

describe('cellNumber', () => {
  it('reads numbers, numeric text and a trailing percent sign', () => {
    expect(cellNumber({ kind: 'number', value: 52.5 })).toBe(52.5);
    expect(cellNumber(text('85'))).toBe(85);
    expect(cellNumber(text('85%'))).toBe(85);
    expect(cellNumber(text('85 ％'))).toBe(85);
    expect(cellNumber(text('八十'))).toBeUndefined();
    expect(cellNumber({ kind: 'empty' })).toBeUndefined();
  });
});
