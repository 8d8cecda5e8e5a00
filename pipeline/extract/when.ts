import type { Grammar, StatusCue, TimeFrame } from "../lang/lexicon.ts";
import type { Registry } from "../registry/index.ts";
import { lastDayOfPeriod } from "../registry/dates.ts";
import { daysInMonth } from "../lang/calendar.ts";
import { findDates, monthOnlyForDating, type DateMention, type TimeOfDay } from "../lang/dates.ts";
import { clauseAround, clauseEnd, clauseStart, sentences } from "../lang/sentences.ts";
import { once } from "../core/once.ts";
import { allMatches } from "../lang/matches.ts";
import { markersOfType, plannedText, type EventMention } from "./events.ts";
import { appointmentYears } from "./appointments.ts";
import { yearsNamedByFacts, type YearFacts } from "./year-facts.ts";
import { keyOf, sameSides, type PersonMention } from "./people.ts";
import { inferYear, weekdayOf, type PlanBound, type RoleConstraint } from "./years.ts";

/**
 * The date of each encounter in an article: the date written in its
 * sentence; else "cùng ngày" or nothing, which continue the previous
 * encounter's date; else the article's first date (the lead's "Ngày 16/9",
 * a visit's "từ ngày 2 đến 5/3", or "Hôm thứ Tư, …" counted back from the
 * publication date). A date a verb of telling follows ("… hôm thứ Năm cho
 * biết") is the report's and dates nothing. A day without a month takes the month
 * of the date before it (machine translations write "ngày 24" after
 * "ngày 24 tháng 10"). A sentence with no day but a month that governs it
 * ("Tháng 3/2023, …", "Hồi tháng trước, …": `governingMonth`) is dated to
 * that month, at precision `month`. A missing year is reasoned by
 * `inferYear`; when it cannot be, the encounter gets no date and is
 * reported, not guessed.
 */
export interface EventDate {
  readonly date_start: string;
  readonly date_end: string;
  readonly precision: "day" | "range" | "month";
  readonly time_of_day: TimeOfDay | null;
  readonly year_inferred: boolean;
  /** How the date was read and, for an inferred year, why that year. */
  readonly basis: string;
}

/** The longest span, in days from its first to its last, an undated encounter may be given in each year that fits. */
const WEEK = 6;

/** At most so many years that fit an encounter no evidence settles give it a date in each (`Unresolved.candidates`). */
export const FEW_YEARS = 5;
/** At most so many years give candidates at all (an encounter of people no registry knows may fit every year of the corpus). */
const MOST_YEARS = 40;

/** An encounter that cannot be dated, and why; with the date it would have in each year that fits, when several do. */
export interface Unresolved {
  readonly unresolved: string;
  readonly candidates?: readonly EventDate[];
}

export interface ArticleFacts {
  readonly text: string;
  /** Every encounter read from the article, dated or not, published or not: which occasion a date written in one is of. */
  readonly read?: readonly EventMention[];
  /** Body regions (where dates and encounters are read). */
  readonly regions: readonly { start: number; end: number; headline?: boolean }[];
  readonly published: string | null;
  /**
   * `published` was read off a date line in the text rather than given (manifest, page metadata): a page clock can
   * print a later day, so the posts people are given outvote it.
   */
  readonly publishedFromText?: boolean;
  /** "YYYY-MM" of a month-only header ("date 2021-09") when there is no publication date. */
  readonly publishedMonth?: string | null;
  /** ISO date of the page's update stamp ("Cập nhật: …"): never the publication date; weak evidence of the year. */
  readonly updated?: string | null;
  /** The publication date line's parts when it has no year (weekday helps to find it). */
  readonly dateline: { day: number; month: number; year: number | null; weekday: string | null; weekdayNumber?: number | null } | null;
  /** Anniversaries and roles by which the article may name a year (reference/year-facts.json). */
  readonly yearFacts?: YearFacts;
  /**
   * Years of dated facts the article names without writing the year: an edition of a numbered series, or one held
   * within the span of the visit it reports (given here when the article gives one).
   */
  readonly knownYears?: (visit: DaySpan | null) => readonly number[];
  /**
   * The editions of numbered series the article names ("Diễn đàn … lần thứ 10"), with their dates as the reference
   * data gives them to the day: an encounter on a day one of them was held is of its year.
   */
  readonly editions?: () => readonly { readonly start: string; readonly end: string; readonly name: string }[];
  /**
   * The days of every edition the reference data dates to the day, of which `editions` are those the article names:
   * where none of them could date an encounter, the article's need not be read.
   */
  readonly everyEdition?: readonly { readonly start: string; readonly end: string }[];
  /** Years the article names by a dated document's signing told relative to its time ("Năm ngoái, hai nước ký …"). */
  readonly documentYears?: () => readonly number[];
  /** Every person mention in the article: the posts given to a person anywhere hold for all its encounters. */
  readonly mentions?: readonly PersonMention[];
}

/** Days from `day`/`month` to `dayEnd`/`monthEnd`, in one year. */
export interface DaySpan {
  readonly day: number;
  readonly month: number;
  readonly dayEnd: number;
  readonly monthEnd: number;
}

/** A Partial whose day and month are known. */
type DayPartial = Partial & { day: number; month: number };

type Partial = { /** Dated only to its month (`day` is then its first). */ monthOnly?: true; day: number | null; dayEnd: number | null; month: number | null; year: number | null; tod: TimeOfDay | null; how: string; /** Printed with the day. */ weekday?: number | null; yearFromPublication?: true; /** Month of the last day, when a span crosses months. */ monthEnd?: number };

export function dateEvents(events: readonly EventMention[], facts: ArticleFacts, registry: Registry, grammar: Grammar): (EventDate | Unresolved)[] {
  const dating = new Dating(events, facts, registry, grammar);
  // Pass 1: the day and month of each encounter, and the years the evidence about it allows.
  const steps = events.map((e) => dating.step(e));
  // Pass 2: what the encounters allow together.
  settleTogether(steps);
  return steps.map((s, i) => (!("p" in s) ? s : eventDate(s, events[i]!, dating.published, dating.publishedFrom, facts)));
}

/** The agreement status cues that put a signing ahead ("nhất trí sớm ký kết …", "thúc đẩy đàm phán để ký …"): see `ofAnother`. */
const TO_COME: ReadonlySet<StatusCue> = new Set<StatusCue>(["agree", "agree_then", "future", "negotiate"]);

/**
 * One article's dates and what it says about them, and the encounters dated so far (read in order: "cùng ngày" and
 * an undated sentence go on from the one before). The rules are methods, not one long function: the engine optimises
 * each on its own.
 */
class Dating {
  readonly headline: { start: number; end: number } | null;
  readonly dates: DateMention[];
  readonly body: string;
  /** The span of the visit the article reports ("từ ngày 2 đến 5/7"), if it gives one. */
  readonly visit: DateMention | undefined;
  readonly visitSpan: DaySpan | null;
  /** The posts a person is given anywhere in the article hold at each encounter of it. */
  readonly officesOf = new Map<string, Set<string>>();
  readonly factYears: () => number[];
  // Worked out only when a year is to be reasoned (most articles give a publication date, which settles it).
  readonly known: () => readonly number[];
  readonly mentionedYears: () => number[];
  // A year to come bounds the encounter's from above: what is planned for it has not happened by the report.
  readonly plannedFor: () => PlanBound | null;
  /** Four-digit years written in names ("APEC 2017"), outside any date mention. */
  readonly namedInNames: () => readonly { start: number; end: number; year: number }[];
  readonly published: string | null;
  readonly publishedFrom: "given" | "date_line" | "month";
  readonly publishedBasis: string;
  readonly yearAnchor: string | null;
  readonly wire: ReadonlySet<DateMention>;
  readonly days: DateMention[];
  readonly dispatch: DateMention | undefined;
  readonly lead: DateMention | undefined;
  readonly fullDays: DateMention[];
  previous: Partial | null = null;
  previousEvent: EventMention | null = null;
  previousStep: Step | null = null;
  lastMonth: number | null = null;
  /** The encounters dated so far, with their steps: one an undated sentence retells may be further back than the last. */
  readonly dated: { readonly e: EventMention; readonly step: Step }[] = [];

  constructor(
    readonly events: readonly EventMention[],
    readonly facts: ArticleFacts,
    readonly registry: Registry,
    readonly grammar: Grammar,
  ) {
    this.headline = facts.regions.find((r) => r.headline) ?? null;
    const dates = articleDates(facts, grammar);
    this.dates = dates;
    const body = facts.regions.map((r) => facts.text.slice(r.start, r.end)).join("\n");
    this.body = body;
    const visit = dates.find((d) => d.kind === "range" && d.month !== null && d.relative !== "month_part");
    this.visit = visit;
    const visitSpan = visit ? { day: visit.day!, month: visit.month!, dayEnd: visit.dayEnd!, monthEnd: visit.monthEnd ?? visit.month! } : null;
    this.visitSpan = visitSpan;
    // Years the article names. Those tied in their clause to an earlier event ("kể từ khi hai Bộ ký … năm 2011") tell of
    // the background: they never pick an encounter's year. (A document's year is
    // not enough: "kế hoạch hợp tác năm 2020" is this year's plan.)
    this.namedInNames = once(() => yearsInNames(facts.text, dates));
    this.factYears = once(() => [...(facts.yearFacts ? yearsNamedByFacts(body, facts.yearFacts, grammar) : []), ...appointmentYears(facts.text, facts.mentions ?? [], registry, grammar, dates.find((d) => d.kind === "day" && d.month !== null)?.month ?? null), ...(facts.documentYears?.() ?? [])]);
    this.known = once(() => facts.knownYears?.(visitSpan) ?? []);
    // (Nor one written in a sentence that tells a signing and no encounter: "Năm 2016, hai lực lượng đã ký kết Bản ghi
    // nhớ …" dates the signing, not the port call told before it.)
    // (A year in an event's name, "Triển lãm Hàng hải quốc tế Yokohama 2024", names one too.)
    this.mentionedYears = once(() => [...new Set([...dates.flatMap((d) => (d.year === null || this.background(d) || this.toCome(d) || this.ofAnother(d) ? [] : [d.year])), ...this.namedInNames().filter((y) => !this.background(y) && !this.toCome(y) && !this.ofAnother(y)).map((y) => y.year), ...this.factYears(), ...this.known()])].sort());
    // (A year may be part of a name, "dự Tuần lễ Cấp cao APEC 2017 vào tháng 11 tới": no date mention, a year all the same.)
    // (Of two plans ending on one day, "tháng 12/2025" and "năm 2025", the one that names it more finely.)
    this.plannedFor = once(() =>
      [...dates.filter((d) => d.year !== null && this.toCome(d)).map(planBound), ...this.namedInNames().filter((y) => this.toCome(y)).map((y): PlanBound => ({ last: `${y.year}-12-31`, precision: "year" }))].reduce<PlanBound | null>(
        (min, p) => (min === null || p.last < min.last || (p.last === min.last && FINER[p.precision] > FINER[min.precision]) ? p : min),
        null,
      ),
    );
    for (const m of facts.mentions ?? []) if (m.personId) for (const o of m.officeIds) (this.officesOf.get(m.personId) ?? this.officesOf.set(m.personId, new Set()).get(m.personId)!).add(o);

    // A date line without its year (and maybe a weekday): reason the publication year from everyone in the article.
    let published = facts.published;
    let publishedFrom: "given" | "date_line" | "month" = facts.publishedFromText ? "date_line" : "given";
    let publishedBasis = published ? `published ${published}${facts.publishedFromText ? " (a date line)" : ""}` : "";
    // (Not a wire dateline when the text writes another day: "Tokyo ngày 15 tháng 11 điện - … ngày 14 … cử hành".)
    this.wire = new Set(dates.filter((d) => wireDate(facts.text, d)));
    // A wire dispatch dated in full ("Osaka, 08/03/2016 (TTXVN) - …") is the day the text was written, like a date line.
    const sent = published ? undefined : dates.find((d) => this.wire.has(d) && d.kind === "day" && d.year !== null && d.month !== null && d.day !== null);
    if (sent) {
      published = `${sent.year}-${pad(sent.month!)}-${pad(sent.day!)}`;
      publishedBasis = `published ${published} (the wire dispatch "${sent.text}")`;
      publishedFrom = "date_line";
    }
    if (!published && facts.dateline && facts.dateline.year === null) {
      const wd = facts.dateline.weekdayNumber ?? (facts.dateline.weekday ? weekdayOf(facts.dateline.weekday) : null);
      const a = inferYear({ day: facts.dateline.day, month: facts.dateline.month, weekday: wd, constraints: this.constraints(events), mentionedYears: this.mentionedYears, updated: facts.updated ?? null }, registry);
      if (a.year !== null) {
        published = `${a.year}-${pad(facts.dateline.month)}-${pad(facts.dateline.day)}`;
        publishedBasis = `date line ${facts.dateline.day}/${facts.dateline.month}${facts.dateline.weekday ? ` (${facts.dateline.weekday})` : ""}: ${a.basis}`;
        publishedFrom = "date_line";
      }
    }
    // A month-only header dates nothing relative ("hôm qua"), but places a year like a date line on its month's last day.
    const yearAnchor = published ?? (facts.publishedMonth ? lastDayOfPeriod(`${facts.publishedMonth}-01`, "month") : null);
    if (!published && yearAnchor) publishedFrom = "month";
    this.published = published;
    this.publishedFrom = publishedFrom;
    this.publishedBasis = publishedBasis;
    this.yearAnchor = yearAnchor;

    this.days = dates.filter((d) => d.kind === "day" || d.kind === "range");
    this.dispatch = this.dispatchIn(this.days);
    // The article's first date: its first day or span, or a day the publication date resolves ("Hôm thứ Tư, tại …",
    // "… hôm nay") if that comes first.
    // (Not the day that ends a span whose start is not written, "chuyến thăm kéo dài tới ngày 20/9": no encounter's.)
    this.lead = dates.find((d) => (((d.kind === "day" || d.kind === "range") && !this.wire.has(d)) || (published !== null && BEFORE_PUBLICATION.has(d.relative))) && !this.reported(d) && !this.endsSpan(d)) ?? this.days[0];
    this.fullDays = dates.filter((d) => d.kind === "day" && d.year !== null && d.month !== null);
  }

  /**
   * Whether an encounter with no day of its own, after another, is no part of that one's occasion: other people (one
   * side at least), no word of sequence ("Sau đó, …"), no marker of the encounter before besides its own ("Hội đàm
   * sau, …", "tại buổi tiếp"), and not a signing (documents are signed at the meeting told before, before its witnesses).
   */
  elsewhereInVisit(e: EventMention, before: EventMention): boolean {
    // (Nor one its sentence sets in an occasion, "Bên lề hội nghị, A gặp B": that occasion's.)
    if (e.type === "signing" || e.frame !== undefined || sameSides(before.participants, e.participants) || this.grammar.sequenceOpener.test(e.sentence.trimStart())) return false;
    // (Its own marker aside: "Ông B cũng gặp C" after "A tiếp B" is another encounter of the same type.)
    return !markersOfType(e.sentence, this.grammar, before.type).some((m) => !e.triggers.includes(m[1]!));
  }

  /** The sentence (offsets in the text) a date stands in, if it stands in a region read. */
  sentenceOf(d: { start: number; end: number }): { start: number; end: number } | undefined {
    const region = this.facts.regions.find((r) => r.start <= d.start && d.end <= r.end);
    return region ? sentences(this.facts.text, region.start, region.end).find((b) => b.start <= d.start && d.end <= b.end) : undefined;
  }

  /**
   * The latest full day (or month with its year) written after an encounter in a sentence that opens by putting what it
   * tells before ("… A tiếp B. Trước đó, ngày 12/11/2023, hai bên …", "Trước đó, … vào tháng 12/2022", `time_frames`):
   * the encounter is later than that day (that month's first).
   */
  toldBefore(e: EventMention): string | null {
    let latest: string | null = null;
    for (const d of this.dates) {
      // (A month with its year, "vào tháng 12/2022", bounds it by its first day.)
      if (d.start < e.end || d.year === null || d.month === null || !(d.kind === "day" || (d.kind === "month" && d.monthEnd === null))) continue;
      const s = this.sentenceOf(d);
      if (!s || frameOf(this.facts.text.slice(s.start, s.end), this.grammar)?.frame !== "before") continue;
      const iso = `${d.year}-${pad(d.month)}-${pad(d.kind === "day" ? d.day! : 1)}`;
      if (latest === null || iso > latest) latest = iso;
    }
    return latest;
  }

  /** Whether a day falls within the visit the article dates ("từ ngày 10 - 13/3"). */
  inVisit(p: { readonly day: number | null; readonly month: number | null }): boolean {
    const v = this.visitSpan;
    if (!v || p.day === null || p.month === null) return false;
    return monthDayNumber(v.month, v.day) <= monthDayNumber(p.month, p.day) && monthDayNumber(p.month, p.day) <= monthDayNumber(v.monthEnd, v.dayEnd);
  }

  background(d: { start: number; end: number }): boolean {
    return this.grammar.pastCue.test(clauseAround(this.facts.text, d.start, d.end));
  }

  /**
   * Whether a date stands in a sentence that tells a signing done and none of the article's encounters ("Năm 2016, hai lực
   * lượng đã ký kết Bản ghi nhớ …"): the date is that signing's. (Other markers in such a sentence mostly point back
   * at the encounter, "Buổi tiếp nhằm … trong năm 2016", whose year they then tell.)
   */
  ofAnother(d: { start: number; end: number }): boolean {
    const s = this.sentenceOf(d);
    if (!s || this.events.some((e) => e.start < s.end && s.start < e.end)) return false;
    const sentence = this.facts.text.slice(s.start, s.end);
    // (A signing still to come, "nhất trí sớm ký kết … trong năm 2012", is the year's plan: its year is the story's.)
    const g = this.grammar.agreements;
    const planned = (at: number) => allMatches(g.cues, sentence.slice(0, at)).some((c) => [...g.cueOf(c[1]!)].some((k) => TO_COME.has(k)));
    return markersOfType(sentence, this.grammar, "signing").some((m) => !planned(m.index));
  }

  /**
   * A date a verb of telling follows is the report's, not what it reports ("Hãng tin Kyodo hôm thứ Năm cho biết ông B
   * tới Hà Nội hôm thứ Ba và gặp …"), also past the source it cites ("Tờ X ngày 12/3 dẫn hãng tin Kyodo cho biết, sáng
   * 11/3 …"); so is a date joined to such a date by "và" or a comma ("Các báo ngày 12 và 13/3 đưa tin …").
   */
  /** Whether a day ends a span whose start is not written (`span_end_words` just before it). */
  endsSpan(d: DateMention): boolean {
    return d.kind === "day" && this.grammar.spanEndBefore.test(this.facts.text.slice(Math.max(0, d.start - 30), d.start));
  }

  reported(d: { end: number }): boolean {
    const text = this.facts.text;
    if (this.grammar.reportedAfter.test(text.slice(d.end, d.end + 120))) return true;
    const joined = JOINED_DATE.exec(text.slice(d.end, d.end + 6));
    if (!joined) return false;
    const next = this.dates.find((x) => x.start === d.end + joined[0].length);
    return next !== undefined && this.reported(next);
  }

  /** The word opening an encounter's clause that places it in a year counted from the article's ("Năm nay, …"), if one does. */
  yearOnly(e: EventMention): string | undefined {
    return allMatches(this.grammar.relativeYear, e.sentence.slice(0, clauseEnd(e.sentence, 0)))[0]?.[1];
  }

  /** Nor do those a plan in their clause puts ahead ("… nhất trí chuẩn bị các hoạt động kỷ niệm vào năm 2023"): a time to come. */
  toCome(d: { start: number; end: number }): boolean {
    const before = this.facts.text.slice(clauseStart(this.facts.text, d.start, PLAN_REACH), d.start);
    return plannedText(before, this.grammar);
  }

  constraints(es: readonly EventMention[]): RoleConstraint[] {
    return es.flatMap((e) =>
      e.participants.flatMap((p) =>
        p.personId
          ? [{ personId: p.personId, officeIds: [...new Set([...p.officeIds, ...(this.officesOf.get(p.personId) ?? [])])].sort(), rank: p.rank, label: `${p.name}${p.position ? `, ${p.position}` : ""}`, unrecordedPost: p.position !== null && !p.officeIds.length && !p.formerOfficeIds?.length && !this.officesOf.get(p.personId)?.size, ...(p.formerOfficeIds?.length ? { formerOfficeIds: p.formerOfficeIds } : {}) }]
          : [],
      ),
    );
  }

  dispatchIn(ds: readonly DateMention[]): DateMention | undefined {
    return ds.find((d) => this.wire.has(d) && d.kind === "day" && d.month !== null && d.day !== null);
  }

  /** The article's first date is another encounter's, not the lead's: written, after this one, in the sentence of an encounter of another type, published or not. */
  leadOfAnother(e: EventMention): boolean {
    const lead = this.lead;
    if (lead === undefined || lead.start <= e.end) return false;
    const holds = (o: EventMention) => o !== e && o.type !== e.type && o.start <= lead.start && lead.end <= o.end;
    // (Or an encounter read but not published that names someone, a meeting with a third country's minister; not one
    // naming no one, "Ngày 16/9, hai bên đã hội đàm", which tells on the one before; nor one on the sidelines of a
    // forum, "Bên lề hội nghị, chiều 14/11, A gặp C", which is on the forum's day.)
    return this.events.some(holds) || (this.facts.read ?? []).some((o) => holds(o) && o.participants.length > 0 && o.frame !== "conference");
  }

  /**
   * For a sentence dated only "cùng ngày": the last day and month the text writes between the encounter told before it
   * (or the start) and it; not one of an earlier year than the story's, the encounter before's or the publication's
   * ("… Bản ghi nhớ ký ngày 24/10/2011. Cùng ngày, A tiếp B" is not 2011's day).
   */
  sameDayAs(e: EventMention, inSentence: readonly DateMention[]): DateMention | undefined {
    if (inSentence.length !== 1 || inSentence[0]!.relative !== "same_day") return undefined;
    const from = this.previousEvent?.end ?? 0;
    const story = this.previous?.year ?? (this.published ? Number(this.published.slice(0, 4)) : null);
    const yearless = this.newsDay() !== undefined;
    return this.dates.filter((d) => d.start >= from && d.end <= e.start && d.kind === "day" && d.day !== null && d.month !== null && !(d.year !== null && ((story !== null && d.year < story) || yearless))).at(-1);
  }

  /**
   * The day of the news, when the article writes it without its year ("Sáng 12/3, …"): the last encounter so dated. A
   * day written with its year after it is another time's ("… Bản ghi nhớ ký ngày 24/10/2011"), never the day "cùng
   * ngày" refers to.
   */
  newsDay(): { readonly e: EventMention; readonly step: Step } | undefined {
    return this.dated.findLast((d) => d.step.p.year === null && !d.step.p.monthOnly);
  }

  /** The encounter's day and month, and the years the evidence about it allows; remembered for the encounters after it. */
  step(e: EventMention): Step | { unresolved: string } {
    const step = this.stepOf(e);
    if ("p" in step) {
      this.previousStep = step;
      this.dated.push({ e, step });
    }
    return step;
  }

  stepOf(e: EventMention): Step | { unresolved: string } {
    const day = this.dayOf(e);
    if ("unresolved" in day) return day;
    const { p, continues, retold } = day;
    this.previous = p;
    const earlier = this.previousEvent;
    this.previousEvent = e;
    return this.yearOf(e, p, continues, retold, earlier, this.previousStep);
  }

  /**
   * The day written in the sentence just before an encounter's, in its paragraph and after the encounter told before
   * (a day with its month, or one the publication date resolves), when that sentence is no background, plan or report.
   */
  private narrativeDay(e: EventMention): Partial | null {
    const text = this.facts.text;
    const region = this.facts.regions.find((r) => r.start <= e.start && e.end <= r.end);
    const after = this.previousEvent!.end;
    if (!region || after > e.start) return null;
    const d = this.dates.findLast((d) => d.start >= Math.max(after, region.start) && d.end <= e.start);
    if (!d || /[.!?…]/u.test(text.slice(d.end, e.start).replace(/[.!?…]+["”)]?\s*$/u, ""))) return null;
    if (this.wire.has(d) || this.reported(d) || this.background(d) || this.toCome(d)) return null;
    if ((d.kind === "day" || d.kind === "range") && d.month !== null) return fromMention(d, d.month, "written in the sentence before it, the day the story has moved to");
    if (this.published && BEFORE_PUBLICATION.has(d.relative)) {
      const q = fromPublication(d, this.published);
      return q && { ...q, how: `${q.how}, in the sentence before it: the day the story has moved to` };
    }
    // "Sáng cùng ngày, tàu … cập cảng. Lễ đón … do A chủ trì.": the day of the encounter before, at the time of day the
    // sentence before writes (the story has moved to another part of that day).
    if (d.relative === "same_day" && d.timeOfDay !== null && this.previous && this.previous.day !== null) {
      return { ...this.previous, dayEnd: null, monthEnd: undefined, tod: d.timeOfDay, weekday: null, how: `"${d.text}" in the sentence before it: the day of the encounter before, at another time of it` };
    }
    return null;
  }

  /** Whether the encounter is told after a narrator's clause ("A cho biết, …") and names people, none of the encounter before. */
  private toldInAccount(e: EventMention): boolean {
    const narrator = this.grammar.narrator.exec(e.sentence);
    if (!narrator || !e.triggers.length || e.sentence.indexOf(e.triggers[0]!, narrator[0].length) < 0) return false;
    const before = new Set(this.previousEvent?.participants.map(keyOf) ?? []);
    return e.participants.length > 0 && !e.participants.some((p) => before.has(keyOf(p)));
  }

  /**
   * Whether the clause of the encounter's marker writes years alone, none of them the year of the encounter before (else of the publication,
   * else of the last full date the article writes, else the year the encounter before was given):
   * what it tells is of another time ("Năm 2015, hai bên ký …", a translation's "hai nước năm 2011 tháng 10 ký kết").
   */
  anotherYear(e: EventMention): boolean {
    const inSentence = this.dates.filter((d) => d.start >= e.start && d.end <= e.end && d.kind === "year" && d.year !== null);
    // (Or a year counted back from the publication: "… cũng nói hai nước năm ngoái tháng 10 ký kết …".)
    const published = this.published ? Number(this.published.slice(0, 4)) : null;
    const counted = allMatches(this.grammar.relativeYear, e.sentence).map((m) => ({ at: e.start + m.index!, back: this.grammar.yearsBack.get(m[1]!.toLowerCase()) ?? 0 })).filter((c) => c.back > 0);
    const clause = inSentence.length || counted.length ? markerClause(e, this.grammar) : null;
    if (!clause) return false;
    const years = inSentence.filter((d) => d.start >= clause.start && d.end <= clause.end).map((d) => d.year!);
    // (None there: the sentence's opening clause, before its first comma and its marker, dates it: "Trong chuyến thăm
    // năm 2018, B đã hội đàm với A".)
    if (!years.length) {
      const comma = e.sentence.indexOf(",");
      const opening = comma < 0 ? -1 : e.start + comma;
      if (opening >= 0 && opening <= clause.start) years.push(...inSentence.filter((d) => d.end <= opening).map((d) => d.year!));
    }
    for (const c of counted) {
      if (c.at < clause.start || c.at >= clause.end) continue;
      // (With no publication date, a year counted back from the report's time is still not the time of its news.)
      if (published === null) return true;
      years.push(published - c.back);
    }
    // (With no year written for it, the year the encounter before was given from the evidence: its people's posts.)
    const ref = this.previous?.year ?? published ?? this.fullDays.at(-1)?.year ?? this.previousStep?.year ?? null;
    return years.length > 0 && ref !== null && years.every((y) => y !== ref);
  }

  /**
   * The dates but those a plan governs in a clause other than the encounter's marker's (see `toCome`). (Not where a
   * clause of the same time joins the two, "… sẽ khởi động vào thứ Sáu, khi B được A tiếp đón": the plan's day is the
   * marker's.)
   */
  private outsidePlans(e: EventMention, dates: readonly DateMention[]): readonly DateMention[] {
    if (!dates.length) return dates;
    const clause = markerClause(e, this.grammar);
    if (!clause) return dates;
    const text = this.facts.text;
    return dates.filter((d) => (d.start >= clause.start && d.end <= clause.end) || !this.toCome(d) || SAME_TIME.test(text.slice(Math.min(d.end, clause.start), Math.max(d.start, clause.end))));
  }

  /** Whether a day counted from the publication date falls in one of the spans its sentence writes. */
  private countedInSpan(d: DateMention, spans: readonly DateMention[]): boolean {
    const q = fromPublication(d, this.published!);
    return q !== null && spans.some((r) => spanHolds(r, { ...d, day: q.day, month: q.month, year: q.year }));
  }

  /** The day and month of an encounter: what its sentence writes, else what the article's order and frame give. */
  dayOf(e: EventMention): { readonly p: DayPartial; readonly continues: boolean; readonly retold: { readonly e: EventMention; readonly step: Step } | undefined } | { unresolved: string } {
    const sentenceDates = this.dates.filter((d) => d.start >= e.start && d.end <= e.end && (d.kind === "day" || d.kind === "range" || d.relative === "same_day" || (this.published !== null && BEFORE_PUBLICATION.has(d.relative))) && !this.reported(d));
    // A sentence telling encounters in clauses of their own subjects ("A hội đàm với B sáng 2/5 rồi được C tiếp chiều
    // 3/5"): a day written in the encounter's own clause is its day; with none there, the sentence's dates as before.
    const inClause = e.clause ? sentenceDates.filter((d) => d.start >= e.clause!.start && d.end <= e.clause!.end) : sentenceDates;
    const all = inClause.some((d) => d.kind === "day" || d.kind === "range") ? inClause : sentenceDates;
    // A wire service's dateline ("Tokyo ngày 15 tháng 11 điện - …", 电) is the day of the dispatch: with another day in
    // the sentence ("… ngày 14 tại Tokyo … hội đàm"), that day is the encounter's.
    const unwired = all.some((d) => !this.wire.has(d)) ? all.filter((d) => !this.wire.has(d)) : all;
    // A date in brackets is an aside about something named before it ("Bộ Tư lệnh … (thành lập ngày 3/5/1975)"): with a
    // date outside brackets in the sentence, that one is the encounter's.
    const outside = unwired.filter((d) => !inBrackets(this.facts.text, e.start, d, this.grammar));
    // A day a plan governs in another clause than the marker's ("sau khi dự Hội nghị X, B sẽ thăm Việt Nam từ ngày 12
    // tới 14/6") is the plan's, not the day of the encounter the marker tells.
    const unplanned = this.outsidePlans(e, outside.length ? outside : unwired);
    const ofMarker = inMarkerClause(e, unplanned, this.grammar);
    const inSentence = beforeLaterAction(e, ofMarker, this.grammar);
    // (The article's first date, unless it is one of this sentence's that a later action has: see below.)
    const lead = this.lead && (inSentence.length === ofMarker.length || !ofMarker.includes(this.lead)) ? this.lead : undefined;
    const before = this.dates.filter((d) => d.end <= e.start && d.month !== null && !monthOnlyForDating(d));
    this.lastMonth = before.at(-1)?.month ?? this.lastMonth;
    let p: Partial | null = null;
    let continues = false;
    let retold: { readonly e: EventMention; readonly step: Step } | undefined;
    let moved: Partial | null = null;
    /** The held word that tells the encounter recent ("vừa"), once asked. */
    let recent: string | null | undefined;
    /** The word that places the sentence in a year relative to the article's ("năm nay"), once asked. */
    let yearWord: string | undefined;
    // A day inside a span the sentence also writes (the visit's, "từ ngày 2 đến 5/3, chiều 3/3, …") is the encounter's.
    const spans = inSentence.filter((r) => r.kind === "range" && r.relative !== "month_part");
    // (Not for a forum itself, whose span its sentence writes: "Tối 30/5, Đối thoại … khai mạc …, diễn ra từ ngày 30/5 đến
    // 1/6" is held over those days, not on its opening evening.)
    const withinSpan = e.type === "conference" ? undefined : inSentence.find((d) => d.kind === "day" && spans.some((r) => spanHolds(r, d)));
    const forumSpan = e.type === "conference" ? spans.find((r) => r.month !== null && inSentence.some((d) => d.kind === "day" && spanHolds(r, d))) : undefined;
    // So is a day counted from publication inside it ("Hôm nay, A dự Hội nghị X, diễn ra từ ngày 15 đến 17/11"): the
    // forum's span is not the day A was there.
    const todayWithin = withinSpan || !this.published || !spans.length ? undefined : inSentence.find((d) => ONE_DAY_BEFORE_PUBLICATION.has(d.relative) && this.countedInSpan(d, spans));
    const written = todayWithin ? undefined : (withinSpan ?? forumSpan ?? inSentence.find((d) => d.kind !== "relative" && d.year !== null && d.month !== null) ?? inSentence.find((d) => d.kind !== "relative"));
    const frame = inSentence.length ? undefined : frameOf(e.sentence, this.grammar);
    const relative = todayWithin ?? (written || !this.published ? undefined : inSentence.find((d) => BEFORE_PUBLICATION.has(d.relative)));
    // With no day of its own, a month that governs the sentence ("Tháng 3/2023, …", "Hồi tháng trước, …") dates it.
    const month = written || relative ? undefined : governingMonth(e, this.grammar);
    // (A day without its month, beside a wire dateline: the latest such day on or before the dispatch.)
    const sentDispatch = written && written.month === null ? this.dispatchIn(all) : undefined;
    /** The day "cùng ngày" refers to (`sameDayAs`), once asked. (No closure: each made costs a call to name it.) */
    let sameDay: DateMention | undefined;
    if (written && sentDispatch) p = { ...fromMention(written, null, `written in the sentence, in the month of the wire dateline "${sentDispatch.text}"`), ...onOrBefore(written.day!, sentDispatch) };
    else if (written && written.month === null && this.lastMonth === null && this.published && written.kind === "day") p = beforePublication(written, this.published, "written in the sentence");
    else if (written) p = fromMention(written, written.month ?? this.lastMonth, "written in the sentence");
    else if (relative && this.published) {
      // A weekday a plan governs ("sẽ bắt đầu vào ngày thứ Sáu, …") is one to come, not the last before publication.
      if (relative.relative === "weekday" && this.toCome(relative)) return { unresolved: `planned, not reported as held: "${relative.text}" is a day a plan in its clause puts ahead of the publication on ${this.published}` };
      p = fromPublication(relative, this.published) ?? null;
    } else if (month) {
      const m = fromMonth(month, this.published, this.yearAnchor);
      if (!m) return { unresolved: `"${month.text}" is counted from the publication date, and the article has none` };
      p = m;
    } else if (frame?.frame === "before" && this.previous?.monthOnly) p = null;
    else if (frame?.frame === "visit" && this.visit) p = fromMention(this.visit, this.visit.month, "the span of the visit the sentence places it in");
    else if (frame?.frame !== "visit" && frame?.days && this.previous && this.previous.day !== null && this.previous.month !== null) {
      // "Trước đó một ngày", "Ngày hôm sau": that many days before or after the encounter told just before.
      // (After a span, the days count from its last.)
      const after = frame.frame === "after";
      const from = { day: (after ? this.previous.dayEnd : null) ?? this.previous.day, month: (after ? this.previous.monthEnd : null) ?? this.previous.month };
      const d = new Date(Date.UTC(this.previous.year ?? 2000, from.month - 1, from.day + (after ? frame.days : -frame.days)));
      const crosses = this.previous.year !== null && d.getUTCFullYear() !== this.previous.year;
      p = { ...this.previous, day: d.getUTCDate(), month: d.getUTCMonth() + 1, year: crosses ? d.getUTCFullYear() : this.previous.year, dayEnd: null, monthEnd: undefined, tod: null, weekday: null, how: `${frame.days === 1 ? "the day" : `${frame.days} days`} ${frame.frame} the encounter told before it` };
    } else if (frame?.frame === "before" && this.previous && this.previous.day !== null && this.previous.month !== null) {
      // Before the encounter told just before: from the visit's first day (or the first of the month) up to that day.
      const from = this.visit && this.visit.month === this.previous.month && this.visit.day! <= this.previous.day ? this.visit.day! : 1;
      p = from === this.previous.day ? { ...this.previous, dayEnd: null, monthEnd: undefined, how: "before the encounter told before it, on its day" } : { ...this.previous, day: from, dayEnd: this.previous.day, monthEnd: undefined, tod: null, how: `before the encounter told before it: between the ${from === 1 ? "first of the month" : "visit's first day"} and its day` };
    } else if ((sameDay = this.sameDayAs(e, inSentence))) {
      // "Cùng ngày" after a day written since the encounter told before ("Ngày 15/3, đối thoại … diễn ra. Chiều cùng ngày,
      // A tiếp B."): that day, whether or not what was told on it is an encounter read here.
      const day = sameDay;
      p = { ...fromMention(day, day.month, "written before it, the day \"cùng ngày\" refers to"), tod: inSentence[0]!.timeOfDay ?? null };
    } else if (this.previous && !inSentence.length && this.previousEvent && !sameSides(this.previousEvent.participants, e.participants) && (retold = this.dated.findLast((d) => sameSides(d.e.participants, e.participants)))) {
      // A sentence with no date that names the people of an encounter told before, not of the one just before (a caption
      // "A chủ trì lễ đón B" after a background paragraph): that encounter told again, on its date.
      p = { ...retold.step.p, how: "the encounter of the same people told before" };
    } else if (this.previous && inSentence.length && this.previous.year !== null && this.newsDay()) {
      // "Cùng ngày, …" after an encounter of another year, told in the background ("Ngày 24/10/2011, hai Bộ trưởng ký
      // …"), is the day of the news, written without its year.
      const news = this.newsDay()!;
      p = { ...news.step.p, tod: inSentence[0]!.timeOfDay ?? null, how: "same day as the encounter of the news told before (not the earlier year's told since)" };
      retold = news;
    } else if (!inSentence.length && (yearWord = this.yearOnly(e))) {
      // "Năm nay, A đã hội đàm với B": a time of its own, a year, too coarse to publish; not the day of another occasion.
      return { unresolved: `told only as of a year ("${yearWord}"): no day or month of its own` };
    } else if (this.previous && !inSentence.length && this.toldInAccount(e)) {
      // "Đại sứ B cho biết, cuộc hội đàm giữa C và D vừa qua đã …": other people's encounter in someone's account, with no
      // date of its own, does not go on with the occasion before; nothing dates it.
      return { unresolved: "told in someone's account, with no date of its own, about people not of the encounter before" };
    } else if (this.previous && !inSentence.length && this.previousEvent && !sameSides(this.previousEvent.participants, e.participants) && (moved = this.narrativeDay(e))) {
      // "Trước đó, chiều thứ Hai tuần trước, đoàn … đến thăm Đà Nẵng. Đại tá C chủ trì tiếp đoàn.": the sentence just
      // before, told after the encounter before, writes the day the story has moved to; other people meet on it.
      p = moved;
    } else if (this.previous && !inSentence.length && this.visit && this.previousEvent && this.elsewhereInVisit(e, this.previousEvent) && this.inVisit(this.previous)) {
      // Other people, with no day and no word of sequence, after an encounter of a visit ("… đồng chủ trì Đối thoại ngày
      // 12/3. A chào xã giao C."): another encounter of the visit, on a day the text does not give.
      p = fromMention(this.visit, this.visit.month, "another encounter of the visit, with no day of its own: the span of the visit");
    } else if (!inSentence.length && this.previous && this.anotherYear(e)) {
      // "… cũng nói hai nước năm 2011 ký kết …": a year of its own and no day is another time's, not the encounter before told on.
      return { unresolved: "dated by a year alone, not the year of the encounter before" };
    } else if (this.previous) {
      // "Cùng ngày, …" is another occasion of that day, at a time of its own (or none said); a sentence with no date goes on with the occasion before.
      p = { ...this.previous, tod: inSentence.length ? (inSentence[0]!.timeOfDay ?? null) : this.previous.tod, how: inSentence.length ? "same day as the encounter before" : "continues the encounter before" };
      continues = true;
    } else if (this.published && (recent ??= recentMarker(e, this.grammar) ?? null) && !(lead && !this.leadOfAnother(e) && withinLately(lead, this.published))) {
      // "A vừa tiếp B" with no date of its own: of the days before publication, not a day the article writes long before
      // them (a background paragraph's "Ngày 12/8, …").
      p = recentSpan(recent, this.published);
    } else if (lead && !this.leadOfAnother(e) && !this.toCome(lead)) {
      // The article's first date, a day without its month as the sentence's own: the dispatch's month, else publication's.
      // (Not a day a plan governs: "… sẽ thăm Việt Nam từ ngày 12 tới 14/6" dates no encounter told without a day. Nor
      // one of this sentence's that a later action has: "A vừa dự X, rồi … vào TP HCM sáng nay".)
      if (lead.kind === "relative") p = this.published ? firstDate(fromPublication(lead, this.published)) : null;
      else if (lead.month !== null || lead.kind !== "day") p = fromMention(lead, lead.month, "the article's first date");
      else if (this.dispatch) p = { ...fromMention(lead, null, `the article's first date, in the month of the wire dateline "${this.dispatch.text}"`), ...onOrBefore(lead.day!, this.dispatch) };
      else if (this.published) p = beforePublication(lead, this.published, "the article's first date");
    }
    // An article that writes no date at all (a year aside), published on a known day, tells its encounters as its news: of the days
    // before publication, as "mới đây" would place them. (Not one told as the background: "trước đây", "đã từng" …)
    // (No date of any kind but a year: a weekday, "tuần này", a month the rules above could not use says the text
    // places it, and where.)
    if ((!p || p.month === null || p.day === null) && this.published && this.publishedFrom !== "month" && !this.dates.some((d) => d.kind !== "year") && !this.grammar.pastCue.test(e.sentence)) p = newsSpan(this.published);
    if (!p || p.month === null || p.day === null) return { unresolved: "no date in the article places this encounter" };
    // (Checked just above: the type does not narrow through the object's fields.)
    return { p: p as DayPartial, continues, retold };
  }

  /** The term of office the encounter's sentence (or the headline) says ends or begins there, and whose (`tenureEdgeIn`). */
  tenureEdgeOf(e: EventMention): { edge: "end" | "start"; personId: string } | null {
    return tenureEdgeIn(e, this.headline, this.facts, this.registry, this.grammar);
  }

  /** The year of an encounter dated to `p`: written, else the one the evidence about it allows (inferYear). */
  yearOf(e: EventMention, p: DayPartial, continues: boolean, retold: { readonly e: EventMention; readonly step: Step } | undefined, earlier: EventMention | null, earlierStep: Step | null): Step | { unresolved: string } {
    if (p.year !== null) return { p, year: p.year, candidates: [p.year], why: "" };
    if (retold?.step.year != null) return { p, year: retold.step.year, candidates: [retold.step.year], why: `the year of that encounter (${retold.step.why || "written"})` };
    const same = p.monthOnly ? undefined : this.fullDays.find((d) => d.day === p!.day && d.month === p!.month);
    if (same) return { p, year: same.year!, candidates: [same.year!], why: `the article writes the full date "${same.text}"` };
    // The day of an edition the article names ("… lần thứ 10", held 9–10/9/2018): that edition's year, when only one fits.
    const monthDay = `${pad(p.month)}-${pad(p.day)}`;
    const held = p.monthOnly || (this.facts.everyEdition && !this.facts.everyEdition.some((x) => heldOnMonthDay(x, monthDay))) ? [] : (this.facts.editions?.() ?? []).filter((x) => heldOnMonthDay(x, monthDay));
    if (held.length && new Set(held.map((x) => x.start.slice(0, 4))).size === 1) {
      const year = Number(held[0]!.start.slice(0, 4));
      return { p, year, candidates: [year], why: `the article names ${held[0]!.name}, held ${held[0]!.start}${held[0]!.end !== held[0]!.start ? ` to ${held[0]!.end}` : ""}` };
    }
    // An encounter on the day of the one before is of its year; where that is still open, everyone named in either narrows it.
    if (continues && earlierStep?.year != null) return { p, year: earlierStep.year, candidates: [earlierStep.year], why: `the year of the encounter before (${earlierStep.why || "written"})` };
    // (inferYear reads the evidence only as far as it needs it: the people's posts not where a publication date given
    // settles the year; the years the article names, a day told before and a term's edge only where years are left.)
    // (Bound methods, not arrow functions: each arrow made costs a call to name it, bound or not.)
    const a = inferYear({ day: p.day, month: p.month, weekday: p.dayEnd === null ? p.weekday : null, constraints: this.constraints.bind(this, continues && earlier ? [earlier, e] : [e]), published: this.yearAnchor, publishedFrom: this.publishedFrom, updated: this.facts.updated ?? null, mentionedYears: this.mentionedYears, plannedFor: this.plannedFor, after: this.toldBefore.bind(this, e), tenureEdge: this.tenureEdgeOf.bind(this, e) }, this.registry);
    // A day a few days after the publication's, whose year only the publication gives: a report of what is to come
    // (a preview: "Từ ngày 14 đến 17/11, A dẫn đầu đoàn dự …" published on 13/11), not of last year's.
    const ahead = a.fromPublication && this.published && !p.monthOnly ? daysAhead(`${this.published.slice(0, 4)}-${pad(p.month)}-${pad(p.day)}`, this.published) : 0;
    if (ahead > 0 && ahead <= PREVIEW_DAYS) return { unresolved: `planned, not reported as held: ${p.day}/${p.month} is ${ahead} day${ahead > 1 ? "s" : ""} after the article's publication on ${this.published}${this.publishedFrom === "date_line" ? " (a date line)" : ""}, whose year alone gives its own` };
    return { p, year: a.year, candidates: a.candidates, why: a.fromPublication && this.publishedBasis ? (a.against ? `${this.publishedBasis}; ${a.against}` : this.publishedBasis) : a.basis };
    }
}

/**
 * Of the days a sentence writes, those in the clause of its encounter's first marker, when they differ ("B tới Hà Nội
 * tối thứ Năm, hội đàm với A chiều thứ Sáu rồi rời …": the talks are on the Friday). The clause runs from the comma,
 * semicolon or list word (`list_joiners`) before the marker to the first after it; with no day in it, every day of the
 * sentence, as before.
 */
function inMarkerClause(e: EventMention, dates: readonly DateMention[], grammar: Grammar): readonly DateMention[] {
  if (dates.length < 2 || dates.every((d) => sameDay(d, dates[0]!))) return dates;
  const clause = markerClause(e, grammar);
  const own = clause ? dates.filter((d) => d.start >= clause.start && d.end <= clause.end) : [];
  return own.length ? own : dates;
}

/**
 * The dates that are not of a later action: past the encounter's marker and its object, a word of `later_action_openers`
 * opens a clause of what its subject did next ("A vừa dự Hội nghị X ở Viêng Chăn, rồi bay sang Hà Nội trước khi vào TP HCM
 * sáng nay"), whose dates are that action's. (Not right after the marker: "hội đàm sau đó vào chiều 5/3" dates the talks.)
 */
function beforeLaterAction(e: EventMention, dates: readonly DateMention[], grammar: Grammar): readonly DateMention[] {
  const at = dates.length ? markerAt(e) : -1;
  if (at < 0) return dates;
  const from = at + e.triggers[0]!.length;
  const later = grammar.laterAction.exec(e.sentence.slice(from));
  if (!later || !LETTER.test(e.sentence.slice(from, from + later.index))) return dates;
  const cut = e.start + from + later.index;
  return dates.filter((d) => d.start < cut);
}

/** Where the encounter's first marker stands in its sentence (-1 when it has none). */
function markerAt(e: EventMention): number {
  return e.triggers.length ? e.sentence.indexOf(e.triggers[0]!) : -1;
}

/** Whether two date mentions write the same day (or span, weekday, relative day). */
function sameDay(a: DateMention, b: DateMention): boolean {
  return a.day === b.day && a.dayEnd === b.dayEnd && a.month === b.month && a.year === b.year && a.relative === b.relative && a.weekday === b.weekday;
}

/** Where the clause of the encounter's first marker lies in the text: from the comma, semicolon or list word before it to the first after it (null when it has no marker). */
function markerClause(e: EventMention, grammar: Grammar): { readonly start: number; readonly end: number } | null {
  const at = markerAt(e);
  if (at < 0) return null;
  let from = 0;
  let to = e.sentence.length;
  for (const b of [...allMatches(CLAUSE_BREAK, e.sentence), ...allMatches(grammar.listWords, e.sentence)]) {
    if (b.index + b[0].length <= at) from = Math.max(from, b.index + b[0].length);
    else if (b.index >= at + e.triggers[0]!.length) to = Math.min(to, b.index);
  }
  return { start: e.start + from, end: e.start + to };
}
const CLAUSE_BREAK = /[,;]/g;
/** A clause that opens by putting what it tells at the time of the clause before (", khi", ", lúc"; not "sau khi"). */
const SAME_TIME = /[,;]\s*(?:khi|lúc)(?!\p{L})/iu;
/** Between two dates of one list: "ngày 12 và ngày 13/3", "12, 13/3" (see `reported`). */
const JOINED_DATE = /^\s*(?:,|và(?!\p{L})|hoặc(?!\p{L}))\s*/u;

/** The dates an article's regions write, at their places in its text. */
function articleDates(facts: ArticleFacts, grammar: Grammar): DateMention[] {
  // "tháng này" is the month of publication (given, or printed in a date line without its year).
  const publicationMonth = facts.published ? Number(facts.published.slice(5, 7)) : (facts.dateline?.month ?? null);
  const dates: DateMention[] = [];
  // (Loops and one copy of each mention, not a spread of a spread in nested callbacks: this runs for every date of every article.)
  for (const r of facts.regions) {
    for (const d of findDates(facts.text.slice(r.start, r.end), grammar)) {
      const start = d.start + r.start;
      const end = d.end + r.start;
      dates.push(d.relative === "this_month" && publicationMonth !== null ? { ...d, month: publicationMonth, monthEnd: publicationMonth, start, end } : { ...d, start, end });
    }
  }
  return dates;
}

/**
 * Pass 2: encounters of one article are of one visit; years all of them allow. (No pass after it: the first year
 * after the latest the article names, once taken as "reports speak of the recent past", was wrong in two reports of
 * five where it was the only evidence; several years left are left out.)
 */
function settleTogether(steps: readonly (Step | Unresolved)[]): void {
  const open = steps.filter((s): s is Step => "p" in s && s.year === null && s.candidates.length > 1);
  if (!open.length) return;
  const sets = steps.filter((s): s is Step => "p" in s && s.p.year === null).map((s) => s.candidates);
  const common = sets.reduce((acc, c) => acc.filter((y) => c.includes(y)));
  if (common.length !== 1) return;
  for (const s of open) {
    s.year = common[0]!;
    s.why = `${s.why}; together with the article's other encounters only ${common[0]} fits`;
  }
}

/** An encounter's date as published, from its step. */
function eventDate(s: Step, event: EventMention, published: string | null, publishedFrom: "given" | "date_line" | "month", facts: ArticleFacts): EventDate | Unresolved {
  const { p } = s;
  if (s.year === null) {
    // The date in each year that fits, when a few do: another article may date the same meeting (see merge.ts).
    // (More years than `FEW_YEARS`: each is a candidate still, up to `MOST_YEARS`, but joins only a meeting with a person
    // of each side in common: see merge.ts.)
    const candidates = s.candidates.length > MOST_YEARS ? [] : s.candidates.flatMap((y) => {
      const d = eventDate({ ...s, year: y, why: `${y}, one of the years that fit (${s.why})` }, event, published, publishedFrom, facts);
      // (A day, or a visit's span of a week at most: a month holds too many days of other meetings of the same people.)
      return "unresolved" in d || d.precision === "month" || daysAhead(d.date_end, d.date_start) > WEEK ? [] : [d];
    });
    return { unresolved: `no single year: ${s.why}`, ...(candidates.length > 1 ? { candidates } : {}) };
  }
  const inferred = p.year === null || p.yearFromPublication === true;
  const basis = inferred && s.why ? `${p.how}; year ${s.year}: ${s.why}` : p.how;
  const start = `${s.year}-${pad(p.month!)}-${pad(p.day!)}`;
  const end = p.dayEnd ? `${s.year}-${pad(p.monthEnd ?? p.month!)}-${pad(p.dayEnd)}` : start;
  // No report precedes its encounter: one dated after the article's publication is announced, not held.
  if (published && start > published) return { unresolved: `planned, not reported as held: dated ${start}, after the article's publication on ${published}${publishedFrom === "date_line" ? " (a date line)" : ""}` };
  if (p.monthOnly) {
    const first = `${s.year}-${pad(p.month!)}-01`;
    return { date_start: first, date_end: `${s.year}-${pad(p.month!)}-${pad(daysInMonth(s.year, p.month!))}`, precision: "month", time_of_day: null, year_inferred: inferred, basis } satisfies EventDate;
  }
  // A forum on one day of the edition the article names ("Tối 31/5, Đối thoại Shangri-La lần thứ 21 khai mạc …") is held
  // over that edition's days (reference/series.json), not on the day its sentence writes.
  const edition = event.type === "conference" && !p.dayEnd ? editionHolding(start, facts) : undefined;
  if (edition) return { date_start: edition.start, date_end: edition.end, precision: "range", time_of_day: null, year_inferred: inferred, basis: `${basis}; held over the days of ${edition.name}, ${edition.start} to ${edition.end}` } satisfies EventDate;
  return { date_start: start, date_end: end, precision: p.dayEnd ? "range" : "day", time_of_day: p.tod, year_inferred: inferred, basis } satisfies EventDate;
}

/** The one edition of several days the article names whose days hold `day` (ISO), if there is exactly one. */
function editionHolding(day: string, facts: ArticleFacts): { readonly start: string; readonly end: string; readonly name: string } | undefined {
  if (facts.everyEdition && !facts.everyEdition.some((x) => heldOver(x, day))) return undefined;
  const held = (facts.editions?.() ?? []).filter((x) => heldOver(x, day));
  return held.length === 1 ? held[0] : undefined;
}

/** Whether an edition within one year holds a day of the year ("MM-DD"), as the day's edition must. */
function heldOnMonthDay(x: { readonly start: string; readonly end: string }, monthDay: string): boolean {
  return x.start.slice(0, 4) === x.end.slice(0, 4) && x.start.slice(5) <= monthDay && monthDay <= x.end.slice(5);
}

/** Whether an edition of several days holds a day (ISO), as a forum's edition over several days must. */
function heldOver(x: { readonly start: string; readonly end: string }, day: string): boolean {
  return x.start !== x.end && x.start <= day && day <= x.end;
}

/** Whether a date stands inside brackets opened after `from` (its sentence's start) and not closed before it. */
function inBrackets(text: string, from: number, d: { start: number }, grammar: Grammar): boolean {
  const before = text.slice(from, d.start);
  const open = before.lastIndexOf("(");
  if (open <= before.lastIndexOf(")")) return false;
  // (Not a bracket right after a word of the day, which writes the day that word speaks of: "Chiều nay (18/5)", "hôm
  // qua (17/5)", "thứ Sáu (18/5)".)
  return !dayWordAtEnd(grammar).test(before.slice(Math.max(0, open - 30), open));
}

const dayWords = new WeakMap<Grammar, RegExp>();
/** A word of the day at the end of a text: a time of day, "nay", "qua", a weekday. */
function dayWordAtEnd(grammar: Grammar): RegExp {
  let re = dayWords.get(grammar);
  if (!re) dayWords.set(grammar, (re = new RegExp(`(?<![\\p{L}\\p{M}])(?:${grammar.timeOfDaySource}|nay|qua|thứ\\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\\s+nhật)\\s*$`, "iu")));
  return re;
}

/** How many days after publication a day without its year is read as one to come rather than a year back. */
const PREVIEW_DAYS = 14;

/** Days from `from` to `to` (ISO dates; negative when `to` is earlier). */
function daysAhead(to: string, from: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

interface Step {
  readonly p: Partial;
  year: number | null;
  readonly candidates: readonly number[];
  why: string;
}


/**
 * A day written without its month, and no month before it ("Ngày 24, …"): the latest such day on or before the
 * publication. Only the month is taken; the year is reasoned from the publication date as any other's.
 */
function beforePublication(d: DateMention, published: string, how: string): Partial {
  const [year, month, day] = published.split("-").map(Number) as [number, number, number];
  return fromMention(d, onOrBefore(d.day!, { day, month, year }).month, `${how}, the latest such day on or before the publication (${published})`);
}

/** The month and year of the latest `day` of a month on or before a reference day: its month, or the month before when `day` is later. */
function onOrBefore(day: number, ref: { readonly day: number | null; readonly month: number | null; readonly year: number | null }): { month: number; year: number | null } {
  const sameMonth = day <= ref.day!;
  const month = sameMonth ? ref.month! : ref.month! === 1 ? 12 : ref.month! - 1;
  return { month, year: ref.year === null ? null : sameMonth || ref.month! !== 1 ? ref.year : ref.year - 1 };
}

/** Whether a span holds a day (a day without its month is taken in the span's months). */
function spanHolds(r: DateMention, d: DateMention): boolean {
  if (r.day === null || r.dayEnd === null || r.month === null || d.day === null) return false;
  const last = r.monthEnd ?? r.month;
  const months = d.month !== null ? [d.month] : [r.month, last];
  return months.some((m) => monthDayNumber(m, d.day!) >= monthDayNumber(r.month!, r.day!) && monthDayNumber(m, d.day!) <= monthDayNumber(last, r.dayEnd!)) && (d.year === null || r.year === null || d.year === r.year);
}

/** A day of the year as a number that orders days (month × 100 + day). */
function monthDayNumber(month: number, day: number): number {
  return month * 100 + day;
}

/** Four-digit years written where no date mention stands, after a capitalised word (a name's year: "APEC 2017", "Hội nghị ADMM+ 2020"). */
function yearsInNames(text: string, dates: readonly DateMention[]): { start: number; end: number; year: number }[] {
  const out: { start: number; end: number; year: number }[] = [];
  // The year is found first and the word before it read after: an expression that opened with the word as a
  // lookbehind tried it at every place of the text.
  for (const m of text.matchAll(YEAR)) {
    if (!/\s/u.test(text.charAt(m.index - 1)) || !NAME_WORD_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    if (dates.some((d) => d.start <= m.index && m.index < d.end)) continue;
    out.push({ start: m.index, end: m.index + 4, year: Number(m[0]) });
  }
  return out;
}
const YEAR = /(?:19|20)\d{2}(?![\d\p{L}/-]|\.\d)/gu;
/** A word with a capital letter in it ("APEC", "ADMM+", "iPhone"), then the space before the year. */
const NAME_WORD_BEFORE = /(?<![\p{L}\p{M}+])[\p{L}\p{M}+]*\p{Lu}[\p{L}\p{M}+]*\s$/u;

/**
 * Whether a date is a wire service's dateline: followed by "điện" (电, "… ngày 15 tháng 11 điện"), or in brackets right
 * after it ("Manila điện (2017-10-24)"), or followed by the agency's initials in brackets and a dash ("Osaka, 08/03/2016
 * (TTXVN) - Ngày 6/3, …"), or after a translation's "báo đạo" (报道, "reports") and before a dash ("Nhân Dân võng báo
 * đạo ngày 20 tháng 11 năm 2013 - …").
 */
function wireDate(text: string, d: { start: number; end: number }): boolean {
  const after = text.slice(d.end, d.end + 24);
  const before = text.slice(Math.max(0, d.start - 16), d.start);
  return WIRE_AFTER.test(after) || WIRE_AGENCY.test(after) || WIRE_BEFORE.test(before) || (WIRE_REPORTS.test(before) && WIRE_DASH.test(after));
}
const WIRE_REPORTS = /(?<![\p{L}\p{M}])báo\s+đạo\s+(?:ngày\s+)?$/u;
const WIRE_DASH = /^\s*[-–—]\s/u;
const WIRE_AFTER = /^\s*\)?\s*điện(?![\p{L}\p{M}])/u;
const WIRE_AGENCY = /^\s*\(\s*\p{Lu}[\p{Lu}\d.&/ -]{1,14}\)\s*[-–—]/u;
const WIRE_BEFORE = /(?<![\p{L}\p{M}])điện\s*\(\s*$/u;

function fromMention(d: DateMention, month: number | null, how: string): Partial {
  return { day: d.day, dayEnd: d.dayEnd, month, ...(d.monthEnd !== null && d.monthEnd !== month ? { monthEnd: d.monthEnd } : {}), year: d.year, tod: d.timeOfDay, how: `"${d.text}" ${how}`, weekday: d.kind === "day" ? (d.weekday ?? null) : null };
}

/**
 * The month that dates an encounter whose sentence writes no day (see `month_openers`): one written without its day
 * ("tháng 3/2023", "tháng 6", "tháng 6 vừa qua", "tháng 7 năm ngoái", "tháng trước") that opens the sentence, only
 * those words and punctuation before it ("Hồi tháng trước, …", "Trước đó, vào tháng 3/2023, …"); or that follows a
 * marker in its clause, one of those words right before it and no plan or past cue between ("… đã điện đàm với B vào
 * tháng 6 vừa qua", not "… hội đàm và nhất trí sẽ tổ chức đối thoại vào tháng 8" nor "… sau cuộc gặp hồi tháng 5"). A month in any other place is
 * background ("Tiếp nối chuyến thăm tháng 3/2023, …") and dates nothing.
 */
export function governingMonth(e: Pick<EventMention, "sentence" | "triggers">, grammar: Grammar): DateMention | undefined {
  const sentence = e.sentence;
  if (!MONTH_WORD.test(sentence)) return undefined;
  const months = findDates(sentence, grammar).filter((d) => d.kind === "month" || d.relative === "last_month" || (d.kind === "relative" && d.relative === "this_month"));
  for (const m of months) {
    const before = sentence.slice(0, m.start);
    if (grammar.monthOpening.test(before)) return m;
    // The month of the visit the sentence opens with, before any marker ("Trong chuyến thăm hồi tháng 4, ông B được … tiếp").
    if (!/[,;:.!?]/u.test(before) && frameOf(before, grammar)?.frame === "visit" && !grammar.markerWords.anyIn(before)) return m;
    if (!grammar.monthAfterMarker.test(before)) continue;
    const marker = Math.max(...e.triggers.map((t) => { const at = before.lastIndexOf(t); return at < 0 ? -1 : at + t.length; }));
    if (marker < 0) continue;
    const between = sentence.slice(marker, m.start);
    // (Another marker between names another occasion the month is of: "… điện đàm với B sau cuộc gặp hồi tháng 5"; not
    // the occasion it took place within, "… gặp B bên lề Đối thoại X hồi tháng 6", whose month it is too.)
    if (/[,;:.!?]/u.test(between) || grammar.planned.test(between) || grammar.pastCue.test(between) || (grammar.markerWords.anyIn(between) && !occasionsOnly(between, grammar))) continue;
    return m;
  }
  return undefined;
}

const MONTH_WORD = /tháng/iu;

/** Whether every marker word in `text` names an occasion an encounter is placed within ("bên lề Hội nghị X": `duringSetting`). */
function occasionsOnly(text: string, grammar: Grammar): boolean {
  for (const word of grammar.markerWords.in(text)) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) if (!grammar.duringSetting.test(text.slice(0, at))) return false;
  }
  return true;
}

/**
 * The month of such a mention: its year as written; "tháng trước" the month before the publication's; "tháng 7 năm
 * ngoái" and "tháng 6 năm nay" in the year before or of publication; otherwise (no year, or "tháng 6 vừa qua") the
 * year is reasoned as a day's is, from its first day (the publication date puts it in the latest such month on or
 * before publication). Null when the month counts from a publication date the article does not give.
 */
function fromMonth(d: DateMention, published: string | null, yearAnchor: string | null): Partial | null {
  const base = { monthOnly: true as const, day: 1, dayEnd: null, tod: null, weekday: null };
  if (d.kind === "relative" && d.relative === "this_month" && d.day !== null && d.dayEnd !== null) {
    // A part of the month of publication ("đầu tháng này"): its days up to the publication day.
    if (!published) return null;
    const year = Number(published.slice(0, 4));
    const month = Number(published.slice(5, 7));
    const last = Math.min(d.dayEnd, daysInMonth(year, month), Number(published.slice(8, 10)));
    return { day: d.day, dayEnd: last > d.day ? last : null, month, year, tod: null, weekday: null, how: `"${d.text}" is part of the month of the publication date ${published}`, yearFromPublication: true };
  }
  if (d.relative === "last_month") {
    if (!published) return null;
    const y = Number(published.slice(0, 4));
    const m = Number(published.slice(5, 7));
    const month = m === 1 ? 12 : m - 1;
    const year = m === 1 ? y - 1 : y;
    // A part of it ("đầu tháng trước"): a range of its days.
    if (d.day !== null && d.dayEnd !== null) return { day: d.day, dayEnd: Math.min(d.dayEnd, daysInMonth(year, month)), month, year, tod: null, weekday: null, how: `"${d.text}" is part of the month before the publication date ${published}`, yearFromPublication: true };
    return { ...base, month, year, how: `"${d.text}" is the month before the publication date ${published}`, yearFromPublication: true };
  }
  if (d.year === null && (d.relative === "last_year" || d.relative === "this_year")) {
    if (!yearAnchor) return null;
    const y = Number(yearAnchor.slice(0, 4)) - (d.relative === "last_year" ? 1 : 0);
    const how = `"${d.text}" is in the year ${d.relative === "last_year" ? "before" : "of"} the publication date ${yearAnchor}`;
    // A part of it ("đầu tháng 4 năm ngoái"): a range of its days.
    if (d.day !== null && d.dayEnd !== null) return { day: d.day, dayEnd: Math.min(d.dayEnd, daysInMonth(y, d.month!)), month: d.month, year: y, tod: null, weekday: null, how, yearFromPublication: true };
    return { ...base, month: d.month, year: y, how, yearFromPublication: true };
  }
  return { ...base, month: d.month, year: d.year, how: `"${d.text}" written in the sentence, a month with no day` };
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** The frame a sentence with no date of its own opens with ("Trong thời gian ở Tokyo", "Trước đó", "Trước đó một ngày"), if any. */
function frameOf(sentence: string, grammar: Grammar): TimeFrame | undefined {
  const m = grammar.timeFrameOpening.exec(sentence);
  return m ? grammar.timeFrame.get(m[1]!.toLowerCase()) : undefined;
}

/**
 * Relative dates the publication date resolves: "hôm nay", "hôm qua", "hôm thứ Tư" (the last such day on or before
 * it); "tuần này" (from its Monday to the publication day), "tuần trước" (the calendar week before, Monday to
 * Sunday) and "Mới đây, …" (the month before the publication day), published as ranges.
 */
const BEFORE_PUBLICATION = new Set<DateMention["relative"]>(["today", "yesterday", "weekday", "this_week", "last_week", "last_weekend", "lately"]);

/** Those of them that name one day ("hôm nay", "hôm qua", "hôm thứ Tư"). */
export const ONE_DAY_BEFORE_PUBLICATION: ReadonlySet<DateMention["relative"]> = new Set(["today", "yesterday", "weekday"]);

/** The time a date a plan governs names: its last day (the day, else its month's last, else its year's) and how finely. */
function planBound(d: DateMention): PlanBound {
  const month = d.monthEnd ?? d.month;
  if (month === null) return { last: `${d.year}-12-31`, precision: "year" };
  const day = d.dayEnd ?? d.day;
  return { last: `${d.year}-${pad(month)}-${pad(day ?? daysInMonth(d.year!, month))}`, precision: day === null ? "month" : "day" };
}
const FINER: Readonly<Record<PlanBound["precision"], number>> = { year: 0, month: 1, day: 2 };

/** How far back in its clause a plan cue reaches a date ("dự kiến sẽ được tổ chức trong giai đoạn tới như khóa huấn luyện … (tháng 3-2018)"). */
const PLAN_REACH = 300;

/** How far back "Mới đây, …" reaches from the publication date: a month, the precision the codebook asks at least. */
const LATELY_DAYS = 30;

/** The held word that says an encounter's marker is recent ("vừa" before it, two words between at most: "A vừa tiếp B", "A vừa có cuộc điện đàm với B"), if one does. */
export function recentMarker(e: Pick<EventMention, "sentence" | "triggers">, grammar: Grammar): string | undefined {
  const lower = e.sentence.toLowerCase();
  for (const word of grammar.recentWords) {
    for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
      if (at > 0 && LETTER.test(lower[at - 1]!)) continue;
      let rest = lower.slice(at + word.length).replace(/^\s+/u, "");
      if (rest.length === lower.length - at - word.length) continue; // no space after it: part of a longer word
      // The marker right after it, or two words on at most ("vừa có cuộc điện đàm", "vừa chủ trì lễ đón").
      for (let skipped = 0; skipped <= 2; skipped++) {
        if (e.triggers.some((t) => rest.startsWith(t.toLowerCase()) && !LETTER.test(rest[t.length] ?? " "))) return e.sentence.slice(at, at + word.length);
        const next = /^[\p{L}\p{M}]+\s+/u.exec(rest);
        if (!next) break;
        rest = rest.slice(next[0].length);
      }
    }
  }
  return undefined;
}
const LETTER = /[\p{L}\p{M}]/u;

/** The days before publication a recent marker places its encounter in (`LATELY_DAYS`, as "Mới đây, …"). */
function recentSpan(word: string, published: string): Partial | null {
  return latelySpan(word, published, `"${word}" before its marker, with no date of its own: the days before the publication date ${published}`);
}

/** The days before publication, for an encounter of an article that writes no date (see `stepOf`). */
function newsSpan(published: string): Partial | null {
  return latelySpan("", published, `told with no date in an article that writes none, published ${published}: the ${LATELY_DAYS} days before it`);
}

/** Whether an ISO day is further back than `LATELY_DAYS` before an article's publication: no news of the article's. */
export function longBeforePublication(day: string, published: string): boolean {
  return daysAhead(published, day) > LATELY_DAYS;
}

/** The `LATELY_DAYS` before publication, as "Mới đây" places an encounter, with how it was read. */
function latelySpan(text: string, published: string, how: string): Partial | null {
  const p = fromPublication({ start: 0, end: 0, text, kind: "relative", day: null, dayEnd: null, month: null, monthEnd: null, year: null, timeOfDay: null, relative: "lately" }, published);
  return p && { ...p, how };
}

/** Whether a date the article writes (its year, when not written, the latest on or before publication) is within the days a recent marker allows. */
export function withinLately(d: DateMention, published: string): boolean {
  if (d.kind === "relative") return true;
  if (d.month === null || d.day === null) return false;
  const pubYear = Number(published.slice(0, 4));
  const on = (y: number) => `${y}-${pad(d.month!)}-${pad(d.day!)}`;
  const day = d.year !== null ? on(d.year) : on(on(pubYear) <= published ? pubYear : pubYear - 1);
  const back = daysAhead(published, day);
  return back >= 0 && back <= LATELY_DAYS;
}

/** A date counted from the publication date, told as the article's first date. */
function firstDate(p: Partial | null): Partial | null {
  return p && { ...p, how: `${p.how}, the article's first date` };
}

function fromPublication(d: DateMention, published: string): Partial | null {
  const pub = new Date(`${published}T00:00:00Z`);
  if (d.relative === "this_week" || d.relative === "last_week" || d.relative === "last_weekend" || d.relative === "lately") {
    const sinceMonday = (pub.getUTCDay() + 6) % 7;
    // (The weekend of the week before: its Saturday, five days after that week's Monday, and Sunday.)
    const back = d.relative === "lately" ? LATELY_DAYS : d.relative === "last_weekend" ? sinceMonday + 2 : sinceMonday + (d.relative === "last_week" ? 7 : 0);
    const from = new Date(pub.getTime() - back * 86_400_000);
    const to = d.relative === "last_week" ? new Date(from.getTime() + 6 * 86_400_000) : d.relative === "last_weekend" ? new Date(from.getTime() + 86_400_000) : pub;
    // A week across New Year cannot be one year's span: not placed.
    if (from.getUTCFullYear() !== to.getUTCFullYear()) return null;
    const same = from.getTime() === to.getTime();
    return {
      day: from.getUTCDate(),
      dayEnd: same ? null : to.getUTCDate(),
      month: from.getUTCMonth() + 1,
      ...(same || to.getUTCMonth() === from.getUTCMonth() ? {} : { monthEnd: to.getUTCMonth() + 1 }),
      year: from.getUTCFullYear(),
      tod: d.timeOfDay,
      how: `"${d.text}" counted back from the publication date ${published}`,
      yearFromPublication: true,
    };
  }
  // A weekday of a week named ("thứ Tư tuần trước"): that day of the week (Monday first); else the last such day.
  const week = d.weeksBack !== undefined && d.weekday != null ? (pub.getUTCDay() + 6) % 7 + 7 * d.weeksBack - (d.weekday + 6) % 7 : null;
  if (week !== null && week < 0) return null; // later this week than the publication: not yet held
  const back = week ?? (d.relative === "today" ? 0 : d.relative === "yesterday" ? 1 : (pub.getUTCDay() - (d.weekday ?? pub.getUTCDay()) + 7) % 7);
  const day = new Date(pub.getTime() - back * 86_400_000);
  return {
    day: day.getUTCDate(),
    dayEnd: null,
    month: day.getUTCMonth() + 1,
    year: day.getUTCFullYear(),
    tod: d.timeOfDay,
    how: `"${d.text}" counted back from the publication date ${published}`,
    yearFromPublication: true,
  };
}

/**
 * Whether the sentence of an encounter says a term of office ends or begins there (`tenure_edges`), and whose: the
 * participant named last before the words ("tiếp Đại sứ B đến chào nhân dịp kết thúc nhiệm kỳ" is B's term), or,
 * where they open the sentence, the first named after them ("Nhân dịp kết thúc nhiệm kỳ, Đại sứ B đến chào A"). Else
 * the headline may say it, of a person it names or of a post ("Tùy viên Quốc phòng Nhật Bản mãn nhiệm chào …"): the
 * participant so named, or holding a post whose title stands right before the words.
 */
function tenureEdgeIn(e: EventMention, headline: { start: number; end: number } | null, facts: ArticleFacts, registry: Registry, grammar: Grammar): { edge: "end" | "start"; personId: string } | null {
  const named = e.participants.filter((p) => p.personId);
  const m = grammar.tenureEdge.exec(e.sentence);
  if (m) {
    const edge = grammar.tenureEdgeOf.get(m[1]!.toLowerCase());
    const before = named.filter((p) => p.end - e.start <= m.index).reduce<PersonMention | undefined>((last, p) => (!last || p.end > last.end ? p : last), undefined);
    const after = named.filter((p) => p.start - e.start >= m.index + m[0].length).reduce<PersonMention | undefined>((first, p) => (!first || p.start < first.start ? p : first), undefined);
    const whose = before ?? after;
    return edge && whose?.personId ? { edge, personId: whose.personId } : null;
  }
  if (!headline || (headline.start <= e.start && e.end <= headline.end)) return null;
  const title = facts.text.slice(headline.start, headline.end);
  const h = grammar.tenureEdge.exec(title);
  const edge = h && grammar.tenureEdgeOf.get(h[1]!.toLowerCase());
  if (!h || !edge) return null;
  // The longest run of words ending at the words that is a title of a participant's post ("A tiếp Tùy viên Quốc
  // phòng Nhật Bản mãn nhiệm": the attaché's, not the host's named before).
  const words = title.slice(0, h.index).trim().split(/\s+/u);
  for (let i = 0; i < words.length - 1; i++) {
    const ids = registry.officesByTitle(words.slice(i).join(" "));
    const holder = ids.length ? named.find((p) => p.officeIds.some((id) => ids.includes(id))) : undefined;
    if (holder?.personId) return { edge, personId: holder.personId };
  }
  // Else a participant the headline names right before the words ("Đại sứ B mãn nhiệm").
  const at = headline.start + h.index;
  const just = (facts.mentions ?? []).find((p) => p.personId && p.start >= headline.start && p.end <= at && /^[\s,]*$/u.test(facts.text.slice(p.end, at)));
  return just?.personId && named.some((p) => p.personId === just.personId) ? { edge, personId: just.personId } : null;
}
