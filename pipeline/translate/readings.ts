/**
 * Further Mandarin readings of the characters in people's names, from the
 * Unicode Han Database (reference/han-readings.tsv, written by
 * readings-build.ts): every dictionary reading, and the sounds of the
 * character's phonetic series, which a reader who does not know the
 * character guesses from its phonetic element ("Nian" for 稔, read like 念).
 * They come after pinyin-pro's readings, so the usual spelling stays first.
 */
import { JAPANESE_VARIANTS } from "./pinyin.ts";

/** At most this many readings of a character's phonetic series are kept. */
export const SERIES_READINGS = 2;

/** A character's readings: its dictionary readings, then the sounds of its phonetic series. */
export interface HanReadings {
  readonly dictionary: readonly string[];
  readonly series: readonly string[];
}

const HAN = /\p{Script=Han}/u;

/** Every Chinese character the table must cover: those of the registry's names, and the Chinese forms of Japanese variants. */
export function hanCharactersOfRegistry(persons: Iterable<{ readonly name_han: string | null; readonly name_zh: string | null }>): Set<string> {
  const chars = new Set<string>(Object.values(JAPANESE_VARIANTS));
  for (const p of persons) for (const name of [p.name_han, p.name_zh]) for (const ch of name ?? "") if (HAN.test(ch)) chars.add(ch);
  return chars;
}

/** Per character of `han`, the table's readings in order (dictionary, then series); a character the table lacks gets none. */
export function tableReadings(han: string, table: Readonly<Record<string, HanReadings>>): string[][] {
  return [...han].filter((ch) => HAN.test(ch)).map((ch) => {
    const r = table[ch];
    return r ? [...r.dictionary, ...r.series] : [];
  });
}
