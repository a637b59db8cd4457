import { describe, expect, test } from 'vitest';
import { sanitize } from '../../../src/text/sanitize.js';

describe('sanitize', () => {
  test.each([
    ['a\nb', 'a\u240ab'], // LF → ␊
    ['\x1b[31m红', '\u241b[31m红'], // ESC → ␛, so no colour code reaches the terminal
    ['x\x7fy', 'x\u2421y'], // DEL → ␡
    ['\u202eevil', '?evil'], // bidi override
    ['a\tb', 'a\tb'], // tabs stay
    ['产融城公司', '产融城公司'],
  ])('%j → %j', (raw, shown) => {
    expect(sanitize(raw)).toBe(shown);
    expect(sanitize(raw).length).toBe(raw.length);
  });
});
