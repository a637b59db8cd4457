// The example zone's notices carry the printable copies `wuzhong notice` would write for them: the .md and the .docx
// say what the record (notices/<year>/<NNN>.yaml) says. After a deliberate change to the notice's wording or layout,
// rewrite the copies with WUZHONG_WRITE_NOTICE_COPIES=1 and review the diff.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { buildZone } from '../../../src/load/build.js';
import { scanZone } from '../../../src/load/scan.js';
import { noticeDocx } from '../../../src/office/docx/notice.js';
import { noticeCopy, noticeMarkdown, noticeTitles } from '../../../src/report/notice.js';
import { exampleZone } from '../../helpers.js';

const zone = buildZone(scanZone(exampleZone));
const write = process.env.WUZHONG_WRITE_NOTICE_COPIES === '1';

describe('the example zone\'s notice copies', () => {
  it('has notices to check', () => {
    expect(zone.notices?.length ?? 0).toBeGreaterThanOrEqual(2);
  });

  for (const notice of zone.notices ?? []) {
    const base = join(exampleZone, notice.file.path.replace(/\.yaml$/, ''));
    const titles = noticeTitles(zone);
    const name = zone.config?.zone ?? '';

    it(`${notice.id}: the .md and the .docx are what notice writes for the record`, async () => {
      const md = noticeMarkdown(notice.data, name, titles, 'zh-CN');
      const docx = Buffer.from(await noticeDocx(noticeCopy(notice.data, name, titles, 'zh-CN'), notice.data.date));
      if (write) {
        writeFileSync(`${base}.md`, md);
        writeFileSync(`${base}.docx`, docx);
      }
      expect(readFileSync(`${base}.md`, 'utf8')).toBe(md);
      expect(existsSync(`${base}.docx`), `${base}.docx`).toBe(true);
      expect(readFileSync(`${base}.docx`).equals(docx)).toBe(true);
      // Read back independently: the Word copy holds the number, the unit and every node's milestone.
      const text = (await mammoth.extractRawText({ path: `${base}.docx` })).value;
      expect(text).toContain(notice.data.number);
      expect(text).toContain(`${notice.data.unit}：`);
      for (const node of notice.data.nodes) expect(text).toContain(node.milestone ?? '（事项完成时限）');
    });
  }
});
