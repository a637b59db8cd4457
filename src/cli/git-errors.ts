import { GitError } from '../git/errors.js';
import { messages } from '../i18n/index.js';
import type { Lang } from '../model/diagnostic.js';
import { ExitError } from './io.js';

/** A failed git read as a usage error (exit 2) in the user's language; other errors pass through. */
export function gitExitError(e: unknown, lang: Lang, command: string, root: string, rev?: string): unknown {
  if (!(e instanceof GitError)) return e;
  const t = messages(lang).cli;
  const detail = e.detail ? t.gitDetail(e.detail) : '';
  switch (e.kind) {
    case 'no-git':
      return new ExitError(t.noGitFor(command), 2);
    case 'not-repo':
      return new ExitError(t.notRepoFor(command, root, detail), 2);
    case 'unknown-rev':
      return new ExitError(t.unknownRev(rev, e.shallow), 2);
    default:
      return new ExitError(t.gitFailed(command, detail), 2);
  }
}
