import type { Series } from "../generated/reference.ts";

export type { Series };

/**
 * Numbered series of meetings with the dates of their editions
 * (reference/series.json): an article that names "Hội nghị Quan chức Quốc
 * phòng Cao cấp Nhật Bản-ASEAN lần thứ hai" names the year 2010 without
 * writing it.
 */
export type Edition = Series["editions"][number];

export interface EditionMention {
  readonly series: Series;
  readonly edition: Edition;
}

const ORDINAL_WORDS: Record<string, number> = { nhất: 1, hai: 2, ba: 3, tư: 4, bốn: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10 };
const ORDINAL = "(?:lần\\s+thứ|lần|thứ|khóa|khoá)\\s+(\\d{1,2}|nhất|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười)(?![\\p{L}\\p{M}\\d])";

/** Editions of a numbered series an article names. */
export function editionsNamed(text: string, series: readonly Series[]): EditionMention[] {
  const out: EditionMention[] = [];
  for (const { series: s, re, named } of patterns(series)) {
    // Most articles name no series: the names alone are looked for first (the ordinal words are everywhere: "Thứ trưởng").
    if (!named.test(text)) continue;
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const written = (m[1] ?? m[2])!.toLowerCase();
      const n = /^\d+$/.test(written) ? Number(written) : ORDINAL_WORDS[written];
      const edition = s.editions.find((e) => e.edition === n);
      if (edition && !out.some((o) => o.edition === edition)) out.push({ series: s, edition });
    }
  }
  return out;
}

const compiled = new WeakMap<readonly Series[], { series: Series; re: RegExp; named: RegExp }[]>();

/** One expression per series: any of its names with an ordinal just after it, or just before it (machine translations: "lần thứ 4 Hội nghị …"). */
function patterns(series: readonly Series[]): { series: Series; re: RegExp; named: RegExp }[] {
  let out = compiled.get(series);
  if (!out) {
    out = series.map((s) => {
      const names = [...s.names].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
      return { series: s, re: new RegExp(`${ORDINAL}\\s+(?:${names})|(?:${names})(?:\\s*\\([^)]{1,12}\\))?\\s+${ORDINAL}`, "giu"), named: new RegExp(names, "iu") };
    });
    compiled.set(series, out);
  }
  return out;
}
