// The 督办 notice as a Word document in the same 公文 layout as the monthly 通报 (docs/supervisors.md): the words of
// the printable Markdown copy (src/report/notice.ts), so both copies say the same.
import type { NoticeCopy } from '../../report/notice.js';
import { gongwen } from './gongwen.js';

/**
 * notices/<year>/<NNN>.docx: 发文字号 (the notice's number), title, 主送 (the unit), the body with the reply
 * deadline, the table of nodes, 落款 and date. `day` (YYYY-MM-DD, the notice's date) is the date inside the file.
 */
export async function noticeDocx(copy: NoticeCopy, day: string): Promise<Uint8Array> {
  const d = await import('docx');
  const { para, centred, blank, title, table, signature, document } = gongwen(d);
  return document(copy.title, day, [
    centred(copy.number),
    blank(),
    title(copy.title),
    blank(),
    para(copy.to, { indent: false }),
    para(copy.body),
    table(copy.header, copy.rows, [0.8, 3, 3, 1.8, 3.6]),
    ...signature(copy.signer, copy.date),
  ]);
}
