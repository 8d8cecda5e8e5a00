/**
 * The date lines news portals print above or below an article, which a
 * copy-paste keeps: "18:06 | 10/10/2022", "Thứ Ba, 23-11-2021, 20:45",
 * "12/04/2023 19:05 GMT+7", "Thứ Tư, 20/10/2021, 16:05 (GMT+7)",
 * "Thứ Tư, ngày 20/10/2021 - 16:05", "T4, 20/10/2021 16:05",
 * "Chủ nhật, ngày 07 tháng 11 năm 2021", "Thứ Hai, 24/10 - 21:10" (no
 * year), or after a byline: "Hồng Minh/VOV.VN Thứ Hai, 21:30, 10/02/2025";
 * with a portal's label: "Ngày đăng: 05/03/2023 08:30", "Đăng lúc 08:30
 * ngày 5/3/2023", "Xuất bản: 2023-03-05 08:30" (ISO), "Cập nhật: 10:15 |
 * 05/03/2023", "Cập nhật lúc 10:15 ngày 05/03/2023"; and, labelled only, a
 * month: "date 2021-09", "Ngày đăng: 09/2021".
 *
 * The words (labels, the words that join a label's time and date, weekday
 * names) are the lexicon's `date_line_words`; this module reads the
 * numbers. A line labelled as an update stamp is `updated`: the page's last
 * change, not its publication. A weekday that does not fall on the date
 * makes the line `doubtful` (one of the two is wrong, and which is not
 * known): it is still a date line, not prose, but no evidence.
 */
import { daysInMonth, localDateTime } from "../lang/calendar.ts";
import type { Lexicon } from "../generated/reference.ts";

/** One entry of the lexicon's `date_line_words`. */
export type DateLineWord = Lexicon["date_line_words"][number];

export interface Dateline {
  /** ISO date when the line gives day, month and year; else null. */
  readonly date: string | null;
  /** `month` for a month-only header ("date 2021-09"): no day. */
  readonly precision: "day" | "month";
  /** Day and month even when the year is missing (for later year reasoning); no day for a month-only header. */
  readonly day: number | null;
  readonly month: number;
  readonly year: number | null;
  /** "HH:MM" when given. */
  readonly time: string | null;
  /**
   * Its time has seconds ("Thứ Tư, ngày 14 tháng 03 năm 2018, 08:10:02"): a page's clock, the moment the page was
   * shown or saved, not when its article was published (a timestamp in ISO form is not one).
   */
  readonly clock: boolean;
  /** Weekday as written ("Thứ Hai", "Chủ nhật", "T2"), when given. */
  readonly weekday: string | null;
  /** The weekday's number, 0 = Sunday … 6 = Saturday. */
  readonly weekdayNumber: number | null;
  /** What is left of the line once the date parts are removed (often a byline). */
  readonly rest: string;
  /** Opened by a portal's label ("Ngày đăng:", "Cập nhật:"). */
  readonly labelled: boolean;
  /** Labelled as an update stamp ("Cập nhật …"): when the page last changed, not when it was published. */
  readonly updated: boolean;
  /** The weekday printed does not fall on the date: the line is not read as evidence. */
  readonly doubtful: boolean;
}

/** The lexicon's date-line words compiled (plain data in, so each worker thread compiles its own). */
export interface DatelineWords {
  /** A label at the start of a line, with the colon and spaces after it; group 1 is the label. */
  readonly label: RegExp;
  readonly labelRole: ReadonlyMap<string, "published" | "updated">;
  /** The words between a label's time and date (global). */
  readonly links: RegExp;
  /** A full weekday name (either case) or an abbreviated one (as written). */
  readonly weekday: RegExp;
  readonly weekdayAbbreviated: RegExp;
  readonly weekdayNumber: ReadonlyMap<string, number>;
}

const compiled = new WeakMap<readonly DateLineWord[], DatelineWords>();

/** Compile the lexicon's `date_line_words` (once per array). */
export function compileDatelineWords(words: readonly DateLineWord[]): DatelineWords {
  let c = compiled.get(words);
  if (c) return c;
  const forms = (role: DateLineWord["role"], abbreviated?: boolean) =>
    words.filter((w) => w.role === role && (abbreviated === undefined || (w.abbreviated === true) === abbreviated)).map((w) => w.form).sort((a, b) => b.length - a.length);
  const alt = (fs: readonly string[]) => (fs.length ? fs.map((f) => f.split(/\s+/).map(escape).join("\\s+")).join("|") : "(?!)");
  const B = "(?<![\\p{L}\\p{N}])";
  const A = "(?![\\p{L}\\p{N}])";
  const labels = [...forms("published"), ...forms("updated")].sort((a, b) => b.length - a.length);
  c = {
    label: new RegExp(`^\\s*(${alt(labels)})${A}\\s*:?\\s*`, "iu"),
    labelRole: new Map(words.filter((w) => w.role === "published" || w.role === "updated").map((w) => [key(w.form), w.role as "published" | "updated"])),
    links: new RegExp(`${B}(?:${alt(forms("link"))})${A}`, "giu"),
    weekday: new RegExp(`${B}(${alt(forms("weekday", false))})${A}`, "iu"),
    weekdayAbbreviated: new RegExp(`${B}(${alt(forms("weekday", true))})${A}`, "u"),
    weekdayNumber: new Map(words.filter((w) => w.role === "weekday" && w.weekday !== undefined).map((w) => [w.abbreviated ? w.form : key(w.form), w.weekday!])),
  };
  compiled.set(words, c);
  return c;
}

/** "2023-03-05", "2023-03-05 08:30", "2022-11-30T19:05:00+07:00" (put in Vietnam's time when it states an offset). */
const ISO = /(?<![\d/.-])(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*(?:Z|[+-]\d{2}:?\d{2}))?)?(?![\d/.-])/;
/** Year first with slashes or dots, as Japanese pages print it: "2022/6/30", "2022.06.30". */
const YEAR_FIRST = /(?<![\d/.-])(\d{4})([/.])(\d{1,2})\2(\d{1,2})(?![\d/.-])/;
const DATE = /(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}))?(?![\d/.-])/;
/** "ngày 07 tháng 11 năm 2021", "07 tháng 11, 2021". */
const DATE_WORDS = /(?<![\d\p{L}])(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s*(?:,|năm|\/)\s*(\d{4}))?(?![\d\p{L}])/iu;
/** Month-only forms, read after a label or as a whole line: "2021-09", "09/2021", "tháng 9/2021", "tháng 9 năm 2021". */
const MONTH_ISO = /(?<![\d/.-])(\d{4})-(\d{2})(?![\d/.-])/;
const MONTH_YEAR = /(?<![\d/.-])(?:tháng\s+)?(\d{1,2})(?:\s*[/.-]\s*|\s+năm\s+)(\d{4})(?![\d/.-])/iu;
const TIME = /(?<!\d)([01]?\d|2[0-3])[:h]([0-5]\d)(?::([0-5]\d))?(?!\d)/;
const FILLER = /(?:GMT|UTC)\s*[+-]\s*\d{1,2}(?::?\d{2})?|\(|\)|[|,\-–—]/g;
const MAX_REST = 40;

/** An outlet's mark in capitals with its full stop, as some print it before the date ("TGVN. 10:45 | 15/03/2023"). */
const OUTLET_MARK = /^(\p{Lu}{2,}[\p{L}.]*)\.$/u;

/** The outlet a date line's remainder names by its mark ("TGVN." → "TGVN"), else null. */
export function outletMark(rest: string): string | null {
  return OUTLET_MARK.exec(rest)?.[1] ?? null;
}

/** Parse a line that is a date line; null for any other line. */
export function parseDateline(line: string, words: DatelineWords): Dateline | null {
  if (line.length > 90) return null;
  const label = words.label.exec(line);
  const body = label ? line.slice(label[0].length) : line;
  const found = readDate(body, label !== null);
  if (!found) return null;
  const { day, month, year } = found;
  let rest = body.replace(found.text, " ");
  const t = found.time ? [found.time, ...found.time.split(":")] : TIME.exec(rest);
  if (t && !found.time) rest = rest.replace(t[0]!, " ");
  const w = words.weekday.exec(rest) ?? words.weekdayAbbreviated.exec(rest);
  if (w) rest = rest.replace(w[0], " ");
  // Without a time or weekday, a bare "3/6" inside prose is not a date line.
  if (!t && !w && year === null) return null;
  const weekdayNumber = w ? (words.weekdayNumber.get(key(w[1]!)) ?? words.weekdayNumber.get(w[1]!) ?? null) : null;
  const doubtful = weekdayNumber !== null && year !== null && day !== null && new Date(Date.UTC(year, month - 1, day)).getUTCDay() !== weekdayNumber;
  rest = rest.replace(words.links, " ").replace(FILLER, " ").replace(/\s+/g, " ").trim();
  if (rest.length > MAX_REST || (/[.!?:;]$/.test(rest) && outletMark(rest) === null) || /\d/.test(rest)) return null;
  const updated = label ? words.labelRole.get(key(label[1]!)) === "updated" : false;
  return {
    date: year !== null && day !== null ? `${year}-${pad(month)}-${pad(day)}` : null,
    precision: day === null ? "month" : "day",
    day,
    month,
    year,
    time: t ? `${pad(Number(t[1]))}:${t[2]}` : null,
    clock: !found.time && t?.[3] !== undefined,
    weekday: w ? w[0].replace(/\s+/g, " ") : null,
    weekdayNumber,
    rest,
    labelled: label !== null,
    updated,
    doubtful,
  };
}

/**
 * A labelled month at the start of a line that goes on with other text
 * ("date 2021-09 Hai Bộ trưởng …", as some portals print the month before
 * the headline): the month, as publication evidence; null otherwise.
 */
export function monthPrefix(line: string, words: DatelineWords): { year: number; month: number; updated: boolean } | null {
  const label = words.label.exec(line);
  if (!label) return null;
  const m = /^(\d{4})-(\d{2})(?![\d/.-])/.exec(line.slice(label[0].length));
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) return null;
  return { year: Number(m[1]), month: Number(m[2]), updated: words.labelRole.get(key(label[1]!)) === "updated" };
}

/** The date a line's body gives: a full or yearless day, or (after a label only) a month. */
function readDate(body: string, labelled: boolean): { day: number | null; month: number; year: number | null; text: string; time?: string } | null {
  const iso = ISO.exec(body);
  if (iso) {
    const local = localDateTime(iso[0]);
    if (!local.date) return null;
    const [y, m, d] = local.date.split("-").map(Number) as [number, number, number];
    return { day: d, month: m, year: y, text: iso[0], ...(local.time ? { time: local.time } : {}) };
  }
  const yf = YEAR_FIRST.exec(body);
  if (yf) return valid(Number(yf[4]), Number(yf[3]), Number(yf[1]), yf[0]);
  const d = DATE.exec(body) ?? DATE_WORDS.exec(body);
  if (d) return valid(Number(d[1]), Number(d[2]), d[3] ? Number(d[3]) : null, d[0]);
  // A month alone is read after a label, or in figures as the whole line ("04/2019" under a headline, as portals print
  // it): one in words ("Tháng 9/2021") is a heading, and a month among other words may be a figure of the story.
  const alone = (m: RegExpExecArray) => labelled || (body.trim() === m[0] && /^[\d/.-]+$/u.test(m[0]));
  const mi = MONTH_ISO.exec(body);
  if (mi && alone(mi)) return monthOnly(Number(mi[2]), Number(mi[1]), mi[0]);
  const my = MONTH_YEAR.exec(body);
  if (my && alone(my)) return monthOnly(Number(my[1]), Number(my[2]), my[0]);
  return null;
}

function valid(day: number, month: number, year: number | null, text: string) {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year ?? 2000, month)) return null;
  return { day, month, year, text };
}

function monthOnly(month: number, year: number, text: string) {
  if (month < 1 || month > 12 || year < 1900 || year > 2100) return null;
  return { day: null, month, year, text };
}

/** A form folded for lookup: lower case, single spaces. */
function key(s: string): string {
  return s.toLowerCase().replace(/\s+/g, " ");
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}
