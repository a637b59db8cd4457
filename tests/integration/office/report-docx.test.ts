import { appendFileSync, cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { JSDOM } from 'jsdom';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { exampleZone, git, gitInit, runBin, tempDir } from '../../helpers.js';
import { zipBytes, zipEntryDates, zipParts } from '../../support/office/read.js';

interface Json { units: { unit: string; score: number; rank: number; tier: string; events: { points: number }[] }[] }
const TIER: Record<string, string> = { reward: '奖励', warning: '约谈', none: '—' };

/** The example zone with a documents: setting and the month's requirements, in a fresh folder. */
function zone(): { dir: string; month: string } {
  const dir = join(tempDir(), 'zone');
  cpSync(exampleZone, dir, { recursive: true });
  const month = readdirSync(join(dir, 'reports')).find((f) => /^\d{4}-\d{2}\.md$/.test(f))!.slice(0, 7);
  // The example's own settings give way to the ones this test checks.
  const drop = (file: string, key: string) =>
    writeFileSync(file, readFileSync(file, 'utf8').replace(new RegExp(`^${key}:\\n(  .*\\n)*`, 'm'), ''));
  drop(join(dir, 'wuzhong.yaml'), 'documents');
  drop(join(dir, 'assessments', `${month}.yaml`), 'requirements');
  appendFileSync(join(dir, 'wuzhong.yaml'), [
    'documents:', '  issuer: 高新区“五重”工作专班', '  number: 高新督〔{year}〕{n}号', '  recipients: 各责任单位',
    '  copyTo: 区党工委、管委会领导', `  firstMonth: ${month.slice(0, 4)}-03`, '',
  ].join('\n'));
  appendFileSync(join(dir, 'assessments', `${month}.yaml`), '\nrequirements:\n  - 倒排工期，确保节点按时完成。\n  - 逾期事项限期整改。\n');
  return { dir, month };
}

describe('report --format docx: the 通报, read back with mammoth and from the XML', () => {
  const { dir, month } = zone();
  const out = join(tempDir(), '通报.docx');
  const r = runBin(['--repo', dir, 'report', '--month', month, '--format', 'docx', '--date', `${month}-28`, '--out', out]);
  const parts = zipParts(out);
  const doc = parts.get('word/document.xml')!;

  it('writes the file and commits nothing', () => {
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`已写入 ${out}\n未提交（Office 文件默认不提交；需要时加 --commit）\n`);
  });

  it('GB/T 9704 page: A4 portrait, margins 37/35/28/26 mm in twips (1 mm = 1440/25.4 twips)', () => {
    expect(doc).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const mar = /<w:pgMar ([^>]*)\/>/.exec(doc)![1]!;
    const attr = (k: string) => Number(new RegExp(`w:${k}="(\\d+)"`).exec(mar)![1]);
    expect([attr('top'), attr('bottom'), attr('left'), attr('right')]).toEqual([2098, 1984, 1587, 1474]);
  });

  it('title in 方正小标宋简体 二号 (22 pt = 44 half-points), body 仿宋_GB2312 三号 (32), 一、 headings in 黑体', () => {
    const runOf = (text: string) => {
      const i = doc.indexOf(`>${text}</w:t>`);
      expect(i, text).toBeGreaterThan(0);
      return doc.slice(doc.lastIndexOf('<w:r>', i), i);
    };
    const title = runOf(`关于随州高新区“五重”清单${Number(month.slice(0, 4))}年${Number(month.slice(5))}月推进情况的通报`);
    expect(title).toContain('w:eastAsia="方正小标宋简体"');
    expect(title).toContain('<w:sz w:val="44"/>');
    const body = runOf('倒排工期，确保节点按时完成。'.replace(/^/, '1.'));
    expect(body).toContain('w:eastAsia="仿宋_GB2312"');
    expect(body).toContain('<w:sz w:val="32"/>');
    const h1 = runOf('一、总体情况');
    expect(h1).toContain('w:eastAsia="黑体"');
    expect(h1).toContain('<w:sz w:val="32"/>');
    expect(runOf('（一）重点企业。')).toContain('w:eastAsia="楷体_GB2312"');
  });

  it('期数, 发文字号, 主送, 下步工作要求, 落款 and 抄送 as the settings and the assessment file say', async () => {
    const text = (await mammoth.extractRawText({ path: out })).value.split('\n').filter((l) => l.trim() !== '');
    const n = Number(month.slice(5)) - 3 + 1;
    expect(text.slice(0, 4)).toEqual([`第${n}期`, `高新督〔${month.slice(0, 4)}〕${n}号`, expect.stringContaining('通报'), '各责任单位：']);
    const req = text.indexOf('六、下步工作要求');
    expect(text.slice(req + 1, req + 3)).toEqual(['1.倒排工期，确保节点按时完成。', '2.逾期事项限期整改。']);
    const day = `${Number(month.slice(0, 4))}年${Number(month.slice(5))}月28日`;
    expect(text.slice(req + 3)).toEqual(['高新区“五重”工作专班', day, '抄送：区党工委、管委会领导。', `高新区“五重”工作专班\u3000\u3000${day}印发`]);
  });

  it('the score table says what score --format json says', async () => {
    const json = JSON.parse(runBin(['--repo', dir, 'score', '--month', month, '--format', 'json']).stdout) as Json;
    const html = (await mammoth.convertToHtml({ path: out })).value;
    const tables = [...new JSDOM(html).window.document.querySelectorAll('table')];
    const rows = [...tables[0]!.querySelectorAll('tr')].map((tr) => [...tr.querySelectorAll('td,th')].map((c) => c.textContent!.trim()));
    expect(rows[0]).toEqual(['名次', '责任单位', '得分', '加分', '减分', '等次']);
    const sum = (u: Json['units'][number], sign: 1 | -1) => u.events.filter((e) => e.points * sign > 0).reduce((s, e) => s + e.points, 0);
    const fmt = (v: number) => (v > 0 ? `+${v}` : String(v));
    const expected = json.units.map((u) =>
      [String(u.rank), u.unit, String(u.score), fmt(sum(u, 1)), fmt(sum(u, -1)), TIER[u.tier]]);
    expect(rows.slice(1)).toEqual(expected);
  });

  it('the chart is an SVG with every unit and score, and a PNG fallback that decodes', () => {
    const media = [...parts.keys()].filter((k) => k.startsWith('word/media/'));
    const svg = parts.get(media.find((k) => k.endsWith('.svg'))!)!;
    const json = JSON.parse(runBin(['--repo', dir, 'score', '--month', month, '--format', 'json']).stdout) as Json;
    for (const u of json.units) {
      expect(svg).toContain(`>${u.unit}</text>`);
      expect(svg).toContain(`>${u.score}</text>`);
    }
    expect(new JSDOM(svg, { contentType: 'image/svg+xml' }).window.document.querySelectorAll('rect').length).toBe(1 + json.units.length);
    expect(doc).toContain('asvg:svgBlip');
    const png = Buffer.from(zipBytes(out).get(media.find((k) => k.endsWith('.png'))!)!);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const width = png.readUInt32BE(16), height = png.readUInt32BE(20);
    expect(width).toBe(600);
    const idat: Buffer[] = [];
    for (let i = 8; i < png.length;) {
      const len = png.readUInt32BE(i);
      if (png.toString('latin1', i + 4, i + 8) === 'IDAT') idat.push(png.subarray(i + 8, i + 8 + len));
      i += 12 + len;
    }
    expect(inflateSync(Buffer.concat(idat)).length).toBe(height * (1 + width * 4));
  });

  it('two runs give the same bytes, dated the --date', () => {
    const again = join(tempDir(), 'again.docx');
    runBin(['--repo', dir, 'report', '--month', month, '--format', 'docx', '--date', `${month}-28`, '--out', again]);
    expect(readFileSync(again).equals(readFileSync(out))).toBe(true);
    expect(new Set(zipEntryDates(out))).toEqual(new Set([`${month}-28`]));
    expect(parts.get('docProps/core.xml')).toContain(`>${month}-28T00:00:00Z</dcterms:created>`);
  });
});

describe('report --format docx --commit', () => {
  it('commits that one file and nothing else; the Markdown record is untouched', () => {
    const { dir, month } = zone();
    gitInit(dir);
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'zone');
    const r = runBin(['--repo', dir, 'report', '--month', month, '--format', 'docx', '--commit']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(git(dir, 'show', '--name-only', '--format=', 'HEAD').trim()).toBe(`reports/${month}.docx`);
    expect(git(dir, 'status', '--porcelain')).toBe('');
  });

  it('refuses --issue and --date without --format docx, and a bad --issue', () => {
    const { dir, month } = zone();
    expect(runBin(['--repo', dir, 'report', '--month', month, '--issue', '3', '--no-commit']).code).toBe(2);
    const bad = runBin(['--repo', dir, 'report', '--month', month, '--format', 'docx', '--issue', 'x']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--issue 应为正整数');
  });
});
