import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Agreement, Instrument, Lexicon, Place, Series, YearFact } from "../generated/reference.ts";
import { loadRegistry, REFERENCE_DIR, type Registry } from "../registry/index.ts";
import { compileReferenceValidators, readRecords, RegistryError } from "../registry/validate.ts";
import type { HanReadings } from "../translate/readings.ts";
import type { ReferenceData } from "./data.ts";

/**
 * Read and check every reference file: the registry (people, offices,
 * ranks), the gazetteer, the series, the Han-Viet readings, the lexicon and
 * the catalogues of documents (Vietnam–Japan ones, and the instruments of
 * other parties), each against its schema in schemas/reference/, then the
 * facts that span files (every rank a person holds is a rank of the
 * lexicon; every place of signing is in the gazetteer). Every problem
 * is reported in one RegistryError naming the file, the record or line, and
 * the field.
 */
export async function loadReference(dir: string = REFERENCE_DIR): Promise<{ data: ReferenceData; registry: Registry }> {
  const validators = compileReferenceValidators();
  const registry = await loadRegistry(dir);
  const places = await readRecords<Place>(join(dir, "places.json"), validators.place, "name");
  const series = await readRecords<Series>(join(dir, "series.json"), validators.series, "series");
  const lexicon = await readLexicon(join(dir, "lexicon.json"), validators.lexicon);
  const hanviet = await readHanViet([join(dir, "hanviet.tsv"), join(dir, "hanviet-extra.tsv")]);
  const hanReadings = await readHanReadings(join(dir, "han-readings.tsv"));
  const japaneseNames = await readJapaneseNames(join(dir, "japanese-names.tsv"));
  const agreements = await readRecords<Agreement>(join(dir, "agreements.json"), validators.agreement, "agreement_id");
  const instruments = await readRecords<Instrument>(join(dir, "instruments-other.json"), validators.instrument, "instrument_id");
  const yearFacts = await readRecords<YearFact>(join(dir, "year-facts.json"), validators.yearFact, "fact_id");

  const ranks = new Set(lexicon.ranks.map((r) => r.form));
  const problems: string[] = [];
  for (const p of registry.persons) {
    p.ranks.forEach((r, i) => {
      if (!ranks.has(r.rank)) problems.push(`person "${p.person_id}": field ranks[${i}].rank: "${r.rank}" is not a rank of ${join(dir, "lexicon.json")}`);
    });
  }
  const cities = new Set(places.map((p) => p.name));
  for (const a of agreements) {
    if (a.place && !cities.has(a.place)) problems.push(`agreement "${a.agreement_id}": field place: "${a.place}" is not a place of ${join(dir, "places.json")}`);
  }
  if (problems.length) throw new RegistryError(`invalid reference data:\n  ${problems.join("\n  ")}`);

  const data: ReferenceData = {
    registry: { persons: registry.persons, offices: registry.offices, groups: Object.fromEntries(registry.groupOf) },
    places,
    series,
    hanviet,
    hanReadings,
    lexicon,
    japaneseNames,
    agreements,
    instruments,
    yearFacts,
  };
  return { data, registry };
}

async function readLexicon(file: string, validate: ReturnType<typeof compileReferenceValidators>["lexicon"]): Promise<Lexicon> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(file, "utf8"));
  } catch (e) {
    throw new RegistryError(`${file}: ${(e as Error).message}`);
  }
  if (!validate(data)) {
    const problems = (validate.errors ?? []).map((e) => `${file}: ${e.instancePath || "(file)"}: ${e.message ?? e.keyword}`);
    throw new RegistryError(`invalid reference data:\n  ${problems.join("\n  ")}`);
  }
  const lexicon = data as Lexicon;
  // A form listed twice in one class is a slip that would go unnoticed in an alternation.
  const problems: string[] = [];
  for (const [cls, entries] of Object.entries(lexicon)) {
    if (!Array.isArray(entries)) continue;
    const seen = new Map<string, number>();
    entries.forEach((e: { form?: string; cue?: string }, i) => {
      if (e.form === undefined) return;
      const key = `${e.form}\u0000${e.cue ?? ""}`;
      if (seen.has(key)) problems.push(`${file}: /${cls}/${i}: form "${e.form}" is already /${cls}/${seen.get(key)}`);
      else seen.set(key, i);
    });
  }
  if (problems.length) throw new RegistryError(`invalid reference data:\n  ${problems.join("\n  ")}`);
  return lexicon;
}

/** One Chinese character, a tab, and its readings: Vietnamese syllables separated by single spaces (Unihan capitalises a few). */
const HANVIET_LINE = /^(\p{Script=Han})\t(\p{L}+(?: \p{L}+)*)$/u;

/**
 * Character → Sino-Vietnamese readings; each line checked, a bad one named by file and line. A character listed by
 * several files has the readings of all of them, in the order of the files and then of the line, each once: a later
 * file adds readings (hanviet-extra.tsv adds 'cường' to 強, which Unihan reads only 'càng', in Nôm) and never hides one.
 */
export async function readHanViet(files: readonly string[]): Promise<Record<string, readonly string[]>> {
  const map: Record<string, readonly string[]> = {};
  const problems: string[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file, "utf8");
    } catch (e) {
      throw new RegistryError(`${file}: cannot read: ${(e as Error).message}`);
    }
    text.split("\n").forEach((line, i) => {
      if (!line || line.startsWith("#")) return;
      const m = HANVIET_LINE.exec(line.replace(/\s+$/, ""));
      if (!m) {
        problems.push(`${file}:${i + 1}: expected a character, a tab and readings separated by spaces, got ${JSON.stringify(line.slice(0, 40))}`);
        return;
      }
      map[m[1]!] = [...new Set([...(map[m[1]!] ?? []), ...m[2]!.split(" ")])];
    });
  }
  if (problems.length) throw new RegistryError(`invalid reference data (${problems.length} line${problems.length === 1 ? "" : "s"}):\n  ${problems.slice(0, 20).join("\n  ")}`);
  return map;
}

/** A character, a tab, its dictionary readings, a tab, its series readings (each list space-separated, maybe empty). */
const READINGS_LINE = /^(\p{Script=Han})\t((?:[a-zü]+(?: [a-zü]+)*)?)\t((?:[a-zü]+(?: [a-zü]+)*)?)$/u;

/** reference/han-readings.tsv, every line checked (a bad one named by file and line). */
export async function readHanReadings(file: string): Promise<Record<string, HanReadings>> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (e) {
    throw new RegistryError(`${file}: cannot read: ${(e as Error).message}`);
  }
  const map: Record<string, HanReadings> = {};
  const problems: string[] = [];
  text.split("\n").forEach((line, i) => {
    if (!line || line.startsWith("#")) return;
    const m = READINGS_LINE.exec(line);
    if (!m) problems.push(`${file}:${i + 1}: expected a character, a tab, readings, a tab, readings (lower-case pinyin without tones, separated by spaces), got ${JSON.stringify(line.slice(0, 40))}`);
    else map[m[1]!] = { dictionary: m[2] ? m[2].split(" ") : [], series: m[3] ? m[3].split(" ") : [] };
  });
  if (problems.length) throw new RegistryError(`invalid reference data (${problems.length} line${problems.length === 1 ? "" : "s"}):\n  ${problems.slice(0, 20).join("\n  ")}`);
  return map;
}

/** A folded romaji word, a tab, its entries as a family name, a tab, as a given name. */
const NAME_LINE = /^[a-z]+\t\d+\t\d+$/;

/** reference/japanese-names.tsv as its text, every line checked (a bad one named by file and line). */
export async function readJapaneseNames(file: string): Promise<string> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (e) {
    throw new RegistryError(`${file}: cannot read: ${(e as Error).message}`);
  }
  const problems: string[] = [];
  text.split("\n").forEach((line, i) => {
    if (line && !line.startsWith("#") && !NAME_LINE.test(line)) problems.push(`${file}:${i + 1}: expected a romaji word, a tab, a count, a tab, a count, got ${JSON.stringify(line.slice(0, 40))}`);
  });
  if (problems.length) throw new RegistryError(`invalid reference data (${problems.length} line${problems.length === 1 ? "" : "s"}):\n  ${problems.slice(0, 20).join("\n  ")}`);
  return text;
}
