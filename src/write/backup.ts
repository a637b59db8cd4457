import { readFileSync, writeFileSync } from 'node:fs';
import { statOf } from './target.js';

/**
 * Copies the file byte for byte to `<file>.bak` next to it, or `<file>.bak.2`, … when an older backup
 * with other content is there; returns the path used. Never overwrites a backup that differs.
 */
export function writeBackup(abs: string): string {
  const bytes = readFileSync(abs);
  for (let n = 1; ; n++) {
    const bak = n === 1 ? `${abs}.bak` : `${abs}.bak.${n}`;
    if (statOf(bak)?.isFile() && readFileSync(bak).equals(bytes)) return bak;
    try {
      writeFileSync(bak, bytes, { flag: 'wx' });
      return bak;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
}
