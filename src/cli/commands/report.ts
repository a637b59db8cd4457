import type { ReportOptions } from '../report.js';
import { monthOption } from './options.js';
import type { CommandSpec } from './types.js';

export const report: CommandSpec = {
  name: 'report',
  description: { zh: '生成月报并提交到 Git', en: 'write the monthly report and commit it' },
  options: [
    monthOption('报告月份'),
    {
      flags: '--format <format>',
      description: { zh: '输出格式：md 月报（提交的记录）或 docx 公文格式的 Word 通报', en: 'output format: md (the committed record) or docx (a Word 通报)' },
      formats: async () => ['md', 'docx'],
    },
    { flags: '--issue <n>', description: { zh: 'docx 的期数（默认见 documents.firstMonth）', en: 'docx: the issue number (default: see documents.firstMonth)' } },
    { flags: '--date <date>', description: { zh: 'docx 的成文日期 YYYY-MM-DD（默认月份最后一天）', en: 'docx: the date signed YYYY-MM-DD (default: the month\'s last day)' } },
    {
      flags: '--out <path>',
      description: {
        zh: '输出文件（须在园区仓库内，默认 reports/<月份>.md）',
        en: 'output file, inside the zone repo (default: reports/<month>.md)',
      },
    },
    // --commit before --no-commit: neither given leaves `commit` undefined (the report commits; a lead brief and a
    // Word report do not).
    {
      flags: '--commit',
      description: {
        zh: '牵头事项简报（--lead）和 Word 通报（--format docx）也提交',
        en: 'commit a lead brief (--lead) or a Word report (--format docx) too',
      },
    },
    { flags: '--no-commit', description: { zh: '只写文件，不提交', en: 'write the file, do not commit' } },
    {
      flags: '--push',
      description: {
        zh: '提交后推送当前分支（推送到 git push 会推送的地方）',
        en: 'push the current branch after committing (where git push would)',
      },
    },
    {
      flags: '--force',
      description: {
        zh: '覆盖不是月报的已有文件（原内容先保存）',
        en: 'overwrite an existing file that is not a report (its content is kept first)',
      },
    },
    {
      flags: '--lead <name>',
      description: {
        zh: '改为写该领导的牵头事项简报（默认 reports/<月份>-<领导>.md，不提交）',
        en: 'write a brief for this lead official instead (default reports/<month>-<lead>.md, not committed)',
      },
    },
  ],
  run: async ({ io, global }, _args, opts) =>
    (await import('../report.js')).reportCommand(io, global, opts as unknown as ReportOptions),
};
