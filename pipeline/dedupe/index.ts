/**
 * Near-duplicate detection (reprints across outlets) and repeated paragraphs
 * within an article. Pure functions; no I/O.
 *
 *   1. Each text is normalised and tokenised once (normalize.ts); we keep a
 *      53-bit content key of the normalised text, a MinHash signature of its
 *      5-token shingles (minhash.ts, all signatures packed in one
 *      Uint32Array) and the signature's LSH band keys (lsh.ts). Shingle sets
 *      themselves are not kept.
 *   2. Articles are numbered in kept-copy order (cluster.ts: earliest date,
 *      then longest, then article_id), which makes every later step — and so
 *      the result — independent of the input order.
 *   3. Exact duplicates: equal 53-bit content key of the normalised text,
 *      verified on the normalised strings.
 *   4. One representative per distinct text goes through LSH banding
 *      (lsh.ts); each candidate pair is confirmed on the exact shingle sets
 *      (confirm.ts), recomputed lazily for candidates only.
 *   5. Confirmed pairs are merged with union-find; in each group the first
 *      article in kept-copy order is kept and every other member points
 *      directly at it (no chains), with its similarity *to the kept copy*.
 *
 * Cost is linear in the corpus apart from the sort in step 2 and the
 * candidates LSH lets through; no all-pairs comparison.
 */

import { DEFAULT_CONFIRM, isNearDuplicate, setSimilarity } from "./confirm.ts";
import { UnionFind, keepOrder, parseTime } from "./cluster.ts";
import { DEFAULT_LSH, bandKeysInto, forEachCandidatePair } from "./lsh.ts";
import { DEFAULT_SEED, DEFAULT_SHINGLE_SIZE, createHasher, jaccardEstimate, shingleHashes, toSet } from "./minhash.ts";
import type { MinHashScheme } from "./minhash.ts";
import { hashWords, normalizeText } from "./normalize.ts";
import { repeatedParagraphIndexes } from "./paragraphs.ts";

export interface DedupeInput {
  article_id: string;
  /** Body text with boilerplate removed. */
  text: string;
  paragraphs: string[];
  /** ISO date or datetime of publication. */
  published_date: string | null;
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
});

function checkOptions(o: DedupeOptions): void {
  for (const k of ["shingleSize", "bands", "rows", "maxBucketSize"] as const) {
    if (!Number.isInteger(o[k]) || o[k] < 1) throw new RangeError(`dedupe option ${k} must be a positive integer, got ${o[k]}`);
  }
  if (o.minhash !== "oph" && o.minhash !== "classic") throw new RangeError(`dedupe option minhash must be "oph" or "classic"`);
  if (!Number.isInteger(o.bucketWindow) || o.bucketWindow < 0) throw new RangeError(`dedupe option bucketWindow must be a non-negative integer`);
  for (const k of ["minContainment", "minJaccard"] as const) {
    if (!(o[k] >= 0 && o[k] <= 1)) throw new RangeError(`dedupe option ${k} must be in [0, 1], got ${o[k]}`);
  }
}

/** Shingle set of a text (sorted unique 32-bit hashes). */
export function shingleSet(text: string, shingleSize = DEFAULT_SHINGLE_SIZE): Uint32Array {
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

  // 1. one pass over the texts: content key, length, date, signature, band keys
  const numPerm = opts.bands * opts.rows;
  const hasher = createHasher(opts.minhash, numPerm, opts.seed);
  const signatures = new Uint32Array(n * numPerm);
  const keys = new Uint32Array(2 * opts.bands * n); // LSH bucket keys, band-major
  const content = new Float64Array(n);
  const tokenCount = new Int32Array(n);
  const time = new Float64Array(n); // NaN = undated
  const length = new Int32Array(n);
  let wordBuf: Uint32Array | undefined;
  let shingleBuf: Uint32Array | undefined;
  for (let i = 0; i < n; i++) {
    const inp = inputs[i]!;
    const w = hashWords(inp.text ?? "", wordBuf);
    wordBuf = w.hashes;
    tokenCount[i] = w.count;
    length[i] = w.normalizedLength;
    time[i] = parseTime(inp.published_date);
    content[i] = w.contentKey;
    const sh = shingleHashes(w.hashes, w.count, opts.shingleSize, shingleBuf);
    if (!shingleBuf || sh.buffer !== shingleBuf.buffer) shingleBuf = sh;
    hasher.signatureInto(sh, signatures, i * numPerm);
    bandKeysInto(signatures, i * numPerm, opts.bands, opts.rows, keys, i, n);
  }

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
    tokenCount[order[q]!] === tokenCount[order[r]!] &&
    normalizeText(inputs[order[q]!]!.text ?? "") === normalizeText(inputs[order[r]!]!.text ?? "");
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

  // 4. near duplicates among representatives
  const sets = new Map<number, Uint32Array>();
  const setOf = (i: number): Uint32Array => {
    let s = sets.get(i);
    if (!s) {
      s = shingleSet(inputs[i]!.text ?? "", opts.shingleSize);
      sets.set(i, s);
    }
    return s;
  };
  const items = Int32Array.from(reps);
  const m = items.length;
  // Cheap prefilter on the signatures: pairs whose estimated Jaccard is below
  // half the Jaccard floor are dropped before any shingle set is built. For a
  // pair at the floor (J = 0.3) the estimate falls below 0.15 with probability
  // ≈ 1e-4 (binomial, 126 slots); background pairs (J ≈ 0.02–0.1) that LSH
  // lets through are mostly dropped here.
  const prefilter = opts.minJaccard / 2;
  const rejected = new Set<number>(); // confirmed non-duplicates, not to re-check in other bands
  forEachCandidatePair(keys, n, items, opts, (p, q) => {
    const a = items[p]!;
    const b = items[q]!;
    if (uf.find(rank[a]!) === uf.find(rank[b]!)) return;
    if (jaccardEstimate(signatures, signatures, numPerm, a * numPerm, b * numPerm) < prefilter) return;
    const key = p * m + q;
    if (rejected.has(key)) return;
    if (isNearDuplicate(setSimilarity(setOf(a), setOf(b)), opts)) uf.union(rank[a]!, rank[b]!);
    else rejected.add(key);
  });
  rejected.clear();

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
    const similarity = exact ? 1 : setSimilarity(setOf(i), setOf(k)).containment;
    duplicates.set(inputs[i]!.article_id, { duplicate_of: inputs[k]!.article_id, similarity });
  }

  // paragraph repeats, reported in the same (input-order independent) order
  const repeatedParagraphs: DedupeResult["repeatedParagraphs"] = new Map();
  for (let r = 0; r < n; r++) {
    const inp = inputs[order[r]!]!;
    const rep = repeatedParagraphIndexes(inp.paragraphs ?? []);
    if (rep.length > 0) repeatedParagraphs.set(inp.article_id, rep);
  }

  return { duplicates, repeatedParagraphs };
}

export { normalizeText } from "./normalize.ts";
export { murmur3_32, fnv1a32, hash64Hex } from "./hash.ts";
export { jaccardEstimate } from "./minhash.ts";
export { setSimilarity } from "./confirm.ts";
