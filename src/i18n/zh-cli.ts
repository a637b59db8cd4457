import { zhQuote } from '../text/quote.js';

/** What the commands say about their arguments, the zone repo and git, in one language (src/cli uses it). */
export interface CliText {
  badAsOf: (value: string) => string;
  badMonth: (month: string) => string;
  badSince: (value: string) => string;
  repoNotFolder: (dir: string, exists: boolean) => string;
  noConfigIn: (dir: string) => string;
  noZoneRepo: string;
  noSuchPath: (arg: string) => string;
  outsideZone: (arg: string, root: string) => string;
  /** A usage error naming the closest valid value. */
  unknownValue: (flag: string, value: string, near: string | undefined, valid: readonly string[]) => string;
  summaryNotWritten: (file: string, why: string) => string;
  /** A whole stderr line, with its `wuzhong` prefix. */
  /** A whole stderr line, with its `wuzhong` prefix. */
  shallowLog: string;
  unknownItem: (name: string, hint: string | undefined) => string;
  itemNotFound: (key: string, hint: string | undefined) => string;
  gitDetail: (detail: string) => string;
  noGitFor: (command: string) => string;
  notRepoFor: (command: string, root: string, detail: string) => string;
  unknownRev: (rev: string | undefined, shallow: boolean) => string;
  gitFailed: (command: string, detail: string) => string;
}

export const zhCli: CliText = {
  badAsOf: (value) => `--as-of 应为真实存在的日期 YYYY-MM-DD（收到${zhQuote(value)}）`,
  badMonth: (month) => `--month 应为 YYYY-MM（收到${zhQuote(month)}）`,
  badSince: (value) => `--since 应为真实存在的日期 YYYY-MM-DD（收到${zhQuote(value)}）`,
  repoNotFolder: (dir, exists) => `--repo 应为已存在的目录（园区仓库，其中有 wuzhong.yaml）：${dir} ${exists ? '不是目录' : '不存在'}`,
  noConfigIn: (dir) => `${dir} 中没有 wuzhong.yaml`,
  noZoneRepo: '找不到园区仓库：当前目录及其上级目录中都没有 wuzhong.yaml（可用 --repo 指定目录，或先运行 wuzhong init）',
  noSuchPath: (arg) => `文件或目录${zhQuote(arg)}不存在`,
  outsideZone: (arg, root) => `${zhQuote(arg)}不在园区仓库 ${root} 内`,
  unknownValue: (flag, value, near, valid) =>
    `${flag}：没有${zhQuote(value)}${near ? `，是不是${zhQuote(near)}？` : ''}（可选：${valid.join('、')}）`,
  summaryNotWritten: (file, why) => `无法写入作业摘要 ${file}：${why}`,
  shallowLog: 'wuzhong：注意：当前是浅克隆，较早的历史不在本地（可执行 git fetch --unshallow）',
  unknownItem: (name, hint) =>
    `找不到事项${zhQuote(name)}：请写成 <清单>/<编号>，如 projects/jiaotou-supply-chain${hint ? `；是不是${zhQuote(hint)}？` : ''}`,
  itemNotFound: (key, hint) =>
    `找不到事项 ${key}：lists/${key}.yaml 不存在，也没有改动过它的提交${hint ? `；是不是 ${hint}？` : ''}`,
  gitDetail: (detail) => `（git：${detail}）`,
  noGitFor: (command) => `${command} 需要 git，但在 PATH 中找不到 git 命令`,
  notRepoFor: (command, root, detail) => `${command} 需要 Git 仓库，但 ${root} 不在 Git 仓库中${detail}`,
  unknownRev: (rev, shallow) =>
    `找不到 Git 版本“${rev}”` +
    (shallow
      ? '：当前是浅克隆，该版本可能没有拉取（CI 中请设置 fetch-depth: 0，或先执行 git fetch origin <分支>）'
      : '：请检查分支名或提交号（远程分支需先 git fetch）'),
  gitFailed: (command, detail) => `${command}：git 执行失败${detail}`,
};
