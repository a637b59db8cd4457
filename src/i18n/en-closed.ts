// Wording for closed (published) months (src/report/closed-text.ts), English.
import type { Standing } from '../assess/closed.js';
import type { ClosedText } from '../report/closed-text.js';
import { enAssess } from './en-assess.js';

const enTier = (s: Standing) => enAssess.tier[s.tier];

export const enClosed: ClosedText = {
  recorded: (month, file, committed, corrections = 0) =>
    `wuzhong: ${month} was published (${file}${committed === undefined ? '' : `, committed ${committed}`}${corrections > 0 ? `, with ${corrections} ${corrections === 1 ? 'correction' : 'corrections'}` : ''}); this is the published result.\n`,
  amended: (month, file, count) => `wuzhong: ${month} was published (${file}) and has ${count} ${count === 1 ? 'amendment' : 'amendments'} since (assessments/${month}.yaml); this is the amended result, recomputed from today's data.\n`,
  differs: (month) => `note: today's data gives a different result for ${month} and no amendment records why (run wuzhong check to see the differences).`,
  refuseReport: (month, file) => `wuzhong report: ${month} was published (${file}) and today's data gives a different result, with no amendment dated after the report was committed; run wuzhong check to see the differences, add an amendment under amendments in assessments/${month}.yaml, then write the report.\n`,
  heading: 'Corrections',
  nth: (n) => `Correction ${n}`,
  intro: (month) => `After this report was first published, the result for ${month} was corrected with approval as follows:`,
  amendment: (a) => `${a.date}, approved by ${a.approved}: ${a.reason}`,
  changesHeader: ['Unit', 'Published', 'Corrected'],
  standing: (s) => (s === null ? '—' : `${s.score} points, rank ${s.rank}${s.tier === 'none' ? '' : `, ${enTier(s)}`}`),
  noChange: 'No unit’s result changed.',
};
