// The Word copy of a 督办 notice (notices/<year>/<NNN>.docx), read back with mammoth and from the raw XML (fflate),
// not with the library that writes it; every expected value is worked out by hand from the zone below.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { git, gitInit, runBin, writeTree } from '../../helpers.js';
import { zipEntryDates, zipParts } from '../../support/office/read.js';
import { spacingViolations } from '../../support/spacing.js';

// The weekends calendar: 2025-11-26 is a Wednesday, so the reply deadline (5 working days) is Wednesday 2025-12-03.
const CONFIG = `zone: 测试高新区
calendar: weekends
units: [产融城公司, 建设局]
leaders: [魏克鹏]
notices:
  pattern: 高新督〔{year}〕{n}号
  replyDays: 5
documents:
  issuer: 测试高新区“五重”工作专班
  number: 测试督〔{year}〕{n}号
`;
const HEAT = `title: 供热管网
lead: 魏克鹏
owner: 建设局
start: 2025-01-01
due: 2025-12-31
milestones:
  - title: 管材招标
    due: 2025-11-10
  - title: 穿越铁路
    due: 2025-12-05
    postponed:
      - from: 2025-10-31
        reason: 铁路局审批
        approved: 魏克鹏
      - from: 2025-11-20
        reason: 铁路局排期
        approved: 魏克鹏
updates:
  - month: 2025-10
    text: 推进
  - month: 2025-11
    text: 推进
`;
// No milestones, the item's own deadline passed: listed as the item deadline, 6 days overdue on 11-26.
const LAMPS = `title: 路灯改造
lead: 魏克鹏
owner: 建设局
start: 2025-01-01
due: 2025-11-20
updates:
  - month: 2025-10
    text: 推进
  - month: 2025-11
    text: 推进
`;

function repo(): string {
  const dir = writeTree({ 'wuzhong.yaml': CONFIG, 'lists/tasks/heat.yaml': HEAT, 'lists/tasks/lamps.yaml': LAMPS });
  gitInit(dir);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'data');
  return dir;
}

const lines = async (file: string) =>
  (await mammoth.extractRawText({ path: file })).value.split('\n').map((l) => l.trim()).filter((l) => l !== '');

async function tableRows(file: string): Promise<string[][]> {
  const html = (await mammoth.convertToHtml({ path: file })).value;
  const table = new JSDOM(html).window.document.querySelector('table')!;
  return [...table.querySelectorAll('tr')].map((tr) => [...tr.querySelectorAll('td,th')].map((c) => c.textContent!.trim()));
}

/** The text of the run holding `text`, with its properties (the XML before it back to `<w:r>`). */
function runOf(doc: string, text: string): string {
  const i = doc.indexOf(`>${text}</w:t>`);
  expect(i, text).toBeGreaterThan(0);
  return doc.slice(doc.lastIndexOf('<w:r>', i), i);
}

describe('notice: the Word copy beside the record and the Markdown copy', () => {
  const dir = repo();
  const r = runBin(['notice', '--unit', '建设局', '--as-of', '2025-11-26'], { cwd: dir });
  const file = join(dir, 'notices/2025/001.docx');

  it('writes and commits exactly the three files, and says so', () => {
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('已起草高新督〔2025〕1号：notices/2025/001.yaml、notices/2025/001.md、notices/2025/001.docx\n');
    expect(r.stdout).toMatch(/已提交[0-9a-f]{7}：notice\(2025\/001\): 高新督〔2025〕1号 建设局 督办（只含这三个文件）\n$/);
    expect(git(dir, 'show', '--name-only', '--format=', 'HEAD').trim().split('\n')).toEqual([
      'notices/2025/001.docx', 'notices/2025/001.md', 'notices/2025/001.yaml',
    ]);
    // Clean: what was committed is what was written.
    expect(git(dir, 'status', '--porcelain')).toBe('');
  });

  it('number, title, 主送, body with the reply deadline, 落款 and date, in that order', async () => {
    const text = await lines(file);
    expect(text.slice(0, 4)).toEqual([
      '高新督〔2025〕1号',
      '关于重点任务节点的督办通知',
      '建设局：',
      '根据“五重”清单截至2025年11月26日的数据，你单位负责的下列节点已逾期或存在延误风险。请抓紧推进，' +
        '并于2025年12月3日前将落实情况书面回复督查专班。',
    ]);
    // The notice's own number, not the 通报's documents.number; the sender is the zone's 督查专班, as in the .md.
    expect(text.join('\n')).not.toContain('测试督');
    expect(text.slice(-2)).toEqual(['测试高新区督查专班', '2025年11月26日']);
  });

  it('every node in the table: the overdue milestone, the overdue item deadline, the milestone at risk', async () => {
    const rows = await tableRows(file);
    expect(rows[0]).toEqual(['序号', '事项', '节点', '时限', '情形']);
    expect(rows.slice(1, 3)).toEqual([
      ['1', '供热管网', '管材招标', '2025-11-10', '已逾期16天'],
      ['2', '路灯改造', '（事项完成时限）', '2025-11-20', '已逾期6天'],
    ]);
    expect(rows[3]!.slice(0, 4)).toEqual(['3', '供热管网', '穿越铁路', '2025-12-05']);
    expect(rows[3]![4]).toMatch(/^有延误风险：.*管材招标/);
    expect(rows).toHaveLength(4);
    // The Markdown copy lists the same rows.
    const md = readFileSync(join(dir, 'notices/2025/001.md'), 'utf8');
    for (const row of rows.slice(1)) expect(md).toContain(`| ${row.join(' | ')} |`);
  });

  it('公文 spacing: no space between Chinese text and a digit in what it says, the .md, the .docx or the record', async () => {
    const texts = [r.stdout, readFileSync(join(dir, 'notices/2025/001.md'), 'utf8'), (await lines(file)).join('\n'),
      readFileSync(join(dir, 'notices/2025/001.yaml'), 'utf8')];
    expect(texts.flatMap(spacingViolations)).toEqual([]);
  });

  it('GB/T 9704: A4 portrait, margins 37/35/28/26 mm; title 方正小标宋简体 二号, body 仿宋_GB2312 三号; 落款 right', () => {
    const doc = zipParts(file).get('word/document.xml')!;
    expect(doc).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const mar = /<w:pgMar ([^>]*)\/>/.exec(doc)![1]!;
    const attr = (k: string) => Number(new RegExp(`w:${k}="(\\d+)"`).exec(mar)![1]);
    expect([attr('top'), attr('bottom'), attr('left'), attr('right')]).toEqual([2098, 1984, 1587, 1474]);
    const title = runOf(doc, '关于重点任务节点的督办通知');
    expect(title).toContain('w:eastAsia="方正小标宋简体"');
    expect(title).toContain('<w:sz w:val="44"/>');
    const to = runOf(doc, '建设局：');
    expect(to).toContain('w:eastAsia="仿宋_GB2312"');
    expect(to).toContain('<w:sz w:val="32"/>');
    const signer = doc.indexOf('>测试高新区督查专班</w:t>');
    const paragraph = doc.slice(doc.lastIndexOf('<w:p>', signer), signer);
    expect(paragraph).toContain('<w:jc w:val="right"/>');
  });

  it("dated the notice's date inside the file; the same notice in another repository is the same bytes", () => {
    expect(new Set(zipEntryDates(file))).toEqual(new Set(['2025-11-26']));
    const core = zipParts(file).get('docProps/core.xml')!;
    expect(core).toContain('>2025-11-26T00:00:00Z</dcterms:created>');
    expect(core).toContain('>2025-11-26T00:00:00Z</dcterms:modified>');
    const other = repo();
    expect(runBin(['notice', '--unit', '建设局', '--as-of', '2025-11-26'], { cwd: other }).code).toBe(0);
    expect(readFileSync(join(other, 'notices/2025/001.docx')).equals(readFileSync(file))).toBe(true);
  });
});

describe('notice --lang en: the command and both copies in English', () => {
  it('says what it did in English and prints the English notice', async () => {
    const dir = repo();
    const r = runBin(['--lang', 'en', 'notice', '--unit', '建设局', '--as-of', '2025-11-26'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = r.stdout.split('\n');
    expect(out[0]).toBe('drafted 高新督〔2025〕1号: notices/2025/001.yaml, notices/2025/001.md, notices/2025/001.docx');
    expect(out[1]).toMatch(/^committed [0-9a-f]{7}: notice\(2025\/001\): 高新督〔2025〕1号 建设局 督办 \(these three files only\)$/);
    const text = await lines(join(dir, 'notices/2025/001.docx'));
    expect(text.slice(0, 3)).toEqual(['高新督〔2025〕1号', 'Supervision notice on key task milestones', '建设局:']);
    expect(text[3]).toContain('as of 2025-11-26');
    expect(text[3]).toContain('reply in writing to the supervision office by 2025-12-03.');
    expect(text.slice(-2)).toEqual(['测试高新区 supervision office', '2025-11-26']);
    const rows = await tableRows(join(dir, 'notices/2025/001.docx'));
    expect(rows[0]).toEqual(['No.', 'Item', 'Milestone', 'Due', 'Status']);
    expect(rows[1]).toEqual(['1', '供热管网', '管材招标', '2025-11-10', '16 days overdue']);
    expect(rows[2]).toEqual(['2', '路灯改造', '(item deadline)', '2025-11-20', '6 days overdue']);
    expect(rows[3]![4]).toMatch(/^at risk: /);
    expect(readFileSync(join(dir, 'notices/2025/001.md'), 'utf8')).toContain('## Supervision notice on key task milestones');
  });
});

describe('notice: when the Word copy cannot be written', () => {
  it('says so without a stack trace, and still writes and commits the record and the Markdown copy', () => {
    const dir = repo();
    // A folder where the .docx should go: the rename onto it fails.
    mkdirSync(join(dir, 'notices/2025/001.docx'), { recursive: true });
    const r = runBin(['notice', '--unit', '建设局', '--as-of', '2025-11-26'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^未能生成 Word 版（.*）：通知记录和 Markdown 版已写入\n$/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toContain('已起草高新督〔2025〕1号：notices/2025/001.yaml、notices/2025/001.md\n');
    expect(r.stdout).toContain('（只含这两个文件）');
    expect(git(dir, 'show', '--name-only', '--format=', 'HEAD').trim().split('\n')).toEqual([
      'notices/2025/001.md', 'notices/2025/001.yaml',
    ]);
  });

  it('--no-commit writes the three files and commits nothing', () => {
    const dir = repo();
    const head = git(dir, 'rev-parse', 'HEAD');
    const r = runBin(['notice', '--unit', '建设局', '--as-of', '2025-11-26', '--no-commit'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(git(dir, 'rev-parse', 'HEAD')).toBe(head);
    expect(git(dir, 'status', '--porcelain', '-uall').split('\n').filter(Boolean).sort()).toEqual([
      '?? notices/2025/001.docx', '?? notices/2025/001.md', '?? notices/2025/001.yaml',
    ]);
  });
});
