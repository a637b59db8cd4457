import { join } from 'node:path';
import { draftNotice } from '../assess/notice.js';
import { GitError } from '../git/errors.js';
import { messages } from '../i18n/index.js';
import { commitFiles } from '../git/commit.js';
import { findRepo, type GitRepo } from '../git/repo.js';
import { NOTICE_KINDS, type NoticeKind } from '../model/notice.js';
import { noticeCopy, noticeMarkdown, noticeTitles, noticeYaml } from '../report/notice.js';
import { sanitize, sanitizeLines } from '../text/sanitize.js';
import { writeAtomically } from '../write/atomic.js';
import { openAsOf } from './gate.js';
import { ExitError, type Io } from './io.js';
import type { GlobalOptions } from './options.js';
import { refuseBusyRepo } from './report-care.js';
import { zoneCalendar } from '../model/calendar.js';

export interface NoticeOptions {
  unit?: string;
  asOf?: string;
  kind?: string;
  /** false with --no-commit. */
  commit?: boolean;
}

/**
 * docs/supervisors.md: `wuzhong notice --unit U`, a numbered notice listing the unit's overdue and at-risk nodes,
 * written as notices/<year>/<NNN>.yaml plus printable .md and .docx copies, and committed (exactly those three files)
 * like `report`. Should the Word copy fail, the record and the Markdown copy stand and are committed without it.
 */
export async function noticeCommand(io: Io, global: GlobalOptions, opts: NoticeOptions): Promise<number> {
  const opened = await openAsOf(io, global, 'notice', { asOf: opts.asOf, unit: opts.unit });
  if (opened === undefined) return 1;
  const { loaded, asOf, filters } = opened;
  const t = messages(loaded.lang).noticeCli;
  const say = (line: string) => io.stdout(`${sanitizeLines(line)}\n`);
  if (filters.unit === undefined) throw new ExitError(t.needUnit, 2);
  const kind = (opts.kind ?? '督办') as NoticeKind;
  if (!NOTICE_KINDS.includes(kind)) throw new ExitError(t.badKind(kind), 2); // commander's choices() refuses it first
  const commit = opts.commit !== false;
  let repo: GitRepo | undefined;
  if (commit) {
    repo = await gitStep(() => findRepo(loaded.root, io.env));
    if (repo !== undefined) await refuseBusyRepo(repo, loaded.lang);
  }
  const draft = draftNotice({
    zone: loaded.zone, unit: filters.unit, asOf, kind, calendar: zoneCalendar(loaded.zone.config),
    paths: loaded.files.map((f) => f.path), lang: loaded.lang,
  });
  if (draft === undefined) {
    say(t.nothing(filters.unit, asOf));
    return 0;
  }
  const titles = noticeTitles(loaded.zone);
  const zone = loaded.zone.config?.zone ?? '';
  const files: { rel: string; text: string | Uint8Array }[] = [
    { rel: draft.yamlPath, text: noticeYaml(draft.data, loaded.lang) },
    { rel: draft.mdPath, text: noticeMarkdown(draft.data, zone, titles, loaded.lang) },
  ];
  for (const f of files) writeAtomically(join(loaded.root, f.rel), f.text);
  try {
    const { noticeDocx } = await import('../office/docx/notice.js');
    const bytes = await noticeDocx(noticeCopy(draft.data, zone, titles, loaded.lang), draft.data.date);
    writeAtomically(join(loaded.root, draft.docxPath), bytes);
    files.push({ rel: draft.docxPath, text: bytes });
  } catch (e) {
    io.stderr(`${sanitizeLines(t.noDocx(e instanceof Error ? e.message : String(e)))}\n`);
  }
  say(t.wrote(files.map((f) => f.rel), draft.data.number));
  if (!commit) {
    say(t.notCommitted);
    return 0;
  }
  if (repo === undefined) {
    say(t.notRepo(loaded.root));
    return 0;
  }
  const subject = `notice(${draft.id}): ${sanitize(draft.data.number)} ${sanitize(draft.data.unit)} ${draft.data.kind}`;
  const abs = files.map((f) => join(loaded.root, f.rel));
  const result = await gitStep(() => commitFiles(repo!, abs, () => subject)).catch((e: unknown) => {
    if (e instanceof ExitError) throw new ExitError(t.failed(e.message), 1);
    throw e;
  });
  if (result.kind === 'index-locked') throw new ExitError(t.locked(result.lock), 1);
  if (result.kind === 'committed') say(t.committed(result.commit.slice(0, 7), subject, files.length));
  return 0;
}

async function gitStep<T>(step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (e) {
    if (!(e instanceof GitError)) throw e;
    throw new ExitError(e.kind === 'no-git' ? 'git not found' : `git: ${e.detail}`, e.kind === 'no-git' ? 2 : 1);
  }
}
