/** Calendar dates as day numbers (days since 1970-01-01, UTC) and `YYYY-MM-DD` strings. */
const MS = 86_400_000;
export const day = (s) => Math.round(Date.UTC(+s.slice(0, 4), +s.slice(5, 7) - 1, +s.slice(8, 10)) / MS);
export const iso = (n) => new Date(n * MS).toISOString().slice(0, 10);
export const monthOf = (n) => iso(n).slice(0, 7);
/** Last day (day number) of the month containing day n. */
export const endOfMonth = (n) => {
  const d = new Date(n * MS);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0) / MS;
};
export const addMonths = (month, k) => {
  const t = +month.slice(0, 4) * 12 + (+month.slice(5, 7) - 1) + k;
  return `${Math.floor(t / 12)}-${String((t % 12) + 1).padStart(2, '0')}`;
};
export const monthDiff = (a, b) => (+b.slice(0, 4) - +a.slice(0, 4)) * 12 + (+b.slice(5, 7) - +a.slice(5, 7));
/** Move a Saturday/Sunday back to the Friday before (deadlines are usually set on working days). */
export const weekdayOnOrBefore = (n) => {
  const wd = new Date(n * MS).getUTCDay(); // 0 Sunday … 6 Saturday
  return wd === 6 ? n - 1 : wd === 0 ? n - 2 : n;
};
export const clamp = (x, lo, hi) => Math.max(lo, Math.min(hi, x));
