import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nearest } from '../../../src/text/nearest.js';

/** The textbook full-matrix optimal-string-alignment distance: the oracle for the banded, cut-off one. */
function naiveDistance(a: string, b: string): number {
  const x = [...a], y = [...b];
  const d = Array.from({ length: x.length + 1 }, (_, i) =>
    Array.from({ length: y.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) {
        d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
      }
    }
  }
  return d[x.length]![y.length]!;
}

function naiveNearest(word: string, candidates: string[]): string | undefined {
  let best: string | undefined, bestD = Infinity;
  for (const c of candidates) {
    const d = naiveDistance(word, c);
    if (d < bestD || (d === bestD && best !== undefined && c < best)) [best, bestD] = [c, d];
  }
  if (best === undefined) return undefined;
  const len = Math.max([...word].length, [...best].length);
  const contains = [...word].length >= 2 && (best.includes(word) || word.includes(best));
  return bestD <= Math.max(1, Math.floor(len / 3)) || contains ? best : undefined;
}

/** CPU time since `start`: other processes on a shared runner must not fail a timing test. */
function cpuMs(start: NodeJS.CpuUsage): number {
  const u = process.cpuUsage(start);
  return (u.user + u.system) / 1000;
}

describe('nearest: bounded, and the same answer as the full computation', () => {
  it('agrees with the full-matrix distance on random near and far names', () => {
    const letter = fc.constantFrom('a', 'b', 'c', '产', '融', '城', '-');
    const word = fc.array(letter, { maxLength: 12 }).map((l) => l.join(''));
    fc.assert(
      fc.property(word, fc.array(word, { maxLength: 8 }), (w, cs) => {
        expect(nearest(w, cs)).toBe(naiveNearest(w, cs));
      }),
      { numRuns: 3000, seed: 12 },
    );
  });

  it('skips a 30,000-character name quickly, in little memory', () => {
    const started = process.cpuUsage();
    expect(nearest('产'.repeat(30_000), ['产融城公司', '产'.repeat(29_999)])).toBeUndefined();
    expect(nearest('产融城公式', ['产'.repeat(30_000), '产融城公司'])).toBe('产融城公司');
    expect(cpuMs(started)).toBeLessThan(1000);
  });

  it('compares many near-miss references against many items in linear-ish time', () => {
    const keys = Array.from({ length: 500 }, (_, i) => `tasks/item-number-${String(i).padStart(4, '0')}-${'abcdefghij'.repeat(5)}`);
    const started = process.cpuUsage();
    for (let i = 0; i < 2000; i++) expect(nearest(keys[i % 500]!.replace(/j$/, 'X'), keys)).toBe(keys[i % 500]);
    // 1,000,000 comparisons of 70-character names: seconds at most even on a loaded machine
    // (a full matrix takes minutes).
    expect(cpuMs(started)).toBeLessThan(15_000);
  }, 60_000);
});
