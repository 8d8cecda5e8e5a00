/**
 * Finding candidate garbled name spans in a text: runs of capitalised tokens
 * holding a token that is pinyin but not Vietnamese ("Ruan Fuzhong",
 * "Nakatani Yuan"), or a token that is neither, next to Vietnamese name
 * syllables ("Nguyễn Phuntsuan").
 */
import { classifyToken, looksRomaji } from "../lang/syllables.ts";
import { isNameLike, joinsName, tokenize } from "../lang/tokens.ts";
import type { Token } from "../lang/tokens.ts";
import type { GarbledSpan, SpanToken } from "./types.ts";

/** A Vietnamese onset followed by a vowel: the start of a garbled Vietnamese word ("Phuntsuan"). */
const VIETNAMESE_START = /^(?:ngh|ng|nh|gh|gi|kh|ph|th|tr|ch|qu|[bcdđghklmnprstvx])?[aăâeêioôơuưy]/u;

function looksLikeGarbledVietnamese(word: string): boolean {
  const s = word.normalize("NFC").toLowerCase();
  return s.length >= 3 && VIETNAMESE_START.test(s);
}

function runsOf(text: string, tokens: readonly Token[]): Token[][] {
  const runs: Token[][] = [];
  let cur: Token[] = [];
  for (const t of tokens) {
    if (!isNameLike(t.text)) {
      if (cur.length) runs.push(cur);
      cur = [];
      continue;
    }
    const prev = cur.at(-1);
    if (prev && !joinsName(text.slice(prev.end, t.start))) {
      runs.push(cur);
      cur = [];
    }
    cur.push(t);
  }
  if (cur.length) runs.push(cur);
  return runs;
}

/**
 * Candidate garbled name spans, in text order, with offsets (UTF-16 code units,
 * end exclusive) into `text` as given.
 *
 * A run of capitalised tokens (joined by spaces or one tight hyphen; acronyms in
 * capitals break a run) is cut at its Vietnamese-only tokens. A piece becomes a
 * "pinyin" span when one of its tokens is pinyin but not a Vietnamese syllable
 * (long romaji-looking words like "Nakatani" do not count as evidence, but stay
 * in the span). Otherwise, a piece whose token is neither Vietnamese nor pinyin
 * but begins like a Vietnamese word, after a Vietnamese token of the same run,
 * becomes a "garbled" span that takes in up to two Vietnamese tokens before it
 * (the surname, and a middle name). Well-formed but wrong Vietnamese names
 * ("Nguyễn Phú Sáu") are not found here: they need the registry. A pinyin
 * piece right after one of `surnames` (Vietnamese surnames) takes the surname
 * in: the name was translated by halves ("Ngô Chunli", "Nguyễn Xinjiang").
 */
export function findGarbledSpans(text: string, surnames: ReadonlySet<string> = new Set()): GarbledSpan[] {
  const spans: GarbledSpan[] = [];
  for (const run of runsOf(text, tokenize(text))) {
    const toks: SpanToken[] = run.map((t) => ({
      ...t,
      cls: classifyToken(t.text),
      romaji: looksRomaji(t.text),
    }));
    const first = toks[0];
    const last = toks.at(-1);
    if (!first || !last) continue;
    const runInfo = { start: first.start, end: last.end, text: text.slice(first.start, last.end) };
    const viOnly = (t: SpanToken) => t.cls === "vietnamese";

    let i = 0;
    while (i < toks.length) {
      if (viOnly(toks[i]!)) {
        i++;
        continue;
      }
      let j = i;
      while (j < toks.length && !viOnly(toks[j]!)) j++;
      const piece = toks.slice(i, j);
      const hasPinyin = piece.some((t) => t.cls === "pinyin" && !t.romaji);
      const garbleAt = piece.findIndex(
        (t) => t.cls === "neither" && !t.romaji && looksLikeGarbledVietnamese(t.text),
      );
      let chosen: SpanToken[] | undefined;
      let kind: GarbledSpan["kind"] = "pinyin";
      if (hasPinyin) {
        // A Vietnamese surname just before pinyin is the half of the name left untranslated ("Ngô Chunli").
        chosen = i > 0 && surnames.has(toks[i - 1]!.text) ? toks.slice(i - 1, j) : piece;
      } else if (garbleAt >= 0 && i > 0 && viOnly(toks[i - 1]!)) {
        let from = i;
        while (from > 0 && i - from < 2 && viOnly(toks[from - 1]!)) from--;
        chosen = toks.slice(from, j);
        kind = "garbled";
      }
      if (chosen && chosen.length > 0) {
        const a = chosen[0]!;
        const b = chosen[chosen.length - 1]!;
        spans.push({ start: a.start, end: b.end, text: text.slice(a.start, b.end), kind, tokens: chosen, run: runInfo });
      }
      i = j;
    }
  }
  return spans;
}
