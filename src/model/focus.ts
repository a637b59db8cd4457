import type { Severity } from './diagnostic.js';

/** What `check` shows: all findings, or those in some files or folders, errors only with --quiet. */
export interface Focus {
  /** Zone-relative paths with `/`: a file, or a folder (`lists/tasks`); '' is the whole zone. Undefined: everything. */
  paths?: readonly string[];
  quiet?: boolean;
  /** Files changed since the --base revision: their findings come first. */
  changed?: ReadonlySet<string>;
}

export interface Focused<Diagnostic> {
  /** Findings to show, changed files first (else in the order given). */
  shown: Diagnostic[];
  /** Findings in the focus paths (shown or hidden by --quiet): the exit status and --max-warnings count these. */
  inPaths: Diagnostic[];
  /** Findings outside the given paths. */
  outside: Diagnostic[];
  /** Warnings and infos in the paths that --quiet hid. */
  quieted: number;
}

export function inPath(file: string, path: string): boolean {
  return path === '' || file === path || file.startsWith(path.endsWith('/') ? path : `${path}/`);
}

export function focus<Diagnostic extends { file: string; severity: Severity }>(
  diagnostics: readonly Diagnostic[],
  f: Focus,
): Focused<Diagnostic> {
  const paths = f.paths;
  const inPaths: Diagnostic[] = [];
  const outside: Diagnostic[] = [];
  for (const d of diagnostics) {
    (paths === undefined || paths.some((p) => inPath(d.file, p)) ? inPaths : outside).push(d);
  }
  const visible = f.quiet ? inPaths.filter((d) => d.severity === 'error') : inPaths;
  const changed = f.changed;
  const shown = changed
    ? [...visible.filter((d) => changed.has(d.file)), ...visible.filter((d) => !changed.has(d.file))]
    : visible;
  return { shown, inPaths, outside, quieted: inPaths.length - visible.length };
}
