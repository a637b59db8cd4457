import { gitOk } from './run.js';
import type { GitRepo } from './repo.js';

/** The bytes of many blobs from one `git cat-file --batch`; missing objects are left out. */
export async function readBlobs(repo: GitRepo, oids: Iterable<string>): Promise<Map<string, Buffer>> {
  const wanted = [...new Set(oids)];
  const blobs = new Map<string, Buffer>();
  if (wanted.length === 0) return blobs;
  const out = await gitOk(repo, ['cat-file', '--batch'], wanted.map((o) => `${o}\n`).join(''));
  let pos = 0;
  while (pos < out.length) {
    const eol = out.indexOf(0x0a, pos);
    if (eol < 0) break;
    const [oid = '', type = '', size = ''] = out.subarray(pos, eol).toString('latin1').split(' ');
    pos = eol + 1;
    if (type === 'missing' || size === '') continue;
    const n = Number(size);
    if (type === 'blob') blobs.set(oid, out.subarray(pos, pos + n));
    pos += n + 1; // content, then a newline
  }
  return blobs;
}
