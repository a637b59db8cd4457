// Chinese dates in 公文 style, for every Chinese wording table (zh.ts re-exports them; the area tables
// import them from here, so a table spread into zh.ts never imports zh.ts back).

/** 公文 style: 2026年10月. */
export const zhMonth = (month: string) => `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;
/** 公文 style: 2026年10月31日. */
export const zhDay = (day: string) => `${zhMonth(day.slice(0, 7))}${Number(day.slice(8, 10))}日`;
