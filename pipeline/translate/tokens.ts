/**
 * Word tokens of a text with their offsets, and the "name-like" test
 * (capitalised, not an all-capitals acronym). Offsets are UTF-16 code-unit
 * indices into the string as given: the text is never normalised first.
 */

export interface Token {
  text: string;
  start: number;
  end: number;
}

/** Letters with combining marks; an inner apostrophe keeps a pinyin word together ("Xi'an"). */
const WORD = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    out.push({ text: m[0], start, end: start + m[0].length });
  }
  return out;
}

/** Starts with a capital letter and is not an acronym written in capitals (ASEAN, TTXVN). */
export function isNameLike(word: string): boolean {
  const first = [...word][0];
  if (first === undefined || !/^[\p{Lu}\p{Lt}]$/u.test(first)) return false;
  const letters = word.replace(/[^\p{L}]/gu, "");
  if (letters.length >= 2 && letters === letters.toUpperCase()) return false;
  return true;
}

export function nameTokens(text: string): Token[] {
  return tokenize(text).filter((t) => isNameLike(t.text));
}

/** Whether the text between two tokens keeps them in one name: spaces, or a single tight hyphen. */
export function joinsName(between: string): boolean {
  return /^[ \t\u00a0]+$/.test(between) || /^[-‐]$/.test(between);
}
