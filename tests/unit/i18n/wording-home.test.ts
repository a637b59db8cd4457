import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../helpers.js';

// docs/contributing.md: every word wuzhong prints lives in src/i18n, one file per area per language, so a translator
// finds all the Chinese in src/i18n/zh*.ts and all the English in src/i18n/en*.ts. Outside src/i18n a string,
// template or regular expression with Chinese text is allowed only in the files below (a folder ends in /).
const ALLOWED: Record<string, string> = {
  'rules/': 'the rule catalog: a rule declares its zh/en description and help once; reference.ts writes docs/rules/',
  'history/rules.ts': 'the check --base rules: catalog entries (description, help)',
  'history/rescore.ts': 'the rescore rule: a catalog entry (description, help)',
  'load/rules.ts': 'the loading rules: catalog entries (description, help)',
  'tool/version-rule.ts': 'the pinned-version rule: a catalog entry (description, help)',
  'model/': 'schemas: field labels and docs, list names, enum values (督办, 已解决) that are data',
  'scaffold/': 'templates: the content of the files init and new write',
  'load/validate.ts': 'parses Chinese units and amounts in what people type',
  'load/parse.ts': 'recognises a full-width colon typed for ":" in YAML',
  'sheet/cells.ts': 'parses dates like 2025年11月5日 and ％ in spreadsheet cells',
  'text/markdown.ts': 'Chinese punctuation decides how the lines of a table cell are joined',
  'report/monthly/recognise.ts': 'recognises the titles of reports written before (patterns, not output)',
  'report/monthly/chart.ts': 'escaping: a full-width ％ stands in for % in the chart\'s SVG text',
  'office/xlsx.ts': 'the font name 宋体 and the page footer (an Excel field code), the same in every language',
  'assess/notice.ts': 'the notice kinds 督办 and 催办 are data',
  'office/docx/gongwen.ts': 'font names of the 公文 layout (方正小标宋简体, 仿宋_GB2312, 宋体), the same in every language',
  'cli/commands/': 'the command registry: a command declares its zh/en help once, as a rule does',
  'cli/notice.ts': 'the default notice kind 督办 is data, as in assess/notice.ts',
};

const CJK = /[\p{sc=Han}\u3000-\u303f\uff00-\uffef]/u;

/** Line numbers of the string, template and regular-expression literals with Chinese text (comments do not count). */
function cjkLiterals(path: string, text: string): number[] {
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const lines: number[] = [];
  const visit = (node: ts.Node): void => {
    const literal =
      ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node) || ts.isRegularExpressionLiteral(node);
    if (literal && CJK.test(node.getText(file))) {
      lines.push(file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return [...new Set(lines)];
}

const src = join(repoRoot, 'src');
const files = readdirSync(src, { recursive: true, encoding: 'utf8' })
  .filter((p) => p.endsWith('.ts'))
  .map((p) => p.split('\\').join('/'))
  .sort();
const found = new Map(files.map((p) => [p, cjkLiterals(p, readFileSync(join(src, p), 'utf8'))]));
const allowedBy = (p: string) => Object.keys(ALLOWED).find((a) => (a.endsWith('/') ? p.startsWith(a) : p === a));

describe('wording lives in src/i18n', () => {
  it('no file outside src/i18n (and the allowed ones) has Chinese text in a literal', () => {
    const strays = files
      .filter((p) => !p.startsWith('i18n/') && allowedBy(p) === undefined && found.get(p)!.length > 0)
      .map((p) => `src/${p}:${found.get(p)!.join(',')}`);
    expect(strays, 'move this wording into src/i18n/zh-<area>.ts and en-<area>.ts').toEqual([]);
  });

  it('every allowed entry still holds Chinese text (otherwise remove it from ALLOWED)', () => {
    const holds = (a: string) => files.some((p) => allowedBy(p) === a && found.get(p)!.length > 0);
    const stale = Object.keys(ALLOWED).filter((a) => !holds(a));
    expect(stale).toEqual([]);
  });

  it('finds Chinese in strings, templates and regular expressions, not in comments', () => {
    const sample = [
      '// 注释不算',
      '/* 块注释也不算 */',
      "const a = 'plain';",
      "const b = '逾期';",
      'const c = `${a}天`;',
      'const d = /[，、]/;',
      "const e = { zh: 'x' }; // 说明",
    ].join('\n');
    expect(cjkLiterals('sample.ts', sample)).toEqual([4, 5, 6]);
  });
});
