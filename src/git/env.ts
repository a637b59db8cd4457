/** Environment variables the user may set for git that we pass on (identity, dates, config files, ssh for push). */
export const PASS_THROUGH = [
  'GIT_AUTHOR_NAME', 'GIT_AUTHOR_EMAIL', 'GIT_AUTHOR_DATE',
  'GIT_COMMITTER_NAME', 'GIT_COMMITTER_EMAIL', 'GIT_COMMITTER_DATE',
  'GIT_CONFIG_NOSYSTEM', 'GIT_CONFIG_GLOBAL', 'GIT_CONFIG_SYSTEM',
  'GIT_SSH', 'GIT_SSH_COMMAND', 'GIT_ASKPASS', 'SSH_ASKPASS',
];
/** Besides GIT_*: dropped rather than let an editor or a pager start, or a prefix redirect paths. */
const GUARDED = new Set(['EDITOR', 'VISUAL', 'PAGER', 'PREFIX', 'SSH_ASKPASS']);

export type Env = Record<string, string | undefined>;

/**
 * The child environment: the user's, minus git settings that could redirect it (GIT_DIR, GIT_INDEX_FILE, …),
 * plus `extra`.
 */
export function gitEnv(env: Env, extra: Record<string, string> = {}): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) {
    if (v === undefined) continue;
    const guarded = /^GIT_/i.test(k) || GUARDED.has(k.toUpperCase());
    if (!guarded || PASS_THROUGH.includes(k)) out[k] = v;
  }
  // C locale: git's messages are parsed nowhere, but stay stable; never prompt (CI has no terminal).
  return { ...out, LC_ALL: 'C', GIT_TERMINAL_PROMPT: '0', ...extra };
}

