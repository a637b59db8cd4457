/** Messages of the Office outputs (docx, xlsx, csv); spread into zh.ts. */
export const zhOffice = {
  docNumberPattern: (value: string) => `发文字号“${value}”中没有{n}（期数），如 高新督〔{year}〕{n}号`,
};

/** Why an Office file may not go where --out says (src/write/office-target.ts). */
export type OfficeOutProblem = 'empty' | 'directory' | 'data' | 'git-dir';

/** What the Office outputs (report --format docx, export, score --format xlsx) say, in both output languages. */
export interface OfficeCliText {
  out: (problem: OfficeOutProblem, shown: string) => string;
  cannotWrite: (path: string, reason: string) => string;
  wrote: (path: string) => string;
  notCommitted: string;
  commitOutside: (path: string) => string;
  needsOut: (format: string) => string;
  badIssue: (value: string) => string;
  badDate: (value: string) => string;
  docxOnly: (flag: string) => string;
  committed: (short: string, subject: string) => string;
  commitUnchanged: string;
  indexLocked: (lock: string) => string;
}

export const zhOfficeCli: OfficeCliText = {
  out: (problem, shown) =>
    ({
      empty: '--out 的值为空：请给出输出文件的路径，未写入任何文件',
      directory: `--out ${shown} 是目录（或以 / 结尾），不是文件：请给出文件路径，未写入任何文件`,
      data: `--out ${shown} 指向清单数据（wuzhong.yaml、lists/、assessments/、meetings/、notices/），不能覆盖数据，未写入任何文件`,
      'git-dir': `--out ${shown} 位于 .git 目录内，未写入任何文件`,
    })[problem],
  cannotWrite: (path, reason) => `无法写入 ${path}（${reason}）`,
  wrote: (path) => `已写入 ${path}`,
  notCommitted: '未提交（Office 文件默认不提交；需要时加 --commit）',
  commitOutside: (path) => `--commit：${path} 不在园区仓库内，无法提交`,
  needsOut: (format) => `--format ${format} 是二进制文件，不输出到终端：已写入文件（用 --out 指定位置）`,
  badIssue: (value) => `--issue 应为正整数（收到“${value}”）`,
  badDate: (value) => `--date 应为真实存在的日期 YYYY-MM-DD（收到“${value}”）`,
  docxOnly: (flag) => `${flag} 只用于 --format docx`,
  committed: (short, subject) => `已提交 ${short} ${subject}`,
  commitUnchanged: '与已提交的版本相同，未提交',
  indexLocked: (lock) => `另一个 git 进程正在使用索引（${lock}），未提交`,
};
