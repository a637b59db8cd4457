import type { Severity } from '../model/diagnostic.js';
import { formatText } from './labels.js';
import type { FormatInput } from './types.js';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const INFORMATION_URI = 'https://www.npmjs.com/package/wuzhong';

type SarifLevel = 'error' | 'warning' | 'note';
const LEVEL: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', info: 'note' };

/** The catalog's one-line description in the output language; the id itself for a rule it does not know. */
function ruleDescription(rule: string, input: FormatInput): string {
  const d = input.ruleInfo?.(rule)?.description;
  return d ? (input.lang === 'en' ? d.en : d.zh) : rule;
}

/** The catalog's advice on what to do, and where the rule's page is. */
function ruleHelp(rule: string, input: FormatInput): string {
  const help = input.ruleInfo?.(rule)?.help;
  const text = help ? (input.lang === 'en' ? help.en : help.zh) : ruleDescription(rule, input);
  return `${text} (${formatText(input.lang).rulePage(rule)})`;
}

/** A relative path as a URI reference: each segment percent-encoded. */
export function pathToUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** SARIF 2.1.0 log with one run. */
function sarifLog(input: FormatInput): Record<string, unknown> {
  const ruleLevel = new Map<string, SarifLevel>();
  for (const d of input.diagnostics) {
    if (!ruleLevel.has(d.rule)) ruleLevel.set(d.rule, LEVEL[input.ruleInfo?.(d.rule)?.severity ?? d.severity]);
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
            ...(input.toolVersion ? { version: input.toolVersion } : {}),
            informationUri: INFORMATION_URI,
            rules: ruleIds.map((id) => ({
              id,
              shortDescription: { text: ruleDescription(id, input) },
              fullDescription: { text: ruleDescription(id, input) },
              help: { text: ruleHelp(id, input) },
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
              { physicalLocation: { artifactLocation: { uri: pathToUri((input.repoPrefix ?? '') + d.file) }, region } },
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
