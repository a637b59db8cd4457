import type { Severity } from '../model/diagnostic.js';
import type { RuleInfo } from '../model/rule.js';
import { escapeCell, escapeInline, table } from '../text/markdown.js';
import { catalog } from './index.js';

// The rule reference under docs/rules/ and the rule tables in other pages, made from the catalog (`npm run docs`).

const NOTICE = '<!-- 由 npm run docs 从规则目录生成，请勿手改 / generated from the rule catalog by npm run docs: do not edit -->';
const LEVEL: Record<'zh' | 'en', Record<Severity, string>> = {
  zh: { error: '错误', warning: '警告', info: '提示' },
  en: { error: 'error', warning: 'warning', info: 'note' },
};
const TABLE = /(<!-- rules-table:(zh|en) -->\n)[\s\S]*?(<!-- \/rules-table -->)/g;

function rulePage(rule: RuleInfo): string {
  return [
    NOTICE,
    `# \`${rule.id}\``,
    '',
    `级别 / severity: ${LEVEL.zh[rule.severity]} / ${LEVEL.en[rule.severity]}`,
    '',
    `**查什么**：${escapeInline(rule.description.zh)}`,
    '',
    `**怎么改**：${escapeInline(rule.help.zh)}`,
    '',
    `**Finds**: ${escapeInline(rule.description.en)}`,
    '',
    `**What to do**: ${escapeInline(rule.help.en)}`,
    '',
    `样例 / example: \`tests/fixtures/rules/${rule.id}/\``,
    '',
  ].join('\n');
}

/** The rule table in one language; `dir` is where rule pages are, relative to the page holding the table. */
export function ruleTable(lang: 'zh' | 'en', dir: string): string {
  const head = lang === 'zh' ? ['规则', '级别', '何时触发'] : ['rule', 'severity', 'fires when'];
  const rows = catalog.map((r) => [`[\`${r.id}\`](${dir}${r.id}.md)`, LEVEL[lang][r.severity], escapeCell(r.description[lang])]);
  return `${table(head, rows)}\n`;
}

/**
 * Every generated file: one page per rule, the index, and each given page (path → text) that holds a
 * `<!-- rules-table:zh|en -->` … `<!-- /rules-table -->` section, with the section refreshed.
 */
export function ruleDocs(pages: ReadonlyMap<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const rule of catalog) out.set(`docs/rules/${rule.id}.md`, rulePage(rule));
  out.set('docs/rules/README.md', [NOTICE, '# 规则一览 / Rules', '', ruleTable('zh', ''), ruleTable('en', '')].join('\n'));
  for (const [path, text] of pages) {
    if (path.startsWith('docs/rules/')) continue;
    if (!text.match(TABLE)) continue;
    const dir = `${'../'.repeat(path.split('/').length - 1)}docs/rules/`;
    out.set(path, text.replace(TABLE, (_, open: string, lang: 'zh' | 'en', close: string) => `${open}${ruleTable(lang, dir)}${close}`));
  }
  return out;
}
