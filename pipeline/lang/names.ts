import { Remembered } from "./remembered.ts";
import { isRomajiWord, isVietnameseSyllable } from "./syllables.ts";

/**
 * The shape of a person's name, whoever the registry knows: a Vietnamese
 * name is two to four Vietnamese syllables, each capitalised, the first a
 * surname (the lexicon's inventory); a Japanese name is two romaji words in
 * either order, told apart by how often each word is a family or a given
 * name in a names dictionary (ENAMDICT, reference/japanese-names.tsv).
 * Canonical forms follow the codebook: Japanese family name first, Hepburn
 * without macrons, whatever order the article used.
 */
export interface NameModel {
  readonly vnSurnames: ReadonlySet<string>;
  /** Folded romaji (see romajiKey) → [entries as a family name, entries as a given name]. */
  readonly japanese: ReadonlyMap<string, readonly [number, number]>;
}

export interface ReadName {
  readonly country: "VN" | "JP";
  /** Family name first. */
  readonly canonical: string;
  /** For a Japanese name, whether the order was decided by the dictionary (else kept as written). */
  readonly ordered: boolean;
}

/**
 * A romaji word as the dictionary is keyed: lower case, macrons and
 * apostrophes dropped, long vowels folded (ou, oo → o; uu → u; aa → a), so
 * "Tarou", "Tarō" and "Taro" are one key.
 */
export function romajiKey(word: string): string {
  let key = romajiKeys.get(word);
  if (key === undefined) {
    if (romajiKeys.size >= 100_000) romajiKeys.clear();
    key = word
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/['’-]/g, "")
      .replace(/ou|oo/g, "o")
      .replace(/uu/g, "u")
      .replace(/aa/g, "a");
    romajiKeys.set(word, key);
  }
  return key;
}
/** The keys of the words seen (capitalised words recur across a corpus; at most 100,000, then learnt anew). */
const romajiKeys = new Map<string, string>();

/** The name's words compared whatever their order: lower case, NFC, sorted ("Taro Yamada" = "Yamada Taro"). */
export function nameKey(name: string): string {
  return name
    .normalize("NFC")
    .toLowerCase()
    .split(/[\s.,;:()"'\-–]+/u)
    .filter(Boolean)
    .sort()
    .join(" ");
}

const CAPITALISED = /^\p{Lu}[\p{Ll}\p{M}]*$/u;

/** Smoothed share of a word's dictionary entries that are family names (0.5 when the dictionary does not know it). */
function familyShare(model: NameModel, word: string): number {
  const [f, g] = model.japanese.get(romajiKey(word)) ?? [0, 0];
  return (f + 1) / (f + g + 2);
}

/**
 * A Japanese family name written alone ("Đại tá Yamada"): one romaji word, no Vietnamese syllable, that the
 * dictionary knows as a family name. Only a rank or an honorific before it makes it a person.
 */
export function readFamilyName(model: NameModel, word: string): ReadName | null {
  // The people pass asks it of every capitalised word alone and of the last of every run: each is read once per model.
  let memo = familyNames.get(model);
  if (!memo) familyNames.set(model, (memo = new Remembered((w) => readFamilyNameUncached(model, w))));
  return memo.of(word);
}
const familyNames = new WeakMap<NameModel, Remembered<ReadName | null>>();

function readFamilyNameUncached(model: NameModel, word: string): ReadName | null {
  if (isVietnameseSyllableOnly(word)) return null; // (a mark romaji never has: the cheapest test first)
  const [family] = model.japanese.get(romajiKey(word)) ?? [0, 0];
  if (family === 0 || !CAPITALISED.test(word) || !isRomajiWord(word) || isVietnameseSyllable(word) || isVietnameseSyllableOnly(word)) return null;
  return { country: "JP", canonical: word, ordered: true };
}

/** Whether the dictionary knows the word as a Japanese name at all. */
export function isJapaneseNameWord(model: NameModel, word: string): boolean {
  return isRomajiWord(word) && model.japanese.has(romajiKey(word));
}

/**
 * Family name first or given name first: the order whose family word is
 * more often a family name and whose given word more often a given name,
 * by at least half again; null when the dictionary cannot tell.
 */
export function japaneseOrder(model: NameModel, a: string, b: string): "family-first" | "given-first" | null {
  const fa = familyShare(model, a);
  const fb = familyShare(model, b);
  const asWritten = fa * (1 - fb);
  const reversed = fb * (1 - fa);
  if (asWritten >= 1.5 * reversed) return "family-first";
  if (reversed >= 1.5 * asWritten) return "given-first";
  return null;
}

/**
 * What a run of capitalised words is as a person's name, or null when it
 * has no name's shape. Vietnamese: 2–4 syllables, a surname first, a tone
 * mark or a letter of Vietnamese somewhere (romaji has none). Japanese: two
 * romaji words, at least one a name the dictionary knows.
 */
export function readName(model: NameModel, words: readonly string[]): ReadName | null {
  // Runs of capitalised words recur from article to article: each is read once per model.
  let memo = readNames.get(model);
  if (!memo) readNames.set(model, (memo = new Remembered((key) => readNameUncached(model, key.split(WORD_JOIN)))));
  return memo.of(words.join(WORD_JOIN));
}
const readNames = new WeakMap<NameModel, Remembered<ReadName | null>>();
/** Joins a run's words into one key (no word holds it). */
const WORD_JOIN = "\u0000";

function readNameUncached(model: NameModel, words: readonly string[]): ReadName | null {
  if (words.length < 2 || words.length > 4 || !words.every((w) => CAPITALISED.test(w))) return null;
  if (model.vnSurnames.has(words[0]!) && words.every((w) => isVietnameseSyllable(w)) && /[^\x00-\x7f]/.test(words.join(""))) {
    return { country: "VN", canonical: words.join(" "), ordered: true };
  }
  if (words.length === 2 && words.every((w) => isRomajiWord(w) && !isVietnameseSyllableOnly(w)) && words.some((w) => model.japanese.has(romajiKey(w)))) {
    const order = japaneseOrder(model, words[0]!, words[1]!);
    const canonical = order === "given-first" ? `${words[1]} ${words[0]}` : words.join(" ");
    return { country: "JP", canonical, ordered: order !== null };
  }
  return null;
}

/** A word that is a Vietnamese syllable with a mark romaji never has ("Lâm"): not romaji, whatever isRomajiWord says of its letters. */
function isVietnameseSyllableOnly(word: string): boolean {
  return /[^\x00-\x7f]/.test(word);
}

/** Parses reference/japanese-names.tsv: `key<TAB>family entries<TAB>given entries`, `#` comments. */
export function parseJapaneseNames(tsv: string): Map<string, readonly [number, number]> {
  const out = new Map<string, readonly [number, number]>();
  for (const line of tsv.split("\n")) {
    if (!line || line.startsWith("#")) continue;
    const [key, f, g] = line.split("\t");
    if (key && f !== undefined && g !== undefined) out.set(key, [Number(f), Number(g)]);
  }
  return out;
}
