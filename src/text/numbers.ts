// Numbers as the report's wording tables write them (src/i18n/zh-monthly.ts, en-monthly.ts).

/** Round to `places` decimals and drop trailing zeros: 15, 12.5, 3.46. */
export function decimal(n: number, places: number): string {
  const f = 10 ** places;
  return String(Math.round(n * f) / f);
}

/** Digits in groups of three (English). */
export function grouped(n: number, places: number): string {
  const format = new Intl.NumberFormat('en-US', { maximumFractionDigits: places, useGrouping: true });
  return format.format(Number(decimal(n, places)));
}

/** A percentage to one decimal, always with the decimal: 62.3%, 50.0%. */
export function percent(x: number): string {
  return `${(Math.round(x * 10) / 10).toFixed(1)}%`;
}
