import type { Place } from "../generated/reference.ts";
import { escapeForm } from "../lang/lexicon.ts";
import { isRomajiWord, isVietnameseSyllable } from "../lang/syllables.ts";

export type { Place };

/**
 * The gazetteer (reference/places.json): cities (and bases, prefectures,
 * provinces, islands: kind "city") and countries where meetings are held,
 * with the spellings the press uses (Hà Nội, Tô-ki-ô, Đông Kinh for Tokyo,
 * tỉnh Okinawa), and where a sentence says a meeting took place.
 */

export interface PlaceMention {
  readonly start: number;
  readonly end: number;
  readonly place: Place;
}

export interface Gazetteer {
  readonly places: readonly Place[];
  /** Where the text between `start` and `end` says something happened: "tại Hà Nội", "ở thủ đô Tô-ki-ô", "tại Philippines Clark". */
  venues(text: string, start: number, end: number): PlaceMention[];
  /** The place a paragraph opens with as a dispatch's dateline, before an agency in brackets: "Tokyo, 13/3 (TTXVN) - …", "Tokyo (VNA) – …". */
  dispatchedFrom(text: string, start: number, end: number): Place | null;
}

/** After a place's name, the rest of a dispatch's dateline: a day maybe, the agency in brackets, a dash. */
const DISPATCH = /^\s*(?:,\s*(?:ngày\s+)?\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\s*)?\([^()\n]{2,30}\)\s*[-–—]/u;
/** The end of a translation's wire dateline after its city: the day, then "điện" (电, "sent"): " ngày 3 tháng 3 điện", " 5 tháng 6 ngày điện", " ngày 7 tháng 6 năm 2024 điện". */
const WIRE_TAIL = "\\s+(?:ngày\\s+)?\\d{1,2}\\s*(?:tháng\\s*\\d{1,2}|[/.-]\\d{1,2})(?:\\s*năm\\s*\\d{4})?(?:\\s*ngày)?\\s*điện(?![\\p{L}\\p{M}])";
/** After a city's name, a bare dateline: a day maybe, then a dash between spaces ("Tokyo - …", "TOKYO, 5/6 – …"). */
const BARE_DISPATCH = /^\s*(?:,\s*(?:ngày\s+)?\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?)?\s+[-–—]\s+/u;


/** A capitalised name (every word capitalised) and the comma or bracket after it: a place the gazetteer may lack, before the one it lies in ("phường Tam Thắng (TPHCM)"). */
const UNKNOWN_BEFORE = /^\p{Lu}[\p{L}\p{M}]*(?:[ -]\p{Lu}[\p{L}\p{M}]*){0,2}\s*[,(]\s*/u;
/** A building's words up to a bracket, in the clause (no comma, full stop or other bracket before it): "trụ sở UBND tỉnh (". */
const BUILDING_THEN_BRACKET = /^[^,.;:()\n]{1,60}\(\s*/u;
/** The words of a clause's first 60 characters (up to a comma, full stop or bracket): where a building's name runs. */
const CLAUSE_HEAD = /^[^,.;:()\n]{0,60}/u;
/** "tại" or "ở": a place something happened at, not one gone to. */
const AT_OR_IN = /^(?:tại|ở|Tại|Ở)\s/u;
/** A letter (a word's part, not its start). */
const LETTER_BEFORE = /[\p{L}\p{M}]/u;
/** One to four capitalised words: a local place's name ("Thủy Nguyên", "Tam Thắng"). */
const LOCAL_NAME = /^\p{Lu}[\p{L}\p{M}]*(?: \p{Lu}[\p{L}\p{M}]*){0,3}/u;
/** A capitalised word after a space. (A module constant: written in a function, an expression with \p{…} is made anew on every call.) */
const CAPITALISED_NEXT = /^ (\p{Lu}[\p{L}\p{M}]*)/u;

/**
 * `fillers`: the words allowed between the preposition and the name, whatever their case (the lexicon's
 * place_fillers: "tại thủ đô", "cập Cảng Quốc tế", "tại căn cứ không quân Yokota", "ở thị trấn");
 * `venueSubjectWords`: the lexicon's venue_subject_words ("là nơi diễn ra");
 * `preposition`: the words a venue's name follows, and the spaces after them (global: the grammar's `venuePreposition`,
 * "tại", "tới", a ship's "cập" before a port …; by default none, and only a place written as the subject of
 * `venueSubjectWords` is found).
 */
export function gazetteer(places: readonly Place[], fillers: readonly string[], venueSubjectWords: readonly string[] = [], unitsOf: ReadonlyMap<string, string> = new Map(), preposition: RegExp = /(?!)/gu): Gazetteer {
  // Words that make the clause before them a venue (the lexicon's venue_subject_words: "… là nơi diễn ra …").
  const HOST_PLACE = venueSubjectWords.length ? new RegExp(`(?<![\\p{L}\\p{M}])(?:${venueSubjectWords.map(escapeForm).join("|")})(?![\\p{L}\\p{M}])`, "gu") : null;
  const longestFirst = [...fillers].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const FILLER = new RegExp(`^(?:(?:${longestFirst.map(escapeForm).join("|")})\\s+)?`, "iu");
  // A filler word inside a building's name, a name after it: " thành phố ", " tỉnh ".
  const UNIT_IN_CLAUSE = new RegExp(`\\s(?:${longestFirst.map(escapeForm).join("|")})\\s+(?=\\p{Lu})`, "u");
  // A building's name that ends with a filler word and no name: "trụ sở UBND tỉnh".
  const UNIT_AT_END = new RegExp(`\\s(${longestFirst.map(escapeForm).join("|")})\\s*$`, "u");
  // Longest spelling first, so "Thủ đô Hà Nội" wins over "Hà Nội".
  const spellings = places
    .flatMap((place) => place.names.map((name) => ({ name, place })))
    .sort((a, b) => b.name.length - a.name.length || a.name.localeCompare(b.name));
  const alternation = spellings.map((s) => escapeForm(s.name)).join("|");
  const NAME = new RegExp(`^(?:${alternation})(?![\\p{L}\\p{M}])`, "u");
  const nameAt = spellingAt(NAME, spellings.map((s) => s.name));
  // A city-state's city and country share a spelling (Singapore): the city, the more specific, answers for it.
  /** Whether a text opens with a place's spelling, after a filler word or not ("tỉnh Kanagawa", "Kanagawa"). */
  const opensWithName = (s: string) => !!nameAt(s) || !!nameAt(s.slice(FILLER.exec(s)![0].length));
  /** The country a unit word and the unknown name after it place an encounter in ("huyện" and "Thủy Nguyên": Vietnam), and the name's length. */
  const localCountry = (unit: string, rest: string): { place: Place; length: number } | null => {
    const code = unitsOf.get(unit);
    const name = code === "VN" ? LOCAL_NAME.exec(rest) : null;
    if (!name || !name[0].split(/\s+/u).every(isVietnameseSyllable)) return null;
    const place = places.find((p) => p.kind === "country" && p.country === code);
    return place ? { place, length: name[0].length } : null;
  };
  /**
   * The place a building's name gives after a preposition (`first`, the text after it, at `at`): the place in brackets
   * after it ("tại trụ sở UBND tỉnh (TP Nha Trang)"), or the known place after a unit the gazetteer lacks there
   * ("(huyện Châu Thành, tỉnh Bà Rịa - Vũng Tàu)"); after "tại" or "ở" (`held`), the city or province the building is
   * named by ("tại trụ sở UBND thành phố Đà Nẵng"), or the one the sentence later names its unit by ("tại trụ sở UBND
   * tỉnh, ông A, Phó Chủ tịch UBND tỉnh Kiên Giang").
   */
  const buildingPlace = (first: string, at: number, held: boolean): PlaceMention | null => {
    const mention = (from: number, name: string): PlaceMention => ({ start: at + from, end: at + from + name.length, place: byName.get(name)! });
    const bracket = BUILDING_THEN_BRACKET.exec(first);
    if (bracket) {
      const inside = first.slice(bracket[0].length);
      const skip = nameAt(inside) ? 0 : FILLER.exec(inside)![0].length;
      const hit = nameAt(inside.slice(skip));
      if (hit) return inside.charAt(skip + hit[0].length) === ")" ? mention(bracket[0].length + skip, hit[0]) : null;
      // (A unit and then the known place it lies in, after a comma; with no known place, a unit of one country's own
      // places it in that country.)
      const close = inside.indexOf(")");
      let offset = bracket[0].length;
      let found: PlaceMention | null = null;
      for (const part of close > 0 && close < 120 ? inside.slice(0, close).split(",") : []) {
        const body = part.trimStart();
        const from = offset + part.length - body.length;
        offset += part.length + 1;
        const filler = nameAt(body) ? 0 : FILLER.exec(body)![0].length;
        const name = nameAt(body.slice(filler));
        const local: { place: Place; length: number } | null = !name && filler && !found ? localCountry(body.slice(0, filler).trim().toLowerCase(), body.slice(filler)) : null;
        if (name) found = mention(from + filler, name[0]);
        else if (local) found = { start: at + from + filler, end: at + from + filler + local.length, place: local.place };
      }
      return found;
    }
    if (!held) return null;
    const clause = CLAUSE_HEAD.exec(first)![0];
    const unit = UNIT_IN_CLAUSE.exec(clause);
    if (unit) {
      const named = nameAt(first.slice(unit.index + unit[0].length));
      return named ? mention(unit.index + unit[0].length, named[0]) : null;
    }
    const bare = UNIT_AT_END.exec(clause);
    if (!bare) return null;
    // (Its unit written again later, before a capital: "… UBND tỉnh Kiên Giang".)
    for (let k = first.indexOf(`${bare[1]} `, clause.length); k >= 0; k = first.indexOf(`${bare[1]} `, k + 1)) {
      if (LETTER_BEFORE.test(first.charAt(k - 1))) continue;
      const from = k + bare[1]!.length + 1;
      const named = nameAt(first.slice(from));
      if (named) return mention(from, named[0]);
    }
    return null;
  };
  const byName = new Map<string, Place>();
  for (const s of spellings) if (!byName.has(s.name) || s.place.kind === "city") byName.set(s.name, s.place);
  // A dateline may write its place in capitals ("TOKYO - …", "HÀ NỘI (TTXVN) - …").
  const byUpper = new Map<string, Place>();
  for (const [name, place] of byName) if (!byUpper.has(name.toUpperCase()) || place.kind === "city") byUpper.set(name.toUpperCase(), place);
  const UPPER = new RegExp(`^(?:${[...byUpper.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map(escapeForm).join("|")})(?![\\p{L}\\p{M}])`, "u");
  const upperAt = spellingAt(UPPER, byUpper.keys());
  // A dispatch's dateline as a translation from Chinese writes it: the agency, the city, the day, "điện" (电, "sent").
  // ("Tân Hoa xã Đông Kinh ngày 3 tháng 3 điện", "… Hà Nội 5 tháng 6 ngày điện").
  const WIRE = new RegExp(`^\\s*(?:[\\p{L}\\p{M}]+\\s+){1,4}?(${alternation})${WIRE_TAIL}`, "u");
  // (With no agency: the city first, "Tân Gia Ba ngày 2 tháng 6 điện - …".)
  const CITY_WIRE = new RegExp(`^${WIRE_TAIL}`, "u");

  return {
    places,
    venues(text, start, end) {
      const out: PlaceMention[] = [];
      const slice = text.slice(0, end);
      preposition.lastIndex = start;
      for (let m = preposition.exec(slice); m; m = preposition.exec(slice)) {
        let at = m.index + m[0].length;
        // A place the gazetteer lacks, then the known one it lies in: "tại thành phố Hakone, tỉnh Kanagawa" is in Kanagawa.
        const first = text.slice(at, end);
        if (!opensWithName(first)) {
          const filler = FILLER.exec(first)![0].length;
          const unknown = UNKNOWN_BEFORE.exec(first.slice(filler));
          if (unknown && opensWithName(first.slice(filler + unknown[0].length))) at += filler + unknown[0].length;
          else {
            // A unit of one country's own (`unit_of`: "ở huyện Thủy Nguyên") and a name the gazetteer lacks, in that
            // country's syllables: that country, no city.
            const country = filler ? localCountry(first.slice(0, filler).trim().toLowerCase(), first.slice(filler)) : null;
            const found = country ? { start: at + filler, end: at + filler + country.length, place: country.place } : buildingPlace(first, at, AT_OR_IN.test(m[0]));
            if (found) out.push(found);
          }
        }
        // A name, and in Chinese word order a city after its country ("tại Philippines Clark").
        for (let k = 0; k < 2; k++) {
          // A spelling that starts with a filler word is tried whole first: "tỉnh Hiroshima" is the prefecture, "thành phố Hiroshima" the city, "Thành phố Hồ Chí Minh" a city whose name is no spelling without its word.
          let hit = nameAt(text.slice(at, end));
          if (!hit) {
            at += FILLER.exec(text.slice(at))![0].length;
            hit = nameAt(text.slice(at, end));
          }
          if (!hit) break;
          // A prefecture's or a city's name is often a Japanese family name too: followed by a romaji word that is no
          // place, it is a person's name ("chuyển lời hỏi thăm đến Yamaguchi Natsuo").
          const next = CAPITALISED_NEXT.exec(text.slice(at + hit[0].length, end));
          if (next && isRomajiWord(next[1]!) && !isVietnameseSyllable(next[1]!) && !nameAt(text.slice(at + hit[0].length + 1, end))) break;
          out.push({ start: at, end: at + hit[0].length, place: byName.get(hit[0])! });
          at += hit[0].length;
          const gap = /^[ ,]+/.exec(text.slice(at));
          if (!gap) break;
          at += gap[0].length;
        }
      }
      // The place written as the subject of "là nơi diễn ra / tổ chức": "Hôm 13/9, thành phố Fukuoka (Nhật Bản) là nơi
      // diễn ra Hội nghị …". The clause before those words opens with the place's name.
      if (!HOST_PLACE) return out;
      HOST_PLACE.lastIndex = start;
      for (let m = HOST_PLACE.exec(slice); m; m = HOST_PLACE.exec(slice)) {
        const before = text.slice(start, m.index);
        const from = start + Math.max(before.lastIndexOf(","), before.lastIndexOf(";"), before.lastIndexOf(":"), before.lastIndexOf(".")) + 1;
        const at = from + /^\s*/u.exec(text.slice(from, m.index))![0].length;
        const clause = text.slice(at, m.index);
        // (The name whole, filler word and all, first: as after a preposition.)
        const filler = nameAt(clause) ? 0 : FILLER.exec(clause)![0].length;
        const hit = nameAt(clause.slice(filler));
        if (hit) out.push({ start: at + filler, end: at + filler + hit[0].length, place: byName.get(hit[0])! });
      }
      return out;
    },
    dispatchedFrom(text, start, end) {
      // (A dateline is short: only the paragraph's first words are read.)
      const head = text.slice(start, Math.min(end, start + 80));
      const at = /^\s*/u.exec(head)![0].length;
      const hit = nameAt(head.slice(at)) ?? upperAt(head.slice(at));
      if (!hit) {
        // (Read only where its last word is written.)
        const wire = head.includes("điện") ? WIRE.exec(head) : null;
        return wire ? byName.get(wire[1]!)! : null;
      }
      const place = byName.get(hit[0]) ?? byUpper.get(hit[0])!;
      const rest = head.slice(at + hit[0].length);
      if (DISPATCH.test(rest) || (rest.includes("điện") && CITY_WIRE.test(rest))) return place;
      // With no agency, only a city, and not the first of two places joined by the dash ("Hà Nội - Tokyo", "Việt Nam - Nhật Bản").
      const bare = BARE_DISPATCH.exec(rest);
      return bare && place.kind === "city" && !nameAt(rest.slice(bare[0].length)) && !upperAt(rest.slice(bare[0].length)) ? place : null;
    },
  };
}

/**
 * An anchored expression of spellings (the gazetteer's, hundreds of them), run only on a text that opens as one of
 * them does: most texts it is asked about open otherwise, and the long expression costs more than the question.
 */
function spellingAt(re: RegExp, spellings: Iterable<string>): (text: string) => RegExpExecArray | null {
  const openings = new Set([...spellings].map((s) => s.slice(0, 2)));
  return (text) => (openings.has(text.slice(0, 2)) || openings.has(text.slice(0, 1)) ? re.exec(text) : null);
}

/** The most specific of several places a sentence names: a city over its country. */
export function mostSpecific(found: readonly PlaceMention[]): Place | null {
  return found.find((f) => f.place.kind === "city")?.place ?? found[0]?.place ?? null;
}
