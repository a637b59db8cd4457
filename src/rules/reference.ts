import type { Severity } from '../model/diagnostic.js';
import type { RuleInfo } from '../model/rule.js';
import { escapeCell, escapeInline, table } from '../text/markdown.js';
import { catalog, reviewRules } from './index.js';

// The rule reference under docs/rules/ and the rule tables in other pages, made from the catalog (`npm run docs`).

const NOTICE = '<!-- 由 npm run docs 从规则目录生成，请勿手改 / generated from the rule catalog by npm run docs: do not edit -->';
const LEVEL: Record<'zh' | 'en', Record<Severity, string>> = {
  zh: { error: '错误', warning: '警告', info: '提示' },
  en: { error: 'error', warning: 'warning', info: 'note' },
};
const TABLE = /(<!-- rules-table:(zh|en)(:review)? -->\n)[\s\S]*?(<!-- \/rules-table -->)/g;

function rulePage(rule: RuleInfo, examples: Examples): string {
  const example = (lang: 'zh-CN' | 'en') => {
    const text = examples.get(`${rule.id}/${lang}`);
    return text === undefined ? [] : ['', '```console', `$ wuzhong${lang === 'en' ? ' --lang en' : ''} check --as-of 2026-11-26${reviewRules.includes(rule) ? ' --base HEAD' : ''}`, text.trimEnd(), '```'];
  };
  return [
    NOTICE,
    `# \`${rule.id}\``,
    '',
    '[规则参考](README.md) · [Rule reference](README.en.md)',
    '',
    `级别 / severity: ${LEVEL.zh[rule.severity]} / ${LEVEL.en[rule.severity]}`,
    '',
    `**查什么**：${escapeInline(rule.description.zh)}`,
    '',
    `**怎么改**：${escapeInline(rule.help.zh)}`,
    ...example('zh-CN'),
    '',
    `**Finds**: ${escapeInline(rule.description.en)}`,
    '',
    `**What to do**: ${escapeInline(rule.help.en)}`,
    ...example('en'),
    '',
    `样例园区 / fixture zone: \`tests/fixtures/rules/${rule.id}/\``,
    '',
  ].join('\n');
}

/** Expected `check` output of each rule's fixture, keyed `<id>/<zh-CN|en>`. */
export type Examples = ReadonlyMap<string, string>;

/** The rule table in one language; `dir` is where rule pages are, relative to the page holding the table. */
export function ruleTable(lang: 'zh' | 'en', dir: string, rules: readonly RuleInfo[]): string {
  const head = lang === 'zh' ? ['规则', '级别', '何时触发'] : ['rule', 'severity', 'fires when'];
  const rows = rules.map((r) => [`[\`${r.id}\`](${dir}${r.id}.md)`, LEVEL[lang][r.severity], escapeCell(r.description[lang])]);
  return `${table(head, rows)}\n`;
}

/** The path from the folder of `page` to docs/rules/ (both relative to the repository root). */
function rulesDir(page: string): string {
  const from = page.split('/').slice(0, -1), to = ['docs', 'rules'];
  let same = 0;
  while (same < from.length && same < to.length && from[same] === to[same]) same++;
  return [...from.slice(same).map(() => '..'), ...to.slice(same), ''].join('/').replace(/^\//, '');
}

const isRulePage = (path: string) => /^docs\/rules\/[^/]+\.md$/.test(path) && !/\/README(\.en)?\.md$/.test(path);

/**
 * Every generated file: one page per rule, and each given page (path → text) that holds a
 * `<!-- rules-table:zh|en[:review] -->` … `<!-- /rules-table -->` section, with the section refreshed
 * (`:review` lists the rules of `check --base`, without it every other rule).
 */
export function ruleDocs(pages: ReadonlyMap<string, string>, examples: Examples): Map<string, string> {
  const out = new Map<string, string>();
  for (const rule of catalog) out.set(`docs/rules/${rule.id}.md`, rulePage(rule, examples));
  const others = catalog.filter((r) => !reviewRules.includes(r));
  for (const [path, text] of pages) {
    if (isRulePage(path) || text.search(TABLE) === -1) continue;
    const dir = rulesDir(path);
    out.set(path, text.replace(TABLE, (_, open: string, lang: 'zh' | 'en', review: string | undefined, close: string) =>
      `${open}${ruleTable(lang, dir, review ? reviewRules : others)}${close}`));
  }
  return out;
}
