import { Remembered } from "./remembered.ts";
import { isRomajiWord } from "./syllables.ts";

/**
 * Older Vietnamese press spells Japanese names syllable by syllable in
 * Vietnamese orthography: "Y-a-xu-ô I-chi-ca-oa" (Ichikawa Yasuo),
 * "Y-ô-si-hi-cô Nô-đa" (Noda Yoshihiko). This turns such a spelling back
 * into Hepburn-like romaji by the rules of that orthography, so the registry
 * can be searched for the name. It knows no name: the rules are about
 * letters (c/k/q → k, x → s, si → shi, oa and va → wa, đ → d, tr → ts, gh → g,
 * a lone y before a vowel glides into it, a syllable closed by the consonant
 * the next one doubles: "Hát-tô-ri" → hattori, "Cát-xu" → katsu ...).
 */

/** A Japanese syllable's onset in romaji: an optional consonant, with a y glide. */
const ONSET = "(?:(?:k|s|sh|t|ch|ts|n|h|f|m|y|r|w|g|z|j|d|b|p)y?)?";
/** A Japanese syllable in romaji: an onset and a vowel, or a final n. */
const MORA = new RegExp(`^${ONSET}[aiueo]n?$|^n$`);

/**
 * A Japanese syllable closed by the consonant the next one doubles: "Hát-tô-ri" (Hattori), "Sáp-pô-rô" (Sapporo),
 * "Níp-pôn"; and "tsu", which the orthography writes as a closed syllable and "xu" ("Cát-xu-tô-si", Katsutoshi;
 * "Mát-xu-mô-tô", Matsumoto).
 */
const CLOSED = new RegExp(`^${ONSET}[aiueo]([tkp])$`);

/** Whether syllable i of a word is one, or one closed by the consonant of the syllable after it (see `CLOSED`). */
function japaneseSyllable(syllables: readonly string[], i: number): boolean {
  const s = syllables[i]!;
  if (MORA.test(s)) return true;
  const closing = CLOSED.exec(s)?.[1];
  const next = syllables[i + 1];
  return closing !== undefined && next !== undefined && MORA.test(next) && (next.startsWith(closing) || (closing === "t" && next.startsWith("s")));
}

/** Whether a word is a hyphenated Vietnamese-phonetic rendering: two or more syllables, each a Japanese syllable. */
export function isPhoneticWord(word: string): boolean {
  if (!word.includes("-") && !word.includes("‐")) return false;
  // (A hyphenated word is split and read syllable by syllable, for each pass of the people reading that meets it: each
  // is read once.)
  return phoneticWords.of(word);
}
const phoneticWords = new Remembered(readsAsPhonetic);

function readsAsPhonetic(word: string): boolean {
  const parts = word.split(/[-‐]/);
  if (parts.length < 2 || !parts.every((p) => /^[\p{L}]{1,4}$/u.test(p))) return false;
  const syllables = parts.map(syllable);
  return syllables.every((_, i) => japaneseSyllable(syllables, i));
}

/** Romaji of one hyphenated word ("I-chi-ca-oa" → "ichikawa"), or null when it is not one. */
export function phoneticToRomaji(word: string): string | null {
  if (!isPhoneticWord(word)) return null;
  const syllables = word.split(/[-‐]/).map(syllable);
  const out: string[] = [];
  for (let i = 0; i < syllables.length; i++) {
    const s = syllables[i]!;
    const next = syllables[i + 1];
    // "Y-a", "Y-ô", "Y-u": a lone y glides into the vowel after it (ya, yo, yu).
    if (s === "i" && next && /^[aou]/.test(next) && /^y/i.test(word.split(/[-‐]/)[i]!)) {
      out.push(`y${next}`);
      i++;
    } else out.push(s);
  }
  return out.join("");
}

/** Whether a word without hyphens is one Japanese syllable in that orthography ("Gen", "Ken"): a given name beside a hyphenated one. */
export function isPhoneticSyllable(word: string): boolean {
  return /^\p{Lu}\p{Ll}{0,3}$/u.test(word) && MORA.test(syllable(word));
}

/**
 * Romaji of a whole name written phonetically ("Y-a-xu-ô I-chi-ca-oa" → "Yasuo Ichikawa"; "Gen Na-ca-ta-ni", a
 * one-syllable word beside a hyphenated one; "Ô-nô-đê-ra Itsunori", one half already in romaji), or null.
 */
export function phoneticNameToRomaji(name: string): string | null {
  const words = name.trim().split(/\s+/);
  if (!words.some(isPhoneticWord)) return null;
  const romaji = words.map((w) => phoneticToRomaji(w) ?? (isPhoneticSyllable(w) ? syllable(w) : /^\p{Lu}/u.test(w) && isRomajiWord(w) ? w.toLowerCase() : null));
  if (romaji.some((r) => r === null)) return null;
  return (romaji as string[]).map((r) => r.charAt(0).toUpperCase() + r.slice(1)).join(" ");
}

function syllable(s: string): string {
  let x = s
    .toLowerCase()
    .replace(/đ/g, "d")
    .normalize("NFD")
    .replace(/[\u0300-\u0303\u0309\u0323]/g, "") // tone marks
    .normalize("NFC")
    .replace(/[ôơ]/g, "o")
    .replace(/ư/g, "u")
    .replace(/[âă]/g, "a")
    .replace(/ê/g, "e");
  x = x
    .replace(/^ph/, "f")
    .replace(/^(c(?!h)|q|k)/, "k")
    .replace(/^x/, "s")
    .replace(/^si$/, "shi")
    .replace(/^gi/, "j")
    .replace(/^gh/, "g")
    .replace(/^tr/, "ts")
    .replace(/^oa$/, "wa")
    .replace(/^v(?=a$)/, "w")
    .replace(/^y$/, "i")
    // (A closing c is the k of the syllable after it: "Hóc-ca" → hokka.)
    .replace(/(?<=[aiueo])c$/, "k");
  return x;
}
