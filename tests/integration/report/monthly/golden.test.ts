import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { exampleZone, gitAs, gitInit, runBin, runCli, tempDir } from '../../../helpers.js';
import { checkMermaid, checkTables } from '../../../support/monthly/validate.js';

const GOLDEN = join(exampleZone, 'reports', '2025-10.md');
const golden = readFileSync(GOLDEN, 'utf8');

/**
 * A copy of the example zone in a repository of its own, its published (and amended) October report committed,
 * so tests never write into the checkout and never depend on this repository's history or clone depth.
 */
function exampleCopy(): string {
  const dir = tempDir('wuzhong-golden-');
  for (const part of ['wuzhong.yaml', 'lists', 'assessments', 'reports', 'meetings', 'notices']) cpSync(join(exampleZone, part), join(dir, part), { recursive: true });
  gitInit(dir);
  gitAs(dir, { date: '2025-11-20T10:06:00+08:00' }, 'add', '-A');
  gitAs(dir, { date: '2025-11-20T10:06:00+08:00' }, 'commit', '-q', '-m', 'example zone');
  return dir;
}

describe('the stored golden report (examples/zone/reports/2025-10.md, `npm run golden`)', () => {
  test('is what report --month 2025-10 writes, byte for byte', async () => {
    const dir = exampleCopy();
    const r = await runCli(['--repo', dir, 'report', '--month', '2025-10', '--no-commit']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(readFileSync(join(dir, 'reports/2025-10.md'), 'utf8')).toBe(golden);
  });

  test.each(['2025-11-26T04:00:00Z', '2025-11-26T16:30:00Z', '2026-03-15T23:59:00Z'])('the same bytes when the clock says %s', async (now) => {
    const dir = exampleCopy();
    const r = await runCli(['--repo', dir, 'report', '--month', '2025-10', '--no-commit'], { now });
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'reports/2025-10.md'), 'utf8')).toBe(golden);
  });

  test('the built bin writes the same bytes in another machine time zone', () => {
    const dir = exampleCopy();
    const r = runBin(['report', '--month', '2025-10', '--no-commit'], { cwd: dir, env: { TZ: 'America/Los_Angeles' } });
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'reports/2025-10.md'), 'utf8')).toBe(golden);
  });

  test('opens with the 更正说明 of the October amendment: 铁北园区办 published 98 (7th), 100 (5th) without the withdrawn −2', () => {
    const notice = checkTables(golden).find((t) => t.header.join('|') === '单位|原结果|更正后')!;
    expect(notice.rows).toEqual([['铁北园区办', '98分，第7名', '100分，第5名']]);
    expect(golden).toContain('\n## 更正说明\n\n本报告首次公布后，经批准对2025年10月考核结果作如下更正：\n\n- 2025-11-20，经刘建华批准：经核实铁北园区办已按周报送奥米多地块盘活进展，督查专班漏登记，撤销原扣2分\n');
    expect(golden.indexOf('## 更正说明')).toBeLessThan(golden.indexOf('## 一、总体情况'));
  });

  test('is valid GFM and its chart passes Mermaid’s parser', async () => {
    // 12 sections' tables plus the 更正说明's table of the units the amendment changed.
    expect(checkTables(golden).length).toBe(13);
    expect(await checkMermaid(golden)).toBe(1);
  });

  test('shows the scores of examples/README.md, every unit, the overdue node and the time-progress figures', () => {
    const tables = checkTables(golden);
    expect(tables.find((t) => t.header[0] === '名次')!.rows.map((r) => [r[0], r[1], r[2], r[5]])).toEqual([
      ['1', '产融城公司', '115', '奖励'],
      ['2', '高新建公司', '108', '—'],
      ['3', '经济发展局', '106', '—'],
      ['4', '党政办公室', '102', '—'],
      ['并列5', '铁北园区办', '100', '—'],
      ['并列5', '招商服务中心', '100', '—'],
      ['并列5', '自然资源和规划分局', '100', '—'],
      ['8', '建设局', '90', '约谈'],
    ]);
    // The only overdue node is the invented 封闭化管理工程's (due 2025-09-26, 35 days on 2025-10-31);
    // the heating network's railway crossing was approved on time, as the article says.
    expect(tables.find((t) => t.header.includes('逾期天数'))!.rows).toEqual([
      ['重点工作', '青春化工园区封闭化管理工程', '施工招标', '建设局', '2025-09-26', '35'],
    ]);
    const rows = tables.flatMap((t) => t.rows).filter((r) => r.length === 8);
    // 供热管网: 609 of 1035 days (2024-03-01 → 2025-10-31 → 2026-12-31) is 58.8%; 31000/55000 is 56.4%.
    // Its next milestone is due 2025-12-31 (61 days on) and 61% is not behind: 绿灯.
    const heating = rows.find((r) => r[0] === '50公里供热管网建设')!;
    expect(heating[1]).toBe('绿灯');
    expect(heating.slice(6)).toEqual(['61% / 58.8%，达到', '供热管网29.97/50公里，59.9%；完成投资31000/55000万元，56.4%']);
    // 封闭化管理工程: 213 of 364 days (2025-04-01 → 2025-10-31 → 2026-03-31) is 58.5%; its 施工招标 is overdue: 红灯.
    const closed = rows.find((r) => r[0] === '青春化工园区封闭化管理工程')!;
    expect(closed[1]).toBe('红灯');
    expect(closed.slice(6)).toEqual(['28% / 58.5%，滞后', '—']);
    expect(golden.split('\n')[0]).toBe('# 随州高新区2025年10月“五重”清单月报（数据截至 2025-10-31）');
  });

  test('reads as a 公文: no <br>, the tool named only in HTML comments, 等次 and 专项加减分, a cancelled item never 滞后', () => {
    expect(golden).not.toContain('<br>');
    const body = golden.replace(/<!--[\s\S]*?-->/g, '');
    expect(body).not.toMatch(/wuzhong/i);
    expect(golden).toContain('\n<!-- 由 wuzhong 根据清单数据生成，请勿手工修改 -->\n');
    expect(body).not.toContain('档次');
    expect(body).toContain('| 名次 | 单位 | 得分 | 加分 | 减分 | 等次 |');
    expect(body).toContain('| 专项加减分 | +2 |');
    const rows = checkTables(golden).flatMap((t) => t.rows);
    // 电子信息标准厂房租赁项目 was cancelled on 2025-07-15 at 25%: its percent only, no time progress, never 滞后.
    const cancelled = rows.find((r) => r[0] === '电子信息标准厂房租赁项目')!;
    expect(cancelled).toContain('已撤销（2025-07-15）');
    expect(cancelled).toContain('25%（2025年5月填报）');
    expect(cancelled.join('|')).not.toContain('滞后');
    expect(body).toContain('## 四、本月（2025年10月）完成节点');
    expect(body).toContain('## 五、下月（2025年11月）到期节点');
  });
});
