import type { Person } from "./types.ts";

/**
 * Name normalisation for lookups. Two forms are used:
 * - `normalizeName`: NFC, lower case, hyphens/dashes/underscores/dots and
 *   runs of whitespace folded to one space, trimmed. Diacritics are kept.
 * - `foldName`: `normalizeName` without diacritics (đ → d, macrons dropped).
 * Names written in Chinese characters are compared with all spaces removed.
 */

const SEPARATORS = /[\s\u00a0\u2010-\u2015\u2212\-_.·・,]+/gu;
const COMBINING = /\p{M}+/gu;
/** A Chinese character: names written in them are compared without spaces. */
export const HAN = /\p{Script=Han}/u;

export function normalizeName(s: string): string {
  const n = s.normalize("NFC").toLowerCase().replace(SEPARATORS, " ").trim();
  return HAN.test(n) ? n.replace(/ /g, "") : n;
}

export function foldName(s: string): string {
  return normalizeName(s)
    .replace(/đ/g, "d")
    .normalize("NFD")
    .replace(COMBINING, "")
    .normalize("NFC");
}

/** True when the normalised name carries no diacritics (its folded form is itself). */
export function isFolded(s: string): boolean {
  const n = normalizeName(s);
  return n === foldName(n);
}

/** A name with its first token moved to the end ("Kishi Nobuo" → "Nobuo Kishi"). */
export function otherOrder(name: string): string | null {
  const parts = normalizeName(name).split(" ");
  if (parts.length < 2) return null;
  return [...parts.slice(1), parts[0]].join(" ");
}

/**
 * Every spelling under which a person is found, in normalised form (diacritics
 * kept): canonical name, stored aliases, Chinese-character names, and for
 * Japanese people the other name order of the name and of each alias.
 * Vietnamese names are indexed in their usual order only.
 */
export function spellingsOf(person: Person): string[] {
  const out = new Set<string>();
  const latin = [person.name, ...person.aliases];
  for (const n of latin) {
    out.add(normalizeName(n));
    if (person.country === "JP") {
      const swapped = otherOrder(n);
      if (swapped) out.add(swapped);
    }
  }
  for (const han of [person.name_han, person.name_zh]) if (han) out.add(normalizeName(han));
  out.delete("");
  return [...out];
}
