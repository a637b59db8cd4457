import { msg, type Message } from '../i18n/index.js';

const MAX_FILE_BYTES = 1024 * 1024;

export type Decoded =
  | { ok: true; text: string }
  | { ok: false; message: Message; line: number; column: number };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** UTF-8 with an optional BOM; anything else is a positioned `yaml` problem. */
export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length > MAX_FILE_BYTES) return { ok: false, message: msg('tooLarge', bytes.length), line: 1, column: 1 };
  // A UTF-16 byte order mark: Windows Notepad's "Unicode" encoding.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return { ok: false, message: msg('utf16'), line: 1, column: 1 };
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { ok: false, message: msg('binary'), ...bytePos(bytes, nul) };
  try {
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    const bad = firstInvalidUtf8(bytes);
    return { ok: false, message: msg('notUtf8', looksLikeGbk(bytes)), ...bytePos(bytes, bad) };
  }
}

function bytePos(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1, lineStart = 0;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) { line++; lineStart = i + 1; }
  const column = utf8Length(bytes.subarray(lineStart, offset)) + 1;
  return { line, column };
}

/** UTF-16 code units before the bad byte on its line, as columns are counted everywhere else. */
function utf8Length(prefix: Uint8Array): number {
  try {
    return utf8.decode(prefix).length;
  } catch {
    return prefix.length;
  }
}

function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    const n = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (((b[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return 0;
}

/** GBK/GB18030 text decodes cleanly and yields mostly CJK characters where it is not ASCII. */
function looksLikeGbk(bytes: Uint8Array): boolean {
  let text: string;
  try {
    text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  let cjk = 0, other = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) continue;
    if ((cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3000 && cp <= 0x303f) || (cp >= 0xff00 && cp <= 0xffef)) cjk++;
    else other++;
  }
  return cjk > 0 && cjk >= other * 4;
}
