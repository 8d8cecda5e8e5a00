import { gazetteer, type Gazetteer, type Place } from "../extract/places.ts";
import { forumMarkers } from "../extract/series.ts";
import type { Series } from "../generated/reference.ts";
import { compileYearFacts, type YearFacts } from "../extract/year-facts.ts";
import { grammarOf, type Grammar } from "../lang/lexicon.ts";
import { parseJapaneseNames, type NameModel } from "../lang/names.ts";
import { Registry } from "../registry/index.ts";
import type { CountryCode } from "../registry/types.ts";
import { documentCatalogue, type DocumentCatalogue } from "./catalogue.ts";
import { placeSpellings } from "../translate/pinyin.ts";
import type { HanReadings } from "../translate/readings.ts";
import type { ReferenceData, RegistryData } from "./data.ts";

/**
 * The reference data as the readers of articles use it: the registry with
 * its indexes, the gazetteer, the series, the compiled lexicon, the
 * Han-Viet readings and the catalogues of documents. Built once per data object (once per worker thread).
 */
export interface Knowledge {
  readonly registry: Registry;
  readonly places: Gazetteer;
  readonly series: readonly Series[];
  readonly grammar: Grammar;
  readonly hanviet: ReadonlyMap<string, readonly string[]>;
  /** Further Mandarin readings of the characters in the registry's names (reference/han-readings.tsv). */
  readonly hanReadings: Readonly<Record<string, HanReadings>>;
  /** The shape of names the registry does not know (Vietnamese surnames, Japanese family and given names). */
  readonly names: NameModel;
  /** Which catalogued document a title names; which instruments of other parties to leave out. */
  readonly documents: DocumentCatalogue;
  /** Anniversaries and roles by which an article names a year without writing it. */
  readonly yearFacts: YearFacts;
}

const built = new WeakMap<ReferenceData, Knowledge>();

export function knowledgeOf(data: ReferenceData): Knowledge {
  let k = built.get(data);
  if (!k) {
    // The markers of the lexicon, and the names of multilateral forums that would otherwise mark another type.
    const lexicon = { ...data.lexicon, meeting_triggers: [...data.lexicon.meeting_triggers, ...forumMarkers(data.series, data.lexicon.meeting_triggers)] };
    const places = data.places.map(withPinyinNames);
    const grammar = grammarOf(lexicon, { VN: sideName(data, "VN"), JP: sideName(data, "JP") }, foreignCountries(data), places.flatMap((p) => p.names));
    k = {
      registry: registryFrom(data.registry),
      places: gazetteer(
        places,
        data.lexicon.place_fillers.map((f) => f.form),
        data.lexicon.venue_subject_words.map((f) => f.form),
        new Map(data.lexicon.place_fillers.flatMap((f) => (f.unit_of ? [[f.form.toLowerCase(), f.unit_of] as const] : []))),
        grammar.venuePreposition,
      ),
      series: data.series,
      grammar,
      hanviet: new Map(Object.entries(data.hanviet)),
      hanReadings: data.hanReadings,
      names: { vnSurnames: grammar.vnSurnames, japanese: parseJapaneseNames(data.japaneseNames) },
      documents: documentCatalogue(data.agreements, data.instruments, data.hanviet),
      yearFacts: compileYearFacts(data.yearFacts),
    };
    built.set(data, k);
  }
  return k;
}

/** A place with the pinyin spellings of its Chinese names among its names ("Xinjiapo" for Singapore): a machine translation from Chinese writes them. */
function withPinyinNames(place: Place): Place {
  if (!place.names_zh?.length) return place;
  const pinyin = place.names_zh.flatMap(placeSpellings).filter((s, i, all) => !place.names.includes(s) && all.indexOf(s) === i);
  return { ...place, names: [...place.names, ...pinyin] };
}

/** The lookup object of the registry's plain records. */
export function registryFrom(data: RegistryData): Registry {
  return new Registry(data.persons, data.offices, new Map(Object.entries(data.groups)));
}

/** How the press writes one side's country: the first name of its entry in the gazetteer. */
function sideName(data: ReferenceData, side: CountryCode): string {
  const name = data.places.find((p) => p.kind === "country" && p.country === side)?.names[0];
  if (!name) throw new Error(`reference/places.json: no country entry for ${side}`);
  return name;
}

/** How the press writes the countries of the gazetteer other than Vietnam and Japan, longest first. */
function foreignCountries(data: ReferenceData): string[] {
  const names = data.places.filter((p) => p.kind === "country" && p.country !== "VN" && p.country !== "JP").flatMap((p) => p.names);
  return [...new Set(names)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
}
