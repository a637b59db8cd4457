import { existsSync, lstatSync, realpathSync, statSync, type Stats } from 'node:fs';

// What the commands ask about a path before reading or writing it; never throws.

/** stat (following links), or undefined when there is nothing there or it cannot be looked at. */
export function statOrNone(path: string): Stats | undefined {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

/** lstat (the link itself), or undefined. */
export function lstatOrNone(path: string): Stats | undefined {
  try {
    return lstatSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

export function exists(path: string): boolean {
  return existsSync(path);
}

/** The real path (links and `..` resolved); throws when the path does not exist. */
export function realPath(path: string): string {
  return realpathSync(path);
}
