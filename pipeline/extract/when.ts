import type { Registry } from "../registry/index.ts";
import { findDates, type DateMention, type TimeOfDay } from "./dates.ts";
import type { EventMention } from "./events.ts";
import { inferYear, weekdayOf, type RoleConstraint } from "./years.ts";

/**
 * The date of each encounter in an article: the date written in its
 * sentence; else "cùng ngày" or nothing, which continue the previous
 * encounter's date; else the article's first date (the lead's "Ngày 16/9",
 * or a visit's "từ ngày 2 đến 5/3"). A day without a month takes the month
 * of the date before it (machine translations write "ngày 24" after
 * "ngày 24 tháng 10"). A missing year is reasoned by `inferYear`; when it
 * cannot be, the encounter gets no date and is reported, not guessed.
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

export interface ArticleFacts {
  readonly text: string;
  /** Body regions (where dates and encounters are read). */
  readonly regions: readonly { start: number; end: number }[];
  readonly published: string | null;
  /** The publication date line's parts when it has no year (weekday helps to find it). */
  readonly dateline: { day: number; month: number; year: number | null; weekday: string | null } | null;
}

type Partial = { day: number | null; dayEnd: number | null; month: number | null; year: number | null; tod: TimeOfDay | null; how: string };

export function dateEvents(events: readonly EventMention[], facts: ArticleFacts, registry: Registry): (EventDate | { readonly unresolved: string })[] {
  const dates = facts.regions.flatMap((r) => findDates(facts.text.slice(r.start, r.end)).map((d) => ({ ...d, start: d.start + r.start, end: d.end + r.start })));
  const mentionedYears = [...new Set(dates.flatMap((d) => (d.year === null ? [] : [d.year])))];
  const constraints = (es: readonly EventMention[]): RoleConstraint[] =>
    es.flatMap((e) => e.participants.flatMap((p) => (p.personId ? [{ personId: p.personId, officeIds: p.officeIds, rank: p.rank, label: `${p.name}${p.position ? `, ${p.position}` : ""}` }] : [])));

  // A date line without its year (and maybe a weekday): reason the publication year from everyone in the article.
  let published = facts.published;
  let publishedBasis = published ? `published ${published}` : "";
  if (!published && facts.dateline && facts.dateline.year === null) {
    const wd = facts.dateline.weekday ? weekdayOf(facts.dateline.weekday) : null;
    const a = inferYear({ day: facts.dateline.day, month: facts.dateline.month, weekday: wd, constraints: constraints(events), mentionedYears }, registry);
    if (a.year !== null) {
      published = `${a.year}-${pad(facts.dateline.month)}-${pad(facts.dateline.day)}`;
      publishedBasis = `date line ${facts.dateline.day}/${facts.dateline.month}${facts.dateline.weekday ? ` (${facts.dateline.weekday})` : ""}: ${a.basis}`;
    }
  }

  const lead = dates.find((d) => d.kind === "day" || d.kind === "range");
  let previous: Partial | null = null;
  let lastMonth: number | null = null;
  return events.map((e) => {
    const inSentence = dates.filter((d) => d.start >= e.start && d.end <= e.end && (d.kind === "day" || d.kind === "range" || d.relative === "same_day"));
    const before = dates.filter((d) => d.end <= e.start && d.month !== null);
    lastMonth = before.at(-1)?.month ?? lastMonth;
    let p: Partial | null = null;
    const written = inSentence.find((d) => d.kind !== "relative");
    if (written) p = fromMention(written, written.month ?? lastMonth, "written in the sentence");
    else if (previous) p = { ...previous, tod: inSentence[0]?.timeOfDay ?? previous.tod, how: inSentence.length ? "same day as the encounter before" : "continues the encounter before" };
    else if (lead) p = fromMention(lead, lead.month, "the article's first date");
    if (!p || p.month === null || p.day === null) return { unresolved: "no date in the article places this encounter" };
    previous = p;

    let year = p.year;
    let basis = p.how;
    let inferred = false;
    if (year === null) {
      const a = inferYear({ day: p.day!, month: p.month, constraints: constraints([e]), published, mentionedYears }, registry);
      if (a.year === null) return { unresolved: `no single year: ${a.basis}` };
      year = a.year;
      inferred = true;
      basis += `; year ${year}: ${published && publishedBasis ? publishedBasis : a.basis}`;
    }
    const start = `${year}-${pad(p.month)}-${pad(p.day!)}`;
    const end = p.dayEnd ? `${year}-${pad(p.month)}-${pad(p.dayEnd)}` : start;
    return { date_start: start, date_end: end, precision: p.dayEnd ? "range" : "day", time_of_day: p.tod, year_inferred: inferred, basis };
  });
}

function fromMention(d: DateMention, month: number | null, how: string): Partial {
  return { day: d.day, dayEnd: d.dayEnd, month, year: d.year, tod: d.timeOfDay, how: `"${d.text}" ${how}` };
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}
