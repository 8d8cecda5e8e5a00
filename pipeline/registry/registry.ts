import { assertIsoDate, contains, lookupInterval } from "./dates.ts";
import { foldName, HAN, isFolded, japaneseSoundKey, normalizeName, spellingsOf } from "./names.ts";
import type { CountryCode, Office, Person, Position, Tenure } from "./types.ts";
import { RegistryError } from "./validate.ts";

/** Kinds of office whose holders the press names by post, without a military or police rank they may hold or have held. */
const UNRANKED_KINDS: ReadonlySet<Office["kind"]> = new Set(["head_of_party", "head_of_state", "head_of_government", "legislature_chair", "foreign_minister", "deputy_foreign_minister"]);

/**
 * In-memory registry with its lookup indexes. Build it with `loadRegistry`
 * (which validates the files) or directly from already-validated records.
 *
 * Date semantics (all dates ISO `YYYY-MM-DD`): a tenure includes its first
 * and last day; `end: null` is ongoing. Lookups use the widest interval the
 * stated precision allows (see `lookupInterval`), so near an imprecise
 * boundary a single-holder office may return two holders: callers wanting
 * certainty can inspect `start_precision` / `end_precision` on the returned
 * positions (`tenuresOf`).
 */
/** Flags of `Registry.nameWordPlaces`. */
export const IN_NAME = 1;
export const STARTS_NAME = 2;
export const ENDS_NAME = 4;

export class Registry {
  readonly persons: readonly Person[];
  readonly offices: readonly Office[];
  /** person_id → the reference file group it came from (e.g. `vn-defence`). */
  readonly groupOf: ReadonlyMap<string, string>;

  private readonly personById = new Map<string, Person>();
  private readonly officeById = new Map<string, Office>();
  private readonly exactNames = new Map<string, Set<string>>();
  private readonly foldedNames = new Map<string, Set<string>>();
  private readonly exactTitles = new Map<string, Set<string>>();
  private readonly foldedTitles = new Map<string, Set<string>>();
  private readonly tenuresByOffice = new Map<string, Tenure[]>();
  /** Every word of every spelling of every name, folded: a word outside it is in no one's name. */
  private readonly nameWords = new Set<string>();
  /** Folded words that begin, and that end, some folded spelling. */
  private readonly nameFirstWords = new Set<string>();
  private readonly nameLastWords = new Set<string>();
  private readonly nameWordMemo = new Map<string, number>();
  /** Japanese people by the sounds of each romaji spelling (`japaneseSoundKey`), in both orders. */
  private readonly soundNames = new Map<string, Set<string>>();

  constructor(persons: readonly Person[], offices: readonly Office[], groupOf: ReadonlyMap<string, string> = new Map()) {
    this.persons = [...persons].sort((a, b) => cmp(a.person_id, b.person_id));
    this.offices = [...offices].sort((a, b) => cmp(a.office_id, b.office_id));
    this.groupOf = groupOf;
    for (const o of this.offices) {
      if (this.officeById.has(o.office_id)) throw new RegistryError(`duplicate office_id "${o.office_id}"`);
      this.officeById.set(o.office_id, o);
      for (const t of [o.title_vi, ...o.title_variants_vi]) {
        addTo(this.exactTitles, normalizeName(t), o.office_id);
        addTo(this.foldedTitles, foldName(t), o.office_id);
      }
    }
    for (const p of this.persons) {
      if (this.personById.has(p.person_id)) throw new RegistryError(`duplicate person_id "${p.person_id}"`);
      this.personById.set(p.person_id, p);
      for (const s of spellingsOf(p)) {
        addTo(this.exactNames, s, p.person_id);
        addTo(this.foldedNames, foldName(s), p.person_id);
        const words = foldName(s).split(" ");
        for (const w of words) this.nameWords.add(w);
        this.nameFirstWords.add(words[0]!);
        this.nameLastWords.add(words.at(-1)!);
        if (p.country === "JP" && !HAN.test(s)) addTo(this.soundNames, japaneseSoundKey(s), p.person_id);
      }
      for (const position of p.positions) {
        const office = this.officeById.get(position.office_id);
        if (!office) throw new RegistryError(`person "${p.person_id}": unknown office_id "${position.office_id}"`);
        const list = this.tenuresByOffice.get(office.office_id) ?? [];
        list.push({ person: p, office, position });
        this.tenuresByOffice.set(office.office_id, list);
      }
    }
  }

  person(personId: string): Person | undefined {
    return this.personById.get(personId);
  }

  office(officeId: string): Office | undefined {
    return this.officeById.get(officeId);
  }

  /**
   * People whose name matches `name` in any spelling: canonical name, stored
   * aliases, Chinese-character names, the same without diacritics, and for
   * Japanese people the other name order ("Nobuo Kishi"). Matching is
   * case-insensitive and folds hyphens and runs of whitespace. A query
   * written with diacritics must match them exactly (except macrons and the
   * like on Japanese names); a query without any diacritics matches the
   * diacritic-free form. No partial or fuzzy matching: an unknown name or a
   * bare family name returns [].
   *
   * With `onDate`: people born after that year are dropped; then, if any of
   * the remaining matches held a recorded position on that date, only those
   * are returned, else all remaining matches (a person may be named without
   * holding office). Results are sorted by person_id.
   */
  findPeople(nameAnySpelling: string, onDate?: string): Person[] {
    if (onDate !== undefined) assertIsoDate(onDate, "onDate");
    const key = normalizeName(nameAnySpelling);
    if (!key) return [];
    let people: Person[];
    const exact = this.exactNames.get(key);
    if (exact) people = [...exact].map((id) => this.personById.get(id)!);
    else {
      // Without diacritics in the query: match the diacritic-free form. With
      // diacritics that matched nothing: only Japanese names may still match
      // (macrons, as in "Kōno Tarō", are romanisation variants there, while a
      // Vietnamese diacritic distinguishes names).
      const folded = [...(this.foldedNames.get(foldName(key)) ?? [])].map((id) => this.personById.get(id)!);
      people = isFolded(key) ? folded : folded.filter((p) => p.country === "JP");
    }
    return this.narrow(people, onDate);
  }

  /**
   * Japanese people whose romaji name sounds as `romaji` does once folded to what a Vietnamese phonetic spelling
   * keeps (`japaneseSoundKey`: z/j/d, tsu/su, long vowels), in either order; narrowed by `onDate` as `findPeople`.
   * For a name read from such a spelling that matches no one exactly.
   */
  findJapaneseBySound(romaji: string, onDate?: string): Person[] {
    if (onDate !== undefined) assertIsoDate(onDate, "onDate");
    const key = japaneseSoundKey(romaji);
    return key ? this.narrow([...(this.soundNames.get(key) ?? [])].map((id) => this.personById.get(id)!), onDate) : [];
  }

  /** Matches sorted by person_id; with `onDate`, those born by then, and of those the ones holding a position then if any. */
  private narrow(people: Person[], onDate: string | undefined): Person[] {
    if (people.length === 0) return [];
    people.sort((a, b) => cmp(a.person_id, b.person_id));
    if (onDate === undefined) return people;
    const year = Number(onDate.slice(0, 4));
    people = people.filter((p) => p.birth_year === null || p.birth_year <= year);
    const active = people.filter((p) => p.positions.some((pos) => contains(lookupInterval(pos), onDate)));
    return active.length > 0 ? active : people;
  }

  /** Holders of an office on a date (sorted by person_id). Throws on an unknown office id. */
  holdersOf(officeId: string, onDate: string): Person[] {
    const seen = new Set<string>();
    const out: Person[] = [];
    for (const t of this.tenuresOf(officeId, onDate)) {
      if (!seen.has(t.person.person_id)) {
        seen.add(t.person.person_id);
        out.push(t.person);
      }
    }
    return out;
  }

  /** Everyone who has held an office at any time the registry records (sorted by person_id). Throws on an unknown office id. */
  holdersEver(officeId: string): Person[] {
    if (!this.officeById.has(officeId)) throw new RegistryError(`unknown office_id "${officeId}"`);
    const byId = new Map((this.tenuresByOffice.get(officeId) ?? []).map((t) => [t.person.person_id, t.person] as const));
    return [...byId.values()].sort((a, b) => cmp(a.person_id, b.person_id));
  }

  /** Like `holdersOf`, with the matching position records (for precision, source, acting). */
  tenuresOf(officeId: string, onDate: string): Tenure[] {
    assertIsoDate(onDate, "onDate");
    if (!this.officeById.has(officeId)) throw new RegistryError(`unknown office_id "${officeId}"`);
    return (this.tenuresByOffice.get(officeId) ?? [])
      .filter((t) => contains(lookupInterval(t.position), onDate))
      .sort((a, b) => cmp(a.person.person_id, b.person.person_id) || cmp(a.position.start, b.position.start));
  }

  /** Positions a person held on a date, by start date. Throws on an unknown person id. */
  positionsOn(personId: string, onDate: string): Position[] {
    assertIsoDate(onDate, "onDate");
    const p = this.personById.get(personId);
    if (!p) throw new RegistryError(`unknown person_id "${personId}"`);
    return p.positions
      .filter((pos) => contains(lookupInterval(pos), onDate))
      .sort((a, b) => cmp(a.start, b.start) || cmp(a.office_id, b.office_id));
  }

  /**
   * The rank to give the person on `onDate` where the text writes none: `rankOn`, unless every post the person holds
   * that day is one whose holders the press names without a rank (`UNRANKED_KINDS`: a police general become Prime
   * Minister is "Thủ tướng Phạm Minh Chính", not "Trung tướng").
   */
  rankShownOn(personId: string, onDate: string): string | null {
    const held = this.positionsOn(personId, onDate);
    if (held.length && held.every((p) => UNRANKED_KINDS.has(this.office(p.office_id)?.kind ?? "official"))) return null;
    return this.rankOn(personId, onDate);
  }

  /**
   * The highest recorded rank reached on or before `onDate` (a rank known
   * only to the month or year counts from the first day of that period), or
   * null when none is recorded by then. Throws on an unknown person id.
   */
  rankOn(personId: string, onDate: string): string | null {
    assertIsoDate(onDate, "onDate");
    const p = this.personById.get(personId);
    if (!p) throw new RegistryError(`unknown person_id "${personId}"`);
    let best: string | null = null;
    let bestDate = "";
    for (const r of p.ranks) {
      if (r.date <= onDate && r.date >= bestDate) {
        best = r.rank;
        bestDate = r.date;
      }
    }
    return best;
  }

  /**
   * Office ids whose Vietnamese title or title variants match `title`
   * (case-insensitive, whitespace/hyphen-folded; a title without diacritics
   * also matches the diacritic-free form). Optionally limited to a country.
   * Sorted; [] when nothing matches.
   */
  officesByTitle(vietnameseTitle: string, country?: CountryCode): string[] {
    const key = normalizeName(vietnameseTitle);
    if (!key) return [];
    return this.officesByKey(key, isFolded(key), country);
  }

  /**
   * The offices named by the longest beginning of a written post, of two
   * words or more (split at whitespace), or [] when none is a title: "Bộ
   * trưởng Bộ Quốc phòng Nhật Bản" names the office "Bộ trưởng Bộ Quốc
   * phòng". The same as asking `officesByTitle` for each beginning, longest
   * first, with each word normalised once.
   */
  officesByLongestTitle(post: string, country?: CountryCode): string[] {
    const words = post.split(/\s+/);
    if (HAN.test(post)) {
      for (let n = words.length; n >= 2; n--) {
        const ids = this.officesByTitle(words.slice(0, n).join(" "), country);
        if (ids.length) return ids;
      }
      return [];
    }
    // Normalising and folding work word by word (no separator joins two words), so a beginning's key is its words' keys joined.
    const keys = words.map((w) => normalizeName(w));
    const folded = keys.map((k) => k === foldName(k));
    for (let n = words.length; n >= 2; n--) {
      const key = keys.slice(0, n).filter(Boolean).join(" ");
      if (!key) continue;
      const ids = this.officesByKey(key, folded.slice(0, n).every(Boolean), country);
      if (ids.length) return ids;
    }
    return [];
  }

  private officesByKey(key: string, keyIsFolded: boolean, country: CountryCode | undefined): string[] {
    let ids = this.exactTitles.get(key);
    if (!ids && keyIsFolded) ids = this.foldedTitles.get(key);
    if (!ids) return [];
    return [...ids].filter((id) => country === undefined || this.officeById.get(id)!.country === country).sort(cmp);
  }

  /**
   * Whether a written word (letters and hyphens) can be part of a name the
   * registry knows, in any spelling: each of its folded parts is a word of
   * some folded spelling. A run of words with one that cannot matches no one.
   */
  mayBeInName(word: string): boolean {
    return (this.nameWordPlaces(word) & IN_NAME) !== 0;
  }

  /**
   * Where a written word can stand in a name the registry knows, in any spelling, as flags: `IN_NAME` (each of its
   * folded parts is a word of some spelling), `STARTS_NAME` (its first part begins one), `ENDS_NAME` (its last part
   * ends one). A run of words matches someone only if each is in a name, the first starts one and the last ends one.
   */
  nameWordPlaces(word: string): number {
    let known = this.nameWordMemo.get(word);
    if (known === undefined) {
      const parts = foldName(word).split(" ").filter(Boolean);
      known = parts.length > 0 && parts.every((w) => this.nameWords.has(w)) ? IN_NAME | (this.nameFirstWords.has(parts[0]!) ? STARTS_NAME : 0) | (this.nameLastWords.has(parts.at(-1)!) ? ENDS_NAME : 0) : 0;
      if (this.nameWordMemo.size > 100_000) this.nameWordMemo.clear();
      this.nameWordMemo.set(word, known);
    }
    return known;
  }
}

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  if (!key) return;
  const set = map.get(key) ?? new Set<string>();
  set.add(value);
  map.set(key, set);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
