import { z } from 'zod';
import type { MonthRecord } from '../../assess/closed.js';

/** The first line of the HTML comment that carries a month's result inside its report (invisible when rendered). */
export const RECORD_MARK = '<!-- wuzhong:result';
const END = '-->';

/**
 * The record as the last lines of the report: one JSON object in an HTML comment, a unit per line so a
 * git diff shows which unit moved. `<` and `>` are escaped in JSON's own way, so no text can end the comment.
 */
export function recordBlock(record: MonthRecord): string {
  const json = (v: unknown) => JSON.stringify(v).replace(/[<>]/g, (c) => (c === '<' ? '\\u003c' : '\\u003e'));
  const { units, ...rest } = { format: 'wuzhong-month-result', version: 1, ...record };
  const head = json(rest).slice(0, -1);
  const lines = units.map((u, i) => json(u) + (i < units.length - 1 ? ',' : ''));
  return [RECORD_MARK, `${head},"units":[`, ...lines, ']}', END].join('\n');
}

const standing = z.object({ score: z.number(), rank: z.number(), tier: z.enum(['reward', 'warning', 'none']) });
const amendment = z.object({ reason: z.string(), approved: z.string(), date: z.string() });
const event = z.object({
  // Any kind: a record written by a newer wuzhong with more kinds of event stays readable.
  event: z.string(),
  points: z.number(),
  item: z.string().optional(),
  milestone: z.string().optional(),
  reason: z.string().optional(),
  file: z.string().optional(),
  line: z.number().optional(),
  days: z.number().optional(),
});
const recordSchema = z.object({
  format: z.literal('wuzhong-month-result'),
  version: z.literal(1),
  month: z.string().regex(/^\d{4}-\d{2}$/),
  asOf: z.string(),
  amendments: z.array(amendment),
  corrections: z.array(z.object({
    amendments: z.array(amendment),
    changes: z.array(z.object({ unit: z.string(), from: standing.nullable(), to: standing.nullable() })),
  })),
  units: z.array(standing.extend({
    unit: z.string(), base: z.number(), additions: z.number(), deductions: z.number(), events: z.array(event),
  })),
});

/**
 * The record at the end of a report's text, or undefined when there is none (a report of an older version, or a
 * hand-written file).
 */
export function readRecord(raw: string): MonthRecord | undefined {
  const text = raw.replace(/\r\n/g, '\n');
  const start = text.lastIndexOf(`${RECORD_MARK}\n`);
  if (start < 0) return undefined;
  const body = text.slice(start + RECORD_MARK.length + 1);
  const end = body.indexOf(`\n${END}`);
  if (end < 0) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.slice(0, end));
  } catch {
    return undefined;
  }
  const r = recordSchema.safeParse(parsed);
  if (!r.success) return undefined;
  const { format: _format, version: _version, ...record } = r.data;
  return record as MonthRecord;
}
