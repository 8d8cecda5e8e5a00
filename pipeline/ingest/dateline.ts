/**
 * Publication date lines as Vietnamese news sites print them near the top
 * of an article: "18:06 | 10/10/2022", "Thứ Ba, 23-11-2021, 20:45",
 * "12/04/2023 19:05 GMT+7", "Thứ Hai, 24/10 - 21:10" (no year), or after a
 * byline: "Hồng Minh/VOV.VN Thứ Hai, 21:30, 10/02/2025"; with a portal's
 * label: "Ngày đăng: 05/03/2023 08:30", "Đăng lúc 08:30 ngày 5/3/2023",
 * "Xuất bản: 2023-03-05 08:30" (ISO), "Cập nhật: 10:15 | 05/03/2023",
 * "Cập nhật lúc 10:15 ngày 05/03/2023". A line labelled as an update stamp
 * is `updated`: the page's last change, not its publication. A weekday that
 * does not fall on the date makes the line no date line (one of the two is
 * wrong, and which is not known).
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
  /** Labelled as an update stamp ("Cập nhật …"): when the page last changed, not when it was published. */
  readonly updated: boolean;
}

/** Portal labels before a date: publication, or the last update. */
const LABEL = /^\s*(?:(Ngày\s+đăng|Thời\s+gian\s+đăng|Đăng\s+lúc|Đăng\s+ngày|Ngày\s+xuất\s+bản|Xuất\s+bản)|(Cập\s+nhật\s+lúc|Cập\s+nhật\s+ngày|Ngày\s+cập\s+nhật|Lần\s+cập\s+nhật\s+cuối|Cập\s+nhật))\s*:?\s*/iu;
/** "lúc 10:15 ngày 05/03/2023": the words between a label's time and date. */
const LINKING = /(?<![\p{L}])(?:lúc|ngày|vào)(?![\p{L}])/giu;
const ISO = /(?<![\d/.-])(\d{4})-(\d{2})-(\d{2})(?:T|(?![\d/.-]))/;
const WEEKDAY_NUMBER: Record<string, number> = { "chủ nhật": 0, hai: 1, "2": 1, ba: 2, "3": 2, "tư": 3, "4": 3, "năm": 4, "5": 4, "sáu": 5, "6": 5, "bảy": 6, "7": 6 };

const WEEKDAY = /(Thứ\s+(?:Hai|Ba|Tư|Năm|Sáu|Bảy|2|3|4|5|6|7)|Chủ\s+[Nn]hật)/i;
const DATE = /(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}))?(?![\d/.-])/;
const TIME = /(?<!\d)([01]?\d|2[0-3])[:h]([0-5]\d)(?!\d)/;
const FILLER = /GMT\s*[+-]\s*\d{1,2}|\(|\)|[|,\-–—]/g;
const MAX_REST = 40;

/** Parse a line that is a publication date line; null for any other line. */
export function parseDateline(line: string): Dateline | null {
  if (line.length > 90) return null;
  const label = LABEL.exec(line);
  const body = label ? line.slice(label[0].length) : line;
  const iso = ISO.exec(body);
  const d = iso ? null : DATE.exec(body);
  if (!iso && !d) return null;
  const day = Number(iso ? iso[3] : d![1]);
  const month = Number(iso ? iso[2] : d![2]);
  const year = iso ? Number(iso[1]) : d![3] ? Number(d![3]) : null;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year ?? 2000, month)) return null;
  let rest = body.replace((iso ?? d)![0], " ");
  const t = TIME.exec(rest);
  if (t) rest = rest.replace(t[0], " ");
  const w = WEEKDAY.exec(rest);
  if (w) rest = rest.replace(w[0], " ");
  // Without a time or weekday, a bare "3/6" inside prose is not a date line.
  if (!t && !w && year === null) return null;
  if (w && year !== null && WEEKDAY_NUMBER[w[0].toLowerCase().replace(/^thứ\s+/, "").replace(/\s+/g, " ")] !== new Date(Date.UTC(year, month - 1, day)).getUTCDay()) return null;
  if (label) rest = rest.replace(LINKING, " ");
  rest = rest.replace(FILLER, " ").replace(/\s+/g, " ").trim();
  if (rest.length > MAX_REST || /[.!?:;]$/.test(rest) || /\d/.test(rest)) return null;
  return {
    date: year === null ? null : `${year}-${pad(month)}-${pad(day)}`,
    day,
    month,
    year,
    time: t ? `${pad(Number(t[1]))}:${t[2]}` : null,
    weekday: w ? w[0].replace(/\s+/g, " ") : null,
    rest,
    updated: label?.[2] !== undefined,
  };
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}
