/**
 * Date expressions in Vietnamese news prose, with their spans: "Chiều 3/6",
 * "ngày 06 tháng 11", "ngày 06 tháng mười một buổi sáng", "24-28/3",
 * "từ ngày 2 đến 5/3", "10/10/2022", "23-11-2021", "(2017-10-24)",
 * "tháng 9 năm 2015", "tháng 10/2011", "tháng 4 vừa qua", "cùng ngày".
 *
 * This module only reads what the text says. Choosing the year of a
 * yearless date is the job of the year reasoning, which weighs the
 * publication date and the tenures of the people named.
 */
import { daysInMonth } from "./calendar.ts";
import { Vocabulary } from "./vocabulary.ts";
import type { Grammar, TimeOfDay } from "./lexicon.ts";

export type { TimeOfDay };

export type DateKind =
  | "day" // a day, with or without month and year
  | "range" // a span of days ("24-28/3")
  | "month" // a month, with or without year ("tháng 9 năm 2015")
  | "year" // a year alone ("năm 2020")
  | "relative"; // "cùng ngày", "hôm qua", "vừa qua"

export type Relative = "same_day" | "today" | "yesterday" | "recent" | "last_year" | "this_year" | "weekday" | "this_week" | "last_week" | "last_weekend" | "last_month" | "month_part" | "lately" | "this_month";

export interface DateMention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: DateKind;
  readonly day: number | null;
  /** Last day of a range. */
  readonly dayEnd: number | null;
  readonly month: number | null;
  /** Month of the last day, when a range crosses months. */
  readonly monthEnd: number | null;
  readonly year: number | null;
  readonly timeOfDay: TimeOfDay | null;
  readonly relative: Relative | null;
  /**
   * The weekday, 0 = Sunday … 6 = Saturday: of a weekday named without its date ("hôm thứ Tư", kind `relative`), or
   * printed with a day ("thứ Ba, 5/3", "5/3 (thứ Ba)"), which singles out the years it fits.
   */
  readonly weekday?: number | null;
  /** Of a weekday named with its week ("thứ Tư tuần này", "thứ Tư tuần trước"): 0 this week, 1 the week before. */
  readonly weeksBack?: 0 | 1;
}

const MONTH_WORDS: Record<string, number> = {
  giêng: 1, một: 1, hai: 2, ba: 3, tư: 4, bốn: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10, "mười một": 11, "mười hai": 12, chạp: 12,
};
const MONTH_WORD = "(?:mười một|mười hai|giêng|chạp|một|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười)";
const MONTH = `(\\d{1,2}|${MONTH_WORD})`;
/** Month names in words as the press capitalises them ("tháng Bảy", "tháng Mười Một"). */
const CAPITAL_MONTH_WORD = "(?:Mười\\s+[Mm]ột|Mười\\s+[Hh]ai|Giêng|Chạp|Một|Hai|Ba|Tư|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười)";
const PART_OF_MONTH: Record<string, string> = { "đầu": "đầu", "giữa": "giữa", "cuối": "cuối", "thượng tuần": "đầu", "trung tuần": "giữa", "hạ tuần": "cuối" };
const D = "(\\d{1,2})";
/** A month, or "này": "tháng này", the month of publication (a day or span in it is marked `this_month`, its month left to the reader of the publication date). */
const MONTH_OR_THIS = `(\\d{1,2}|${MONTH_WORD}|này)`;
const Y = "(\\d{4})";
const NOT_DIGIT_BEFORE = "(?<![\\d/.-])";
const NOT_DIGIT_AFTER = "(?![\\d]|[/.-]\\d)";
/**
 * Put first in a pattern that opens with a lookbehind: the lookbehind is then tried only where the match can start
 * (a digit, a word), not at every position of the text. Same matches, faster.
 */
const AT_DIGIT = "(?=\\d)";
const at = (...words: string[]) => `(?=${words.join("|")})`;
/** Where a span can start: "từ", "các ngày", "ngày", or its first day. */
const SPAN_START = at("từ", "các", "ngày", "\\d");
/** The word between a span's first and last day: "đến" or "tới" ("từ ngày 2 đến 5/3", "từ ngày 2 tới 5/3"). */
const TO = "(?:đến|tới)";
/** What stands between a span's first and last day, as words a text must have: a dash, an en dash or `TO`. */
const DASH_OR_TO = ["-", "–", "đến", "tới"];
/** A weekday in brackets after a span's first day ("từ ngày 25/6 (thứ Bảy) đến …"): it names that day, not the span. */
const WEEKDAY_IN_BRACKETS = "(?:\\s*\\(\\s*(?:thứ\\s+\\p{L}+|chủ\\s+nhật)\\s*\\))?";
/** A weekday and its day, bracketed or after a comma: "thứ Hai (16/12)", "thứ Ba, ngày 3/12/2019"; groups day, month, year. */
const WEEKDAY_WITH_DAY = "(?:thứ\\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\\s+nhật)\\s*[,(]?\\s*(?:ngày\\s+)?(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}))?(?:\\s*\\))?";
/** A weekday before a span's day ("từ thứ Hai ngày 16 tháng 12 đến thứ Năm ngày 19 …"): it names that day, not the span. */
const WEEKDAY_BEFORE_DAY = "(?:(?:thứ\\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\\s+nhật)\\s*,?\\s+)?";
/** Words one of which must stand before a day written with a dash or a dot (with a time of day: `dayLead`). */
const DAY_WORDS = ["ngày", "hôm", "thứ", "chủ nhật"];
/**
 * What makes "23-11" or "12.4" a day and its month: a time of day (`TOD`), "ngày" or "hôm" (maybe with "nay", "qua",
 * "sau" or "trước": "hôm qua (14-9)", "Ngày hôm sau (16-9)"), or a weekday that is no ordinal ("thứ Ba, 17-9", not "lần
 * thứ hai 12-3"); then a space, a comma after the weekday, or an opening bracket.
 */
const dayLead = (TOD: string) =>
  `(?:(?:${TOD}|ngày|hôm)(?:\\s+(?:nay|qua|sau|trước))?(?:\\s+|\\s*\\(\\s*)|(?<!(?:lần|khóa|kỳ|phiên|vòng|đợt)\\s+)(?:thứ\\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\\s+nhật)(?:\\s*,\\s*|\\s+|\\s*\\(\\s*))`;

interface Pattern {
  readonly re: RegExp;
  /** A pattern with `needs` matches only text with a digit and each of these words (lower case): other text is not searched. */
  readonly needs?: readonly string[];
  /** A pattern with `needsOne` matches only text with one of these words (lower case). */
  readonly needsOne?: readonly string[];
  /**
   * And with a word of each of these lists (lower case): words its other parts require, which a common word it needs
   * ("qua", "thứ" of "Thứ trưởng") would let through. (Without them, most texts are searched for nothing.)
   */
  readonly needsOneOfEach?: readonly (readonly string[])[];
  readonly build: (m: RegExpExecArray) => Omit<DateMention, "start" | "end" | "text" | "timeOfDay"> | null;
}


/** The date patterns, one row per form; `TOD` is the lexicon's time-of-day words, as an expression and as a list (lower case). */
const patternRows = (TOD: string, todWords: readonly string[]): readonly Pattern[] => [
  // ISO, as machine translations of Chinese wire copy print it: (2017-10-24)
  { needs: ["-"], re: new RegExp(`${NOT_DIGIT_BEFORE}${Y}-(\\d{2})-(\\d{2})${NOT_DIGIT_AFTER}`, "gu"), build: (m) => day(+m[3]!, +m[2]!, +m[1]!) },
  // 10/10/2022, 23-11-2021, 10.10.2022
  { needs: [], re: new RegExp(`${NOT_DIGIT_BEFORE}${D}([/.-])(\\d{1,2})\\2${Y}${NOT_DIGIT_AFTER}`, "gu"), build: (m) => day(+m[1]!, +m[3]!, +m[4]!) },
  // from day to day of one month: 24-28/3, từ ngày 2 đến 5/3, từ ngày 15 đến ngày 17/9/2013
  {
    needs: ["/"], needsOneOfEach: [DASH_OR_TO], re: new RegExp(`${SPAN_START}(?:từ\\s+)?(?:(?:các\\s+)?ngày\\s+(?:từ\\s+)?)?${NOT_DIGIT_BEFORE}${D}\\s*(?:-|–|${TO}(?:\\s+ngày)?)\\s*${D}\\s*/\\s*(\\d{1,2})(?:\\s*/\\s*${Y})?${NOT_DIGIT_AFTER}`, "giu"),
    build: (m) => range(+m[1]!, +m[2]!, +m[3]!, m[4] ? +m[4] : null),
  },
  // a span with a month at each end: "từ ngày 28/2 đến 3/3", "từ 30-6 đến 2-7", "28/2 - 3/3/2024" (one month or two)
  {
    needs: ["/"], needsOneOfEach: [DASH_OR_TO], re: new RegExp(`${SPAN_START}(?:từ\\s+)?(?:(?:các\\s+)?ngày\\s+(?:từ\\s+)?)?${AT_DIGIT}${NOT_DIGIT_BEFORE}${D}/(\\d{1,2})${WEEKDAY_IN_BRACKETS}\\s*(?:-|–|${TO}(?:\\s+ngày)?)\\s*${D}/(\\d{1,2})(?:/${Y})?${NOT_DIGIT_AFTER}`, "giu"),
    build: (m) => span(+m[1]!, +m[2]!, +m[3]!, +m[4]!, m[5] ? +m[5] : null),
  },
  // a span up to today, its date in brackets: "từ ngày 11/6 đến hôm nay (14/6)", "từ 11/6 đến nay (14/6/2012)"
  {
    needs: ["/", "nay"], needsOneOfEach: [DASH_OR_TO], re: new RegExp(`${SPAN_START}(?:từ\\s+)?(?:(?:các\\s+)?ngày\\s+(?:từ\\s+)?)?${AT_DIGIT}${NOT_DIGIT_BEFORE}${D}/(\\d{1,2})\\s*${TO}\\s+(?:hôm\\s+)?nay\\s*\\(\\s*(?:ngày\\s+)?${D}/(\\d{1,2})(?:/${Y})?\\s*\\)`, "giu"),
    build: (m) => span(+m[1]!, +m[2]!, +m[3]!, +m[4]!, m[5] ? +m[5] : null),
  },
  // each end a weekday with its day: "từ thứ Hai (16/12) đến thứ Năm (19/12)", "từ thứ Bảy, 30/11 đến thứ Ba, 3/12/2019"
  {
    needs: ["/", "thứ"], re: new RegExp(`${at("từ")}từ\\s+${WEEKDAY_WITH_DAY}\\s*(?:-|–|${TO})\\s*${WEEKDAY_WITH_DAY}${NOT_DIGIT_AFTER}`, "giu"),
    build: (m) => (m[3] && m[6] && m[3] !== m[6] ? null : span(+m[1]!, +m[2]!, +m[4]!, +m[5]!, m[6] ? +m[6] : m[3] ? +m[3] : null)),
  },
  {
    needs: [], needsOne: ["đến", "tới"], needsOneOfEach: [["-", "."]], re: new RegExp(`${SPAN_START}(?:từ\\s+)?(?:(?:các\\s+)?ngày\\s+(?:từ\\s+)?)?${AT_DIGIT}${NOT_DIGIT_BEFORE}${D}([-.])(\\d{1,2})\\s+${TO}\\s+(?:ngày\\s+)?${D}\\2(\\d{1,2})(?:\\2${Y})?${NOT_DIGIT_AFTER}`, "giu"),
    build: (m) => span(+m[1]!, +m[3]!, +m[4]!, +m[5]!, m[6] ? +m[6] : null),
  },
  // the same with the month after a dash or a dot: từ ngày 3 đến 7-9, từ 3 đến 7.9.2024 ("đến" required: 3-7-9 is no range)
  {
    needs: [], needsOne: ["đến", "tới"], needsOneOfEach: [["-", "."]], re: new RegExp(`${SPAN_START}(?:từ\\s+)?(?:(?:các\\s+)?ngày\\s+(?:từ\\s+)?)?${NOT_DIGIT_BEFORE}${D}\\s+${TO}\\s+(?:ngày\\s+)?${D}([-.])(\\d{1,2})(?:\\3${Y})?${NOT_DIGIT_AFTER}`, "giu"),
    build: (m) => range(+m[1]!, +m[2]!, +m[4]!, m[5] ? +m[5] : null),
  },
  // two days of one month: (trong hai) ngày 13 và 14/11, 13 và 14/11/2023, ngày 3 và 4-6 (a dash or a dot only after "ngày")
  {
    needs: ["/", "và"], re: new RegExp(`${at("trong", "hai", "ngày", "\\d")}(?:(?:trong\\s+)?(?:hai\\s+)?ngày\\s+)?${NOT_DIGIT_BEFORE}${D}\\s+và\\s+(?:ngày\\s+)?${D}\\s*/\\s*(\\d{1,2})(?:\\s*/\\s*${Y})?${NOT_DIGIT_AFTER}`, "giu"),
    build: (m) => (+m[2]! === +m[1]! + 1 ? range(+m[1]!, +m[2]!, +m[3]!, m[4] ? +m[4] : null) : null),
  },
  {
    needs: ["ngày", "và"], re: new RegExp(`${at("trong", "hai", "ngày")}(?:trong\\s+)?(?:hai\\s+)?ngày\\s+${NOT_DIGIT_BEFORE}${D}\\s+và\\s+(?:ngày\\s+)?${D}([-.])(\\d{1,2})(?:\\3${Y})?${NOT_DIGIT_AFTER}`, "giu"),
    build: (m) => (+m[2]! === +m[1]! + 1 ? range(+m[1]!, +m[2]!, +m[4]!, m[5] ? +m[5] : null) : null),
  },
  // từ ngày 10 đến ngày 12 tháng 9 năm 2021
  {
    needs: ["ngày", "tháng"], re: new RegExp(`${at("từ", "ngày")}(?:từ\\s+${WEEKDAY_BEFORE_DAY})?ngày\\s+${D}\\s+(?:${TO}|-|–)\\s+${WEEKDAY_BEFORE_DAY}(?:ngày\\s+)?${D}\\s+tháng\\s+${MONTH_OR_THIS}(?:\\s*(?:năm\\s+|/)${Y})?(?![\\p{L}\\d])`, "giu"),
    build: (m) => (isThis(m[3]!) ? (m[4] ? null : thisMonth(range(+m[1]!, +m[2]!, 1, null))) : range(+m[1]!, +m[2]!, monthOf(m[3]!), m[4] ? +m[4] : null)),
  },
  // the same with the month in words at each end: từ ngày 25 tháng 6 (thứ Bảy) đến ngày 28 tháng 6 năm 2022
  {
    needs: ["ngày", "tháng"], re: new RegExp(`${at("từ", "ngày")}(?:từ\\s+${WEEKDAY_BEFORE_DAY})?ngày\\s+${D}\\s+tháng\\s+${MONTH}${WEEKDAY_IN_BRACKETS}\\s+(?:${TO}|-|–)\\s+${WEEKDAY_BEFORE_DAY}(?:ngày\\s+)?${D}\\s+tháng\\s+${MONTH}(?:\\s*(?:năm\\s+|/)${Y})?(?![\\p{L}\\d])`, "giu"),
    build: (m) => span(+m[1]!, monthOf(m[2]!), +m[3]!, monthOf(m[4]!), m[5] ? +m[5] : null),
  },
  // ngày 06 tháng 11 (năm 2015), ngày 06 tháng mười một
  {
    needs: ["ngày", "tháng"], re: new RegExp(`ngày\\s+${D}\\s+tháng\\s+${MONTH_OR_THIS}(?:\\s*(?:năm\\s+|/)${Y})?(?![\\p{L}\\d])`, "giu"),
    build: (m) => (isThis(m[2]!) ? (m[3] ? null : thisMonth(day(+m[1]!, null, null))) : day(+m[1]!, monthOf(m[2]!), m[3] ? +m[3] : null)),
  },
  // a weekday, then a day and its month with no "ngày", as page headers print them: "Thứ Năm 16 Tháng Mười", "thứ Hai,
  // 3 tháng 6 năm 2019" (not a count of months, "3 tháng": the weekday before says it is a day)
  {
    needs: ["tháng"], needsOne: ["thứ", "chủ nhật"],
    re: new RegExp(`${AT_DIGIT}(?<=(?:thứ\\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\\s+nhật)\\s*,?\\s+)${D}\\s+tháng\\s+${MONTH}(?:\\s*,?\\s*(?:năm\\s+)?${Y})?(?![\\p{L}\\d])`, "giu"),
    build: (m) => day(+m[1]!, monthOf(m[2]!), m[3] ? +m[3] : null),
  },
  // 3/6, ngày 25/11; also 23-11 when a time of day, "ngày", "hôm" or a weekday stands before it (maybe with "nay", "qua",
  // "sau" or "trước", the date in brackets: "Sáng nay (15-9)", "hôm qua (14-9)", "Ngày hôm sau (16-9)", "thứ Ba (17-9)").
  // (The lookbehind is tried only where a day and its month stand, not at every digit: the lookahead before it.)
  { needs: ["/"], re: new RegExp(`${AT_DIGIT}${NOT_DIGIT_BEFORE}${D}\\s*/\\s*(\\d{1,2})${NOT_DIGIT_AFTER}`, "gu"), build: (m) => day(+m[1]!, +m[2]!, null) },
  { needs: ["-"], needsOneOfEach: [[...todWords, ...DAY_WORDS]], re: new RegExp(`(?=\\d{1,2}-\\d)(?<=${dayLead(TOD)})${D}-(\\d{1,2})${NOT_DIGIT_AFTER}`, "giu"), build: (m) => day(+m[1]!, +m[2]!, null) },
  // 12.4 after "Ngày", "hôm" or a time of day, "Sáng nay 12.4" too (Thanh Niên's style); a bare 12.4 could be a number
  { needs: ["."], needsOneOfEach: [[...todWords, ...DAY_WORDS]], re: new RegExp(`(?=\\d{1,2}\\.\\d)(?<=${dayLead(TOD)})${D}\\.(\\d{1,2})${NOT_DIGIT_AFTER}`, "giu"), build: (m) => day(+m[1]!, +m[2]!, null) },
  // tháng 9 năm 2015, tháng 10/2011, tháng 10-2011
  { needs: ["tháng"], re: new RegExp(`tháng\\s+${MONTH}\\s*(?:năm\\s+|[/-])${Y}${NOT_DIGIT_AFTER}`, "giu"), build: (m) => month(monthOf(m[1]!), +m[2]!, null) },
  // a part of a month: "đầu tháng 5" (1–10), "giữa tháng 5" (11–20), "cuối tháng 5/2023" (21 to its last day), and the
  // same as "thượng tuần", "trung tuần", "hạ tuần tháng 5" (the first, middle and last ten days): a range
  // marked `month_part` (it is no visit's span)
  {
    needsOne: ["tháng"], re: new RegExp(`${at("đầu", "giữa", "cuối", "thượng", "trung", "hạ")}(?<![\\p{L}])(đầu|giữa|cuối|thượng tuần|trung tuần|hạ tuần)\\s+tháng\\s+${MONTH}(?:\\s*(?:năm\\s+|/)${Y}|\\s+(năm ngoái|năm trước|năm nay)(?![\\p{L}]))?${NOT_DIGIT_AFTER}`, "giu"),
    build: (m) => (m[4] ? monthPartOfYear(PART_OF_MONTH[m[1]!.toLowerCase()]!, monthOf(m[2]!), /nay/i.test(m[4]) ? "this_year" : "last_year") : monthPart(PART_OF_MONTH[m[1]!.toLowerCase()]!, monthOf(m[2]!), m[3] ? +m[3] : null)),
  },
  // tháng 4 vừa qua, tháng 7 năm ngoái, tháng 6 năm nay
  // (In words as well as figures: "tháng Mười năm ngoái" writes no digit.)
  { needsOne: ["tháng"], re: new RegExp(`tháng\\s+${MONTH}\\s+(vừa qua|năm ngoái|năm trước|năm nay)(?![\\p{L}])`, "giu"), build: (m) => month(monthOf(m[1]!), null, /vừa qua/i.test(m[2]!) ? "recent" : /nay/i.test(m[2]!) ? "this_year" : "last_year") },
  // a month alone, in figures: "Vào tháng 6, …", "… hồi tháng 1." (not "tháng 6 tới", a month to come; nor a count, "3
  // tháng 6 ngày"; nor a month and year with a dot, "tháng 6.2019")
  {
    needs: ["tháng"], re: new RegExp(`${at("tháng")}(?<![\\p{L}]|\\d\\s+)tháng\\s+(\\d{1,2})(?![\\d/-]|\\.\\d|\\s*(?:ngày|tới|sau|tiếp|sắp)(?![\\p{L}]))`, "giu"),
    build: (m) => month(+m[1]!, null, null),
  },
  // a month alone, in words, which the press capitalises: "Hồi tháng Bảy, …", "tháng Mười Một" (not "tháng hai bên", nor
  // "tháng Bảy tới")
  {
    needsOne: ["tháng"], re: new RegExp(`${at("tháng", "Tháng")}(?<![\\p{L}])[Tt]háng\\s+(${CAPITAL_MONTH_WORD})(?:\\s+(?:năm\\s+)?${Y}(?!\\d)|(?![\\p{L}]|\\s*(?:[,(]?\\s*(?:ngày|năm)\\s|\\/|\\d|tới|sau|tiếp|sắp)(?![\\p{L}])))`, "gu"),
    build: (m) => month(monthOf(m[1]!), m[2] ? +m[2] : null, null),
  },
  // Chinese order in machine translations, month before day: "tháng 6 ngày 3" (6月3日), "năm 2019 tháng 6 ngày 3"
  // (2019年6月3日); with the numbers before their units, "6 tháng 3 ngày" (read only where a time of day, a
  // punctuation mark, the end or a wire dateline's "điện" (电) follows: "3 tháng 2 ngày" is otherwise a span of time)
  {
    needs: ["ngày", "tháng"], re: new RegExp(`${at("năm", "tháng")}(?:năm\\s+${Y}\\s*,?\\s+)?tháng\\s+${MONTH}\\s*,?\\s+ngày\\s+${D}(?![\\d/-]|\\.\\d|\\s+tháng)`, "giu"),
    build: (m) => day(+m[3]!, monthOf(m[2]!), m[1] ? +m[1] : null),
  },
  {
    needs: ["ngày", "tháng"], re: new RegExp(`${AT_DIGIT}${NOT_DIGIT_BEFORE}(?:${Y}\\s+năm\\s+)?(\\d{1,2})\\s+tháng\\s+${D}\\s+ngày(?=\\s*(?:[,.;:)]|$|(?:buổi\\s+)?${TOD}(?![\\p{L}])|điện(?![\\p{L}])))`, "giu"),
    build: (m) => day(+m[3]!, +m[2]!, m[1] ? +m[1] : null),
  },
  // Chinese word order in machine translations: "11 ngày buổi chiều" (11日下午), and a bare "ngày 24"
  { needs: ["ngày"], re: new RegExp(`${AT_DIGIT}${NOT_DIGIT_BEFORE}${D}\\s+ngày(?=\\s+(?:buổi\\s+)?${TOD})`, "giu"), build: (m) => day(+m[1]!, null, null) },
  { needs: ["ngày"], re: new RegExp(`${at("ngày")}(?<![\\p{L}])ngày\\s+${D}(?![\\d/-]|\\.\\d|\\s+tháng)`, "giu"), build: (m) => day(+m[1]!, null, null) },
  // năm 2020
  { needs: ["năm"], re: new RegExp(`năm\\s+${Y}${NOT_DIGIT_AFTER}`, "giu"), build: (m) => yearAlone(+m[1]!) },
  // relative expressions
  // a weekday without its date: "hôm thứ Tư", "vào thứ Sáu", "chiều Chủ nhật" (not "ngày thứ hai", the second day)
  {
    needsOne: ["thứ", "chủ nhật"], needsOneOfEach: [["hôm", "vào", ...todWords]], re: new RegExp(`${at("thứ", "chủ")}(?<=(?:hôm|vào|${TOD})\\s+)(thứ\\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\\s+nhật)(?![\\p{L}\\d]|\\s*[,(]?\\s*(?:ngày\\s+)?\\d)`, "giu"),
    build: (m) => relativeParts("weekday", null, null, weekdayNumber(m[1]!)),
  },
  // a weekday with its week or "vừa qua" ("thứ Tư tuần trước", "thứ Tư vừa qua"): no ordinal is so qualified
  {
    needsOne: ["thứ", "chủ nhật"], needsOneOfEach: [["vừa qua", "tuần"]], re: new RegExp(`${at("thứ", "chủ")}(?<![\\p{L}])${WEEKDAY_NAME}\\s+(vừa qua|tuần này|tuần trước|tuần qua)(?![\\p{L}])`, "giu"),
    build: (m) => {
      const week = m[2]!.toLowerCase();
      return relativeParts("weekday", null, null, weekdayNumber(m[1]!), week === "vừa qua" ? undefined : week === "tuần này" ? 0 : 1);
    },
  },
  // "ngày thứ Tư", "Ngày Chủ nhật": a weekday when its name is capitalised ("ngày thứ tư" is the fourth day)
  {
    needsOne: ["thứ", "chủ nhật"], needsOneOfEach: [["ngày"]], re: new RegExp(`${at("thứ", "chủ")}(?<=ngày\\s+)${WEEKDAY_NAME}(?![\\p{L}\\d]|\\s*[,(]?\\s*(?:ngày\\s+)?\\d)`, "giu"),
    build: (m) => (/^(?:[Tt]hứ\s+\p{Lu}|[Cc]hủ\s+[Nn]hật)/u.test(m[1]!) ? relativeParts("weekday", null, null, weekdayNumber(m[1]!)) : null),
  },
  // "tuần này", "tuần trước" (not "hai tuần trước": a count of weeks is not last week)
  {
    needsOne: ["tuần"], re: new RegExp(`${at("tuần")}(?<!(?:hai|ba|bốn|năm|vài|mấy|\\d+)\\s+)(?<![\\p{L}])(tuần này|tuần trước)(?![\\p{L}])`, "giu"),
    build: (m) => relativeParts(/này/i.test(m[1]!) ? "this_week" : "last_week"),
  },
  // "cuối tuần qua", "cuối tuần trước": the Saturday and Sunday of the week before the publication's
  {
    needsOne: ["tuần"], re: new RegExp(`${at("cuối")}(?<![\\p{L}])cuối tuần (?:vừa qua|qua|trước)(?![\\p{L}])`, "giu"),
    build: () => relativeParts("last_weekend"),
  },
  // a part of this month: "đầu tháng này" (its 1st–10th), "giữa tháng này", "cuối tháng này", "thượng tuần tháng này"
  // (`this_month` of kind `relative`, with the part's first and last day; 31 is the month's end)
  {
    needsOne: ["tháng này"], re: new RegExp(`${at("đầu", "giữa", "cuối", "thượng", "trung", "hạ")}(?<![\\p{L}])(đầu|giữa|cuối|thượng tuần|trung tuần|hạ tuần)\\s+tháng này(?![\\p{L}])`, "giu"),
    build: (m) => {
      const [from, to] = partDays(PART_OF_MONTH[m[1]!.toLowerCase()]!, 31);
      return relativeParts("this_month", from, to);
    },
  },
  // "tháng trước": the month before the publication's (not a count, "hai tháng trước"; nor "tháng trước đó", before a time the text told)
  {
    needsOne: ["tháng trước"], re: new RegExp(`${at("tháng")}(?<!(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|vài|mấy|nhiều|\\d+)\\s+)(?<![\\p{L}])tháng trước(?![\\p{L}]|\\s+đó(?![\\p{L}]))`, "giu"),
    build: () => relativeParts("last_month"),
  },
  // a part of last month: "đầu tháng trước" (its 1st–10th), "giữa tháng trước", "cuối tháng trước", "hạ tuần tháng trước"
  // (`last_month` with the part's first and last day; 31 is the month's end)
  {
    needsOne: ["tháng trước"], re: new RegExp(`${at("đầu", "giữa", "cuối", "thượng", "trung", "hạ")}(?<![\\p{L}])(đầu|giữa|cuối|thượng tuần|trung tuần|hạ tuần)\\s+tháng trước(?![\\p{L}]|\\s+đó(?![\\p{L}]))`, "giu"),
    build: (m) => {
      const [from, to] = partDays(PART_OF_MONTH[m[1]!.toLowerCase()]!, 31);
      return relativeParts("last_month", from, to);
    },
  },
  // "Mới đây, …", "Gần đây, …", "Vừa qua, …" opening a sentence: some days before the publication
  {
    needsOne: ["mới đây", "gần đây", "vừa qua", "vừa rồi"], needsOneOfEach: [[","]], re: new RegExp(`${at("mới", "gần", "vừa")}(?<=^\\s*|[.!?…]["”)]?\\s+)(mới đây|gần đây|vừa qua|vừa rồi)(?=\\s*,)`, "giu"),
    build: () => relativeParts("lately"),
  },
  // "chiều nay", "sáng nay": today (not "Sáng nay 5.6", which writes the day)
  {
    needsOne: ["nay"], needsOneOfEach: [todWords], re: new RegExp(`(?=${TOD})(?<![\\p{L}])(${TOD})\\s+nay(?![\\p{L}]|\\s*[,(]?\\s*(?:ngày\\s+)?\\d)`, "giu"),
    build: () => relativeParts("today"),
  },
  // "tối qua", "chiều qua": yesterday (not "qua cầu truyền hình", by way of)
  {
    needsOne: ["qua"], needsOneOfEach: [todWords], re: new RegExp(`(?=${TOD})(?<![\\p{L}])(${TOD})\\s+qua(?![\\p{L}]|\\s+(?:cầu|hình thức|điện thoại|mạng|video)(?![\\p{L}]))`, "giu"),
    build: () => relativeParts("yesterday"),
  },
  // ("đồng nhật", 同日, is a machine translation's "the same day")
  { needsOne: ["cùng ngày", "hôm nay", "hôm qua", "vừa qua", "đồng nhật"], re: new RegExp(`${at("cùng", "hôm", "vừa", "đồng")}(?<![\\p{L}])(cùng ngày|hôm nay|hôm qua|vừa qua|đồng nhật)(?![\\p{L}])`, "giu"), build: (m) => relativeParts(RELATIVE[m[1]!.toLowerCase()]!) },
];

/** Compiled once per grammar: the time-of-day words come from the lexicon. */
interface Compiled {
  readonly patterns: readonly Pattern[];
  /** The words the patterns need, looked for in one pass over a text's lower case. */
  readonly needed: Vocabulary;
  /** Those of the patterns that read a text with no digit (every other needs one): fewer words, found sooner. */
  readonly neededWithoutDigits: Vocabulary;
  /**
   * One of which each pattern that reads a text with no digit needs (`needsOne`), to be found in any case in the
   * text as written (see `datesIn`); null if one of those patterns needs none.
   */
  readonly opening: Vocabulary | null;
  readonly before: RegExp;
  readonly after: RegExp;
  /** A time of day that opens a mention of its own ("Chiều nay", "tối qua"). */
  readonly opens: RegExp;
  /** The dates of texts read lately: the extractor reads one paragraph or sentence several times. */
  readonly recent: Map<string, readonly DateMention[]>;
}
const compiled = new WeakMap<Grammar, Compiled>();
function grammarPatterns(g: Grammar) {
  let c = compiled.get(g);
  if (!c) {
    const TOD = g.timeOfDaySource;
    const patterns = patternRows(TOD, Object.keys(g.timeOfDay).map((w) => w.toLowerCase()));
    const wordsOf = (p: Pattern) => [...(p.needs ?? []), ...(p.needsOne ?? []), ...(p.needsOneOfEach ?? []).flat()];
    const withoutDigits = patterns.filter((p) => !p.needs);
    c = {
      patterns,
      needed: new Vocabulary(patterns.flatMap(wordsOf)),
      neededWithoutDigits: new Vocabulary(withoutDigits.flatMap(wordsOf)),
      opening: withoutDigits.every((p) => p.needsOne?.length) ? new Vocabulary(withoutDigits.flatMap((p) => p.needsOne!)) : null,
      // "Chiều 3/6", "sáng ngày 3/6", and with the weekday between: "Chiều thứ Sáu, 3/6", "sáng Chủ nhật (ngày 3/6)"
      before: new RegExp(`(${TOD})(?:\\s+nay)?(?:\\s+(?:hôm|ngày))?(?:\\s+(?:thứ\\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\\s+nhật)\\s*[,(]?\\s*(?:ngày)?)?\\s*[,(]?\\s*$`, "iu"),
      after: new RegExp(`^\\s*,?\\s*(?:vào\\s+)?(?:buổi\\s+)?(${TOD})(?![\\p{L}])`, "iu"),
      opens: new RegExp(`^(${TOD})(?![\\p{L}])`, "iu"),
      recent: new Map(),
    };
    compiled.set(g, c);
  }
  return c;
}

/** The words one of which a text with no digit must hold, in any case, to be read for dates (see `datesIn`; for its test). */
export function wordsWithoutDigits(g: Grammar): readonly string[] {
  return grammarPatterns(g).patterns.flatMap((p) => (p.needs ? [] : (p.needsOne ?? [])));
}

/** A weekday's name, group 1 (the press capitalises the day: "thứ Tư", "Chủ nhật"). */
const WEEKDAY_NAME = "(thứ\\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\\s+nhật)";
const WEEKDAY: Record<string, number> = { "chủ nhật": 0, "thứ hai": 1, "thứ ba": 2, "thứ tư": 3, "thứ năm": 4, "thứ sáu": 5, "thứ bảy": 6 };
/** 0 = Sunday … 6 = Saturday of a weekday's name as written ("thứ Tư", "Chủ nhật"), null for no weekday. */
function weekdayNumber(name: string): number | null {
  return WEEKDAY[name.toLowerCase().replace(/\s+/g, " ")] ?? null;
}
const RELATIVE: Record<string, Relative> = { "cùng ngày": "same_day", "đồng nhật": "same_day", "hôm nay": "today", "hôm qua": "yesterday", "vừa qua": "recent" };

const isThis = (month: string) => month.toLowerCase() === "này";

/** A day or span of "tháng này": days of a month to be read from the publication date, checked against the longest month. */
function thisMonth<T extends { kind: "day" | "range"; month: number | null; monthEnd?: number | null }>(d: T | null) {
  return d && { ...d, month: null, monthEnd: null, relative: "this_month" as const };
}

function monthOf(s: string): number {
  return /^\d+$/.test(s) ? Number(s) : (MONTH_WORDS[s.toLowerCase().replace(/\s+/g, " ")] ?? 0);
}

/**
 * The parts of a date read from the publication's ("hôm qua", "tháng trước", "hôm thứ Tư"): none written but the days
 * given. (Parts are written out field by field, not spread from a blank: on Node 20 an object spread followed by a
 * property the spread object lacks makes a new hidden class every time, and every reader of such objects then meets a
 * new shape.)
 */
function relativeParts(relative: Relative, day: number | null = null, dayEnd: number | null = null, weekday?: number | null, weeksBack?: 0 | 1) {
  return { kind: "relative" as const, day, dayEnd, month: null, monthEnd: null, year: null, relative, weekday, weeksBack };
}

/**
 * A year alone ("năm 2020"). (It, `day`, `range` and `month`, the commonest, write every field out rather than spread
 * a blank one: an object literal is made several times faster than a spread, and these are made for every date written.)
 */
function yearAlone(y: number) {
  return { kind: "year" as const, day: null, dayEnd: null, month: null, monthEnd: null, year: y, relative: null };
}

function day(d: number, m: number | null, y: number | null) {
  if (!validDay(d, m, y)) return null;
  return { kind: "day" as const, day: d, dayEnd: null, month: m, monthEnd: null, year: y, relative: null };
}

function range(d1: number, d2: number, m: number, y: number | null) {
  if (!validDay(d1, m, y) || !validDay(d2, m, y) || d2 <= d1) return null;
  return { kind: "range" as const, day: d1, dayEnd: d2, month: m, monthEnd: m, year: y, relative: null };
}

/** The first and last day of a part of a month ("đầu" 1–10, "giữa" 11–20, "cuối" 21 to `last`). */
function partDays(part: string, last: number): [number, number] {
  return part === "đầu" ? [1, 10] : part === "giữa" ? [11, 20] : [21, last];
}

function monthPart(part: string, m: number, y: number | null) {
  if (m < 1 || m > 12) return null;
  // Without its year, February's end is read as the 28th.
  const [from, to] = partDays(part, daysInMonth(y ?? 2001, m));
  return { kind: "range" as const, day: from, dayEnd: to, month: m, monthEnd: m, year: y, relative: "month_part" as const };
}

/**
 * A part of a month named with its year counted from the publication ("đầu tháng 4 năm ngoái"): read like "tháng 4 năm
 * ngoái" (a month that dates the encounter it governs), with the part's days.
 */
function monthPartOfYear(part: string, m: number, relative: "last_year" | "this_year") {
  if (m < 1 || m > 12) return null;
  const [from, to] = partDays(part, daysInMonth(2001, m));
  return { kind: "month" as const, day: from, dayEnd: to, month: m, monthEnd: null, year: null, relative };
}

/** From one day and month to another: a range (`monthEnd` the last day's month), within a year and at most a month on. */
function span(d1: number, m1: number, d2: number, m2: number, y: number | null) {
  if (m1 === m2) return range(d1, d2, m1, y);
  if (!validDay(d1, m1, y) || !validDay(d2, m2, y) || m2 !== m1 + 1) return null;
  return { kind: "range" as const, day: d1, dayEnd: d2, month: m1, monthEnd: m2, year: y, relative: null };
}

function month(m: number, y: number | null, relative: Relative | null) {
  if (m < 1 || m > 12) return null;
  return { kind: "month" as const, day: null, dayEnd: null, month: m, monthEnd: null, year: y, relative };
}

function validDay(d: number, m: number | null, y: number | null): boolean {
  if (m !== null && (m < 1 || m > 12)) return false;
  // (Every month has 28 days: only a later day asks the calendar, which makes a Date.)
  const fits = d <= 28 || d <= (m === null ? 31 : daysInMonth(y ?? 2000, m)); // 2000 is a leap year: 29/2 stays possible
  return d >= 1 && fits && (y === null || (y >= 1900 && y <= 2100));
}

/**
 * Every date expression in `text`, left to right, without overlaps (where
 * two patterns match overlapping text, the earlier and then the longer
 * wins), each with the time of day written just before or after it.
 */
export function findDates(text: string, grammar: Grammar): readonly DateMention[] {
  const c = grammarPatterns(grammar);
  let dates = c.recent.get(text);
  if (dates === undefined) {
    if (c.recent.size >= 4096) c.recent.clear(); // a paragraph's rereadings come close together
    c.recent.set(text, (dates = Object.freeze(datesIn(text, grammar, c))));
  }
  return dates;
}

/** "mùng" or "mồng" before a day of the month's first ten ("ngày mùng 10", "mồng 3/6"): a word the patterns read past. */
const DAY_PREFIX = /(?<![\p{L}])(?:mùng|mồng)(?=\s+\d)/giu;

function datesIn(original: string, grammar: Grammar, { patterns, needed, neededWithoutDigits, opening }: Compiled): DateMention[] {
  // ("mùng" and "mồng" are blanked below only before a digit: the text has one if and only if the original has.)
  const digits = /\d/.test(original);
  // A text with no digit and none of the words the patterns that read one need in any case holds no date: returned
  // before its lower case is made (a quarter of the paragraphs). What the words' search in the lower case would find,
  // the case-insensitive search finds: every character whose lower case is a letter of those words matches it so, the
  // one exception being "İ", whose lower case is two characters ("i̇"), which the test leaves to the full reading.
  // (test/dates.test.ts checks every character.)
  if (!digits && opening !== null && !opening.anyInAnyCase(original) && !original.includes("\u0130")) return [];
  const found: DateMention[] = [];
  // (The patterns read a copy with "mùng" and "mồng" blanked, of the same length: the offsets hold, and the mention's
  // text is the original's. The lower case, needed anyway, tells whether there is any: one scan fewer of every text.)
  let lower = original.toLowerCase();
  let text = original;
  if (lower.includes("mùng") || lower.includes("mồng")) {
    text = original.replace(DAY_PREFIX, (w) => " ".repeat(w.length));
    lower = text.toLowerCase();
  }
  // Most paragraphs hold no date: a pattern runs only where the words it needs are (the patterns are case-insensitive).
  // (Without a digit, only the words of the patterns that read such a text.)
  const words = (digits ? needed : neededWithoutDigits).in(lower);
  for (const p of patterns) {
    if (!wanted(p, words, digits)) continue;
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
      const parts = p.build(m);
      if (parts) found.push(dateMention(parts, m.index, m.index + m[0].length, text === original ? m[0] : original.slice(m.index, m.index + m[0].length)));
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: DateMention[] = [];
  for (const d of found) {
    const last = kept.at(-1);
    if (last && d.start < last.end) continue;
    kept.push(d);
  }
  return kept.map((d) => withWeekday(text, withTimeOfDay(text, d, grammar)));
}

/** Whether a text with these words (and digits, or none) may hold a match of the pattern. (Loops, not `every` and `some`: this runs for every pattern of every text, and a callback would be a closure made each time.) */
function wanted(p: Pattern, words: ReadonlySet<string>, digits: boolean): boolean {
  if (p.needs) {
    if (!digits) return false;
    for (const w of p.needs) if (!words.has(w)) return false;
  }
  if (p.needsOne && !hasOne(p.needsOne, words)) return false;
  if (p.needsOneOfEach) for (const list of p.needsOneOfEach) if (!hasOne(list, words)) return false;
  return true;
}

function hasOne(list: readonly string[], words: ReadonlySet<string>): boolean {
  for (const w of list) if (words.has(w)) return true;
  return false;
}

/**
 * A date mention with every field, in one order (those a pattern does not give undefined): one shape of object for
 * the rules that read thousands of them. (Made by spreading what each pattern builds, they came in a dozen shapes,
 * and every rule that read a field had to tell them apart.)
 */
function dateMention(parts: Omit<DateMention, "start" | "end" | "text" | "timeOfDay">, start: number, end: number, text: string): DateMention {
  return {
    start,
    end,
    text,
    kind: parts.kind,
    day: parts.day,
    dayEnd: parts.dayEnd,
    month: parts.month,
    monthEnd: parts.monthEnd,
    year: parts.year,
    timeOfDay: null,
    relative: parts.relative,
    weekday: parts.weekday,
    weeksBack: parts.weeksBack,
  };
}

/** A weekday just before a day ("thứ Ba, 5/3", "Chiều thứ Ba (ngày 5/3)"); not an ordinal ("lần thứ hai, 5/3"). */
const WEEKDAY_BEFORE = /(?<!(?:lần|khóa|kỳ|phiên|vòng|đợt|ngày|năm)\s+)(?<![\p{L}])(thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật)\s*[,(]?\s*(?:ngày\s+)?$/iu;
/** A weekday in brackets just after a day: "5/3 (thứ Ba)". */
const WEEKDAY_AFTER = /^\s*\(\s*(thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật)\s*\)/iu;

function withWeekday(text: string, d: DateMention): DateMention {
  if (d.kind !== "day" || d.day === null || d.month === null) return d;
  const m = WEEKDAY_BEFORE.exec(text.slice(Math.max(0, d.start - 24), d.start)) ?? WEEKDAY_AFTER.exec(text.slice(d.end, d.end + 16));
  if (!m) return d;
  const weekday = weekdayNumber(m[1]!);
  return weekday === null ? d : { ...d, weekday };
}

/** "Chiều 3/6", "vào buổi sáng ngày 06 tháng 11", "ngày 06 tháng 11 chiều", "… vào buổi chiều". */
function withTimeOfDay(text: string, d: DateMention, grammar: Grammar): DateMention {
  if (d.kind === "year" || d.kind === "month") return d;
  const tod = grammarPatterns(grammar);
  const before = tod.before.exec(text.slice(Math.max(0, d.start - 32), d.start));
  const after = tod.after.exec(text.slice(d.end, d.end + 20));
  const word = (tod.opens.exec(d.text)?.[1] ?? before?.[1] ?? after?.[1])?.toLowerCase();
  if (!word) return d;
  const extend = after && !before ? { end: d.end + after[0].length, text: d.text + after[0] } : {};
  return { ...d, ...extend, timeOfDay: grammar.timeOfDay[word] ?? null };
}

/**
 * A month read only to date the encounter it governs ("tháng 6", "tháng 6 năm nay", "tháng trước"): it lends no month
 * to a later day written without one ("ngày 24") and makes no date of its sentence otherwise.
 */
export function monthOnlyForDating(d: DateMention): boolean {
  return (d.kind === "month" && d.year === null && d.relative === null) || d.relative === "this_year" || d.relative === "last_month";
}

/** ISO date of a fully specified day mention, else null. */
export function isoOf(d: { day: number | null; month: number | null; year: number | null }): string | null {
  if (d.day === null || d.month === null || d.year === null) return null;
  return `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
}
