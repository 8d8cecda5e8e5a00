import type { Agreement, Instrument, Lexicon, Place, Series, YearFact } from "../generated/reference.ts";
import type { Office, Person } from "../registry/index.ts";
import type { HanReadings } from "../translate/readings.ts";

/**
 * All reference data, loaded and checked once by the `reference` stage and
 * handed to the stages after it (and their worker threads) as plain data:
 * nothing below the stages reads `reference/` from disk.
 */
export interface ReferenceData {
  readonly registry: RegistryData;
  /** reference/places.json: the gazetteer. */
  readonly places: readonly Place[];
  /** reference/series.json: numbered series of meetings with dated editions. */
  readonly series: readonly Series[];
  /** reference/hanviet.tsv and hanviet-extra.tsv: character → Sino-Vietnamese readings (a character in both has the readings of both, hanviet.tsv's first). */
  readonly hanviet: Readonly<Record<string, readonly string[]>>;
  /** reference/han-readings.tsv: character → further Mandarin readings (Unihan dictionary readings, phonetic series). */
  readonly hanReadings: Readonly<Record<string, HanReadings>>;
  /** reference/lexicon.json: the word classes of the language layer. */
  readonly lexicon: Lexicon;
  /** reference/japanese-names.tsv as text (one string clones cheaply to worker threads): romaji name words with their family and given counts from ENAMDICT. */
  readonly japaneseNames: string;
  /** reference/agreements.json: the sourced catalogue of Vietnam–Japan documents. */
  readonly agreements: readonly Agreement[];
  /** reference/instruments-other.json: multilateral and third-country instruments, to be left out. */
  readonly instruments: readonly Instrument[];
  /** reference/year-facts.json: dated facts by which an article names a year without writing it. */
  readonly yearFacts: readonly YearFact[];
}

export interface RegistryData {
  readonly persons: readonly Person[];
  readonly offices: readonly Office[];
  /** person_id → reference file group. */
  readonly groups: Readonly<Record<string, string>>;
}
