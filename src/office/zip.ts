import { unzipSync, zipSync, type Zippable } from 'fflate';

/**
 * The same Office package with every date fixed, so the same data gives the same bytes: the writing libraries stamp
 * each zip entry with the wall clock and docProps/core.xml with "now". Entries keep their order (the content types
 * first, as Office expects); `day` (YYYY-MM-DD) becomes both the entries' time and the document's created/modified.
 */
export function fixedZip(bytes: Uint8Array, day: string): Uint8Array {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  // Noon, so no time zone turns the DOS date (local time inside the zip) into another day.
  const mtime = new Date(y, m - 1, d, 12, 0, 0);
  const entries = unzipSync(bytes);
  const out: Zippable = {};
  for (const [name, data] of Object.entries(entries)) {
    const fixed = name === 'docProps/core.xml' ? fixCoreDates(data, `${day}T00:00:00Z`) : data;
    out[name] = [fixed, { mtime, level: 6 }];
  }
  return zipSync(out, { mtime });
}

function fixCoreDates(xml: Uint8Array, iso: string): Uint8Array {
  const text = new TextDecoder().decode(xml).replace(
    /(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g,
    (_m, open: string, _k: string, close: string) => `${open}${iso}${close}`,
  );
  return new TextEncoder().encode(text);
}
