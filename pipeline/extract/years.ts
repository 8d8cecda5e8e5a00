import type { Person, Position, Registry } from "../registry/index.ts";
import { certainInterval, lastDayOfPeriod, lookupInterval } from "../registry/dates.ts";

/**
 * The year of a date written without one ("Chiều 3/6"), reasoned from
 * evidence and never guessed:
 *
 * - the publication date: news reports what just happened, so the year is
 *   the one that puts the date on or before publication and within a year of it.
 *   A date given by the manifest or the page's metadata settles the year; one
 *   read off a date line in the text (or a month-only header, read as its
 *   month's last day) can be a page clock printing a later day, so it is
 *   outvoted when the posts the people are given exclude its year, and then
 *   only bounds the year from above;
 * - the people named with their posts: only years in which every one of them
 *   held a stated office (and a stated rank, where the registry knows when
 *   it was reached) on that day;
 * - a weekday printed with the date ("Thứ Hai, 24/10");
 * - a term told to end or begin at the encounter ("đến chào nhân dịp kết thúc
 *   nhiệm kỳ"): the years in which the day falls in that post's last (or first) half year;
 * - years written elsewhere in the article ("kế hoạch hợp tác năm 2020"),
 *   used only to choose among years the people allow;
 * - an update stamp ("Cập nhật: 10:15 | 05/03/2023"), the weakest: the page
 *   existed then, so it bounds the year from above, and when the other
 *   evidence has narrowed the years but left several, it chooses the one that
 *   puts the date on or before it. Alone it decides nothing (a page may be
 *   updated years after it was published), unless it falls on the day or a
 *   few days after it: then it is the report's, and its year the day's.
 *
 * The result lists the years that survive and says why; `year` is set only
 * when exactly one does.
 */
export interface RoleConstraint {
  readonly personId: string;
  /** Offices the text gives the person; any one of them satisfies the constraint. Empty: no office stated. */
  readonly officeIds: readonly string[];
  /** Rank as written before the name, if any. */
  readonly rank: string | null;
  /** How the text names the person and post, for the basis ("Kishi Nobuo, Bộ trưởng Bộ Quốc phòng"). */
  readonly label: string;
  /** The text writes a post beside the name that names no registry office: a post the registry does not record. */
  readonly unrecordedPost?: boolean;
  /** Offices the text says the person held before ("nguyên Thủ tướng …"): the encounter is after their term in one of them. */
  readonly formerOfficeIds?: readonly string[];
}

/** The time a plan is put in: its last day (ISO) and whether the plan names a day, a month or a year alone. */
export interface PlanBound {
  readonly last: string;
  readonly precision: "day" | "month" | "year";
}

export interface YearQuestion {
  readonly day: number;
  readonly month: number;
  /** The people's posts (worked out when asked for: a publication date given settles the year without them). */
  readonly constraints: readonly RoleConstraint[] | (() => readonly RoleConstraint[]);
  /** ISO publication date, if known. */
  readonly published?: string | null;
  /**
   * Where `published` comes from: `given` (the manifest or the page's metadata; the default) settles the year;
   * `date_line` (read off the text) and `month` (a month-only header, as its month's last day) can be a page clock
   * and are outvoted by the posts people are given.
   */
  readonly publishedFrom?: "given" | "date_line" | "month";
  /** ISO date of the page's update stamp: weak evidence (see above). */
  readonly updated?: string | null;
  /** Weekday printed with the date: 0 = Sunday (Chủ nhật) … 6 = Saturday (Thứ Bảy). */
  readonly weekday?: number | null;
  /** Years written elsewhere in the article (worked out when asked for). */
  readonly mentionedYears?: readonly number[] | (() => readonly number[]);
  /**
   * The encounter's sentence says a term of office of one of its people ends ("B đến chào nhân dịp kết thúc nhiệm kỳ")
   * or begins ("B đến chào nhận nhiệm vụ") there: a farewell call is paid in a post's last year, a first call in its first.
   */
  readonly tenureEdge?: { readonly edge: "end" | "start"; readonly personId: string } | null | (() => { readonly edge: "end" | "start"; readonly personId: string } | null);
  /**
   * The earliest time a plan the article tells is put in ("… sẽ được tổ chức vào cuối năm 2023": 2023-12-31, a year;
   * "(tháng 3-2018)": 2018-03-31, a month): the encounter, told with the plan still ahead, is no later.
   */
  readonly plannedFor?: PlanBound | null | (() => PlanBound | null);
  /** A day the article tells as before the encounter ("… B. Trước đó, ngày 12/11/2023, hai bên …"): the encounter is later, in the first year after it that fits where that day rules a year out. */
  readonly after?: string | null | (() => string | null);
  /** Search window (inclusive). */
  readonly from?: number;
  readonly to?: number;
}

export interface YearAnswer {
  readonly year: number | null;
  /** Years consistent with all the evidence used. */
  readonly candidates: readonly number[];
  readonly basis: string;
  /** The publication date decided the year. */
  readonly fromPublication?: true;
  /** Evidence the publication date outweighed. */
  readonly against?: string;
}

export function inferYear(question: YearQuestion, registry: Registry): YearAnswer {
  const date = new YearlessDay(question.month, question.day, question.weekday ?? null);
  const from_ = question.publishedFrom ?? "given";
  // (Before the evidence is read: most articles give a publication date, and it alone settles the year.)
  if (question.published && from_ === "given") {
    const y = date.placed(question.published);
    return { year: y, candidates: [y], basis: `published ${question.published}: ${question.day}/${question.month} falls on or before it in ${y}`, fromPublication: true };
  }
  // A post the registry never gives its holder, in any year, is the article's slip or a translation's calque of
  // another post: a contradicted clue, outvoted by the person's own career rather than ruling out every year.
  const strayed = new Set<RoleConstraint>();
  const constraints = typeof question.constraints === "function" ? question.constraints() : question.constraints;
  const q = { ...question, constraints: constraints.map((c) => (neverHeld(registry, c) ? outvoted(c, strayed) : c)) };
  const from = q.from ?? 2000;
  const to = q.to ?? horizon(registry);
  const published = q.published ? (from_ === "month" ? `published in ${q.published.slice(0, 7)} (a month-only header)` : `published ${q.published} (a date line)`) : "";
  if (q.published) {
    // A date line settles the year unless the stated posts (or the weekday) rule that year out. Only bounds the
    // registry knows can: a post known from one attested day says nothing of the years around it.
    const y = date.placed(q.published);
    if (date.existsIn(y) && date.weekdayFits(y) && q.constraints.every((c) => !registry.person(c.personId) || holds(registry, c, date.in(y), ATTESTED_BOUNDS_IGNORED))) {
      return { year: y, candidates: [y], basis: `${published}: ${q.day}/${q.month} falls on or before it in ${y}`, fromPublication: true };
    }
  }

  const valid = range(from, to).filter((y) => date.existsIn(y));
  let years = valid;
  const why: string[] = [];

  if (q.weekday !== undefined && q.weekday !== null) {
    years = years.filter((y) => date.weekdayFits(y));
    why.push(`${q.day}/${q.month} is a ${WEEKDAYS[q.weekday]}`);
  }

  for (const c of q.constraints) {
    const person = registry.person(c.personId);
    if (!person) continue;
    const before = years.length;
    years = years.filter((y) => holds(registry, c, date.in(y)));
    if (years.length < before || c.officeIds.length || c.formerOfficeIds?.length) why.push(`${c.label}${describeTenure(registry, c)}`);
  }

  // Weaker evidence, used only where it leaves a year: a person named with no post the registry recognises
  // (a machine translation's calque, a bare name) is still someone the press meets in one of their known posts,
  // so the years in which they held none are unlikely. It never overrules a stated post or empties the list.
  // (Not a person given a post the registry does not record, "Trung tướng B, Tư lệnh Quân đoàn miền Trung": the
  // registry's posts are then not all they held, and say nothing of this year. Nor one given a post held before,
  // "nguyên Thủ tướng B", who may hold none now.)
  const careers = q.constraints.filter((c) => c.officeIds.length === 0 && !c.formerOfficeIds?.length && !c.unrecordedPost && registry.person(c.personId)?.positions.length);
  if (years.length > 1 && careers.length) {
    const inCareer = years.filter((y) => careers.every((c) => inSomePost(registry, c.personId, date.in(y))));
    if (inCareer.length > 0 && inCareer.length < years.length) {
      why.push(`${careers.map((c) => `${c.label}${describeCareer(registry, c.personId, strayed.has(c))}`).join("; ")}`);
      years = inCareer;
    }
  }

  if (q.published) {
    // Outvoted: a page clock prints a later day than the article's, never an earlier one. So the posts can move the
    // year back from the date line, never past it: a report cannot precede its encounter. Posts that allow only
    // later years are the weaker evidence then (a namesake, a stint the registry lacks), and the date line stands.
    const y = date.placed(q.published);
    const before = years.filter((y) => date.in(y) <= q.published!);
    if (before.length === 0 && date.existsIn(y) && date.weekdayFits(y)) {
      const against = "the posts stated would put it after the date line, which no report can be";
      return { year: y, candidates: [y], basis: `${published}: ${q.day}/${q.month} falls on or before it in ${y}; ${against}`, fromPublication: true, against };
    }
    why.push(`${published} would put it in ${y}, which the posts rule out (a page clock?)`);
    if (before.length) years = before;
  }
  const narrowed = years.length < valid.length;

  const plan = years.length > 1 ? (typeof q.plannedFor === "function" ? q.plannedFor() : q.plannedFor) : null;
  if (plan !== null && plan !== undefined) {
    const notLater = years.filter((y) => date.in(y) <= plan.last);
    if (notLater.length && notLater.length < years.length) {
      why.push(`a plan the article tells for ${planWritten(plan)} puts it no later`);
      years = notLater;
    }
  }

  // (A day told as just before the encounter, "Trước đó, ngày …", is its antecedent: the first year after it that fits.)
  const after = years.length > 1 ? (typeof q.after === "function" ? q.after() : q.after) : null;
  if (after && years.length > 1) {
    const later = years.filter((y) => date.in(y) > after);
    if (later.length && later.length < years.length) {
      why.push(`the first year after ${after}, a day the article tells as just before it`);
      years = later.slice(0, 1);
    }
  }

  const tenureEdge = years.length > 1 ? (typeof q.tenureEdge === "function" ? q.tenureEdge() : q.tenureEdge) : null;
  const told = tenureEdge ? q.constraints.find((c) => c.personId === tenureEdge.personId) : undefined;
  if (years.length > 1 && told) {
    const edge = tenureEdge!.edge;
    const near = years.filter((y) => atTermEdge(registry, told, date.in(y), edge));
    if (near.length && near.length < years.length) {
      why.push(`${told.label}: a term told ${edge === "end" ? "to end" : "to begin"} at the encounter, only ${near.join(", ")} within half a year of the ${edge} of the post`);
      years = near;
    }
  }

  // An update stamp on the encounter's own day or a few days after it is the report's: its year is the encounter's (a
  // year the article writes for another occasion, "… tại Đối thoại … tháng 3-2023", does not outvote it). So close to the
  // encounter's day and month it is no page clock of years later, whatever else narrowed the years or not.
  if (q.updated && years.length > 1) {
    const y = date.placed(q.updated);
    if (years.includes(y) && daysBetween(date.in(y), q.updated) <= STAMP_DAYS) {
      why.push(`the page's update stamp ${q.updated} falls ${date.in(y) === q.updated ? "on the encounter's day" : "a few days after it"}: ${y}`);
      years = [y];
    }
  }

  const named = years.length > 1 ? (typeof q.mentionedYears === "function" ? q.mentionedYears() : q.mentionedYears) : undefined;
  if (named?.length) {
    const mentioned = years.filter((y) => named.includes(y));
    if (mentioned.length === 1) {
      why.push(`the article names the year ${mentioned[0]}`);
      years = mentioned;
    }
  }

  if (q.updated && years.length > 1) {
    const before = years.filter((y) => date.in(y) <= q.updated!);
    const y = date.placed(q.updated);
    if (narrowed && before.includes(y)) {
      why.push(`the page's update stamp ${q.updated} (weak evidence) puts it in ${y}, the last year before the stamp that fits`);
      years = [y];
    } else if (before.length && before.length < years.length) {
      why.push(`the page was updated ${q.updated}: on or before it`);
      years = before;
    }
  }

  // A bound the registry knows only from a day someone was seen in the post holds with a year's slack; a year within
  // the days actually attested is the likelier where both remain after every other clue ("Sáng 10/6" of a post
  // attested from 9/10/2019 to 10/6/2020: 2020, not 2019).
  if (years.length > 1) {
    const attested = years.filter((y) => q.constraints.every((c) => !registry.person(c.personId) || holds(registry, c, date.in(y), 0)));
    if (attested.length > 0 && attested.length < years.length) {
      why.push(`only ${attested.join(", ")} within the days the posts are attested (the slack around them is weaker)`);
      years = attested;
    }
  }

  // A plan the article tells for a month ("… dự kiến được tổ chức vào tháng 6/2026") is the next thing its news speaks
  // of: with every other clue spent, the latest year that fits before it. (Not a plan for a year alone, "đến năm 2030",
  // which may be years away.)
  if (years.length > 1 && plan && plan.precision !== "year") {
    const before = years.filter((y) => date.in(y) <= plan.last);
    if (before.length) {
      why.push(`the latest year before the plan the article tells for ${planWritten(plan)}, the next thing its news speaks of`);
      years = [before.at(-1)!];
    }
  }

  const basis = why.length ? why.join("; ") : "no dated evidence";
  if (years.length === 1) return { year: years[0]!, candidates: years, basis: `${basis}: only ${years[0]} fits` };
  if (years.length === 0) return { year: null, candidates: [], basis: `${basis}: no year fits` };
  return { year: null, candidates: years, basis: `${basis}: ${years.join(", ")} all fit` };
}

/** A plan's time as the basis writes it: its year, or its month ("2023", "2018-03"; a day's plan by its month too). */
function planWritten(plan: PlanBound): string {
  return plan.precision === "year" ? plan.last.slice(0, 4) : plan.last.slice(0, 7);
}

/** A constraint whose posts the registry never gives the person: the person's career instead (remembered in `strayed`). */
function outvoted(c: RoleConstraint, strayed: Set<RoleConstraint>): RoleConstraint {
  const career = { ...c, officeIds: [] };
  strayed.add(career);
  return career;
}

/**
 * A day and month without their year, and the weekday printed with them, if any. (A class, not closures made in
 * `inferYear`: it runs for every encounter, and each closure it made cost a call to name it.)
 */
class YearlessDay {
  readonly #monthDay: string;

  constructor(
    readonly month: number,
    readonly day: number,
    readonly weekday: number | null,
  ) {
    this.#monthDay = `-${pad(month)}-${pad(day)}`;
  }

  /** The day in year `y`, as an ISO date. */
  in(y: number): string {
    return `${y}${this.#monthDay}`;
  }

  /** The year that puts the day on or before `anchor` (an ISO date). */
  placed(anchor: string): number {
    const y = Number(anchor.slice(0, 4));
    return this.in(y) <= anchor ? y : y - 1;
  }

  /** Whether year `y` has the day: every year has the 28 first days of each month, only leap years the 29th of February. */
  existsIn(y: number): boolean {
    return this.day <= 28 || validDay(y, this.month, this.day);
  }

  /** Whether the day falls on the weekday printed with it in year `y` (any year, when none is). */
  weekdayFits(y: number): boolean {
    return this.weekday === null || new Date(`${this.in(y)}T00:00:00Z`).getUTCDay() === this.weekday;
  }
}

/**
 * Whether `date` falls within half a year before the end (`edge` "end") or after the start ("start") of a post the
 * constraint states (any of the person's, where it states none). A bound known to the month or year may be any day
 * of it, and one only attested (a day the person was seen in office) may be up to a year further out.
 */
function atTermEdge(registry: Registry, c: RoleConstraint, date: string, edge: "end" | "start"): boolean {
  const person = registry.person(c.personId);
  if (!person) return false;
  return person.positions.some((p) => {
    if (c.officeIds.length && !c.officeIds.includes(p.office_id)) return false;
    if (edge === "end") {
      if (p.end === null) return false;
      const latest = p.end_precision === "attested" ? shift(p.end, ATTESTED_SLACK_DAYS) : lookupInterval(p)[1];
      return date <= latest && daysBetween(date, p.end) <= TERM_EDGE_DAYS;
    }
    const earliest = p.start_precision === "attested" ? shift(p.start, -ATTESTED_SLACK_DAYS) : p.start;
    return date >= earliest && daysBetween(certainInterval(p)[0], date) <= TERM_EDGE_DAYS;
  });
}

/** How many days after an encounter an update stamp still dates its report (the stamp of the day's report, edited since). */
const STAMP_DAYS = 3;

/** Days from one ISO date to a later one (negative when it is earlier). */
function daysBetween(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
}

/**
 * How near a term's end (or start) an encounter said to be at it falls: within half a year of its first possible
 * day. (A year would not tell apart the same day of two years when the registry knows the end to the month.)
 */
const TERM_EDGE_DAYS = 183;

/**
 * The last year worth considering by default: the latest year the registry
 * speaks of (not the clock, so the same input gives the same answer next year).
 */
function horizon(registry: Registry): number {
  let last = lastYears.get(registry);
  if (last === undefined) {
    last = 0;
    for (const p of registry.persons) {
      for (const pos of p.positions) last = Math.max(last, Number(pos.start.slice(0, 4)), pos.end ? Number(pos.end.slice(0, 4)) : 0);
    }
    lastYears.set(registry, last);
  }
  return last;
}
const lastYears = new WeakMap<Registry, number>();

/**
 * An `attested` bound is a day the person is known to have been in office,
 * not the day the tenure began or ended. To exclude a year on such evidence
 * would be a guess, so for year reasoning the tenure is taken to reach up to
 * a year beyond an attested bound.
 */
const ATTESTED_SLACK_DAYS = 366;

/**
 * For reasoning that lets only the bounds the registry knows exclude a year (a date line outvoted by the posts): an
 * attested bound then excludes nothing.
 */
const ATTESTED_BOUNDS_IGNORED = Number.POSITIVE_INFINITY;

function holds(registry: Registry, c: RoleConstraint, date: string, attestedSlackDays = ATTESTED_SLACK_DAYS): boolean {
  const person = registry.person(c.personId)!;
  if (c.officeIds.length && !person.positions.some((p) => c.officeIds.includes(p.office_id) && heldSpans(p, attestedSlackDays).some(([lo, hi]) => lo <= date && date <= hi))) return false;
  // A post held before: a term in it begun before the day, and none holding it on the day (unless the registry has
  // it still held, which a report of it as held before contradicts: that term counts as begun only).
  if (c.formerOfficeIds?.length) {
    const terms = person.positions.filter((p) => c.formerOfficeIds!.includes(p.office_id));
    if (!terms.some((p) => lookupInterval(p)[0] < date) || terms.some((p) => p.end !== null && heldOn(p, date))) return false;
  }
  if (c.rank) {
    // Only where the registry knows this rank's date: held from then until the next recorded rank.
    const span = rankSpans(person).get(c.rank);
    if (span && (date < span[0] || date > span[1])) return false;
  }
  return true;
}

/** Whether a position is held on `date`. */
function heldOn(p: Position, date: string): boolean {
  const [lo, hi] = lookupInterval(p);
  return lo <= date && date <= hi;
}

/**
 * The days on which a position counts as held for year reasoning: its lookup interval (registry/dates.ts), and where
 * a bound is only attested, the interval with that bound moved out by the slack. Worked out once per position, since
 * the year reasoning asks of each candidate year.
 */
function heldSpans(p: Position, attestedSlackDays: number): readonly (readonly [string, string])[] {
  let bySlack = spanCache.get(p);
  if (!bySlack) spanCache.set(p, (bySlack = new Map()));
  let spans = bySlack.get(attestedSlackDays);
  if (!spans) {
    spans = [lookupInterval(p)];
    if (p.start_precision === "attested" || p.end_precision === "attested") {
      const lo = p.start_precision === "attested" ? shift(p.start, -attestedSlackDays) : p.start;
      const hi = p.end === null ? "9999-12-31" : p.end_precision === "attested" ? shift(p.end, attestedSlackDays) : p.end;
      spans = [...spans, [lo, hi]];
    }
    bySlack.set(attestedSlackDays, spans);
  }
  return spans;
}
const spanCache = new WeakMap<Position, Map<number, readonly (readonly [string, string])[]>>();

/** Each recorded rank's span (`rankSpan`; the first record of a rank recorded twice), worked out once per person. */
function rankSpans(person: Person): ReadonlyMap<string, readonly [string, string]> {
  let spans = rankCache.get(person);
  if (!spans) {
    const sorted = [...person.ranks].sort((a, b) => (a.date < b.date ? -1 : 1));
    // Records of one rank in a row (its promotion, then days it is attested) are one stretch, which ends before the
    // next rank, not before the next record of the same one.
    const ranks = sorted.filter((r, i) => i === 0 || sorted[i - 1]!.rank !== r.rank);
    spans = new Map();
    ranks.forEach((r, i) => spans!.has(r.rank) || spans!.set(r.rank, rankSpan(ranks, i)));
    rankCache.set(person, spans);
  }
  return spans;
}
const rankCache = new WeakMap<Person, Map<string, readonly [string, string]>>();

type DatedRank = { readonly date: string; readonly precision?: "day" | "month" | "year" | "attested" };

/**
 * The days on which the person may have held `ranks[i]` (ranks sorted by date), as far as the records exclude any.
 * A promotion day (`day`, `month`, `year`: the first day of its period) opens the span; an `attested` date only shows
 * the rank held that day, so the span opens after the rank before it (or is open when none is recorded). The span
 * closes before the next rank is certain: the day before its date, or the last day of its month or year.
 */
export function rankSpan(ranks: readonly DatedRank[], i: number): [string, string] {
  const r = ranks[i]!;
  const prev = ranks[i - 1];
  const next = ranks[i + 1];
  const lo = r.precision !== "attested" ? r.date : prev ? shift(prev.date, 1) : "0000-01-01";
  const hi = !next ? "9999-12-31" : next.precision === "month" || next.precision === "year" ? lastDayOfPeriod(next.date, next.precision) : shift(next.date, -1);
  return [lo, hi];
}

/** Whether the person held any registry post on the date (as `holds` reads a stated one: attested bounds widened by a year). */
function inSomePost(registry: Registry, personId: string, date: string): boolean {
  const person = registry.person(personId)!;
  return holds(registry, { personId, officeIds: [...new Set(person.positions.map((p) => p.office_id))], rank: null, label: "" }, date);
}

function describeCareer(registry: Registry, personId: string, strayed: boolean): string {
  const spans = registry.person(personId)!.positions.map((p) => `${p.start.slice(0, 7)} – ${p.end ? p.end.slice(0, 7) : "today"}`);
  return ` (${strayed ? "a post the registry never gives them" : "no post stated"}; posts held ${[...new Set(spans)].join(", ")})`;
}

/** The constraint states posts, and the registry gives the person none of them in any year. */
function neverHeld(registry: Registry, c: RoleConstraint): boolean {
  const person = registry.person(c.personId);
  return !!person && c.officeIds.length > 0 && person.positions.length > 0 && !person.positions.some((p) => c.officeIds.includes(p.office_id));
}

function describeTenure(registry: Registry, c: RoleConstraint): string {
  const person = registry.person(c.personId)!;
  const spans = person.positions.filter((p) => c.officeIds.includes(p.office_id)).map(termSpan);
  const former = person.positions.filter((p) => c.formerOfficeIds?.includes(p.office_id)).map(termSpan);
  const told = [...(spans.length ? [`in office ${spans.join(", ")}`] : []), ...(former.length ? [`a post held before: ${former.join(", ")}`] : [])];
  return told.length ? ` (${told.join("; ")})` : "";
}

/** A term's months, as the basis tells them ("2021-10 – today"). */
function termSpan(p: Position): string {
  return `${p.start.slice(0, 7)} – ${p.end ? p.end.slice(0, 7) : "today"}`;
}

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** Weekday number of a Vietnamese weekday as printed: "Thứ Hai" → 1 … "Chủ nhật" → 0. */
export function weekdayOf(written: string): number | null {
  const w = written.toLowerCase().replace(/\s+/g, " ").trim();
  if (w.startsWith("chủ nhật")) return 0;
  const m = /^thứ (hai|ba|tư|năm|sáu|bảy|[2-7])$/.exec(w);
  if (!m) return null;
  const n = { hai: 2, ba: 3, tư: 4, năm: 5, sáu: 6, bảy: 7 }[m[1]!] ?? Number(m[1]);
  return n - 1;
}

function shift(iso: string, days: number): string {
  if (!Number.isFinite(days)) return days < 0 ? "0000-01-01" : "9999-12-31";
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function range(a: number, b: number): number[] {
  return Array.from({ length: b - a + 1 }, (_, i) => a + i);
}

function validDay(y: number, m: number, d: number): boolean {
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}
