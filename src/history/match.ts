import type { Milestone } from '../model/item.js';

/** Titles are compared as people read them: after Unicode NFC. */
export const nfc = (s: string) => s.normalize('NFC');

/** One item file at REV, as far as matching needs it. */
export interface MatchBase {
  key: string;
  id: string;
  oid: string;
  title: string | undefined;
}

/** One item file now with no file of the same `<list>/<id>` at REV. */
export interface MatchNow {
  key: string;
  id: string;
  oid: string | undefined;
  title: string;
}

/**
 * Where each gone file went (base key → new key), if anywhere: a new file with the very same bytes (what git
 * calls an exact rename), else the same id in another list, else the same NFC title. Each new file is claimed once.
 */
export function matchGoneItems(gone: readonly MatchBase[], added: readonly MatchNow[]): Map<string, string> {
  const matches = new Map<string, string>();
  const taken = new Set<string>();
  const pass = (test: (g: MatchBase, a: MatchNow) => boolean) => {
    for (const g of gone) {
      if (matches.has(g.key)) continue;
      const a = added.find((x) => !taken.has(x.key) && test(g, x));
      if (a) { matches.set(g.key, a.key); taken.add(a.key); }
    }
  };
  pass((g, a) => a.oid !== undefined && a.oid === g.oid);
  pass((g, a) => a.id === g.id);
  pass((g, a) => g.title !== undefined && nfc(a.title) === nfc(g.title));
  return matches;
}

/** A milestone now (`index` in `milestones`) and its version at REV. */
export interface MilestonePair {
  base: Milestone;
  now: Milestone;
  index: number;
  /** Matched as the one rename of its item (titles differ). */
  renamed: boolean;
}

export interface MilestoneMatch {
  pairs: MilestonePair[];
  /** At REV, with no counterpart now. */
  gone: Milestone[];
  /** New since REV, with their index now. */
  added: { milestone: Milestone; index: number }[];
}

/** Milestones by NFC title; exactly one gone plus one new in an item is a rename and compared as one. */
export function matchMilestones(
  base: readonly Milestone[] | undefined, now: readonly Milestone[] | undefined,
): MilestoneMatch {
  const m = matchByTitle(base, now, (x) => x.title);
  return { pairs: m.pairs, gone: m.gone, added: m.added.map(({ entry, index }) => ({ milestone: entry, index })) };
}

/** Entries (milestones, a meeting's decisions) matched by NFC title; one gone plus one new is a rename. */
export function matchByTitle<T>(
  base: readonly T[] | undefined, now: readonly T[] | undefined, title: (t: T) => string,
): { pairs: { base: T; now: T; index: number; renamed: boolean }[]; gone: T[]; added: { entry: T; index: number }[] } {
  const before = new Map<string, T>();
  for (const m of base ?? []) if (!before.has(nfc(title(m)))) before.set(nfc(title(m)), m);
  const used = new Set<T>();
  const pairs: { base: T; now: T; index: number; renamed: boolean }[] = [];
  const added: { entry: T; index: number }[] = [];
  (now ?? []).forEach((m, index) => {
    const b = before.get(nfc(title(m)));
    if (b && !used.has(b)) { pairs.push({ base: b, now: m, index, renamed: false }); used.add(b); }
    else added.push({ entry: m, index });
  });
  const gone = (base ?? []).filter((m) => !used.has(m));
  if (gone.length === 1 && added.length === 1) {
    pairs.push({ base: gone[0]!, now: added[0]!.entry, index: added[0]!.index, renamed: true });
    pairs.sort((a, b) => a.index - b.index);
    return { pairs, gone: [], added: [] };
  }
  return { pairs, gone, added };
}
