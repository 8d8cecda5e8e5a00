/**
 * Mandarin spellings a machine translation through Chinese would produce for a
 * name written in Chinese characters: 阮富仲 → "Ruan Fuzhong", 中谷元 →
 * "Zhong Guyuan", and every other split/join of the syllables.
 *
 * Readings come from pinyin-pro (contextual reading in surname mode first, then
 * the other heteronyms of each character). No Hán-Việt (Sino-Vietnamese)
 * readings: no data source for them is installed; callers may pass them as
 * NameVariant spellings to the matcher.
 */
import { pinyin } from "pinyin-pro";
import type { SpellingOptions } from "./types.ts";
import { combineReadings } from "./combine.ts";

export { combineReadings };

/**
 * Japanese forms of characters whose Chinese form is read differently by the
 * package (浜 is bāng in Chinese, but Chinese media write Japanese 浜 as 滨
 * bīn), or not at all. Character variants, not names.
 */
export const JAPANESE_VARIANTS: Readonly<Record<string, string>> = {
  "浜": "滨",
  "辺": "边",
  "\uFA11": "崎", // 﨑, the "tatsu-saki" compatibility ideograph
};

const HAN = /^\p{Script=Han}$/u;
/** Separators tolerated inside a name: spaces and the middle dots of transliterated names. */
const SEPARATOR = /^[\s·・•‧]$/u;

export interface ReadingOptions {
  /** read Japanese variant characters through their Chinese form first */
  japanese?: boolean;
  /** further readings per character (from the Unicode Han Database, see readings.ts), tried after the package's */
  extra?: readonly (readonly string[])[];
}

function charsOf(hanName: string): string[] {
  const chars: string[] = [];
  for (const ch of hanName) {
    if (SEPARATOR.test(ch)) continue;
    if (!HAN.test(ch)) throw new TypeError(`not a Chinese character: ${JSON.stringify(ch)} in ${JSON.stringify(hanName)}`);
    chars.push(ch);
  }
  return chars;
}

function toneless(list: readonly string[]): string[] {
  return list.map((r) => r.toLowerCase()).filter((r) => /^[a-zü]+$/.test(r));
}

function readingsOfChar(ch: string): string[] {
  return toneless(pinyin(ch, { toneType: "none", multiple: true, type: "array" }));
}

/**
 * Per character, the Mandarin readings without tones, most likely first: the
 * package's contextual reading of the whole name in surname mode, then every
 * other heteronym it lists (冯 → feng, ping; 谷 → gu, yu). ü stays ü.
 * Throws a TypeError on a character that is not Han; skips spaces and middle dots.
 */
export function readingsOf(hanName: string, opts: ReadingOptions = {}): string[][] {
  const chars = charsOf(hanName);
  const joined = chars.join("");
  const contextual = toneless(
    pinyin(joined, { toneType: "none", type: "array", mode: "surname", surname: "head" }),
  );
  const aligned = contextual.length === chars.length;
  return chars.map((ch, i) => {
    const out: string[] = [];
    const add = (rs: readonly string[]) => {
      for (const r of rs) if (!out.includes(r)) out.push(r);
    };
    const variant = JAPANESE_VARIANTS[ch];
    if (variant && opts.japanese) add(readingsOfChar(variant));
    if (aligned && contextual[i] !== undefined) add([contextual[i]]);
    add(readingsOfChar(ch));
    if (variant && !opts.japanese) add(readingsOfChar(variant));
    add(opts.extra?.[i] ?? []);
    return out;
  });
}

/**
 * The spelling a machine translation through Chinese gives a place named `hanName` (新加坡 → "Xinjiapo", 东京 →
 * "Dongjing"): its syllables in their usual reading, tones off and ü as u, in one capitalised word, as pinyin writes
 * place names. (Not a word per syllable: "Chang Qi", "Jin Bian" would read as a person's name.) None when the package
 * reads the name in other than one syllable per character.
 */
export function placeSpellings(hanName: string): string[] {
  const chars = charsOf(hanName);
  const syllables = toneless(pinyin(chars.join(""), { toneType: "none", type: "array" })).map((s) => s.replace(/ü/g, "u"));
  if (syllables.length !== chars.length) return [];
  const word = syllables.join("");
  return [word.charAt(0).toUpperCase() + word.slice(1)];
}

function defaultFamilyLength(opts: SpellingOptions): number {
  return opts.familyLength ?? (opts.japanese ? 2 : 1);
}

/**
 * Mandarin readings of a Sino-Vietnamese syllable, for a Vietnamese name whose characters nobody recorded: the
 * readings of every character with that Sino-Vietnamese reading (`byReading`: reading → characters), the reading
 * most of them share first (then alphabetical), at most `max`. Empty when no character is known to read so.
 */
export function readingsOfHanViet(syllable: string, byReading: ReadonlyMap<string, readonly string[]>, max = 3): string[] {
  const count = new Map<string, number>();
  for (const ch of new Set(spellings(syllable.toLowerCase()).flatMap((v) => byReading.get(v) ?? []))) {
    for (const r of readingsOfChar(ch)) if (/^[a-zü]+$/.test(r)) count.set(r, (count.get(r) ?? 0) + 1);
  }
  return [...count].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, max).map(([r]) => r);
}

const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/u;

/**
 * A syllable ending in "oa", "oe" or "uy" with its tone mark on either vowel, the old and the new placement ("hòa", "hoà";
 * "thủy", "thuỷ"): dictionaries and people's names use both. Other syllables as they are.
 */
export function placements(syllable: string): string[] {
  const parts = syllable.normalize("NFD");
  const mark = TONE_MARK.exec(parts)?.[0];
  const bare = mark ? parts.replace(mark, "") : parts;
  // (Only where the pair ends the syllable: "hoàn", "quý" have one placement.)
  const pair = mark ? /(?<!q)(?:o[ae]|uy)$/u.exec(bare) : null;
  if (!mark || !pair) return [syllable];
  const on = (at: number) => `${bare.slice(0, at + 1)}${mark}${bare.slice(at + 1)}`.normalize("NFC");
  const both = [on(pair.index), on(pair.index + 1)];
  return [syllable, ...both.filter((v) => v !== syllable)];
}

/**
 * The spellings of a syllable that dictionaries and people's names write alike: its tone-mark placements (see
 * placements) and, for a syllable of a consonant onset and a final i or y, the same with the other letter ("Dy" as
 * in Nguyễn Dy Niên, "di"; "kỳ", "kì"; "quý", "quí"). A syllable without an onset ("ý") or with another vowel before
 * the y ("tuy", "duy") is another syllable and keeps its y.
 */
export function spellings(syllable: string): string[] {
  const out = new Set<string>();
  for (const s of placements(syllable)) {
    out.add(s);
    const m = /^([bcdđghklmnpqrstvx]+|qu)([iy])(\p{Mn}?)$/u.exec(s.normalize("NFD"));
    if (m) out.add(`${m[1]}${m[2] === "i" ? "y" : "i"}${m[3]}`.normalize("NFC"));
  }
  return [...out];
}

/** Syllable sequences of a Chinese-character name (see combineReadings), with where the family name ends. */
export function readingCombinations(
  hanName: string,
  opts: SpellingOptions = {},
): { syllables: string[][]; familyLength: number } {
  const readings = readingsOf(hanName, { japanese: opts.japanese ?? false, ...(opts.extraReadings ? { extra: opts.extraReadings } : {}) });
  const familyLength = Math.min(Math.max(defaultFamilyLength(opts), 0), readings.length);
  // The family name's and the given name's alternatives are combined apart (each part up to the cap) and each paired
  // with the other part's first reading: a matcher that pairs any family with any given name then sees them all.
  const max = opts.maxReadingCombos ?? 8;
  const family = combineReadings(readings.slice(0, familyLength), max);
  const given = combineReadings(readings.slice(familyLength), max);
  const [f0, g0] = [family[0], given[0]];
  if (!f0 || !g0) return { syllables: [], familyLength };
  const syllables = [[...f0, ...g0], ...family.slice(1).map((f) => [...f, ...g0]), ...given.slice(1).map((g) => [...f0, ...g])];
  return { syllables, familyLength };
}

function capitalise(word: string): string {
  const first = word[0];
  return first === undefined ? word : first.toUpperCase() + word.slice(1);
}

function renderUmlaut(s: string, umlaut: "u" | "v" | "ü"): string {
  return umlaut === "ü" ? s : s.replace(/ü/g, umlaut);
}

/**
 * Every way of writing a syllable sequence as words, each word capitalised:
 * first the Chinese way ("Family Given": family syllables joined, given
 * syllables joined), then all syllables apart, all joined, and the remaining
 * splits in a fixed order. ["feng","guang","qing"] with familyLength 1 →
 * "Feng Guangqing", "Feng Guang Qing", "Fengguangqing", "Fengguang Qing".
 */
export function groupSyllables(syllables: readonly string[], familyLength: number, all = true): string[] {
  const n = syllables.length;
  if (n === 0) return [];
  const fl = Math.min(Math.max(familyLength, 0), n);
  const render = (breaks: number): string => {
    // bit i set: a space after syllable i
    const words: string[] = [];
    let cur = "";
    syllables.forEach((s, i) => {
      cur += s;
      if (i === n - 1 || (breaks >> i) & 1) {
        words.push(capitalise(cur));
        cur = "";
      }
    });
    return words.join(" ");
  };
  const canonical = fl > 0 && fl < n ? 1 << (fl - 1) : 0;
  const allApart = (1 << (n - 1)) - 1;
  const order = [canonical];
  if (all) {
    order.push(allApart, 0);
    for (let m = 0; m <= allApart; m++) order.push(m);
  }
  const out: string[] = [];
  for (const m of order) {
    const s = render(m);
    if (!out.includes(s)) out.push(s);
  }
  return out;
}

/**
 * The spellings a machine translation through Chinese would produce for a
 * person named `hanName`: the Chinese grouping first ("Ruan Fuzhong",
 * "Xiaoyesi Wudian"), then every other split/join ("Fengguang Qing",
 * "Wu Chun Li", "Wuchunli"), for each reading combination in turn (most likely
 * first). `familyLength` says where the family name ends (default 1; 2 when
 * `japanese`). Duplicates are removed.
 */
export function pinyinSpellings(hanName: string, opts: SpellingOptions = {}): string[] {
  const { syllables, familyLength } = readingCombinations(hanName, opts);
  const umlaut = opts.umlaut ?? "u";
  const all = (opts.groupings ?? "all") === "all";
  const out: string[] = [];
  for (const seq of syllables) {
    for (const s of groupSyllables(seq.map((x) => renderUmlaut(x, umlaut)), familyLength, all)) {
      if (!out.includes(s)) out.push(s);
    }
  }
  return out;
}
