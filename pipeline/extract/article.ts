import { lookupInterval, type CountryCode, type Position, type Registry } from "../registry/index.ts";
import type { Document } from "../ingest/document.ts";
import type { Fix } from "../lang/repaired.ts";
import { findAgreementMentions, type AgreementMention, type FoundMention } from "./agreements.ts";
import { documentYears } from "./document-years.ts";
import { leadingWords, type Grammar } from "../lang/lexicon.ts";
import type { Knowledge } from "../reference/knowledge.ts";
import { findDates, isoOf, monthOnlyForDating, type DateMention } from "../lang/dates.ts";
import { once } from "../core/once.ts";
import { outletPrefixLength } from "../ingest/layout.ts";
import { openingSegment, sentences } from "../lang/sentences.ts";
import { completeEncounter, holdsJoint, jointTitle, onePerson, titledPair, type AssemblyInput, type Sentence } from "./assemble.ts";
import { findEvents, hasMarker, plannedText, type EventMention, type MeetingType } from "./events.ts";
import { findPersonMentions, keyOf, sameSides, SIDES, type PersonMention } from "./people.ts";
import { mostSpecific, type Gazetteer, type Place, type PlaceMention } from "./places.ts";
import { editionYearsInSpan, editionsDatedToTheDay, editionsNamed, membersNamed, type Series } from "./series.ts";
import { repairedText, type RepairedText } from "../lang/repaired.ts";
import { sideTitled, thirdTitled } from "./titled.ts";
import { allMatches, lastMatchIndex } from "../lang/matches.ts";
import { leadsDelegation, namedAsLeader } from "./delegation.ts";
import { dateEvents, governingMonth, longBeforePublication, ONE_DAY_BEFORE_PUBLICATION, recentMarker, withinLately, type EventDate, type Unresolved } from "./when.ts";

/** Who a participant is (see people.ts), for the modules that merge encounters. */
export { keyOf };

/**
 * Everything one article reports: its encounters between Vietnamese and
 * Japanese officials (dated, placed, with participants), the agreements it
 * names, and the encounters it had to leave out, with why.
 *
 * Reads the text with translation fixes applied; every offset it returns
 * is in the article's cleaned text, so each row can be checked against
 * what the article says.
 */
export interface Participant {
  /** The article whose sentence names the person. */
  readonly article_id: string;
  readonly person_id: string | null;
  readonly name: string;
  /** Spelling at the person's first mention in the article, garbled or not. */
  readonly name_as_written: string;
  readonly country: CountryCode;
  readonly rank: string | null;
  readonly position: string | null;
  /** The mention in this encounter's sentence (cleaned-text offsets). */
  readonly start: number;
  readonly end: number;
}

/** An encounter as published: the sentence that reports it (cleaned-text offsets and text), its markers, type and format, and what the article adds. */
export interface Encounter extends Omit<EventMention, "participants"> {
  readonly date: EventDate;
  readonly place: Place | null;
  readonly participants: readonly Participant[];
  /**
   * Its sentence names one side, after its marker, no one before it and no date, and its other side was taken from
   * the sentences near it ("Buổi tiếp ông B diễn ra …" after "A chủ trì lễ đón ông C"): it may tell of more guests of
   * an encounter before it (see `mergeWithinArticle`).
   */
  readonly addsGuests?: true;
  /**
   * Its sentence writes a date of its own ("Ngày 7/9, …", "Chiều cùng ngày, …"): an encounter reported, not only named.
   * (Of a merged row: the encounter whose type it takes.)
   */
  readonly datedHere?: true;
  /**
   * Its place is one its own sentence writes ("Ngày 6/9, tại Sapporo, …"), not one the article gave before it: when
   * two reports of one encounter meet, the better evidence of where (see `combine`).
   */
  readonly placedHere?: true;
  /**
   * The type of its own marker, when the row's type comes from another sentence's ("Nhân dịp này, hai bên đã ký …"
   * makes the reception told before it a signing).
   */
  readonly toldAs?: MeetingType;
  /** Its sentence is the headline's: a body sentence of the same encounter is the better evidence (see `combine`). */
  readonly headline?: true;
}

export interface LeftOut {
  readonly start: number;
  readonly end: number;
  readonly sentence: string;
  readonly reason: string;
  /**
   * An encounter whose people leave a few years: as it would be published in each. Another article's meeting that one
   * of them joins (the same people on overlapping days, merge.ts) is this one, which is then no longer left out.
   */
  readonly candidates?: readonly Encounter[];
}

export interface ArticleAgreement extends AgreementMention {
  /** Index into `encounters` of the encounter it is mentioned with, or null. */
  readonly encounter: number | null;
}

export interface ArticleExtraction {
  readonly encounters: readonly Encounter[];
  readonly agreements: readonly ArticleAgreement[];
  readonly leftOut: readonly LeftOut[];
}

export interface ArticleInput {
  readonly document: Document;
  readonly fixes: readonly Fix[];
  /** Indexes into `document.paragraphs` of paragraphs that repeat an earlier one. */
  readonly repeated: ReadonlySet<number>;
  readonly machineTranslated: boolean;
}

/** Paragraph kinds where encounters are read. Captions repeat the body; the headline is often the only lead. */
const READ: ReadonlySet<string> = new Set(["headline", "body"]);
/** …and where they are read again when the body tells none: a photo's caption may be the one place that names both sides. */
const READ_WITH_CAPTIONS: ReadonlySet<string> = new Set([...READ, "caption"]);

/** Types of encounter an article may tell first and name its people after: dialogues, receptions, ceremonies, banquets. */
const HOSTED: ReadonlySet<MeetingType> = new Set(["dialogue", "reception", "other"]);
/** "là" right after a name, before the next one's post: "của ông A là Bộ trưởng B". */
const IS_THEN = /^\s+là\s+(?:[\p{Lu}][\p{L}\p{M}]*\s+|[\p{Ll}][\p{L}\p{M}]*\s+){0,8}$/u;
/** A comma opening an apposition, and the noun of a person that may open it ("B, người chỉ huy biên đội, …"). */
const APPOSED_PERSON = /^[^\S\n]*,\s*(?:người\s+)?/u;
/** A sentence without a digit gives no day (a quick test before the dates are read). */
const DIGIT = /\d/;
/** A word written with a capital: a name, not a common noun. */
const CAPITAL_START = /^\p{Lu}/u;
/** A letter. (Expressions with \p{…} are module constants: written in a function, the compiled module makes each anew on every call.) */
const LETTER = /\p{L}/u;
/** At most two lower-case words, and spaces. */
const TWO_WORDS_AT_MOST = /^(?:\s+\p{Ll}+){0,2}\s*$/u;

/** The country a visit is paid to, named in the paragraph of an encounter up to its end ("chuyến thăm Việt Nam của …"). */
function visitedIn(text: string, regions: readonly { start: number; end: number }[], e: { start: number; end: number }, places: Gazetteer, grammar: Grammar): Place | null {
  const region = regions.find((r) => r.start <= e.start && e.end <= r.end);
  const visit = region ? grammar.visitTo.exec(text.slice(region.start, e.end)) : null;
  return visit ? (places.places.find((p) => p.kind === "country" && p.names.includes(visit[1]!)) ?? null) : null;
}

export function extractArticle(input: ArticleInput, knowledge: Knowledge): ArticleExtraction {
  const body = extractFrom(input, knowledge, READ);
  const { document: doc, repeated } = input;
  const captions = doc.paragraphs.filter((p, i) => p.kind === "caption" && !repeated.has(i));
  if (!captions.length) return body;
  // An article whose body tells no encounter may tell it in a photo's caption ("A chào đón B tại lễ đón. Ảnh: …" under
  // a lead that names the ship alone): read again with its captions, kept when they give an encounter. (Not always:
  // a caption mostly tells again, undated, what the body tells.)
  if (!body.encounters.length) {
    const withCaptions = extractFrom(input, knowledge, READ_WITH_CAPTIONS);
    return withCaptions.encounters.length ? withCaptions : body;
  }
  // Beside the body's encounters, a caption that writes a date may tell another encounter of its own ("A gặp B hồi tháng
  // 4/2023. Ảnh: …" above a story of another meeting): read again with the captions, that encounter is added when the
  // caption's own sentence dates it and the body's encounters come out as they were.
  // (Only a caption with a digit and a meeting marker can: the others are not read again.)
  const dated = captions.filter((p) => {
    const caption = doc.text.slice(p.start, p.end);
    return DIGIT.test(caption) && knowledge.grammar.markerWords.anyInAnyCase(caption);
  });
  if (!dated.length) return body;
  const withCaptions = extractFrom(input, knowledge, READ_WITH_CAPTIONS);
  const keys = new Set(withCaptions.encounters.map(encounterKey));
  if (!body.encounters.every((e) => keys.has(encounterKey(e)))) return body;
  const told = new Set(body.encounters.map(encounterKey));
  const texts = dated.map((p) => doc.text.slice(p.start, p.end));
  const added = withCaptions.encounters.filter((e) => e.datedHere && !told.has(encounterKey(e)) && texts.some((t) => t.includes(e.sentence)));
  return added.length ? { ...body, encounters: [...body.encounters, ...added].sort((a, b) => a.start - b.start) } : body;
}

/** An encounter as published: its dates and its people (to tell whether a second reading of an article changed it). */
function encounterKey(e: Encounter): string {
  return `${e.date.date_start}/${e.date.date_end} ${e.participants.map((p) => p.person_id ?? p.name).join("+")}`;
}

function extractFrom(input: ArticleInput, knowledge: Knowledge, kinds: ReadonlySet<string>): ArticleExtraction {
  const r = readingOf(input, knowledge, kinds);
  const { registry, series, grammar, doc, view, text, regions, mentions, accepted } = r;
  const read = findEvents(text, regions, mentions, grammar, { keepUnnamed: true, keepSettings: true, keepPlanned: true })
    .map((e) => ({ ...e, participants: withoutSpeakerOfOthers(r, e, withoutSpeaker(text, presentOf(text, e.participants, e, grammar, !e.setting, { all: mentions, marker: e.start + Math.max(0, markerIn(e)) }), e, grammar)) }))
    .flatMap((e) => inTurn(e, grammar));
  // A planned encounter ("sẽ hội đàm", "Theo kế hoạch, …") is never published; its sentence is listed as left out below.
  const events = read.filter((e) => !e.planned);
  for (const e of events) consider(r, e, events);
  if (!accepted.length) headlineAlone(r, events);
  // A sentence with no marker that lists attendees ("Cùng dự có …", "Tham dự buổi lễ có …"), with no date of its own,
  // right after an encounter (at most one sentence between): they attend that encounter.
  if (accepted.length) addAttendees(r, events);

  // The agreements are read from the text alone; their signing dates may name the article's year.
  const found = once(() => findAgreementMentions(text, regions, input.machineTranslated, grammar, knowledge.documents, mentions));
  // (An article with no encounter needs no date reasoning.) The editions it names are read once, when first asked for.
  const named = once(() => editionsNamed(text, series));
  const dates = !accepted.length ? [] : dateEvents(accepted, {
    text,
    read: events,
    regions,
    published: doc.published_date,
    publishedFromText: doc.sources.published === "text",
    publishedMonth: !doc.published_date && doc.dateline_parts?.precision === "month" && doc.dateline_parts.year !== null ? `${doc.dateline_parts.year}-${String(doc.dateline_parts.month).padStart(2, "0")}` : null,
    updated: doc.updated_date,
    dateline: doc.dateline_parts && doc.dateline_parts.year === null && doc.dateline_parts.day !== null ? { ...doc.dateline_parts, day: doc.dateline_parts.day } : null,
    mentions,
    documentYears() {
      return documentYears(text, found(), grammar);
    },
    yearFacts: knowledge.yearFacts,
    knownYears(visit) {
      return [...named().map((e) => Number(e.edition.start.slice(0, 4))), ...(visit ? editionYearsInSpan(text, series, visit) : [])];
    },
    editions: once(() => named().filter((e) => (e.edition.precision ?? "day") === "day").map((e) => ({ start: e.edition.start, end: e.edition.end ?? e.edition.start, name: `${e.series.names[0]} (edition ${e.edition.edition})` }))),
    everyEdition: editionsDatedToTheDay(series),
  }, registry, grammar);

  const { encounters, leftOut } = encounterRows(r, dates);
  leaveOutPlanned(r, read, leftOut);
  for (const e of r.outOfScope) {
    const start = r.view.toClean(e.start);
    const end = r.view.toClean(e.end);
    leftOut.push({ start, end, sentence: doc.text.slice(start, end), reason: "outside defence and security: no one of it holds a defence or military post or a rank written with the name, and the paragraph that tells it does not speak of defence or security" });
  }

  const merged = mergeWithinArticle(encounters, grammar.typePrecedence);
  const agreements = found().map((a) => ({
    ...a,
    start: view.toClean(a.start),
    end: view.toClean(a.end),
    sentenceStart: view.toClean(a.sentenceStart),
    sentenceEnd: view.toClean(a.sentenceEnd),
  }));
  // (The article's time, for a signing told with no meeting: its publication, else the latest day it writes.)
  const now = once(() => doc.published_date ?? latestWritten(text, regions, grammar));
  return {
    encounters: merged,
    agreements: agreements.map((a) => {
      const encounter = encounterOf(merged, a, doc.text, grammar);
      if (encounter === null) return withEncounter(a, null, signedLongBefore(a, now) ? "referenced" : a.status);
      return withEncounter(a, encounter, sharesItsTime(a, merged[encounter]!, doc.text, grammar) ? "signed_here" : a.status);
    }),
    leftOut,
  };
}

/**
 * An agreement mention with the encounter it is told with. (Written out, not `{ ...a, encounter }`: on Node 20 an object
 * spread followed by a property the spread object lacks makes a new hidden class every time, and every reader of such
 * objects then meets a new shape.)
 */
function withEncounter(a: AgreementMention, encounter: number | null, status: AgreementMention["status"]): ArticleAgreement {
  return {
    start: a.start,
    end: a.end,
    title: a.title,
    kind: a.kind,
    status,
    signed: a.signed,
    sentenceStart: a.sentenceStart,
    sentenceEnd: a.sentenceEnd,
    document: a.document,
    named: a.named,
    encounter,
  };
}

/**
 * Whether a document read as referenced only for a past time is signed at the published encounter it is told with, whose
 * time that is (see `FoundMention`): the encounter's marker comes before the title in its sentence, whose opening time
 * dates both ("Trước đó, chiều 10/2, A và B đồng chủ trì Đối thoại … và ký Biên bản …"); or the encounter's sentence is
 * the last before the title to write a date, the time "khi đó" points back to ("Chiều 10/2, A và B hội đàm. Khi đó, hai
 * bên ký …"; not "… gặp nhau hồi tháng 9; khi đó hai bên ký …" told with another encounter).
 */
function sharesItsTime(a: FoundMention, e: Encounter, text: string, grammar: Grammar): boolean {
  if (a.pastOf === "opening") return e.start >= a.sentenceStart && e.start < a.sentenceEnd && triggerAt(e) < a.start;
  return a.pastOf === "told" && e.end <= a.start && findDates(e.sentence, grammar).length > 0 && !findDates(text.slice(e.end, a.start), grammar).length;
}

/**
 * Whether a signing the article tells with no meeting of its own is dated long before the article's time (more than
 * the days "Mới đây" reaches): a retrospective's "Ngày 24/10/2011, hai Bộ ký …", background, not its news.
 */
function signedLongBefore(a: AgreementMention, now: () => string | null): boolean {
  if (a.status !== "signed_here" || a.signed === null || a.signed.length < 10) return false;
  const at = now();
  return at !== null && longBeforePublication(a.signed, at);
}

/** The latest day an article writes (a year alone as its first day), a bound below its publication: null when it writes no year. */
function latestWritten(text: string, regions: readonly { start: number; end: number }[], grammar: Grammar): string | null {
  let latest: string | null = null;
  for (const r of regions) {
    for (const d of findDates(text.slice(r.start, r.end), grammar)) {
      if (d.year === null) continue;
      const day = isoOf({ year: d.year, month: d.month ?? 1, day: d.day ?? 1 });
      if (day !== null && (latest === null || day > latest)) latest = day;
    }
  }
  return latest;
}


// extractArticle reads an article in the steps below, which share one Reading. (Separate functions, not one long one:
// the engine optimises and re-optimises each on its own, at a fraction of the cost of the whole.)

/** What the steps of extractArticle share: the article's text and people, and the encounters accepted so far. */
type Reading = ReturnType<typeof readingOf>;

/** The article's text as read (with its fixes), its people, and the rules that ask about them. */
const peopleRead = new WeakMap<ArticleInput, readonly PersonMention[]>();

function readingOf(input: ArticleInput, knowledge: Knowledge, kinds: ReadonlySet<string>) {
  const { registry, places, series, grammar } = knowledge;
  const { rankAtEnd: RANK_AT_END } = grammar;
  const { document: doc } = input;
  const view = repairedText(doc.text, input.fixes);
  const text = view.text;
  // (The first body paragraph is read from after an outlet's tag, "TG&VN - Nhân dịp …": what its sentence opens with
  // sets its time or occasion.)
  const lead = doc.paragraphs.findIndex((p) => p.kind === "body");
  const regions = doc.paragraphs.flatMap((p, i) => {
    if (!kinds.has(p.kind) || input.repeated.has(i)) return [];
    // (Not a city's dateline, "Tokyo - …", which places what the paragraph tells.)
    const tag = i === lead && !places.dispatchedFrom(doc.text, p.start, p.end) ? outletPrefixLength(doc.text.slice(p.start, p.end)) : 0;
    return [{ start: view.fromClean(p.start + tag), end: view.fromClean(p.end), headline: p.kind === "headline" }];
  });

  // (The people are read from the whole text, whatever paragraphs are read for encounters: once per article.)
  let mentions = peopleRead.get(input);
  if (!mentions) peopleRead.set(input, (mentions = findPersonMentions(text, registry, grammar, doc.published_date ?? undefined, knowledge.names)));
  const firstWritten = new Map<string, string>();
  for (const m of mentions) {
    const key = keyOf(m);
    if (!firstWritten.has(key)) firstWritten.set(key, doc.text.slice(view.toClean(m.start), view.toClean(m.end)));
  }

  // Scope is defence and security: a participant with a defence or military post or rank, or an article about it.
  // A rank counts when the article writes it beside the person: one the registry gives them from an earlier career (a
  // head of government's old police rank) says nothing of what the encounter is about.
  const aboutDefence = regions.some((r) => speaksOfDefence(text.slice(r.start, r.end), grammar));
  const ranked: ReadonlySet<string> = new Set(mentions.filter((m) => m.rank !== null && RANK_AT_END.test(text.slice(Math.max(0, m.start - 30), m.start))).map(keyOf));

  // Encounters with both sides present; a marker naming nobody folds into the encounter before.
  const accepted: EventMention[] = [];
  /** Encounters of both sides left out as outside the scope of defence and security (reported in `encounters_left_out`). */
  const outOfScope: EventMention[] = [];
  const extraTypes = new Map<EventMention, MeetingType[]>();
  // Encounters told on by a sentence set at a conference ("Bên lề Hội nghị, hai Bộ trưởng đã gặp nhau"): see `typeOf`.
  const extraFrames = new Map<EventMention, MeetingType>();
  // The format a sentence that names no one tells of the encounter before ("Hội đàm được tiến hành theo hình thức trực tuyến.").
  const toldFormat = new Map<EventMention, EventMention["format"]>();
  // People a sentence adds to an encounter told before it: attendees of one ceremony ("Cùng dự lễ đón có …").
  const extraPeople = new Map<EventMention, PersonMention[]>();
  const addsGuests = new Set<EventMention>();
  return {
    registry,
    places,
    series,
    grammar,
    doc,
    view,
    text,
    regions,
    mentions,
    firstWritten,
    aboutDefence,
    ranked,
    outOfScope,
    accepted,
    extraTypes,
    extraFrames,
    extraPeople,
    toldFormat,
    addsGuests,
    /** Built only for an article that has an encounter to complete (most name both sides in one sentence). */
    assembly: undefined as AssemblyInput | undefined,
  };
}

// The rules below ask of a Reading. (Module functions, not closures made per article: the compiled module names each
// closure it makes, at a cost on every call.)

/** Whether the paragraph an encounter is told in speaks of defence or security. */
function toldAsDefence(r: Reading, e: EventMention): boolean {
  const g = r.regions.find((g) => g.start <= e.start && e.end <= g.end);
  return !!g && speaksOfDefence(r.text.slice(g.start, g.end), r.grammar);
}

/**
 * Whether a text speaks of defence or security: a word of `scope_words` that is not just one item of a list of fields
 * ("… trên nhiều lĩnh vực như kinh tế, thương mại, an ninh - quốc phòng, lao động …", a summit's agenda, not its subject).
 */
function speaksOfDefence(text: string, grammar: Grammar): boolean {
  if (!grammar.scopeWord.test(text)) return false;
  let every = scopeWords.get(grammar);
  if (!every) scopeWords.set(grammar, (every = new RegExp(grammar.scopeWord.source, "giu")));
  for (const m of allMatches(every, text)) if (!listItem(text, m.index, m.index + m[0].length)) return true;
  return false;
}
/** `scope_words` as a global expression, compiled once per grammar. */
const scopeWords = new WeakMap<Grammar, RegExp>();

/** At most this many words an item of a list of fields. */
const ITEM_WORDS = 5;

/**
 * Whether the words at start–end are one short item of a list of three or more: a comma before them, a comma or "và"
 * after, and the item before also short and after a comma ("kinh tế, thương mại, an ninh - quốc phòng, lao động").
 */
function listItem(text: string, start: number, end: number): boolean {
  const before = text.lastIndexOf(",", start);
  const comma = text.indexOf(",", end);
  const and = text.indexOf(" và ", end);
  const after = comma < 0 ? and : and < 0 ? comma : Math.min(comma, and);
  if (before < 0 || after < 0) return false;
  const previous = text.lastIndexOf(",", before - 1);
  return shortItem(text.slice(before + 1, after)) && previous >= 0 && shortItem(text.slice(previous + 1, before));
}

/** Whether words between two separators are a short item of a list: no sentence or clause mark, at most `ITEM_WORDS` words. */
function shortItem(item: string): boolean {
  return !/[.;:!?]/u.test(item) && item.trim().split(/\s+/u).length <= ITEM_WORDS;
}

function defencePeople(r: Reading, people: readonly PersonMention[]): boolean {
  const { grammar, registry, ranked } = r;
  return people.some((p) => ranked.has(keyOf(p)) || p.officeIds.some((id) => grammar.defenceKinds.has(registry.office(id)?.kind ?? "")));
}

function inScope(r: Reading, people: readonly PersonMention[]): boolean {
  return r.aboutDefence || defencePeople(r, people);
}

/**
 * Whether the encounter is told as just done ("A vừa tiếp B", "Vừa qua, A tiếp B") and none of these days is within the
 * days before publication.
 */
function longBeforeRecent(r: Reading, e: EventMention, days: readonly DateMention[]): boolean {
  const published = r.doc.published_date;
  if (published === null || days.some((d) => withinLately(d, published))) return false;
  return recentMarker(e, r.grammar) !== undefined || findDates(e.sentence, r.grammar).some((d) => d.relative === "lately" || d.relative === "recent");
}

function foldInto(r: Reading, to: EventMention, from: EventMention): void {
  const { extraTypes, extraFrames } = r;
  extraTypes.set(to, [...(extraTypes.get(to) ?? []), from.type]);
  if (from.frame && !extraFrames.has(to)) extraFrames.set(to, from.frame);
}

function addPeople(r: Reading, to: EventMention, people: readonly PersonMention[]): void {
  const { extraPeople } = r;
  extraPeople.set(to, [...(extraPeople.get(to) ?? []), ...people]);
}

/** Whether a sentence writes a date of its own, "cùng ngày" included (asked of the few sentences that may tell more of an encounter before). */
// (A month read only since months date encounters, "tháng 6", "tháng 6 năm nay", "tháng trước", counts only opening the sentence.)
function writesDate(sentence: string, grammar: Grammar): boolean {
  return findDates(sentence, grammar).some((d) => !monthOnlyForDating(d) || grammar.monthOpening.test(sentence.slice(0, d.start)));
}

/**
 * Whether the sentence right after a conference's, in its paragraph or the next, with no date of its own, tells who
 * attends (a verb of attending) and names the other side's country: "… dự Hội nghị X. Tham dự hội nghị có các nước
 * đối tác, trong đó có Nhật Bản." (Not a sentence that only speaks of the other side: "Tại hội nghị, các nước bàn về
 * hợp tác với Nhật Bản" tells nothing of who came.)
 */
function attendedNext(r: Reading, e: EventMention, sides: ReadonlySet<CountryCode | null>): boolean {
  const { text, regions, grammar, series, mentions } = r;
  const here = regions.findIndex((g) => g.start <= e.start && e.end <= g.end);
  if (here < 0) return false;
  const from = e.end + /^\s*/u.exec(text.slice(e.end))![0].length;
  const next = sentences(text, from, regions[here + 1]?.end ?? regions[here]!.end).find((b) => LETTER.test(text.slice(b.start, b.end)));
  if (!next || !regions.slice(here, here + 2).some((g) => g.start <= next.start && next.end <= g.end)) return false;
  const sentence = text.slice(next.start, next.end);
  // (Not one that tells what the delegation will attend: "Bên lề hội nghị, đoàn sẽ dự cuộc gặp … với Nhật Bản".)
  if (grammar.attending.test(sentence) && !writesDate(sentence, grammar) && !plannedText(sentence, grammar) && conferenceOfBoth(sentence, sides, series, grammar)) return true;
  // (Or someone of the other side speaks at it: "Phát biểu khai mạc, ông B, Tư lệnh … Nhật Bản, …".)
  const other = sides.has("VN") ? "JP" : "VN";
  return opensWithSpeech(sentence.toLowerCase(), grammar) && !writesDate(sentence, grammar) && mentions.some((m) => m.country === other && m.start >= next.start && m.end <= next.end);
}

/** Whether an encounter read is one of the article's, more of one accepted before it, or none. */
function consider(r: Reading, e: EventMention, events: readonly EventMention[]): void {
  const { series, grammar, mentions, outOfScope, accepted, extraTypes, toldFormat, addsGuests } = r;
  const { bothSides: BOTH_SIDES, sequenceOpener: FOLLOWS } = grammar;
  const present = e.participants;
  const sides = new Set(present.map((p) => p.country));
  if (!inScope(r, present)) return;
  // A later encounter of both sides whose people are each given a post, none of defence (nor one the registry gives them
  // then) and no rank, told in a paragraph that does not speak of defence or security ("… đúng như sự thống nhất tại
  // cuộc điện đàm giữa Thủ tướng A và Thủ tướng B hồi tháng 12"), is not what the article reports as defence: the
  // article's scope is not its own. It is listed as left out.
  if (accepted.length && sides.has("VN") && sides.has("JP") && present.every((p) => p.officeIds.length > 0) && !defencePeople(r, present) && !present.some((p) => heldDefencePost(p, r)) && !toldAsDefence(r, e)) {
    outOfScope.push(e);
    return;
  }
  // An encounter told as a setting ("Tại hội đàm, …") is one already read, unless none of its type was.
  if (e.setting && accepted.some((a) => a.type === e.type)) return;
  const prev = accepted.at(-1);
  // (The types the encounter before has, its own and those of sentences that told it on.)
  const ofPrevType = !!prev && (prev.type === e.type || !!extraTypes.get(prev)?.includes(e.type));
  // People who attend the encounter told just before, of its type, with no date of their own ("Cùng dự lễ đón có ông
  // B", "Đại sứ C cũng có mặt tại buổi tiếp"): more participants of that encounter, not one of their own.
  if (prev && e.type !== "conference" && ofPrevType && attends(e, grammar) && !writesDate(e.sentence, grammar)) {
    addPeople(r, prev, present);
    return;
  }
  // A sentence that names no one and writes no day, of the type of the encounter before, telling it was online ("Cuộc
  // hội đàm được tiến hành theo hình thức trực tuyến."): that encounter's format, nothing of its own.
  if (prev && !present.length && e.format === "online" && prev.format !== "online" && ofPrevType && !writesDate(e.sentence, grammar)) {
    toldFormat.set(prev, e.format);
    return;
  }
  // The same people after the encounter before, with words of sequence ("Kết thúc hội đàm, …") or the same marker and
  // no day of its own ("Hội đàm diễn ra …", a translation's "Hội đàm sau, …"): that encounter told on.
  // The dates the sentence writes, read once and only when a rule below asks.
  const own = once(() => (DIGIT.test(e.sentence) ? findDates(e.sentence, grammar) : []));
  const attended = once(() => delegationAttends(r, e, events));
  if (prev && present.length && present.every((p) => prev.participants.some((q) => (q.personId ?? q.name) === (p.personId ?? p.name))) && (FOLLOWS.test(e.sentence) || (prev.type === e.type && !daysOwn(own()))) && !anotherTime(e, own(), grammar)) {
    // "Kết thúc hội đàm, trước sự chứng kiến của hai Bộ trưởng, đại diện hai bên đã ký …": the same people, one encounter.
    foldInto(r, prev, e);
  } else if (sides.has("VN") && sides.has("JP")) accepted.push(withDelegationHead(r, datedJustBefore(r, e, events), events));
  else if (e.type === "conference" && present.length && (conferenceOfBoth(e.sentence, sides, series, grammar) || attendedNext(r, e, sides))) {
    // A conference of both countries told with one side ("… dưới sự chủ trì của ông B"): the other side from the
    // sentences near it when they name it ("Đoàn … do Thượng tướng A dẫn đầu"), or told at it after ("Tại hội nghị,
    // Bộ trưởng Quốc phòng Nhật Bản B khẳng định …"), else as told.
    const assembly = assemblyOf(r, events);
    const completed = completeEncounter(e, assembly);
    const missing = otherSide(sides);
    const other = completed || !missing ? null : toldAtConference(e, assembly, grammar, missing, true);
    accepted.push(completed ?? (other ? { ...e, participants: [...present, other] } : e));
  } else if (e.type === "conference" && present.length && otherSide(sides)) {
    // A forum one side attends, the other side's person told at it after ("Tại phiên toàn thể, Bộ trưởng … Nhật Bản B
    // …"): both attend it.
    const assembly = assemblyOf(r, events);
    const other = toldAtConference(e, assembly, grammar, otherSide(sides)!);
    if (other) accepted.push({ ...e, participants: [...present, other] });
  }
  else if (!present.length && e.type === "conference" && !anotherTime(e, own(), grammar) && attended()) {
    // "Đoàn … do Thiếu tướng A làm trưởng đoàn … Trong những ngày ở Tokyo, đoàn đã tham dự một hội thảo … do Bộ Quốc
    // phòng Nhật Bản chủ trì": the forum the article's delegation attended, with its head (see `delegationAttends`).
    accepted.push(attended()!);
  }
  else if (!present.length && delegationsMeet(e, grammar)) {
    // "Đoàn đại biểu quân sự Việt Nam đã hội đàm với Đoàn đại biểu Nhật Bản": between the heads the article names for
    // the two delegations ("… do Thượng tướng A làm Trưởng đoàn", "Đoàn … do Đại tướng B dẫn đầu"), one of each side.
    if (anotherTime(e, own(), grammar)) return;
    const assembly = assemblyOf(r, events);
    const heads = SIDES.map((side) => onePerson(mentions.filter((m) => m.country === side && assembly.leadsDelegation!(m))));
    if (heads.every((h) => h !== null)) accepted.push({ ...e, participants: heads as PersonMention[] });
  }
  else if (!e.participants.length && accepted.length && !daysOwn(own()) && jointPersons(e, grammar) && governingMonth(e, grammar) !== undefined) {
    // The two people of the encounter before, at another time a month of its own dates ("… từ cuộc điện đàm giữa hai Bộ
    // trưởng hồi tháng 9 vừa qua"): they, dated by that month.
    const people = jointPeople(r, e, accepted.at(-1)!);
    if (people) accepted.push({ ...e, participants: people });
  } else if (!e.participants.length && accepted.length && (BOTH_SIDES.test(e.sentence) || (FOLLOWS.test(e.sentence) && !namesCounterpart(r, e))) && !/^(Tại|Trong)\s/u.test(e.sentence) && !anotherTime(e, own(), grammar)) {
    // The two people of the encounter before as one subject, on a day the sentence writes ("Hai Thứ trưởng từng hội đàm
    // tại Tokyo ngày 22/11/2021", "Sáng 11/3, hai Bộ trưởng hội đàm"): they, on another occasion (one of the same day
    // is merged with it later). Not "hai bên", "hai nước": the sides, whose people another day may be others. With no
    // day of its own, that encounter told on.
    const before = accepted.at(-1)!;
    const joint = BOTH_SIDES.exec(e.sentence);
    const ownDays = daysIn(own());
    // (A day counted from the publication, "Hôm qua, hai Bộ trưởng …", is one of its own too; the day of the encounter
    // before, it is merged with it later.)
    if (joint && grammar.jointPersons.has(joint[2]!) && (ownDays.length || countedDay(e.sentence, grammar))) {
      const people = jointPeople(r, e, before);
      if (people) accepted.push({ ...e, participants: people });
    }
    // (The sides on a day of their own that the encounter before does not write, "Ngày 20/7, Bộ trưởng Quốc phòng hai
    // nước hội đàm", are another occasion whose people the sentence does not name: no part of that encounter.)
    // (Nor are they when the encounter before is told as just done, "A vừa tiếp B", and their day is long before
    // publication.)
    // (Nor are two the subject names by a title the people of the encounter before do not hold: "hai Bộ trưởng Quốc phòng
    // ký …" after a deputy minister's reception of an ambassador tells of two others, as in jointPeople.)
    else if ((!ownDays.length || (sharesDay(ownDays, daysIn(findDates(before.sentence, grammar))) && !longBeforeRecent(r, before, ownDays))) && !namesOthers(r, e, before)) foldInto(r, before, e);
  } else if (present.length && (e.foreignSubject || thirdCounterpart(e, grammar) || thirdSubject(e, mentions))) {
    // "Trước đó, ông B đã có cuộc gặp ba bên với Bộ trưởng Quốc phòng Mỹ C và …", "…; Bộ trưởng Quốc phòng Philippines
    // C hội đàm với D": one side with another country's people, named by title before or after the marker; no one of
    // the other side near it was there. Neither accepted nor completed.
    return;
  } else if (present.length || ((BOTH_SIDES.test(e.sentence) || HOSTED.has(e.type) || delegationFacesSide(r, e)) && !anotherTime(e, own(), grammar)) || (e.type === "conference" && (own().some((d) => d.kind === "day") || (takesPlace(e, grammar) && !anotherTime(e, own(), grammar))))) {
    // One side named here, the other in a sentence nearby ("Đồng chủ trì phía Nhật Bản là ông B"); or a reception or
    // ceremony told first and its host and guests after ("Tham dự có …"). A conference named in passing, with no one
    // and no day, is not completed: such names are mostly background; one the sentence dates, or tells is taking
    // place ("Hội nghị … (ADMM+) diễn ra tại Bangkok"), is the news.
    const assembly = assemblyOf(r, events);
    const completed = completeEncounter(e, assembly) ?? titledPair(e, mentions, grammar, holderOf(r), sentenceBefore(r, e)) ?? (e.type === "conference" && !present.length ? delegationTo(e, assembly, grammar, series) : unitHost(r, e));
    if (completed && inScope(r, completed.participants)) {
      accepted.push(completed);
      // One side named, after the marker, the other taken from the sentences near it, no date and no words of sequence:
      // more guests, perhaps, of the encounter before ("Buổi tiếp ông B diễn ra …" after "A chủ trì lễ đón ông C").
      if (sides.size === 1 && !present.some((p) => p.start < triggerAt(e)) && !FOLLOWS.test(e.sentence) && !writesDate(e.sentence, grammar)) addsGuests.add(completed);
    }
  }
}

/**
 * Whether an encounter names a counterpart of one side after its marker ("Ngay sau lễ đón, đoàn đã đến chào xã giao
 * lãnh đạo Vùng 5 … Nhật Bản"): after words of sequence, another encounter than the one before, not that one told on.
 */
function namesCounterpart(r: Reading, e: EventMention): boolean {
  return SIDES.some((side) => namesSide(r, e, side));
}

/** Days a sentence counts from the publication or the encounter before ("hôm qua", "thứ Ba", "cùng ngày"): days of its own. */
const COUNTED_DAYS: ReadonlySet<string> = new Set(["today", "yesterday", "weekday", "same_day"]);

/**
 * Whether the encounter's people are the two holders of one post, each side's (`joint_subjects` of persons): its
 * subject ("hai Bộ trưởng đã điện đàm"), or after its marker ("cuộc điện đàm giữa hai Bộ trưởng").
 */
/**
 * The people "hai Bộ trưởng" stands for on another occasion: the one holder of that title on each side the article
 * names, wherever ("Đại sứ B cho biết Bộ trưởng C mong … Hồi tháng 11, hai bộ trưởng đã điện đàm": A and C, not A and the
 * ambassador met before); else the two people of the encounter before.
 */
function jointPeople(r: Reading, e: EventMention, before: EventMention): readonly PersonMention[] | null {
  const holds = holderOf(r);
  const titled = titledPair(e, r.mentions, r.grammar, holds, sentenceBefore(r, e));
  if (titled) return titled.participants;
  // The two of the encounter before only when they are what the subject names: "Hai Bộ trưởng Quốc phòng đã hội đàm"
  // after a deputy minister's reception of an ambassador tells of two people the article does not name.
  const joint = jointTitle(e, r.grammar);
  return !joint || before.participants.every((p) => holdsJoint(p, joint, r.grammar, holds)) ? before.participants : null;
}

/** Whether an encounter's joint subject names its two by a title the people of the encounter before do not all hold. */
function namesOthers(r: Reading, e: EventMention, before: EventMention): boolean {
  const joint = jointTitle(e, r.grammar);
  return joint !== null && !before.participants.every((p) => holdsJoint(p, joint, r.grammar, holderOf(r)));
}

/** Where the sentence before an encounter's starts: in its paragraph, else the last of the paragraph before (the encounter's own start when it opens the text read). */
function sentenceBefore(r: Reading, e: EventMention): number {
  const at = r.regions.findIndex((g) => g.start <= e.start && e.end <= g.end);
  if (at < 0) return e.start;
  const inIt = sentences(r.text, r.regions[at]!.start, e.start).filter((s) => LETTER.test(r.text.slice(s.start, s.end)));
  if (inIt.length) return inIt.at(-1)!.start;
  const previous = at > 0 ? r.regions[at - 1]! : null;
  return previous ? (sentences(r.text, previous.start, previous.end).at(-1)?.start ?? e.start) : e.start;
}

function jointPersons(e: EventMention, grammar: Grammar): boolean {
  const joint = grammar.bothSides.exec(e.sentence);
  if (joint && grammar.jointPersons.has(joint[2]!)) return true;
  const at = markerIn(e);
  const between = at < 0 ? null : grammar.jointBetween.exec(e.sentence.slice(at + e.triggers[0]!.length));
  return !!between && grammar.jointPersons.has(between[1]!);
}

/** Whether a sentence's dates write a day or a span of days of its own. */
function daysOwn(dates: readonly DateMention[]): boolean {
  return dates.some((d) => d.kind === "day" || d.kind === "range");
}

/**
 * A sentence dated by a year or a month alone ("Năm 2011, hai bên đã ký kết …", "… từ năm 2011") tells of another
 * time than the encounter's day: background, never a part of the encounter before. So is an encounter that a month
 * governs ("Hồi tháng trước, hai Bộ trưởng đã điện đàm"): one of another time. (Alone: a sentence that writes a day of
 * its own, "Sáng 18/11, … tổng kết hợp tác năm 2022", is dated by it.)
 */
function anotherTime(e: EventMention, dates: readonly DateMention[], grammar: Grammar): boolean {
  return !daysOwn(dates) && (dates.some((d) => (d.kind === "year" || d.kind === "month") && d.year !== null) || governingMonth(e, grammar) !== undefined);
}

/**
 * "Chiều cùng ngày, lễ đón tàu được tổ chức tại cầu cảng. Tham dự lễ đón có A và B." or "… A chủ trì lễ đón; trưởng
 * đoàn phía Nhật Bản là B.": a sentence that names both sides (as hosts or as those who attend), with no date of its
 * own, right after a sentence that tells the encounter (its type, naming no one) and dates it, is read at that
 * sentence, whose date and time of day are the encounter's (as a completed encounter is read where a day is told
 * again: see assemble.ts), not at the article's first date.
 */
function datedJustBefore(r: Reading, e: EventMention, events: readonly EventMention[]): EventMention {
  const { grammar, text, regions } = r;
  if (writesDate(e.sentence, grammar)) return e;
  const told = events.filter((o) => o.end <= e.start).at(-1);
  if (!told || told.type !== e.type || told.participants.length || !writesDate(told.sentence, grammar)) return e;
  const region = regions.find((g) => g.start <= told.start && e.end <= g.end);
  if (!region || sentences(text, told.end, e.start).some((b) => LETTER.test(text.slice(b.start, b.end)))) return e;
  return { ...e, start: told.start, end: told.end, sentence: told.sentence, triggers: [...told.triggers, ...e.triggers] };
}

/**
 * A reception of a delegation ("Lễ đón tàu và đoàn công tác … với sự tham dự của ông B, Thị trưởng …; ông C, Tổng lãnh
 * sự Việt Nam …") is its head's, whom the article names leading it ("Đoàn công tác do Đại tá A làm trưởng đoàn"), though
 * someone of the head's side attends: the head is its guest. Only when the marker's clause names no delegation of the
 * other side, and the article names one such head.
 */
function withDelegationHead(r: Reading, e: EventMention, events: readonly EventMention[]): EventMention {
  const { grammar, mentions } = r;
  if (e.type !== "reception") return e;
  const clause = markerClause(e);
  if (!grammar.delegation.test(clause)) return e;
  const assembly = assemblyOf(r, events);
  const heads = mentions.filter((m) => m.country !== null && !grammar.delegationOf[m.country === "VN" ? "JP" : "VN"].test(clause) && assembly.leadsDelegation?.(m));
  const head = onePerson(heads);
  if (!head || e.participants.some((p) => keyOf(p) === keyOf(head))) return e;
  return { ...e, participants: [...e.participants, head] };
}

/**
 * A headline that alone tells an encounter, one side named and the other by title or country ("A chủ trì lễ đón Tham
 * mưu trưởng Liên quân Nhật Bản"), over a body that tells none but names that side ("Chuyến thăm … của Đại tướng B"):
 * completed as a body sentence would be.
 */
function headlineAlone(r: Reading, events: readonly EventMention[]): void {
  const { regions, accepted } = r;
  for (const e of events) {
    if (!regions.some((g) => g.headline && g.start <= e.start && e.end <= g.end) || !e.participants.length) continue;
    const assembly = assemblyOf(r, events);
    const completed = completeEncounter(e, assembly, true);
    if (completed && inScope(r, completed.participants) && SIDES.every((side) => completed.participants.some((p) => p.country === side))) accepted.push(completed);
  }
}

/** Attendees a sentence without a marker lists, added to the encounter accepted just before it. */
function addAttendees(r: Reading, events: readonly EventMention[]): void {
  const { grammar, text, regions, mentions, accepted } = r;
  for (const { s, people } of attendeeSentences(text, regions, events, mentions, grammar)) {
    const before = accepted.filter((a) => a.end <= s.start).reduce<EventMention | undefined>((best, a) => (!best || a.end > best.end ? a : best), undefined);
    if (before && sentences(text, before.end, s.start).filter((b) => LETTER.test(text.slice(b.start, b.end))).length <= 1 && !writesDate(text.slice(s.start, s.end), grammar)) addPeople(r, before, people);
  }
}

/**
 * "Trước đó, chiều thứ Hai tuần trước, đoàn … đến thăm … tại Đà Nẵng. Đại tá C chủ trì tiếp đoàn.": the venue of the
 * sentence just before an encounter's, in its paragraph and after the encounter told before, when that sentence writes
 * a date too: the story has moved there (see the day it takes in when.ts).
 */
function movedTo(r: Reading, e: EventMention, before: EventMention | undefined, dated = true): Place | null {
  const { text, regions, places, grammar } = r;
  const region = regions.find((g) => g.start <= e.start && e.end <= g.end);
  if (!region || (dated && !before) || (before && before.end > e.start)) return null;
  const prior = sentences(text, Math.max(region.start, before?.end ?? region.start), e.start).filter((b) => LETTER.test(text.slice(b.start, b.end))).at(-1);
  if (!prior || (dated && !writesDate(text.slice(prior.start, prior.end), grammar))) return null;
  return mostSpecific(heldVenues(text, prior.start, prior.end, places, grammar));
}

/** The sentence after an encounter's (in its paragraph or the next) when it tells an encounter by its noun as taking place and names no one. */
function retoldAfter(r: Reading, e: EventMention): { start: number; end: number } | null {
  const { text, regions, grammar, mentions } = r;
  const at = regions.findIndex((g) => g.start <= e.start && e.end <= g.end);
  if (at < 0) return null;
  const next = [regions[at]!, regions[at + 1]].flatMap((g, k) => (g ? sentences(text, k === 0 ? e.end : g.start, g.end) : [])).find((b) => LETTER.test(text.slice(b.start, b.end)));
  if (!next) return null;
  const said = text.slice(next.start, next.end);
  return grammar.containerOpening.test(said) && grammar.takesPlace.test(said) && !mentions.some((m) => next.start <= m.start && m.end <= next.end) ? next : null;
}

/** The encounters accepted, as the article's rows: dated, placed, with their people; those that cannot be dated left out. */
function encounterRows(r: Reading, dates: readonly (EventDate | Unresolved)[]): { encounters: Encounter[]; leftOut: LeftOut[] } {
  const { registry, places, grammar, doc, view, text, regions, mentions, firstWritten, accepted, extraTypes, extraFrames, extraPeople, toldFormat, addsGuests } = r;
  const { rankAtEnd: RANK_AT_END } = grammar;
  // (Most articles have no encounter: nothing below to read for them.)
  if (!accepted.length) return { encounters: [], leftOut: [] };
  // (Read when first asked for: an encounter with a place of its own, or the one before, needs no lead venue.)
  const leadPlace = once(() => leadVenue(text, regions, places, grammar));
  // A rank written beside a person anywhere in the article holds at its encounters (one visit, one rank).
  // So does the first post written beside a person: "Đại tướng A, Tham mưu trưởng …" in the lead, "Đại tướng A" later.
  // Registry people and people the registry does not know alike (the latter by their name's words, in any order).
  const rankOf = new Map<string, string>();
  const positionOf = new Map<string, string>();
  for (const m of mentions) {
    const key = keyOf(m);
    if (m.rank && RANK_AT_END.test(text.slice(Math.max(0, m.start - 30), m.start))) rankOf.set(key, m.rank);
    // (Not a post that names someone else: a garbled "Bộ trưởng Nakatani tướng" before another name.)
    if (m.position && !positionOf.has(key) && !mentions.some((o) => o !== m && m.position!.includes(o.written))) positionOf.set(key, m.position);
  }
  const encounters: Encounter[] = [];
  const leftOut: LeftOut[] = [];
  let lastPlace: Place | null = null;
  /** The date of the forum that gave `lastPlace`, if a forum did. */
  let lastForum: EventDate | null = null;
  accepted.forEach((e, i) => {
    const start = view.toClean(e.start);
    const end = view.toClean(e.end);
    const sentence = doc.text.slice(start, end);
    const date = dates[i]!;
    const types = [e.type, ...(e.settingOf ? [e.settingOf] : []), ...(extraTypes.get(e) ?? [])];
    const frame = e.frame ?? extraFrames.get(e);
    const format = toldFormat.get(e) ?? e.format;
    const people = [...e.participants];
    for (const p of extraPeople.get(e) ?? []) if (!people.some((q) => keyOf(q) === keyOf(p))) people.push(p);
    const type = byPhone(typeOf(types, frame, grammar.typePrecedence), format);
    // (Every field written out, those it lacks undefined: one shape for all rows, `combine`'s too.)
    const asEncounter = (date: EventDate, place: Place | null, placedHere = false): Encounter => ({
      start,
      end,
      sentence,
      triggers: e.triggers,
      type,
      toldAs: type !== e.type ? e.type : undefined,
      format,
      frame,
      date,
      place,
      participants: people.map((p) => ({
        article_id: doc.article_id,
        person_id: p.personId,
        name: p.name,
        name_as_written: firstWritten.get(keyOf(p)) ?? p.written,
        country: p.country!,
        rank: rankOf.get(keyOf(p)) ?? p.rank ?? (p.personId ? registry.rankShownOn(p.personId, date.date_start) : null),
        position: p.position ?? positionOf.get(keyOf(p)) ?? null,
        start: view.toClean(p.start),
        end: view.toClean(p.end),
      })),
      addsGuests: addsGuests.has(e) ? true : undefined,
      datedHere: writesDate(e.sentence, grammar) ? true : undefined,
      placedHere: placedHere ? true : undefined,
      headline: regions.some((r) => r.headline && r.start <= e.start && e.end <= r.end) ? true : undefined,
    });
    if ("unresolved" in date) {
      // (With only the place its own sentence writes, to tell it from a meeting of the same people elsewhere: the
      // meeting another article dates gives the rest.)
      const own = date.candidates && format === "in_person" ? mostSpecific(heldVenues(text, e.start, e.end, places, grammar, mentions.filter((m) => m.start >= e.start && m.end <= e.end))) : null;
      leftOut.push({ start, end, sentence, reason: date.unresolved, ...(date.candidates ? { candidates: date.candidates.map((d) => asEncounter(d, own)) } : {}) });
      return;
    }
    // (One dated after the article's publication is announced, not held: see dateEvents.)
    let place: Place | null = null;
    let placedHere = false;
    if (format === "in_person") {
      // (A month of another time than the encounter before, "Trong chuyến thăm hồi tháng 4, …" after a forum's talks, is
      // of a visit its paragraph names, "chuyến thăm Việt Nam của ông B", not of that encounter's place.)
      const before = encounters.at(-1)?.date;
      const elsewhen = date.precision === "month" && before !== undefined && !overlaps(before, date);
      const visited = elsewhen ? visitedIn(text, regions, e, places, grammar) : null;
      // (Else the place of the last encounter of its day, not of one of another time told since: "Ngày 24/10/2011, …
      // ký … tại Tokyo. Cùng ngày, A tiếp B" after a day in Hanoi.)
      const ofDay = encounters.findLast((o) => o.format === "in_person" && o.place !== null && overlaps(o.date, date));
      // (Not a venue written after the marker of another encounter its sentence tells later: "A chào xã giao B; hội kiến C
      // tại Hải Phòng" places the meeting with C, not the call on B; nor is that venue the place known for this one.)
      const next = accepted.reduce((at, o) => (o !== e && o.start === e.start && triggerAt(o) > triggerAt(e) ? Math.min(at, triggerAt(o)) : at), e.end);
      const people = mentions.filter((m) => m.start >= e.start && m.end <= e.end);
      const later = next < e.end ? heldVenues(text, next, e.end, places, grammar, people).map((v) => v.place) : [];
      // (Not the venue of a forum on a later day: "Trước hội nghị, ngày 8/6, A đã chào xã giao B" after a forum of the
      // 10th in Sapporo goes back to before the forum, to a place the text does not give.)
      const back = lastForum !== null && date.date_end < lastForum.date_start;
      // (Nor, for such a month of another time, the place of the encounter before or of the lead: "Tại buổi tiếp, A nhắc
      // lại cuộc gặp với B bên lề Đối thoại X hồi tháng 6 năm ngoái" was not where the reception is.)
      // (Nor, for a month of its own, a lead venue the article writes only after it: "A gặp B hồi tháng 4/2023. Ảnh: …"
      // over a story told in Hanoi was not in Hanoi.)
      const told = elsewhen ? visited : (movedTo(r, e, accepted[i - 1]) ?? (ofDay ? ofDay.place : back ? null : lastPlace) ?? (back ? null : leadBefore(leadPlace(), e, date)));
      const known = told && later.includes(told) ? null : told;
      const own = mostSpecific(heldVenues(text, e.start, next, places, grammar, people));
      place = own ?? known;
      // A sentence that places it only in a country ("Trong thời gian ở Nhật Bản, …") is in the place the article
      // already gives in that country.
      if (place?.kind === "country" && known?.kind === "city" && known.country === place.country) place = known;
      // Placed only in a country, by the article's lead: the city of that country the sentence just before it in its
      // paragraph writes ("… đoàn đã tới Bộ Tư lệnh Hải quân tại Hải Phòng. Sau lễ đón, A đã hội kiến B.").
      if (place?.kind === "country" && place === known) {
        const near = movedTo(r, e, accepted[i - 1], false);
        if (near?.kind === "city" && near.country === place.country) place = near;
      }
      // Still only a country: the city of that country the next sentence names, when it tells the encounter again by its
      // noun as taking place ("Nhân dịp công tác tại Thái Lan, A đã gặp B. Cuộc gặp diễn ra ngày 6/11 tại thủ đô Bangkok.").
      if (place?.kind === "country") {
        const again = retoldAfter(r, e);
        const city = again ? mostSpecific(heldVenues(text, again.start, again.end, places, grammar)) : null;
        if (city?.kind === "city" && city.country === place.country) place = city;
      }
      placedHere = place !== null && place === own;
      lastPlace = place;
      lastForum = e.type === "conference" && place !== null ? date : null;
    }
    encounters.push(asEncounter(date, place, placedHere));
  });
  return { encounters, leftOut };
}

/** Planned encounters, left out with their plan cue. */
function leaveOutPlanned(r: Reading, read: readonly EventMention[], leftOut: LeftOut[]): void {
  const { series, grammar, doc, view, accepted } = r;
  // Planned encounters that name both sides (or a conference of both with one side named), in scope, each once: left out
  // with their plan cue. (Not one the article also reports held, with a person of each side in common.)
  const listed: EventMention[] = [];
  for (const e of read) {
    if (!e.planned || !inScope(r, e.participants)) continue;
    const sides = new Set(e.participants.map((p) => p.country));
    const twoSided = sides.has("VN") && sides.has("JP");
    if (!twoSided && !(e.type === "conference" && e.participants.length && conferenceOfBoth(e.sentence, sides, series, grammar))) continue;
    if (twoSided && [...accepted, ...listed].some((a) => sameSides(a.participants, e.participants))) continue;
    listed.push(e);
    const start = view.toClean(e.start);
    const end = view.toClean(e.end);
    leftOut.push({ start, end, sentence: doc.text.slice(start, end), reason: `planned, not reported as held: "${e.planned}" governs ${e.triggers.map((t) => `"${t}"`).join(", ")}` });
  }
}

/**
 * "A và B lần lượt tiếp C", "C lần lượt chào xã giao A và B": the people of one side meeting the one person of the
 * other each in turn (`in_turn_words` in the clause of the marker, or a marker told in the plural: "A có các cuộc gặp
 * với B; C", `marker_quantifiers` marked `plural`) are that many encounters, one per person.
 */
function inTurn(e: EventMention, grammar: Grammar): EventMention[] {
  const at = markerIn(e);
  if (at < 0) return [e];
  if (!grammar.pluralMarkers.has(e.triggers[0]!)) {
    if (!grammar.inTurn.test(e.sentence)) return [e];
    // The clause of the marker: from the comma or semicolon before it to the one after it.
    const next = e.sentence.slice(at).search(/[,;]/u);
    if (!grammar.inTurn.test(e.sentence.slice(clauseOpening(e.sentence, at), next < 0 ? undefined : at + next))) return [e];
  }
  for (const side of SIDES) {
    const many = e.participants.filter((p) => p.country === side);
    const others = e.participants.filter((p) => p.country !== side);
    if (many.length >= 2 && others.length === 1) return many.map((p) => ({ ...e, participants: e.participants.filter((q) => q === p || q === others[0]) }));
  }
  return [e];
}

/** The side an encounter that names one side only (Vietnam or Japan) lacks; null when it names both, or neither. */
function otherSide(sides: ReadonlySet<CountryCode | null>): "VN" | "JP" | null {
  return sides.size !== 1 ? null : sides.has("VN") ? "JP" : sides.has("JP") ? "VN" : null;
}

/** The reading's assembly input, made on first use (most articles complete no encounter from the sentences near it). */
function assemblyOf(r: Reading, events: readonly EventMention[]): AssemblyInput {
  return (r.assembly ??= assemblyInput(r.text, r.regions, events, r.mentions, r.grammar, r.registry, r.places, r.doc.published_date));
}

/** What the assembly of encounters across sentences reads: the sentences, who is present in each, side cues and days. */
function assemblyInput(text: string, regions: readonly { start: number; end: number; headline: boolean }[], events: readonly EventMention[], mentions: readonly PersonMention[], grammar: Grammar, registry: Registry, places: Gazetteer, published: string | null): AssemblyInput {
  // (A line of the body that names no one and ends no sentence, short, as a photo's caption or a subheading the page
  // printed between paragraphs, is no part of the story: the reach of an encounter's completion passes over it.)
  const story = regions.filter((r) => r.headline || !asideLine(text.slice(r.start, r.end)) || mentions.some((m) => r.start <= m.start && m.end <= r.end));
  const all: Sentence[] = story.flatMap((r, region) => sentences(text, r.start, r.end).map((s) => ({ start: s.start, end: s.end, region, headline: r.headline })));
  /** The sentence a person is named in. */
  const sentenceOf = (m: PersonMention) => all.find((s) => s.start <= m.start && m.end <= s.end);
  // Asked of the few sentences near an encounter to complete, so worked out per sentence when asked.
  const presentIn = new Map<Sentence, PersonMention[]>();
  return {
    events,
    sentences: all,
    presentIn(s) {
      let found = presentIn.get(s);
      if (!found) {
        // (Not someone a plan names, "Phía Nhật Bản dự kiến do Thứ trưởng B dẫn đầu": not yet there.)
        const named = mentions.filter((m) => s.start <= m.start && m.end <= s.end && !plannedText(text.slice(s.start, m.start), grammar));
        found = presentOf(text, named, s, grammar, false);
        presentIn.set(s, found);
      }
      return found;
    },
    hasSideCue: remembered((s) => grammar.sideCue.test(text.slice(s.start, s.end))),
    speaksAt(s, marker, conference) {
      return speaksAt(text.slice(s.start, s.end), marker, grammar, conference);
    },
    joinsFromAfar(s) {
      return grammar.remoteAttendance.test(text.slice(s.start, s.end));
    },
    givesDay: remembered((s) => findDates(text.slice(s.start, s.end), grammar).some((d) => d.kind === "day" && d.day !== null)),
    writesDay: remembered((s) => findDates(text.slice(s.start, s.end), grammar).some((d) => (d.kind === "day" && d.day !== null) || (d.relative !== null && COUNTED_DAYS.has(d.relative)))),
    narratorOf(e, side) {
      // ("A cho biết, ông đã …", or with no comma when the pronoun follows the verb: "A cho biết ông vừa hội đàm với B".)
      const told = grammar.narrator.exec(e.sentence) ?? grammar.narratorThenPronoun.exec(e.sentence);
      const at = markerIn(e);
      if (!told || at < told[0].length || !grammar.tellerPronoun.test(e.sentence.slice(told[0].length, at))) return null;
      return onePerson(mentions.filter((m) => m.country === side && m.start >= e.start && m.end <= e.start + told[0].length));
    },
    refersToOther(s) {
      const said = text.slice(s.start, s.end);
      return mentions.some((m) => {
        if (m.country !== null || m.personId !== null || m.start >= s.start) return false;
        const family = m.name.slice(m.name.lastIndexOf(" ") + 1);
        if (family.length < 2 || family === m.name) return false;
        for (let at = said.indexOf(family); at >= 0; at = said.indexOf(family, at + 1)) {
          if (!LETTER.test(said.charAt(at + family.length)) && grammar.honorificAtEnd.test(said.slice(Math.max(0, at - 12), at))) return true;
        }
        return false;
      });
    },
    dayOf(s) {
      const d = findDates(text.slice(s.start, s.end), grammar).find((x) => x.kind === "day" && x.day !== null && x.month !== null);
      return d ? `${d.month}-${d.day}` : null;
    },
    counterpart(e, side) {
      return counterpart(e, side, grammar, () => hostOf(text, regions, e, places));
    },
    follows(e) {
      return grammar.sequenceOpener.test(e.sentence);
    },
    subjectTitle(e, side) {
      // The whole subject of the marker's clause: the title opens it, at most two words ("đã", "cũng đã") after it.
      const at = markerIn(e);
      if (at <= 0) return null;
      const clause = e.sentence.slice(clauseOpening(e.sentence, at), at);
      const m = counterpartPatterns(grammar)[side].titled.exec(clause);
      if (m) return /^\s*$/u.test(clause.slice(0, m.index)) && TWO_WORDS_AT_MOST.test(clause.slice(m.index + m[0].length)) ? m[1]! : null;
      // A title or rank alone ("bản thân Thứ trưởng đã điện đàm với B", "Thượng tướng cũng hội đàm với B"), when the
      // marker names only the other side: this side's one holder of it.
      if (e.participants.length && e.participants.every((p) => p.country !== side)) {
        const bare = grammar.bareSubject.exec(clause);
        if (bare) return bare[1]!;
        const joint = bareJointTitle(e, at, grammar);
        if (joint) return joint;
      }
      // A passive clause's agent by title alone ("B … rồi được Thủ tướng tiếp"): the host, of the side its guests are not.
      const passive = e.participants.length && e.participants.every((p) => p.country !== side) && grammar.hostsMarkers.has(e.triggers[0]!.toLowerCase()) ? grammar.passiveTitle.exec(e.sentence.slice(0, at)) : null;
      return passive ? passive[1]! : null;
    },
    namesSide(s, side) {
      return counterpartPatterns(grammar)[side].country.test(text.slice(s.start, s.end));
    },
    holdsTitle(m, title) {
      return holdsTitle(m, title, registry, published);
    },
    opensWithAttendees(s) {
      return grammar.attendeesOpening.test(text.slice(s.start, s.end)) && !events.some((e) => s.start <= e.start && e.end <= s.end);
    },
    guest(e) {
      const at = markerIn(e);
      return at >= 0 && grammar.guestWord.test(e.sentence.slice(at));
    },
    unaddressed(e) {
      const at = markerIn(e);
      if (at <= 0 || e.setting || !e.participants.every((p) => p.start - e.start < at)) return false;
      // The sentence ends with its markers, joined by list words ("… chủ trì lễ đón và hội đàm."): a marker with
      // anything else after it (a noun's complement, "cơ chế Đối thoại …", "kể từ lần gặp gần nhất, …") is no
      // encounter told, and one after a setting word ("sau buổi chào xã giao") is another's setting.
      let rest = e.sentence.slice(at);
      for (const t of e.triggers) rest = rest.replace(t, " ");
      return !grammar.setting.test(e.sentence.slice(Math.max(0, at - 30), at)) && rest.replace(grammar.listWords, " ").replace(/[\s\p{P}]+/gu, "") === "";
    },
    mentions,
    attends(e) {
      return attends(e, grammar);
    },
    textOf(s) {
      return text.slice(s.start, s.end);
    },
    anaphoric(e) {
      const at = markerIn(e);
      if (at < 0) return false;
      const marker = e.triggers[0]!;
      const before = e.sentence.slice(0, at);
      // "Buổi chiều, ông chào xã giao B"; made passive by a host's marker, "Chiều 5/11, ông được B tiếp"; after the marker, "B tiếp ông tại …".
      return (at > 0 && grammar.subjectAnaphor.test(before)) || (grammar.hostsMarkers.has(marker.toLowerCase()) && grammar.passiveAnaphor.test(before)) || grammar.objectAnaphor.test(e.sentence.slice(at + marker.length));
    },
    visiting(m) {
      const s = all.find((s) => s.start <= m.start && m.end <= s.end);
      const sentence = s ? text.slice(s.start, s.end) : "";
      const visit = grammar.visitTo.exec(sentence);
      // (Not a visit one is invited to: "A mời Bộ trưởng B thăm chính thức Việt Nam".)
      const clause = visit ? sentence.slice(0, visit.index).split(/[,;]/u).at(-1)! : "";
      return !!visit && m.country !== null && visit[1] !== grammar.sideName[m.country] && !grammar.invites.test(clause);
    },
    delegationOf(e, side) {
      const at = markerIn(e);
      if (at < 0) return false;
      const clause = markerClause(e);
      if (grammar.delegationOf[side].test(clause)) return true;
      // A delegation of no country named ("Chủ trì lễ đón đoàn công tác … là Đại tá B"), received by people of the
      // other side alone: this side's.
      const other = side === "VN" ? "JP" : "VN";
      if (!e.participants.length || !e.participants.every((p) => p.country === other)) return false;
      if (grammar.delegation.test(clause) && !grammar.delegationOf[other].test(clause)) return true;
      // A reception whose host alone is named, no one after its marker ("Chủ trì buổi tiếp là Đại tá B"), in an article
      // whose lead receives a delegation of this side ("… đã đón tiếp đoàn công tác của … Nhật Bản"): that delegation's.
      return e.type === "reception" && !mentions.some((m) => m.start >= e.start + at && m.start < e.start + e.sentence.length && m.country === side) && receivesDelegation(events, all, text, side, grammar);
    },
    // (A post opening with a word of leading, or such words in apposition that are no title: "B, chỉ huy đội tàu, …",
    // "B, người chỉ huy biên đội, …"; or a sentence naming who leads, "Người dẫn đầu đoàn tàu là Đại tá B".)
    headsDelegation(m) {
      if (m.position !== null && grammar.leads.exec(m.position)?.index === 0) return true;
      const s = sentenceOf(m);
      if (s && namedAsLeader(text.slice(s.start, s.end), s.start, m, mentions, grammar)) return true;
      const apposed = APPOSED_PERSON.exec(text.slice(m.end, m.end + 80));
      return !!apposed && grammar.leads.exec(text.slice(m.end + apposed[0].length, m.end + 80))?.index === 0;
    },
    leadsDelegation(m) {
      const s = sentenceOf(m);
      return !!s && leadsDelegation(text.slice(s.start, s.end), s.start, m, mentions, grammar);
    },
  };
}


/** Whether a reception of the article receives a delegation of the side's country ("… đã đón tiếp đoàn công tác của … Nhật Bản"). */
function receivesDelegation(events: readonly EventMention[], sentences: readonly Sentence[], text: string, side: CountryCode, grammar: Grammar): boolean {
  // (A reception of the article names that side's delegation, or its headline does: "Biên đội tàu Nhật Bản cập cảng …".)
  return events.some((o) => o.type === "reception" && grammar.delegationOf[side].test(markerClause(o))) || sentences.some((s) => s.headline && grammar.delegationOf[side].test(text.slice(s.start, s.end)));
}

/** How the encounter speaks of the side after its marker: its country named ("tiếp đoàn Hải quân Nhật Bản"), with the title it gives ("tiếp Đại sứ Nhật Bản tại Việt Nam"). */
function counterpart(e: EventMention, side: CountryCode, grammar: Grammar, host: () => string | null): { title: string | null } | null {
  const at = markerIn(e);
  if (at < 0) return null;
  let after = e.sentence.slice(at);
  // A conference's words after its marker are its name ("Diễn đàn Thứ trưởng Quốc phòng Nhật Bản - ASEAN"), which names
  // who attends by rank and country, not someone met: a counterpart is read only after a word of company ("hội nghị
  // trực tuyến với Bộ trưởng Quốc phòng Nhật Bản").
  if (e.type === "conference") {
    const withWord = after.search(grammar.comitative);
    if (withWord < 0) return null;
    after = after.slice(withWord);
  }
  const { country, titled } = counterpartPatterns(grammar)[side];
  // (The hosting country stands for its name: "… sang Tokyo làm việc, A gặp người đứng đầu Hải quân nước chủ nhà".)
  if (!country.test(after) && !(grammar.hostCountry.test(after) && host() === side)) return null;
  return { title: titled.exec(after)?.[1] ?? null };
}

/**
 * The country an encounter is held in, as its paragraph tells up to its marker ("Nhân dịp sang Tokyo làm việc, A gặp
 * …"): the one country of every place it says something happened at; null when it names none, or places of two.
 */
function hostOf(text: string, regions: readonly { start: number; end: number }[], e: EventMention, places: Gazetteer): string | null {
  const region = regions.find((r) => r.start <= e.start && e.end <= r.end);
  const at = markerIn(e);
  if (!region || at < 0) return null;
  const countries = new Set(places.venues(text, region.start, e.start + at).map((v) => v.place.country));
  return countries.size === 1 ? [...countries][0]! : null;
}

/**
 * Whether the first counterpart an encounter names by title after its marker is another country's ("gặp Bộ trưởng
 * Quốc phòng Mỹ C", "hội đàm với Tư lệnh Hải quân Ấn Độ"), not either side's.
 */
function thirdCounterpart(e: EventMention, grammar: Grammar): boolean {
  const at = markerIn(e);
  if (at < 0) return false;
  const after = e.sentence.slice(at);
  const third = thirdTitled(grammar).exec(after);
  if (!third) return false;
  const p = counterpartPatterns(grammar);
  return SIDES.every((side) => {
    const m = p[side].titled.exec(after);
    return !m || m.index > third.index;
  });
}

/**
 * Per side: its country as the counterpart's ("đoàn … Nhật Bản"), not as a place ("tại Việt Nam", "sang thăm Nhật
 * Bản"); and a title that names the country and no one ("Đại sứ Nhật Bản tại Việt Nam"). Compiled once per grammar.
 */
function counterpartPatterns(grammar: Grammar): Record<CountryCode, { country: RegExp; titled: RegExp }> {
  let p = counterparts.get(grammar);
  if (!p) {
    const country = (name: string) => new RegExp(`${leadingWords([name])}(?<![\\p{L}\\p{M}])(?<!(?:${grammar.locativeSource})\\s+)${name}(?![\\p{L}\\p{M}])`, "iu");
    const titled = sideTitled(grammar);
    p = { VN: { country: country(grammar.sideName.VN), titled: titled.VN }, JP: { country: country(grammar.sideName.JP), titled: titled.JP } };
    counterparts.set(grammar, p);
  }
  return p;
}
const counterparts = new WeakMap<Grammar, Record<CountryCode, { country: RegExp; titled: RegExp }>>();

/** A question about a sentence, answered once per sentence. */
function remembered(ask: (s: Sentence) => boolean): (s: Sentence) => boolean {
  const known = new Map<Sentence, boolean>();
  return (s) => {
    let answer = known.get(s);
    if (answer === undefined) known.set(s, (answer = ask(s)));
    return answer;
  };
}

/** `holdsTitle` for an article's reading: whether someone named holds a title, as of the article's publication. */
function holderOf(r: Reading): (m: PersonMention, title: string) => boolean {
  // (The article's time: its publication, else the update stamp it prints, "Cập nhật: 21/11/2018", a bound just after it.)
  return (m, title) => holdsTitle(m, title, r.registry, r.doc.published_date ?? r.doc.updated_date);
}

/** Whether a mention gives the person a post with this title ("Bộ trưởng …"), written or, for a registry person, recognised; or this rank. */
function holdsTitle(m: PersonMention, title: string, registry: Registry, published: string | null): boolean {
  if (m.position?.startsWith(title)) return true;
  // (A rank written alone for someone, "Thượng tướng cũng …": the one of that rank.)
  if (m.rank !== null && m.rank.toLowerCase() === title.toLowerCase()) return true;
  // A registry person named with a rank alone ("Đại tướng X") holds the titles of the posts the registry gives them:
  // in the year before the article's publication when it has a date (a minister is no longer the deputy he was).
  const held = (p: Position) => published === null || heldWithin(lookupInterval(p), published);
  const offices = m.officeIds.length || !m.personId ? m.officeIds : (registry.person(m.personId)?.positions.filter(held).map((p) => p.office_id) ?? []);
  return offices.some((id) => registry.office(id)?.title_vi.startsWith(title) ?? false);
}

/** Whether a span of days (ISO) reaches into the year up to `day`. */
function heldWithin([from, to]: readonly [string, string], day: string): boolean {
  const yearBefore = `${Number(day.slice(0, 4)) - 1}${day.slice(4)}`;
  return from <= day && to >= yearBefore;
}

/**
 * The people named in a sentence who take part in what it tells: all but those the words before make someone spoken
 * of. In a sentence that tells an encounter (`met`; not one told as the setting of what was said, "Tại buổi tiếp, …"), the one greetings are passed to ("chuyển lời thăm hỏi … tới X") is absent
 * when someone else of their side takes part ("A tiếp B, nhờ B chuyển lời tới C") and otherwise the one met ("A chuyển
 * lời … tới Bộ trưởng X khi tiếp ông"); in a sentence without one ("A gửi lời thăm hỏi tới X."), absent.
 */
function presentOf(text: string, people: readonly PersonMention[], e: Pick<EventMention, "start" | "end">, grammar: Grammar, met: boolean, again?: { readonly all: readonly PersonMention[]; readonly marker: number }): PersonMention[] {
  const how = people.map((p) => {
    const h = presence(text, p, e, grammar, people);
    // Named absent (a setting's "chuyến thăm Nhật Bản của A"), then again before the marker as its subject ("…, A và B đã
    // chứng kiến lễ ký"): as the later naming says. (Not one named after it: "mời B tham dự …; B nhận lời".)
    if (h !== "absent" || again === undefined) return h;
    const later = again.all.find((q) => q.start > p.end && q.end <= again.marker && keyOf(q) === keyOf(p));
    return later ? presence(text, later, e, grammar, people) : h;
  });
  return people.filter((p, i) => how[i] === "present" || (met && how[i] === "recipient" && !people.some((q, j) => how[j] === "present" && q.country === p.country)));
}

/**
 * The people of an encounter without the one who speaks of it, when the encounter has its own people of both sides
 * named after the verb of speech ("Thượng tướng A cho rằng hợp tác … có bước tiến kể từ khi Đại tướng B và Bộ trưởng C
 * hội đàm tại …": B and C). With one side named after it, the speaker may be the other ("A cho biết đã điện đàm với
 * C"): all stay.
 */
function withoutSpeaker(text: string, people: readonly PersonMention[], e: EventMention, grammar: Grammar): readonly PersonMention[] {
  const at = markerIn(e);
  if (at < 0 || people.length < 3) return people;
  const marker = e.start + at;
  return people.filter((p) => {
    if (p.end > marker) return true;
    const next = people.find((q) => q.start >= p.end);
    const verb = grammar.speechVerb.exec(text.slice(p.end, Math.min(next?.start ?? marker, marker)));
    if (!verb) return true;
    const after = people.filter((q) => q.start > p.end + verb.index && q.end <= marker);
    return !SIDES.every((side) => after.some((q) => q.country === side));
  });
}

/**
 * The people of an encounter without one who speaks of it when, after the verb of speech, its subject names its two by a
 * title the speaker does not hold ("Thượng tướng A cho biết hợp tác … tiến triển, nhất là sau khi hai Bộ trưởng Quốc phòng
 * ký …": the two ministers, not A).
 */
function withoutSpeakerOfOthers(r: Reading, e: EventMention, people: readonly PersonMention[]): readonly PersonMention[] {
  if (!people.length) return people;
  // (Or whose account the sentence opens with: "Theo Thượng tướng A, … sau khi hai Bộ trưởng Quốc phòng ký …".)
  const account = r.grammar.attribution.exec(e.sentence);
  const title = jointTitle(e, r.grammar);
  if (title === null) {
    // A subject of the two sides, not of two people ("Theo ông A, tháng 10/2011, hai nước đã ký …", "… hai bên đã ký …"):
    // whose account it is says nothing of who acted; the sides are those of the encounter they are told with, if any.
    const sides = account !== null && r.grammar.bothSides.exec(e.sentence);
    return sides ? people.filter((p) => p.end > e.start + account[0].length || p.start >= e.start + sides.index) : people;
  }
  const subject = e.start + title.at;
  const holds = holderOf(r);
  const speaks = (p: PersonMention) => (account !== null && p.end <= e.start + account[0].length) || r.grammar.speechVerb.test(r.text.slice(p.end, subject));
  return people.filter((p) => !(p.end <= subject && speaks(p) && !holdsJoint(p, title, r.grammar, holds)));
}

/** Where the last clause of `s` starts: after its last comma, semicolon, colon or opening bracket (0 when none). */
function clauseAt(s: string): number {
  return Math.max(s.lastIndexOf(","), s.lastIndexOf(";"), s.lastIndexOf(":"), s.lastIndexOf("(")) + 1;
}

/**
 * Whether the person is named after another in their clause and "là" ("hội đàm với người tiền nhiệm của ông A là Bộ
 * trưởng B"): what the words before the other say of them (the possessive "của ông A") is the other's; the person is
 * the noun before those words, said again. So with an owner given by title alone, no one named before the person in
 * the clause: "Khách của Thủ tướng là ông B" names the guest.
 */
function namedAfterOwner(text: string, p: PersonMention, clauseStart: number, people: readonly PersonMention[]): boolean {
  const others = people.filter((q) => q !== p && q.start >= clauseStart && q.end <= p.start);
  return others.some((q) => IS_THEN.test(text.slice(q.end, p.start))) || (!others.length && THEN_NAMED.test(text.slice(clauseStart, p.start)));
}
/** "là" and at most a lower-case word (an honorific) right before a name. */
const THEN_NAMED = /\slà\s+(?:\p{Ll}+\s+)?$/u;

function presence(text: string, p: PersonMention, e: Pick<EventMention, "start" | "end">, grammar: Grammar, people: readonly PersonMention[] = []): "present" | "absent" | "recipient" {
  if (p.country === null) return "absent";
  const from = Math.max(e.start, p.start - 160);
  const before = text.slice(from, p.start);
  const clause = before.slice(clauseAt(before));
  if ((grammar.absent.test(clause) && !namedAfterOwner(text, p, from + clauseAt(before), people)) || (grammar.senderCues.anyIn(before) && grammar.absentSender.test(before))) return "absent";
  // A name in apposition to the title a cue governs, after a comma: "theo lời mời của Bộ trưởng Bộ Quốc phòng Việt Nam,
  // Đại tướng A, …" is the clause "của Bộ trưởng … Đại tướng A" (a title, not an organisation, "đoàn của Bộ Quốc phòng
  // Nhật Bản, Đại tướng A tiếp …"; and no one else named between the cue's title and the comma).
  const comma = clauseAt(before) - 1;
  if (comma >= 0 && before[comma] === ",") {
    const prior = before.slice(clauseAt(before.slice(0, comma)), comma);
    const priorStart = from + comma - prior.length;
    if (grammar.titleWord.test(prior) && grammar.absentApposed.test(`${prior} ${clause.trimStart()}`) && !people.some((q) => q !== p && q.start >= priorStart && q.end <= from + comma)) return "absent";
  }
  // The one who tells of the encounter: "Đại tướng X cho biết, trước đó, ngày 4/12, …".
  const after = text.slice(p.end, Math.min(e.end, p.end + 200));
  if (grammar.narratingVerbs.anyIn(after) && grammar.narrator.test(after)) return "absent";
  return grammar.absentRecipient.test(clause) ? "recipient" : "present";
}

/** Where the clause holding a sentence's position `at` opens: after the comma or semicolon before it, else at the start. */
function clauseOpening(sentence: string, at: number): number {
  return Math.max(sentence.lastIndexOf(",", at), sentence.lastIndexOf(";", at)) + 1;
}

/**
 * A title or rank alone opening a joint subject whose other part names the people the marker has, all of them
 * ("bản thân Thượng tướng và ông B đã điện đàm", "Thứ trưởng và ông B, Thứ trưởng Quốc phòng Nhật Bản, đã điện đàm"):
 * the title; the subject may run over the commas of an apposition (at most three clauses back from the marker).
 */
function bareJointTitle(e: EventMention, at: number, grammar: Grammar): string | null {
  let end = at;
  for (let clauses = 0; clauses < 3 && end > 0; clauses++) {
    const from = clauseOpening(e.sentence, end - 1);
    const joint = grammar.bareJointSubject.exec(e.sentence.slice(from, at));
    if (joint) {
      const rest = e.start + from + joint[0].length;
      return e.participants.every((p) => p.start >= rest && p.end <= e.start + at) ? joint[1]! : null;
    }
    end = from - 1;
  }
  return null;
}

/** The clause of an encounter's first marker, from the marker to the next comma, semicolon or full stop ("" with none). */
function markerClause(e: EventMention): string {
  const at = markerIn(e);
  return at < 0 ? "" : e.sentence.slice(at).split(/[,;.]/u)[0]!;
}

/**
 * Whether an encounter names no one and is between two delegations, one of each side, the one its subject ("Đoàn đại
 * biểu quân sự Việt Nam đã hội đàm …") and the other in its marker's clause ("… với Đoàn đại biểu Nhật Bản").
 */
function delegationsMeet(e: EventMention, grammar: Grammar): boolean {
  const subject = unnamedSubject(e);
  if (subject === null) return false;
  const object = markerClause(e);
  return SIDES.some((side) => grammar.delegationOf[side].test(subject) && grammar.delegationOf[side === "VN" ? "JP" : "VN"].test(object));
}

/** The subject of an encounter that names no one: its marker's clause up to the marker; null when it names someone. */
function unnamedSubject(e: EventMention): string | null {
  const at = markerIn(e);
  return at <= 0 || e.participants.length ? null : e.sentence.slice(clauseOpening(e.sentence, at), at);
}

/**
 * Whether an encounter naming no one is between a delegation of one side, its subject ("đoàn công tác Quân chủng Hải
 * quân Việt Nam đã hội đàm …"), and the other side named after its marker ("… với lãnh đạo Bộ Tư lệnh … Nhật Bản"):
 * the sentences near it may name each side's head ("Trưởng đoàn Việt Nam là A. Phía bạn do B chủ trì.").
 */
function delegationFacesSide(r: Reading, e: EventMention): boolean {
  // (Not a forum a delegation attends, "Đoàn … Việt Nam dự Hội nghị … Nhật Bản": see `conferenceOfBoth`.)
  const subject = e.type === "conference" ? null : unnamedSubject(e);
  return subject !== null && SIDES.some((side) => r.grammar.delegationOf[side].test(subject) && namesSide(r, e, side === "VN" ? "JP" : "VN"));
}

/**
 * A forum whose subject is a delegation, told by its common noun and naming no one ("… đoàn đã tham dự một hội thảo …
 * do Bộ Quốc phòng Nhật Bản chủ trì"): the delegation the article names one head for ("Đoàn … do Thiếu tướng A làm
 * trưởng đoàn", in any sentence) attended it, a conference of both countries when the forum is (see `conferenceOfBoth`)
 * or the other side is told at it after (`toldAtConference`). Null otherwise (no delegation as its subject, none or
 * several heads, a delegation of the other side than its head's). A forum told by its name ("đoàn đã thăm … và dự Hội
 * nghị ADSOM+") is left to the rule for named forums: with no day and no one, mostly background.
 */
function delegationAttends(r: Reading, e: EventMention, events: readonly EventMention[]): EventMention | null {
  const subject = unnamedSubject(e);
  if (subject === null || !r.grammar.delegation.test(subject) || CAPITAL_START.test(e.triggers[0]!)) return null;
  const assembly = assemblyOf(r, events);
  const head = onePerson(r.mentions.filter((m) => m.country !== null && assembly.leadsDelegation?.(m)));
  if (!head || (head.country !== "VN" && head.country !== "JP")) return null;
  const other = head.country === "VN" ? "JP" : "VN";
  if (r.grammar.delegationOf[other].test(subject)) return null;
  if (conferenceOfBoth(e.sentence, new Set([head.country]), r.series, r.grammar)) return { ...e, participants: [head] };
  const told = toldAtConference(e, assembly, r.grammar, other);
  return told ? { ...e, participants: [head, told] } : null;
}

/** Whether an encounter names a side after its marker (its country, or the host's words for the country hosting it). */
function namesSide(r: Reading, e: EventMention, side: CountryCode): boolean {
  return counterpart(e, side, r.grammar, () => hostOf(r.text, r.regions, e, r.places)) !== null;
}

/** The longest line with no end of a sentence that is taken for a caption or a subheading printed in the body. */
const ASIDE_LINE = 120;

/** Whether a paragraph is one short line that ends no sentence ("Tàu neo tại cầu cảng sáng 22-2"): a caption, a subheading. */
function asideLine(paragraph: string): boolean {
  const line = paragraph.trim();
  return line.length <= ASIDE_LINE && !line.includes("\n") && !/[.!?…:;]["”’)]?$/u.test(line);
}

/** Where an encounter's first marker is in its sentence (-1 when it has none). */
function markerIn(e: Pick<EventMention, "sentence" | "triggers">): number {
  return e.triggers.length ? e.sentence.indexOf(e.triggers[0]!) : -1;
}

/**
 * Whether the registry gives a person a post of a defence kind: on the day of publication, else on the last full date
 * the article writes, else at any time. (The post the sentence writes may be misread; the registry's is not.)
 */
function heldDefencePost(p: PersonMention, r: Reading): boolean {
  const person = p.personId ? r.registry.person(p.personId) : undefined;
  if (!person) return false;
  // (With no publication date, the last full date the article writes stands for its time.)
  const published = r.doc.published_date ?? lastFullDate(r);
  const positions = published ? r.registry.positionsOn(person.person_id, published) : person.positions;
  return positions.some((pos) => r.grammar.defenceKinds.has(r.registry.office(pos.office_id)?.kind ?? ""));
}

/** The last date the article's read text writes in full (day, month and year), as an ISO date; null when none. */
function lastFullDate(r: Reading): string | null {
  let last: string | null = null;
  for (const g of r.regions) {
    for (const d of findDates(r.text.slice(g.start, g.end), r.grammar)) {
      const iso = d.kind === "day" ? isoOf(d) : null;
      if (iso !== null && (last === null || iso > last)) last = iso;
    }
  }
  return last;
}

/**
 * Whether the subject before an encounter's marker is someone of neither side, and everyone of the sides it names stands
 * after the marker ("Trên đường sang Hà Nội, ông C (a third country's minister) đã gặp Bộ trưởng Quốc phòng Nhật Bản B"):
 * one side meeting another country's people.
 */
function thirdSubject(e: EventMention, mentions: readonly PersonMention[]): boolean {
  const at = markerIn(e);
  if (at <= 0) return false;
  const marker = e.start + at;
  return e.participants.every((p) => p.start >= marker) && mentions.some((m) => m.country === null && m.start >= e.start && m.end <= marker);
}

/** Whether the sentence tells its encounter takes place: a verb of occurrence right after the marker's phrase. */
function takesPlace(e: EventMention, grammar: Grammar): boolean {
  const at = markerIn(e);
  return at >= 0 && grammar.takesPlace.test(e.sentence.slice(at + e.triggers[0]!.length));
}

/** Where an encounter's first marker is (an offset in the text; its sentence's start when not found). */
function triggerAt(e: Pick<EventMention, "start" | "sentence" | "triggers">): number {
  return e.start + Math.max(0, markerIn(e));
}

/**
 * Whether the sentence tells that its people attend the encounter its marker names, not that they hold one: "Cùng dự
 * lễ đón có …", "A và B cùng dự lễ đón"; or, naming no one before the marker, "Lễ đón có sự tham dự của …" (after a
 * host, "A chủ trì lễ đón B, có sự tham dự của C" is A's own ceremony).
 */
function attends(e: EventMention, grammar: Grammar): boolean {
  if (!grammar.attendanceWords.some((w) => e.sentence.includes(w))) return false;
  const at = triggerAt(e);
  return grammar.attendsBefore.test(e.sentence.slice(0, at - e.start)) || (!e.participants.some((p) => p.start < at) && grammar.attendsAfter.test(e.sentence.slice(at - e.start)));
}

/** Sentences with no marker that open by listing attendees ("Cùng dự có …"), with the people present in each. */
function attendeeSentences(text: string, regions: readonly { start: number; end: number }[], events: readonly EventMention[], mentions: readonly PersonMention[], grammar: Grammar): { s: { start: number; end: number }; people: PersonMention[] }[] {
  const out: { s: { start: number; end: number }; people: PersonMention[] }[] = [];
  for (const r of regions) {
    const paragraph = text.slice(r.start, r.end);
    if (!grammar.attendeesOpeningWords.anyIn(paragraph)) continue;
    for (const s of sentences(text, r.start, r.end)) {
      if (!grammar.attendeesOpening.test(text.slice(s.start, s.end)) || events.some((e) => e.start === s.start)) continue;
      const people = presentOf(text, mentions.filter((m) => s.start <= m.start && m.end <= s.end), s, grammar, false);
      if (people.length) out.push({ s, people });
    }
  }
  return out;
}

/**
 * A conference its sentence dates and names no one of ("Ngày 8/3, Diễn đàn … diễn ra tại Tokyo, do Bộ Quốc phòng Nhật
 * Bản chủ trì"), with one side's delegation named in one of the two sentences after it, in its paragraph or the next,
 * by a side cue and the conference's own word or a verb of attending ("Thiếu tướng A dẫn đầu đoàn Việt Nam tham dự
 * diễn đàn", "… dẫn đầu đoàn Việt Nam tham dự"), or as speaking at it ("Phát biểu tại hội nghị, Thượng tướng A …"): a
 * conference of both countries (see `conferenceOfBoth`) with that side, as told.
 */
function delegationTo(e: EventMention, input: AssemblyInput, grammar: Grammar, series: readonly Series[]): EventMention | null {
  const at = input.sentences.findIndex((s) => s.start <= e.start && e.end <= s.end);
  const here = input.sentences[at];
  const word = e.triggers[0]?.toLowerCase();
  if (!here || !word) return null;
  for (const s of input.sentences.slice(at + 1, at + 3)) {
    // (A paragraph between that names no one, "Các Bộ trưởng nhất trí …", is not counted.)
    if (someoneNamedBetween(input, here, s)) break;
    if (s.region - here.region > 2) break;
    const text = input.textOf?.(s) ?? "";
    // (A delegation's head named in a sentence that tells nothing else, "Đoàn Việt Nam do A làm trưởng đoàn", is one who
    // came too; not one leading it to do another thing, "A dẫn đầu đoàn Việt Nam thăm tỉnh B".)
    const last = lastMatchIndex(grammar.leadingWord, text);
    const leadsHere = last >= 0 && LEADS_AT_END.test(text.slice(last).replace(grammar.leadingWord, ""));
    if (!speaksAt(text, word, grammar, true) && (!input.hasSideCue(s) || !(text.toLowerCase().includes(word) || grammar.attending.test(text) || leadsHere))) continue;
    const present = input.presentIn(s);
    // (One that names no one, "Tham dự hội thảo có trưởng đoàn các nước …", is passed over.)
    if (!present.length) continue;
    const sides = new Set(present.map((p) => p.country));
    const [side] = sides;
    if (sides.size !== 1 || (side !== "VN" && side !== "JP")) return null;
    if (conferenceOfBoth(`${e.sentence} ${text}`, sides, series, grammar)) return { ...e, participants: present };
    // The other side told at the conference after ("Bộ trưởng Quốc phòng Nhật Bản B phát biểu tại phiên toàn thể").
    const other = toldAtConference(e, input, grammar, side === "VN" ? "JP" : "VN");
    return other ? { ...e, participants: [...present, other] } : null;
  }
  return null;
}

/** The days and spans among dates. */
function daysIn(dates: readonly DateMention[]): DateMention[] {
  return dates.filter((d) => (d.kind === "day" || d.kind === "range") && d.day !== null);
}

/** Whether a sentence names its day by counting from the publication ("Hôm qua, …"). */
function countedDay(sentence: string, grammar: Grammar): boolean {
  return findDates(sentence, grammar).some((d) => d.kind === "relative" && ONE_DAY_BEFORE_PUBLICATION.has(d.relative));
}

/** Whether days written in one sentence may be those of another: none written there, or one of the same day and month. */
function sharesDay(ours: readonly DateMention[], theirs: readonly DateMention[]): boolean {
  return !theirs.length || ours.some((d) => theirs.some((b) => b.day === d.day && (b.month === null || d.month === null || b.month === d.month)));
}

/**
 * Whether a sentence tells its people spoke at an encounter named by its marker word ("phát biểu tại hội nghị"), or
 * opens with a speech that needs no name, the encounter at hand's ("Phát biểu khai mạc, ông B …").
 */
function speaksAt(sentence: string, marker: string, grammar: Grammar, conference = false): boolean {
  const lower = sentence.toLowerCase();
  // The marker's noun ("có cuộc gặp": "cuộc gặp"), and for a conference its common nouns too ("Bộ trưởng các nước ASEAN
  // và Nhật Bản đã có cuộc gặp …" then "Phát biểu tại hội nghị, B …").
  const words = conference ? conferenceWords(marker, grammar) : [markerNoun(marker, grammar)];
  return grammar.speakingWords.some((w) => words.some((x) => lower.includes(`${w} ${x}`))) || opensWithSpeech(lower, grammar);
}

/** A marker's noun in lower case, without "có" and a word of number before it ("có cuộc gặp": "cuộc gặp"). */
function markerNoun(marker: string, grammar: Grammar): string {
  return marker.toLowerCase().replace(grammar.hasBeforeNoun, "");
}

/** What a conference told by `marker` is spoken of as: its marker's noun, a conference's common nouns, its sessions'. */
function conferenceWords(marker: string, grammar: Grammar): string[] {
  return [markerNoun(marker, grammar), ...grammar.conferenceNouns, ...grammar.sessionNouns];
}

/**
 * The host of a visit to a unit, one side named ("tại trụ sở Bộ Tư lệnh Vùng 2 Hải quân, Đại tá B đã đến thăm và làm
 * việc với đơn vị"): the one person of the other side the article names with a post in that unit ("Chuẩn Đô đốc A, Tư
 * lệnh Vùng 2 Hải quân"), in a photo's caption too when captions are read. A command's name without its first word (a
 * `command` of lexicon `unit_words`) is its commander's post ("Bộ Tư lệnh X": "Tư lệnh X"), which a deputy's holds too:
 * two such people, and no one is the host.
 */
function unitHost(r: Reading, e: EventMention): EventMention | null {
  const { grammar, mentions } = r;
  const sides = new Set(e.participants.map((p) => p.country));
  const at = markerIn(e);
  const side = otherSide(sides);
  if (!side || at < 0 || !grammar.unitMet.test(e.sentence.slice(at + e.triggers[0]!.length))) return null;
  const unit = grammar.unitSeat.exec(e.sentence)?.[1];
  if (!unit) return null;
  const post = unit.replace(grammar.unitCommand, "");
  const host = onePerson(mentions.filter((m) => m.country === side && !!m.position?.includes(post)));
  return host ? { ...e, participants: [...e.participants, host].sort((a, b) => a.start - b.start) } : null;
}

/** Nothing but punctuation and spaces: what follows a leading word that closes its sentence ("… làm trưởng đoàn."). */
const LEADS_AT_END = /^[\s\p{P}]*$/u;

/** Whether a sentence opens set at a conference or one of its sessions: "Tại hội nghị, …", "Tại phiên toàn thể, …". */
function setAtConference(sentence: string, marker: string, grammar: Grammar): boolean {
  const lower = sentence.trimStart().toLowerCase();
  const opening = SET_AT.exec(lower);
  if (!opening) return false;
  const rest = lower.slice(opening[0].length);
  return conferenceWords(marker, grammar).some((n) => rest.startsWith(n) && !LETTER.test(rest.charAt(n.length)));
}
const SET_AT = /^(?:tại|trong)\s+/u;

/**
 * The other side's one person told at a conference in a sentence after it, in its paragraph or the two after: one that
 * speaks at it or at one of its sessions ("B phát biểu tại phiên toàn thể") or opens set at one ("Tại phiên toàn thể,
 * B …"). A forum's report often names who came only so, a sentence or two after telling one side's delegation.
 */
function toldAtConference(e: EventMention, input: AssemblyInput, grammar: Grammar, side: "VN" | "JP", uninterrupted = false): PersonMention | null {
  const at = input.sentences.findIndex((s) => s.start <= e.start && e.end <= s.end);
  const here = input.sentences[at];
  const word = e.triggers[0];
  if (!here || !word) return null;
  const toldAt = (s: Sentence) => {
    const text = input.textOf?.(s) ?? "";
    return speaksAt(text, word, grammar, true) || setAtConference(text, word, grammar);
  };
  /** Whether the sentence before told what was said at the conference. */
  let spoke = false;
  for (const s of input.sentences.slice(at + 1)) {
    if (s.region - here.region > 2) break;
    // (`uninterrupted`: not past a paragraph between that names someone, "Đoàn Việt Nam có Đại tá C cùng đi.", as
    // `delegationTo` reaches; one that tells what was said at it is no break.)
    if (uninterrupted && someoneNamedBetween(input, here, s, toldAt)) break;
    const told = toldAt(s);
    // (Or goes on with what was said at it, right after a sentence that tells so: "Phát biểu tại cuộc gặp, ông B …. Đại
    // tướng A, Bộ trưởng …, đề nghị …", a subject of the side and a verb of saying, no day and no encounter of its own.)
    const one: PersonMention | null = told || spoke ? onePerson(input.presentIn(s).filter((p) => p.country === side)) : null;
    const text = input.textOf?.(s) ?? "";
    const goesOn: boolean = !told && spoke && one !== null && saysNext(text, s.start, one, grammar);
    // (A sentence between that names no one and tells no day or encounter of its own, "Ông cũng mong muốn …", goes on
    // with what the one before said.)
    const between: boolean = !told && spoke && !goesOn && !input.mentions?.some((m) => s.start <= m.start && m.end <= s.end) && noOccasionOfItsOwn(text, grammar);
    spoke = told || goesOn || between;
    if ((told || goesOn) && one) return one;
  }
  return null;
}

/**
 * Whether a sentence opens with the person (a rank or title before the name at most) and a verb of saying after the name
 * and its posts, and writes no digit and no encounter's marker: it tells what that person said, where the sentence before
 * says it was said.
 */
function saysNext(text: string, offset: number, p: PersonMention, grammar: Grammar): boolean {
  if (!noOccasionOfItsOwn(text, grammar) || !SUBJECT_OPENING.test(text.slice(0, p.start - offset))) return false;
  const after = text.slice(p.end - offset);
  const verb = grammar.speechVerb.exec(after);
  return verb !== null && !/[.;:]/u.test(after.slice(0, verb.index));
}
/** Whether a sentence writes no digit (no day) and no encounter's marker: it tells no occasion of its own. */
function noOccasionOfItsOwn(text: string, grammar: Grammar): boolean {
  return !DIGIT.test(text) && !grammar.markerWords.anyInAnyCase(text);
}
/** Nothing before a name but spaces and words (a rank, a title): no comma, no other clause. */
const SUBJECT_OPENING = /^[\s\p{L}\p{M}]{0,60}$/u;

/** Whether a paragraph between two sentences' paragraphs names someone (the reach of a forum's sentences ends there). */
function someoneNamedBetween(input: AssemblyInput, here: { readonly region: number }, s: { readonly region: number }, told?: (b: Sentence) => boolean): boolean {
  return s.region - here.region > 1 && input.sentences.some((b) => b.region > here.region && b.region < s.region && !!input.mentions?.some((m) => b.start <= m.start && m.end <= b.end) && !told?.(b));
}

/** Whether a sentence (in lower case) opens with a speaking word and a comma: "Phát biểu khai mạc, …". */
function opensWithSpeech(lower: string, grammar: Grammar): boolean {
  const start = lower.trimStart();
  return grammar.speakingWords.some((w) => start.startsWith(w) && /^\s*,/u.test(start.slice(w.length)));
}

/**
 * A conference both countries attend: the other side is named in its name or its sentence ("Hội nghị … Nhật Bản - ASEAN"),
 * or is a member of the forum the sentence tells one side attends ("… dự Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng",
 * Japan one of its members).
 */
function conferenceOfBoth(sentence: string, sides: ReadonlySet<CountryCode | null>, series: readonly Series[], grammar: Grammar): boolean {
  // (A forum's members count where the sentence tells its side attends: not "phối hợp tại các diễn đàn như ADMM+".)
  const member = (c: "VN" | "JP") => grammar.attending.test(sentence) && membersNamed(sentence, series).has(c);
  if (sides.has("VN")) return /Nhật Bản|Nhật/.test(sentence) || member("JP");
  if (sides.has("JP")) return /Việt Nam|ASEAN|ADMM/.test(sentence) || member("VN");
  return false;
}

/**
 * Where a text says something happened, not where a plan in the clause puts what is to come ("…, đối thoại lần tới sẽ
 * được tổ chức tại Tokyo"): a venue after a plan cue in its clause, with no word of having happened between, is not one.
 */
function heldVenues(text: string, start: number, end: number, places: Gazetteer, grammar: Grammar, people: readonly PersonMention[] = []): PlaceMention[] {
  // The post written after a name says where its holder is stationed ("ông C, Tổng lãnh sự Việt Nam tại Osaka"): no venue.
  const posts = people.flatMap((m) => {
    const at = m.position ? text.indexOf(m.position, m.end) : -1;
    return at >= 0 && at - m.end <= 3 ? [{ start: at, end: at + m.position!.length }] : [];
  });
  return places.venues(text, start, end).filter((v) => {
    if (posts.some((p) => p.start <= v.start && v.start < p.end)) return false;
    const before = text.slice(start, v.start);
    const clause = before.slice(Math.max(before.lastIndexOf(","), before.lastIndexOf("."), before.lastIndexOf(";"), before.lastIndexOf(":"), before.lastIndexOf("\n")) + 1);
    return !plannedText(clause, grammar);
  });
}

/** The lead's venue for an encounter: not, for one dated by a month of its own, a venue the article writes only after it. */
function leadBefore(lead: { readonly place: Place; readonly at: number } | null, e: { readonly end: number }, date: EventDate): Place | null {
  return lead === null || (date.precision === "month" && lead.at > e.end) ? null : lead.place;
}

/**
 * Where the article's lead says it happened, or the country of the visit it reports. A headline that names only a
 * country gives way to a city of that country the first paragraph after it with a city names, however far down ("… tại
 * Lào", then "tại thủ đô Viêng Chăn (Lào)"); a paragraph that does, to the city of a dispatch's dateline after it, which
 * tells where the whole story was filed ("chuyến thăm … tới Việt Nam", then "Hà Nội - Chiều 3/8, …"), or of a sentence
 * after it that tells an encounter (not a city some later sentence names for something else: "Hội chợ … tại Bangkok").
 */
function leadVenue(text: string, regions: readonly { start: number; end: number; headline: boolean }[], places: Gazetteer, grammar: Grammar): { readonly place: Place; readonly at: number } | null {
  // (Its sentence has a meeting marker, whether or not it is read as an encounter: a caption, "A chủ trì lễ đón B tại Hà
  // Nội", is not.)
  const tellsEncounter = (v: PlaceMention, r: { start: number; end: number }): boolean => {
    const s = sentences(text, r.start, r.end).find((b) => b.start <= v.start && v.end <= b.end);
    return s !== undefined && hasMarker(text.slice(s.start, s.end), grammar);
  };
  const cityOf = (country: Place, next: readonly { start: number; end: number }[], headline: boolean): Place | null => {
    for (const r of next) {
      const held = heldVenues(text, r.start, r.end, places, grammar).find((v) => v.place.kind === "city" && (headline || tellsEncounter(v, r)));
      const city = held?.place ?? places.dispatchedFrom(text, r.start, r.end);
      if (city?.kind === "city") return city.country === country.country ? city : null;
    }
    return null;
  };
  for (const [i, r] of regions.entries()) {
    // (A dispatch's dateline opening the paragraph, "Tokyo, 13/3 (TTXVN) - …", names where the reporter was: the city.)
    const found = mostSpecific(heldVenues(text, r.start, r.end, places, grammar)) ?? places.dispatchedFrom(text, r.start, r.end);
    if (found?.kind === "country") return { place: cityOf(found, regions.slice(i + 1), r.headline) ?? found, at: r.start };
    if (found) return { place: found, at: r.start };
  }
  for (const r of regions.slice(0, 3)) {
    const visit = grammar.visitTo.exec(text.slice(r.start, r.end));
    if (visit) {
      const country = places.places.find((p) => p.kind === "country" && p.names.includes(visit[1]!));
      return country ? { place: country, at: r.start } : null;
    }
  }
  return null;
}

/**
 * One encounter told in several sentences is one: the same people (a
 * person in common on each side) on overlapping dates; and a signing on
 * the day of an encounter belongs to it (the ministers witness, their
 * deputies sign). The narrowest date and the first type by precedence win.
 */
export function mergeWithinArticle(encounters: readonly Encounter[], precedence: readonly MeetingType[]): Encounter[] {
  const out: Encounter[] = [];
  for (const e of encounters) {
    // (Only a signing told by its own marker joins any encounter of its day: one told by another marker, its signing
    // from the sentence after, "Cùng ngày, B tiếp A. Nhân dịp này, hai bên đã ký …", has its own people.)
    const signing = e.type === "signing" && (e.toldAs ?? e.type) === "signing";
    let same = out.findIndex((o) => overlaps(o.date, e.date) && !onSidelines(o, e) && (sharesBothSides(o, e) || (signing && o.date.date_start === e.date.date_start)));
    if (same < 0 && !e.datedHere) same = out.findLastIndex((o) => namedAgain(o, e));
    if (same < 0 && e.addsGuests) same = out.findLastIndex((o) => moreGuests(o, e));
    // (A conference told with one side, the occasion of a two-sided encounter of its person that day: its setting.)
    const occasion = same < 0 ? out.findIndex((o) => !onSidelines(o, e) && occasionOf(o, e)) : -1;
    if (occasion >= 0) out[occasion] = combine(asOccasion(out[occasion]!), asOccasion(e), precedence);
    else if (same < 0) out.push(e);
    else out[same] = combine(out[same]!, e, precedence);
  }
  return out;
}

/**
 * Whether one of two encounters is a conference told with one side ("Nhân dịp dự Hội nghị X, A đã có các cuộc gặp
 * song phương với Bộ trưởng Quốc phòng các nước …") and the other a two-sided encounter with its person on that one
 * day ("Gặp B, A …"): the conference is the occasion of that encounter, one meeting, of the encounter's own type.
 */
function occasionOf(a: Encounter, b: Encounter): boolean {
  const [conference, other] = a.type === "conference" ? [a, b] : [b, a];
  if (conference.type !== "conference" || other.type === "conference") return false;
  // (One day, both: a conference over a span is one meeting, the encounters of its days others.)
  if (conference.date.date_start !== conference.date.date_end || conference.date.date_start !== other.date.date_start || other.date.date_end !== other.date.date_start) return false;
  if (new Set(conference.participants.map((p) => p.country)).size !== 1 || new Set(other.participants.map((p) => p.country)).size !== 2) return false;
  const keys = new Set(other.participants.map(keyOf));
  return conference.participants.some((p) => keys.has(keyOf(p)));
}

/**
 * Whether one of two encounters is a conference its sentence dates ("Ngày 7/9, A dự Hội nghị X, có Nhật Bản tham dự")
 * and the other an encounter of another type told on its sidelines ("Bên lề hội nghị, A gặp B": framed by a
 * conference): two meetings, the multilateral one both countries attend and the bilateral one beside it, whoever
 * attends both, though the forum's sentence names one side only. A conference only named (the reason of a visit,
 * "nhân dịp sang dự Hội nghị X", or a forum in general) is no meeting of its own, and one told with one side and not
 * so reported is the occasion of the other (`occasionOf`).
 */
function onSidelines(a: Encounter, b: Encounter): boolean {
  const [conference, other] = a.type === "conference" ? [a, b] : [b, a];
  if (conference.type !== "conference" || other.type === "conference") return false;
  if (conference.datedHere === true && other.frame === "conference") return true;
  // (So is an encounter of one day within a conference of several that both sides are told attending: "… dự Đối thoại
  // X từ ngày 31/5 đến 2/6 … Tại phiên toàn thể, B …" then "Chiều 1/6, A hội đàm với B".)
  return conference.date.date_start !== conference.date.date_end && other.date.date_start === other.date.date_end && new Set(conference.participants.map((p) => p.country)).size === 2;
}

/**
 * Whether an encounter with no date of its own is one told before named again by the first words of its name, which
 * open the sentence ("A dự Cuộc gặp không chính thức Bộ trưởng Quốc phòng ASEAN - Nhật Bản. Cuộc gặp là dịp để … B
 * trao đổi …"): the same occasion, on overlapping days, sharing a person; its people attend it.
 */
function namedAgain(o: Encounter, e: Encounter): boolean {
  const word = e.triggers[0];
  const name = o.triggers[0];
  if (!word || !name || name.length <= word.length || !overlaps(o.date, e.date)) return false;
  // (The words up to the marker open the sentence, a classifier at most before it: "Cuộc gặp", "Hội nghị".)
  const sentence = e.sentence.trimStart().toLowerCase();
  const at = sentence.indexOf(word.toLowerCase());
  const opening = at < 0 ? "" : sentence.slice(0, at + word.length);
  if (!opening || opening.split(/\s+/u).length > word.split(/\s+/u).length + 1 || !name.toLowerCase().startsWith(`${opening} `)) return false;
  const keys = new Set(o.participants.map(keyOf));
  return e.participants.some((p) => keys.has(keyOf(p)));
}

/** An encounter as one whose row a conference is the setting of (see `typeOf`). */
function asOccasion(e: Encounter): Encounter {
  return e.frame ? e : { ...e, frame: "conference" };
}

/**
 * Whether an encounter that may add guests (`Encounter.addsGuests`) is more of one before it: on the same day, at its
 * time of day or with none of its own, of its type or by one of its markers; sharing a person with it, the people not
 * in common all of one side (one host's ceremony, one more guest). Two encounters each naming its own host and guest
 * ("A tiếp C", "B tiếp C") never get here: they stay two meetings.
 */
function moreGuests(o: Encounter, e: Encounter): boolean {
  if (o.date.date_start !== e.date.date_start || o.date.date_end !== e.date.date_end) return false;
  if (e.date.time_of_day !== null && e.date.time_of_day !== o.date.time_of_day) return false;
  if (o.type !== e.type && !e.triggers.some((t) => o.triggers.includes(t))) return false;
  const keys = new Set(o.participants.map(keyOf));
  const shared = new Set(e.participants.filter((p) => keys.has(keyOf(p))).map(keyOf));
  if (!shared.size) return false;
  const others = [...o.participants, ...e.participants].filter((p) => !shared.has(keyOf(p)));
  return new Set(others.map((p) => p.country)).size <= 1;
}

export function overlaps(a: EventDate, b: EventDate): boolean {
  return a.date_start <= b.date_end && b.date_start <= a.date_end;
}

function sharesBothSides(a: Encounter, b: Encounter): boolean {
  const keys = new Set(a.participants.map(keyOf));
  const common = b.participants.filter((p) => keys.has(keyOf(p)));
  const sides = new Set(common.map((p) => p.country));
  if (sides.size === 2) return true;
  // A conference with one named side: the same person at the same conference.
  return (a.type === "conference" || b.type === "conference") && common.length > 0 && a.type === b.type;
}


export function combine(a: Encounter, b: Encounter, precedence: readonly MeetingType[]): Encounter {
  const narrower = span(b.date) < span(a.date) ? b.date : a.date;
  const people = [...a.participants];
  for (const p of b.participants) if (!people.some((q) => keyOf(q) === keyOf(p))) people.push(p);
  const frame = a.frame ?? b.frame;
  // (The row keeps the first report's format: a call merged into a report of an encounter in person is not its type.)
  const types = a.format !== "in_person" || (a.type === "call" && b.type === "call") ? [a.type, b.type] : [a.type, b.type].filter((t) => t !== "call");
  const type = byPhone(typeOf(types, frame, precedence), a.format);
  // (Dated here as the encounter whose type the row takes is: a conference only named stays so, merged with another.)
  const typed = type === a.type ? a : b;
  // A headline tells the encounter in short ("A tiếp B"): the body's sentence is the row's evidence, and its posts,
  // written in full there, the participants'.
  const body = a.headline && !b.headline ? b : null;
  const evidence = body ?? a;
  const where = placeOf(a, b);
  // (Every field written out, those it lacks undefined, not `{ ...a, … }` with optional fields: on Node 20 an object
  // spread followed by a property the spread object lacks makes a new hidden class every time.)
  return {
    start: evidence.start,
    end: evidence.end,
    sentence: evidence.sentence,
    triggers: [...a.triggers, ...b.triggers],
    type,
    toldAs: a.toldAs,
    format: a.format,
    frame,
    date: { ...narrower, time_of_day: narrower.time_of_day ?? a.date.time_of_day ?? b.date.time_of_day },
    place: where.place,
    participants: people.map((p) => {
      const same = b.participants.find((q) => keyOf(q) === keyOf(p));
      const told = body && same ? { position: same.position ?? p.position, start: same.start, end: same.end } : {};
      return { ...p, ...told, rank: p.rank ?? same?.rank ?? null };
    }),
    addsGuests: a.addsGuests,
    datedHere: typed.datedHere ? true : undefined,
    placedHere: where.placedHere,
    headline: a.headline && b.headline ? true : undefined,
  };
}

/**
 * The place of a row that merges two reports: a city before a country alone; the first report's, unless only the
 * second writes its place in its own sentence ("Trong hai ngày 6 và 7/9, tại Sapporo, …" after a lead that gives only
 * the country of the visit, or a city the story was in before).
 */
function placeOf(a: Encounter, b: Encounter): { place: Place | null; placedHere: true | undefined } {
  const second = b.place !== null && ((b.placedHere && !a.placedHere) || (a.place?.kind !== "city" && (!a.place || b.place.country === a.place.country)));
  const placedHere = second ? b.placedHere : a.place ? a.placedHere : b.placedHere;
  return { place: second ? b.place : (a.place ?? b.place), placedHere: placedHere ? true : undefined };
}

/**
 * The type of a row that merges activities of these types: the first by precedence; but a conference that is the
 * setting of one of them ("Bên lề Hội nghị ADMM+, A gặp B"; `EventMention.frame`) is the occasion of the encounter on
 * its sidelines, not an activity of the row: the row takes that encounter's own type ("gặp": reception). A
 * conference attended with no bilateral marker stays a conference.
 */
export function typeOf(types: readonly MeetingType[], frame: MeetingType | undefined, precedence: readonly MeetingType[]): MeetingType {
  const own = frame === "conference" && types.some((t) => t !== "conference") ? types.filter((t) => t !== "conference") : types;
  return precedence.find((t) => own.includes(t)) ?? own[0] ?? "other";
}

/** An encounter held by phone is a call, whatever else its sentences name it ("hội đàm qua điện thoại", "điện đàm … Hai bên hội đàm về …"). */
function byPhone(type: MeetingType, format: Encounter["format"]): MeetingType {
  return format === "phone" ? "call" : type;
}

function span(d: EventDate): number {
  return Date.parse(d.date_end) - Date.parse(d.date_start);
}

/** The encounter an agreement is mentioned with: the last one reported before it, else the first. */
/**
 * The encounter an agreement is mentioned with: the last told before it (else the first). Not one that ends before the
 * day that opens the mention's sentence: "Ngày 24/10/2011, hai Bộ ký …" after a meeting of September, as a timeline
 * tells it, is an event of its own; a meeting speaks of no signing still to come. (An earlier day is a signing the
 * meeting refers to.)
 */
function encounterOf(encounters: readonly Encounter[], a: { readonly start: number; readonly sentenceStart: number; readonly sentenceEnd: number }, text: string, grammar: Grammar): number | null {
  if (!encounters.length) return null;
  let best = 0;
  // (Of encounters told in one sentence, not one whose marker comes after the mention when the one before's comes
  // before it: "A hội đàm với B, dịp hai bên ký Bản ghi nhớ …, rồi được C tiếp" signs at the talks.)
  encounters.forEach((e, i) => {
    if (e.start > a.start) return;
    const kept = encounters[best]!;
    if (i > 0 && e.start === kept.start && triggerAt(e) > a.start && triggerAt(kept) <= a.start) return;
    best = i;
  });
  const opening = openingSegment(text.slice(a.sentenceStart, a.sentenceEnd));
  const day = opening === null ? undefined : findDates(opening, grammar).find((d) => d.kind === "day" && d.day !== null && d.month !== null);
  if (day && afterDays(encounters[best]!.date, day)) return null;
  return best;
}

/** Whether a day (in the encounter's last year when it writes none) comes after an encounter's dates. */
function afterDays(date: EventDate, d: { readonly day: number | null; readonly month: number | null; readonly year: number | null }): boolean {
  const iso = `${d.year ?? date.date_end.slice(0, 4)}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
  return iso > date.date_end;
}

export type { RepairedText };
