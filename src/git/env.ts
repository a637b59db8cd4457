/**
 * GIT_* variables passed on to git, so it runs as `git commit`/`git push` would for the user: identity and dates,
 * config (files, and the GIT_CONFIG_COUNT/KEY/VALUE and `git -c` channels CI runners use), ssh, https (an intranet
 * server's certificate authority, a proxy), protocol limits, repository discovery and tracing.
 */
const PASS_THROUGH = new RegExp(
  '^GIT_(' + [
    'AUTHOR_(NAME|EMAIL|DATE)', 'COMMITTER_(NAME|EMAIL|DATE)',
    'CONFIG_(NOSYSTEM|GLOBAL|SYSTEM|COUNT|PARAMETERS)', 'CONFIG_(KEY|VALUE)_\\d+',
    'SSH', 'SSH_COMMAND', 'SSH_VARIANT', 'ASKPASS',
    'SSL_[A-Z_]+', 'HTTP_[A-Z_]+', 'PROXY_[A-Z_]+', 'CURL_VERBOSE',
    'ALLOW_PROTOCOL', 'PROTOCOL_FROM_USER', 'CEILING_DIRECTORIES', 'DISCOVERY_ACROSS_FILESYSTEM',
    'TRACE[A-Z0-9_]*',
  ].join('|') + ')$',
);
/**
 * Every other GIT_* variable is dropped: those that point git at another repository or index (GIT_DIR,
 * GIT_WORK_TREE, GIT_INDEX_FILE, … set by the hook or alias wuzhong may run from), start an editor or a pager,
 * or change how paths are matched. Besides GIT_*, the same for editors, pagers and a path prefix.
 */
const GUARDED = new Set(['EDITOR', 'VISUAL', 'PAGER', 'PREFIX', 'SSH_ASKPASS']);

export type Env = Record<string, string | undefined>;

/** Whether git sees the user's variable `name` (docs/decisions.md, git). */
export function passedToGit(name: string): boolean {
  const k = name.toUpperCase();
  if (GUARDED.has(k)) return false;
  return !k.startsWith('GIT_') || PASS_THROUGH.test(k);
}

/** The child environment: the user's, minus what could redirect git (see `passedToGit`), plus `extra`. */
export function gitEnv(env: Env, extra: Record<string, string> = {}): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined && passedToGit(k)) out[k] = v;
  // C locale: git's messages are parsed nowhere, but stay stable; never prompt (CI has no terminal).
  return { ...out, LC_ALL: 'C', GIT_TERMINAL_PROMPT: '0', ...extra };
}
