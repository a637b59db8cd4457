import { zhCommit, type CommitText } from './zh-commit.js';

/** Commit subjects are the same in every language: the history of one zone reads in one language. */
export const enCommit: CommitText = zhCommit;
