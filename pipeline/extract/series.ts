import type { Series } from "../generated/reference.ts";

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
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/\s*[-‐‑‒–—―]\s*/g, "-")
    .replace(/\s+/g, " ");
}

const UNITS: Record<string, number> = { mot: 1, hai: 2, ba: 3, bon: 4, tu: 4, nam: 5, lam: 5, sau: 6, bay: 7, tam: 8, chin: 9 };
const UNIT = "(?:mot|hai|ba|bon|tu|nam|lam|sau|bay|tam|chin)";
/** Vietnamese number words up to ninety-nine, folded ("muoi" is both mười and mươi). */
const WORDS = `(?:${UNIT} muoi(?: ${UNIT})?|muoi(?: ${UNIT})?|${UNIT}|nhat|dau tien|dau)`;
const ROMAN = "[ivxl]{1,7}";
const NUMBER = `(\\d{1,3}|${ROMAN}|${WORDS})`;
const END = "(?![\\p{L}\\p{M}\\d])";
/** After the name: "lần thứ 9", "lần 4", "thứ chín", "vòng 2", "khóa II". */
const ORDINAL_AFTER = `(?:lan thu|lan|thu|khoa|vong thu|vong) ${NUMBER}${END}`;
/** Before the name only the forms with "lần"/"vòng": a bare "thứ hai" there is as likely a weekday. */
const ORDINAL_BEFORE = `(?:lan thu|lan|vong thu|vong) ${NUMBER}`;
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
  const folded = foldSeriesText(text);
  const out: EditionMention[] = [];
  for (const { series: s, re } of patterns(series)) {
    re.lastIndex = 0;
    for (const m of folded.matchAll(re)) {
      const n = ordinalValue((m[1] ?? m[2] ?? m[3])!);
      const edition = n === null ? undefined : s.editions.find((e) => e.edition === n);
      if (edition && !out.some((o) => o.edition === edition)) out.push({ series: s, edition });
    }
  }
  return out;
}

/** The parties a series' name may end with, folded. */
const PARTY = "viet nam|viet|nhat ban|nhat|asean";
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const compiled = new WeakMap<readonly Series[], { series: Series; re: RegExp }[]>();

/** One expression per series over the folded text: any of its names with an ordinal just after it, or just before it. */
function patterns(series: readonly Series[]): { series: Series; re: RegExp }[] {
  let out = compiled.get(series);
  if (!out) {
    out = series.map((s) => {
      const folded = [...new Set(s.names.map(foldSeriesText))].sort((a, b) => b.length - a.length);
      const names = folded.map(escape).join("|");
      const L = "(?<![\\p{L}\\p{M}\\d])";
      // A name ending in the two parties ("… Việt Nam - Nhật Bản") is also written with them after the ordinal:
      // "Đối thoại 2+2 … cấp Thứ trưởng lần đầu tiên giữa Việt Nam và Nhật Bản".
      const split = folded.flatMap((n) => {
        const m = new RegExp(`^(.+) (${PARTY})-(${PARTY})$`, "u").exec(n);
        return m ? [{ stem: m[1]!, a: m[2]!, b: m[3]! }] : [];
      });
      const stems = [...new Set(split.map((x) => x.stem))].map(escape).join("|");
      const parties = [...new Set(split.map((x) => `giua (?:${x.a} va ${x.b}|${x.b} va ${x.a})`))].join("|");
      const between = split.length ? `|${L}(?:${stems})${BETWEEN} ${ORDINAL_AFTER} (?:${parties})${END}` : "";
      return { series: s, re: new RegExp(`${L}${ORDINAL_BEFORE} (?:${names})|${L}(?:${names})${BETWEEN} ${ORDINAL_AFTER}${between}`, "gu") };
    });
    compiled.set(series, out);
  }
  return out;
}
