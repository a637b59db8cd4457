import { z } from 'zod';
import { isValidDate, isValidMonth } from './dates.js';
import { CLEAN_NAME } from './names.js';

/** Shared field types; every refinement here has a JSON Schema counterpart (pattern/range). */
export const DATE_PATTERN = '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$';
const MONTH_PATTERN = '^\\d{4}-(0[1-9]|1[0-2])$';
export const ID_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*$';
export { LISTS, type ListName } from './lists.js';

export const text = (title: string, description?: string) =>
  z.string().regex(/\S/, 'empty').meta({ title, ...(description ? { description } : {}) });

export const date = (title: string, description = '日期，格式 YYYY-MM-DD') =>
  z
    .string()
    .regex(new RegExp(DATE_PATTERN), 'date')
    .refine(isValidDate, 'date')
    .meta({ title, description, format: 'date' });

export const month = (title: string) =>
  z
    .string()
    .regex(new RegExp(MONTH_PATTERN), 'month')
    .refine(isValidMonth, 'month')
    .meta({ title, description: '月份，格式 YYYY-MM' });

/**
 * An IANA `Area/City` name (or UTC) that the runtime knows; Intl is pure (no clock, no I/O). Abbreviations
 * are refused: Intl reads `CST` as US Central time, while a Chinese office means China Standard Time.
 */
export function isTimeZone(s: string): boolean {
  if (s !== 'UTC' && !s.includes('/')) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: s });
    return true;
  } catch {
    return false;
  }
}

/**
 * A unit or leader name, compared after NFC: no hidden character (U+200B, U+202E …) and no whitespace
 * at either end — each would make a second name that prints like the first.
 */
export const name = (title: string, description: string) =>
  z.string().normalize('NFC').regex(CLEAN_NAME, 'name').meta({ title, description });

/** An item or milestone title: identifies it (duplicates, matching across versions), so it is clean like a name. */
export const titleText = (title: string, description?: string) =>
  z.string().normalize('NFC').regex(CLEAN_NAME, 'name').meta({ title, ...(description ? { description } : {}) });

export const unitName = (title: string) => name(title, '单位名称，须与 wuzhong.yaml 的 units 完全一致');
export const leaderName = (title: string) => name(title, '领导姓名，须与 wuzhong.yaml 的 leaders 完全一致');
export const money = (title: string, min: 'positive' | 'nonnegative', description = '单位：万元') =>
  (min === 'positive' ? z.number().gt(0) : z.number().min(0)).meta({ title, description });
