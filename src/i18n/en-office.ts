import type { OfficeCliText, zhOffice } from './zh-office.js';

/** Messages of the Office outputs (docx, xlsx, csv); spread into en.ts. */
export const enOffice: { [K in keyof typeof zhOffice]: (typeof zhOffice)[K] } = {
  docNumberPattern: (value) => `document number "${value}" has no {n} (the issue number), e.g. 高新督〔{year}〕{n}号`,
};

export const enOfficeCli: OfficeCliText = {
  out: (problem, shown) =>
    ({
      empty: '--out is empty: give the path of the output file; nothing was written',
      directory: `--out ${shown} is a folder (or ends in /), not a file: give a file path; nothing was written`,
      data: `--out ${shown} points at the zone data (wuzhong.yaml, lists/, assessments/, meetings/, notices/); nothing was written`,
      'git-dir': `--out ${shown} is inside the .git folder; nothing was written`,
    })[problem],
  cannotWrite: (path, reason) => `cannot write ${path} (${reason})`,
  wrote: (path) => `wrote ${path}`,
  notCommitted: 'not committed (Office files are not committed unless you add --commit)',
  commitOutside: (path) => `--commit: ${path} is outside the zone repository and cannot be committed`,
  needsOut: (format) => `--format ${format} is a binary file, not printed: written to a file (choose where with --out)`,
  badIssue: (value) => `--issue must be a positive whole number (got "${value}")`,
  badDate: (value) => `--date must be a real date YYYY-MM-DD (got "${value}")`,
  docxOnly: (flag) => `${flag} is only for --format docx`,
  committed: (short, subject) => `committed ${short} ${subject}`,
  commitUnchanged: 'same as the committed version; nothing committed',
  indexLocked: (lock) => `another git process holds the index (${lock}); nothing committed`,
};
