import type { Lang, RenderedDiagnostic as Diagnostic } from '../../../src/model/diagnostic.js';
import { plainColors, type Colors, type FormatInput } from '../../../src/format/types.js';

export function diag(partial: Partial<Diagnostic> = {}): Diagnostic {
  return {
    file: 'lists/projects/x.yaml',
    line: 1,
    column: 1,
    severity: 'error',
    rule: 'schema',
    message: 'bad',
    ...partial,
  };
}

/** A FormatInput whose source text comes from `sources` (file → whole text). */
export function makeInput(
  diagnostics: Diagnostic[],
  opts: { lang?: Lang; files?: number; sources?: Record<string, string>; colors?: Colors } = {},
): FormatInput {
  const sources = opts.sources ?? {};
  return {
    asOf: '2026-11-26',
    files: opts.files ?? 12,
    diagnostics,
    lang: opts.lang ?? 'zh-CN',
    colors: opts.colors ?? plainColors,
    sourceLine(file, line) {
      const text = sources[file];
      return text === undefined ? undefined : text.split('\n')[line - 1];
    },
  };
}

/** Colours that leave visible tags, to check what gets which style. */
export const tagColors: Colors = {
  red: (s) => `<red>${s}</red>`,
  yellow: (s) => `<yellow>${s}</yellow>`,
  blue: (s) => `<blue>${s}</blue>`,
  gray: (s) => `<gray>${s}</gray>`,
  bold: (s) => `<b>${s}</b>`,
  underline: (s) => `<u>${s}</u>`,
  dim: (s) => `<dim>${s}</dim>`,
};
