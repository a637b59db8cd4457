import type { Lang, RenderedDiagnostic } from '../model/diagnostic.js';
import type { RuleInfo } from '../model/rule.js';
import type { Changed, Hidden } from './focus-text.js';

/** Styling functions; the CLI passes chalk-backed ones or `plainColors`. */
export interface Colors {
  red(s: string): string;
  yellow(s: string): string;
  blue(s: string): string;
  gray(s: string): string;
  bold(s: string): string;
  underline(s: string): string;
  dim(s: string): string;
}

const identity = (s: string): string => s;

/** No colour at all (`--no-color`, `NO_COLOR`, not a terminal). */
export const plainColors: Colors = Object.freeze({
  red: identity,
  yellow: identity,
  blue: identity,
  gray: identity,
  bold: identity,
  underline: identity,
  dim: identity,
});

export interface FormatInput {
  /** The "as of" date A, `YYYY-MM-DD`. */
  asOf: string;
  /** Number of files checked. */
  files: number;
  /** Already sorted (see `compareDiagnostics`). */
  diagnostics: readonly RenderedDiagnostic[];
  lang: Lang;
  /** The text of 1-based `line` of `file` (without its line ending), if known. */
  sourceLine(file: string, line: number): string | undefined;
  colors: Colors;
  /**
   * Where the zone repo sits inside its git work tree (`''` at the top, else e.g. `zones/suizhou/`).
   * Only the CI formats use it: GitHub and GitLab resolve paths from the repository root.
   */
  repoPrefix?: string;
  /** The catalog entry of a rule id, for formats that describe rules (SARIF). */
  ruleInfo?: (rule: string) => RuleInfo | undefined;
  /** wuzhong's version, for formats that record the tool (SARIF). */
  toolVersion?: string;
  /** What `check PATH…` or `--quiet` left out, for the summary. */
  hidden?: Hidden;
  /** With --base: the changed files, whose findings come first under their own heading. */
  changed?: Changed;
}
