import type { Grammar } from "../lang/lexicon.ts";
import type { CountryCode } from "../registry/index.ts";
import type { EventMention } from "./events.ts";
import { once } from "../core/once.ts";
import { keyOf, SIDES, type PersonMention } from "./people.ts";

/**
 * Encounters whose two sides are named in different sentences: "Đối thoại
 * diễn ra ngày 4/7. Đồng chủ trì phía Nhật Bản là ông B", "Đoàn Việt Nam
 * do Thượng tướng A dẫn đầu. Phía Nhật Bản có ông B. Hai bên đã hội đàm".
 *
 * An encounter that names one side (or none) is completed from the
 * sentences near it: a person of the missing side counts when their
 * sentence says which side or role they have (a side cue from the lexicon:
 * "phía Nhật Bản", "đồng chủ trì", "dẫn đầu", "tiếp đoàn", "tham dự"), or
 * when their sentence reports an encounter of the same type. A marker
 * naming nobody ("Đối thoại diễn ra ngày 4/7") that repeats the type of an
 * encounter nearby is the same encounter told again; the one of the two
 * that gives a day rather than a span becomes the sentence the date is read
 * from.
 */
export interface Sentence {
  readonly start: number;
  readonly end: number;
  /** Index of the paragraph it belongs to. */
  readonly region: number;
  /** Whether it is the headline, which restates the article rather than reporting an encounter of its own. */
  readonly headline: boolean;
}

export interface AssemblyInput {
  /** Encounters in text order, with the people present in their own sentence. */
  readonly events: readonly EventMention[];
  /** Every sentence of the read paragraphs, in text order. */
  readonly sentences: readonly Sentence[];
  /** The people present in a sentence (not spoken of), in text order. */
  readonly presentIn: (s: Sentence) => readonly PersonMention[];
  /** Whether a sentence names a side or a role ("phía Nhật Bản", "đồng chủ trì"). */
  readonly hasSideCue: (s: Sentence) => boolean;
  /** Whether a sentence tells its people spoke at the encounter whose marker this is ("Phát biểu tại hội nghị, A …"). */
  readonly speaksAt?: (s: Sentence, marker: string, conference?: boolean) => boolean;
  /** Whether a sentence tells its people take part in an online encounter from afar ("kết nối từ Tokyo"). */
  readonly joinsFromAfar?: (s: Sentence) => boolean;
  /** Whether a sentence's date is a single day (not a span or nothing). */
  readonly givesDay: (s: Sentence) => boolean;
  /** Whether a sentence writes a day of its own, in figures or counted ("sáng 6/6", "sáng hôm qua", "chiều thứ Ba"). */
  readonly writesDay?: (s: Sentence) => boolean;
  /** The first day a sentence writes with its month ("chiều 8/10": "10-8"), or null. */
  readonly dayOf?: (s: Sentence) => string | null;
  /**
   * How an encounter speaks of a side it names no one of, after its marker: null when it does not name the side's
   * country there; else the title it gives ("tiếp Đại sứ Nhật Bản": "Đại sứ"), or null for none ("tiếp đoàn … Nhật Bản").
   */
  readonly counterpart?: (e: EventMention, side: CountryCode) => { readonly title: string | null } | null;
  /**
   * The title an encounter gives a side before its marker, with the side's country and no name ("Bộ trưởng Bộ Quốc
   * phòng Việt Nam tiếp B": "Bộ trưởng"), or null.
   */
  readonly subjectTitle?: (e: EventMention, side: CountryCode) => string | null;
  /** Whether a sentence names the side's country as a side ("Trưởng đoàn Nhật Bản", "phía Việt Nam"), not as a place. */
  readonly namesSide?: (s: Sentence, side: CountryCode) => boolean;
  /** Whether a person holds a post with this title. */
  readonly holdsTitle?: (m: PersonMention, title: string) => boolean;
  /** Whether an encounter's sentence opens with words of sequence ("Ngay sau lễ đón, …"): it tells what came after another, never that one again. */
  readonly follows?: (e: EventMention) => boolean;
  /** Whether an encounter speaks of its counterpart as the guest after its marker ("hội đàm với vị khách"). */
  readonly guest?: (e: EventMention) => boolean;
  /** Whether an encounter names no one, no side and no title after its marker ("A chủ trì lễ đón và hội đàm."): its counterpart is the visit's. */
  readonly unaddressed?: (e: EventMention) => boolean;
  /** Every person the article names, in text order. */
  readonly mentions?: readonly PersonMention[];
  /** Whether the sentence naming a person tells them visiting the other country ("B … đang thăm Việt Nam"). */
  readonly visiting?: (m: PersonMention) => boolean;
  /** Whether an encounter's counterpart, in the clause of its marker, is a delegation of that side's country ("tiếp Đoàn đại biểu quân sự cấp cao Việt Nam"). */
  readonly delegationOf?: (e: EventMention, side: CountryCode) => boolean;
  /** Whether the article tells a person leading a delegation ("A dẫn đầu Đoàn …", "Đoàn do A làm trưởng đoàn"; see delegation.ts). */
  readonly leadsDelegation?: (m: PersonMention) => boolean;
  /** Whether a person's post names them the head of a delegation ("ông B, Trưởng đoàn lực lượng Bảo vệ bờ biển Nhật Bản"). */
  readonly headsDelegation?: (m: PersonMention) => boolean;
  /**
   * Whether the encounter speaks of one side only by a word standing for someone named before: its subject ("Buổi chiều,
   * ông chào xã giao B"), made passive ("ông được B tiếp"), or its counterpart after the marker ("B tiếp ông").
   */
  readonly anaphoric?: (e: EventMention) => boolean;
  /** The words of a sentence. */
  readonly textOf?: (s: Sentence) => string;
  /**
   * The one person of a side who tells an encounter in its own sentence and is its subject by a pronoun ("Đại sứ B nhắc
   * lại, ngày 10/11/2022, ông và A đã ký …": B), or null.
   */
  readonly narratorOf?: (e: EventMention, side: CountryCode) => PersonMention | null;
  /** Whether a sentence speaks of someone of neither side named before, by family name after an honorific ("ông Marles"). */
  readonly refersToOther?: (s: Sentence) => boolean;
  /** Whether an encounter's sentence only lists who attends one told before ("Tham dự buổi tiếp có A và B"): it names neither its host nor its guest. */
  readonly attends?: (e: EventMention) => boolean;
  /** Whether a sentence with no marker opens by listing attendees ("Cùng dự có C, …"): its people are guests, taken last. */
  readonly opensWithAttendees?: (s: Sentence) => boolean;
}

/** How far (in sentences) the other side is looked for; and, in the same paragraph, a sentence naming it by country and role. */
const REACH = 2;
const FURTHER = 4;

/** The sentences `from` to `to` places from sentence `at`, either way, nearest first (the earlier of two at one distance first). */
function window(sentences: readonly Sentence[], at: number, from: number, to: number): { s: Sentence; distance: number }[] {
  const out: { s: Sentence; distance: number }[] = [];
  for (let d = from; d <= to; d++) {
    if (at - d >= 0) out.push({ s: sentences[at - d]!, distance: d });
    if (at + d < sentences.length) out.push({ s: sentences[at + d]!, distance: d });
  }
  return out;
}

/** Sentences near one, each once at its least distance, nearest first (the earlier of two at one distance first). */
function nearestFirst(near: readonly { s: Sentence; distance: number }[]): { s: Sentence; distance: number }[] {
  const least = new Map<Sentence, number>();
  for (const { s, distance } of near) if (!least.has(s) || distance < least.get(s)!) least.set(s, distance);
  return [...least].map(([s, distance]) => ({ s, distance })).sort((a, b) => a.distance - b.distance || a.s.start - b.s.start);
}

/**
 * Whether an encounter is told as the setting that opens its sentence, its marker and all its people before the first
 * comma and no one of it after ("Tại cuộc gặp với B, hai bên nhất trí …"): what follows is of its two sides.
 */
function opensAsSetting(e: EventMention): boolean {
  if (!e.setting || !e.triggers.length) return false;
  const comma = e.sentence.indexOf(",");
  return comma > 0 && e.sentence.indexOf(e.triggers[0]!) < comma && e.participants.every((p) => p.end - e.start <= comma);
}

/**
 * The encounter completed with the other side, or null when nothing near it names that side. Not the headline's
 * (which restates the article), unless `headline` says the article has no other.
 */
export function completeEncounter(e: EventMention, input: AssemblyInput, headline = false): EventMention | null {
  const at = input.sentences.findIndex((s) => s.start <= e.start && e.end <= s.end);
  if (at < 0) return null;
  const here = input.sentences[at]!;
  if (here.headline && !headline) return null;
  // An encounter that names no one ("Hai bên đã hội đàm") refers back to its sides, which a lead may name paragraphs
  // before (one sentence a paragraph); so does one whose people are all in the setting that opens its sentence ("Tại
  // cuộc gặp với B, hai bên …", after a lead "A có các cuộc gặp song phương với … Nhật Bản" and a paragraph on another
  // of them). One that names a person otherwise looks in its paragraph and the ones next to it.
  const setting = opensAsSetting(e);
  const paragraphs = e.participants.length && !setting ? 1 : REACH;
  // (For such a setting, every sentence of those paragraphs: a paragraph between on another meeting may hold several.)
  const reach = setting ? input.sentences.length : REACH;
  // (For a conference or a ceremony, a paragraph between that names no one, "Hội nghị quy tụ đại diện của 20 quốc gia.",
  // "Trong bài phát biểu, Đại sứ cảm ơn …", is not counted: reports describe the gathering and its speeches before who
  // else attended.)
  const gathering = e.type === "conference" || e.type === "other";
  const namingRegions = once(() => new Set(input.sentences.filter((s) => (input.mentions ?? []).some((m) => s.start <= m.start && m.end <= s.end)).map((s) => s.region)));
  const apart = (s: Sentence) => {
    const [from, to] = s.region < here.region ? [s.region, here.region] : [here.region, s.region];
    let n = 0;
    for (let r = from + 1; r < to; r++) if (namingRegions().has(r)) n++;
    return n + 1;
  };
  // (Nor are its sentences counted as distance: the sentences near a gathering are those of its story, nearest first.)
  const story = gathering ? input.sentences.filter((s) => s === here || s.region === here.region || namingRegions().has(s.region)) : input.sentences;
  // (`every`: with the sentences of the paragraphs passed over too, at their own distance: one may tell the encounter
  // again, "Buổi lễ diễn ra trang trọng.")
  const nearIn = (sentences: readonly Sentence[], every: boolean) => {
    const told = window(sentences, sentences.indexOf(here), 1, reach);
    const all = every && sentences !== input.sentences ? window(input.sentences, at, 1, reach) : [];
    return (all.length ? nearestFirst([...told, ...all]) : told).filter(({ s }) => Math.abs(s.region - here.region) <= paragraphs || (gathering && apart(s) <= paragraphs));
  };
  const near = nearIn(story, true);

  // How the encounter names each side after its marker, asked once per side when needed.
  const named = new Map<CountryCode, { readonly title: string | null } | null>();
  const counterpart = (side: CountryCode) => {
    if (!named.has(side)) named.set(side, input.counterpart?.(e, side) ?? null);
    return named.get(side)!;
  };
  // The title it gives a side before its marker ("Bộ trưởng Bộ Quốc phòng Việt Nam tiếp B"), asked once per side.
  const subjects = new Map<CountryCode, string | null>();
  const subjectTitle = (side: CountryCode) => {
    if (!subjects.has(side)) subjects.set(side, input.subjectTitle?.(e, side) ?? null);
    return subjects.get(side)!;
  };

  // The article's other encounters of this type (asked of each sentence near it, for each side).
  const sameType = input.events.filter((o) => o !== e && o.type === e.type);
  // The same encounter told again nearby: a marker of the same type in a sentence naming nobody.
  const retold = sameType.filter((o) => o.participants.length === 0 && near.some(({ s }) => s.start <= o.start && o.end <= s.end));
  const inside = (s: Sentence, o: { start: number; end: number }) => s.start <= o.start && o.end <= s.end;
  /** Who the sentence gives for the missing side: the participants of an encounter of the same type it reports, else, when it names a side or role, everyone of that side present in it. */
  const sideIn = (s: Sentence, side: CountryCode): PersonMention[] => {
    if (otherOccasion(s)) return [];
    // "… tiếp Đại sứ Nhật Bản. Đại sứ Ito Naoki chúc mừng …": the counterpart the encounter names by title alone.
    const title = counterpart(side)?.title;
    // A host it names by title before its marker ("Bộ trưởng Bộ Quốc phòng Việt Nam tiếp B") is someone who holds it.
    const subject = title ? null : subjectTitle(side);
    if (subject !== null) {
      const holders = [...sameType.filter((o) => inside(s, o)).flatMap((o) => o.participants), ...input.presentIn(s)].filter((p) => p.country === side && input.holdsTitle?.(p, subject));
      return holders.filter((p, i) => holders.findIndex((q) => keyOf(q) === keyOf(p)) === i);
    }
    const same = sameType.filter((o) => inside(s, o)).flatMap((o) => o.participants.filter((p) => p.country === side && !(title && input.attends?.(o) && otherPost(p, title))));
    if (same.length) return same;
    const of = input.presentIn(s).filter((p) => p.country === side);
    // Where the sentence names a side or role, so; but not one given another post than the title the encounter names
    // ("… tiếp Tư lệnh … Nhật Bản. Tham dự có … Đại sứ Nhật Bản C": C attends, he is not the guest).
    // (So does a sentence that lists who attended a ceremony, "Dự lễ có ông B, …": at a ceremony one side holds, the
    // other side's people are its guests; its people are taken last, see the end. Not a reception's: those who attend
    // it beside its host and guest, "Dự lễ đón có … Tùy viên Quốc phòng Nhật Bản C", are not its guest.)
    if (input.hasSideCue(s) || pairedJustBefore(s) || spokeHere(s) || joinedOnline(s) || (e.type === "other" && input.opensWithAttendees?.(s))) return title ? of.filter((p) => !otherPost(p, title)) : of;
    return title ? of.filter((p) => input.holdsTitle?.(p, title)) : [];
  };
  // "A đón B thăm chính thức Việt Nam. Hai bên đã hội đàm …": an encounter naming no one right after a sentence that
  // names one side and the other is between those two, though that sentence has no side cue.
  const pairedJustBefore = (s: Sentence): boolean =>
    e.participants.length === 0 && !s.headline && input.sentences[at - 1] === s && SIDES.every((side) => input.presentIn(s).some((p) => p.country === side));

  /** Whether the encounter is online and a sentence tells its people take part from afar ("B kết nối từ Tokyo"). */
  const joinedOnline = (s: Sentence): boolean => e.format === "online" && !!input.joinsFromAfar?.(s);
  /** Whether a sentence tells its people spoke at this encounter, named by its marker: they take part in it. */
  const spokeHere = (s: Sentence): boolean => !!e.triggers[0] && !!input.speaksAt?.(s, e.triggers[0], e.type === "conference");
  // The day in effect where the encounter is told: its sentence's, else the last one the body wrote before it.
  const dayHere = once(() => {
    for (let i = at; i >= 0 && !input.sentences[i]!.headline; i--) {
      const day = input.dayOf?.(input.sentences[i]!) ?? null;
      if (day !== null) return day;
    }
    return null;
  });
  /**
   * Whether a sentence near tells an encounter of both sides on another day than this one's ("Trước đó, chiều 8/10, A
   * và B đồng chủ trì …" near a meeting of the 9th): another occasion, whose people are not this one's other side.
   */
  const otherOccasion = (s: Sentence): boolean => {
    if (s === here || !input.dayOf) return false;
    const day = input.dayOf(s);
    return day !== null && dayHere() !== null && day !== dayHere() && input.events.some((o) => o !== e && inside(s, o) && twoSided(o));
  };
  /** Whether a person is given a post that is not this title ("Đại sứ …" for "Tư lệnh"). */
  const otherPost = (p: PersonMention, title: string): boolean => (p.position !== null || p.officeIds.length > 0) && !input.holdsTitle?.(p, title);
  /** Whether a person is present in the sentence naming them (not spoken of: "chuyển lời thăm hỏi của Thủ tướng C"). */
  const presentWhere = (m: PersonMention): boolean => {
    const s = input.sentences.find((x) => x.start <= m.start && m.end <= x.end);
    return !!s && input.presentIn(s).includes(m);
  };

  // A one-sided sentence next to a two-sided one of the same type only restates it (a headline over its lead).
  const twoSided = (o: EventMention) => SIDES.every((side) => o.participants.some((p) => p.country === side));
  // (Not a sentence that only lists who attends, "Tham dự buổi tiếp có C và D", after an encounter that names its counterpart by title.)
  const titled = () => SIDES.some((side) => !!counterpart(side)?.title);
  // Nor, after an encounter that names someone, one told as the setting of what was said there ("Tại buổi tiếp, A hoan
  // nghênh B …"): it tells of this encounter, whose sides it names. (A marker naming no one, "Đối thoại nhằm …", with such
  // a setting near is the encounter told again.)
  // (Not one opened by words of sequence, "Ngay sau lễ đón, đoàn đến chào xã giao …": what came after it.)
  // (Not one that names someone and writes a day, next to an undated one: "Tiếp B, A mong …" then "B … rồi được Thủ
  // tướng tiếp … sáng hôm qua" is the encounter dated. A marker naming no one stays the restatement.)
  const writesDay = input.writesDay ?? input.givesDay;
  const undated = (o: EventMention) => e.participants.length > 0 && writesDay(here) && !near.some(({ s }) => inside(s, o) && writesDay(s));
  if (!input.follows?.(e) && sameType.some((o) => twoSided(o) && !(o.setting && e.participants.length) && !(input.attends?.(o) && titled()) && near.some(({ s }) => inside(s, o)) && !undated(o))) return null;

  // A subject that only stands for someone named before, when the sentence just before names people of neither side
  // alone, stands for them ("… chuyến công du của ông C (a third country's envoy). Trước đó, ông đã hội đàm với B"):
  // one side meeting another country's people, no encounter of the two sides. (So when that sentence speaks of such a
  // person by family name alone, "… của ông Marles", named before as "ông Richard Marles, Bộ trưởng … Australia".)
  const previous = input.sentences[at - 1];
  const namedBefore = previous && !previous.headline ? (input.mentions ?? []).filter((m) => m.start >= previous.start && m.end <= previous.end) : [];
  const thirdBefore = (namedBefore.length > 0 && namedBefore.every((m) => m.country === null)) || (!namedBefore.length && !!previous && !previous.headline && !!input.refersToOther?.(previous));
  // (Not a setting that names its own counterpart: "Tại cuộc gặp với B, …" after a paragraph on a meeting with C.)
  if (thirdBefore && e.participants.length && !setting && input.anaphoric?.(e)) return null;
  // (Nor is one that names no one and goes on from the sentence just before, which names someone of neither side: "A
  // chủ trì lễ đón ông C, Bộ trưởng Quốc phòng Australia. Sau lễ đón, hai Bộ trưởng đã hội đàm" is A and C.)
  if (!e.participants.length && input.follows?.(e) && namedBefore.some((m) => m.country === null)) return null;
  const people = [...e.participants];
  // A sentence that only lists who attended an encounter of this type ("Dự lễ đón còn có C") names its guests, not
  // its host or guest of honour: its people are taken last, when no other rule finds the side (see the end).
  const listsAttendees = (s: Sentence) => sameType.some((o) => inside(s, o) && !!input.attends?.(o)) || !!input.opensWithAttendees?.(s);
  const fromNear = (side: CountryCode, where: readonly { s: Sentence }[]) => {
    for (const { s } of where) {
      const found = sideIn(s, side).filter((p) => !people.includes(p));
      if (found.length) {
        people.push(...found);
        return;
      }
    }
  };
  // The teller of the sentence, when a pronoun of the told clause stands for them.
  for (const side of SIDES) {
    const teller = people.some((p) => p.country === side) ? null : (input.narratorOf?.(e, side) ?? null);
    if (teller) people.push(teller);
  }
  // (A list of attendees between counts for no distance: "A chủ trì lễ đón. Dự lễ đón có … Tùy viên Quốc phòng Nhật Bản.
  // Tàu chở theo … Trưởng đoàn là Đại tá B." reaches B.)
  const unlisted = once(() => {
    return nearIn(story.filter((s) => s === here || !listsAttendees(s)), false);
  });
  for (const side of SIDES) if (!people.some((p) => p.country === side)) fromNear(side, unlisted());
  // Further in its paragraph, a sentence that names a side by its country and its role ("Trưởng đoàn Nhật Bản, ông B,
  // bày tỏ …") after others have spoken.
  for (const side of SIDES) {
    if (people.some((p) => p.country === side)) continue;
    const further = window(input.sentences, at, REACH + 1, FURTHER).filter(({ s }) => s.region === here.region && input.hasSideCue(s) && input.namesSide?.(s, side));
    for (const { s } of further) {
      const found = input.presentIn(s).filter((p) => p.country === side && !people.includes(p));
      if (found.length) {
        people.push(...found);
        break;
      }
    }
  }

  // "A tiếp đoàn Hải quân Nhật Bản. … Phó Đô đốc B cảm ơn …": a counterpart the encounter speaks of only by country is the
  // one person of that country present in the sentences near it, if there is exactly one.
  for (const side of SIDES) {
    // (One it gives a title is that title's holder, or no one.)
    if (people.some((p) => p.country === side) || !e.participants.length || counterpart(side)?.title !== null) continue;
    // (Not, for a forum its sentence dates, someone met on its sidelines, "Nhân dịp này, A gặp B": another meeting's guest.)
    const sideline = (p: PersonMention) => e.type === "conference" && input.givesDay(here) && input.events.some((o) => o.frame === "conference" && o.type !== "conference" && o.participants.includes(p));
    const nearby = near.flatMap(({ s }) => (otherOccasion(s) ? [] : input.presentIn(s).filter((p) => p.country === side && !sideline(p))));
    const one = onePerson(nearby);
    if (one) people.push(one);
  }
  // "… tiếp Tham mưu trưởng Hải quân Nhật Bản", "… hội đàm với vị khách", with the person named paragraphs before: the one
  // person of that side the article gives the title, or, for the guest, tells visiting the other country (the headline
  // included); for a delegation of that side ("B tiếp Đoàn đại biểu quân sự cấp cao Việt Nam", paragraphs after "A dẫn
  // đầu Đoàn … thăm Nhật Bản"), the one of them the article tells leading it. So is the counterpart of a marker that
  // names no one after it ("A chủ trì lễ đón và hội đàm."), and a host
  // named only by title before the marker ("Bộ trưởng Bộ Quốc phòng Việt Nam tiếp B"): that title's one holder. (A
  // marker whose sentence names no one takes a title's holder once the other side is found near it: "Tổng Tham mưu
  // trưởng … đã tiếp đoàn … Nhật Bản. Đoàn do Đô đốc B dẫn đầu. … Thượng tướng A …".)
  for (const side of SIDES) {
    if (people.some((p) => p.country === side) || !input.mentions) continue;
    const title = counterpart(side)?.title ?? subjectTitle(side);
    if (!e.participants.length && (title === null || !people.length)) continue;
    const candidates =
      title !== null
        ? input.mentions.filter((m) => m.country === side && input.holdsTitle?.(m, title))
        : input.guest?.(e) || input.unaddressed?.(e)
          ? input.mentions.filter((m) => m.country === side && input.visiting?.(m))
          : input.delegationOf?.(e, side)
            ? input.mentions.filter((m) => m.country === side && input.leadsDelegation?.(m) && (input.visiting?.(m) || !!input.headsDelegation?.(m)))
            : [];
    const one = onePerson(candidates);
    if (one) people.push(one);
  }
  // "A tiếp Tư lệnh … Nhật Bản đang thăm Việt Nam. … Đô đốc B cho biết …": when no one the article names holds the title,
  // the counterpart named by title or country is the one person of that side present anywhere in the article (after
  // the encounter too) who is given no other post and takes part in no other encounter of it; if there is exactly one.
  for (const side of SIDES) {
    if (people.some((p) => p.country === side) || !e.participants.length || !input.mentions) continue;
    const given = counterpart(side);
    if (!given) continue;
    const title = given.title;
    if (title !== null && input.mentions.some((m) => m.country === side && input.holdsTitle?.(m, title))) continue;
    // (A marker told as the setting of what was said, "Tại buổi tiếp, A hoan nghênh B", is this encounter's if of its type.)
    const elsewhere = new Set(input.events.filter((o) => o !== e && o.participants.length && !(o.setting && o.type === e.type)).flatMap((o) => o.participants.map(keyOf)));
    const ofSide = input.mentions.filter((m) => m.country === side);
    // Anyone of that side given a post is not it (each mention of them counts: "Đô đốc B" may be "B, Tham mưu trưởng …"),
    // nor a registry person, whose posts the registry knows: they would hold the title.
    const posted = new Set(ofSide.filter((m) => m.position !== null || m.officeIds.length || m.personId).map(keyOf));
    const candidates = ofSide.filter((m) => !posted.has(keyOf(m)) && !elsewhere.has(keyOf(m)) && presentWhere(m));
    // One named by country alone may be given any post where a later sentence names that side and a role ("Đồng chủ trì
    // phía Nhật Bản là ông B, Thứ trưởng …"), paragraphs after: the one such person, if no one without a post is.
    // Such a sentence is about this encounter when it names its marker ("Đồng chủ trì đối thoại phía Nhật Bản …") or no
    // other encounter is told between them.
    const marker = e.triggers[0]?.toLowerCase();
    const others = input.events.filter((o) => o !== e && o.start > e.end && o.participants.length && !(o.setting && o.type === e.type));
    const aboutThis = (s: Sentence) => (!!marker && !!input.textOf?.(s).toLowerCase().includes(marker)) || !others.some((o) => o.start < s.start);
    const byRole = () =>
      title !== null || !input.namesSide
        ? []
        : input.sentences
            .filter((s) => s.start >= here.end && input.hasSideCue(s) && input.namesSide!(s, side) && aboutThis(s))
            .flatMap((s) => input.presentIn(s).filter((p) => p.country === side && !elsewhere.has(keyOf(p))));
    const one = onePerson(candidates) ?? (candidates.length ? null : onePerson(byRole()));
    if (one) people.push(one);
  }
  // "Sáng 5/6, A hội đàm với B. Buổi chiều, ông chào xã giao C": a subject that only stands for someone named before is
  // the one person of the missing side in the encounter told just before (within two paragraphs). With no such
  // encounter ("A đang thăm Nhật Bản. Chiều 13/3, ông hội đàm với C"), the one person of that side present in the
  // nearest sentence before it that names anyone of that side (in its paragraph or the one before, two sentences back).
  // (Not when the sentence just before names people of neither side alone, "… chuyến công du của ông C (a third
  // country's envoy). Trước đó, ông đã hội đàm với B": that is whom the subject stands for.)
  for (const side of SIDES) {
    if (thirdBefore || people.some((p) => p.country === side) || !e.participants.length || !input.anaphoric?.(e)) continue;
    // (The last told before it with someone of that side: "… do Đại tá B làm trưởng đoàn. Đại tá C chủ trì buổi tiếp." —
    // the second marker names only the host.)
    const before = input.events.filter((o) => o.end <= e.start && o.participants.some((p) => p.country === side)).at(-1);
    const region = (x: { start: number }) => input.sentences.find((s) => s.start <= x.start && x.start < s.end)?.region ?? -1;
    const told = before && here.region - region(before) <= 2 ? onePerson(before.participants.filter((p) => p.country === side)) : null;
    const named = () => {
      for (const s of input.sentences.slice(Math.max(0, at - REACH), at).reverse()) {
        if (s.headline || here.region - s.region > 1) break;
        const of = input.presentIn(s).filter((p) => p.country === side);
        if (of.length) return onePerson(of);
      }
      return null;
    };
    const one = told ?? named();
    if (one) people.push(one);
  }
  for (const side of SIDES) if (!people.some((p) => p.country === side)) fromNear(side, near.filter(({ s }) => listsAttendees(s)));
  if (!SIDES.every((side) => people.some((p) => p.country === side))) return null;

  // Read the date where it is most precise: a day told again rather than the visit's span.
  const anchor = input.givesDay(here) ? null : retold.find((o) => input.givesDay(input.sentences.find((s) => s.start <= o.start && o.end <= s.end)!));
  const base = anchor ?? e;
  return {
    ...e,
    start: base.start,
    end: base.end,
    sentence: base.sentence,
    triggers: anchor ? [...e.triggers, ...anchor.triggers] : e.triggers,
    participants: people.sort((a, b) => a.start - b.start),
  };
}

/**
 * "Chiều 4/9, hai Bộ trưởng đã hội đàm": an encounter whose subject is the
 * two holders of one title, one on each side, with no one named near it. Each
 * is the one person of that side the article gives the title, wherever it
 * names them: the host of a visit is often named only as the one who invited
 * ("Nhận lời mời của Bộ trưởng … X, …"). Null unless each side has exactly
 * one such person.
 */
export function titledPair(e: EventMention, mentions: readonly PersonMention[], grammar: Grammar, holds: (m: PersonMention, title: string) => boolean, from: number = e.start): EventMention | null {
  if (e.participants.length) return null;
  const joint = jointTitle(e, grammar);
  if (!joint) return null;
  const { title } = joint;
  // (Not when a third country's holder of the title is named in its sentence or from `from` on, the sentence before: "A
  // chủ trì lễ đón ông C, Bộ trưởng Quốc phòng Australia. Sau lễ đón, hai Bộ trưởng đã hội đàm" is A and C.)
  const lowerTitle = title.toLowerCase();
  if (joint.lowest === undefined && mentions.some((m) => m.country === null && m.start >= from && m.end <= e.end && !!m.position?.toLowerCase().includes(lowerTitle))) return null;
  const people: PersonMention[] = [];
  for (const side of SIDES) {
    const holders = mentions.filter((m) => m.country === side && holdsJoint(m, joint, grammar, holds));
    // One person however the name is ordered ("Taro Yamada", "Yamada Taro").
    const one = onePerson(holders);
    if (!one) return null;
    people.push(one);
  }
  return { ...e, participants: people.sort((a, b) => a.start - b.start) };
}

/** What a joint subject names its two people by: a title ("hai Bộ trưởng"), or the lowest rank of a class ("hai tướng lĩnh"). */
export interface JointTitle {
  readonly title: string;
  /** For a class of ranks, the order of its lowest (`rank_order`); undefined for a title. */
  readonly lowest: number | undefined;
  /** Where, in the sentence, the joint subject ("hai Bộ trưởng") is written. */
  readonly at: number;
}

/** The title or class of ranks an encounter's joint subject names its two people by ("Hai Bộ trưởng đã hội đàm"); null for one that names none ("hai bên", "hai vị"). */
export function jointTitle(e: EventMention, grammar: Grammar): JointTitle | null {
  const both = grammar.bothSides.exec(e.sentence);
  if (!both) return null;
  // (As the lexicon writes it: "hai bộ trưởng" is "hai Bộ trưởng".)
  const subject = grammar.jointSubject.get(both[2]!) ?? both[2]!;
  // (The title may stand before "hai nước": "Bộ trưởng Quốc phòng hai nước Việt Nam và Nhật Bản đã hội đàm".)
  const title = !grammar.titleWord.test(subject) && !grammar.jointRanks.has(subject) ? (grammar.titleBeforeBothSides.exec(e.sentence.slice(0, both.index))?.[1] ?? subject) : subject;
  // (Or two holders of a rank of the class it names: "hai tướng lĩnh", each side's one general or flag officer.)
  const lowest = grammar.jointRanks.get(title);
  if (lowest === undefined && !grammar.titleWord.test(title)) return null;
  return { title, lowest, at: both.index };
}

/** Whether someone is one the joint subject names: holds its title, or a rank of its class. */
export function holdsJoint(m: PersonMention, joint: JointTitle, grammar: Grammar, holds: (m: PersonMention, title: string) => boolean): boolean {
  if (joint.lowest === undefined) return holds(m, joint.title);
  return m.rank !== null && (grammar.rankOrder.get(m.rank.toLowerCase()) ?? 0) >= joint.lowest;
}

/** The first of these mentions when they are all of one person (one registry id, or one name however ordered); else null. */
export function onePerson(mentions: readonly PersonMention[]): PersonMention | null {
  return new Set(mentions.map(keyOf)).size === 1 ? mentions[0]! : null;
}
