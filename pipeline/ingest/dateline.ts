/**
 * Publication date lines as Vietnamese news sites print them near the top
 * of an article: "18:06 | 10/10/2022", "Thứ Ba, 23-11-2021, 20:45",
 * "12/04/2023 19:05 GMT+7", "Thứ Hai, 24/10 - 21:10" (no year), or after a
 * byline: "Hồng Minh/VOV.VN Thứ Hai, 21:30, 10/02/2025".
 */
import { daysInMonth } from "../lang/calendar.ts";

export interface Dateline {
  /** ISO date when the line gives day, month and year; else null. */
  readonly date: string | null;
  /** Day and month even when the year is missing (for later year reasoning). */
  readonly day: number;
  readonly month: number;
  readonly year: number | null;
  /** "HH:MM" when given. */
  readonly time: string | null;
  /** Weekday as written ("Thứ Hai", "Chủ nhật"), when given. */
  readonly weekday: string | null;
  /** What is left of the line once the date parts are removed (often a byline). */
  readonly rest: string;
}

const WEEKDAY = /(Thứ\s+(?:Hai|Ba|Tư|Năm|Sáu|Bảy|2|3|4|5|6|7)|Chủ\s+[Nn]hật)/i;
const DATE = /(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}))?(?![\d/.-])/;
const TIME = /(?<!\d)([01]?\d|2[0-3])[:h]([0-5]\d)(?!\d)/;
const FILLER = /GMT\s*[+-]\s*\d{1,2}|\(|\)|[|,\-–—]/g;
const MAX_REST = 40;

/** Parse a line that is a publication date line; null for any other line. */
export function parseDateline(line: string): Dateline | null {
  if (line.length > 90) return null;
  const d = DATE.exec(line);
  if (!d) return null;
  const day = Number(d[1]);
  const month = Number(d[2]);
  const year = d[3] ? Number(d[3]) : null;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year ?? 2000, month)) return null;
  let rest = line.replace(d[0], " ");
  const t = TIME.exec(rest);
  if (t) rest = rest.replace(t[0], " ");
  const w = WEEKDAY.exec(rest);
  if (w) rest = rest.replace(w[0], " ");
  // Without a time or weekday, a bare "3/6" inside prose is not a date line.
  if (!t && !w && year === null) return null;
  rest = rest.replace(FILLER, " ").replace(/\s+/g, " ").trim();
  if (rest.length > MAX_REST || /[.!?:;]$/.test(rest) || /\d/.test(rest)) return null;
  const iso = year === null ? null : `${year}-${pad(month)}-${pad(day)}`;
  return {
    date: iso,
    day,
    month,
    year,
    time: t ? `${pad(Number(t[1]))}:${t[2]}` : null,
    weekday: w ? w[0].replace(/\s+/g, " ") : null,
    rest,
  };
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}
