/** Names longer than this are never typos of a registered name; comparing them would only cost time. */
const MAX_LENGTH = 200;
const BIG = 0x3fffffff;

/** Code points of the candidates, which are the same few names call after call (units, leaders, item keys). */
const codeCache = new Map<string, Int32Array>();

function codes(s: string): Int32Array {
  let c = codeCache.get(s);
  if (c) return c;
  c = Int32Array.from([...s], (ch) => ch.codePointAt(0)!);
  if (codeCache.size > 20_000) codeCache.clear();
  codeCache.set(s, c);
  return c;
}

// Three rolling rows, reused across calls: no allocation per comparison.
let rows: Int32Array[] = Array.from({ length: 3 }, () => new Int32Array(MAX_LENGTH + 2));

/**
 * Edit distance over code points, with a swap of two neighbours counting as one edit (deu → due), or
 * `Infinity` once it must exceed `limit`. The common start and end are skipped, and only the diagonal band
 * |i − j| ≤ limit is computed (cells outside it exceed the limit anyway): time O(length × limit).
 */
function distance(a: Int32Array, b: Int32Array, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return Infinity;
  let s = 0, ea = a.length, eb = b.length;
  while (s < ea && s < eb && a[s] === b[s]) s++;
  while (ea > s && eb > s && a[ea - 1] === b[eb - 1]) { ea--; eb--; }
  const x = a.subarray(s, ea), y = b.subarray(s, eb);
  const n = x.length, m = y.length;
  if (n === 0 || m === 0) return Math.max(n, m) > limit ? Infinity : Math.max(n, m);
  let [prev2, prev, row] = rows as [Int32Array, Int32Array, Int32Array];
  prev2.fill(BIG, 0, m + 2);
  prev.fill(BIG, 0, m + 2);
  row.fill(BIG, 0, m + 2);
  for (let j = 0; j <= Math.min(m, limit); j++) prev[j] = j;
  let prevMin = 0;
  let result = Infinity;
  for (let i = 1; i <= n; i++) {
    const lo = Math.max(1, i - limit), hi = Math.min(m, i + limit);
    row[lo - 1] = lo === 1 ? i : BIG;
    let rowMin = row[lo - 1]!;
    for (let j = lo; j <= hi; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      row[j] = v;
      if (v < rowMin) rowMin = v;
    }
    row[hi + 1] = BIG; // the next row reads one cell past this band
    // A row takes from the one before and (a swap, +1) the one before that: two rows over the limit end it.
    if (rowMin > limit && prevMin > limit) break;
    prevMin = rowMin;
    [prev2, prev, row] = [prev, row, prev2];
    if (i === n) result = prev[m]! > limit ? Infinity : prev[m]!;
  }
  rows = [prev2, prev, row];
  return result;
}

/**
 * The closest candidate, if it is close enough to be a plausible typo: at most one edit in three characters
 * (a Chinese name differs in one character, an English key by a slip), or one name containing the other.
 * Bounded: very long words or candidates are skipped, and each comparison stops once it cannot win.
 */
export function nearest(word: string, candidates: Iterable<string>): string | undefined {
  if (word.length > MAX_LENGTH * 2) return undefined;
  const w = codes(word);
  if (w.length > MAX_LENGTH) return undefined;
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    if (c.length > MAX_LENGTH * 2) continue;
    const cc = codes(c);
    if (cc.length > MAX_LENGTH) continue;
    const d = distance(w, cc, bestD === Infinity ? Math.max(w.length, cc.length) : bestD);
    if (d < bestD || (d === bestD && d !== Infinity && best !== undefined && c < best)) {
      best = c;
      bestD = d;
    }
  }
  if (best === undefined) return undefined;
  const len = Math.max(w.length, codes(best).length);
  const contains = w.length >= 2 && (best.includes(word) || word.includes(best));
  return bestD <= Math.max(1, Math.floor(len / 3)) || contains ? best : undefined;
}
