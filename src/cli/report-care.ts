import type { GitRepo } from '../git/repo.js';
import { commitBlocker, skippedData } from '../git/state.js';
import { messages } from '../i18n/index.js';
import type { Lang } from '../model/diagnostic.js';
import { ExitError } from './io.js';

/**
 * Refuses (exit 1) to commit on a detached HEAD or in the middle of a rebase, merge, cherry-pick, revert, bisect
 * or am.
 */
export async function refuseBusyRepo(repo: GitRepo, lang: Lang): Promise<void> {
  const blocker = await commitBlocker(repo);
  if (blocker?.kind === 'busy') throw new ExitError(messages(lang).reportCli.busy(blocker.what), 1);
  if (blocker?.kind === 'detached') throw new ExitError(messages(lang).reportCli.detached, 1);
}

/** Refuses (exit 1) to report while zone data is left out of the working tree by sparse checkout. */
export async function refusePartialData(repo: GitRepo | undefined, zoneRoot: string, lang: Lang): Promise<void> {
  if (repo === undefined) return;
  const skipped = await skippedData(repo, zoneRoot);
  if (skipped.length > 0) throw new ExitError(messages(lang).reportCli.sparse(skipped), 1);
}
