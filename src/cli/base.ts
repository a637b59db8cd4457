import type { Diagnostic } from '../model/diagnostic.js';
import { ExitError } from './io.js';
import type { LoadedZone } from './zone.js';

/** `check --base REV`: filled in by the review-gate work (issue 5). */
export async function compareWithBase(loaded: LoadedZone, _asOf: string, rev: string, _diagnostics: Diagnostic[]): Promise<Diagnostic[]> {
  throw new ExitError(loaded.lang === 'en' ? `--base ${rev}: not available yet` : `--base ${rev}：尚未支持`, 2);
}
