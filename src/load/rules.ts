import type { RuleInfo } from '../model/rule.js';

/** The findings made while loading: a file that is not text YAML, not where it belongs, or not what its schema says. */
export const yamlRule: RuleInfo = {
  id: 'yaml',
  severity: 'error',
  description: {
    zh: '文件不是 UTF-8、YAML 语法错误、重复键、别名过多、多个文档、文件过大、空文件或顶层不是映射',
    en: 'not UTF-8, YAML syntax error, duplicate key, too many aliases, several documents, file too large, empty, or top level not a mapping',
  },
  help: {
    zh: '按提示的行列修正写法：用 UTF-8保存，只用空格缩进，键后写半角冒号加一个空格，同一层级的键只写一次。该文件修正前不会接受其他检查。',
    en: 'Fix the text at the line and column shown: save as UTF-8, indent with spaces only, write an ASCII colon and a space after each key, and write each key once per level. The file gets no other check until it parses.',
  },
};

export const schemaRule: RuleInfo = {
  id: 'schema',
  severity: 'error',
  description: {
    zh: '缺少必填字段、类型错误、未知字段、日期或月份不存在、枚举值无效、数值超范围或必填文本为空；名称或标题含看不见的字符或首尾空格；两个单位（或领导）名称形近',
    en: 'missing required key, wrong type, unknown key, impossible date or month, value not in an enum, number out of range, or empty text; a name or title with a hidden character or surrounding spaces; two look-alike units (or leaders)',
  },
  help: {
    zh: '对照字段说明补齐或改正该字段：日期写 YYYY-MM-DD，月份写 YYYY-MM，数字后不带 %，不用的可选字段整行删除。未知字段多半是拼写错误，按提示的最接近的字段名改正。名称中看不见的字符（提示中写作 \\u200b 等）须删去：在编辑器中删掉整个名称重新输入最稳妥。',
    en: 'Add or correct the field as the field reference says: dates as YYYY-MM-DD, months as YYYY-MM, numbers without %, and delete unused optional fields. An unknown key is usually a typo: use the nearest known key suggested. Remove a hidden character in a name (shown as \\u200b and the like): retyping the whole name is safest.',
  },
};

export const pathRule: RuleInfo = {
  id: 'path',
  severity: 'error',
  // An item file outside lists/ breaks nothing that is read: a warning, so it is not lost unnoticed.
  severities: { strayItem: 'warning' },
  description: {
    zh: '文件不在 lists/<清单>/<编号>.yaml、编号重复或是符号链接',
    en: 'a file not at lists/<list>/<id>.yaml, a repeated id, or a symbolic link',
  },
  help: {
    zh: '把事项文件放在 lists/<清单>/<编号>.yaml（编号只用小写字母、数字和连字符），考核文件命名为 assessments/YYYY-MM.yaml；删除重复的文件、符号链接和其他文件。',
    en: 'Put item files at lists/<list>/<id>.yaml (ids in lower-case letters, digits and hyphens) and assessment files at assessments/YYYY-MM.yaml; remove duplicate files, symbolic links and anything else.',
  },
};

export const commentInTextRule: RuleInfo = {
  id: 'comment-in-text',
  severity: 'warning',
  description: {
    zh: '文字字段的值后面同一行紧跟“ #文字”（# 后没有空格）：“#”及其后的文字被当作注释，没有读入',
    en: 'a text field is followed on the same line by " #text" (no space after #): the text from "#" on was read as a comment',
  },
  help: {
    zh: 'YAML 把“ #”及其后的内容当作注释。如果“#”是名称或说明的一部分（如“#1号楼”），给整个值加上引号：title: "甲 #1号楼"；如果确实是注释，可以忽略或移到单独一行。',
    en: 'YAML reads " #" and what follows as a comment. If the "#" belongs to the name or text (such as "#1 building"), quote the whole value: title: "A #1 building"; if it really is a comment, ignore this or move it to a line of its own.',
  },
};

/** The loader's rules, in the order of the rule table. */
export const loadRules: readonly RuleInfo[] = [yamlRule, schemaRule, pathRule, commentInTextRule];
