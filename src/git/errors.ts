/** Why a git read failed; the CLI turns the kind into a message in the user's language. */
export type GitErrorKind = 'no-git' | 'not-repo' | 'unknown-rev' | 'failed';

export class GitError extends Error {
  constructor(
    readonly kind: GitErrorKind,
    /** git's own words (first stderr line), for the user. */
    readonly detail: string,
    /** The repository is a shallow clone (the revision may simply not have been fetched). */
    readonly shallow = false,
    /** Everything git wrote to stderr, when a caller needs more than the first line (push rejections). */
    readonly stderr = '',
  ) {
    super(detail);
  }
}
