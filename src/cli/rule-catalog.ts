import { rescoredDescription } from '../history/rescore.js';
import { baseRules } from '../history/rules.js';
import { rules } from '../rules/index.js';
import { TOOL_VERSION_RULE } from '../tool/version-rule.js';

type Description = { zh: string; en: string };

/** Findings made while loading (and the base-version notice), which have no Rule object. */
const loaderRules: Record<string, Description> = {
  yaml: { zh: '文件不是 UTF-8、YAML 语法错误、重复键、别名过多、多个文档、文件过大、空文件或顶层不是映射', en: 'not UTF-8, YAML syntax error, duplicate key, too many aliases, several documents, file too large, empty, or top level not a mapping' },
  schema: { zh: '缺少必填字段、类型错误、未知字段、日期或月份不存在、枚举值无效、数值超范围或必填文本为空', en: 'missing required key, wrong type, unknown key, impossible date or month, value not in an enum, number out of range, or empty text' },
  path: { zh: '文件不在 lists/<清单>/<编号>.yaml、编号重复或是符号链接', en: 'a file not at lists/<list>/<id>.yaml, a repeated id, or a symbolic link' },
  [TOOL_VERSION_RULE.id]: TOOL_VERSION_RULE.description,
  base: { zh: '基准版本中的文件无法解析，未作比较', en: 'a file that cannot be parsed at the base revision was not compared' },
  rescored: rescoredDescription,
};

/** One description per rule id, for SARIF and documentation: the rules' own texts, never a copy. */
export function ruleDescription(id: string): Description | undefined {
  return loaderRules[id] ?? [...rules, ...baseRules].find((r) => r.id === id)?.description;
}
