// Where an Office file (.docx, .xlsx, .csv) goes: anywhere the user names, but never over the zone's data.
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { realOrSelf, statOf } from './target.js';

export type OfficeOut =
  | { abs: string; shown: string; inZone: boolean }
  | { problem: 'empty' | 'directory' | 'data' | 'git-dir'; shown: string };

/**
 * `--out` (relative to the working directory, inside or outside the zone: a 通报 may go straight to a shared folder),
 * or `defaultRel` under the zone root. Refused: a folder, wuzhong.yaml, anything under lists/, assessments/ or .git.
 */
export function resolveOfficeOut(root: string, cwd: string, out: string | undefined, defaultRel: string): OfficeOut {
  const shown = out ?? defaultRel;
  if (out !== undefined && out.trim() === '') return { problem: 'empty', shown };
  if (out !== undefined && /(^|[/\\])(\.{1,2})?$/.test(out)) return { problem: 'directory', shown };
  const rootReal = realOrSelf(root);
  const wanted = out === undefined ? join(rootReal, defaultRel) : resolve(cwd, out);
  const abs = join(realOrSelf(resolve(wanted, '..')), wanted.split(/[/\\]/).pop() ?? '');
  if (statOf(abs)?.isDirectory()) return { problem: 'directory', shown };
  const rel = relative(rootReal, abs);
  const inZone = rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
  if (abs.split(sep).includes('.git')) return { problem: 'git-dir', shown };
  if (inZone) {
    const parts = rel.split(sep);
    if (rel === 'wuzhong.yaml' || ['lists', 'assessments', 'meetings', 'notices'].includes(parts[0] ?? '')) return { problem: 'data', shown };
  }
  return { abs, shown, inZone };
}
