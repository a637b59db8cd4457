import { describe, expect, it } from 'vitest';
import { scoreMonth } from '../../../src/assess/score.js';
import { buildZone } from '../../../src/load/build.js';

const enc = (s: string) => new TextEncoder().encode(s);
const CONFIG = 'zone: 协调区\ncalendar: none\nunits: [城建局, 经发局, 招商局]\nleaders: [魏克鹏]\nassessment:\n  noticeUnanswered: 3\n';
const notice = (n: number, kind: string, unit: string) => `number: 督〔2025〕${n}号
kind: ${kind}
unit: ${unit}
date: 2025-11-13
replyBy: 2025-11-20
nodes: []
`;

describe('unanswered notices in the score (noticeUnanswered: 3)', () => {
  it('count for a 督办 and a 催办, not for a 提醒 (a reminder)', () => {
    const zone = buildZone(Object.entries({
      'wuzhong.yaml': CONFIG,
      'notices/2025/001.yaml': notice(1, '督办', '城建局'),
      'notices/2025/002.yaml': notice(2, '提醒', '经发局'),
      'notices/2025/003.yaml': notice(3, '催办', '招商局'),
    }).map(([path, s]) => ({ path, bytes: enc(s) })));
    expect(zone.diagnostics).toEqual([]);
    // Base 100; each scored notice −3, by hand.
    const scores = Object.fromEntries(scoreMonth(zone, '2025-11').units.map((u) => [u.unit, u.score]));
    expect(scores).toEqual({ 城建局: 97, 经发局: 100, 招商局: 97 });
  });
});
