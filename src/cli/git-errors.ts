import { GitError } from '../git/errors.js';
import type { Lang } from '../model/diagnostic.js';
import { ExitError } from './io.js';

/** A failed git read as a usage error (exit 2) in the user's language; other errors pass through. */
export function gitExitError(e: unknown, lang: Lang, command: string, root: string, rev?: string): unknown {
  if (!(e instanceof GitError)) return e;
  const en = lang === 'en';
  const detail = e.detail ? (en ? ` (git: ${e.detail})` : `（git：${e.detail}）`) : '';
  switch (e.kind) {
    case 'no-git':
      return new ExitError(en ? `${command} needs git, and no git command was found on PATH` : `${command} 需要 git，但在 PATH 中找不到 git 命令`, 2);
    case 'not-repo':
      return new ExitError(en ? `${command} needs a git repository, and ${root} is not inside one${detail}` : `${command} 需要 Git 仓库，但 ${root} 不在 Git 仓库中${detail}`, 2);
    case 'unknown-rev': {
      const hint = e.shallow
        ? en
          ? ': this is a shallow clone, so it may not have been fetched (in CI use fetch-depth: 0, or git fetch origin <branch> first)'
          : '：当前是浅克隆，该版本可能没有拉取（CI 中请设置 fetch-depth: 0，或先执行 git fetch origin <分支>）'
        : en
          ? ': check the branch name or commit (a remote branch must be fetched first)'
          : '：请检查分支名或提交号（远程分支需先 git fetch）';
      return new ExitError(en ? `unknown git revision "${rev}"${hint}` : `找不到 Git 版本“${rev}”${hint}`, 2);
    }
    default:
      return new ExitError(en ? `${command}: git failed${detail}` : `${command}：git 执行失败${detail}`, 2);
  }
}
