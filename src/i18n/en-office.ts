import type { OfficeText } from '../office/text.js';
import { LIST_LABELS } from '../model/item.js';
import { enAssess } from './en-assess.js';
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

/** The ledger, the score sheet and the Word report (src/office/text.ts). */
export const enOfficeText: OfficeText = {
  list: (l) => LIST_LABELS[l].en,
  ledgerTitle: (zone, asOf) => `${zone} five key lists: ledger as of ${asOf}`,
  ledgerSheetTitle: (list, asOf) => `${list}: ledger as of ${asOf}`,
  ledger: {
    seq: 'No.', list: 'List', title: 'Title', owner: 'Unit', lead: 'Lead', projectInvestment: 'Total investment (10k CNY)',
    dealAmount: 'Planned investment (10k CNY)', anyInvestment: 'Total/planned investment (10k CNY)',
    annualPlan: 'Annual plan (10k CNY)', annualDone: 'Annual done (10k CNY)', funds: 'Funds in place (10k CNY)',
    stage: 'Stage', state: 'State', start: 'Start', due: 'Due', update: 'Latest progress',
    progress: 'Done / time progress', light: 'Light', problems: 'Open problems',
  },
  stage: { lead: 'lead', talks: 'talks', signed: 'signed', registered: 'registered', started: 'started', operating: 'operating' },
  state: { open: 'open', 'not-started': 'not started', done: 'done', cancelled: 'cancelled' },
  light: { red: 'red', yellow: 'yellow', green: 'green' },
  reportedIn: (m) => ` (${m})`,
  problem: (text, raised) => `${text} (raised ${raised})`,
  scoreTitle: (zone, month) => `${zone} five key lists: assessment ${month}`,
  scoreSheet: 'Assessment',
  eventsSheet: 'Events',
  scoreHeader: ['Rank', 'Unit', 'Score', 'Additions', 'Deductions', 'Tier'],
  eventsHeader: ['No.', 'Unit', 'List', 'Item', 'Milestone or reason', 'Kind', 'Points'],
  tier: enAssess.tier,
  event: enAssess.event,
  scoreRules: (base, rewardAt, warnAt) => `Base score ${base}; ${rewardAt} or more is rewarded, below ${warnAt} is called in.`,
  signatures: ['Reviewed by:', 'Approved by:', 'Date:'],
  itemDeadline: '(item deadline)',
};
