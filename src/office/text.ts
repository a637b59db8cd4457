import { enOfficeText } from '../i18n/en-office.js';
import { zhOfficeText } from '../i18n/zh-office.js';
import type { Lang } from '../model/diagnostic.js';
import type { ListName } from '../model/fields.js';
import type { assessText } from '../report/assess-text.js';

/** Every word of the Office outputs (台账, 考核结果表, Word 通报): src/i18n/zh-office.ts and en-office.ts. */
export interface OfficeText {
  list(l: ListName): string;
  ledgerTitle(zone: string, asOf: string): string;
  ledgerSheetTitle(list: string, asOf: string): string;
  ledger: {
    seq: string; list: string; title: string; owner: string; lead: string;
    projectInvestment: string; dealAmount: string;
    anyInvestment: string; annualPlan: string; annualDone: string; funds: string; stage: string; state: string;
    start: string; due: string; update: string; progress: string; light: string; problems: string;
  };
  stage: Record<string, string>;
  state: Record<'open' | 'not-started' | 'done' | 'cancelled', string>;
  light: Record<'red' | 'yellow' | 'green', string>;
  /** `（2025年11月）`: the month an older update was reported in. */
  reportedIn(month: string): string;
  problem(text: string, raised: string): string;
  scoreTitle(zone: string, month: string): string;
  scoreSheet: string;
  eventsSheet: string;
  scoreHeader: readonly string[];
  eventsHeader: readonly string[];
  tier: ReturnType<typeof assessText>['tier'];
  event: ReturnType<typeof assessText>['event'];
  scoreRules(base: number, rewardAt: number, warnAt: number): string;
  signatures: readonly string[];
  itemDeadline: string;
}

export function officeText(lang: Lang): OfficeText {
  return lang === 'en' ? enOfficeText : zhOfficeText;
}
