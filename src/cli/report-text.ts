import type { Lang } from '../model/diagnostic.js';
import type { OutProblem } from './report-file.js';

/** What `wuzhong report` says, in both output languages. */
export interface ReportCliText {
  out: (problem: OutProblem, shown: string, root: string) => string;
  pushWithoutCommit: string;
  noGit: string;
  detached: string;
  cannotWrite: (path: string, reason: string) => string;
  wrote: (path: string) => string;
  fileUnchanged: (path: string) => string;
  keptPrevious: (path: string, blob: string) => string;
  notCommitted: string;
  notRepo: (root: string) => string;
  committed: (short: string, subject: string) => string;
  commitUnchanged: string;
  commitFailed: (detail: string, path: string) => string;
  pushed: (remote: string, target: string) => string;
  noUpstream: (branch: string) => string;
  pushFailed: (detail: string) => string;
  notPushed: string;
}

const zh: ReportCliText = {
  out: (problem, shown, root) =>
    ({
      outside: `--out ${shown} 不在园区仓库 ${root} 内：报告只能写在园区仓库里（已解析符号链接和 ..），未写入任何文件`,
      data: `--out ${shown} 指向区库数据（wuzhong.yaml、lists/、assessments/），报告不能覆盖数据，未写入任何文件`,
      'git-dir': `--out ${shown} 位于 .git 目录内，未写入任何文件`,
      'not-file': `--out ${shown} 已存在且不是普通文件，未写入任何文件`,
    })[problem],
  pushWithoutCommit: '--push 需要先提交，不能与 --no-commit 同时使用',
  noGit: '找不到 git 命令：提交月报需要安装 Git（或用 --no-commit 只写文件）',
  detached: 'HEAD 处于分离状态（detached HEAD），没有可推送的当前分支：请先切换到分支（git switch <分支>）再用 --push；未写入、未提交任何内容',
  cannotWrite: (path, reason) => `无法写入 ${path}：${reason}`,
  wrote: (path) => `已写入 ${path}`,
  fileUnchanged: (path) => `${path} 内容未变`,
  keptPrevious: (path, blob) => `${path} 原有未提交的内容已存为 Git 对象 ${blob}，可用 git cat-file -p ${blob} 取回`,
  notCommitted: '按 --no-commit 要求，未提交',
  notRepo: (root) => `${root} 不在 Git 仓库中：报告已写入，未提交任何内容`,
  committed: (short, subject) => `已提交 ${short}：${subject}（只含这一个文件）`,
  commitUnchanged: '报告与已提交的版本完全相同，未新建提交',
  commitFailed: (detail, path) => `提交失败（git：${detail}）；报告已写入 ${path}，暂存区和工作区的其他内容未改动`,
  pushed: (remote, target) => `已推送到 ${remote} 的 ${target} 分支`,
  noUpstream: (branch) => `分支 ${branch} 没有上游分支，无法推送：请先执行一次 git push -u <远程> ${branch}（提交已保留在本地）`,
  pushFailed: (detail) => `推送失败（git：${detail}）；提交已保留在本地`,
  notPushed: '不在 Git 仓库中，未推送',
};

const en: ReportCliText = {
  out: (problem, shown, root) =>
    ({
      outside: `--out ${shown} is not inside the zone repo ${root} (after resolving symbolic links and ..); nothing was written`,
      data: `--out ${shown} points at zone data (wuzhong.yaml, lists/, assessments/); a report never overwrites data; nothing was written`,
      'git-dir': `--out ${shown} is inside the .git directory; nothing was written`,
      'not-file': `--out ${shown} exists and is not a regular file; nothing was written`,
    })[problem],
  pushWithoutCommit: '--push needs a commit; it cannot be used with --no-commit',
  noGit: 'git was not found: committing the report needs Git installed (or use --no-commit to only write the file)',
  detached: 'HEAD is detached: there is no current branch to push; switch to a branch (git switch <branch>) before using --push; nothing was written or committed',
  cannotWrite: (path, reason) => `cannot write ${path}: ${reason}`,
  wrote: (path) => `wrote ${path}`,
  fileUnchanged: (path) => `${path} is unchanged`,
  keptPrevious: (path, blob) => `the uncommitted previous content of ${path} was saved as git object ${blob}; get it back with git cat-file -p ${blob}`,
  notCommitted: 'not committed (--no-commit)',
  notRepo: (root) => `${root} is not in a git repository: the report was written, nothing was committed`,
  committed: (short, subject) => `committed ${short}: ${subject} (this one file only)`,
  commitUnchanged: 'the report is identical to the committed one; no commit was made',
  commitFailed: (detail, path) => `commit failed (git: ${detail}); the report was written to ${path}; nothing else in the index or working tree was changed`,
  pushed: (remote, target) => `pushed to ${remote}, branch ${target}`,
  noUpstream: (branch) => `branch ${branch} has no upstream, so there is nowhere to push: run git push -u <remote> ${branch} once (the commit stays local)`,
  pushFailed: (detail) => `push failed (git: ${detail}); the commit stays local`,
  notPushed: 'not a git repository: nothing was pushed',
};

export const REPORT_CLI_TEXT: Record<Lang, ReportCliText> = { 'zh-CN': zh, en };
