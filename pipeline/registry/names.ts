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

/**
 * A Japanese name in romaji folded to what a Vietnamese phonetic spelling
 * keeps of it ("Ki-ta-da-oa Tô-si-mi" is Kitazawa Toshimi; "I-xư-nô-ri" is
 * Itsunori): that orthography writes z, j and d alike (d, gi), tsu and su
 * alike (xư), shi as si, f as h (ph), l for r, and no long vowels. Both the
 * registry's names and a phonetic spelling turned into romaji are folded so,
 * and compared whole: the sounds, not a guess at the name.
 */
export function japaneseSoundKey(romaji: string): string {
  return foldName(romaji)
    .replace(/[^a-z ]/g, "")
    .replace(/tsu/g, "su")
    .replace(/ts/g, "s")
    .replace(/sh/g, "s")
    .replace(/[zj]/g, "d")
    .replace(/f/g, "h")
    .replace(/l/g, "r")
    .replace(/([aiueo])\1/g, "$1")
    .replace(/ou/g, "o")
    .replace(/\s+/g, " ")
    .trim();
}

