/** Edit distance over code points, with a swap of two neighbours counting as one edit (deu → due). */
function distance(a: string, b: string): number {
  const x = [...a], y = [...b];
  const d: number[][] = Array.from({ length: x.length + 1 }, (_, i) => [i, ...Array<number>(y.length).fill(0)]);
  for (let j = 1; j <= y.length; j++) d[0]![j] = j;
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[x.length]![y.length]!;
}

/**
 * The closest candidate, if it is close enough to be a plausible typo: at most one edit in three characters
 * (a Chinese name differs in one character, an English key by a slip), or one name containing the other.
 */
export function nearest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = distance(word, c);
    if (d < bestD || (d === bestD && best !== undefined && c < best)) {
      best = c;
      bestD = d;
    }
  }
  if (best === undefined) return undefined;
  const len = Math.max([...word].length, [...best].length);
  const contains = [...word].length >= 2 && (best.includes(word) || word.includes(best));
  return bestD <= Math.max(1, Math.floor(len / 3)) || contains ? best : undefined;
}
