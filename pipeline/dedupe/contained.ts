/**
 * Copies the banding misses: reprints proposed by the rare shingles two
 * texts share, not by their Jaccard.
 *
 * LSH over the whole texts (lsh.ts) proposes a pair with a probability that
 * grows with its Jaccard: about 0.68 at the floor of 0.3, 0.17 at 0.35 for
 * some seeds and bands, and almost never below 0.25. Two kinds of copy fall
 * there:
 *
 *   - a lightly edited reprint near the floor (trims of a word or two in
 *     most sentences: each costs its five shingles), which the main test
 *     accepts once proposed;
 *   - an abridged copy: another outlet's lead and a paragraph or two of a
 *     longer report, its sentences trimmed, adding nothing of its own. Its
 *     Jaccard with the report is 0.15–0.25 and its shingle containment
 *     0.6–0.7 (each cut makes four shingles that exist only at the join),
 *     but nearly all of its words stand inside a shingle of the report.
 *
 * Candidates: every text's shingles whose hash has its low bits zero (a
 * quarter of them, the same quarter in every text) are indexed; a shingle
 * that no more than `maxPosting` texts hold is rare, and two texts that
 * share at least `minSharedShare` of the shorter one's indexed shingles
 * (and `minShared`) are a candidate. Exact and deterministic: no miss by
 * hash luck. Built with a counting sort on the hashes' high bits and a
 * sort within each bucket, a range of buckets at a time (memory stays flat
 * however large the corpus).
 *
 * Confirmation on the whole texts: the main test (confirm.ts), or the
 * abridged one, asked of the shorter text: at least `minShingles` distinct
 * shingles and `minParagraphs` paragraphs of `paragraphWords` words or more
 * (the lead and more: a lead run alone as a brief, or a quoted passage,
 * stays an article of its own), a containment of at least `minContainment`,
 * and at least `minCoverage` of its words inside a shingle of the longer.
 * Or, of a shorter text that credits another outlet as its source ("(Theo
 * QĐND)": the caller says which, `credits`), the credited test: a
 * containment of at least `creditedContainment` and a word coverage of at
 * least `creditedCoverage`, between the figures of copies and of texts
 * written independently given below.
 *
 * Texts written independently about one meeting share names and formulas:
 * on the dev, dev2 and seed corpora and two blind sets (524 such pairs)
 * their containment is at most 0.21 and their word coverage at most 0.39;
 * the 11 copies among them have containment 0.61–0.98 and coverage
 * 0.80–1.
 */
import { once } from "../core/once.ts";
import { listSimilarity, type SetSimilarity } from "./confirm.ts";

export interface ContainedParams {
  /** Shingles whose hash ANDed with this is 0 are indexed (3: a quarter). */
  readonly sampleMask: number;
  /** Entries of the index sorted at a time (8 bytes each): a bound on its memory, not on what it finds. */
  readonly partEntries: number;
  /** A shingle held by more texts than this is no evidence of copying (formulas, templates). */
  readonly maxPosting: number;
  /** A candidate shares at least this share of the shorter text's indexed shingles, and at least `minShared`. */
  readonly minSharedShare: number;
  readonly minShared: number;
  /** The abridged test, of the shorter text: containment, word coverage, size, paragraphs. */
  readonly minContainment: number;
  readonly minCoverage: number;
  readonly minShingles: number;
  readonly minParagraphs: number;
  readonly paragraphWords: number;
  /** The credited test, of a shorter text that credits another outlet as its source: containment and word coverage. */
  readonly creditedContainment: number;
  readonly creditedCoverage: number;
}

export const DEFAULT_CONTAINED: ContainedParams = {
  sampleMask: 3,
  partEntries: 1 << 22,
  maxPosting: 8,
  minSharedShare: 0.35,
  minShared: 3,
  minContainment: 0.5,
  minCoverage: 0.8,
  minShingles: 40,
  minParagraphs: 2,
  paragraphWords: 12,
  creditedContainment: 0.35,
  creditedCoverage: 0.55,
};

/**
 * Whether a pair is an abridged copy: the similarity of the two whole shingle sets, the share of the shorter text's
 * words inside a shingle of the longer, and the shorter text's paragraphs of `paragraphWords` words or more.
 */
export function isAbridgedCopy(sim: SetSimilarity, coverage: number, shorterParagraphs: number, params: ContainedParams = DEFAULT_CONTAINED): boolean {
  if (sim.containment < params.minContainment || coverage < params.minCoverage || shorterParagraphs < params.minParagraphs) return false;
  return sim.intersection / sim.containment >= params.minShingles;
}

/**
 * Whether a pair is a credited copy: the shorter text names another outlet as its source ("(Theo QĐND)") and shares
 * with the longer more than texts written independently about one meeting do (containment at most 0.21, word coverage
 * at most 0.39 on the pairs measured above), though less than an untouched reprint: reworded in every paragraph, its
 * own word that it is a reprint settles it.
 */
export function isCreditedCopy(sim: SetSimilarity, coverage: number, params: ContainedParams = DEFAULT_CONTAINED): boolean {
  return sim.containment >= params.creditedContainment && coverage >= params.creditedCoverage;
}

/** Paragraphs of at least `words` words (runs of non-space characters). */
export function paragraphsOfWords(paragraphs: readonly string[], words: number): number {
  let n = 0;
  for (const p of paragraphs) {
    let count = 0;
    for (const _ of p.matchAll(/\S+/g)) if (++count >= words) break;
    if (count >= words) n++;
  }
  return n;
}

/**
 * The share of a text's words that stand inside one of its shingles the other text holds. `shingles` is the text's
 * shingle hashes in order (shingle j covers words j … j + size − 1); a text shorter than one shingle has one shingle
 * of all its words, counted as `size` words (a slight undercount of short texts' coverage, never an excess).
 */
export function wordCoverage(shingles: Uint32Array, other: ReadonlySet<number>, size: number): number {
  if (shingles.length === 0) return 0;
  let covered = 0;
  let until = -1; // the last word covered so far
  for (let j = 0; j < shingles.length; j++) {
    if (!other.has(shingles[j]!)) continue;
    const last = j + size - 1;
    covered += last - Math.max(until, j - 1);
    until = last;
  }
  return covered / (shingles.length + size - 1);
}

export interface ContainedInput {
  /** Input indexes of the texts to compare (distinct texts), and how many indexes there are in all. */
  readonly items: Int32Array;
  readonly count: number;
  /** Shingle hashes of text i, in order, with repeats. */
  readonly shinglesOf: (i: number) => Uint32Array;
  /** The paragraphs of text i. */
  readonly paragraphsOf: (i: number) => readonly string[];
  /** Words per shingle. */
  readonly shingleSize: number;
  /** The main test (confirm.ts). */
  readonly nearDuplicate: (sim: SetSimilarity) => boolean;
  /** Whether two texts are grouped already. */
  readonly grouped: (a: number, b: number) => boolean;
  /** Whether text i credits another outlet as its source ("(Theo QĐND)"): a reprint by its own word (see `isCreditedCopy`). */
  readonly credits?: (i: number) => boolean;
}

/**
 * Calls `onCopy(a, b)` (input indexes, a < b) for each candidate pair that passes the main test or the abridged one
 * and is not grouped already, in an order that depends only on the inputs. Returns the number of pairs confirmed on
 * their shingle sets.
 */
export function forEachContainedPair(input: ContainedInput, onCopy: (a: number, b: number) => void, params: ContainedParams = DEFAULT_CONTAINED): number {
  const { items, count, shinglesOf } = input;
  // Counting sort of (shingle, text) by the shingle's high 12 bits: bucket sizes, then places, a range of buckets at a
  // time (at most `partEntries`, so that memory stays flat however large the corpus). A text's repeats of a shingle are
  // told apart later, where one shingle's entries stand together.
  const BUCKETS = 1 << 12;
  const LOW = 0xfffff; // the hash's other 20 bits
  /** The bucket of an indexed shingle, -1 for one not indexed. */
  const bucketOf = (h: number) => ((h & params.sampleMask) === 0 ? h >>> 20 : -1);
  const size = new Int32Array(BUCKETS);
  const texts = items.filter((i) => shinglesOf(i).length >= params.minShingles);
  for (const i of texts) {
    const sh = shinglesOf(i);
    for (let j = 0; j < sh.length; j++) {
      const b = bucketOf(sh[j]!);
      if (b >= 0) size[b]!++;
    }
  }
  const indexed = new Int32Array(count); // distinct indexed shingles per text
  let pairs: Float64Array = new Float64Array(1 << 16); // a · count + b, once per indexed shingle the two share
  let nPairs = 0;
  const owners: number[] = [];
  let entries: Float64Array = new Float64Array(0);
  for (let from = 0; from < BUCKETS; ) {
    // Buckets [from, to): as many as fit in `partEntries` (at least one); offset[b - from] is where bucket b starts.
    let to = from;
    let total = 0;
    while (to < BUCKETS && (to === from || total + size[to]! <= params.partEntries)) total += size[to++]!;
    const offset = new Int32Array(to - from + 1);
    for (let b = from; b < to; b++) offset[b - from + 1] = offset[b - from]! + size[b]!;
    if (entries.length < total) entries = new Float64Array(total);
    const fill = offset.slice(0, to - from);
    // Each entry packed in one number, the hash's low bits by the text: exact below 2^53 (20 bits by fewer than 2^33 texts).
    for (const i of texts) {
      const sh = shinglesOf(i);
      for (let j = 0; j < sh.length; j++) {
        const b = bucketOf(sh[j]!);
        if (b >= from && b < to) entries[fill[b - from]!++] = (sh[j]! & LOW) * count + i;
      }
    }
    // Within a bucket, sorted, one shingle's entries stand together, ascending by text.
    for (let b = from; b < to; b++) {
      const o = entries.subarray(offset[b - from]!, offset[b - from + 1]!).sort();
      for (let r = 0; r < o.length; ) {
        const low = Math.floor(o[r]! / count);
        owners.length = 0;
        let e = r;
        for (; e < o.length && Math.floor(o[e]! / count) === low; e++) {
          const owner = o[e]! - low * count;
          if (owners.at(-1) !== owner) owners.push(owner);
        }
        for (const owner of owners) indexed[owner]!++;
        if (owners.length >= 2 && owners.length <= params.maxPosting) {
          for (let x = 0; x < owners.length; x++) {
            for (let y = x + 1; y < owners.length; y++) {
              if (nPairs === pairs.length) pairs = growTo(pairs, 2 * pairs.length);
              pairs[nPairs++] = owners[x]! * count + owners[y]!;
            }
          }
        }
        r = e;
      }
    }
    from = to;
  }
  entries = new Float64Array(0);
  const shared = pairs.subarray(0, nPairs).sort();
  let confirmations = 0;
  for (let r = 0; r < shared.length; ) {
    const key = shared[r]!;
    let e = r + 1;
    while (e < shared.length && shared[e] === key) e++;
    const common = e - r;
    r = e;
    const a = Math.floor(key / count);
    const b = key - a * count;
    const need = Math.max(params.minShared, params.minSharedShare * Math.min(indexed[a]!, indexed[b]!));
    if (common < need || input.grouped(a, b)) continue;
    confirmations++;
    const sa = shinglesOf(a);
    const sb = shinglesOf(b);
    const sim = listSimilarity(sa, sb);
    const [short, long] = sa.length <= sb.length ? [a, b] : [b, a];
    const coverage = once(() => wordCoverage(shinglesOf(short), new Set(shinglesOf(long)), input.shingleSize));
    const copy =
      input.nearDuplicate(sim) ||
      isAbridgedCopy(sim, coverage(), paragraphsOfWords(input.paragraphsOf(short), params.paragraphWords), params) ||
      (input.credits?.(short) === true && isCreditedCopy(sim, coverage(), params));
    if (copy) onCopy(a, b);
  }
  return confirmations;
}

function growTo(a: Float64Array, length: number): Float64Array {
  const b = new Float64Array(length);
  b.set(a);
  return b;
}
