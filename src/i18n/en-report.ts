import type { InProgress, ReportCliText } from './zh-report.js';

export const enReportCli: ReportCliText = {
  out: (problem, shown, root) =>
    ({
      empty: '--out is empty: give the path of the report file (without --out it is reports/<month>.md); nothing was written',
      directory: `--out ${shown} is a directory (or ends with /), not a file: give the path of the report file, such as reports/<month>.md; nothing was written`,
      outside: `--out ${shown} is not inside the zone repo ${root} (after resolving symbolic links and ..); nothing was written`,
      data: `--out ${shown} points at zone data (wuzhong.yaml, lists/, assessments/); a report never overwrites data; nothing was written`,
      'git-dir': `--out ${shown} is inside the .git directory; nothing was written`,
      'not-file': `--out ${shown} exists and is not a regular file; nothing was written`,
      'parent-file': `${shown} is a file, not a folder: the report goes into the folder ${shown}/; rename or move that file; nothing was written`,
    })[problem],
  pushWithoutCommit: '--push needs a commit; it cannot be used with --no-commit',
  noGit: 'git was not found: committing the report needs Git installed (or use --no-commit to only write the file)',
  cannotWrite: (path, reason) => `cannot write ${path}: ${reason}`,
  wrote: (path) => `wrote ${path}`,
  fileUnchanged: (path) => `${path} is unchanged`,
  keptPrevious: (path, recover) => `the uncommitted previous content of ${path} was saved as a git object before it was rewritten; get it back with: ${recover}`,
  keptStaged: (path, recover) => `the version of ${path} staged in the index (different from HEAD and from the new report) was replaced by the new report; it is still a git object; get it back with: ${recover}`,
  backedUp: (path, backup) => `the previous content of ${path} differed from the new report and was backed up to ${backup} first`,
  notAReport: (path) =>
    `${path} exists and is not a report written by wuzhong (its first line is not a report title), and its content cannot be kept in git (not a git repository, or no git): refusing to overwrite it; nothing was written. Choose another --out path or move the file away first`,
  indexLocked: (lock, path) =>
    `the git index is locked by another git process (${lock} exists): nothing was committed; the report was written to ${path}. Run again when that process has finished; if no git process is running, delete the lock file and retry`,
  indexNotUpdated: (short, subject, path, detail, reset) =>
    `committed ${short}: ${subject}, but the index entry for ${path} could not be updated (git: ${detail}), so the index still holds its old version: when no other git process is running, run ${reset} to make the index match the commit`,
  notCommitted: 'not committed (--no-commit)',
  notRepo: (root) => `${root} is not in a git repository: the report was written, nothing was committed`,
  committed: (short, subject) => `committed ${short}: ${subject} (this one file only)`,
  dirtyData: 'note: lists/ or assessments/ have uncommitted changes; this report was made from the working tree and does not match the committed data: commit those changes too',
  dirtyBody: '清单数据：按含未提交修改的工作区生成 / Zone data: working tree with uncommitted changes.',
  commitUnchanged: 'the report is identical to the committed one; no commit was made',
  commitFailed: (detail, path) => `commit failed (git: ${detail}); the report was written to ${path}; nothing else in the index or working tree was changed`,
  pushed: (remote, target) => `pushed to ${remote}, branch ${target}`,
  noUpstream: (branch) => `branch ${branch} has no upstream, so there is nowhere to push: run git push -u <remote> ${branch} once (the commit stays local)`,
  pushFailed: (lines, behind) =>
    [
      behind ? 'the push was rejected; the commit stays local:' : 'the push failed; the commit stays local:',
      ...lines.map((l) => `  ${l}`),
      ...(behind ? ['the remote branch has commits you do not have: run git pull --rebase, then run wuzhong report --push again'] : []),
    ].join('\n'),
  notPushed: 'not a git repository: nothing was pushed',
  detached: 'HEAD is detached, so a commit would be on no branch: switch to a branch first (git switch <branch>); to only write the file, add --no-commit. Nothing was written or committed',
  busy: (what: InProgress) =>
    `a git ${what} is in progress, and a commit now would become part of it: finish or abort it first (git ${what === 'bisect' ? 'bisect reset' : `${what} --continue or --abort`}); to only write the file, add --no-commit. Nothing was written or committed`,
  sparse: (files: string[]) =>
    `${files.slice(0, 3).join(', ')}${files.length > 3 ? ` and ${files.length - 3} more` : ''} ${files.length === 1 ? 'is' : 'are'} outside the sparse checkout (skip-worktree), so the data in the working tree is partial and no report can be made from it: run git sparse-checkout disable (or git update-index --no-skip-worktree <file>) first. Nothing was written`,
  force: (path: string) => ` (the existing ${path} is not a report; add --force to overwrite it after a backup)`,
  notAReportInGit: (path: string) =>
    `${path} exists and is not a report written by wuzhong (its first line is not a report title): refusing to overwrite it; nothing was written. Choose another --out path, or add --force to overwrite it (its content is kept in git first, under refs/wuzhong/kept)`,
};
