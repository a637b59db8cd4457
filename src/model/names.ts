/** Names and titles people read as equal must be equal to the tool (units, leaders, titles); pure. */

/**
 * Characters a reader cannot see or that change how text around them shows:
 * control, format (Cf), private-use, lone surrogates.
 */
const HIDDEN = /[\p{Cc}\p{Cf}\p{Co}\p{Cs}]/u;

/**
 * A clean name or title: no hidden character, no whitespace of any kind at either end. The same
 * pattern goes into the JSON Schemas (with the `u` flag, as JSON Schema patterns are read).
 */
export const CLEAN_NAME = /^(?![\s\S]*[\p{Cc}\p{Cf}\p{Co}\p{Cs}])\S(?:[\s\S]*\S)?$/u;

export type NameFault = { kind: 'hidden'; char: string } | { kind: 'padded' } | { kind: 'empty' };

/** Why a name is not clean, or undefined when it is. */
export function nameFault(s: string): NameFault | undefined {
  const hidden = HIDDEN.exec(s);
  if (hidden) return { kind: 'hidden', char: hidden[0] };
  if (s.trim() === '') return { kind: 'empty' };
  if (/^\s|\s$/u.test(s)) return { kind: 'padded' };
  return undefined;
}

/**
 * The key under which two names look alike: NFKC (full-width ＡＢＣ = ABC, ① = 1), case folded,
 * all whitespace and hidden characters removed. Lower-upper-lower folds ß/ẞ and final sigma too.
 */
export function lookalikeKey(s: string): string {
  return s.normalize('NFKC').toLowerCase().toUpperCase().toLowerCase().normalize('NFKC').replace(/[\s\p{Cc}\p{Cf}\p{Co}\p{Cs}]/gu, '');
}
