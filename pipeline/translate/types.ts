/**
 * Types shared by the translate-fix language core (pure functions, no I/O).
 * The caller (the translate-fix stage) supplies the people; nothing here knows
 * any particular name.
 */

import type { TokenClass } from "../lang/syllables.ts";
export type { PinyinShare, TokenClass } from "../lang/syllables.ts";

/** Options for generating Mandarin spellings of a Chinese-character name. */
export interface SpellingOptions {
  /** characters of the family name; default 1, or 2 when `japanese` is set */
  familyLength?: number;
  /** a Japanese name written in kanji: add the Chinese form's reading for Japanese variant characters (浜 → 滨 bin) first */
  japanese?: boolean;
  /** at most this many reading combinations (heteronyms) of the family name, and as many of the given name; default 8, the package's contextual reading first */
  maxReadingCombos?: number;
  /** further readings per character of the name (see translate/readings.ts), tried after the package's */
  extraReadings?: readonly (readonly string[])[];
  /** "all" (default): every split/join of the syllables; "canonical": only "Family Given" */
  groupings?: "all" | "canonical";
  /** how ü is written in the output spellings; default "u" ("Lu"), also "v" ("Lv") or "ü" */
  umlaut?: "u" | "v" | "ü";
}

/** A further spelling of a person's name, split into family and given parts (e.g. Hán-Việt readings supplied by the registry). */
export interface NameVariant {
  /** label shown in reasons, e.g. "han-viet" */
  system: string;
  family: string;
  given?: string;
}

/** A person the caller wants garbled spans matched against. */
export interface NameCandidate {
  /** the caller's id (registry id); matches are reported by it */
  id: string;
  /** canonical Latin-script name, e.g. "Nguyễn Phú Trọng" or "Nakatani Gen" */
  name?: string;
  /** words of `name` that form the family name; default 1 */
  nameFamilyWords?: number;
  /** order of `name`; default "family-first" */
  nameOrder?: "family-first" | "given-first";
  /** the name in Chinese characters (阮富仲, 中谷元), from which pinyin forms are generated */
  han?: string;
  /** further Mandarin readings per character of `han` (dictionary readings, then the sounds of its phonetic series) */
  hanReadings?: readonly (readonly string[])[];
  /**
   * Mandarin readings per syllable of `name`, for a Vietnamese name with no `han`: guessed from the characters that
   * have each syllable as their Sino-Vietnamese reading ("Phạm Hoài Nam" → fan, huai, nan)
   */
  guessedReadings?: readonly (readonly string[])[];
  /** characters of `han` that form the family name; default 1 (2 for origin "japanese") */
  familyLength?: number;
  /** "japanese" enables Japanese variant-character readings and given-first native forms */
  origin?: "vietnamese" | "japanese" | "other";
  variants?: readonly NameVariant[];
}

export type MatchKind =
  /** the span is one of the candidate's spellings, syllable for syllable */
  | "exact"
  /** syllables within a small edit distance, or one syllable replaced */
  | "near"
  /** family name in one system, given name in another ("Nakatani Yuan") */
  | "mixed"
  /** the family name alone */
  | "family-only"
  /** family name matches; the given-name part is not well-formed Vietnamese nor pinyin and shares its start with the real one */
  | "garbled-given"
  /** family name matches; the given-name part is a different well-formed name sharing the initial sound */
  | "partial-given";

export interface Match {
  candidateId: string;
  /** confidence in [0, 1] */
  score: number;
  kind: MatchKind;
  /** spelling system(s) of the form matched: "native", "pinyin", a variant's system, or "native+pinyin" */
  system: string;
  /** the candidate form the span was compared with, as syllables joined by spaces */
  form: string;
  /** human-readable explanation, for the evidence column of a fix */
  reason: string;
}

export type MatchStatus =
  /** one candidate at or above the threshold, no other within the margin */
  | "match"
  /** two or more candidates within the margin: never resolved here */
  | "ambiguous"
  /** best candidate below the threshold but above the floor: the caller decides with context */
  | "weak"
  | "none";

export interface MatchResult {
  span: string;
  status: MatchStatus;
  /** set for "match" and "weak"; never for "ambiguous" */
  best?: Match;
  /** best match of every candidate scoring at least the floor, highest first */
  contenders: Match[];
}

export interface MatchOptions {
  /** score at or above which a single best candidate is a "match"; default 0.75 */
  threshold?: number;
  /** lowest score reported at all; default 0.4 */
  floor?: number;
  /** two candidates closer than this are "ambiguous"; default 0.05 */
  margin?: number;
}

export interface SpanToken {
  text: string;
  /** offsets in the input string (UTF-16 code units), end exclusive */
  start: number;
  end: number;
  cls: TokenClass;
  /** a long word that reads as Japanese Hepburn romaji ("Nakatani"), not taken as pinyin evidence */
  romaji: boolean;
}

export interface GarbledSpan {
  /** offsets of the span in the input string (UTF-16 code units), end exclusive */
  start: number;
  end: number;
  text: string;
  /**
   * "pinyin": holds a token that is pinyin but not Vietnamese;
   * "garbled": holds a token that is neither, next to Vietnamese name syllables ("Nguyễn Phuntsuan")
   */
  kind: "pinyin" | "garbled";
  tokens: SpanToken[];
  /**
   * the whole run of capitalised tokens the span was cut from; it may include leading
   * Vietnamese words (a title, or a Vietnamese surname before a pinyin given name)
   */
  run: { start: number; end: number; text: string };
}
