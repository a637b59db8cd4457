import { zhMonth } from './zh-dates.js';

/**
 * The subjects of the commits `report` makes. The repository's history reads the same whatever --lang says, so
 * en-commit.ts gives the same words (`zone` and `lead` arrive sanitised).
 */
export interface CommitText {
  monthlyReport: (month: string, zone: string) => string;
  wordReport: (month: string, zone: string) => string;
  /** The part after `report(<month>): `, sanitised as a whole with the lead's name. */
  leadBrief: (lead: string) => string;
  /** The uncommitted files that keep `sheet import --branch` from switching branches. */
  dirtyPaths: (paths: readonly string[]) => string;
}

export const zhCommit: CommitText = {
  monthlyReport: (month, zone) => `report(${month}): ${zone}${zhMonth(month)}“五重”清单月报`,
  wordReport: (month, zone) => `report(${month}): ${zone} 五重清单通报（Word）`,
  leadBrief: (lead) => `${lead} 牵头事项简报`,
  dirtyPaths: (paths) => paths.join('、'),
};
