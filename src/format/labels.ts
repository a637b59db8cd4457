import type { Lang, Severity, Summary } from '../model/diagnostic.js';

const SEVERITY: Record<Lang, Record<Severity, string>> = {
  'zh-CN': { error: '错误', warning: '警告', info: '提示' },
  en: { error: 'error', warning: 'warning', info: 'note' },
};

export function severityLabel(severity: Severity, lang: Lang): string {
  return SEVERITY[lang][severity];
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** True when the run has errors or warnings (infos alone are a pass). */
export function hasProblems(s: Summary): boolean {
  return s.errors + s.warnings > 0;
}

/** The closing sentence of a report, without its ✖/✔ mark. */
export function summaryText(s: Summary, lang: Lang): string {
  const total = s.errors + s.warnings + s.infos;
  if (lang === 'zh-CN') {
    if (hasProblems(s)) {
      return `共${total}个问题（${s.errors}个错误，${s.warnings}个警告，${s.infos}个提示），检查了${s.files}个文件`;
    }
    return s.infos > 0
      ? `${s.files}个文件检查通过，没有错误或警告，另有${s.infos}条提示`
      : `${s.files}个文件检查通过，未发现问题`;
  }
  if (hasProblems(s)) {
    return `${plural(total, 'problem', 'problems')} (${plural(s.errors, 'error', 'errors')}, ${plural(s.warnings, 'warning', 'warnings')}, ${plural(s.infos, 'note', 'notes')}); ${plural(s.files, 'file', 'files')} checked`;
  }
  const checked = `${plural(s.files, 'file', 'files')} checked`;
  return s.infos > 0
    ? `${checked}, no errors or warnings (${plural(s.infos, 'note', 'notes')})`
    : `${checked}, no problems`;
}
