export { buildMonthlyReport } from './build.js';
export { renderMonthlyReport, type RenderOptions } from './render.js';
export type { MonthlyReport } from './model.js';
