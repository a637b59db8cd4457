import type { Lang, RenderedDiagnostic as Diagnostic } from '../model/diagnostic.js';

/** Findings `check` did not show: outside the given paths, or warnings and infos under --quiet. */
export interface Hidden {
  outside: number;
  outsideErrors: number;
  quieted: number;
}

/** The lines under the summary that say what was not shown (none when nothing was hidden). */
export function hiddenLines(h: Hidden | undefined, lang: Lang): string[] {
  if (!h) return [];
  const out: string[] = [];
  const en = lang === 'en';
  if (h.outside > 0) {
    const errors = h.outsideErrors > 0 ? (en ? `, ${h.outsideErrors} of them ${h.outsideErrors === 1 ? 'an error' : 'errors'}` : `，其中${h.outsideErrors}个错误`) : '';
    out.push(en
      ? `${h.outside} ${h.outside === 1 ? 'finding' : 'findings'} in other files not shown${errors} (run wuzhong check without paths to see them)`
      : `另有${h.outside}条发现在其他文件中，未显示${errors}（不带路径运行 wuzhong check 可查看）`);
  }
  if (h.quieted > 0) {
    out.push(en ? `${h.quieted} ${h.quieted === 1 ? 'warning or note' : 'warnings and notes'} not shown (--quiet)` : `另有${h.quieted}条警告和提示未显示（--quiet）`);
  }
  return out;
}

/** Files changed since the --base revision, whose findings are listed first. */
export interface Changed {
  rev: string;
  files: ReadonlySet<string>;
}

export function changedHeading(rev: string, lang: Lang): string {
  return lang === 'en' ? `Files changed since ${rev}` : `与 ${rev} 相比改动过的文件`;
}

export function elsewhereHeading(lang: Lang): string {
  return lang === 'en' ? 'Elsewhere in the zone' : '园区其他文件';
}

export function nothingInChange(lang: Lang): string {
  return lang === 'en' ? 'no findings in the changed files' : '改动过的文件中没有发现问题';
}

export function splitByChange(diagnostics: readonly Diagnostic[], changed: Changed): [Diagnostic[], Diagnostic[]] {
  return [diagnostics.filter((d) => changed.files.has(d.file)), diagnostics.filter((d) => !changed.files.has(d.file))];
}
