import { formatGithub } from './github.js';
import { formatGitlab } from './gitlab.js';
import { formatJson } from './json.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';
import type { FormatInput } from './types.js';

/** The registry of `check` output formats: the keys are the `--format` choices, the first the default. */
export const FORMATTERS = {
  stylish: formatStylish,
  json: formatJson,
  github: formatGithub,
  gitlab: formatGitlab,
  sarif: formatSarif,
} satisfies Record<string, (input: FormatInput) => string>;

export type FormatName = keyof typeof FORMATTERS;
export const formatNames = Object.keys(FORMATTERS) as FormatName[];

export function isFormatName(s: string): s is FormatName {
  return (formatNames as readonly string[]).includes(s);
}

/** The whole `check` output in format `kind`, ending with a newline (github: empty when clean). */
export function formatDiagnostics(kind: FormatName, input: FormatInput): string {
  return FORMATTERS[kind](input);
}

export { githubStepSummary } from './github.js';
export { plainColors, type Colors, type FormatInput } from './types.js';
