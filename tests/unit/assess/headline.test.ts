import { describe, expect, it } from 'vitest';
import { headlineNumbers } from '../../../src/assess/headline.js';
import { buildZone } from '../../../src/load/build.js';
import { scanZone } from '../../../src/load/scan.js';
import { exampleZone } from '../../helpers.js';
import { headlineBlocks, money, percent } from '../../../src/report/monthly/headline.js';

// docs/supervisors.md "主要指标". Every expected number below is added up by hand in the comments, from the YAML.

const enc = (s: string) => new TextEncoder().encode(s);
const config = 'zone: 测试高新区\nunits: [产融城公司, 铁北园区办, 高新建公司]\nleaders: [魏克鹏]\n';

interface Spec {
  start?: string;
  status?: string;
  closed?: string;
  fields?: string[];
  /** [month, figure] pairs; the figure key is the list's (invested / funds). */
  figures?: [string, number | undefined][];
}

function yaml(list: 'projects' | 'investments', s: Spec): string {
  const key = list === 'projects' ? 'invested' : 'funds';
  const lines = ['title: 测试', 'lead: 魏克鹏', 'owner: 产融城公司', `start: ${s.start ?? '2025-01-01'}`, 'due: 2026-12-31'];
  if (s.status) lines.push(`status: ${s.status}`, `closed: ${s.closed}`);
  lines.push(...(s.fields ?? []));
  if (list === 'projects') lines.push('milestones:', '  - title: 竣工', '    due: 2026-12-31', ...(s.status === 'done' ? ['    done: 2024-12-20'] : []));
  if (s.figures?.length) {
    lines.push('updates:');
    for (const [month, figure] of s.figures) {
      lines.push(`  - month: ${month}`, '    text: 进展');
      if (figure !== undefined) lines.push(`    ${key}: ${figure}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

const projects: Record<string, Spec> = {
  // counted; Oct 2025 → 41000 (2025-09; 2024-12 is last year's, 2025-11 is after October; annual_done ignored)
  a: { start: '2024-03-01', fields: ['investment: 150000', 'land: 438', 'annual_plan: 60000', 'annual_done: 99999'],
    figures: [['2024-12', 30000], ['2025-06', 20000], ['2025-09', 41000], ['2025-10', undefined], ['2025-11', 52000]] },
  // counted; no monthly figure anywhere → annual_done 3000 (from the item)
  b: { start: '2025-02-01', fields: ['investment: 12000.5', 'land: 50.5', 'annual_plan: 8000', 'annual_done: 3000'] },
  // counted, no annual_plan; its first figure is November's → 0 in October
  c: { start: '2025-01-10', fields: ['investment: 20000', 'annual_done: 777'], figures: [['2025-11', 5000]] },
  // cancelled 2025-08-15: left out, counted apart
  d: { status: 'cancelled', closed: '2025-08-15', fields: ['investment: 9000', 'annual_plan: 4000'] },
  // cancelled 2025-11-20, after October: still counted in October; annual_done 1000 from the item
  e: { status: 'cancelled', closed: '2025-11-20', fields: ['investment: 7000', 'annual_plan: 3000', 'annual_done: 1000'] },
  // done in 2024: not in 2025's figures at all
  f: { start: '2024-01-01', status: 'done', closed: '2024-12-20', fields: ['investment: 50000', 'annual_plan: 9000'] },
  // starts in 2026: not in 2025's plan
  g: { start: '2026-02-01', fields: ['investment: 80000', 'annual_plan: 1000'] },
  // counted, with no completed-investment figure at all
  h: { start: '2025-12-01', fields: ['investment: 3000', 'annual_plan: 2000'] },
};

const investments: Record<string, Spec> = {
  // signed; Oct → 2500 (2025-10); funds_in_place 500 ignored
  i1: { fields: ['investor: 甲', 'stage: signed', 'amount: 24000', 'funds_in_place: 500'],
    figures: [['2025-08', 1000], ['2025-10', 2500], ['2025-11', 4000]] },
  // started; funds_in_place 7200 from the item
  i2: { fields: ['investor: 乙', 'stage: started', 'amount: 15000', 'funds_in_place: 7200'] },
  // operating, no amount, no funds
  i3: { fields: ['investor: 丙', 'stage: operating'] },
  // cancelled in September: left out
  i4: { status: 'cancelled', closed: '2025-09-01', fields: ['investor: 丁', 'stage: lead', 'amount: 5000'] },
  // talks since 2023; funds are cumulative since the start, so 2024-12's 800 still holds in 2025
  i5: { start: '2023-05-01', fields: ['investor: 戊', 'stage: talks', 'amount: 3000'], figures: [['2024-12', 800]] },
};

function zoneOf(p = projects, i = investments) {
  const files = [
    { path: 'wuzhong.yaml', bytes: enc(config) },
    ...Object.entries(p).map(([id, s]) => ({ path: `lists/projects/${id}.yaml`, bytes: enc(yaml('projects', s)) })),
    ...Object.entries(i).map(([id, s]) => ({ path: `lists/investments/${id}.yaml`, bytes: enc(yaml('investments', s)) })),
  ];
  const zone = buildZone(files);
  expect(zone.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return zone;
}

describe('headline numbers against a hand calculation (2025-10)', () => {
  const h = headlineNumbers(zoneOf(), '2025-10');

  it('projects: count a b c e h; sums by hand', () => {
    const p = h.projects;
    expect(p.count).toBe(5);
    expect(p.cancelled).toBe(1); // d
    expect(p.investment).toBeCloseTo(150000 + 12000.5 + 20000 + 7000 + 3000, 6); // 192000.5
    expect(p.land).toBeCloseTo(488.5, 6); // 438 + 50.5
    expect(p.annualPlan).toBe(73000); // 60000 + 8000 + 3000 + 2000
    expect(p.planMissing).toBe(1); // c
    expect(p.annualDone).toBe(45000); // 41000 + 3000 + 0 + 1000 + 0
    expect(p.doneFromItem).toBe(2); // b, e
    expect(p.doneMissing).toBe(1); // h
    expect(p.rate).toBeCloseTo(61.6438, 3); // 45000 / 73000
    expect(p.timeProgress).toBeCloseTo(83.3333, 3); // 10 / 12
  });

  it('investment deals by stage: count i1 i2 i3 i5', () => {
    const i = h.investments;
    expect(i.count).toBe(4);
    expect(i.cancelled).toBe(1); // i4
    expect(i.stages.map((r) => [r.stage, r.count, r.amount, r.funds])).toEqual([
      ['lead', 0, 0, 0],
      ['talks', 1, 3000, 800],
      ['signed', 1, 24000, 2500],
      ['registered', 0, 0, 0],
      ['started', 1, 15000, 7200],
      ['operating', 1, 0, 0],
    ]);
    expect([i.amount, i.funds, i.fundsFromItem]).toEqual([42000, 10500, 1]);
  });

  it('November: later figures, and e (cancelled 2025-11-20) drops out', () => {
    const nov = headlineNumbers(zoneOf(), '2025-11');
    expect(nov.projects.count).toBe(4); // a b c h
    expect(nov.projects.cancelled).toBe(2); // d e
    expect(nov.projects.annualDone).toBe(52000 + 3000 + 5000); // a, b (item), c
    expect(nov.projects.annualPlan).toBe(70000); // 60000 + 8000 + 2000
    expect(nov.investments.funds).toBe(4000 + 7200 + 800);
    // January 2025: a has no 2025 figure yet (2024-12 is last year's cumulative) → 0
    expect(headlineNumbers(zoneOf(), '2025-01').projects.annualDone).toBe(0 + 3000 + 0 + 1000);
  });

  it('a month is reproducible: a later update, a later cancellation or a new item changes nothing before it', () => {
    const later = {
      ...projects,
      a: { ...projects.a!, figures: [...projects.a!.figures!, ['2025-12', 60000]] as [string, number][] },
      b: { ...projects.b!, status: 'cancelled', closed: '2025-12-01' },
    };
    const laterDeals = { ...investments, i1: { ...investments.i1!, figures: [...investments.i1!.figures!, ['2025-12', 9000]] as [string, number][] } };
    expect(headlineNumbers(zoneOf(later, laterDeals), '2025-10')).toEqual(h);
    expect(headlineNumbers(zoneOf(later, laterDeals), '2025-11')).toEqual(headlineNumbers(zoneOf(), '2025-11'));
  });

  it('no plan: no completion rate', () => {
    const none = headlineNumbers(zoneOf({ c: projects.c! }, {}), '2025-06');
    expect(none.projects.rate).toBeUndefined();
    expect(none.projects.timeProgress).toBe(50); // 时间过半
  });
});

describe('formatting as a government report writes it', () => {
  it('亿元 from 10000万元 up (two decimals, no trailing zeros), 万元 below; percent to one decimal', () => {
    expect(money(150000, 'zh-CN')).toBe('15亿元');
    expect(money(192000.5, 'zh-CN')).toBe('19.2亿元');
    expect(money(219300, 'zh-CN')).toBe('21.93亿元');
    expect(money(10000, 'zh-CN')).toBe('1亿元');
    expect(money(9999.5, 'zh-CN')).toBe('9999.5万元');
    expect(money(0, 'zh-CN')).toBe('0万元');
    expect(money(150000, 'en')).toBe('CNY 1,500 m');
    expect(money(12345, 'en')).toBe('CNY 123.45 m');
    expect(percent(45000 / 73000 * 100)).toBe('61.6%');
    expect(percent(50)).toBe('50.0%');
    expect(percent(10 / 12 * 100)).toBe('83.3%');
  });
});

describe('the 主要指标 subsection', () => {
  it('words the hand-calculated October figures', () => {
    const [heading, projectLine, dealLine, stageTable] = headlineBlocks(headlineNumbers(zoneOf(), '2025-10'), 'zh-CN');
    expect(heading).toBe('### 主要指标');
    expect(projectLine).toBe(
      '重大项目5个，总投资19.2亿元，用地488.5亩；年度计划投资7.3亿元，1—10月累计完成投资4.5亿元，完成率61.6%，时序进度83.3%。' +
        '1个项目未填年度计划投资。2个项目未按月填报完成投资，取其当前的年度已完成投资。1个项目未填报完成投资。另有1个项目年内已撤销，未计入。',
    );
    expect(dealLine).toBe('重大招商4个，计划投资4.2亿元，累计到位资金1.05亿元（其中1个未按月填报，取其当前的实际到位资金）；另有1个年内已撤销，未计入。按招商阶段：');
    expect(stageTable!.split('\n').slice(2)).toEqual([
      '| 线索 | 0 | 0万元 | 0万元 |',
      '| 洽谈 | 1 | 3000万元 | 800万元 |',
      '| 签约 | 1 | 2.4亿元 | 2500万元 |',
      '| 注册 | 0 | 0万元 | 0万元 |',
      '| 开工 | 1 | 1.5亿元 | 7200万元 |',
      '| 投产 | 1 | 0万元 | 0万元 |',
      '| **合计** | 4 | 4.2亿元 | 1.05亿元 |',
    ]);
  });
});

describe('the example zone (examples/zone), added up by hand from its YAML', () => {
  const zone = buildZone(scanZone(exampleZone));

  it('October 2025: four projects, three deals (电子信息 cancelled in July)', () => {
    const h = headlineNumbers(zone, '2025-10');
    // investment 150000 + 60000 + 25000 + 30000; land 438 + 50; plan 60000 + 25000 + 12000 + 6000
    // invested in October: 36500 (交投) + 18600 (晶星) + 10400 (维特) + 5100 (叶开泰)
    expect(h.projects).toMatchObject({
      count: 4, cancelled: 0, investment: 265000, land: 488, annualPlan: 103000, annualDone: 70600,
      doneFromItem: 0, doneMissing: 0,
    });
    expect(percent(h.projects.rate!)).toBe('68.5%'); // 70600 / 103000 = 68.54%
    // 基金 talks 24000 / 0; 割胶机器人 started 15000 / 7200; 晴川 operating (done 2025-10-30), no amount
    expect(h.investments.stages.filter((r) => r.count > 0).map((r) => [r.stage, r.count, r.amount, r.funds])).toEqual([
      ['talks', 1, 24000, 0], ['started', 1, 15000, 7200], ['operating', 1, 0, 0],
    ]);
    expect([h.investments.cancelled, h.investments.fundsFromItem]).toEqual([1, 0]);
  });

  it('November 2025: only 交投 has filed a new figure (41200)', () => {
    const h = headlineNumbers(zone, '2025-11');
    expect(h.projects.annualDone).toBe(41200 + 18600 + 10400 + 5100);
    expect(percent(h.projects.timeProgress)).toBe('91.7%'); // 11 / 12
  });
});
