import { formatGithub } from './github.js';
import { formatGitlab } from './gitlab.js';
import { formatJson } from './json.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';
import type { FormatInput } from './types.js';

export const formatNames = ['stylish', 'json', 'github', 'gitlab', 'sarif'] as const;
export type FormatName = (typeof formatNames)[number];

export function isFormatName(s: string): s is FormatName {
  return (formatNames as readonly string[]).includes(s);
}

const FORMATTERS: Record<FormatName, (input: FormatInput) => string> = {
  stylish: formatStylish,
  json: formatJson,
  github: formatGithub,
  gitlab: formatGitlab,
  sarif: formatSarif,
};

/** The whole `check` output in format `kind`, ending with a newline (github: empty when clean). */
export function formatDiagnostics(kind: FormatName, input: FormatInput): string {
  return FORMATTERS[kind](input);
}

export { githubStepSummary } from './github.js';
export { plainColors, type Colors, type FormatInput } from './types.js';
