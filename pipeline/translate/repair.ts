import type { Person, Registry } from "../registry/index.ts";
import { GLOSSARY } from "./glossary.ts";
import { matchSpan, nameParts, nameWords, normalizeWord } from "./match.ts";
import { combineReadings, readingsOf, readingsOfHanViet } from "./pinyin.ts";
import { tableReadings, type HanReadings } from "./readings.ts";
import type { Grammar } from "../lang/lexicon.ts";
import type { PhraseIndex } from "../lang/phrases.ts";
import type { Fix } from "../lang/repaired.ts";
import { splitPinyin } from "../lang/syllables.ts";
import { findGarbledSpans } from "./spans.ts";
import { isNameLike, joinsName, tokenize, type Token } from "../lang/tokens.ts";
import { allMatches } from "../lang/matches.ts";
import type { MatchResult, NameCandidate, NameVariant } from "./types.ts";

/**
 * Repairs a machine-translated article: title and party terms from the
 * glossary, and person names garbled through Chinese characters, resolved
 * against the registry by three mechanisms in turn:
 *
 * 1. spelling: the span is one of the pinyin (or Sino-Vietnamese) spellings
 *    generated from a person's characters, within a syllable or so;
 * 2. surname: a Vietnamese name whose surname is that of a person already
 *    resolved in the same article ("Nguyễn Phuntsuan" after "Ruan Fuzhong");
 * 3. title and date: the title beside the name and the article's years
 *    leave one office holder with that surname ("Tổng Bí thư Nguyễn Phú Sáu"
 *    in 2015 is Nguyễn Phú Trọng).
 *
 * Once a person is resolved in the article, later parts of their name are
 * read by syllable: the given name alone ("Chunli" after "Wu Chunli"), and
 * the family name with another reading of the given name ("Muyuan Nian"
 * after "Muyuan Ren": 稔 read by another sound).
 *
 * A garbled span none of these resolves is kept and listed with no
 * replacement, never replaced by a guess.
 */

export interface RepairContext {
  readonly registry: Registry;
  /** The compiled lexicon: titles, ranks and honorifics that introduce a name, verbs of saying, Vietnamese surnames. */
  readonly grammar: Grammar;
  readonly candidates: readonly NameCandidate[];
  /** Results of matchSpan by span text: articles repeat names, and matching one span costs tens of milliseconds. */
  readonly matches?: Map<string, MatchResult>;
}

function matchCached(ctx: RepairContext, span: string): MatchResult {
  const hit = ctx.matches?.get(span);
  if (hit) return hit;
  const result = matchSpan(span, shortlist(ctx.candidates, span));
  ctx.matches?.set(span, result);
  return result;
}

/**
 * Candidates sharing at least one syllable with the span. Matching aligns
 * syllables with edit distances, which is costly over a whole registry; a
 * candidate sharing no syllable cannot reach the match threshold (most of
 * its syllables would have to be near misses), so only the others are scored.
 */
const syllableIndexes = new WeakMap<readonly NameCandidate[], Map<string, NameCandidate[]>>();
function shortlist(candidates: readonly NameCandidate[], span: string): NameCandidate[] {
  let index = syllableIndexes.get(candidates);
  if (!index) {
    index = new Map();
    for (const c of candidates) {
      const syllables = new Set<string>();
      for (const w of nameWords(c.name ?? "")) syllables.add(normalizeWord(w));
      for (const v of c.variants ?? []) for (const w of nameWords(`${v.family} ${v.given ?? ""}`)) syllables.add(normalizeWord(w));
      if (c.han) for (const rs of readingsOf(c.han, { japanese: c.origin === "japanese", ...(c.hanReadings ? { extra: c.hanReadings } : {}) })) for (const r of rs) syllables.add(normalizeWord(r));
      for (const rs of c.guessedReadings ?? []) for (const r of rs) syllables.add(normalizeWord(r));
      for (const syl of syllables) {
        const list = index.get(syl) ?? [];
        list.push(c);
        index.set(syl, list);
      }
    }
    syllableIndexes.set(candidates, index);
  }
  const found = new Set<NameCandidate>();
  for (const w of nameWords(span)) {
    const word = normalizeWord(w);
    const parts = [word, ...splitPinyin(word).flat()];
    for (const part of parts) for (const c of index.get(part) ?? []) found.add(c);
  }
  return candidates.filter((c) => found.has(c));
}

/** The registry's people as matching candidates, with their characters and Sino-Vietnamese readings. */
export function buildCandidates(registry: Registry, hanviet: ReadonlyMap<string, readonly string[]>, hanReadings: Readonly<Record<string, HanReadings>> = {}): NameCandidate[] {
  const byReading = charactersByReading(hanviet);
  return registry.persons.map((p) => {
    // Only names wholly in Chinese characters can be read as pinyin (not "北川イッセイ").
    const han = [p.name_zh, p.name_han].find((h): h is string => !!h && /^\p{Script=Han}+$/u.test(h));
    const japanese = p.country === "JP";
    const c: NameCandidate = { id: p.person_id, name: p.name, origin: japanese ? "japanese" : "vietnamese", nameFamilyWords: 1, nameOrder: "family-first" };
    if (han) {
      c.han = han;
      // (The registry says where a Japanese family name of one or three characters ends: 岸|信夫, 小野寺|五典.)
      if (japanese && p.han_family_length !== undefined) c.familyLength = p.han_family_length;
      const extra = tableReadings(han, hanReadings);
      if (extra.some((r) => r.length)) c.hanReadings = extra;
    }
    // A Vietnamese name nobody recorded in characters: its pinyin guessed syllable by syllable, when every syllable has one.
    if (!han && p.country === "VN") {
      const guessed = nameWords(p.name).map((w) => readingsOfHanViet(w, byReading));
      if (guessed.length > 1 && guessed.every((r) => r.length)) c.guessedReadings = guessed;
    }
    if (han && japanese) {
      const variants = hanVietVariants(p.name_han && /^\p{Script=Han}+$/u.test(p.name_han) ? p.name_han : han, hanviet);
      if (variants.length) c.variants = variants;
    }
    return c;
  });
}

/** Sino-Vietnamese reading → the characters read so (a character with several readings is under each). */
function charactersByReading(hanviet: ReadonlyMap<string, readonly string[]>): ReadonlyMap<string, readonly string[]> {
  const out = new Map<string, string[]>();
  for (const [ch, readings] of hanviet) {
    for (const r of readings) {
      const list = out.get(r);
      if (list) list.push(ch);
      else out.set(r, [ch]);
    }
  }
  return out;
}

/**
 * Sino-Vietnamese readings of a Japanese name in kanji, split after each possible family-name length of two or more
 * characters. A character's first reading comes first, then (up to four readings of the whole name) its others: the
 * Unihan table lists some name characters with a Nôm reading first (永 vắng, before the extra table's vĩnh).
 */
function hanVietVariants(han: string, hanviet: ReadonlyMap<string, readonly string[]>): NameVariant[] {
  const readings = [...han].map((ch) => hanviet.get(ch) ?? []);
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  const out: NameVariant[] = [];
  for (const seq of combineReadings(readings, 4)) {
    const words = seq.map(cap);
    for (let k = 2; k < words.length; k++) out.push({ system: "han-viet", family: words.slice(0, k).join(" "), given: words.slice(k).join(" ") });
  }
  return out;
}

/**
 * `years` are those the article writes and its publication's; `published` says whether the publication's is among them
 * (only then is a near spelling weighed against the posts held in them: the years of a background clause alone say
 * nothing of when the article's people met).
 */
export function repairArticle(text: string, regions: readonly { start: number; end: number }[], ctx: RepairContext, years: readonly number[], published = false): Fix[] {
  const inRegion = (s: number, e: number) => regions.some((r) => s >= r.start && e <= r.end);
  const { nameIntroAtEnd, speechAfter, holderTitleAtEnd, vnSurnames } = ctx.grammar;
  const fixes: Fix[] = [];
  const taken = (s: number, e: number) => fixes.some((f) => s < f.end && e > f.start);

  // Terms first: later steps read titles in their corrected form.
  for (const rule of GLOSSARY) {
    if (!rule.when(text)) continue;
    for (const m of text.matchAll(rule.pattern)) {
      const s = m.index;
      const e = s + m[0].length;
      if (!inRegion(s, e)) continue;
      fixes.push({ start: s, end: e, original: m[0], replacement: rule.replacement, rule: rule.id, evidence: rule.evidence, confidence: 0.9, person_id: null });
    }
  }

  const resolved = new Map<string, Person>();
  const person = (id: string) => ctx.registry.person(id)!;
  const addName = (s: number, e: number, p: Person, rule: string, evidence: string, confidence: number) => {
    fixes.push({ start: s, end: e, original: text.slice(s, e), replacement: p.name, rule, evidence, confidence: round(confidence), person_id: p.person_id });
    resolved.set(p.person_id, p);
  };

  // A spelling matched only nearly is a guess unless the person held a post the registry knows in one of the article's
  // years: one out of office then is not who the article means (a defence minister of 2023 is no former foreign
  // minister whose name is a letter or two away). A person with no post in the registry, or an article with no date of
  // publication, gives nothing to weigh.
  const inOffice = (p: Person) => !published || !p.positions.length || p.positions.some((pos) => years.some((y) => pos.start <= `${y}-12-31` && (pos.end === null || pos.end >= `${y}-01-01`)));
  const matched = (r: MatchResult) => (r.status === "match" && r.best && (r.best.kind === "exact" || inOffice(person(r.best.candidateId))) ? r.best : undefined);

  // 1. Spellings generated from the characters.
  // kind: how the span was found: its pinyin spelling, a Vietnamese surname before a garbled word, or a run of capitalised words after a title.
  const pending: { start: number; end: number; text: string; kind: "pinyin" | "garbled" | "run" }[] = [];
  for (const span of findGarbledSpans(text, vnSurnames)) {
    if (!inRegion(span.start, span.end) || taken(span.start, span.end)) continue;
    const best = matched(matchCached(ctx, span.text));
    if (best) {
      addName(span.start, span.end, person(best.candidateId), `name:${best.system}`, best.reason, best.score);
      continue;
    }
    // A Vietnamese surname taken in before pinyin that the whole does not explain: the pinyin alone may.
    const first = span.tokens[0]!;
    if (span.kind === "pinyin" && span.tokens.length > 1 && vnSurnames.has(first.text)) {
      const rest = span.tokens[1]!.start;
      const alone = matched(matchCached(ctx, text.slice(rest, span.end)));
      if (alone) {
        addName(rest, span.end, person(alone.candidateId), `name:${alone.system}`, alone.reason, alone.score);
        continue;
      }
      pending.push({ start: rest, end: span.end, text: text.slice(rest, span.end), kind: span.kind });
      continue;
    }
    pending.push({ start: span.start, end: span.end, text: span.text, kind: span.kind });
  }

  // A title before a name, as written or as a term corrected above reads ("Phòng vệ Đại thần Trung Cốc Nguyên": 防衛大臣 read
  // in Hán-Việt, the Minister of Defense).
  const introduced = (at: number): boolean => {
    const before = text.slice(Math.max(0, at - 60), at);
    if (nameIntroAtEnd.test(before)) return true;
    const term = fixes.find((f) => f.replacement !== null && f.end <= at && /^\s+$/u.test(text.slice(f.end, at)));
    return term !== undefined && nameIntroAtEnd.test(`${text.slice(Math.max(0, term.start - 60), term.start)}${term.replacement} `);
  };

  // Runs of capitalised words standing as a person's name that the registry does not know.
  for (const run of nameRuns(text, ctx.grammar.placeNames)) {
    if (!inRegion(run.start, run.end) || taken(run.start, run.end) || pending.some((p) => p.start === run.start)) continue;
    // A run in brackets right after a name resolved above is another spelling of that name, its Sino-Vietnamese reading
    // ("Heye Tailang (Hà Dã Thái Lang)"): taken when its spelling leads to the same person, whatever its first word.
    const opening = BRACKET_OPENING.exec(text.slice(Math.max(0, run.start - 8), run.start));
    const glossed = opening ? fixes.find((f) => f.person_id !== null && f.end === run.start - opening[0].length) : undefined;
    if (glossed) {
      const best = matched(matchCached(ctx, run.text));
      if (best && best.candidateId === glossed.person_id) addName(run.start, run.end, person(best.candidateId), `name:${best.system}`, `${best.reason}, in brackets after ${glossed.original}`, best.score);
      continue;
    }
    if (!introduced(run.start)) continue;
    if (ctx.registry.findPeople(run.text).length) continue;
    pending.push({ start: run.start, end: run.end, text: run.text, kind: "run" });
  }
  pending.sort((a, b) => a.start - b.start);

  for (const p of pending) {
    if (taken(p.start, p.end)) continue;
    const before = text.slice(Math.max(0, p.start - 60), p.start);
    const words = p.text.split(/\s+/);
    const surname = words[0]!;

    // A part of the name of someone resolved in the article: the given name alone, or the family name before a garbled given name.
    const part = byPart(p.text, [...resolved.values()], candidateById(ctx.candidates));
    if (part) {
      addName(p.start, p.end, part.person, part.rule, part.evidence, 0.7);
      continue;
    }

    // Sino-Vietnamese readings of a Japanese name ("Tiểu Dã Tự").
    if (!vnSurnames.has(surname)) {
      const best = matched(matchCached(ctx, p.text));
      if (best) {
        addName(p.start, p.end, person(best.candidateId), `name:${best.system}`, best.reason, best.score);
        continue;
      }
    } else {
      // 2. A person with this surname resolved earlier in the article.
      const sameSurname = [...resolved.values()].filter((q) => q.country === "VN" && q.name.split(" ")[0] === surname && q.name !== p.text);
      if (sameSurname.length === 1) {
        addName(p.start, p.end, sameSurname[0]!, "name:same-surname", `surname ${surname} as ${sameSurname[0]!.name}, resolved elsewhere in the article`, 0.7);
        continue;
      }
      // 3. The holder of the title beside the name, in the article's years.
      const title = holderTitleAtEnd.exec(before)?.[1];
      if (title && years.length) {
        const holders = titleHolders(ctx.registry, normaliseTitle(title), years).filter((q) => q.name.split(" ")[0] === surname);
        if (holders.length === 1) {
          addName(p.start, p.end, holders[0]!, "name:title-holder", `'${normaliseTitle(title)}' in ${years.join(", ")} with surname ${surname}: ${holders[0]!.name}`, 0.7);
          continue;
        }
      }
    }
    // Listed as unresolved when it is surely a person: a Vietnamese surname with a garbled given name,
    // or a pinyin word with a title before it or a verb of speech after it ("Manila" is neither).
    if (p.kind === "garbled" || (p.kind === "pinyin" && (nameIntroAtEnd.test(before) || speechAfter.test(text.slice(p.end, p.end + 20))))) {
      fixes.push({ start: p.start, end: p.end, original: p.text, replacement: null, rule: "name:unresolved", evidence: "garbled name that no spelling, surname or office holder explains; kept as written", confidence: 0, person_id: null });
    }
  }

  // The same spelling again, where nothing marks it as garbled: a pinyin name whose syllables are also Vietnamese
  // ("Su Lin") is found after its title, and stands bare later on ("Su Lin nói …"); or it is written with its
  // syllables joined or parted otherwise ("Zhong Guo Yuan" after "Zhong Guoyuan"): the same letters in order,
  // capitalised, with or without a space or hyphen between any two.
  for (const f of [...fixes]) {
    if (!f.person_id || f.original.length < 4) continue;
    const again = sameLetters(f.original);
    for (const m of allMatches(again, text)) {
      const end = m.index + m[0].length;
      if (m.index === f.start || !/^\p{Lu}/u.test(m[0]) || !inRegion(m.index, end) || taken(m.index, end)) continue;
      fixes.push({ ...f, start: m.index, end, original: m[0], rule: "name:same-spelling", evidence: `the spelling resolved at its first mention (${f.rule}): ${f.replacement}`, confidence: round(f.confidence * 0.95) });
    }
  }
  return fixes.sort((a, b) => a.start - b.start);
}

/** Between a name and a bracketed other spelling of it, at the end of the text before the spelling: " (". */
const BRACKET_OPENING = /\s*\(\s*$/u;

/** The letters of a spelling in order, with an optional space or hyphen between any two, as one word (any case). */
function sameLetters(spelling: string): RegExp {
  const letters = [...spelling.replace(/[\s\-‐]+/gu, "")].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`(?<![\\p{L}\\p{M}])${letters.join("[ \\-‐]?")}(?![\\p{L}\\p{M}])`, "giu");
}

const candidateIndexes = new WeakMap<readonly NameCandidate[], Map<string, NameCandidate>>();
function candidateById(candidates: readonly NameCandidate[]): Map<string, NameCandidate> {
  let m = candidateIndexes.get(candidates);
  if (!m) candidateIndexes.set(candidates, (m = new Map(candidates.map((c) => [c.id, c]))));
  return m;
}

/**
 * The one person resolved in the article whom a span names by a part of
 * their name, compared syllable by syllable: the span is their given name
 * alone in any system's spelling ("Chunli" for Ngô Xuân Lịch, read 春力), or
 * begins with their family name (of five letters or more, so distinctive) and
 * ends in one other word, the given name read otherwise ("Muyuan Nian" for
 * Kihara Minoru, 木原稔). Vietnamese surnames are shared by too many people
 * for the second: those go by the same-surname rule.
 */
function byPart(span: string, resolved: readonly Person[], candidates: ReadonlyMap<string, NameCandidate>): { person: Person; rule: string; evidence: string } | null {
  const words = nameWords(span).map(normalizeWord);
  if (!words.length) return null;
  const hits = new Map<string, { person: Person; rule: string; evidence: string }>();
  for (const q of resolved) {
    const c = candidates.get(q.person_id);
    if (!c) continue;
    const parts = nameParts(c);
    const given = parts.given.find((g) => g.spelling === words.join(""));
    if (given && given.spelling.length >= 3) {
      hits.set(q.person_id, { person: q, rule: "name:given-alone", evidence: `given name alone, ${given.system} spelling "${given.spelling}" of ${q.name}, resolved elsewhere in the article` });
      continue;
    }
    if (q.country === "VN" || words.length < 2) continue;
    for (let k = 1; k < words.length; k++) {
      const family = parts.family.find((f) => f.spelling === words.slice(0, k).join("") && f.spelling.length >= 5);
      if (family && words.length - k === 1) {
        hits.set(q.person_id, { person: q, rule: "name:resolved-family", evidence: `family name ${family.system} spelling "${family.spelling}" of ${q.name}, resolved elsewhere in the article; given name "${words.slice(k).join(" ")}" read otherwise` });
      }
    }
  }
  return hits.size === 1 ? [...hits.values()][0]! : null;
}

/** Maximal runs of two to four capitalised words joined by spaces or hyphens. */
function nameRuns(text: string, places: PhraseIndex): { start: number; end: number; text: string }[] {
  const toks = tokenize(text);
  const out: { start: number; end: number; text: string }[] = [];
  let run: Token[] = [];
  const flush = () => {
    // A title's country or place runs into the name after it ("Bộ trưởng Quốc phòng Nhật Bản Mộc Nguyên Nậm"): not the name's.
    while (run.length && places.overlaps(text, run[0]!.start, run[0]!.end)) run.shift();
    if (run.length >= 2 && run.length <= 4) {
      const start = run[0]!.start;
      const end = run.at(-1)!.end;
      out.push({ start, end, text: text.slice(start, end) });
    }
    run = [];
  };
  for (const t of toks) {
    const prev = run.at(-1);
    if (isNameLike(t.text) && (!prev || joinsName(text.slice(prev.end, t.start)))) run.push(t);
    else {
      flush();
      if (isNameLike(t.text)) run.push(t);
    }
  }
  flush();
  return out;
}

function normaliseTitle(title: string): string {
  return title.replace(/Tổng [Tt]hư ký/, "Tổng Bí thư");
}

/** Everyone who held an office of this title on 1 January, 1 July or 31 December of any of the years. */
function titleHolders(registry: Registry, title: string, years: readonly number[]): Person[] {
  const out = new Map<string, Person>();
  for (const office of registry.officesByTitle(title, "VN")) {
    for (const y of years) for (const d of [`${y}-01-01`, `${y}-07-01`, `${y}-12-31`]) for (const p of registry.holdersOf(office, d)) out.set(p.person_id, p);
  }
  return [...out.values()];
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** The text with every resolved fix applied (unresolved spans stay as written). */
export function applyFixes(text: string, fixes: readonly Fix[]): string {
  let out = "";
  let at = 0;
  for (const f of fixes) {
    if (f.replacement === null || f.start < at) continue;
    out += text.slice(at, f.start) + f.replacement;
    at = f.end;
  }
  return out + text.slice(at);
}
