import type { Registry } from "../registry/index.ts";

/**
 * A Japanese name the press misspells by a letter ("Hamada Yasukasu" for Hamada Yasukazu, "Iwaya Takesi" for
 * Iwaya Takeshi, "Kishi Nobua"): two words in Latin letters, one of them a registry person's family or given name as
 * it is, the other that person's other name within a letter or two (a typo, a letter left out or doubled, two letters
 * swapped), in either order. It names that person when exactly one registry person is so near; the spelling stays
 * the name as written.
 */
export function nearJapaneseName(first: string, second: string, registry: Registry): string | null {
  if (!LATIN.test(first) || !LATIN.test(second)) return null;
  const index = indexOf(registry);
  const a = first.toLowerCase();
  const b = second.toLowerCase();
  const ids = new Set<string>();
  for (const [exact, other] of [
    [a, b],
    [b, a],
  ] as const) {
    for (const { id, rest } of index.get(exact) ?? []) if (rest !== other && near(rest, other)) ids.add(id);
  }
  return ids.size === 1 ? [...ids][0]! : null;
}

/**
 * Whether two written words are a Japanese person's name with both words misspelled, in either order ("Takeo Yamata"
 * for Yamada Takio): each within a letter or two of one of its words (see `near`). For a name another fact points to
 * (the one holder of the post written beside it), not a search of the registry: two letters off in each word is too
 * loose a key on its own.
 */
export function nearBoth(first: string, second: string, name: string): boolean {
  if (!LATIN.test(first) || !LATIN.test(second)) return false;
  const words = name.toLowerCase().split(/\s+/u);
  if (words.length !== 2) return false;
  const [x, y] = words as [string, string];
  const [a, b] = [first.toLowerCase(), second.toLowerCase()];
  return (near(x, a) && near(y, b)) || (near(x, b) && near(y, a));
}

const LATIN = /^[A-Z][a-z]{1,14}$/;

/** Each word of a Japanese registry name → the people with it and the other word of their name. */
type Index = ReadonlyMap<string, readonly { readonly id: string; readonly rest: string }[]>;
const indexes = new WeakMap<Registry, Index>();

function indexOf(registry: Registry): Index {
  let index = indexes.get(registry);
  if (!index) {
    const m = new Map<string, { id: string; rest: string }[]>();
    for (const p of registry.persons) {
      if (p.country !== "JP") continue;
      for (const name of [p.name, ...p.aliases]) {
        const words = name.toLowerCase().split(/\s+/u);
        if (words.length !== 2 || !words.every((w) => /^[a-z]+$/.test(w))) continue;
        const [x, y] = words as [string, string];
        for (const [k, rest] of [
          [x, y],
          [y, x],
        ] as const) {
          const list = m.get(k) ?? m.set(k, []).get(k)!;
          if (!list.some((e) => e.id === p.person_id && e.rest === rest)) list.push({ id: p.person_id, rest });
        }
      }
    }
    indexes.set(registry, (index = m));
  }
  return index;
}

/**
 * Whether a written word is a near spelling of a name word: the same first letter, and one edit apart (two for a name
 * of seven letters or more), counting a swap of two neighbouring letters as one.
 */
export function near(name: string, written: string): boolean {
  if (name[0] !== written[0]) return false;
  const most = name.length >= 7 ? 2 : 1;
  if (Math.abs(name.length - written.length) > most) return false;
  return editDistance(name, written, most) <= most;
}

/** Damerau–Levenshtein distance (optimal string alignment), stopping once it must exceed `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > limit) return limit + 1;
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}
