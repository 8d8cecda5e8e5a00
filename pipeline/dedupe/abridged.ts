/**
 * Abridged reprints: a copy that keeps an article's opening and a paragraph
 * or two of its body, and adds nothing of its own.
 *
 * The main test (confirm.ts) asks for a Jaccard of at least 0.3 besides the
 * containment, so that a short text is not absorbed into a long one that
 * merely quotes it; LSH over the whole text finds pairs from about that
 * Jaccard up. An outlet that runs only the lead and one paragraph of a
 * six-paragraph report makes a pair of Jaccard 0.15–0.25: almost all of
 * the short copy is in the long one, but the union is large. Such a copy
 * is found here by its opening instead:
 *
 *   - candidates: texts whose first `leadShingles` shingles (the lead
 *     sentence, where a copy starts) collide in one of the bands of a
 *     small classic MinHash over them, in the bands that hold a rare
 *     shingle (the same frequency sketch as the main LSH, so openings made
 *     of formulas do not fill the buckets);
 *   - confirmation on the whole shingle sets: the shorter text has at least
 *     `minShingles` distinct shingles and `minParagraphs` paragraphs of
 *     `paragraphWords` words or more (the lead and more: a lead run alone
 *     as a brief, or a quoted passage, stays an article of its own), and at
 *     least `minContainment` of its shingles are in the longer.
 *
 * Texts written independently about one meeting share names and formulas
 * and stay near 0.05 containment (confirm.ts), far below 0.8; a copy with a
 * word changed here and there loses five shingles per change and stays
 * above it. A brief made of a statement the long article also prints does
 * not open as the long article does, and is not a candidate.
 */
import { MinHasher, jaccardEstimate } from "./minhash.ts";
import { bandKeysInto, forEachCandidatePair, type LshParams } from "./lsh.ts";
import { listSimilarity, type SetSimilarity } from "./confirm.ts";

export interface AbridgedParams {
  /** Shingles of a text's opening that go into its lead signature. */
  readonly leadShingles: number;
  /** LSH over the lead signatures: bands × rows slots. */
  readonly bands: number;
  readonly rows: number;
  /** The least share of agreeing slots of two lead signatures (their openings' estimated Jaccard) worth a confirmation. */
  readonly minLeadJaccard: number;
  /** The shorter text's share of its distinct shingles found in the longer. */
  readonly minContainment: number;
  /** Distinct shingles the shorter text must have. */
  readonly minShingles: number;
  /** Paragraphs of at least `paragraphWords` words the shorter text must have. */
  readonly minParagraphs: number;
  readonly paragraphWords: number;
}

/**
 * 12 bands × 4 rows: two openings of lead Jaccard 0.6 (a copy with its outlet's prefix and a word or two changed)
 * collide with probability 1 − (1 − 0.6⁴)¹² ≈ 0.83, 0.7 with 0.96; unrelated openings (≤ 0.05) with about 1e-4.
 */
export const DEFAULT_ABRIDGED: AbridgedParams = { leadShingles: 32, bands: 12, rows: 4, minLeadJaccard: 0.4, minContainment: 0.8, minShingles: 40, minParagraphs: 2, paragraphWords: 12 };

/**
 * Whether a pair is an abridged reprint, given the similarity of the two whole shingle sets and the paragraphs of
 * `paragraphWords` words or more of the shorter text.
 */
export function isAbridgedCopy(sim: SetSimilarity, shorterParagraphs: number, params: AbridgedParams = DEFAULT_ABRIDGED): boolean {
  if (sim.containment < params.minContainment || shorterParagraphs < params.minParagraphs) return false;
  return sim.intersection / sim.containment >= params.minShingles;
}

/** Paragraphs of at least `words` words (runs of non-space characters). */
export function paragraphsOfWords(paragraphs: readonly string[], words: number): number {
  let n = 0;
  for (const p of paragraphs) {
    let count = 0;
    for (const m of p.matchAll(/\S+/g)) if (++count >= words) break;
    if (count >= words) n++;
  }
  return n;
}

export interface AbridgedInput {
  /** Input indexes of the texts to compare (distinct texts), and how many indexes there are in all. */
  readonly items: Int32Array;
  readonly count: number;
  /** Shingle hashes of text i, in order, with repeats. */
  readonly shinglesOf: (i: number) => Uint32Array;
  /** The paragraphs of text i. */
  readonly paragraphsOf: (i: number) => readonly string[];
  /** Whether a shingle is rare enough to put a text in a bucket (the main LSH's frequency test). */
  readonly rare: (shingle: number) => boolean;
  /**
   * The shorter text's containment in the longer, estimated from the whole texts' signatures (a cheap first look): the
   * pair is confirmed on its shingle sets only when this is at least half of `minContainment`.
   */
  readonly containmentEstimate: (a: number, b: number) => number;
  /** Whether two texts are grouped already. */
  readonly grouped: (a: number, b: number) => boolean;
  readonly seed: number;
  readonly lsh: Pick<LshParams, "maxBucketSize" | "bucketWindow">;
}

/**
 * Calls `onCopy(a, b)` (input indexes) for each pair that is an abridged reprint and not grouped already, in an order
 * that depends only on the inputs. Returns the number of pairs confirmed on their shingle sets.
 */
export function forEachAbridgedPair(input: AbridgedInput, onCopy: (a: number, b: number) => void, params: AbridgedParams = DEFAULT_ABRIDGED): number {
  const { items, count, shinglesOf } = input;
  const perm = params.bands * params.rows;
  const hasher = new MinHasher(perm, input.seed ^ 0x1ead5eed);
  const signatures = new Uint32Array(perm * count);
  const argmin = new Uint32Array(perm);
  const keys = new Uint32Array(2 * params.bands * count);
  const mask = new Uint8Array(params.bands * count);
  for (const i of items) {
    const shingles = shinglesOf(i);
    // (Fewer shingles than a paragraph: never the shorter copy, and a longer text's opening has as many.)
    if (shingles.length < params.minShingles) continue;
    hasher.signatureInto(shingles.subarray(0, params.leadShingles), signatures, i * perm, argmin);
    bandKeysInto(signatures, i * perm, params.bands, params.rows, keys, i, count);
    for (let b = 0; b < params.bands; b++) {
      for (let r = b * params.rows; r < (b + 1) * params.rows; r++) {
        if (input.rare(argmin[r]!)) {
          mask[b * count + i] = 1;
          break;
        }
      }
    }
  }
  const m = items.length;
  const seen = new Set<number>();
  let confirmations = 0;
  forEachCandidatePair(
    keys,
    count,
    items,
    { maxBucketSize: input.lsh.maxBucketSize, bucketWindow: input.lsh.bucketWindow, bands: params.bands, rows: params.rows },
    (p, q) => {
      const a = items[p]!;
      const b = items[q]!;
      const key = p * m + q;
      if (seen.has(key) || input.grouped(a, b)) return;
      seen.add(key);
      // Openings that share a band by their formulas only ("Chiều 3/6, tại Hà Nội, …"): most of their slots differ.
      if (jaccardEstimate(signatures, signatures, perm, a * perm, b * perm) < params.minLeadJaccard) return;
      // Reports of one official's doings open alike: the whole texts' signatures weed out those that go on apart.
      if (input.containmentEstimate(a, b) < params.minContainment / 2) return;
      confirmations++;
      const shorter = shinglesOf(a).length <= shinglesOf(b).length ? a : b;
      if (isAbridgedCopy(listSimilarity(shinglesOf(a), shinglesOf(b)), paragraphsOfWords(input.paragraphsOf(shorter), params.paragraphWords), params)) onCopy(a, b);
    },
    mask,
  );
  return confirmations;
}
