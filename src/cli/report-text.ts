import type { Lang } from '../model/diagnostic.js';
import type { OutProblem } from '../write/target.js';

/** What `wuzhong report` says, in both output languages. */
export interface ReportCliText {
  out: (problem: OutProblem, shown: string, root: string) => string;
  pushWithoutCommit: string;
  noGit: string;
  cannotWrite: (path: string, reason: string) => string;
  wrote: (path: string) => string;
  fileUnchanged: (path: string) => string;
  keptPrevious: (path: string, recover: string) => string;
  keptStaged: (path: string, recover: string) => string;
  backedUp: (path: string, backup: string) => string;
  notAReport: (path: string) => string;
  indexLocked: (lock: string, path: string) => string;
  indexNotUpdated: (short: string, subject: string, path: string, detail: string, reset: string) => string;
  notCommitted: string;
  notRepo: (root: string) => string;
  committed: (short: string, subject: string) => string;
  dirtyData: string;
  dirtyBody: string;
  commitUnchanged: string;
  commitFailed: (detail: string, path: string) => string;
  pushed: (remote: string, target: string) => string;
  noUpstream: (branch: string) => string;
  pushFailed: (lines: string[], behind: boolean) => string;
  notPushed: string;
}

const zh: ReportCliText = {
  out: (problem, shown, root) =>
    ({
      empty: '--out 的值为空：请给出月报文件的路径（不用 --out 时写 reports/<月份>.md），未写入任何文件',
      directory: `--out ${shown} 是目录（或以 / 结尾），不是文件：请给出月报文件的路径，如 reports/<月份>.md，未写入任何文件`,
      outside: `--out ${shown} 不在园区仓库 ${root} 内：报告只能写在园区仓库里（已解析符号链接和 ..），未写入任何文件`,
      data: `--out ${shown} 指向清单数据（wuzhong.yaml、lists/、assessments/），报告不能覆盖数据，未写入任何文件`,
      'git-dir': `--out ${shown} 位于 .git 目录内，未写入任何文件`,
      'not-file': `--out ${shown} 已存在且不是普通文件，未写入任何文件`,
      'parent-file': `${shown} 是一个文件，不是目录：月报要写在 ${shown}/ 目录中，请把这个文件改名或移走，未写入任何文件`,
    })[problem],
  pushWithoutCommit: '--push 需要先提交，不能与 --no-commit 同时使用',
  noGit: '找不到 git 命令：提交月报需要安装 Git（或用 --no-commit 只写文件）',
  cannotWrite: (path, reason) => `无法写入 ${path}：${reason}`,
  wrote: (path) => `已写入 ${path}`,
  fileUnchanged: (path) => `${path} 内容未变`,
  keptPrevious: (path, recover) => `${path} 原有内容未提交，改写前已存为 Git 对象，可用此命令取回：${recover}`,
  keptStaged: (path, recover) => `暂存区里 ${path} 原有的版本（与 HEAD 和新月报都不同）已换成新月报，它仍是 Git 对象，可用此命令取回：${recover}`,
  backedUp: (path, backup) => `${path} 原有内容与新月报不同，改写前已备份到 ${backup}`,
  notAReport: (path) =>
    `${path} 已存在且不是 wuzhong 生成的月报（首行不是月报标题），且无法用 Git 保留它的原内容（不在 Git 仓库中，或没有 git）：拒绝覆盖，未写入任何文件。请用 --out 换一个路径，或先移走该文件`,
  indexLocked: (lock, path) =>
    `Git 暂存区被另一个 git 进程锁定（${lock} 已存在）：未提交任何内容；报告已写入 ${path}。请等该进程结束后重新运行；若确实没有 git 进程在运行，删除该锁文件后重试`,
  indexNotUpdated: (short, subject, path, detail, reset) =>
    `已提交 ${short}：${subject}，但未能更新暂存区中的 ${path}（git：${detail}），暂存区里仍是它的旧版本：请在 git 进程结束后运行 ${reset}，使暂存区与该提交一致`,
  notCommitted: '按 --no-commit 要求，未提交',
  notRepo: (root) => `${root} 不在 Git 仓库中：报告已写入，未提交任何内容`,
  committed: (short, subject) => `已提交 ${short}：${subject}（只含这一个文件）`,
  dirtyData: '注意：lists/ 或 assessments/ 中有未提交的修改，本报告按工作区中的数据生成，与已提交的数据不一致；请一并提交这些修改',
  dirtyBody: '清单数据：按含未提交修改的工作区生成 / Zone data: working tree with uncommitted changes.',
  commitUnchanged: '报告与已提交的版本完全相同，未新建提交',
  commitFailed: (detail, path) => `提交失败（git：${detail}）；报告已写入 ${path}，暂存区和工作区的其他内容未改动`,
  pushed: (remote, target) => `已推送到 ${remote} 的 ${target} 分支`,
  noUpstream: (branch) => `分支 ${branch} 没有上游分支，无法推送：请先执行一次 git push -u <远程> ${branch}（提交已保留在本地）`,
  pushFailed: (lines, behind) =>
    [
      behind ? '推送被拒绝，提交已保留在本地：' : '推送失败，提交已保留在本地：',
      ...lines.map((l) => `  ${l}`),
      ...(behind ? ['远程分支有本地没有的提交：请先运行 git pull --rebase，再重新运行 wuzhong report --push'] : []),
    ].join('\n'),
  notPushed: '不在 Git 仓库中，未推送',
};

const en: ReportCliText = {
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
};

export const REPORT_CLI_TEXT: Record<Lang, ReportCliText> = { 'zh-CN': zh, en };
