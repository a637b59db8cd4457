export { buildMonthlyReport } from './build.js';
export { renderMonthlyReport, type RenderOptions } from './render.js';
export type { MonthlyReport } from './model.js';
export { isMonthlyReport } from './recognise.js';
