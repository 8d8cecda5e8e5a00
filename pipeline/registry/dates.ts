import { daysInMonth, isIsoDate } from "../lang/calendar.ts";
import type { Precision } from "./types.ts";

/**
 * Date arithmetic on ISO `YYYY-MM-DD` strings (compared as strings, which is
 * chronological for this format). No time zones are involved.
 */

/** Far-future sentinel standing for an open end. */
export const OPEN_END = "9999-12-31";

export { daysInMonth, isIsoDate };

export function assertIsoDate(s: string, what = "date"): void {
  // Lookups ask about one date many times in a row (an article's date): the last valid one is remembered.
  if (s === lastValid) return;
  if (!isIsoDate(s)) throw new RangeError(`${what} must be an ISO date YYYY-MM-DD, got ${JSON.stringify(s)}`);
  lastValid = s;
}
let lastValid = "";

/** Last day of the month / year that `date` (its first day, or any day in it) stands for. */
export function lastDayOfPeriod(date: string, precision: "month" | "year"): string {
  const y = Number(date.slice(0, 4));
  if (precision === "year") return `${date.slice(0, 4)}-12-31`;
  const m = Number(date.slice(5, 7));
  return `${date.slice(0, 7)}-${String(daysInMonth(y, m)).padStart(2, "0")}`;
}

/** The part of a position that dates it. */
export interface Dated {
  readonly start: string;
  readonly end: string | null;
  readonly start_precision?: Precision;
  readonly end_precision?: Precision;
}

function isPeriod(p: Precision | undefined): p is "month" | "year" {
  return p === "month" || p === "year";
}

/**
 * Interval used by the lookups (holdersOf, positionsOn, findPeople by date):
 * the widest span the stated precision allows. A start is stored as the
 * first possible day already; a month- or year-precision end reaches to the
 * last day of its period; an attested bound stays on its day (nothing is
 * known beyond it); an open end runs to OPEN_END.
 */
export function lookupInterval(p: Dated): [string, string] {
  if (p.end === null) return [p.start, OPEN_END];
  return [p.start, isPeriod(p.end_precision) ? lastDayOfPeriod(p.end, p.end_precision) : p.end];
}

/**
 * Interval during which the fact is certain: a month- or year-precision start
 * only from the last day of its period; an end is stored as the first day of
 * its period, which is the last certain day. Used by the consistency check
 * (two holders of a single-holder office clash only if their certain
 * intervals overlap). May be empty (lo > hi) for a short tenure known only to
 * the month.
 */
export function certainInterval(p: Dated): [string, string] {
  const lo = isPeriod(p.start_precision) ? lastDayOfPeriod(p.start, p.start_precision) : p.start;
  return [lo, p.end ?? OPEN_END];
}

export function contains([lo, hi]: readonly [string, string], date: string): boolean {
  return lo <= date && date <= hi;
}
