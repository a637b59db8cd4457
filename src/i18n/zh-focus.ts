/** What `check` says about the findings it did not show, and the headings of `check --base` (src/format). */
export interface FocusText {
  /** Findings in files outside the given paths; `errors` of them are errors. */
  outside: (count: number, errors: number) => string;
  /** Warnings and notes hidden by --quiet. */
  quieted: (count: number) => string;
  changedHeading: (rev: string) => string;
  elsewhereHeading: string;
  nothingInChange: string;
}

export const zhFocus: FocusText = {
  outside: (count, errors) =>
    `另有${count}条发现在其他文件中，未显示${errors > 0 ? `，其中${errors}个错误` : ''}（不带路径运行 wuzhong check 可查看）`,
  quieted: (count) => `另有${count}条警告和提示未显示（--quiet）`,
  changedHeading: (rev) => `与 ${rev} 相比改动过的文件`,
  elsewhereHeading: '园区其他文件',
  nothingInChange: '改动过的文件中没有发现问题',
};
