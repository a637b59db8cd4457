import { z } from 'zod';
import { month, text } from './fields.js';

/**
 * docs/fields.md (`documents`): what the Word 通报 (`report --format docx`) prints around the data — the issuing
 * body (落款), the document number pattern (发文字号) and the recipients (主送).
 */
export const documentsSchema = z
  .strictObject({
    issuer: text('发文机关', '通报的落款，如 随州高新区“五重”工作专班'),
    number: text('发文字号', '含 {n}（期数），可含 {year}（年份），如 高新督〔{year}〕{n}号')
      .refine((s) => s.includes('{n}'), 'docNumber')
      .optional(),
    recipients: text('主送机关', '如 各责任单位、区直各部门').optional(),
    firstMonth: month('第1期的月份').optional().meta({
      title: '第1期的月份',
      description: '期数从这个月起算（该月为第1期）；不填时期数为月份数（10月为第10期）；--issue 优先',
    }),
    copyTo: text('抄送', '如 区党工委、管委会领导').optional(),
  })
  .meta({ title: '公文设置', description: 'report --format docx 生成 Word 通报时使用' });

export type DocumentsSettings = z.infer<typeof documentsSchema>;

/** The number of the 通报 for month M: `--issue`, else counted from `firstMonth`, else the month's number. */
export function issueNumber(monthValue: string, docs: DocumentsSettings | undefined, given?: number): number {
  if (given !== undefined) return given;
  const ordinal = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;
  const first = docs?.firstMonth;
  if (first !== undefined && first <= monthValue) return ordinal(monthValue) - ordinal(first) + 1;
  return Number(monthValue.slice(5, 7));
}

/** 发文字号 from the pattern: `{year}` the report month's year, `{n}` the issue number. */
export function documentNumber(pattern: string | undefined, monthValue: string, n: number): string | undefined {
  return pattern?.replace(/\{year\}/g, monthValue.slice(0, 4)).replace(/\{n\}/g, String(n));
}
