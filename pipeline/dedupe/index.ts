/**
 * Near-duplicate detection (reprints across outlets) and repeated paragraphs
 * within an article. Pure functions; no I/O.
 *
 *   1. Each text is normalised and tokenised once (normalize.ts); we keep a
 *      53-bit content key of the normalised text and its 5-token shingle
 *      hashes (packed in large Uint32Arrays), and find the paragraphs it
 *      repeats from the same word hashes (paragraphs.ts).
 *   2. Articles are numbered in kept-copy order (cluster.ts: earliest date,
 *      then longest, then article_id), which makes every later step — and so
 *      the result — independent of the input order.
 *   3. Exact duplicates: equal 53-bit content key of the normalised text,
 *      verified on the normalised strings.
 *   4. One representative per distinct text gets a MinHash signature
 *      (minhash.ts, all packed in one Uint32Array) and goes through LSH
 *      banding (lsh.ts), in the bands that hold a rare shingle only: bands
 *      made of formulaic phrases alone (shingles occurring more than
 *      `maxShingleFrequency` times) are left out, so that the candidates
 *      grow linearly with the corpus (frequency.ts). Each candidate pair
 *      passes a prefilter on the signatures and is confirmed on the exact
 *      shingle sets (confirm.ts).
 *      Then the copies banding misses (contained.ts): pairs that share
 *      enough rare shingles (an exact index of a quarter of them), confirmed
 *      by the main test or as an abridged copy (the shorter text's words
 *      nearly all inside shingles of the longer).
 *   5. Confirmed pairs are merged with union-find; in each group the first
 *      article in kept-copy order is kept and every other member points
 *      directly at it (no chains), with its similarity *to the kept copy*.
 *
 * Cost is linear in the corpus apart from the sort in step 2 and the
 * candidates LSH lets through; no all-pairs comparison.
 */

import { forEachContainedPair } from "./contained.ts";
import { DEFAULT_CONFIRM, isNearDuplicate, listSimilarity } from "./confirm.ts";
import { UnionFind, keepOrder, parseTime } from "./cluster.ts";
import { DEFAULT_MAX_SHINGLE_FREQUENCY, ShingleFrequency } from "./frequency.ts";
import { DEFAULT_LSH, bandKeysInto, forEachCandidatePair } from "./lsh.ts";
import { DEFAULT_SEED, DEFAULT_SHINGLE_SIZE, createHasher, jaccardEstimate, shingleHashes, toSet } from "./minhash.ts";
import type { MinHashScheme } from "./minhash.ts";
import { hashWords, normalizeText } from "./normalize.ts";
import { repeatedParagraphIndexes, repeatedParagraphIndexesFrom } from "./paragraphs.ts";

export interface DedupeInput {
  article_id: string;
  /** Body text with boilerplate removed, or its lines (taken as joined by "\n", without the caller building that string). */
  text: string | readonly string[];
  paragraphs: string[];
  /** ISO date or datetime of publication. */
  published_date: string | null;
  /** The article credits another outlet as its source ("(Theo QĐND)"): a reprint by its own word (contained.ts). */
  credits?: boolean;
}

export interface DedupeResult {
  /**
   * article_id → the kept copy of its group. `similarity` is the containment
   * |A∩B| / min(|A|,|B|) of the 5-shingle sets of this article and the kept
   * copy (1 for an exact copy after normalisation).
   */
  duplicates: Map<string, { duplicate_of: string; similarity: number }>;
  /** article_id → indexes of paragraphs that repeat an earlier paragraph of the same article (only non-empty lists). */
  repeatedParagraphs: Map<string, number[]>;
  /** How much work LSH left to the confirmation (for measurement; not part of the result proper). */
  stats: DedupeStats;
}

export interface DedupeStats {
  /** Distinct non-empty texts, the items of LSH. */
  readonly distinctTexts: number;
  /** Candidate pairs proposed by LSH, counted once per band they collide in. */
  readonly candidatePairs: number;
  /** Candidate pairs checked on their shingle sets (past the prefilter, not already grouped). */
  readonly confirmations: number;
  /** Pairs proposed by the rare shingles they share checked on their shingle sets (contained.ts). */
  readonly containedConfirmations: number;
}

export interface DedupeOptions {
  /** Tokens per shingle. */
  shingleSize: number;
  /** LSH bands; the signature has bands × rows permutations. */
  bands: number;
  /** Signature slots per band. */
  rows: number;
  /** Seed of the MinHash hash constants. */
  seed: number;
  /** MinHash scheme: one-permutation hashing (fast, default) or classic k permutations. */
  minhash: MinHashScheme;
  /** Confirmation: minimum containment |A∩B| / min(|A|,|B|). */
  minContainment: number;
  /** Confirmation: minimum Jaccard |A∩B| / |A∪B|. */
  minJaccard: number;
  /** LSH buckets up to this size emit all pairs. */
  maxBucketSize: number;
  /** In larger buckets, each member is compared with the first and the next `bucketWindow` members. */
  bucketWindow: number;
  /** A band whose slots all come from shingles occurring more often than this in the distinct texts puts no article in a bucket (frequency.ts). */
  maxShingleFrequency: number;
}

export const DEFAULT_OPTIONS: Readonly<DedupeOptions> = Object.freeze({
  shingleSize: DEFAULT_SHINGLE_SIZE,
  bands: DEFAULT_LSH.bands,
  rows: DEFAULT_LSH.rows,
  seed: DEFAULT_SEED,
  minhash: "oph",
  minContainment: DEFAULT_CONFIRM.minContainment,
  minJaccard: DEFAULT_CONFIRM.minJaccard,
  maxBucketSize: DEFAULT_LSH.maxBucketSize,
  bucketWindow: DEFAULT_LSH.bucketWindow,
  maxShingleFrequency: DEFAULT_MAX_SHINGLE_FREQUENCY,
});

function checkOptions(o: DedupeOptions): void {
  for (const k of ["shingleSize", "bands", "rows", "maxBucketSize", "maxShingleFrequency"] as const) {
    if (!Number.isInteger(o[k]) || o[k] < 1) throw new RangeError(`dedupe option ${k} must be a positive integer, got ${o[k]}`);
  }
  if (o.minhash !== "oph" && o.minhash !== "classic") throw new RangeError(`dedupe option minhash must be "oph" or "classic"`);
  if (!Number.isInteger(o.bucketWindow) || o.bucketWindow < 0) throw new RangeError(`dedupe option bucketWindow must be a non-negative integer`);
  for (const k of ["minContainment", "minJaccard"] as const) {
    if (!(o[k] >= 0 && o[k] <= 1)) throw new RangeError(`dedupe option ${k} must be in [0, 1], got ${o[k]}`);
  }
}

/** Shingle set of a text (sorted unique 32-bit hashes). */
export function shingleSet(text: string | readonly string[], shingleSize = DEFAULT_SHINGLE_SIZE): Uint32Array {
  const w = hashWords(text);
  return toSet(shingleHashes(w.hashes, w.count, shingleSize));
}

export function findDuplicates(inputs: readonly DedupeInput[], options?: Partial<DedupeOptions>): DedupeResult {
  const opts: DedupeOptions = { ...DEFAULT_OPTIONS, ...options };
  checkOptions(opts);
  const n = inputs.length;
  const ids = new Set<string>();
  for (const inp of inputs) {
    if (ids.has(inp.article_id)) throw new Error(`findDuplicates: duplicate article_id ${JSON.stringify(inp.article_id)}`);
    ids.add(inp.article_id);
  }

  // 1. one pass over the texts: content key, length, date, shingles
  const numPerm = opts.bands * opts.rows;
  const content = new Float64Array(n);
  const tokenCount = new Int32Array(n);
  const time = new Float64Array(n); // NaN = undated
  const length = new Int32Array(n);
  const shingles = new ShingleStore(n);
  // Paragraphs repeated inside an article. When the text is given as the
  // paragraphs themselves, they come from the words hashed here.
  const repeats: (number[] | undefined)[] = new Array(n);
  let wordBuf: Uint32Array | undefined;
  let shingleBuf: Uint32Array | undefined;
  let partStats = new Int32Array(64);
  for (let i = 0; i < n; i++) {
    const inp = inputs[i]!;
    const byParagraph = inp.text === inp.paragraphs && inp.paragraphs.length >= 2;
    if (byParagraph && partStats.length < 2 * inp.paragraphs.length) partStats = new Int32Array(4 * inp.paragraphs.length);
    const w = hashWords(inp.text ?? "", wordBuf, byParagraph ? partStats : undefined);
    wordBuf = w.hashes;
    repeats[i] = byParagraph && !w.folded ? repeatedParagraphIndexesFrom(inp.paragraphs, w.hashes, partStats) : repeatedParagraphIndexes(inp.paragraphs ?? []);
    tokenCount[i] = w.count;
    length[i] = w.normalizedLength;
    time[i] = parseTime(inp.published_date);
    content[i] = w.contentKey;
    const sh = shingleHashes(w.hashes, w.count, opts.shingleSize, shingleBuf);
    if (!shingleBuf || sh.buffer !== shingleBuf.buffer) shingleBuf = sh;
    shingles.add(i, sh);
  }
  wordBuf = shingleBuf = undefined;

  // 2. kept-copy order
  const order = keepOrder(
    inputs.map((x) => x.article_id),
    time,
    length,
  );
  const rank = new Int32Array(n);
  for (let r = 0; r < n; r++) rank[order[r]!] = r;

  // 3. exact duplicates: same content key, verified on the normalised text
  //    (empty texts are never duplicates of anything)
  const uf = new UnionFind(n); // over ranks
  const firstByContent = new Map<number, number>(); // content key → rank of its first text
  const otherTexts = new Map<number, number[]>(); // same key, different text (a key collision: rare)
  const sameText = (q: number, r: number): boolean =>
    tokenCount[order[q]!] === tokenCount[order[r]!] && normalizeText(textOf(inputs[order[q]!]!)) === normalizeText(textOf(inputs[order[r]!]!));
  const exactTwin = new Int32Array(n).fill(-1); // rank → rank of the first identical text
  const reps: number[] = []; // input indexes of distinct texts, in rank order
  for (let r = 0; r < n; r++) {
    const i = order[r]!;
    if (tokenCount[i] === 0) continue;
    const h = content[i]!;
    const first = firstByContent.get(h);
    if (first === undefined) {
      firstByContent.set(h, r);
      reps.push(i);
      continue;
    }
    const candidates = [first, ...(otherTexts.get(h) ?? [])];
    const twin = candidates.find((q) => sameText(q, r));
    if (twin === undefined) {
      otherTexts.set(h, [...(otherTexts.get(h) ?? []), r]);
      reps.push(i);
    } else {
      exactTwin[r] = twin;
      uf.union(twin, r);
    }
  }
  firstByContent.clear();

  // 4. near duplicates among representatives: signatures, and band keys in
  //    the bands that hold a rare shingle (frequency.ts)
  const frequency = new ShingleFrequency(opts.seed);
  for (const i of reps) frequency.add(shingles.of(i));
  const hasher = createHasher(opts.minhash, numPerm, opts.seed);
  const signatures = new Uint32Array(n * numPerm);
  const lowBytes = new Uint8Array(n * numPerm); // the low 8 bits of each slot, for a first look (see onPair)
  const keys = new Uint32Array(2 * opts.bands * n); // LSH bucket keys, band-major
  const bandMask = new Uint8Array(opts.bands * n); // 1: the item goes into the band's buckets
  const argmin = new Uint32Array(numPerm);
  for (const i of reps) {
    hasher.signatureInto(shingles.of(i), signatures, i * numPerm, argmin);
    for (let k = i * numPerm; k < (i + 1) * numPerm; k++) lowBytes[k] = signatures[k]!;
    bandKeysInto(signatures, i * numPerm, opts.bands, opts.rows, keys, i, n);
    let informative = 0;
    for (let b = 0; b < opts.bands; b++) {
      for (let r = b * opts.rows; r < (b + 1) * opts.rows; r++) {
        if (frequency.estimate(argmin[r]!) <= opts.maxShingleFrequency) {
          bandMask[b * n + i] = 1;
          informative++;
          break;
        }
      }
    }
    // a text made only of frequent shingles is bucketed in every band
    if (informative === 0) for (let b = 0; b < opts.bands; b++) bandMask[b * n + i] = 1;
  }
  const items = Int32Array.from(reps);
  const m = items.length;
  // Cheap prefilter on the (full) signatures: pairs whose estimated Jaccard
  // is below half the Jaccard floor are dropped before any shingle set is
  // built. For a pair at the floor (J = 0.3) the estimate falls below 0.15
  // with probability ≈ 1e-4 (binomial, 126 slots); background pairs
  // (J ≈ 0.02–0.1) that LSH lets through are mostly dropped here.
  // Slots are compared on their low bytes first: 8 bits agree wherever 32
  // do, so a pair too far apart on them is too far apart on the full
  // slots, and the 126 bytes of each of the two signatures lie in one or
  // two cache lines rather than eight.
  const prefilter = opts.minJaccard / 2;
  const minAgreeing = Math.ceil(prefilter * numPerm - 1e-9);
  const farApart = (a: number, b: number): boolean => {
    let same = 0;
    for (let k = 0, x = a * numPerm, y = b * numPerm; k < numPerm; k++) if (lowBytes[x + k] === lowBytes[y + k]) same++;
    return same < minAgreeing;
  };
  const rejected = new Set<number>(); // confirmed non-duplicates, not to re-check in other bands
  let candidatePairs = 0;
  let confirmations = 0;
  const onPair = (p: number, q: number): void => {
    candidatePairs++;
    const a = items[p]!;
    const b = items[q]!;
    if (uf.find(rank[a]!) === uf.find(rank[b]!)) return;
    if (farApart(a, b) || jaccardEstimate(signatures, signatures, numPerm, a * numPerm, b * numPerm) < prefilter) return;
    const key = p * m + q;
    if (rejected.has(key)) return;
    confirmations++;
    if (isNearDuplicate(listSimilarity(shingles.of(a), shingles.of(b)), opts)) uf.union(rank[a]!, rank[b]!);
    else rejected.add(key);
  };
  forEachCandidatePair(keys, n, items, opts, onPair, bandMask);
  rejected.clear();

  // 4b. copies the banding misses (contained.ts): proposed by the rare shingles two texts share, confirmed by the
  //     main test or as an abridged copy (another outlet's lead and a paragraph or two of a longer report)
  const containedConfirmations = forEachContainedPair(
    {
      items,
      count: n,
      shinglesOf: (i) => shingles.of(i),
      paragraphsOf: (i) => inputs[i]!.paragraphs ?? [],
      shingleSize: opts.shingleSize,
      nearDuplicate: (sim) => isNearDuplicate(sim, opts),
      grouped: (a, b) => uf.find(rank[a]!) === uf.find(rank[b]!),
      credits: (i) => inputs[i]!.credits === true,
    },
    (a, b) => uf.union(rank[a]!, rank[b]!),
  );

  // 5. groups → kept copy = first member in rank order
  const duplicates: DedupeResult["duplicates"] = new Map();
  const keptOfRoot = new Map<number, number>(); // root rank → kept rank
  for (let r = 0; r < n; r++) {
    const i = order[r]!;
    if (tokenCount[i] === 0) continue;
    const root = uf.find(r);
    const keptRank = keptOfRoot.get(root);
    if (keptRank === undefined) {
      keptOfRoot.set(root, r);
      continue;
    }
    const k = order[keptRank]!;
    // identical texts share their first (lowest-ranked) copy, which is then the kept one
    const exact = exactTwin[r] === keptRank;
    const similarity = exact ? 1 : listSimilarity(shingles.of(i), shingles.of(k)).containment;
    duplicates.set(inputs[i]!.article_id, { duplicate_of: inputs[k]!.article_id, similarity });
  }

  // paragraph repeats, reported in the same (input-order independent) order
  const repeatedParagraphs: DedupeResult["repeatedParagraphs"] = new Map();
  for (let r = 0; r < n; r++) {
    const i = order[r]!;
    const rep = repeats[i]!;
    if (rep.length > 0) repeatedParagraphs.set(inputs[i]!.article_id, rep);
  }

  return { duplicates, repeatedParagraphs, stats: { distinctTexts: m, candidatePairs, confirmations, containedConfirmations } };
}

function textOf(inp: DedupeInput): string {
  const t = inp.text ?? "";
  return typeof t === "string" ? t : t.join("\n");
}

/**
 * The shingle hashes of every text, in order and with repeats, packed in
 * chunks of up to 4M (16 MB): one typed array per chunk rather than one per
 * text.
 */
class ShingleStore {
  private readonly chunks: Uint32Array[] = [];
  private used = 0;
  private readonly chunkOf: Int32Array;
  private readonly start: Int32Array;
  private readonly count: Int32Array;

  constructor(n: number) {
    this.chunkOf = new Int32Array(n);
    this.start = new Int32Array(n);
    this.count = new Int32Array(n);
  }

  add(i: number, shingles: Uint32Array): void {
    let chunk = this.chunks[this.chunks.length - 1];
    if (!chunk || this.used + shingles.length > chunk.length) {
      // 64K entries first, doubling up to 4M, so that a small corpus takes little memory
      chunk = new Uint32Array(Math.max(shingles.length, Math.min(1 << 22, chunk ? 2 * chunk.length : 1 << 16)));
      this.chunks.push(chunk);
      this.used = 0;
    }
    chunk.set(shingles, this.used);
    this.chunkOf[i] = this.chunks.length - 1;
    this.start[i] = this.used;
    this.count[i] = shingles.length;
    this.used += shingles.length;
  }

  of(i: number): Uint32Array {
    const s = this.start[i]!;
    return this.chunks[this.chunkOf[i]!]!.subarray(s, s + this.count[i]!);
  }
}

export { normalizeText } from "./normalize.ts";
export { murmur3_32, fnv1a32, hash64Hex } from "./hash.ts";
export { jaccardEstimate } from "./minhash.ts";
export { setSimilarity } from "./confirm.ts";
