import type { FocusText } from './zh-focus.js';

const findings = (n: number) => `${n} ${n === 1 ? 'finding' : 'findings'}`;

export const enFocus: FocusText = {
  outside: (count, errors) =>
    `${findings(count)} in other files not shown`
    + `${errors > 0 ? `, ${errors} of them ${errors === 1 ? 'an error' : 'errors'}` : ''}`
    + ' (run wuzhong check without paths to see them)',
  quieted: (count) => `${count} ${count === 1 ? 'warning or note' : 'warnings and notes'} not shown (--quiet)`,
  changedHeading: (rev) => `Files changed since ${rev}`,
  elsewhereHeading: 'Elsewhere in the zone',
  nothingInChange: 'no findings in the changed files',
};
