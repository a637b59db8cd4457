import type { GitRepo } from '../git/repo.js';
import { inProgress, skippedData, type InProgress } from '../git/state.js';
import type { Lang } from '../model/diagnostic.js';
import { ExitError } from './io.js';

/** What report says when git's state forbids a commit or the data is partial, in both output languages. */
const TEXT = {
  'zh-CN': {
    detached: 'HEAD 处于分离状态（detached HEAD），提交不会落在任何分支上：请先切换到分支（git switch <分支>）；只写文件可加 --no-commit。未写入、未提交任何内容',
    busy: (what: InProgress) =>
      `Git 正在进行${{ rebase: '变基（rebase）', am: '补丁应用（git am）', merge: '合并（merge）', 'cherry-pick': '拣选（cherry-pick）', revert: '还原（revert）', bisect: '二分查找（bisect）' }[what]}，现在提交会混进这次操作：请先完成或中止它（git ${what} --continue 或 --abort${what === 'bisect' ? '，bisect 用 git bisect reset' : ''}）；只写文件可加 --no-commit。未写入、未提交任何内容`,
    sparse: (files: string[]) =>
      `${files.slice(0, 3).join('、')}${files.length > 3 ? ` 等 ${files.length} 个文件` : ''}在稀疏检出（sparse checkout / skip-worktree）之外，工作区里的数据不完整，不能据此生成月报：请先运行 git sparse-checkout disable（或 git update-index --no-skip-worktree <文件>）。未写入任何文件`,
    force: (path: string) => `（已有的 ${path} 不是月报；确需覆盖请加 --force，原内容会先备份）`,
    notAReport: (path: string) =>
      `${path} 已存在且不是 wuzhong 生成的月报（首行不是月报标题）：拒绝覆盖，未写入任何文件。请用 --out 换一个路径；确需覆盖请加 --force（原内容会先存入 Git，由 refs/wuzhong/kept 保留）`,
  },
  en: {
    detached: 'HEAD is detached, so a commit would be on no branch: switch to a branch first (git switch <branch>); to only write the file, add --no-commit. Nothing was written or committed',
    busy: (what: InProgress) =>
      `a git ${what} is in progress, and a commit now would become part of it: finish or abort it first (git ${what === 'bisect' ? 'bisect reset' : `${what} --continue or --abort`}); to only write the file, add --no-commit. Nothing was written or committed`,
    sparse: (files: string[]) =>
      `${files.slice(0, 3).join(', ')}${files.length > 3 ? ` and ${files.length - 3} more` : ''} ${files.length === 1 ? 'is' : 'are'} outside the sparse checkout (skip-worktree), so the data in the working tree is partial and no report can be made from it: run git sparse-checkout disable (or git update-index --no-skip-worktree <file>) first. Nothing was written`,
    force: (path: string) => ` (the existing ${path} is not a report; add --force to overwrite it after a backup)`,
    notAReport: (path: string) =>
      `${path} exists and is not a report written by wuzhong (its first line is not a report title): refusing to overwrite it; nothing was written. Choose another --out path, or add --force to overwrite it (its content is kept in git first, under refs/wuzhong/kept)`,
  },
} as const;

/** Refuses (exit 1) to commit on a detached HEAD or in the middle of a rebase, merge, cherry-pick, revert, bisect or am. */
export async function refuseBusyRepo(repo: GitRepo, lang: Lang): Promise<void> {
  // A rebase detaches HEAD too: name the rebase, which is what needs finishing.
  const busy = await inProgress(repo);
  if (busy !== undefined) throw new ExitError(TEXT[lang].busy(busy), 1);
  if (repo.branch === undefined && repo.head !== undefined) throw new ExitError(TEXT[lang].detached, 1);
}

/** Refuses (exit 1) to report while zone data is left out of the working tree by sparse checkout. */
export async function refusePartialData(repo: GitRepo | undefined, zoneRoot: string, lang: Lang): Promise<void> {
  if (repo === undefined) return;
  const skipped = await skippedData(repo, zoneRoot);
  if (skipped.length > 0) throw new ExitError(TEXT[lang].sparse(skipped), 1);
}

export function forceHint(lang: Lang, path: string): string {
  return TEXT[lang].force(path);
}

export function notAReportInGit(lang: Lang, path: string): string {
  return TEXT[lang].notAReport(path);
}
