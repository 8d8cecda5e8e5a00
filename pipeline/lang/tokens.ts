/**
 * Word tokens of a text with their offsets, and the "name-like" test
 * (capitalised, not an all-capitals acronym). Offsets are UTF-16 code-unit
 * indices into the string as given: the text is never normalised first.
 */
import { allMatches } from "./matches.ts";
import { Remembered } from "./remembered.ts";

export interface Token {
  text: string;
  start: number;
  end: number;
}

/** Letters with combining marks; an inner apostrophe keeps a pinyin word together ("Xi'an"). */
const WORD = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of allMatches(WORD, text)) {
    const start = m.index;
    out.push({ text: m[0], start, end: start + m[0].length });
  }
  return out;
}

/** Starts with a capital letter and is not an acronym written in capitals (ASEAN, TTXVN). */
export function isNameLike(word: string): boolean {
  return nameLikeWords.of(word);
}

/** `isNameLike` of the words seen, remembered (names and titles recur across a corpus). */
const nameLikeWords = new Remembered(nameLikeUncached);

function nameLikeUncached(word: string): boolean {
  const first = [...word][0];
  if (first === undefined || !/^[\p{Lu}\p{Lt}]$/u.test(first)) return false;
  const letters = word.replace(/[^\p{L}]/gu, "");
  if (letters.length >= 2 && letters === letters.toUpperCase()) return false;
  return true;
}

/**
 * The name-like tokens of a text: `tokenize(text).filter((t) => isNameLike(t.text))`,
 * without a match object for every word. Tokens are found by a scan over
 * code points with a table of character properties (the same tokens as
 * WORD: runs of letters and marks, joined by a single apostrophe between
 * two runs), which also decides `isNameLike` on the way: the first code
 * point a capital, and not an acronym — fewer than two letters (UTF-16
 * units), or a letter that upper-casing changes (upper-casing maps code
 * point by code point, with no context rule outside Lithuanian, Turkish
 * and Azeri). Only name-like tokens are cut out of the text. The tests
 * compare the two.
 */
export function nameTokens(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let start = -1; // start of the token being read, or -1
  let first = 0; // properties of its first code point
  let letters = 0; // its letters, in UTF-16 units
  let changes = false; // it has a letter that upper-casing changes
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    let p: number;
    let w = 1;
    if (c < 0xd800 || c > 0xdfff) {
      p = bmpProps[c] || (bmpProps[c] = properties(text[i]!));
    } else {
      p = propsAt(text, i);
      w = widthAt(text, i);
    }
    if (p & IN_WORD) {
      if (start < 0) {
        start = i;
        first = p;
        letters = 0;
        changes = false;
      }
      if (p & LETTER) {
        letters += w;
        if ((p & UPPER_STABLE) === 0) changes = true;
      }
    } else if (start >= 0) {
      // an apostrophe between two runs of letters keeps them in one token
      if ((c === 0x27 || c === 0x2019) && i + 1 < n && (propsAt(text, i + 1) & IN_WORD) !== 0) {
        i++;
        continue;
      }
      if (first & CAPITAL && (letters < 2 || changes)) out.push({ text: text.slice(start, i), start, end: i });
      start = -1;
    }
    i += w;
  }
  if (start >= 0 && first & CAPITAL && (letters < 2 || changes)) out.push({ text: text.slice(start, n), start, end: n });
  return out;
}

/** Character properties, as bit flags (KNOWN marks a table entry as filled). */
const KNOWN = 1;
/** A letter or a mark: part of a word. */
const IN_WORD = 2;
const LETTER = 4;
/** An uppercase or titlecase letter. */
const CAPITAL = 8;
/** A letter that upper-casing leaves as it is. */
const UPPER_STABLE = 16;
/** An uppercase letter (\p{Lu}; titlecase letters are not). */
const UPPERCASE = 32;
/** Properties of BMP code units, found on first sight (0: not yet); surrogates are taken by code point, below. */
const bmpProps = new Uint8Array(0x10000);
const astralProps = new Map<number, number>();

function properties(ch: string): number {
  let p = KNOWN;
  if (/^\p{L}$/u.test(ch)) {
    p |= IN_WORD | LETTER;
    if (/^[\p{Lu}\p{Lt}]$/u.test(ch)) p |= CAPITAL;
    if (ch.toUpperCase() === ch) p |= UPPER_STABLE;
    if (/^\p{Lu}$/u.test(ch)) p |= UPPERCASE;
  } else if (/^\p{M}$/u.test(ch)) {
    p |= IN_WORD;
  }
  return p;
}

/** Properties of the code point at `i` (a lone surrogate is no letter). */
function propsAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdfff) return bmpProps[c] || (bmpProps[c] = properties(text[i]!));
  const cp = text.codePointAt(i)!;
  if (cp <= 0xffff) return KNOWN;
  let p = astralProps.get(cp);
  if (p === undefined) astralProps.set(cp, (p = properties(String.fromCodePoint(cp))));
  return p;
}

/** Whether a UTF-16 code unit is by itself a letter or a mark, as `/[\p{L}\p{M}]/u` tests it (half of a surrogate pair is neither). */
export function isLetterOrMarkUnit(c: number): boolean {
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return ((bmpProps[c] || (bmpProps[c] = properties(String.fromCharCode(c)))) & IN_WORD) !== 0;
}

/** 2 for a surrogate pair, else 1. */
function widthAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
}

/** Whether the text between two tokens keeps them in one name: spaces, or a single tight hyphen. */
export function joinsName(between: string): boolean {
  return /^[ \t\u00a0]+$/.test(between) || /^[-‐]$/.test(between);
}

/**
 * Capitalised words with their offsets: an upper-case letter, then letters
 * and marks, then any number of a hyphen (- or ‐) and letters and marks
 * ("Kishi", "Y-a-xu-ô"); exactly the matches, left to right, of
 * `[\p{Lu}][\p{L}\p{M}]*(?:[-‐][\p{L}\p{M}]+)*` with the flags `gu`. Found
 * by a scan over a table of character classes: the extractor runs it over
 * every article's whole text, and the expression is several times slower.
 */
export function capitalisedWords(text: string): Token[] {
  const words: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!(propsAt(text, i) & UPPERCASE)) {
      i += widthAt(text, i);
      continue;
    }
    const start = i;
    let end = i + widthAt(text, i);
    for (;;) {
      // Letters and marks; then a hyphen followed by at least one of them, and again.
      while (end < n && propsAt(text, end) & IN_WORD) end += widthAt(text, end);
      const c = text.charCodeAt(end);
      if (end + 1 < n && (c === 0x2d || c === 0x2010) && propsAt(text, end + 1) & IN_WORD) end += 1;
      else break;
    }
    words.push({ text: text.slice(start, end), start, end });
    i = end;
  }
  return words;
}
