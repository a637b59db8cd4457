import { GitError } from './errors.js';
import { atTop, type GitRepo } from './repo.js';
import { gitText, type GitPlace } from './run.js';

export type PushResult =
  | { kind: 'pushed'; remote: string; target: string }
  | { kind: 'no-upstream'; branch: string }
  /**
   * git refused or failed: its meaningful lines; `behind` when the remote has commits we lack (pull, then push
   * again).
   */
  | { kind: 'failed'; lines: string[]; behind: boolean };

/** Where `git push` (no arguments) would send the current branch, or why it would not push it. */
type Destination = { remote: string; refspec: string; target: string; setUpstream: boolean } | { refused: PushResult };

/**
 * Pushes the current branch where `git push` would: the remote from branch.<b>.pushRemote, remote.pushDefault,
 * branch.<b>.remote (else origin); the branch there from remote.<r>.push or push.default. Never forces.
 */
export async function pushBranch(repo: GitRepo): Promise<PushResult> {
  if (repo.branch === undefined) throw new GitError('failed', 'HEAD is detached');
  const git = atTop(repo);
  const to = await destination(git, repo.branch);
  if ('refused' in to) return to.refused;
  try {
    await gitText(git, ['push', '--quiet', ...(to.setUpstream ? ['--set-upstream'] : []), '--', to.remote, to.refspec]);
  } catch (e) {
    if (!(e instanceof GitError) || e.kind !== 'failed') throw e;
    const lines = meaningfulLines(e.stderr || e.detail);
    const behind = lines.some((l) => /^! \[rejected\].*\((fetch first|non-fast-forward)\)/.test(l));
    return { kind: 'failed', lines: lines.length > 0 ? lines : [e.detail], behind };
  }
  return { kind: 'pushed', remote: to.remote, target: to.target.replace(/^refs\/heads\//, '') };
}

/** git's own rules (remote.c pushremote_for_branch, builtin/push.c setup_default_push_refspecs), for one branch. */
async function destination(git: GitPlace, ref: string): Promise<Destination> {
  const branch = ref.replace(/^refs\/heads\//, '');
  const get = async (key: string) => (await gitText(git, ['config', '--get', key])).trim();
  const upstreamRemote = await get(`branch.${branch}.remote`);
  const merge = await get(`branch.${branch}.merge`);
  const remote =
    (await get(`branch.${branch}.pushRemote`)) || (await get('remote.pushDefault')) || upstreamRemote || 'origin';
  const noUpstream = { refused: { kind: 'no-upstream', branch } } as const;
  // remote.<r>.push maps the branch itself: git is given the source only and applies the mapping.
  if ((await get(`remote.${remote}.push`)) !== '') return { remote, refspec: ref, target: ref, setUpstream: false };
  const mode = (await get('push.default')) || 'simple';
  const autoSetup = (await gitText(git, ['config', '--type=bool', '--get', 'push.autoSetupRemote'])).trim() === 'true';
  const same = { remote, refspec: `${ref}:${ref}`, target: ref, setUpstream: false };
  // Without branch.<b>.remote git fetches from origin: pushing elsewhere is the "triangular" workflow.
  const triangular = remote !== (upstreamRemote || 'origin');
  const refuse = (line: string): Destination => ({ refused: { kind: 'failed', lines: [line], behind: false } });
  if (mode === 'nothing') return refuse('push.default is "nothing": git push would push no branch');
  if (mode === 'current' || mode === 'matching') return same;
  // simple (the default): the same name on a push-only remote, else the upstream, which must have the same name.
  if (mode !== 'upstream' && mode !== 'tracking' && triangular) return same;
  if (merge === '') return autoSetup ? { ...same, setUpstream: true } : noUpstream;
  if (triangular) return refuse(`the push remote ${remote} is not the upstream (${upstreamRemote}) of ${branch}, and push.default is "${mode}": git push would refuse`);
  if (mode !== 'upstream' && mode !== 'tracking' && merge !== ref) {
    return refuse(`the upstream ${merge.replace(/^refs\/heads\//, '')} of ${branch} has another name, and push.default is "simple": git push would refuse (push.default=upstream pushes there)`);
  }
  return { remote, refspec: `${ref}:${merge}`, target: merge, setUpstream: false };
}

/**
 * The lines of push's stderr that say what went wrong (`! [rejected] …`, `error:`, `fatal:`, `remote:`), not the
 * `To …` header or hints.
 */
function meaningfulLines(stderr: string): string[] {
  return stderr
    .split(/\r?\n/)
    .map((l) => l.trim().replace(/\s+/g, ' '))
    .filter((l) => /^(! |error:|fatal:|remote:)/.test(l) && l !== 'remote:');
}
