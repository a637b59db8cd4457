import type { Lang } from '../i18n/index.js';
import { msg, render } from '../i18n/index.js';
import { buildZone, type RawFile } from '../load/build.js';
import type { Zone } from '../model/zone.js';
import type { ImportPlan } from './plan.js';

type Planned = Extract<ImportPlan, { ok: true }>;

/** The zone as an import would leave it: the same files with the planned texts in place, checked before writing. */
export function zoneAfterImport(files: readonly RawFile[], texts: ReadonlyMap<string, string>): {
  files: RawFile[]; zone: Zone;
} {
  const encode = (t: string) => new TextEncoder().encode(t);
  const after = files.map((f) => (texts.has(f.path) ? { ...f, bytes: encode(texts.get(f.path)!) } : f));
  return { files: after, zone: buildZone(after, undefined) };
}

/** The commit of one returned sheet on `sheet import --branch`: what it is, then the items it changed. */
export function sheetCommitMessage(plan: Planned, sheet: Planned['sheets'][number], lang: Lang): string {
  const file = sheet.file.split(/[/\\]/).pop() ?? sheet.file;
  const subject = render(msg('sheetCommitSubject', sheet.month, sheet.unit, file), lang);
  const changed = plan.changes.filter((c) => sheet.texts.has(c.item.file.path)).map((c) => `- ${c.item.key}`);
  return [subject, '', ...changed, ''].join('\n');
}
