/**
 * When the year of a meeting is settled without the years the article
 * writes: the instrument's rule for the year-removal test (issue #16), taken
 * from the codebook's "Dates without a year", rules 2 and 3.
 *
 * - **By the publication date.** The article's date line states a full
 *   date P, and the meeting's day lies in the year up to P: the one year
 *   that puts the day and month on or before P is the meeting's year.
 * - **By the tenures.** Of the meeting's people in the registry, each held a
 *   post on the meeting date; the years in which the same day and month fall
 *   inside every such tenure (each widened as the registry's precision
 *   allows, an attested bound by a year) are one year only. Years are
 *   counted from 1990 to the publication year (else the current year).
 *
 * A meeting is settled when either holds for its first and last day.
 */
import { lookupInterval, type Person, type Position } from "../../registry/index.ts";
import { nameKey } from "./compare.ts";

export interface SettleMeeting {
  readonly date_start: string;
  readonly date_end: string;
  readonly participants: readonly { readonly name: string }[];
}

const addYears = (iso: string, n: number) => `${String(Number(iso.slice(0, 4)) + n).padStart(4, "0")}${iso.slice(4)}`;

/** The span a tenure may cover: the registry's widest reading, an attested bound pushed out by a year. */
function span(p: Position): [string, string] {
  const [lo, hi] = lookupInterval(p);
  return [p.start_precision === "attested" ? addYears(lo, -1) : lo, p.end !== null && p.end_precision === "attested" ? addYears(hi, 1) : hi];
}

/** Is `iso`'s year the one the publication date gives a yearless day? */
export function settledByPublication(iso: string, publication: string | null): boolean {
  if (!publication) return false;
  const year = iso.slice(5) <= publication.slice(5) ? Number(publication.slice(0, 4)) : Number(publication.slice(0, 4)) - 1;
  return Number(iso.slice(0, 4)) === year;
}

/** The years the tenures allow for the day and month of `iso`; null when no participant is in the registry with a post on that date. */
export function yearsByTenure(iso: string, people: readonly Person[], lastYear: number): number[] | null {
  const spans = people.map((p) => p.positions.map(span).filter(([lo, hi]) => lo <= iso && iso <= hi)).filter((s) => s.length > 0);
  if (spans.length === 0) return null;
  const years: number[] = [];
  for (let y = 1990; y <= lastYear; y++) {
    const d = `${y}${iso.slice(4)}`;
    if (d.endsWith("02-29") && !(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0))) continue;
    if (spans.every((s) => s.some(([lo, hi]) => lo <= d && d <= hi))) years.push(y);
  }
  return years;
}

/** Whether the meeting's year is settled without the article's written years, and by what. */
export function settled(m: SettleMeeting, publication: string | null, registry: readonly Person[]): { ok: boolean; by: string } {
  const byKey = new Map<string, Person>();
  for (const p of registry) byKey.set(nameKey(p.name), p);
  const people = m.participants.map((p) => byKey.get(nameKey(p.name))).filter((p): p is Person => !!p);
  const lastYear = publication ? Number(publication.slice(0, 4)) : new Date().getUTCFullYear();
  const days = [...new Set([m.date_start, m.date_end])];
  if (days.every((d) => settledByPublication(d, publication))) return { ok: true, by: `publication date ${publication}` };
  const tenure = days.map((d) => yearsByTenure(d, people, lastYear));
  if (tenure.every((ys, i) => ys !== null && ys.length === 1 && ys[0] === Number(days[i]!.slice(0, 4)))) return { ok: true, by: `tenures of ${people.map((p) => p.name).join(", ")}` };
  const ys = tenure[0];
  return { ok: false, by: publication ? `publication date ${publication} gives another year; tenures allow ${ys ? ys.join(", ") || "no year" : "nothing"}` : `no publication date; tenures allow ${ys ? ys.join(", ") || "no year" : "nothing"}` };
}
