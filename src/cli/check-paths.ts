import { isAbsolute, relative, resolve, sep } from 'node:path';
import { exists, realPath } from '../load/stat.js';
import type { Lang } from '../model/diagnostic.js';
import { messages } from '../i18n/index.js';
import { ExitError } from './io.js';

/** `check PATH…` (relative to the working directory) as zone-relative paths with `/`; '' is the zone itself. */
export function zonePaths(root: string, cwd: string, args: readonly string[], lang: Lang): string[] | undefined {
  if (args.length === 0) return undefined;
  return args.map((arg) => {
    const abs = resolve(cwd, arg);
    if (arg.trim() === '' || !exists(abs)) throw new ExitError(messages(lang).cli.noSuchPath(arg), 2);
    const rel = inside(root, abs) ?? inside(realPath(root), realPath(abs));
    if (rel === undefined) {
      throw new ExitError(messages(lang).cli.outsideZone(arg, root), 2);
    }
    return rel;
  });
}

function inside(root: string, abs: string): string | undefined {
  const rel = relative(root, abs);
  if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return undefined;
  return rel.split(sep).join('/');
}
