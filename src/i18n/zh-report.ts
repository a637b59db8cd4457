/** Why `--out` is refused (write/target.ts finds it). */
export type OutProblem = 'empty' | 'directory' | 'outside' | 'data' | 'git-dir' | 'not-file' | 'parent-file';

/** An operation git has started and not finished (git/state.ts finds it); a commit made now would land in it. */
export type InProgress = 'rebase' | 'am' | 'merge' | 'cherry-pick' | 'revert' | 'bisect';

/** What `wuzhong report` says about its file, git and the push, in one language. */
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
  /** Refusals before anything is written (see cli/report-care.ts). */
  detached: string;
  busy: (what: InProgress) => string;
  sparse: (files: string[]) => string;
  force: (path: string) => string;
  notAReportInGit: (path: string) => string;
}

export const zhReportCli: ReportCliText = {
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
  detached: 'HEAD 处于分离状态（detached HEAD），提交不会落在任何分支上：请先切换到分支（git switch <分支>）；只写文件可加 --no-commit。未写入、未提交任何内容',
  busy: (what: InProgress) =>
    `Git 正在进行${{ rebase: '变基（rebase）', am: '补丁应用（git am）', merge: '合并（merge）', 'cherry-pick': '拣选（cherry-pick）', revert: '还原（revert）', bisect: '二分查找（bisect）' }[what]}，现在提交会混进这次操作：请先完成或中止它（git ${what} --continue 或 --abort${what === 'bisect' ? '，bisect 用 git bisect reset' : ''}）；只写文件可加 --no-commit。未写入、未提交任何内容`,
  sparse: (files: string[]) =>
    `${files.slice(0, 3).join('、')}${files.length > 3 ? `等${files.length}个文件` : ''}在稀疏检出（sparse checkout / skip-worktree）之外，工作区里的数据不完整，不能据此生成月报：请先运行 git sparse-checkout disable（或 git update-index --no-skip-worktree <文件>）。未写入任何文件`,
  force: (path: string) => `（已有的 ${path} 不是月报；确需覆盖请加 --force，原内容会先备份）`,
  notAReportInGit: (path: string) =>
    `${path} 已存在且不是 wuzhong 生成的月报（首行不是月报标题）：拒绝覆盖，未写入任何文件。请用 --out 换一个路径；确需覆盖请加 --force（原内容会先存入 Git，由 refs/wuzhong/kept 保留）`,
};
