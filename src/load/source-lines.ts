import type { Zone } from '../model/zone.js';
import type { RawFile } from './build.js';

/** Line lookup for carets: only files with findings are decoded again, from the bytes already read. */
export function sourceLines(
  loaded: { zone: Zone; files: readonly RawFile[] },
): (file: string, line: number) => string | undefined {
  // A misplaced file is not read as data, so its first line would only mislead.
  const misplaced = new Set(loaded.zone.diagnostics.filter((d) => d.rule === 'path').map((d) => d.file));
  const bytes = new Map(loaded.files.filter((f) => !misplaced.has(f.path)).map((f) => [f.path, f.bytes]));
  const cache = new Map<string, string[]>();
  return (file, line) => {
    let lines = cache.get(file);
    if (!lines) {
      const raw = bytes.get(file);
      if (!raw) return undefined;
      lines = readable(raw).split(/\r?\n/);
      cache.set(file, lines);
    }
    return lines[line - 1];
  };
}

/** Text for showing a line: UTF-8, else GB18030 (so a GBK file shows its Chinese, not replacement marks). */
function readable(bytes: Uint8Array): string {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined;
  for (const label of utf16 ? [utf16] : ['utf-8', 'gb18030']) {
    try {
      return new TextDecoder(label, { fatal: true }).decode(bytes);
    } catch {
      // try the next encoding
    }
  }
  return new TextDecoder().decode(bytes);
}
