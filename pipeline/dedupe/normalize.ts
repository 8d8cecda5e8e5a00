/**
 * Text normalisation for duplicate detection.
 *
 * normalizeText(s) = NFC → lowercase → every run of characters that are not
 * letters, digits or combining marks (Unicode \p{L}, \p{N}, \p{M}) becomes a
 * single space → trimmed.
 *
 * Vietnamese diacritics are kept ("vinh" ≠ "vịnh", "đ" ≠ "d"): only case and
 * Unicode composition (NFC vs decomposed input from some CMSs) are folded.
 * Punctuation is a separator, so "16/9" → "16 9", "Việt-Nhật" → "việt nhật".
 *
 * `forEachWord` yields the token boundaries and `normalizeText` is defined by
 * it. `hashWords` (the hot path) hashes the same tokens in one pass without
 * building the normalised string or any per-word string: text whose
 * characters need no real NFC/lowercasing (all NFC Vietnamese) is read
 * through a folding table without any copy; other text is folded first. The
 * tests check that the paths agree.
 */

import { FNV32_OFFSET, fmix32, fnv1aStep, murmur3_32Words } from "./hash.ts";

const WORD_CHAR_RE = /^[\p{L}\p{N}\p{M}]$/u;

/** 1 for BMP code units that are letters/digits/marks, 0 otherwise (surrogates 0). ~20 ms to build. */
const BMP_WORD = buildBmpTable();

function buildBmpTable(): Uint8Array {
  const t = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    if (c < 0x80) {
      t[c] = (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) ? 1 : 0;
    } else if (WORD_CHAR_RE.test(String.fromCharCode(c))) {
      t[c] = 1;
    }
  }
  return t;
}

const astralCache = new Map<number, boolean>();
function isAstralWordChar(cp: number): boolean {
  let v = astralCache.get(cp);
  if (v === undefined) {
    v = WORD_CHAR_RE.test(String.fromCodePoint(cp));
    astralCache.set(cp, v);
  }
  return v;
}

/** NFC + lowercase: the case/composition folding step, kept separate for reuse. */
export function foldCase(s: string): string {
  return s.normalize("NFC").toLowerCase();
}

/**
 * Calls `onWord(start, end)` for each token of `folded` (a string already
 * passed through `foldCase`): maximal runs of letters/digits/marks, with
 * surrogate pairs classified by their code point.
 */
export function forEachWord(folded: string, onWord: (start: number, end: number) => void): void {
  const n = folded.length;
  let start = -1;
  for (let i = 0; i < n; i++) {
    const c = folded.charCodeAt(i);
    let word: boolean;
    let width = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = folded.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        word = isAstralWordChar(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
        width = 2;
      } else {
        word = false;
      }
    } else {
      word = BMP_WORD[c] === 1;
    }
    if (word) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      onWord(start, i);
      start = -1;
    }
    i += width - 1;
  }
  if (start >= 0) onWord(start, n);
}

/** The normalised comparison form of `s` (see module comment). */
export function normalizeText(s: string): string {
  const folded = foldCase(s);
  const parts: string[] = [];
  forEachWord(folded, (a, b) => {
    parts.push(folded.slice(a, b));
  });
  return parts.join(" ");
}

/** Hash of one word: FNV-1a over its UTF-16 code units, then fmix32 for avalanche. */
export function wordHash(word: string): number {
  let h = FNV32_OFFSET;
  for (let i = 0; i < word.length; i++) h = fnv1aStep(h, word.charCodeAt(i));
  return fmix32(h);
}


/** Word hashes of a text plus the length of its normalised form. */
export interface WordHashes {
  /** `wordHash` of each token of `normalizeText(text)`, in order. Only [0, count) is valid. */
  hashes: Uint32Array;
  count: number;
  /** `normalizeText(text).length`, computed without building the string. */
  normalizedLength: number;
  /**
   * 53-bit key of the normalised text (a safe integer, for Map/Set keys
   * without building strings): MurmurHash3 of the word-hash sequence
   * (32 bits) and the normalised length mod 2^21. Equal normalised texts ⇒
   * equal keys; callers verify equality on a hit.
   */
  contentKey: number;
  /** The text needed real NFC/lowercasing (the slow path): `partStats` was not filled. */
  folded: boolean;
}

const SEQUENCE_SEED = 0x3c6ef372;

function result(hashes: Uint32Array, count: number, chars: number, folded: boolean): WordHashes {
  const normalizedLength = count === 0 ? 0 : chars + count - 1;
  return { hashes, count, normalizedLength, contentKey: contentKeyOf(hashes, 0, count, chars), folded };
}

/** The content key (see `WordHashes`) of the `count` words at `hashes[start…]`, holding `chars` word characters. */
export function contentKeyOf(hashes: Uint32Array, start: number, count: number, chars: number): number {
  const normalizedLength = count === 0 ? 0 : chars + count - 1;
  return murmur3_32Words(hashes, start, start + count, SEQUENCE_SEED) * 0x200000 + (normalizedLength & 0x1fffff);
}

/**
 * Fast-path table, built on first use: raw BMP code unit → 0 if it is a
 * separator, its lowercase form if it is a word character, or NEEDS_FOLD if
 * the text containing it must go through `foldCase` first. A character is
 * NEEDS_FOLD when NFC could change it or merge it with a neighbour (it is not
 * NFC-stable, or it is a combining mark, or it occurs as a non-initial
 * character of some canonical decomposition — e.g. Hangul vowel jamo), when
 * its lowercase is not a single code unit (U+0130 İ) or depends on context
 * (U+03A3 Σ, final sigma), and for surrogates. Text made only of other
 * characters — all of NFC Vietnamese — is already NFC, and its lowercase is
 * the per-unit map, so the fast path equals foldCase + scan exactly; the
 * tests compare the two.
 */
const NEEDS_FOLD = 0xffff;
let foldTable: Uint16Array | null = null;

function buildFoldTable(): Uint16Array {
  const t = new Uint16Array(0x10000);
  const second = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const d = String.fromCharCode(c).normalize("NFD");
    for (let k = 1; k < d.length; k++) second[d.charCodeAt(k)] = 1;
  }
  const mark = /^\p{M}$/u;
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) {
      t[c] = NEEDS_FOLD;
      continue;
    }
    const ch = String.fromCharCode(c);
    const lower = ch.toLowerCase();
    if (second[c] === 1 || c === 0x03a3 || lower.length !== 1 || ch.normalize("NFC") !== ch || mark.test(ch)) {
      t[c] = NEEDS_FOLD;
      continue;
    }
    const lc = lower.charCodeAt(0);
    t[c] = BMP_WORD[lc] === 1 ? lc : 0;
  }
  return t;
}

/**
 * Tokenises and hashes `text` in one pass, without creating a string per
 * word: the tokens of `normalizeText(text)`, hashed as by `wordHash`. Most
 * texts are scanned directly through a folding table; a text with a
 * character that needs real NFC/lowercasing (see `buildFoldTable`) is folded
 * first. `text` may be given as its lines (an array taken as joined by
 * "\n", a separator), so a caller holding paragraphs need not build the
 * whole string. `buffer`, when given, is reused for the result if large
 * enough (callers processing many articles pass the previous result's
 * buffer). `partStats`, when given (2 per part), receives after each part
 * the number of words so far and of their characters, unless the text
 * needed folding (`folded`).
 */
export function hashWords(text: string | readonly string[], buffer?: Uint32Array, partStats?: Int32Array): WordHashes {
  const table = foldTable ?? (foldTable = buildFoldTable());
  const parts = typeof text === "string" ? [text] : text;
  let total = Math.max(0, parts.length - 1); // the newlines between parts
  for (const part of parts) total += part.length;
  const hashes = buffer && buffer.length >= (total >>> 1) + 1 ? buffer : new Uint32Array((total >>> 1) + 1);
  // a token needs ≥ 1 code unit and a separator, so ≤ n/2 + 1 tokens: no growth checks
  let count = 0;
  let chars = 0;
  let h = 0;
  let inWord = false;
  for (let p = 0; p < parts.length; p++) {
    const part = parts[p]!;
    const n = part.length;
    for (let i = 0; i < n; i++) {
      const v = table[part.charCodeAt(i)]!;
      if (v === 0) {
        if (inWord) {
          inWord = false;
          hashes[count++] = fmix32(h);
        }
      } else if (v === NEEDS_FOLD) {
        return hashFolded(foldCase(typeof text === "string" ? text : text.join("\n")), hashes);
      } else {
        if (!inWord) {
          inWord = true;
          h = FNV32_OFFSET;
        }
        h = Math.imul(h ^ v, 0x01000193);
        chars++;
      }
    }
    if (inWord) {
      // the newline after a part ends its last word
      inWord = false;
      hashes[count++] = fmix32(h);
    }
    if (partStats) {
      partStats[2 * p] = count;
      partStats[2 * p + 1] = chars;
    }
  }
  return result(hashes, count, chars, false);
}

/** Slow path of `hashWords`: scan a string already passed through `foldCase`. */
function hashFolded(folded: string, buffer: Uint32Array): WordHashes {
  const n = folded.length;
  const hashes = buffer.length >= (n >>> 1) + 1 ? buffer : new Uint32Array((n >>> 1) + 1);
  let count = 0;
  let chars = 0;
  let h = 0;
  let inWord = false;
  for (let i = 0; i < n; i++) {
    const c = folded.charCodeAt(i);
    let word: boolean;
    if (c < 0xd800 || c > 0xdbff) {
      word = BMP_WORD[c] === 1;
    } else {
      const d = i + 1 < n ? folded.charCodeAt(i + 1) : 0;
      if (d >= 0xdc00 && d <= 0xdfff && isAstralWordChar(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000)) {
        if (!inWord) {
          inWord = true;
          h = FNV32_OFFSET;
        }
        h = Math.imul(Math.imul(h ^ c, 0x01000193) ^ d, 0x01000193);
        chars += 2;
        i++;
        continue;
      }
      word = false;
    }
    if (word) {
      if (!inWord) {
        inWord = true;
        h = FNV32_OFFSET;
      }
      h = Math.imul(h ^ c, 0x01000193);
      chars++;
    } else if (inWord) {
      inWord = false;
      hashes[count++] = fmix32(h);
    }
  }
  if (inWord) hashes[count++] = fmix32(h);
  return result(hashes, count, chars, true);
}
