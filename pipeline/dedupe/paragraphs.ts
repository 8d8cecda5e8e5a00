/**
 * Paragraph-level repeats inside one article: photo captions printed twice,
 * a block of paragraphs pasted again by the CMS.
 */

import { contentKeyOf, hashWords, normalizeText } from "./normalize.ts";

let scratch: Uint32Array = new Uint32Array(1024);

/**
 * Indexes of the paragraphs whose normalised form (normalize.ts) equals that
 * of an earlier paragraph of the same list, in increasing order. The first
 * occurrence is never listed, so the article's content counts once.
 * Paragraphs that normalise to the empty string (separators such as "***")
 * are ignored.
 *
 * Paragraphs are compared by the 53-bit content key of their normalised form
 * (normalize.ts); a key hit is verified on the normalised strings, so the
 * result is exact.
 */
export function repeatedParagraphIndexes(paragraphs: readonly string[]): number[] {
  if (paragraphs.length < 2) return [];
  return repeatsByKey(paragraphs, (i) => {
    const w = hashWords(paragraphs[i] ?? "", scratch);
    scratch = w.hashes;
    return w.count === 0 ? null : w.contentKey;
  });
}

/**
 * `repeatedParagraphIndexes(paragraphs)` from the word hashes of the
 * paragraphs taken together, as `hashWords(paragraphs, …, partStats)` left
 * them (not folded): a caller that hashed the text by paragraphs need not
 * hash each paragraph again.
 */
export function repeatedParagraphIndexesFrom(paragraphs: readonly string[], hashes: Uint32Array, partStats: Int32Array): number[] {
  if (paragraphs.length < 2) return [];
  return repeatsByKey(paragraphs, (i) => {
    const start = i === 0 ? 0 : partStats[2 * i - 2]!;
    const count = partStats[2 * i]! - start;
    const chars = partStats[2 * i + 1]! - (i === 0 ? 0 : partStats[2 * i - 1]!);
    return count === 0 ? null : contentKeyOf(hashes, start, count, chars);
  });
}

/** The repeats, given each paragraph's content key (null when it has no word). */
function repeatsByKey(paragraphs: readonly string[], keyOf: (i: number) => number | null): number[] {
  const repeats: number[] = [];
  const firstByKey = new Map<number, number>(); // content key → index of its first paragraph
  let sameKey: Map<number, number[]> | undefined; // later distinct paragraphs with a taken key (rare)
  for (let i = 0; i < paragraphs.length; i++) {
    const key = keyOf(i);
    if (key === null) continue;
    const first = firstByKey.get(key);
    if (first === undefined) {
      firstByKey.set(key, i);
      continue;
    }
    const norm = normalizeText(paragraphs[i] ?? "");
    const earlier = [first, ...(sameKey?.get(key) ?? [])];
    if (earlier.some((j) => normalizeText(paragraphs[j] ?? "") === norm)) {
      repeats.push(i);
    } else {
      sameKey ??= new Map();
      sameKey.set(key, [...(sameKey.get(key) ?? []), i]);
    }
  }
  return repeats;
}
