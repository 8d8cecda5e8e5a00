import { escapeForm, type Grammar, type MeetingFormat, type MeetingType } from "../lang/lexicon.ts";
import { sentences } from "../lang/sentences.ts";
import { findDates } from "../lang/dates.ts";
import { SIDES, type PersonMention } from "./people.ts";
import type { CountryCode } from "../registry/index.ts";
import { allMatches, lastMatchIndex } from "../lang/matches.ts";
import { once } from "../core/once.ts";
import { sideTitled, thirdTitled } from "./titled.ts";
import { leadsDelegation } from "./delegation.ts";

/**
 * Encounters reported in a sentence: the words that mark a meeting (hội
 * đàm, điện đàm, tiếp, chào xã giao, gặp, Đối thoại, Hội nghị, lễ ký, lễ
 * đón ...), its type and format, and the people taking part: the subject
 * named before the first marker, and the people named after each marker.
 * Invitations and wishes ("mời … thăm") are not encounters; a plan is not
 * one either, and is told apart (`planned`) when asked for: a marker whose
 * clause a plan cue governs ("sẽ hội đàm", "dự kiến … gặp", "sẽ chủ trì lễ
 * đón và hội đàm", "Theo kế hoạch, …", "Hội nghị … sẽ được tổ chức"). A plan
 * in another clause ("Hai bên đã hội đàm và nhất trí sẽ …") changes nothing.
 * Choosing the date and place, and merging the mentions of one meeting,
 * happen later.
 */
export type { MeetingFormat, MeetingType };

export interface EventMention {
  /** Offsets of the sentence in the text. */
  readonly start: number;
  readonly end: number;
  readonly sentence: string;
  /** The marker words, in order (several when one encounter is described by several). */
  readonly triggers: readonly string[];
  readonly type: MeetingType;
  readonly format: MeetingFormat;
  readonly participants: readonly PersonMention[];
  /** Read from a marker that names the encounter as the sentence's setting ("Tại hội đàm, Đại tướng A khẳng định …"). */
  readonly setting?: boolean;
  /** The plan cue that governs its markers ("sẽ", "dự kiến", "Theo kế hoạch"): an encounter planned, not held. */
  readonly planned?: string;
  /**
   * The type of the encounter its sentence names as its setting ("Bên lề Hội nghị …, A gặp B": conference): the
   * occasion it took place at, which is no activity of its own (see `typeOf` in article.ts).
   */
  readonly frame?: MeetingType;
  /**
   * The type of the encounter its sentence's setting clause tells between all its people, named in that clause alone
   * ("Sau cuộc hội đàm giữa A và B, đại diện hai Bộ đã ký …": talks): an activity of the same encounter, as a welcome
   * and the talks after it are one.
   */
  readonly settingOf?: MeetingType;
  /** Its clause's subject is another country's person named by title, no one of either side ("…; Bộ trưởng Quốc phòng Philippines C hội đàm với D"). */
  readonly foreignSubject?: true;
  /**
   * Where its own clause lies in the text, when its sentence tells another encounter in a clause with its own subject
   * ("A hội đàm với B sáng 2/5 rồi được C tiếp chiều 3/5"): a day written there is its day (see when.ts).
   */
  readonly clause?: { readonly start: number; readonly end: number };
}

interface Trigger {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly type: MeetingType;
  /** The plan cue governing it, if any. */
  planned?: string;
  /**
   * Praised as done, with a delegation of each side and its head named after it ("đánh giá cao kết quả cuộc hội đàm
   * giữa Đoàn … do A làm Trưởng đoàn và Đoàn … do B dẫn đầu"): an encounter of the visit between those heads alone.
   */
  praised?: true;
}

/** A sentence's opening clause, up to its first comma (a dot between digits is a date's: "Chiều 3.6, …"). */
const OPENING_CLAUSE = /^(?:[^,;.]|(?<=\d)\.(?=\d)){1,120},/u;
/** A letter. (Expressions with \p{…} are module constants: written in a function, the compiled module makes each anew on every call.) */
const LETTER = /\p{L}/u;
/** How far before a marker its setting may start: a preposition, a journey with its place, a verb, a container. */
const SETTING_REACH = 70;
/**
 * What lies between a forum's marker and a second forum's joined to it: the rest of the first one's name (words, numbers,
 * a bracketed abbreviation; no clause break) and "và" or "cùng".
 */
const JOINED_FORUM = /^[^,;:.]{0,120}?\s(?:và|cùng)\s+$/u;
/**
 * Whether words between two markers tell of another occasion: a time of day or a word of sequence, or a date of a day or
 * a month. (A guest's term written in years, "Đại sứ … nhiệm kỳ 2020 - 2024", is no time of the encounter.)
 */
function anotherOccasion(between: string, grammar: Grammar): boolean {
  // (`newOccasion` takes any digit; its words are looked for with the digits left out, which are read as dates.)
  if (grammar.newOccasion.test(between.replace(/\d/gu, ""))) return true;
  return /\d/u.test(between) && findDates(between, grammar).some((d) => d.day !== null || d.month !== null || d.relative !== null);
}

/** How far before a marker a cue of `not_happened` may start: the cue, two words and the words it reaches past. */
const CUE_REACH = 60;

/**
 * The clause after an opening clause that only dates the sentence ("Chiều 21/11," "Hôm qua,"), when a setting word
 * opens it ("bên lề hội nghị,"), else null.
 */
function settingAfterDate(sentence: string, first: string, grammar: Grammar): string | null {
  const dates = findDates(first, grammar);
  if (!dates.length) return null;
  let rest = first;
  for (const d of dates) rest = rest.replace(d.text, " ");
  // (Brackets around the day are the date's too: "Hôm nay (3/6), bên lề …".)
  if (rest.replace(timesOfDay(grammar), " ").replace(/[\s,()]+/gu, "") !== "") return null;
  const next = OPENING_CLAUSE.exec(sentence.slice(first.length).trimStart());
  return next && openingSetting(next[0], grammar.setting) ? next[0] : null;
}

/** Global: any time-of-day word ("sáng", "chiều"), any case (made once per grammar). */
function timesOfDay(grammar: Grammar): RegExp {
  let re = timesOfDayOf.get(grammar);
  if (!re) timesOfDayOf.set(grammar, (re = new RegExp(grammar.timeOfDaySource, "giu")));
  return re;
}
const timesOfDayOf = new WeakMap<Grammar, RegExp>();

/** The setting preposition an opening clause begins with (its first one to three words), or null. */
function openingSetting(clause: string, setting: RegExp): string | null {
  // (Its first four words: the longest head read, and whether a word follows it.)
  const words = clause.split(/\s+/, 4);
  for (let n = 1; n <= 3 && n < words.length; n++) {
    const head = words.slice(0, n).join(" ");
    const m = setting.exec(`${head} `);
    if (m && m.index === 0 && !m[2] && !m[3]) return m[1]!;
  }
  return null;
}


/** The conference markers' words in either case ("Hội nghị", "hội nghị"), compiled once per grammar. */
const conferenceNouns = new WeakMap<Grammar, RegExp>();
function conferenceNoun(grammar: Grammar): RegExp {
  let re = conferenceNouns.get(grammar);
  if (!re) {
    const words = grammar.triggers.filter(([type]) => type === "conference").flatMap(([, , w]) => w);
    re = new RegExp(`(?<![\\p{L}\\p{M}])(?:${words.map(escapeForm).join("|")})(?![\\p{L}\\p{M}])`, "iu");
    conferenceNouns.set(grammar, re);
  }
  return re;
}

/**
 * A sentence whose clauses, joined by a semicolon, each tell an encounter on a day of its own ("Ngày 20/7, hai Bộ
 * trưởng hội đàm trực tuyến; trước đó, ngày 10/6, A và B đã điện đàm") is read as one sentence per clause: each
 * marker with its own people and its own day.
 */
function datedClauses(text: string, b: { start: number; end: number }, grammar: Grammar): { start: number; end: number }[] {
  const sentence = text.slice(b.start, b.end);
  if (!sentence.includes(";")) return [b];
  const parts: { start: number; end: number }[] = [];
  let from = 0;
  for (let at = sentence.indexOf(";"); at >= 0; at = sentence.indexOf(";", at + 1)) {
    parts.push({ start: from, end: at });
    from = at + 1;
  }
  parts.push({ start: from, end: sentence.length });
  if (parts.length < 2 || !parts.every((p) => tellsDatedEncounter(sentence.slice(p.start, p.end), grammar))) return [b];
  return parts.map((p) => {
    const lead = /^\s*/u.exec(sentence.slice(p.start))![0].length;
    return { start: b.start + p.start + lead, end: b.start + p.end };
  });
}

/** Whether a clause has a marker's word and a day or a span of days. */
function tellsDatedEncounter(clause: string, grammar: Grammar): boolean {
  return grammar.markerWords.anyIn(clause) && /\d/.test(clause) && findDates(clause, grammar).some((d) => d.kind === "day" || d.kind === "range");
}

/** "được ký kết ngày 15/9/2015", "Thỏa thuận ký ngày …": a document signed before, not a signing reported (but see `signedByBoth`). */
const PASSIVE = /(?<!\p{L})được\s*$/u;
const DATED = /^\s*(vào\s+)?(ngày|tháng|năm|hồi)\s+\d/u;

/**
 * Whether a plan cue in a text reaches its end, with no word of having happened after it ("Phía Nhật Bản dự kiến do
 * Thứ trưởng ", "đoàn sẽ dự cuộc gặp …"): what the text goes on to tell is to come. (The plan words are looked for first.)
 */
export function plannedText(text: string, grammar: Grammar): boolean {
  return grammar.planWords.anyIn(text) && grammar.planned.test(text);
}

/** Whether a sentence has a meeting marker of any type. */
export function hasMarker(sentence: string, grammar: Grammar): boolean {
  return markersOfType(sentence, grammar).length > 0;
}

/**
 * The meeting markers a sentence holds (group 1 the marker), of one type or of every type when none is given; each
 * type's expression tried only where one of its words is.
 */
export function markersOfType(sentence: string, grammar: Grammar, type?: MeetingType): RegExpExecArray[] {
  const present = grammar.markerWords.in(sentence);
  return grammar.triggers.flatMap(([t, re, words]) => ((type === undefined || t === type) && words.some((w) => present.has(w)) ? allMatches(re, sentence) : []));
}

/**
 * `keepUnnamed`: also report markers that name nobody ("Sau lễ đón, hai Bộ
 * trưởng tiến hành hội đàm"), which refer back to the encounter before.
 * `keepPlanned`: also report planned encounters (with `planned` set; only those naming someone).
 */
export function findEvents(
  text: string,
  regions: readonly { start: number; end: number }[],
  mentions: readonly PersonMention[],
  grammar: Grammar,
  options: Options = {},
): EventMention[] {
  const events: EventMention[] = [];
  for (const region of regions) {
    // The meeting types whose words the paragraph has: most paragraphs have none, and no sentence has others.
    const paragraph = text.slice(region.start, region.end);
    const present = grammar.markerWords.in(paragraph);
    if (!present.size) continue;
    const index = markerIndex(grammar);
    const openers = maskOf(index.openers, present);
    if (!maskOf(index.triggers, present) && !openers) continue;
    for (const sent of sentences(text, region.start, region.end).flatMap((b) => datedClauses(text, b, grammar))) readSentence(text, sent, mentions, grammar, options, openers, present, events);
  }
  return events;
}

/**
 * Which entries of `grammar.triggers` and of `grammar.openers` list each marker word, as a set of their indexes (bit i
 * for entry i): made once per grammar. The entries that list one of the words a text has are then the bits of its
 * few words, not the answer to asking every word of every entry (`words.some((w) => present.has(w))`).
 */
type MarkerIndex = { readonly triggers: ReadonlyMap<string, number>; readonly openers: ReadonlyMap<string, number> };
const markerIndexes = new WeakMap<Grammar, MarkerIndex>();
function markerIndex(grammar: Grammar): MarkerIndex {
  let index = markerIndexes.get(grammar);
  if (!index) markerIndexes.set(grammar, (index = { triggers: bitsOf(grammar.triggers), openers: bitsOf(grammar.openers) }));
  return index;
}
function bitsOf(entries: Grammar["triggers"]): Map<string, number> {
  // (A lexicon of more types than the bits of a number would need another set; there are a dozen.)
  if (entries.length > 31) throw new Error(`events.ts reads at most 31 meeting types, the lexicon has ${entries.length}`);
  const out = new Map<string, number>();
  entries.forEach(([, , words], i) => {
    for (const w of words) out.set(w, (out.get(w) ?? 0) | (1 << i));
  });
  return out;
}
/** The entries (bits) that list one of the words. */
function maskOf(bits: ReadonlyMap<string, number>, words: Iterable<string>): number {
  let mask = 0;
  for (const w of words) mask |= bits.get(w) ?? 0;
  return mask;
}

type Options = { readonly keepUnnamed?: boolean; readonly keepSettings?: boolean; readonly keepPlanned?: boolean };
type Span = { readonly start: number; readonly end: number };

/** What the markers of a sentence are: the encounters it tells, and what frames them. */
interface Marking {
  /** The sentence with the markers told as a setting blanked out (their words say nothing about its format). */
  readonly own: string;
  /** An encounter that took place, told as the setting of what follows ("Tại hội đàm, …"). */
  readonly told: Trigger | undefined;
  /** The type of the encounter that frames the sentence, and its marker. */
  readonly frame: MeetingType | undefined;
  readonly framedBy: Trigger | undefined;
  /** The markers of the sentence's own encounters, held or planned. */
  readonly marked: Trigger[];
  /** Where the markers of encounters only spoken of start (praised, invited to): the people after one are not the objects of a marker before it. */
  readonly dropped: number[];
}

// findEvents reads each sentence with the two functions below, not in one long loop body: the engine optimises and
// re-optimises each on its own, at a fraction of the cost of the whole.

/** The encounters one sentence (or dated clause) tells, added to `events`. */
function readSentence(text: string, sent: Span, mentions: readonly PersonMention[], grammar: Grammar, options: Options, openers: number, present: ReadonlySet<string>, events: EventMention[]): void {
  const { online: ONLINE } = grammar;
  const sentence = text.slice(sent.start, sent.end);
  // (Most sentences of a paragraph with a marker's words have no marker: they tell nothing.)
  const found = markersIn(sentence, sent, mentions, grammar, openers, present);
  if (!found.length) return;
  const { own, told, frame, framedBy, marked, dropped } = markTriggers(sentence, sent, mentions, grammar, found, events);
  const triggers = marked.filter((t) => !t.planned);
  const planned = marked.filter((t) => t.planned);
  const people = mentions.filter((m) => m.start >= sent.start && m.end <= sent.end && m.country !== null);
  if (options.keepPlanned && planned.length) {
    const format = formatOf(own, planned, marked, grammar);
    // (Its subject is the sentence's: "A đã hội đàm với B và sẽ tiếp C" is A's plan to receive C.)
    const subject = people.filter((m) => m.start - sent.start < marked[0]!.start);
    events.push(...plannedEvents(planned, marked, people, sent, sentence, subject, format, grammar));
  }
  if (!triggers.length) {
    if (told && options.keepSettings && people.length) {
      events.push({ start: sent.start, end: sent.end, sentence, triggers: [told.text], type: told.type, format: ONLINE.test(sentence) && formatWordsOf(sentence, [told], [told, ...marked], grammar) ? "online" : grammar.triggerFormat.get(told.text) === "phone" ? "phone" : "in_person", participants: dedupe(people), setting: true });
    }
    return;
  }
  const subject = people.filter((m) => m.start - sent.start < triggers[0]!.start);

  // One event per marker that names its own counterpart; a marker naming nobody joins the next one ("lễ đón … và hội đàm với X").
  // A planned marker ends the objects of a held one before it that has named someone ("đã hội đàm với B và sẽ tiếp C").
  let pending: Trigger[] = [];
  let emitted = false;
  /** Whether a forum attended was parted from the markers before it (see below): it is an encounter of its own. */
  let split = false;
  const companions = triggers.map((_, i) => companionsAt(i, triggers, sentence, sent.start, people, grammar));
  // (Companions after a clause opening are no subject of their own: "A tiếp B, sau đó cùng C điện đàm" is A's call.)
  const opens = triggers.map((_, i) => {
    const o = clauseSubject(i, triggers, framedBy, sentence, sent.start, people, grammar);
    return o && companions[i]! >= 0 && o.people.length && o.people.every((m) => m.start - sent.start > companions[i]!) ? null : o;
  });
  let sentenceSubject: readonly PersonMention[] = subject;
  let foreignSubject: true | undefined;
  /** Where the clause of the marker read now starts (in the sentence): after the last clause with its own subject. */
  let clauseStart = 0;
  /** The event read last from this sentence (its index in `events`) and its last marker. */
  let read: { index: number; marker: Trigger } | null = null;
  triggers.forEach((t, i) => {
    // (A passive clause is an encounter of its own marker: one before it that named no one, "… dịp hai bên ký Bản ghi
    // nhớ …, rồi được C tiếp", is not its.)
    if (opens[i]?.passive) pending = [];
    // (A forum attended before the companions' marker, "A tham dự Hội nghị X, cùng B hội đàm", is its occasion, not
    // one encounter with it: the marker's own type, framed by the forum.)
    const aside = companions[i]! >= 0 && pending.length > 0 && pending.every((p) => p.type === "conference");
    if (aside) pending = [];
    // (A forum attended after markers that named no one, "A chào xã giao Bộ trưởng Quốc phòng Nhật Bản và dự Hội nghị
    // X", is another occasion, of its own venue and days, not one encounter with them. What they tell, a call on
    // someone given by title alone, such a summary tells again with a name and a day, or not at all: it is no
    // encounter of its own here.)
    if (t.type === "conference" && pending.length && pending.every((p) => p.type !== "conference") && grammar.attending.test(sentence.slice(pending.at(-1)!.end, t.start))) {
      pending = [];
      split = true;
    }
    pending.push(t);
    sentenceSubject = opens[i]?.people ?? sentenceSubject;
    if (opens[i]) [foreignSubject, clauseStart] = [opens[i]!.foreign, opens[i]!.at];
    // (Up to a marker of an encounter only spoken of: "A chào đón B, đánh giá cao kết quả cuộc hội đàm giữa C và D".)
    // (The companions of the next marker are its, not this one's.)
    const until = Math.min(opens[i + 1]?.at ?? (companions[i + 1]! >= 0 ? companions[i + 1]! : triggers[i + 1]?.start) ?? sentence.length, dropped.find((d) => d > t.end) ?? sentence.length);
    const next = planned.find((p) => p.start > t.start && p.start < until);
    const from = companions[i]! >= 0 ? companions[i]! : t.end;
    const beforePlan = next ? namedBetween(people, sent.start, from, next.start) : [];
    const named = beforePlan.length ? beforePlan : namedBetween(people, sent.start, from, until);
    // (A passive clause's hosts receive the sentence's subject: "A hội đàm với B rồi được C tiếp".)
    const objects = !named.length && opens[i]?.passive ? subject : named;
    const last = i === triggers.length - 1;
    if (!objects.length && !last) return;
    // A last marker that names nobody after an encounter already read from this sentence adds no encounter of its own.
    if (!objects.length && last && emitted && !split) return;
    // (A praised encounter is between the heads named after it, not the one who praises it.)
    const participants = dedupe(pending.every((p) => p.praised) ? objects : [...sentenceSubject, ...objects]);
    // A host's second marker of the same type, with nothing between that tells of another occasion, welcomes more
    // guests at one ceremony ("A chủ trì lễ đón B và đón tiếp C"): the same encounter, one more counterpart.
    const previous = read && events[read.index]!;
    const { hostsMarkers: hosts, visitsMarkers: calls } = grammar;
    // So does a guest's marker after the host's, each guest named before it calling on the host ("A tiếp B đến chào
    // …, và C đến chào …"): one reception, the people it names of the guests' side more guests.
    // (Not a clause with its own subject: "A tiếp B, sau đó B đến chào C" is B's call on C.)
    if (
      read && previous && markerOf(read.marker, previous, hosts) &&
      (pending.every((p) => markerOf(p, previous, hosts)) || (pending.every((p) => markerOf(p, previous, calls)) && !opens[i] && guestsOnly(objects, previous, read.marker.start, sent.start))) &&
      !anotherOccasion(sentence.slice(read.marker.end, pending[0]!.start), grammar)
    ) {
      events[read.index] = { ...previous, triggers: [...previous.triggers, ...pending.map((p) => p.text)], participants: dedupe([...previous.participants, ...objects]) };
      read = { index: read.index, marker: t };
      pending = [];
      return;
    }
    if (participants.length || options.keepUnnamed) {
      emitted = true;
      read = { index: events.length, marker: t };
      events.push({
        start: sent.start,
        end: sent.end,
        sentence,
        triggers: pending.map((p) => p.text),
        type: manySides(sentence, clauseStart, pending[0]!, grammar) ? "conference" : firstType(grammar, pending.map((p) => p.type), aside ? "conference" : frame),
        format: formatOf(own, pending, marked, grammar),
        participants,
        ...(frame || aside ? { frame: frame ?? "conference" } : {}),
        ...(told && inSettingClause(told, participants, sentence, sent.start) ? { settingOf: told.type } : {}),
        ...(foreignSubject ? { foreignSubject } : {}),
        ...(clauseStart > 0 || opens[i + 1] ? { clause: { start: sent.start + clauseStart, end: sent.start + (opens[i + 1]?.at ?? sentence.length) } } : {}),
      });
    }
    pending = [];
  });
}

/**
 * Whether an encounter's people, of both sides, are all named in the clause of the setting marker `told`, up to its
 * comma ("Sau cuộc hội đàm chiều nay giữa A và B, …"): that setting's encounter is theirs.
 */
function inSettingClause(told: Trigger, participants: readonly PersonMention[], sentence: string, offset: number): boolean {
  const end = sentence.indexOf(",", told.end);
  if (end < 0 || new Set(participants.map((p) => p.country)).size < 2) return false;
  return participants.every((p) => p.start - offset > told.end && p.end - offset <= end);
}

/** The people named from `from` up to `until` in a sentence (offsets in it; the sentence starts at `offset` in the text). */
function namedBetween(people: readonly PersonMention[], offset: number, from: number, until: number): PersonMention[] {
  return people.filter((m) => m.start - offset >= from && m.start - offset < until);
}

/**
 * A clause after a semicolon, or opened by words of sequence, or after the forum the sentence's people attend,
 * that names people before marker i opens with its own subject ("A tiếp B; ông B cũng hội kiến C", "A tiếp B,
 * sau đó B đến chào C", "nhân dịp tham dự Hội nghị X, A có cuộc gặp với B"): where it starts, and its people.
 * (None named, "A tiếp B; hội kiến C", the subject goes on.)
 */
function clauseSubject(i: number, triggers: readonly Trigger[], framedBy: Trigger | undefined, sentence: string, offset: number, people: readonly PersonMention[], grammar: Grammar): { readonly at: number; readonly people: readonly PersonMention[]; readonly foreign?: true; readonly passive?: true } | null {
  const t = triggers[i];
  if (i === 0 || !t) return null;
  const from = triggers[i - 1]!.end;
  // (So does the clause after a forum attended, told as the occasion: "Nhân dịp dự Hội nghị X, A gặp B".)
  const closes = triggers[i - 1] === framedBy ? sentence.indexOf(",", from) : -1;
  const afterOccasion = closes >= 0 && closes < t.start ? closes : -1;
  const inClause = lastMatchIndex(grammar.clauseOpening, sentence.slice(from, t.start));
  const opening = inClause < 0 ? -1 : from + inClause;
  // A passive clause of a host's marker ("A hội đàm với B rồi được C tiếp"): its people are the hosts, who receive the sentence's subject.
  const inPassive = grammar.hostsMarkers.has(t.text.toLowerCase()) ? lastMatchIndex(grammar.passiveOpening, sentence.slice(from, t.start)) : -1;
  const passive = inPassive < 0 ? -1 : from + inPassive;
  const at = Math.max(sentence.lastIndexOf(";", t.start), opening, afterOccasion, passive);
  if (at < from) return null;
  const own = people.filter((m) => m.start - offset > at && m.start - offset < t.start);
  if (own.length) return at === passive ? { at, people: own, passive: true } : { at, people: own };
  // (Its host given by title alone, "… rồi được Thủ tướng tiếp": the one holder of that title on the other side, found
  // when the encounter is completed.)
  if (at === passive && grammar.passiveTitle.test(sentence.slice(at, t.start))) return { at, people: [], passive: true };
  // (A subject of another country by title, whom no name of either side stands for: "…; Bộ trưởng Quốc phòng
  // Philippines C hội đàm với D" is C's encounter, whatever the clause before.)
  return thirdTitled(grammar).test(sentence.slice(at, t.start)) ? { at, people: [], foreign: true } : null;
}

/**
 * Where the companions of marker i start: a word of `comitative_words` after the marker before it, then people, then
 * at most a few lower-case words up to the marker, which is mutual ("A dự Hội nghị X, cùng B tiến hành hội đàm", a
 * translation's order of 与B举行会谈; "A tiếp B, sau đó cùng C điện đàm"). Those people are the marker's counterparts,
 * neither the objects of the marker before nor a subject of their own. -1 when there are none.
 */
function companionsAt(i: number, triggers: readonly Trigger[], sentence: string, offset: number, people: readonly PersonMention[], grammar: Grammar): number {
  const t = triggers[i];
  if (i === 0 || !t || !grammar.mutualMarkers.has(t.text.toLowerCase())) return -1;
  const from = triggers[i - 1]!.end;
  const word = lastMatchIndex(grammar.comitative, sentence.slice(from, t.start));
  if (word < 0) return -1;
  const at = from + word;
  const last = people.findLast((m) => m.start - offset > at && m.end - offset <= t.start);
  return last && grammar.companionTail.test(sentence.slice(last.end - offset, t.start)) ? at : -1;
}

/**
 * Whether one side of an encounter is many countries' people (`many_sides`): in the marker's clause before it, after
 * its last comma ("…, Bộ trưởng Quốc phòng các nước ASEAN đã có cuộc gặp với B"), or as its counterparts right after it
 * ("A gặp các Bộ trưởng Quốc phòng ASEAN"). Such an encounter is multilateral, a conference, whatever word tells it.
 */
function manySides(sentence: string, clauseStart: number, t: Trigger, grammar: Grammar): boolean {
  const from = Math.max(clauseStart, sentence.lastIndexOf(",", t.start) + 1);
  return grammar.manySides.test(sentence.slice(from, t.start)) || grammar.manySidesAfter.test(sentence.slice(t.end, t.end + 60));
}

/** Whether a marker is of the encounter's type and one of `words` (the lexicon's markers of a host, or of a guest). */
function markerOf(m: Trigger, encounter: EventMention, words: ReadonlySet<string>): boolean {
  return m.type === encounter.type && words.has(m.text.toLowerCase());
}

/** Whether the people a guest's marker names share no side with the host's, named in the encounter before `hostMarker`. */
function guestsOnly(objects: readonly PersonMention[], encounter: EventMention, hostMarker: number, offset: number): boolean {
  const host = encounter.participants.filter((p) => p.start - offset < hostMarker);
  return objects.every((o) => !host.some((h) => h.country === o.country));
}

/** Online when words of the encounter's own say so (see `formatWordsOf`), by phone when a marker is a call, else in person. */
function formatOf(own: string, ts: readonly Trigger[], marked: readonly Trigger[], grammar: Grammar): MeetingFormat {
  if (grammar.online.test(own) && formatWordsOf(own, ts, marked, grammar)) return "online";
  return ts.some((t) => grammar.triggerFormat.get(t.text) === "phone") ? "phone" : "in_person";
}

/**
 * The markers a sentence has (a fronted one only in its shape: see `fronted`), given the marker words its paragraph
 * has (`inParagraph`, as `grammar.markerWords.in` gives them) and the openers (bits of `grammar.openers`) they call for.
 */
function markersIn(sentence: string, sent: Span, mentions: readonly PersonMention[], grammar: Grammar, openers: number, inParagraph: ReadonlySet<string>): Trigger[] {
  // The types whose marker words the sentence has: of the words `grammar.markerWords.in(sentence)` gives, exactly. A
  // word the sentence contains its paragraph contains, so only the paragraph's few words are looked for (no second
  // scan of the whole list).
  const bits = markerIndex(grammar).triggers;
  let types = 0;
  let titled = false;
  for (const w of inParagraph) {
    if (!sentence.includes(w)) continue;
    types |= bits.get(w) ?? 0;
    titled ||= grammar.titleCasedForms.has(w);
  }
  return findTriggers(grammar, sentence, types, openers, titled).filter(
    (t) => (!grammar.frontedOpeners.has(t.text) || fronted(t, sentence, sent.start, mentions, grammar)) && (!grammar.jointSubjectMarkers.has(t.text) || jointSubject(t, sentence, sent.start, mentions, grammar)),
  );
}

/**
 * Whether people of both sides, joined by a word of `list_joiners`, stand before a marker in its clause: its joint
 * subject ("A, Thứ trưởng …, và B, Cục trưởng … Nhật Bản chủ trì cuộc tọa đàm"). A marker that needs one
 * (`joint_subject`) after one side's people alone is an event that side holds ("A chủ trì hội nghị").
 */
function jointSubject(t: Trigger, sentence: string, offset: number, mentions: readonly PersonMention[], grammar: Grammar): boolean {
  const from = sentence.lastIndexOf(";", t.start) + 1;
  const before = mentions.filter((m) => m.country !== null && m.start - offset >= from && m.end - offset <= t.start);
  const first = before[0];
  const other = first && before.find((m) => m.country !== first.country);
  return other !== undefined && allMatches(grammar.listWords, sentence.slice(first!.end - offset, other.start - offset)).length > 0;
}

/** The markers of a sentence (`found`), each kept as its own encounter, dropped as a setting or as background, or planned. */
function markTriggers(sentence: string, sent: Span, mentions: readonly PersonMention[], grammar: Grammar, found: readonly Trigger[], events: readonly EventMention[]): Marking {
  const { setting: SETTING, notHappened: NOT_HAPPENED, invited: INVITED, praised: PRAISED } = grammar;
  // Markers that are another encounter spoken of as a setting ("Trước buổi hội đàm trực tuyến, …") are not
  // this sentence's encounter, and their words say nothing about its format.
  let own = sentence;
  let told: Trigger | undefined;
  let frame: MeetingType | undefined;
  let framedBy: Trigger | undefined;
  // An opening clause introduced by a setting word ("Nhân dịp sang Việt Nam dự Đối thoại, …") frames the sentence:
  // a marker inside it is that frame, not the encounter the sentence reports.
  // (Only words that do not tell the framing encounter took place: "Sau khi hội đàm, hai bên ký …" keeps its talks.)
  const opening = OPENING_CLAUSE.exec(sentence);
  const opener = opening ? openingSetting(opening[0], SETTING) : null;
  const framed = opener && !grammar.settingTookPlace.test(opener) ? opening![0].length : 0;
  // The plan cues are looked for only in a sentence that has one of their words.
  const plans = grammar.planWords.anyIn(sentence);
  const wishes = grammar.wishWords.anyIn(sentence);
  const planOpening = plans ? grammar.plannedOpening.exec(sentence) : null;
  const dropped: number[] = [];
  const inPast = once(() => grammar.backgroundOpening.test(sentence) && !findDates(sentence, grammar).some((d) => d.kind === "day" || d.kind === "range"));
  /** The end of the last forum told as a setting: a second one joined to it ("Bên lề Hội nghị A và Hội nghị B, …") is one too. */
  let settingForumEnd = -1;
  const marked = found.filter((t, i) => {
    if (t.type === "conference" && settingForumEnd >= 0 && JOINED_FORUM.test(sentence.slice(settingForumEnd, t.start))) {
      settingForumEnd = t.end;
      own = own.slice(0, t.start) + " ".repeat(t.end - t.start) + own.slice(t.end);
      return false;
    }
    // (Enough for a cue, its two words and the words it reaches past: "mong muốn sớm tiến hành các cuộc …".)
    const before = sentence.slice(Math.max(0, t.start - CUE_REACH), t.start);
    // (The setting may reach further back than the cues: "nhân dịp sang Thành phố Hồ Chí Minh dự Hội nghị …".)
    const settingWindow = sentence.slice(Math.max(0, t.start - SETTING_REACH), t.start);
    let setting = t.end <= framed ? SETTING.exec(`${opener} `) : SETTING.exec(settingWindow);
    // A forum the sentence's people attend ("nhân dịp dự Hội nghị …", "trong thời gian tham dự Diễn đàn …") stays a
    // marker (attending it may be all the sentence reports) but frames the sentence's encounters: one of them on its
    // sidelines ("…, A gặp B") is typed by its own marker (see \`frame\`).
    if (setting?.[2]) {
      if (frame === undefined) [frame, framedBy] = [t.type, t];
      setting = null;
    }
    if (setting) {
      if (frame === undefined) [frame, framedBy] = [t.type, t];
      if (t.type === "conference") settingForumEnd = t.end;
      // "Tại hội đàm, …", "Sau buổi tiếp, …": an encounter that took place, told as the setting of what follows.
      if (!told && t.type !== "conference" && grammar.settingTookPlace.test(setting[1]!)) told = t;
      const end = t.end + (/^\s+trực tuyến/u.exec(sentence.slice(t.end))?.[0].length ?? 0);
      const start = t.end <= framed ? t.start : t.start - (settingWindow.length - setting.index);
      own = own.slice(0, start) + " ".repeat(end - start) + own.slice(end);
      return false;
    }
    if (t.type === "signing" && (PASSIVE.test(before) || (DATED.test(sentence.slice(t.end, t.end + 20)) && !signedByBoth(mentions, sent.start, t.start)))) return false;
    const upTo = sentence.slice(0, t.start);
    const near = NOT_HAPPENED.exec(before);
    // An earlier encounter praised or thanked for is background, unless the sentence dates it ("đánh giá cao kết quả
    // Đối thoại … tổ chức tại Tokyo vào tháng 3/2023 do A và B đồng chủ trì"): a dated mention of a meeting is one.
    const cue = near ? grammar.notHappenedCue.get(near[1]!) : undefined;
    const invited = INVITED.test(upTo) || invitedPastApposition(upTo, sent.start, mentions, grammar);
    // So is one given as an example of a kind when it is one occasion, dated ("như cuộc điện đàm giữa A và B hồi tháng
    // 8/2021"), not a kind of many ("như các cuộc hội đàm …").
    const instance = cue === "background" || (cue === "kind" && !grammar.pluralWord.test(near![0]));
    if ((near && cue !== "plan" && !(instance && datedHere(t, sentence, sent.start, mentions, grammar))) || invited || (PRAISED.test(upTo) && !datedHere(t, sentence, sent.start, mentions, grammar))) {
      // (Praised or thanked for, not denied nor invited to: kept when it names a delegation of each side and their heads.)
      if (!invited && (!near || cue === "background") && delegationsPraised(t, sentence, sent, mentions, grammar)) t.praised = true;
      else {
        dropped.push(t.start);
        return false;
      }
    }
    // A marker in a relative clause describes a noun ("… là nhà lãnh đạo đầu tiên mà B tiếp đón kể từ khi nhậm chức"):
    // no encounter told.
    if (grammar.relativeClause.test(before)) {
      dropped.push(t.start);
      return false;
    }
    // A sentence opened by a time gone by ("Năm ngoái, hai Bộ đã ký …") that writes no day of its own tells of then.
    if (inPast()) return false;
    // What a verb of asking or proposing asks for, anywhere later in its clause ("đề nghị phía bạn ủng hộ Việt Nam …, nhất
    // là việc đăng cai Hội nghị …"), is not held.
    if (wishes && grammar.wished.test(sentence.slice(planClauseStart(sentence, t.start, found, grammar), t.start))) {
      dropped.push(t.start);
      return false;
    }
    t.planned = (near && grammar.notHappenedCue.get(near[1]!) === "plan" ? near[1] : undefined) ?? (plans ? (plannedBy(t, i, found, sentence, planOpening, grammar) ?? plannedAfterOpening(t, found, sentence, opening, grammar)) : undefined);
    return true;
  });
  // An opening setting that names a forum by its common noun ("Bên lề hội nghị, …", "Trong khuôn khổ diễn đàn, …")
  // frames the sentence as its capitalised name does; so does one after a clause that only dates the sentence
  // ("Chiều 21/11, bên lề hội nghị, …").
  const forumSetting = opener ? opening![0] : frame === undefined && opening ? settingAfterDate(sentence, opening[0], grammar) : null;
  if (forumSetting !== null && frame === undefined && conferenceNoun(grammar).test(forumSetting)) frame = "conference";
  // One whose marker is the first word of a forum's name told before it ("Bên lề Đối thoại, …" after "Đối thoại
  // Shangri-La lần thứ 10 …"): that forum, whatever type the word alone would have.
  if (framedBy && frame !== "conference" && forumNamed(framedBy.text, events)) frame = "conference";
  // One that points back ("Nhân dịp này, …", "Bên lề sự kiện đó, …") frames it as the encounter told just before
  // when that is a conference: what the sentence reports happened on its sidelines.
  if (opener && frame === undefined && grammar.pointsBack.test(opening![0]) && events.at(-1)?.type === "conference") frame = "conference";
  return { own, told, frame, framedBy, marked, dropped };
}

/**
 * Whether an invitation reaches the marker past the commas between the posts and the name of its inviter, up to the
 * word naming whom it is addressed to (`invitee_words`): "chuyển lời mời của Đại tướng A, Bộ trưởng Bộ Quốc phòng(,) tới
 * Bộ trưởng B sang thăm và hội đàm", "… lời mời của Ủy viên Bộ Chính trị, Bộ trưởng Bộ Quốc phòng A tới B …" pass on an
 * invitation to talks, which are not held. Those commas set one person's posts apart, not the clause's end, and are
 * read as spaces: between the invitation word and the invitee word, one person named and each part after a comma a post
 * (or nothing, before the word). (Not two people, "Theo lời mời của A, Bộ trưởng B đến thăm và hội đàm …", the second the
 * subject of a clause of his own; nor a post of the other side's, the guest's by title alone.) `upTo` is the sentence up
 * to the marker, which starts at `offset` in the text.
 */
function invitedPastApposition(upTo: string, offset: number, mentions: readonly PersonMention[], grammar: Grammar): boolean {
  const { inviteeWord } = grammar;
  if (!inviteeWord || !upTo.includes(",")) return false;
  // (The last invitation word before the marker: "… lời mời của A, cùng lời mời của Ủy viên …, Bộ trưởng … B tới C".)
  const cueAt = lastMatchIndex(grammar.invites, upTo);
  if (cueAt < 0) return false;
  const from = cueAt + grammar.invites.exec(upTo.slice(cueAt))![0].length;
  const to = inviteeWord.exec(upTo.slice(from));
  if (!to) return false;
  const span = upTo.slice(from, from + to.index);
  if (!span.includes(",") || /[;.]/u.test(span)) return false;
  const inviters = mentions.filter((m) => m.start - offset >= from && m.end - offset <= from + to.index);
  if (inviters.length !== 1) return false;
  const country = inviters[0]!.country;
  if (country !== null && span.includes(grammar.sideName[country === "VN" ? "JP" : "VN"])) return false;
  if (!span.split(",").slice(1).every((part) => !part.trim() || opensWithPost(part, grammar))) return false;
  return grammar.invited.test(`${upTo.slice(0, from)}${span.replaceAll(",", " ")}${upTo.slice(from + to.index)}`);
}

/**
 * A document's date after its verb is a signing reported when the sentence names who signed it, one of each side,
 * the nearer just before the verb at `at` ("Bản ghi nhớ do Bộ trưởng A và Bộ trưởng B ký ngày 24/10/2011").
 */
function signedByBoth(mentions: readonly PersonMention[], offset: number, at: number): boolean {
  const by = mentions.filter((m) => m.start >= offset && m.end <= offset + at);
  return by.some((m) => m.country === "VN") && by.some((m) => m.country === "JP") && offset + at - by.at(-1)!.end <= 40;
}

/** Whether the rest of the sentence after a marker names a delegation of each side and, for each, a person leading it. */
function delegationsPraised(t: Trigger, sentence: string, sent: Span, mentions: readonly PersonMention[], grammar: Grammar): boolean {
  const rest = sentence.slice(t.end);
  if (!grammar.delegationOf.VN.test(rest) || !grammar.delegationOf.JP.test(rest)) return false;
  const after = mentions.filter((m) => m.start >= sent.start + t.end && m.end <= sent.end);
  return SIDES.every((side) => after.some((m) => m.country === side && leadsDelegation(sentence, sent.start, m, mentions, grammar)));
}

/**
 * Whether the words after a marker date the encounter it names (see `datesAnEarlierEncounter`). A month the
 * publication date places dates it only with its parties named after the marker, in its clause: "cuộc điện đàm giữa
 * A và B hồi tháng 9 vừa qua", not "tổ chức thành công Hội thảo … trong tháng 4 vừa qua".
 */
function datedHere(t: Trigger, sentence: string, offset: number, mentions: readonly PersonMention[], grammar: Grammar): boolean {
  return datesAnEarlierEncounter(sentence.slice(t.end), grammar, () => {
    const clause = sentence.slice(t.end).split(/[,;:]/u)[0]!;
    return mentions.some((m) => m.country !== null && m.start - offset >= t.end && m.end - offset <= t.end + clause.length);
  });
}

/**
 * The plan cue that governs a marker, if any: one earlier in its clause with no word of having happened between
 * ("sẽ chủ trì lễ đón và hội đàm", "dự kiến ngày 12/9 cùng B tiến hành hội đàm"), an opening plan ("Theo kế hoạch,
 * …"), or one after the marker with a verb of taking place ("Hội nghị … sẽ được tổ chức", "… sắp diễn ra").
 */
function plannedBy(t: Trigger, i: number, found: readonly Trigger[], sentence: string, opening: RegExpExecArray | null, grammar: Grammar): string | undefined {
  const inClause = grammar.planned.exec(sentence.slice(planClauseStart(sentence, t.start, found, grammar), t.start));
  if (inClause) return inClause[1];
  if (opening && opening[0].length <= t.start && !grammar.heldOrBreak.test(sentence.slice(opening[0].length, t.start))) return opening[1];
  return grammar.plannedAfter.exec(sentence.slice(t.end, found[i + 1]?.start ?? sentence.length))?.[1];
}

/**
 * The plan cue of the clause after the opening clause a marker stands in, when it governs that clause's first verb (no
 * marker and no word of having happened before it): "Kết thúc chương trình dự Đối thoại X, Bộ trưởng B sẽ có chuyến thăm
 * Việt Nam …" tells the order of a programme to come, the forum its first part. Not "Sau khi dự Hội nghị X, B đã đến Hà
 * Nội và sẽ …", nor "Bên lề Hội nghị X, A và B hội đàm, nhất trí sẽ …".
 */
function plannedAfterOpening(t: Trigger, found: readonly Trigger[], sentence: string, opening: RegExpExecArray | null, grammar: Grammar): string | undefined {
  if (!opening || t.end > opening[0].length) return undefined;
  const rest = sentence.slice(opening[0].length);
  const cue = grammar.planned.exec(rest);
  if (!cue) return undefined;
  const at = opening[0].length + cue.index;
  if (found.some((o) => o.start >= opening[0].length && o.start < at) || grammar.heldOrBreak.test(rest.slice(0, cue.index))) return undefined;
  return cue[1];
}

/** The last comma, semicolon or colon before `i` (-1 when none). */
function lastBreak(sentence: string, i: number): number {
  return Math.max(sentence.lastIndexOf(",", i - 1), sentence.lastIndexOf(";", i - 1), sentence.lastIndexOf(":", i - 1));
}

/**
 * Where the clause of a marker at `at` begins: after the last comma, semicolon or colon before it; or, where the words
 * after that comma begin with a marker or a word of subordinate time, further back: the items of a list of what one
 * subject does share its plan ("sẽ thăm Việt Nam, hội đàm với A, chào xã giao B và gặp C"), and so does a clause of
 * time ("sẽ tới Hà Nội vào tuần tới, sau khi dự Hội nghị ADMM+").
 */
function planClauseStart(sentence: string, at: number, found: readonly Trigger[], grammar: Grammar): number {
  let from = at;
  while (from > 0) {
    const cut = lastBreak(sentence, from);
    if (cut < 0) return 0;
    if (sentence[cut] !== ",") return cut + 1;
    // (A post in apposition between two commas, "sẽ được Đô đốc A, Tư lệnh Quân chủng Hải quân, đón tiếp", is no end
    // of the clause: it goes on before the name.)
    const before = lastBreak(sentence, cut);
    if (before >= 0 && sentence[before] === "," && opensWithPost(sentence.slice(before + 1, cut), grammar)) {
      from = before;
      continue;
    }
    const item = cut + 1 + grammar.listJoiner.exec(sentence.slice(cut + 1))![0].length;
    // (A clause of time after the comma, "…, sau khi dự Hội nghị …", shares the plan of the clause before it too; so does
    // one about the thing named before the comma, "sẽ phối hợp trong năm …, trong đó có Hội nghị …".)
    const rest = sentence.slice(cut + 1);
    if (!found.some((u) => u.start === item) && !grammar.timeSubordinator.test(rest) && !grammar.antecedentLink.test(rest)) return cut + 1;
    // The item before, whose plan the marker would share, must not be a relative clause.
    // ("A, người sẽ thăm Nhật Bản, tiếp B": a relative clause or an apposition is no item of a list.)
    if (before >= 0 && grammar.relativeOpener.test(sentence.slice(before + 1, cut))) return cut + 1;
    from = cut;
  }
  return 0;
}

/** The planned encounters of a sentence: one per planned marker that names its counterpart, a marker naming nobody joining the next. */
function plannedEvents(
  planned: readonly Trigger[],
  all: readonly Trigger[],
  people: readonly PersonMention[],
  sent: { start: number; end: number },
  sentence: string,
  subject: readonly PersonMention[],
  format: MeetingFormat,
  grammar: Grammar,
): EventMention[] {
  const out: EventMention[] = [];
  let pending: Trigger[] = [];
  planned.forEach((t, i) => {
    pending.push(t);
    const until = all.find((u) => u.start > t.start)?.start ?? sentence.length;
    const objects = people.filter((m) => m.start - sent.start >= t.end && m.start - sent.start < until);
    if (!objects.length && i < planned.length - 1) return;
    const participants = dedupe([...subject, ...objects]);
    if (participants.length) {
      out.push({ start: sent.start, end: sent.end, sentence, triggers: pending.map((p) => p.text), type: firstType(grammar, pending.map((p) => p.type)), format, participants, planned: pending[0]!.planned! });
    }
    pending = [];
  });
  return out;
}

/**
 * Whether the format words of a sentence (its words with the settings blanked) are the encounter's of markers `ts`:
 * each format word belongs to the word naming an encounter nearest before it in its clause (between commas,
 * semicolons, colons or brackets), else the nearest after it there: a marker of the sentence or a meeting noun in any
 * case ("hội đàm trực tuyến với B", "sau hội nghị trực tuyến hồi tháng trước"). A format word in a clause with no such
 * word ("Chiều 5/4, theo hình thức trực tuyến, …", "tại điểm cầu Hà Nội") is the whole sentence's.
 */
function formatWordsOf(own: string, ts: readonly Trigger[], markers: readonly Trigger[], grammar: Grammar): boolean {
  const names: { start: number; mine: boolean; marker: boolean }[] = markers.map((m) => ({ start: m.start, mine: ts.includes(m), marker: true }));
  for (const m of allMatches(grammar.meetingNoun, own)) if (!markers.some((t) => m.index < t.end && m.index + m[0].length > t.start)) names.push({ start: m.index, mine: false, marker: false });
  for (const w of allMatches(grammar.onlineAll, own)) {
    // (A bracket is a clause's edge only around the word: one closed before it, "Hội nghị … (ADSOM+) tổ chức trực
    // tuyến", holds an aside in the clause.)
    const open = own.lastIndexOf("(", w.index);
    const inBrackets = open > own.lastIndexOf(")", w.index);
    const from = Math.max(...[",", ";", ":"].map((b) => own.lastIndexOf(b, w.index)), inBrackets ? open : -1);
    const next = [",", ";", ":", ...(inBrackets ? [")"] : [])].map((b) => own.indexOf(b, w.index)).filter((i) => i >= 0);
    const to = next.length ? Math.min(...next) : own.length;
    // (In a manner phrase, "… theo hình thức trực tuyến", the format is the marker's of its clause, when the clause has
    // one: the nouns between are what it is about, "để đánh giá các hoạt động …". In a clause with none, "các hoạt động
    // … được duy trì theo hình thức trực tuyến", the noun's, as any format word.)
    const all = names.filter((n) => n.start > from && n.start < to);
    const manner = all.some((n) => n.marker) && grammar.formatMannerAtEnd.test(own.slice(Math.max(0, w.index - 30), w.index));
    const inClause = manner ? all.filter((n) => n.marker) : all;
    const before = inClause.filter((n) => n.start < w.index).sort((a, b) => b.start - a.start)[0];
    const owner = before ?? inClause.filter((n) => n.start > w.index).sort((a, b) => a.start - b.start)[0];
    // (Nor is one in a part of the sentence between semicolons that holds no marker: "hai Bộ duy trì liên lạc qua
    // kênh trực tuyến; mới đây, A điện đàm với B" tells of the sides' contacts in general there.)
    const partStart = own.lastIndexOf(";", w.index);
    const semicolon = own.indexOf(";", w.index);
    const partEnd = semicolon < 0 ? own.length : semicolon;
    if (!owner && !markers.some((m) => m.start > partStart && m.start < partEnd)) continue;
    if (!owner || owner.mine) return true;
  }
  return false;
}

/**
 * The markers of a sentence: of the meeting types `types` (bits of `grammar.triggers`, those whose words the sentence
 * has) and of the openers `openers` (bits of `grammar.openers`); `titled` when it has a title-cased marker's words.
 */
function findTriggers(grammar: Grammar, sentence: string, types: number, openers: number, titled: boolean): Trigger[] {
  const found: Trigger[] = [];
  // Each type's expression runs only on a sentence with one of its words (title-cased ones read as written: see
  // `titleCasedAsWritten`).
  if (types) {
    const read = titled ? titleCasedAsWritten(sentence, grammar) : sentence;
    grammar.triggers.forEach(([type, re], i) => {
      if (!(types & (1 << i))) return;
      for (const m of allMatches(re, read)) found.push({ start: m.index, end: m.index + m[0].length, text: m[0], type });
    });
  }
  const first = openers ? LETTER.exec(sentence)?.[0] : undefined;
  if (first && first !== first.toLowerCase()) {
    for (let i = 0; i < grammar.openers.length; i++) {
      if (!(openers & (1 << i))) continue;
      const [type, re] = grammar.openers[i]!;
      const m = re.exec(sentence);
      if (m) found.push({ start: m.index + m[0].length - m[1]!.length, end: m.index + m[0].length, text: m[1]!, type });
    }
  }
  if (found.length < 2) return found;
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  // (Each kept unless it overlaps one before it, kept or not.)
  return found.filter((t, i) => {
    for (let j = 0; j < i; j++) if (t.start < found[j]!.end && t.end > found[j]!.start) return false;
    return true;
  });
}

/**
 * The sentence with each marker of several words that a page capitalises inside it ("chủ trì Lễ đón và Hội đàm với
 * B") in the lexicon's lower case, offsets unchanged: it is the marker. (Not one opening the sentence: see `openers`.)
 */
function titleCasedAsWritten(sentence: string, grammar: Grammar): string {
  const re = grammar.titleCasedMarker;
  if (!re) return sentence;
  let out = sentence;
  for (const m of allMatches(re, sentence)) out = out.slice(0, m.index) + out.charAt(m.index).toLowerCase() + out.slice(m.index + 1);
  return out;
}

/**
 * A mutual marker opening its sentence ("Gặp B, A đề nghị …", "Hội kiến B, A khẳng định …") tells an encounter only
 * in that shape: the one met named after it before the first comma (everyone named there of one side), or named by a
 * title of their country alone ("Gặp Đại sứ Nhật Bản, A …": the sentences near it name the holder), and someone of
 * the other side opening the clause after the comma (named within its first few words, after their rank or title), or
 * the two sides ("Gặp B, hai bên …").
 */
function fronted(t: Trigger, sentence: string, offset: number, mentions: readonly PersonMention[], grammar: Grammar): boolean {
  let comma = sentence.indexOf(",", t.end);
  if (comma < 0) return false;
  // (The post of the one met, in apposition between commas, is theirs: "Gặp B, Tham mưu trưởng …, A …".)
  const next = sentence.indexOf(",", comma + 1);
  if (next > 0 && opensWithPost(sentence.slice(comma + 1, next), grammar)) comma = next;
  const at = (m: PersonMention) => m.start - offset;
  const inSentence = mentions.filter((m) => m.country !== null && at(m) >= t.end && m.end - offset <= sentence.length);
  const met = inSentence.filter((m) => at(m) < comma);
  const side = met.length ? met[0]!.country : titledSide(sentence.slice(t.end, comma), grammar);
  if (!side || met.some((m) => m.country !== side)) return false;
  const subject = inSentence.find((m) => at(m) > comma);
  if (subject) return subject.country !== side && at(subject) - comma <= FRONTED_SUBJECT_REACH;
  // (Or the two sides opening it, "Gặp Bộ trưởng Quốc phòng Nhật Bản, hai bên …": the one met and the article's other side.)
  return grammar.jointOpening.test(sentence.slice(comma + 1));
}
/** The one side whose country a title in the words names ("Đại sứ Nhật Bản"), or null (none, or both). */
function titledSide(words: string, grammar: Grammar): CountryCode | null {
  const named = SIDES.filter((side) => sideTitled(grammar)[side].test(words));
  return named.length === 1 ? named[0]! : null;
}

/** Whether the words after a comma (", Tư lệnh …") open with a title: a post in apposition to the name before them. */
function opensWithPost(afterComma: string, grammar: Grammar): boolean {
  return grammar.titleWord.exec(afterComma)?.index === 1;
}
/** How far after the comma the subject of a fronted marker's clause may be named (its rank and post before it). */
const FRONTED_SUBJECT_REACH = 60;

/** Whether the words after a marker date what it names: a day, a span, or a month with its year. */
function datesAnEarlierEncounter(after: string, grammar: Grammar, partiesNamed: () => boolean): boolean {
  if (!/\d|tháng/iu.test(after)) return false;
  const dates = findDates(after, grammar);
  if (dates.some((d) => d.kind === "day" || d.kind === "range" || (d.kind === "month" && d.year !== null))) return true;
  // A month the publication date places ("hồi tháng 9 vừa qua", "tháng trước"), with the encounter's parties named.
  return dates.some((d) => (d.kind === "month" && d.relative === "recent") || d.relative === "last_month") && partiesNamed();
}

/** Whether a conference read before is named by a longer name that opens with the marker ("Đối thoại" of "Đối thoại Shangri-La"). */
function forumNamed(marker: string, events: readonly EventMention[]): boolean {
  const word = `${marker.toLowerCase()} `;
  return events.some((e) => e.type === "conference" && e.triggers.some((t) => t.toLowerCase().startsWith(word)));
}

/** The first of the types by precedence; a conference that frames the sentence yields to the encounter on its sidelines. */
function firstType(grammar: Grammar, types: readonly MeetingType[], frame?: MeetingType): MeetingType {
  const own = frame === "conference" && types.some((t) => t !== "conference") ? types.filter((t) => t !== "conference") : types;
  return grammar.typePrecedence.find((t) => own.includes(t)) ?? "other";
}

function dedupe(people: readonly PersonMention[]): PersonMention[] {
  const seen = new Set<string>();
  return people.filter((p) => {
    const key = p.personId ?? p.name;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
