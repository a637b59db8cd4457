import type { Lang } from '../model/diagnostic.js';
import { en } from './en.js';
import { zh, type Messages } from './zh.js';

export type { Messages };
export function messages(lang: Lang): Messages {
  return lang === 'en' ? en : zh;
}
