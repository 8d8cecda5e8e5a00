import type { Lexicon, Series } from "../generated/reference.ts";
import { Vocabulary } from "../lang/vocabulary.ts";

export type { Series };

/**
 * Numbered series of meetings with the dates of their editions
 * (reference/series.json): an article that names "Hội nghị Quan chức Quốc
 * phòng Cao cấp Nhật Bản-ASEAN lần thứ hai" names the year 2010 without
 * writing it.
 *
 * Names and text are compared folded: lower case, without diacritics (đ → d),
 * every dash one hyphen with no spaces around it, runs of spaces one space. So
 * "Đối thoại Chính sách quốc phòng Việt Nam–Nhật Bản" and "Doi thoai chinh sach
 * quoc phong Viet Nam - Nhat Ban" are one name; the order of the countries is
 * not folded (the series lists each order the press uses).
 *
 * The edition is read from the ordinal just after the name, or just before
 * it ("lần thứ 4 Hội nghị …", as machine translations write it). Ordinals are
 * written with "lần thứ", "lần", "thứ", "khóa", "vòng" or "vòng thứ" and a
 * number in digits ("lần thứ 9"), in Roman numerals ("lần thứ IX"), or in
 * words ("lần thứ chín", "lần thứ mười một", "lần thứ hai mươi mốt"); "lần
 * đầu tiên" / "lần đầu" / "lần thứ nhất" is the first. A rank qualifier may
 * stand between the name and the ordinal ("… cấp Thứ trưởng lần thứ nhất"), and
 * an abbreviation in brackets ("… (ADMM+) lần thứ 7").
 */
export type Edition = Series["editions"][number];

export interface EditionMention {
  readonly series: Series;
  readonly edition: Edition;
}

/** Lower case, no diacritics, đ → d, dashes one "-" with no spaces around, spaces single. */
export function foldSeriesText(text: string): string {
  // Each UTF-16 unit outside ASCII folded on its own, from a table (this runs around every ordinal of every article).
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (from < i) parts.push(text.slice(from, i));
    parts.push(foldUnit(c));
    from = i + 1;
  }
  parts.push(text.slice(from));
  const lower = parts.join("").toLowerCase();
  // Runs of spaces to one space: only runs of two or more, or other white space, need replacing.
  return (lower.includes("-") ? lower.replace(/\s*-\s*/g, "-") : lower).replace(/\s{2,}|[^\S ]/g, " ");
}

const foldedUnit: string[] = new Array<string>(0x10000).fill("");
const unitKnown = new Uint8Array(0x10000);
/** One non-ASCII UTF-16 unit folded (a combining mark of decomposed text folds to nothing). */
function foldUnit(code: number): string {
  if (!unitKnown[code]) {
    const c = String.fromCharCode(code);
    foldedUnit[code] = /[‐‑‒–—―]/.test(c) ? "-" : c.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d");
    unitKnown[code] = 1;
  }
  return foldedUnit[code]!;
}

const UNITS: Record<string, number> = { mot: 1, hai: 2, ba: 3, bon: 4, tu: 4, nam: 5, lam: 5, sau: 6, bay: 7, tam: 8, chin: 9 };
const UNIT = "(?:mot|hai|ba|bon|tu|nam|lam|sau|bay|tam|chin)";
/** Vietnamese number words up to ninety-nine, folded ("muoi" is both mười and mươi). */
const WORDS = `(?:${UNIT} muoi(?: ${UNIT})?|muoi(?: ${UNIT})?|${UNIT}|nhat|dau tien|dau)`;
const ROMAN = "[ivxl]{1,7}";
const NUMBER = `(\\d{1,3}|${ROMAN}|${WORDS})`;
const END = "(?![a-z0-9])";
/** After the name: "lần thứ 9", "lần 4", "thứ chín", "vòng 2", "khóa II". */
/** The ordinal's number as the named group "n" (in the expressions per series, whose name is the group "name"). */
const NUMBER_N = `(?<n>${NUMBER.slice(1)}`;
const ORDINAL_AFTER = `(?:lan thu|lan|thu|khoa|vong thu|vong) ${NUMBER_N}${END}`;
/** Before the name only the forms with "lần"/"vòng": a bare "thứ hai" there is as likely a weekday. */
const ORDINAL_BEFORE = `(?:lan thu|lan|vong thu|vong) ${NUMBER_N}`;
/** What may stand between the name and its ordinal: a level ("cấp Thứ trưởng") or an abbreviation in brackets. */
const BETWEEN = "(?: cap (?:thu truong|bo truong|tuong|cao|chien luoc))?(?: ?\\([^)]{1,12}\\))?";

/** The number an ordinal writes (folded text), or null if it is not one. */
export function ordinalValue(written: string): number | null {
  const w = written.trim();
  if (/^\d+$/.test(w)) return Number(w);
  if (w === "nhat" || w === "dau" || w === "dau tien") return 1;
  if (/^[ivxl]+$/.test(w)) return roman(w);
  const parts = w.split(" ");
  if (parts.length === 1) return parts[0] === "muoi" ? 10 : (UNITS[parts[0]!] ?? null);
  // "muoi hai" (12), "hai muoi" (20), "hai muoi mot" (21); "lam" (five) is written only after a ten.
  const unitAfter = (u: string | undefined): number | null => (u === undefined ? 0 : (UNITS[u] ?? null));
  if (parts[0] === "muoi") {
    const u = parts.length === 2 ? unitAfter(parts[1]) : null;
    return u === null ? null : 10 + u;
  }
  if (parts[1] === "muoi" && parts.length <= 3) {
    const tens = UNITS[parts[0]!];
    const u = unitAfter(parts[2]);
    return tens === undefined || tens === 1 || parts[0] === "lam" || u === null ? null : tens * 10 + u;
  }
  return null;
}

/** A Roman numeral I–L in canonical form, else null ("iiii", "vx" are not numerals). */
function roman(w: string): number | null {
  const value: Record<string, number> = { i: 1, v: 5, x: 10, l: 50 };
  let n = 0;
  for (let i = 0; i < w.length; i++) {
    const v = value[w[i]!]!;
    const next = value[w[i + 1] ?? ""] ?? 0;
    n += v < next ? -v : v;
  }
  return n > 0 && n <= 50 && toRoman(n) === w ? n : null;
}

function toRoman(n: number): string {
  const table: [number, string][] = [[50, "l"], [40, "xl"], [10, "x"], [9, "ix"], [5, "v"], [4, "iv"], [1, "i"]];
  let out = "";
  for (const [v, s] of table) while (n >= v) { out += s; n -= v; }
  return out;
}

/** Editions of a numbered series an article names. */
export function editionsNamed(text: string, series: readonly Series[]): EditionMention[] {
  const out: EditionMention[] = [];
  const compiled = patterns(series);
  // Ordinals are rare in a text: each is checked, folded, against the names that may end just before it or
  // begin just after it (sticky expressions tried at the ordinal only).
  ORDINAL_WORD.lastIndex = 0;
  for (const o of text.matchAll(ORDINAL_WORD)) {
    const head = foldSeriesText(text.slice(o.index, o.index + 60));
    if (!ORDINAL_AT.test(head)) continue;
    // Most ordinals ("thứ hai", "lần này") have no series' name beside them: a name must end with the word just
    // before (or a bracket), or begin within the words just after, before the wider windows are folded.
    const before = foldSeriesText(text.slice(Math.max(0, o.index - 40), o.index)).trimEnd();
    const beside = compiled.lastWords.has(before.slice(before.lastIndexOf(" ") + 1)) || before.endsWith(")") || head.split(" ").slice(1, 7).some((w) => compiled.firstWords.has(w));
    if (!beside) continue;
    const rest = foldSeriesText(text.slice(o.index, o.index + 40 + compiled.reach));
    const prefix = foldSeriesText(text.slice(Math.max(0, text.lastIndexOf(" ", Math.max(0, o.index - compiled.reach))), o.index));
    const window = prefix + rest;
    // One ordinal belongs to the series whose name beside it is longest: "lần thứ 10 Hội nghị Bộ trưởng Quốc
    // phòng ASEAN mở rộng" and "lần thứ 10 ADMM+" hold the shorter ADMM name "… ASEAN" / "ADMM" too. Chosen before
    // the edition is looked up, so an edition the longer series lacks is no edition of the shorter one.
    const found: { series: Series; n: number | null; length: number; after: boolean }[] = [];
    // (Only the series a name of which, or a stem, the window holds: each expression needs one written in it.)
    const present = compiled.names.in(window);
    for (const { series: s, res, keys } of compiled.list) {
      if (!keys.some((k) => present.has(k))) continue;
      res.forEach((re, i) => {
        re.lastIndex = prefix.length;
        const m = re.exec(window);
        if (m) found.push({ series: s, n: ordinalValue(m.groups!["n"]!), length: m.groups!["name"]!.length, after: i !== 1 });
      });
    }
    for (const after of [true, false]) {
      const side = found.filter((f) => f.after === after);
      const longest = Math.max(...side.map((f) => f.length));
      for (const f of side) {
        if (f.length < longest || f.n === null) continue;
        const edition = f.series.editions.find((e) => e.edition === f.n);
        if (edition && !out.some((x) => x.edition === edition)) out.push({ series: f.series, edition });
      }
    }
  }
  return out;
}

/**
 * The days of every edition the reference data dates to the day (its last day its first, when it gives none): the
 * editions an article names (`editionsNamed`) are among them, so a day none of them holds needs no look at the
 * article's.
 */
export function editionsDatedToTheDay(series: readonly Series[]): readonly { readonly start: string; readonly end: string }[] {
  let out = datedEditions.get(series);
  if (!out) datedEditions.set(series, (out = series.flatMap((s) => s.editions.filter((e) => (e.precision ?? "day") === "day").map((e) => ({ start: e.start, end: e.end ?? e.start })))));
  return out;
}
const datedEditions = new WeakMap<readonly Series[], readonly { readonly start: string; readonly end: string }[]>();

/**
 * Years of the editions of the series an article names without an ordinal ("… dự ADMM+ …") that were held within
 * the days of the visit it reports ("từ ngày 14 đến 17/11"): an edition on those days names its year. Where names
 * overlap ("ADMM" inside "ADMM+") only the longest counts.
 */
export function editionYearsInSpan(text: string, series: readonly Series[], span: { day: number; month: number; dayEnd: number; monthEnd: number }): number[] {
  if (span.monthEnd < span.month) return [];
  const folded = foldSeriesText(text);
  const hits: { s: Series; start: number; end: number }[] = [];
  for (const s of series) {
    for (const name of new Set(s.names.map(foldSeriesText))) {
      for (let at = folded.indexOf(name); at >= 0; at = folded.indexOf(name, at + 1)) {
        const end = at + name.length;
        if (!/[a-z0-9]/.test(folded[at - 1] ?? "") && !/[a-z0-9]/.test(folded[end] ?? "")) hits.push({ s, start: at, end });
      }
    }
  }
  const named = new Set(hits.filter((h) => !hits.some((o) => o !== h && o.start <= h.start && h.end <= o.end && o.end - o.start > h.end - h.start)).map((h) => h.s));
  const md = (m: number, d: number) => `${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  const from = md(span.month, span.day);
  const to = md(span.monthEnd, span.dayEnd);
  const years = new Set<number>();
  // (Only editions dated to the day: one known to its month or year would fit many spans.)
  for (const s of named) for (const e of s.editions) if ((e.precision ?? "day") === "day" && e.start.slice(5) <= to && e.end.slice(5) >= from) years.add(Number(e.start.slice(0, 4)));
  return [...years].sort((a, b) => a - b);
}

/** The parties a series' name may end with, folded. */
const PARTY = "viet nam|viet|nhat ban|nhat|asean";
/** Not after a letter or digit (the folded text and names are ASCII). */
const L = "(?<![a-z0-9])";
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Where an ordinal may stand in the text as written: its first word in any
 * case, with or without diacritics (the text is NFC, as ingested), not
 * followed by "tr" (no number word begins so: "Thứ trưởng" is the commonest
 * hit otherwise). A cheap scan; the folded check after it drops the rest.
 */
const ORDINAL_WORD = /(?:lần|lan|vòng|vong|khóa|khoá|khoa|thứ|thu)\s+(?!tr)/gi;
/** An ordinal at the start of a folded slice. */
const ORDINAL_AT = new RegExp(`^(?:lan thu|lan|thu|khoa|vong thu|vong) ${NUMBER}${END}`);

interface Compiled {
  /**
   * Per series, sticky expressions tried where an ordinal begins (group "n" its number), and the names and stems one
   * of which each expression needs written in the text.
   */
  readonly list: { series: Series; res: RegExp[]; keys: readonly string[] }[];
  /** Every series' names and stems, found in one pass. */
  readonly names: Vocabulary;
  /** How far from an ordinal a name may reach in the text as written (spaces and marks fold away). */
  readonly reach: number;
  /** The words a name (or what may stand between it and its ordinal) can end with, and begin with. */
  readonly lastWords: ReadonlySet<string>;
  readonly firstWords: ReadonlySet<string>;
}
const compiledFor = new WeakMap<readonly Series[], Compiled>();

function patterns(series: readonly Series[]): Compiled {
  let out = compiledFor.get(series);
  if (!out) {
    let longest = 0;
    // BETWEEN ends with a level's last word ("cap thu truong", "cap cao", "cap chien luoc").
    const lastWords = new Set(["truong", "tuong", "cao", "luoc"]);
    const firstWords = new Set<string>();
    const lastOf = (n: string) => n.slice(n.lastIndexOf(" ") + 1);
    const list = series.map((s) => {
      const folded = [...new Set(s.names.map(foldSeriesText))].sort((a, b) => b.length - a.length);
      longest = Math.max(longest, ...folded.map((n) => n.length));
      for (const n of folded) {
        lastWords.add(lastOf(n));
        firstWords.add(n.split(" ")[0]!);
      }
      const names = folded.map(escape).join("|");
      const res = [
        // "… Việt Nam - Nhật Bản lần thứ 9": the name just before the ordinal.
        new RegExp(`(?<=${L}(?<name>${names})${BETWEEN} )${ORDINAL_AFTER}`, "y"),
        // "lần thứ 4 Hội nghị …": the name just after it.
        new RegExp(`${ORDINAL_BEFORE} (?<name>${names})${END}`, "y"),
      ];
      // A name ending in the two parties ("… Việt Nam - Nhật Bản") is also written with them after the ordinal:
      // "Đối thoại 2+2 … cấp Thứ trưởng lần đầu tiên giữa Việt Nam và Nhật Bản".
      const split = folded.flatMap((n) => {
        const m = new RegExp(`^(.+) (${PARTY})-(${PARTY})$`).exec(n);
        return m ? [{ stem: m[1]!, a: m[2]!, b: m[3]! }] : [];
      });
      for (const { stem } of split) lastWords.add(lastOf(stem));
      for (const [stem, pairs] of groupBy(split)) {
        res.push(new RegExp(`(?<=${L}(?<name>${escape(stem)})${BETWEEN} )${ORDINAL_AFTER} giua (?:${pairs.join("|")})${END}`, "y"));
      }
      return { series: s, res, keys: [...folded, ...split.map((x) => x.stem)] };
    });
    out = { list, names: new Vocabulary(list.flatMap((x) => x.keys)), reach: 2 * longest + 80, lastWords, firstWords };
    compiledFor.set(series, out);
  }
  return out;
}

/** Each stem with the pairs of parties its names end with, in either order ("viet nam va nhat ban"). */
function groupBy(split: { stem: string; a: string; b: string }[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const { stem, a, b } of split) {
    const pairs = out.get(stem) ?? out.set(stem, []).get(stem)!;
    for (const p of [`${a} va ${b}`, `${b} va ${a}`]) if (!pairs.includes(p)) pairs.push(p);
  }
  return out;
}

type Trigger = Lexicon["meeting_triggers"][number];

const memberPatterns = new WeakMap<readonly Series[], { readonly re: RegExp; readonly members: ReadonlyMap<string, readonly ("VN" | "JP")[]> } | null>();

/**
 * Which of Vietnam and Japan are members of a forum the text names (`members_include` in reference/series.json):
 * "… dự Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng (ADMM+)" names a forum Japan belongs to, though it names no
 * Japanese.
 */
export function membersNamed(text: string, series: readonly Series[]): ReadonlySet<"VN" | "JP"> {
  let compiled = memberPatterns.get(series);
  if (compiled === undefined) {
    const members = new Map<string, ("VN" | "JP")[]>();
    for (const s of series) {
      for (const folded of s.members_include ? s.names.map(foldSeriesText) : []) members.set(folded, [...(members.get(folded) ?? []), ...s.members_include!]);
    }
    const names = [...members.keys()].sort((a, b) => b.length - a.length);
    compiled = names.length ? { re: new RegExp(`(?<![a-z0-9])(?:${names.map(escape).join("|")})(?![a-z0-9])`, "g"), members } : null;
    memberPatterns.set(series, compiled);
  }
  const out = new Set<"VN" | "JP">();
  if (!compiled) return out;
  for (const m of foldSeriesText(text).matchAll(compiled.re)) for (const c of compiled.members.get(m[0]) ?? []) out.add(c);
  return out;
}

/**
 * The names of multilateral forums as markers of a conference, for the names that hold a marker of another type:
 * "Đối thoại Shangri-La" is a conference though "Đối thoại" alone marks a dialogue, and "Cuộc gặp không chính thức
 * Bộ trưởng Quốc phòng ASEAN - Nhật Bản" one though "gặp" marks talks. A marker that starts earlier (or as early and
 * ends later) wins over one it overlaps, so the forum's name types the encounter. Names that open with a conference's
 * marker ("Hội nghị …") add their lower-case form only.
 */
export function forumMarkers(series: readonly Series[], triggers: readonly Trigger[]): Trigger[] {
  // One expression of every such marker (each worker builds this at start-up: one expression a marker cost 0.16 s).
  const others = new RegExp(`(?<![\\p{L}\\p{M}])(?:${triggers.filter((t) => t.type !== "conference").map((t) => escape(t.form)).join("|")})(?![\\p{L}\\p{M}])`, "u");
  const known = new Set(triggers.map((t) => t.form));
  const names = series.filter((s) => s.multilateral).flatMap((s) => s.names);
  // Each also with its first letter in lower case, as running text writes a name that opens with a common noun
  // ("… tham gia cuộc gặp không chính thức Bộ trưởng Quốc phòng ASEAN - Nhật Bản").
  const forms = [...new Set(names)].filter((n) => !known.has(n) && others.test(n));
  // (So is a name that opens with a conference's marker, in lower case: "… tham dự hội nghị Quan chức quốc phòng cấp
  // cao ASEAN mở rộng", where "hội nghị" alone marks nothing.)
  const lower = (n: string) => n.charAt(0).toLowerCase() + n.slice(1);
  const conferenceWords = new Set(triggers.filter((t) => t.type === "conference").map((t) => t.form));
  const opened = [...new Set(names)].filter((n) => [...conferenceWords].some((w) => n.startsWith(`${w} `)) && !known.has(lower(n))).map(lower);
  return [...new Set([...forms.flatMap((n) => [n, lower(n)]), ...opened])].filter((n) => !known.has(n)).map((form) => ({ form, type: "conference", subject: "mutual" }));
}
