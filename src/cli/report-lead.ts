import { join } from 'node:path';
import { GitError } from '../git/errors.js';
import { commitOneFile } from '../git/commit.js';
import { findRepo } from '../git/repo.js';
import { lightSettingsOf } from '../model/config.js';
import { buildLeadBrief, isLeadBrief, renderLeadBrief } from '../report/lead-brief.js';
import { sanitize, sanitizeLines } from '../text/sanitize.js';
import { applyReport } from '../write/report.js';
import { resolveOut } from '../write/target.js';
import { openMonth } from './gate.js';
import { ExitError, type Io } from './io.js';
import type { GlobalOptions } from './options.js';
import { refuseBusyRepo } from './report-care.js';
import { messages } from '../i18n/index.js';

export interface LeadBriefOptions {
  lead: string;
  month?: string;
  out?: string;
  /** true with --commit; a brief is not committed otherwise. */
  commit?: boolean;
  push?: boolean;
  force?: boolean;
}

/** A file name part from a person's name: path separators and other characters file systems refuse become `_`. */
const fileSafe = (name: string) => name.replace(/[/\\:*?"<>|\s]/g, '_');

/**
 * docs/supervisors.md: `wuzhong report --lead NAME` writes a one-page brief for a lead official about month M
 * (as of its last day) to reports/<M>-<NAME>.md or --out; it commits that one file only with --commit.
 */
export async function leadBriefCommand(io: Io, global: GlobalOptions, opts: LeadBriefOptions): Promise<number> {
  const opened = await openMonth(io, global, 'report', { month: opts.month, lead: opts.lead }, (loaded, month) => {
    if (opts.push === true) throw new ExitError(messages(loaded.lang).leadBriefCli.push, 2);
    const file = opts.out ?? join(loaded.root, 'reports', `${month}-${fileSafe(opts.lead.normalize('NFC'))}.md`);
    const out = resolveOut(loaded.root, io.cwd, file, month);
    if ('problem' in out) {
      throw new ExitError(messages(loaded.lang).reportCli.out(out.problem, out.shown, loaded.root), 2);
    }
    return out;
  });
  if (opened === undefined) return 1;
  const { loaded, month, filters, prepared: out } = opened;
  const lead = filters.lead ?? opts.lead;
  const t = messages(loaded.lang).leadBriefCli;
  const rt = messages(loaded.lang).reportCli;
  const say = (line: string) => io.stdout(`${sanitizeLines(line)}\n`);
  const commit = opts.commit === true;
  const repo = commit ? await gitStep(() => findRepo(loaded.root, io.env)) : undefined;
  if (repo !== undefined) await gitStep(() => refuseBusyRepo(repo, loaded.lang));

  const brief = buildLeadBrief(loaded.zone, lead, month, lightSettingsOf(loaded.zone.config));
  const markdown = renderLeadBrief(brief, { lang: loaded.lang, root: out.up });
  const applied = await applyReport({
    out, text: markdown,
    same: async (previous) => previous.replace(/\r\n/g, '\n') === markdown,
    // Only over an empty file or a brief wuzhong wrote, unless --force; a brief is not kept.
    keep: async (previous) => previous.trim() !== '' && !isLeadBrief(previous) && opts.force !== true
      ? { kind: 'refused', inGit: false } : { kind: 'nothing' },
  });
  if (applied.kind === 'unchanged') say(rt.fileUnchanged(out.rel));
  else if (applied.kind === 'refused') throw new ExitError(t.notABrief(out.rel), 2);
  else if (applied.kind === 'failed') throw new ExitError(rt.cannotWrite(out.rel, applied.why), 1);
  else say(rt.wrote(out.rel));
  if (!commit) {
    say(t.notCommitted);
    return 0;
  }
  if (repo === undefined) {
    say(rt.notRepo(loaded.root));
    return 0;
  }
  const subject = `report(${month}): ${sanitize(messages(loaded.lang).commit.leadBrief(lead))}`;
  const message = (parent: string | undefined) => `${subject}\n\nSource commit: ${parent ?? 'none (first commit)'}`;
  const result = await gitStep(() => commitOneFile(repo, out.abs, message));
  if (result.kind === 'unchanged') say(rt.commitUnchanged);
  else if (result.kind === 'index-locked') throw new ExitError(t.indexLocked(result.lock, out.rel), 1);
  else say(rt.committed(result.commit.slice(0, 7), subject));
  return 0;
}

async function gitStep<T>(step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (e) {
    if (e instanceof GitError) throw new ExitError(`git: ${e.detail}`, e.kind === 'no-git' ? 2 : 1);
    throw e;
  }
}
