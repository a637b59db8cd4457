import type { Lang, Severity } from '../model/diagnostic.js';
import type { FormatInput } from './types.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const INFORMATION_URI = 'https://www.npmjs.com/package/wuzhong';

type SarifLevel = 'error' | 'warning' | 'note';
const LEVEL: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', info: 'note' };

/** One-line descriptions of the rule ids of SPEC §6: [zh-CN, en]. */
const RULES: Record<string, readonly [string, string]> = {
  yaml: ['YAML 文件无法读取或解析', 'YAML file cannot be read or parsed'],
  schema: ['字段缺失、类型错误、未知字段或取值不合法', 'Missing, mistyped, unknown or invalid field'],
  path: ['文件路径或条目 ID 不合规', 'Invalid file path or item id'],
  ref: ['引用的单位、领导或链接不存在', 'Unknown unit, leader or link'],
  dates: ['日期先后顺序矛盾', 'Dates in an impossible order'],
  future: ['记录了晚于检查日期的完成日期或月份', 'Date or month after the as-of date'],
  status: ['状态与完成、关闭日期不一致', 'Status inconsistent with done/closed dates'],
  duplicate: ['同一条目中有重复的月度进展或节点', 'Duplicate update month or milestone title'],
  overdue: ['节点或条目已逾期', 'Milestone or item overdue'],
  'non-workday': ['截止日期落在非工作日', 'Due date on a non-working day'],
  stale: ['缺少上月进展', 'No update for the previous month'],
  'problem-open': ['问题超过 30 天未解决', 'Problem unresolved for more than 30 days'],
  order: ['节点未按截止日期排序', 'Milestones not in due-date order'],
  behind: ['进度落后于时间进度', 'Progress behind time elapsed'],
  'due-soon': ['节点 7 天内到期', 'Milestone due within 7 days'],
  postponed: ['截止日期推迟但未登记延期', 'Deadline moved later without a recorded postponement'],
  'late-record': ['完成日期补录过晚', 'Done date recorded late'],
  removed: ['节点或条目被删除', 'Milestone or item removed'],
};

function ruleDescription(rule: string, lang: Lang): string {
  const texts = RULES[rule];
  return texts ? texts[lang === 'zh-CN' ? 0 : 1] : rule;
}

/** A relative path as a URI reference: each segment percent-encoded. */
export function pathToUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** SARIF 2.1.0 log with one run. */
export function sarifLog(input: FormatInput): Record<string, unknown> {
  const ruleLevel = new Map<string, SarifLevel>();
  for (const d of input.diagnostics) {
    if (!ruleLevel.has(d.rule)) ruleLevel.set(d.rule, LEVEL[d.severity]);
  }
  const ruleIds = [...ruleLevel.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]));
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'wuzhong',
            informationUri: INFORMATION_URI,
            rules: ruleIds.map((id) => ({
              id,
              shortDescription: { text: ruleDescription(id, input.lang) },
              defaultConfiguration: { level: ruleLevel.get(id)! },
            })),
          },
        },
        language: input.lang === 'zh-CN' ? 'zh-CN' : 'en-US',
        columnKind: 'utf16CodeUnits',
        properties: { asOf: input.asOf, files: input.files },
        results: input.diagnostics.map((d) => {
          const region: Record<string, number> = { startLine: d.line, startColumn: d.column };
          if (d.endColumn !== undefined && d.endColumn > d.column) region.endColumn = d.endColumn;
          return {
            ruleId: d.rule,
            ruleIndex: ruleIndex.get(d.rule)!,
            level: LEVEL[d.severity],
            message: { text: d.message },
            locations: [
              { physicalLocation: { artifactLocation: { uri: pathToUri(d.file) }, region } },
            ],
          };
        }),
      },
    ],
  };
}

export function formatSarif(input: FormatInput): string {
  return JSON.stringify(sarifLog(input), null, 2) + '\n';
}
