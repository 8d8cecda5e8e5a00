/**
 * A small grammar of the date forms the Vietnamese press writes, for the
 * metamorphic rewrites: find the dates of a paragraph, write each in another
 * form, or take its year away. Written apart from the extractor's own date
 * reader (`pipeline/lang/dates.ts`) on purpose: an instrument that shared
 * the extractor's patterns would be blind to the extractor's gaps.
 *
 * Forms read (D day, M month, Y year; "ngày" and a time-of-day word may
 * stand before):
 *   slash  "3/6", "ngày 25/11", "10/4/2018"
 *   dash   "chiều 23-11", "ngày 11-9-2021" (without a year, only after a time-of-day word or "ngày")
 *   dot    "Ngày 12.4", "10.10.2022" (without a year, likewise)
 *   words  "ngày 16 tháng 11", "ngày 12 tháng 9 năm 2021" (numeric months only)
 * Spans of days ("24-28/3", "từ ngày 2 đến 5/3", "từ ngày 10 đến ngày 12
 * tháng 9") are read as ranges: never rewritten into another form, only
 * their year removed. Month dates ("tháng 10/2011", "tháng 9 năm 2015") and
 * "năm 2020" are read for year removal only.
 */

export type DateForm = "slash" | "dash" | "dot" | "words";
export const DATE_FORMS: readonly DateForm[] = ["slash", "dash", "dot", "words"];

/** Time-of-day words (the lexicon's `time_of_day`), any case of the first letter. */
const TOD = "(?:[Ss]áng|[Tt]rưa|[Cc]hiều|[Tt]ối|[Đđ]êm)";
const TOD_BEFORE = new RegExp(`${TOD}\\s+$`, "u");

export interface DayDate {
  readonly kind: "day";
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** "ngày"/"Ngày" when the match begins with it, else "". */
  readonly ngay: string;
  readonly day: string;
  readonly month: string;
  readonly year: string | null;
  readonly form: DateForm;
  /** A time-of-day word stands just before the date (or before its "ngày"). */
  readonly afterTimeOfDay: boolean;
}

export interface OtherDate {
  readonly kind: "range" | "month" | "year" | "iso";
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The text with its year taken away ("" for "năm 2020" alone); null when it has no year. */
  readonly withoutYear: string | null;
}

export type Found = DayDate | OtherDate;

const NB = "(?<![\\d/.,+-])"; // no digit or number punctuation before
const NA = "(?![\\d]|[/.-]\\d)"; // none after
const D = "(\\d{1,2})";
const M = "(\\d{1,2})";
const Y = "((?:19|20)\\d{2})";

interface Row {
  readonly re: RegExp;
  readonly read: (m: RegExpExecArray, text: string) => Omit<DayDate, "start" | "end" | "text" | "afterTimeOfDay"> | Omit<OtherDate, "start" | "end" | "text"> | null;
}

const validDM = (d: string, m: string) => +d >= 1 && +d <= 31 && +m >= 1 && +m <= 12;

/** Rows in order of priority: where two overlap, the earlier row's match wins, then the longer. */
const ROWS: readonly Row[] = [
  // ISO date, as machine translations print it: (2017-10-24)
  { re: new RegExp(`\\(?${NB}${Y}-(\\d{2})-(\\d{2})${NA}\\)?`, "gu"), read: () => ({ kind: "iso", withoutYear: "" }) },
  // ranges: từ ngày 10 đến ngày 12 tháng 9 (năm 2021)
  {
    re: new RegExp(`(?:[Tt]ừ\\s+)?(?:[Nn]gày\\s+)${D}\\s+(?:đến|-|–)\\s+(?:ngày\\s+)?${D}\\s+tháng\\s+${M}((?:\\s+năm\\s+|\\s*/\\s*)${Y})?(?![\\p{L}\\d])`, "gu"),
    read: (m) => (validDM(m[1]!, m[3]!) ? { kind: "range", withoutYear: m[4] ? m[0].slice(0, m[0].length - m[4].length) : null } : null),
  },
  // ranges: 24-28/3, từ ngày 2 đến 5/3, từ ngày 7 đến 10-8-2024, ngày 9 đến 11-12, 2 đến 5/7/2018
  {
    re: new RegExp(`(?:[Tt]ừ\\s+)?(?:(?:các\\s+)?[Nn]gày\\s+(?:từ\\s+)?)?${NB}${D}\\s*(?:-|–|đến(?:\\s+ngày)?)\\s*${D}\\s*([/.-])\\s*${M}(\\3${Y})?${NA}`, "gu"),
    read: (m) => (validDM(m[2]!, m[4]!) && +m[1]! < +m[2]! ? { kind: "range", withoutYear: m[5] ? m[0].slice(0, m[0].length - m[5].length) : null } : null),
  },
  // ngày 16 tháng 11 (năm 2015 | /2015)
  {
    re: new RegExp(`([Nn]gày)\\s+${D}\\s+tháng\\s+${M}(?:(?:\\s+năm\\s+|\\s*/\\s*)${Y})?(?![\\p{L}\\d])`, "gu"),
    read: (m) => (validDM(m[2]!, m[3]!) ? { kind: "day", ngay: m[1]!, day: m[2]!, month: m[3]!, year: m[4] ?? null, form: "words" } : null),
  },
  // D/M/Y, D-M-Y, D.M.Y, with an optional "ngày" before
  {
    re: new RegExp(`(?:([Nn]gày)\\s+)?${NB}${D}([/.-])${M}\\3${Y}${NA}`, "gu"),
    read: (m) => (validDM(m[2]!, m[4]!) ? { kind: "day", ngay: m[1] ?? "", day: m[2]!, month: m[4]!, year: m[5]!, form: sepForm(m[3]!) } : null),
  },
  // tháng 10/2011, tháng 9 năm 2015, tháng 10-2011
  {
    re: new RegExp(`([Tt]háng\\s+${M})(?:\\s+năm\\s+|\\s*[/-]\\s*)${Y}${NA}`, "gu"),
    read: (m) => (+m[2]! >= 1 && +m[2]! <= 12 ? { kind: "month", withoutYear: m[1]! } : null),
  },
  // D/M, ngày D/M
  {
    re: new RegExp(`(?:([Nn]gày)\\s+)?${NB}${D}\\s*/\\s*${M}${NA}`, "gu"),
    read: (m) => (validDM(m[2]!, m[3]!) ? { kind: "day", ngay: m[1] ?? "", day: m[2]!, month: m[3]!, year: null, form: "slash" } : null),
  },
  // D-M, D.M after a time-of-day word or "ngày"
  {
    re: new RegExp(`(?:([Nn]gày)\\s+)?(?<=(?:${TOD}|[Nn]gày)\\s+)${D}([.-])${M}${NA}`, "gu"),
    read: (m) => (validDM(m[2]!, m[4]!) ? { kind: "day", ngay: m[1] ?? "", day: m[2]!, month: m[4]!, year: null, form: sepForm(m[3]!) } : null),
  },
  // năm 2020 (a year alone), with the preposition before it
  {
    re: new RegExp(`(?:(?:[Tt]rong|[Vv]ào|[Tt]ừ)\\s+)?[Nn]ăm\\s+${Y}${NA}`, "gu"),
    read: () => ({ kind: "year", withoutYear: "" }),
  },
];

function sepForm(sep: string): DateForm {
  return sep === "/" ? "slash" : sep === "-" ? "dash" : "dot";
}

/** Every date of `text`, left to right, without overlaps. */
export function findDates(text: string): Found[] {
  const all: (Found & { row: number })[] = [];
  ROWS.forEach((row, i) => {
    row.re.lastIndex = 0;
    for (let m = row.re.exec(text); m; m = row.re.exec(text)) {
      const read = row.read(m, text);
      if (!read) continue;
      const start = m.index;
      const end = m.index + m[0].length;
      if (read.kind === "day") {
        const before = text.slice(Math.max(0, start - 12), start);
        all.push({ ...read, start, end, text: m[0], afterTimeOfDay: TOD_BEFORE.test(before), row: i });
      } else all.push({ ...read, start, end, text: m[0], row: i } as OtherDate & { row: number });
    }
  });
  all.sort((a, b) => a.start - b.start || a.row - b.row || b.end - a.end);
  const kept: Found[] = [];
  for (const f of all) {
    if (kept.some((k) => f.start < k.end && k.start < f.end)) continue;
    const { row: _row, ...found } = f;
    kept.push(found as Found);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * `d` written in `form`, keeping its "ngày" and year; null when the form
 * cannot carry it (a dash or dot date without a year needs a time-of-day
 * word or "ngày" before it).
 */
export function renderDate(d: DayDate, form: DateForm): string | null {
  const ngay = d.ngay ? `${d.ngay} ` : "";
  switch (form) {
    case "words":
      return `${d.ngay || "ngày"} ${d.day} tháng ${d.month}${d.year ? ` năm ${d.year}` : ""}`;
    case "slash":
      return `${ngay}${d.day}/${d.month}${d.year ? `/${d.year}` : ""}`;
    case "dash":
    case "dot": {
      if (!d.year && !d.ngay && !d.afterTimeOfDay) return null;
      const sep = form === "dash" ? "-" : ".";
      return `${ngay}${d.day}${sep}${d.month}${d.year ? `${sep}${d.year}` : ""}`;
    }
  }
}

/** `d` without its year, in a form that stays readable: a dash or dot date with nothing before it becomes a slash date. */
export function dropYear(d: DayDate): string {
  const form = (d.form === "dash" || d.form === "dot") && !d.ngay && !d.afterTimeOfDay ? "slash" : d.form;
  return renderDate({ ...d, year: null }, form)!;
}

export interface Rewrite {
  readonly text: string;
  /** What was rewritten, "before → after", in order. */
  readonly changes: readonly string[];
}

/** Replace spans of `text` (sorted, not overlapping) by their new text. */
export function splice(text: string, edits: readonly { start: number; end: number; text: string }[]): string {
  let out = "";
  let at = 0;
  for (const e of edits) {
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + text.slice(at);
}

/** Every day date of `text` (not ranges) written in `form`. */
export function rewriteDates(text: string, form: DateForm): Rewrite {
  const edits: { start: number; end: number; text: string }[] = [];
  const changes: string[] = [];
  for (const d of findDates(text)) {
    if (d.kind !== "day" || d.form === form) continue;
    const out = renderDate(d, form);
    if (out === null || out === d.text) continue;
    edits.push({ start: d.start, end: d.end, text: out });
    changes.push(`${d.text} → ${out}`);
  }
  return { text: splice(text, edits), changes };
}

/**
 * Every year of `text` taken away: from day dates, ranges, month dates and
 * ISO dates; a "năm 2020" alone goes with its preposition (and with the
 * comma after it when it opens the sentence). Bare years in names and
 * periods ("UNCLOS 1982", "giai đoạn 2021 - 2023") are left.
 */
export function removeYears(text: string): Rewrite {
  const edits: { start: number; end: number; text: string }[] = [];
  const changes: string[] = [];
  for (const d of findDates(text)) {
    let start = d.start;
    let end = d.end;
    let out: string;
    if (d.kind === "day") {
      if (!d.year) continue;
      out = dropYear(d);
    } else {
      if (d.withoutYear === null) continue;
      out = d.withoutYear;
      if (out === "") {
        // take the space before it, or, opening a clause, the comma and space after it
        const after = /^,\s*/.exec(text.slice(end));
        const opens = start === 0 || /[.:;]\s*$/.test(text.slice(0, start)) || /^[^,]*\s[-–]\s$/.test(text.slice(0, start));
        if (opens && after) {
          // the clause after it opens the sentence now: its first letter takes the capital
          end += after[0].length;
          const next = text[end] ?? "";
          if (/\p{Ll}/u.test(next)) {
            out = next.toUpperCase();
            end += 1;
          }
        } else if (start > 0 && /\s/.test(text[start - 1]!)) start -= 1;
      }
    }
    edits.push({ start, end, text: out });
    changes.push(`${d.text} → ${d.kind === "day" || d.withoutYear ? out : "∅"}`);
  }
  return { text: splice(text, edits), changes };
}
