import type { Grammar } from "../lang/lexicon.ts";
import type { CountryCode, Person, Registry } from "../registry/index.ts";
import { ENDS_NAME, IN_NAME, STARTS_NAME, japaneseSoundKey } from "../registry/index.ts";
import { isRomajiWord, isVietnameseSyllable } from "../lang/syllables.ts";
import { isPhoneticSyllable, isPhoneticWord, phoneticNameToRomaji, phoneticToRomaji } from "../lang/phonetic.ts";
import { nameKey, readFamilyName, readName, type NameModel } from "../lang/names.ts";
import { SENTENCE_END } from "../lang/sentences.ts";
import { capitalisedWords, isLetterOrMarkUnit } from "../lang/tokens.ts";
import { nearBoth, nearJapaneseName } from "./near-names.ts";

/**
 * People named in a text, with the rank and post written around each name:
 * "Thượng tướng Phan Văn Giang, Ủy viên Bộ Chính trị, …, Bộ trưởng Bộ Quốc
 * phòng", "Bộ trưởng Bộ Quốc phòng Nhật Bản Kishi Nobuo", "bà Tomoko
 * Matsuzawa, Giám đốc …". Names are found in the registry in any spelling
 * (either order, without diacritics, spelled phonetically in Vietnamese);
 * a family name alone after a title refers back to a person already named;
 * and a name the registry does not know is still a mention when a title or
 * an honorific introduces it.
 */
/** The two sides of every meeting. */
export const SIDES: readonly CountryCode[] = ["VN", "JP"];

export interface PersonMention {
  readonly start: number;
  readonly end: number;
  /** The name as written. */
  readonly written: string;
  readonly personId: string | null;
  /** Canonical name for registry people, else the name as written. */
  readonly name: string;
  readonly country: CountryCode | null;
  readonly rank: string | null;
  /** The post as written before or after the name, when one is. */
  readonly position: string | null;
  /** Registry offices the written post(s) name. */
  readonly officeIds: readonly string[];
  /** Registry offices of posts written as held before ("nguyên Thủ tướng Nhật Bản", `former_words`): not held at the encounter. */
  readonly formerOfficeIds?: readonly string[];
}

interface Word {
  text: string;
  start: number;
  end: number;
}

export function findPersonMentions(text: string, registry: Registry, grammar: Grammar, onDate?: string, names: NameModel = { vnSurnames: grammar.vnSurnames, japanese: new Map() }): PersonMention[] {
  const scan = new Scan(text, registry, grammar, onDate, names);
  const runs = capitalisedRuns(text);
  registeredNames(scan, runs);
  misspelledJapaneseNames(scan, runs);
  namesReferredBack(scan, runs);
  unregisteredAfterRank(scan, runs);
  familyNamesAfterRank(scan, runs);
  familyNamesAfterTitle(scan, runs);
  unregisteredAfterTitle(scan, runs);
  const mentions = scan.mentions;
  mentions.sort((a, b) => a.start - b.start);
  // The writer a credit names ("(Phóng viên Lý Minh)") is no person of the story.
  const story = mentions.filter((m) => !grammar.reporterAtEnd.test(text.slice(Math.max(0, m.start - 20), m.start)));
  // A family name alone ("Chuẩn Đô đốc Tanaka") of someone the registry does not know is the one person of that
  // family name the article names in full, in either order ("Tanaka Ichiro", "Ichiro Tanaka").
  return story.map((m) => {
    if (m.personId || /\s/u.test(m.name.trim()) || !readFamilyName(names, m.name)) return m;
    const key = m.name.toLowerCase();
    const full = story.filter((o) => o !== m && !o.personId && o.country === m.country && /\s/u.test(o.name.trim()) && o.name.toLowerCase().split(/\s+/u).includes(key));
    return new Set(full.map((o) => nameKey(o.name))).size === 1 ? { ...m, name: full[0]!.name } : m;
  }).map((m) => officialByFamilyName(scan, holderNamed(scan, m)));
}

/**
 * A Japanese family name alone that neither a post beside it nor a full name in the article explains ("Tại cuộc gặp,
 * ông Sakai khẳng định …", after "gặp người đứng đầu Lực lượng Phòng vệ biển …") is the registry's one Japanese of that
 * family name in office on the day, if there is exactly one: the press names an official so once it has told their post.
 */
function officialByFamilyName(scan: Scan, m: PersonMention): PersonMention {
  const { registry, onDate, names } = scan;
  // (Not one given a post the registry does not know, "Đại tá Sato, chỉ huy tàu": someone else of that name; nor one
  // whose written rank is not the official's on the day.)
  if (m.personId || onDate === undefined || m.officeIds.length || m.position !== null || m.country === "VN" || /\s/u.test(m.name.trim()) || !readFamilyName(names, m.name.trim())) return m;
  const inOffice = japaneseOfFamilySound(registry, japaneseSoundKey(m.name.trim())).filter(
    (p) => registry.positionsOn(p.person_id, onDate).length > 0 && (m.rank === null || registry.rankOn(p.person_id, onDate) === m.rank),
  );
  return inOffice.length === 1 ? scan.describe(m.start, m.end, inOffice[0]!.person_id) : m;
}

/**
 * One name word alone ("Đại tướng Izutsu, Tham mưu trưởng …", "Đại tướng I-du-trư, …") is the registry's holder of
 * the post written beside it on the day, when exactly one holder has that family name (a Japanese) or given name (a
 * Vietnamese): the post says who, the word confirms it. So are two words that misspell both of a Japanese holder's
 * names ("ngài Takeo Yamata, Đại sứ Nhật Bản …" for Yamada Takio; see `nearBoth`).
 */
function holderNamed(scan: Scan, m: PersonMention): PersonMention {
  const { registry, onDate } = scan;
  if (m.personId || !m.officeIds.length) return m;
  const written = m.written.trim().split(/\s+/u);
  if (written.length === 2) {
    if (onDate === undefined) return m;
    const holders = new Set(m.officeIds.flatMap((id) => registry.holdersOf(id, onDate)));
    const near = [...holders].filter((p) => p.country === "JP" && nearBoth(written[0]!, written[1]!, p.name));
    return near.length === 1 ? scan.describe(m.start, m.end, near[0]!.person_id) : m;
  }
  if (written.length !== 1) return m;
  const word = written[0]!;
  const romaji = isPhoneticWord(word) ? phoneticToRomaji(word) : null;
  // (With no day, everyone who has held the post: the word must still name exactly one of them.)
  const holders = new Set(m.officeIds.flatMap((id) => (onDate === undefined ? registry.holdersEver(id) : registry.holdersOf(id, onDate))));
  const named = [...holders].filter((p) => {
    const words = p.name.split(" ");
    if (p.country === "JP") return japaneseSoundKey(words[0]!) === japaneseSoundKey(romaji ?? word);
    return !romaji && words.at(-1)!.toLowerCase() === word.toLowerCase();
  });
  return named.length === 1 ? scan.describe(m.start, m.end, named[0]!.person_id) : m;
}

/** What the passes of findPersonMentions share: the text, what they read it with, and the mentions found so far. */
class Scan {
  readonly mentions: PersonMention[] = [];
  readonly memo: Memos;
  constructor(
    readonly text: string,
    readonly registry: Registry,
    readonly grammar: Grammar,
    readonly onDate: string | undefined,
    readonly names: NameModel,
  ) {
    this.memo = memosOf(registry);
  }

  /** Whether a mention found already overlaps the span. */
  taken(s: number, e: number): boolean {
    for (const m of this.mentions) if (s < m.end && e > m.start) return true;
    return false;
  }

  /**
   * Words of a place's name are the place's, though a name has them too ("Nam" of Vũ Hồng Nam in "Việt Nam", "Trung"
   * in "Trung Quốc", a family name in "tỉnh Ishikawa"): no name is read across or inside a place of two words or more.
   */
  inPlace(s: number, e: number): boolean {
    return this.grammar.placeNames.overlaps(this.text, s, e);
  }

  /** Whether the text ends with a rank or an honorific ("… Đại tá ", "… ông "); the expressions run only where its last word could end one. */
  endsWithRankOrHonorific(before: string): boolean {
    return mayEndRankOrHonorific(this.grammar, lastLetters(before)) && (this.grammar.rankAtEnd.test(before) || this.grammar.honorificAtEnd.test(before));
  }

  /** Whether a title, rank or honorific stands right before `start`. */
  rightAfterTitle(start: number): boolean {
    const before = this.text.slice(Math.max(0, start - 40), start);
    return this.grammar.titleAtEnd.test(before) || this.endsWithRankOrHonorific(before);
  }

  /** Whether a title, rank or honorific stands in the clause before `start`. */
  introduced(start: number): boolean {
    const clause = titlePrefix(this.text, start, this.grammar);
    return this.grammar.titleWord.test(clause) || this.grammar.rankAtEnd.test(clause) || this.grammar.honorificAtEnd.test(clause);
  }

  describe(start: number, end: number, personId: string | null, names?: NameModel): PersonMention {
    return describe(this.text, start, end, personId, this.registry, this.grammar, this.onDate, names);
  }
}

// The passes of findPersonMentions, in their order: each adds the mentions it finds where no earlier one stands.
// (Separate functions, not one long one: the engine optimises and re-optimises each on its own, at a fraction of the
// cost of the whole.)

/** Runs of capitalised words that spell someone the registry knows, longest first. */
function registeredNames(scan: Scan, runs: readonly Word[][]): void {
  const { text, registry, onDate, memo } = scan;
  for (const run of runs) {
    // (A word alone names no one here: most runs are one capitalised word, passed over before their words are read.)
    if (run.length < 2) continue;
    // A sub-run with a word that is in no one's name, or that does not start and end with words that start and end
    // one, names no one (a word spelled phonetically may be anywhere in a name: its spelling is read later).
    // (So may a one-syllable word beside one: "Gen Na-ca-ta-ni".)
    const phonetic = run.map((w) => isPhoneticWord(w.text));
    const places = run.map((w, k) => (phonetic[k] || ((phonetic[k - 1] || phonetic[k + 1]) && isPhoneticSyllable(w.text)) ? IN_NAME | STARTS_NAME | ENDS_NAME : registry.nameWordPlaces(w.text)));
    // Longest sub-run first: a run may hold a title word or a place before the name.
    for (let len = Math.min(run.length, 5); len >= 2; len--) {
      for (let i = 0; i + len <= run.length; i++) {
        if (!(places[i]! & STARTS_NAME) || !(places[i + len - 1]! & ENDS_NAME) || !allInName(places, i, i + len)) continue;
        const start = run[i]!.start;
        const end = run[i + len - 1]!.end;
        if (scan.taken(start, end)) continue;
        const written = text.slice(start, end);
        // Most runs name nobody: ask without the date first (the same spellings recur from article
        // to article, so this is remembered), and with the date (which only narrows) when someone matches.
        const named = remember(memo.names, written, () => {
          const romaji = phonetic.slice(i, i + len).some(Boolean) ? phoneticNameToRomaji(written) : null;
          const query = romaji ?? written;
          const found = registry.findPeople(query);
          // A phonetic spelling whose letters are ambiguous ("Ki-ta-da-oa": d or z) is matched by its sounds, when one person has them.
          const bySound = romaji && !found.length ? registry.findJapaneseBySound(romaji) : [];
          return bySound.length === 1 ? { query: bySound[0]!.name, found: bySound } : { query, found };
        });
        if (!named.found.length) continue;
        const found = onDate === undefined ? named.found : remember(memo.people, `${named.query}|${onDate}`, () => registry.findPeople(named.query, onDate));
        if (found.length === 1 && !scan.inPlace(start, end)) scan.mentions.push(scan.describe(start, end, found[0]!.person_id));
      }
    }
  }
}

/** A Japanese name misspelled by a letter ("Bộ trưởng Hamada Yasukasu"), after a title, rank or honorific in its clause. */
function misspelledJapaneseNames(scan: Scan, runs: readonly Word[][]): void {
  for (const run of runs) {
    for (let i = 0; i + 1 < run.length; i++) {
      const a = run[i]!;
      const b = run[i + 1]!;
      const id = nearJapaneseName(a.text, b.text, scan.registry);
      if (!id || scan.taken(a.start, b.end) || scan.inPlace(a.start, b.end)) continue;
      if (!scan.introduced(a.start)) continue;
      // (Not someone the post written beside never named: "Bộ trưởng Quốc phòng … Yamada Takao" is not Ambassador Yamada Takio.)
      const m = scan.describe(a.start, b.end, id);
      const person = scan.registry.person(id)!;
      // (A post written beside it that names none of their offices, known or not, is another's: "ông Sato Ken, Tổng Thư ký
      // …" is not the minister Saito Ken.)
      if ((m.officeIds.length || m.position !== null) && !person.positions.some((p) => m.officeIds.includes(p.office_id))) continue;
      scan.mentions.push(m);
    }
  }
}

/** A family name (Japanese) or given name (Vietnamese) alone after a title refers back to someone named. */
function namesReferredBack(scan: Scan, runs: readonly Word[][]): void {
  const { text, registry, grammar } = scan;
  const { rankAtEnd: RANK_AT_END, honorificAtEnd: HONORIFIC_AT_END, titleWord: TITLE_WORDS, nameStopword: NOT_A_NAME } = grammar;
  const named = new Map<string, string>();
  for (const m of scan.mentions) {
    const p = registry.person(m.personId!)!;
    named.set(referringWord(registry, p), p.person_id);
    const last = m.written.slice(m.written.lastIndexOf(" ") + 1);
    if (m.written !== p.name && isPhoneticWord(last)) named.set(last.toLowerCase(), p.person_id);
  }
  if (!named.size) return;
  // (Most words of the runs start with a letter no name named starts with: they are passed over before any string is
  // made. The letters are kept as code units, which a word's first letter is read as without making a string either.)
  const firsts = new Set<number>();
  for (const k of named.keys()) {
    const first = k.charAt(0);
    const upper = first.toUpperCase();
    firsts.add(first.charCodeAt(0));
    if (upper.length === 1) firsts.add(upper.charCodeAt(0));
  }
  for (const run of runs) {
    for (const w of run) {
      // (A word of a mention found already is passed over before it is lower-cased: most words that pass the letter are.
      // Whether a word is spelled phonetically is asked only when it must be, which is seldom.)
      if ((!firsts.has(w.text.charCodeAt(0)) && !isPhoneticWord(w.text)) || scan.taken(w.start, w.end)) continue;
      const id = named.get(w.text.toLowerCase()) ?? (isPhoneticWord(w.text) ? named.get((phoneticNameToRomaji(w.text) ?? "").toLowerCase()) : undefined);
      if (!id) continue;
      // A word of a title or an organisation is not a name, even when it spells one: "Chính" in "Thủ tướng Chính phủ".
      if (NOT_A_NAME.test(w.text) && /^ \p{Ll}/u.test(text.slice(w.end, w.end + 2))) continue;
      const before = text.slice(Math.max(0, w.start - 40), w.start);
      if (!(TITLE_WORDS.test(before.split(/[,.;:]/).at(-1) ?? "") || RANK_AT_END.test(before) || HONORIFIC_AT_END.test(before))) continue;
      if (scan.inPlace(w.start, w.end)) continue;
      // A word that is a place's whole name ("Đức", "Anh", "Ishikawa") is the person only right after their rank, honorific
      // or title ("Thượng tướng Đức", "Bộ trưởng Ishikawa"); after other words it is the place ("Bộ trưởng Quốc phòng Đức").
      if (grammar.placeNames.isPhrase(w.text) && !(RANK_AT_END.test(before) || HONORIFIC_AT_END.test(before) || grammar.titleAtEnd.test(before))) continue;
      scan.mentions.push(scan.describe(w.start, w.end, id));
    }
  }
}

/** Names the registry does not know, introduced by a rank, an honorific or a title. */
function unregisteredAfterRank(scan: Scan, runs: readonly Word[][]): void {
  const { text, grammar, names } = scan;
  for (const run of runs) {
    // Up to four words from each word on.
    for (let i = 0; i + 1 < run.length; i++) {
      const start = run[i]!.start;
      const end = run[Math.min(run.length, i + 4) - 1]!.end;
      if (scan.taken(start, end)) continue;
      const before = text.slice(Math.max(0, start - 30), start);
      if (!scan.endsWithRankOrHonorific(before)) continue;
      const span = text.slice(start, end);
      if (grammar.nameStopword.test(span) && stoppedAsVietnamese(readName(names, textsOf(run, i, i + 4)), span, grammar) !== false) continue;
      if (scan.inPlace(start, end)) continue;
      scan.mentions.push(scan.describe(start, end, null, names));
      break;
    }
  }
}

/**
 * A Japanese family name alone right after a rank or an honorific ("Đại tá Yamada, Chỉ huy tàu …"), which the press
 * writes for officers it names once: a run of that one word.
 */
function familyNamesAfterRank(scan: Scan, runs: readonly Word[][]): void {
  const { text, names } = scan;
  for (const run of runs) {
    // A word alone, or after an honorific or rank capitalised at a sentence's start ("Ông Moriyama cũng gặp …").
    const w = run.length === 1 ? run[0]! : run.length === 2 && scan.endsWithRankOrHonorific(text.slice(run[0]!.start, run[1]!.start)) ? run[1]! : null;
    if (!w) continue;
    // (A word spelled syllable by syllable in Vietnamese letters, "I-chi-ca-oa", is a Japanese name by its shape.)
    if (!(readFamilyName(names, w.text) || isPhoneticWord(w.text)) || scan.taken(w.start, w.end)) continue;
    const before = text.slice(Math.max(0, w.start - 30), w.start);
    if (!scan.endsWithRankOrHonorific(before) || scan.inPlace(w.start, w.end)) continue;
    scan.mentions.push(scan.describe(w.start, w.end, null, names));
  }
}

/**
 * A Japanese family name alone at the end of its run, after a post ("Bộ trưởng Quốc phòng Kono", "Đại sứ Nhật Bản
 * Yamada"): the one holder of that post with that family name (see `holderNamed`), as Japanese summaries name an
 * official. Only when the post and the name give exactly one registry person: a family name after a title is often
 * a company's or a place's.
 */
function familyNamesAfterTitle(scan: Scan, runs: readonly Word[][]): void {
  const { names } = scan;
  for (const run of runs) {
    const w = run.at(-1)!;
    if (!readFamilyName(names, w.text) || scan.taken(w.start, w.end) || !scan.introduced(w.start) || scan.inPlace(w.start, w.end)) continue;
    const named = holderNamed(scan, scan.describe(w.start, w.end, null, names));
    if (named.personId) scan.mentions.push(named);
  }
}

/** A word written with a capital and then lower case: a name's, not an acronym's. */
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;

/**
 * Names the registry does not know, by their shape, with a cue anywhere in the clause before: a title however long
 * ("Tư lệnh Cơ quan … Nhật Bản Taro Yamada"), a rank, an honorific. The name ends its run of capitalised words (what
 * comes before it in the run is the title's organisation or country): the longest such name.
 */
function unregisteredAfterTitle(scan: Scan, runs: readonly Word[][]): void {
  const { grammar, names } = scan;
  for (const run of runs) {
    for (let i = Math.max(0, run.length - 4); i + 1 < run.length; i++) {
      const start = run[i]!.start;
      const end = run.at(-1)!.end;
      if (scan.taken(start, end)) continue;
      const words = textsOf(run, i, run.length);
      const shape = readName(names, words);
      if (!shape || (stoppedAsVietnamese(shape, words.join(" "), grammar) ?? words.slice(1).some((w) => grammar.nameStopword.test(w)))) continue;
      if (!scan.introduced(start)) continue;
      if (scan.inPlace(start, end)) continue;
      // (Not the last two words of a name of three standing right after its title: "Thứ trưởng Park Jae Min" is one
      // person, not "Jae Min" with "Park" taken into the title; a first word that is a place's or an acronym is the post's.)
      if (i === 1 && CAPITALISED_WORD.test(run[0]!.text) && scan.rightAfterTitle(run[0]!.start) && !scan.inPlace(run[0]!.start, run[0]!.end)) continue;
      scan.mentions.push(scan.describe(start, end, null, names));
      break;
    }
  }
}

/**
 * For words shaped like a Vietnamese name: whether a stop word or phrase still makes them no name. A word of a
 * place or an organisation ("Thái Bình Dương", "Biển Đông") is no name's, but Bình, Dương, Hải, Quốc are given
 * names too ("Đại tá Hồ Thanh Bình"): only the stop words that are not given names count. Undefined for other shapes.
 */
function stoppedAsVietnamese(shape: ReturnType<typeof readName>, words: string, grammar: Grammar): boolean | undefined {
  return shape?.country === "VN" ? grammar.nameStopwordForVietnameseName.test(words) : undefined;
}

function describe(text: string, start: number, end: number, personId: string | null, registry: Registry, grammar: Grammar, onDate?: string, names?: NameModel): PersonMention {
  const { rankAtEnd: RANK_AT_END, honorificAtEnd: HONORIFIC_AT_END, titleWord: TITLE_WORDS } = grammar;
  const written = text.slice(start, end);
  const prefix = titlePrefix(text, start, grammar);
  // (Or, in Chinese order, right after the name: "Ngô Xuân Lịch Đại tướng quân".)
  const writtenRank = RANK_AT_END.exec(prefix)?.[1] ?? grammar.rankAfterName.exec(text.slice(end, end + 40))?.[1];
  const rank = writtenRank ? (grammar.rankForm.get(writtenRank.toLowerCase()) ?? writtenRank) : null;
  // The post begins at its first title word: "(lễ đón) chính thức Bộ trưởng …" is the post "Bộ trưởng …".
  const unranked = prefix.replace(RANK_AT_END, "").replace(HONORIFIC_AT_END, "").trim();
  const firstTitle = TITLE_WORDS.exec(unranked);
  // (A word of a post held before stays with it: "nguyên Thủ tướng Nhật Bản" is not the post.)
  const formerBefore = firstTitle ? grammar.formerAtEnd.exec(unranked.slice(0, firstTitle.index)) : null;
  const before = firstTitle ? unranked.slice(formerBefore ? formerBefore.index + formerBefore[0].search(/\S/u) : firstTitle.index) : unranked;
  const after = appositive(text, end, grammar);
  const person = personId ? registry.person(personId)! : null;
  // A name the registry does not know is published in its canonical form (Japanese family name first).
  const shape = !person && names ? readName(names, written.split(/\s+/)) : null;
  const country = person ? person.country : guessCountry(written, `${before} ${after.join(" ")}`, grammar);
  const posts = [before, ...after].filter((t) => t && TITLE_WORDS.test(t));
  const officeIds = new Set<string>();
  const formerOfficeIds = new Set<string>();
  let position: string | null = null;
  for (const post of posts) {
    const former = grammar.formerOpening.exec(post);
    const written = officesOf(registry, former ? post.slice(former[0].length) : post, country);
    // A short title ("Thứ trưởng") names the office of a known person whose full title begins with it.
    const ids = !written.length && person ? officesBegunBy(registry, person, post) : written;
    if (ids.length && position === null) position = post;
    for (const id of ids) (former ? formerOfficeIds : officeIds).add(id);
  }
  position ??= posts[0] ?? null;
  // A title that names no body, then another post ("Phó Tư lệnh, Tham mưu trưởng Vùng Cảnh sát biển 1"): one post of two
  // titles in that body, published whole (each part is read for offices above).
  // (Both after the name: a title before it and the post after its comma are another's, "… của Thứ trưởng A, Tham mưu
  // trưởng B biểu thị …".)
  const next = position !== null && grammar.bareTitle.test(position) && after.includes(position) ? after[after.indexOf(position) + 1] : undefined;
  if (next !== undefined) position = `${position}, ${next}`;
  return {
    start,
    end,
    written,
    personId,
    name: person ? person.name : shape && shape.country === country ? shape.canonical : written,
    country,
    rank: rank ?? (person && onDate ? registry.rankShownOn(person.person_id, onDate) : null),
    position,
    officeIds: [...officeIds].sort(),
    ...(formerOfficeIds.size ? { formerOfficeIds: [...formerOfficeIds].sort() } : {}),
  };
}

/** The words just before a name, back to the previous clause boundary. */
function titlePrefix(text: string, start: number, grammar: Grammar): string {
  const window = text.slice(Math.max(0, start - 90), start);
  // A reporter's credit in brackets ("… điện (Phóng viên Lý Minh) Việt Nam Quốc phòng Bộ trưởng A") ends a clause too.
  const close = window.lastIndexOf(")");
  const credit = close >= 0 && grammar.reporterCreditAtEnd.test(window.slice(0, close + 1)) ? close : -1;
  // A bracket closed before the name is part of the title ("Tổng Giám đốc Cơ quan Cảnh sát Quốc gia (NPA) B"); one still
  // open ends a clause ("(Bộ trưởng B").
  const open = window.lastIndexOf("(");
  const unclosed = open > close ? open : -1;
  const punctuation = Math.max(window.lastIndexOf(","), window.lastIndexOf("."), window.lastIndexOf(";"), unclosed, window.lastIndexOf(":"), credit);
  // A boundary word before the last punctuation mark cannot be the cut: only the words after it are searched.
  const word = lastWord(window.slice(punctuation + 1), grammar.titleBoundary);
  const cut = word < 0 ? punctuation : punctuation + 1 + word;
  return window.slice(cut + 1).trim();
}

/** Comma-separated posts after a name: ", Ủy viên Bộ Chính trị, …, Bộ trưởng Bộ Quốc phòng Việt Nam," */
function appositive(text: string, end: number, grammar: Grammar): string[] {
  // Most names are followed by no post at all: nothing to read unless a comma or dash comes next.
  APPOSITION_START.lastIndex = end;
  if (!APPOSITION_START.test(text)) return [];
  // A post never runs into the next paragraph, nor into the next sentence ("…, Thứ trưởng Quốc phòng. Hai bên …").
  const newline = text.indexOf("\n", end);
  const line = text.slice(end, newline >= 0 && newline < end + 250 ? newline : end + 250);
  const stop = SENTENCE_END.exec(line);
  const sentence = stop ? line.slice(0, stop.index + 1) : line;
  // Nor past a semicolon, which sets the people of a list apart ("… ông B, Thị trưởng …; ông C, Tổng lãnh sự …").
  const semicolon = sentence.indexOf(";");
  const rest = semicolon >= 0 ? sentence.slice(0, semicolon) : sentence;
  const posts = rest.replace(/^\s*[,–-]\s*/, "");
  const out: string[] = [];
  // The comma-separated parts, trimmed, read one by one: most lists stop at their first part.
  for (let from = 0; from <= posts.length; ) {
    const comma = posts.indexOf(",", from);
    const to = comma < 0 ? posts.length : comma;
    const p = posts.slice(from, to).trim();
    if (!grammar.titleWord.test(firstWords(p, 3)) && !/^Ủy viên/.test(p)) break;
    const clause = balanced(beforeMatch(p, grammar.postBoundary));
    out.push(clause.replace(/[.;]+$/, ""));
    if (clause !== p) break;
    from = to + 1;
  }
  return out;
}

/** The text before the first match of `re` (as `text.split(re)[0]`, without the other parts). */
function beforeMatch(text: string, re: RegExp): string {
  const m = re.exec(text);
  return m ? text.slice(0, m.index) : text;
}

/** Where a post may follow a name: spaces (not a line break) and a comma or a dash. */
const APPOSITION_START = /[^\S\n]*[,–-]/y;

/** The first `n` words of a text (as `text.split(" ").slice(0, n).join(" ")`, without the arrays). */
function firstWords(text: string, n: number): string {
  let at = -1;
  for (let i = 0; i < n; i++) {
    at = text.indexOf(" ", at + 1);
    if (at < 0) return text;
  }
  return text.slice(0, at);
}

/** A post up to its first unmatched closing bracket, which closes a bracket opened before the name ("(… Bộ trưởng Bộ Quốc phòng)"). */
function balanced(post: string): string {
  let depth = 0;
  for (let i = 0; i < post.length; i++) {
    const c = post[i];
    if (c === "(") depth++;
    else if (c === ")" && --depth < 0) return post.slice(0, i).trimEnd();
  }
  return post;
}

function officesOf(registry: Registry, post: string, country: CountryCode | null): readonly string[] {
  return remember(memosOf(registry).offices, `${post}|${country ?? ""}`, () => {
    // The post may end with the country or carry an organisation after it: the longest beginning that is a title.
    return registry.officesByLongestTitle(post, country ?? undefined);
  });
}

/** The offices of a person's posts whose full title begins with a short one ("Thứ trưởng"), in the order of the posts. */
function officesBegunBy(registry: Registry, person: Person, post: string): readonly string[] {
  return remember(memosOf(registry).begunBy, `${person.person_id}|${post}`, () => {
    const short = post.toLowerCase();
    return person.positions.map((pos) => registry.office(pos.office_id)!).filter((office) => office.title_vi.toLowerCase().startsWith(short)).map((office) => office.office_id);
  });
}

function guessCountry(name: string, posts: string, grammar: Grammar): CountryCode | null {
  // A country the post is stationed in or travels to is no side of the person's: "Tùy viên Quốc phòng Việt Nam tại Nhật Bản".
  // Nor is an ocean or a region that holds a country's name: "khu vực Ấn Độ Dương - Thái Bình Dương".
  const context = posts.replace(grammar.placedCountry, " ").replace(grammar.regionNames, " ");
  const { VN, JP } = grammar.sideName;
  if (grammar.foreignCountry.test(context) && !context.includes(VN) && !context.includes(JP)) return null;
  if (context.includes(JP)) return "JP";
  if (context.includes(VN)) return "VN";
  const words = name.split(/\s+/);
  if (words.every((w) => isRomajiWord(w))) return "JP";
  // Diacritics are what Japanese romaji lacks: a name of Vietnamese syllables, one of them marked, is Vietnamese.
  if (words.every((w) => isVietnameseSyllable(w)) && /[^\x00-\x7f]/.test(name)) return "VN";
  return null;
}

/** Lookups repeat from article to article (the same names and titles): remember them per registry, one map per kind. */
interface Memos {
  /** Spelling → the registry query it stands for and who it names on any date. */
  readonly names: Map<string, { readonly query: string; readonly found: readonly { readonly person_id: string }[] }>;
  /** `query|date` → who it names on that date. */
  readonly people: Map<string, readonly { readonly person_id: string }[]>;
  /** `post|country` → the offices a written post names. */
  readonly offices: Map<string, readonly string[]>;
  /** `person|post` → the offices of the person's posts whose title begins with the post. */
  readonly begunBy: Map<string, readonly string[]>;
  /** Person → the word they are referred back by. */
  readonly referringWords: Map<string, string>;
  /** The sound of a family name → the registry's Japanese with it (filled on first use). */
  readonly japaneseByFamilySound: Map<string, readonly Person[]>;
}
const memos = new WeakMap<Registry, Memos>();
function memosOf(registry: Registry): Memos {
  let m = memos.get(registry);
  if (!m) memos.set(registry, (m = { names: new Map(), people: new Map(), offices: new Map(), begunBy: new Map(), referringWords: new Map(), japaneseByFamilySound: new Map() }));
  return m;
}
function remember<T>(m: Map<string, T>, key: string, compute: () => T): T {
  const known = m.get(key);
  if (known !== undefined) return known;
  const v = compute();
  if (m.size > 200_000) m.clear(); // bounded: a corpus of unusual spellings cannot grow it without limit
  m.set(key, v);
  return v;
}

/**
 * The words of `run[from..to)` as text. Built by a plain loop: an array made by `slice().map()` here reached the
 * `join`s after it with another elements kind than the optimised code expected, and findPersonMentions was
 * deoptimised on every article that took this path (hundreds of times a 10k build).
 */
function textsOf(run: readonly Word[], from: number, to: number): string[] {
  const out: string[] = [];
  for (let i = from; i < Math.min(to, run.length); i++) out.push(run[i]!.text);
  return out;
}

/** The registry's Japanese whose family name sounds so (`japaneseSoundKey`), indexed once per registry. */
function japaneseOfFamilySound(registry: Registry, key: string): readonly Person[] {
  const memo = memosOf(registry);
  if (!memo.japaneseByFamilySound.size) {
    for (const p of registry.persons) {
      if (p.country !== "JP") continue;
      const sound = japaneseSoundKey(p.name.split(" ")[0]!);
      memo.japaneseByFamilySound.set(sound, [...(memo.japaneseByFamilySound.get(sound) ?? []), p]);
    }
  }
  return memo.japaneseByFamilySound.get(key) ?? [];
}

/** The word a person is referred back by, lower-cased: the family name of a Japanese (written first), else the given name (written last). */
function referringWord(registry: Registry, p: Person): string {
  return remember(memosOf(registry).referringWords, p.person_id, () => {
    const words = p.name.split(" ");
    return (p.country === "JP" ? words[0] : words.at(-1))!.toLowerCase();
  });
}

/** Runs of capitalised words (`capitalisedWords`) separated by plain spaces. */
function capitalisedRuns(text: string): Word[][] {
  const runs: Word[][] = [];
  let run: Word[] = [];
  for (const w of capitalisedWords(text)) {
    const prev = run.at(-1);
    if (prev && onlySpaces(text, prev.end, w.start)) run.push(w);
    else {
      if (run.length) runs.push(run);
      run = [w];
    }
  }
  if (run.length) runs.push(run);
  return runs;
}

function allInName(places: readonly number[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!(places[i]! & IN_NAME)) return false;
  return true;
}

/** Whether text[from, to) is one or more plain spaces. */
function onlySpaces(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) !== 32) return false;
  return true;
}

/**
 * Whether a word may be the last of a rank or an honorific: it ends as one does, in any case. The same few words
 * come before names from article to article: each is lower-cased and compared once per grammar.
 */
function mayEndRankOrHonorific(grammar: Grammar, word: string): boolean {
  let known = rankOrHonorificEndings.get(grammar);
  if (!known) rankOrHonorificEndings.set(grammar, (known = new Map()));
  return remember(known, word, () => {
    const last = word.toLowerCase();
    return last !== "" && grammar.rankOrHonorificEnds.some((w) => last.endsWith(w));
  });
}
const rankOrHonorificEndings = new WeakMap<Grammar, Map<string, boolean>>();

/** The run of letters (and marks) a text ends with, white space after it skipped. */
function lastLetters(s: string): string {
  const end = s.trimEnd().length; // (trimEnd's white space is \s's)
  let start = end;
  while (start > 0 && isLetterOrMarkUnit(s.charCodeAt(start - 1))) start--;
  return s.slice(start, end);
}

/**
 * Where the last match of a global expression in `s` ends (its last character), -1 if there is none: the matches
 * `allMatches` (lang/matches.ts) gives, read one at a time (no array of them: this runs for every name's window). The expression must
 * not match the empty string.
 */
function lastWord(s: string, re: RegExp): number {
  let at = -1;
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) at = m.index + m[0].length - 1;
  re.lastIndex = 0;
  return at;
}

/** Who a person is: the registry id, else the words of the name whatever their order ("Taro Yamada" = "Yamada Taro"). */
export function keyOf(p: { person_id?: string | null; personId?: string | null; name: string }): string {
  return p.person_id ?? p.personId ?? nameKey(p.name);
}

/** Whether two groups of people have a person in common on each side (the same people meeting). */
export function sameSides(a: readonly { personId: string | null; name: string; country: CountryCode | null }[], b: readonly { personId: string | null; name: string; country: CountryCode | null }[]): boolean {
  return SIDES.every((side) => a.some((p) => p.country === side && b.some((q) => q.country === side && keyOf(q) === keyOf(p))));
}
