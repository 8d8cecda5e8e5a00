/**
 * Word shingles and MinHash signatures.
 *
 * Shingle size: k = 5 tokens. Our tokens are Vietnamese *syllables* (the
 * script separates syllables, not words, by spaces; a word is 1–3
 * syllables), so 5 tokens ≈ 2–3 words. Smaller k gives weight to the
 * formulaic phrases every defence article shares ("Ủy viên Bộ Chính trị, Phó
 * Bí thư Quân ủy Trung ương, Bộ trưởng Bộ Quốc phòng") and pushes independent
 * articles about one meeting towards the reprints; larger k lets one edited
 * word destroy more shingles of a reprint. Measured on the dev corpus (whole
 * files; containment, see confirm.ts):
 *
 *   k   weakest reprint (d02/d12)   d06/d07   strongest non-duplicate (d08/d14)
 *   3          0.766                 0.154          0.265
 *   4          0.742                 0.094          0.226
 *   5          0.719                 0.056          0.200
 *   6          0.706                 0.036          0.185
 *
 * The absolute gap between the weakest reprint and the strongest
 * non-duplicate barely moves (0.50–0.52), but the ratio grows with k (2.9,
 * 3.3, 3.6, 3.8) and the same-meeting pair sinks towards zero, while each
 * step up in k makes every edited word destroy one more shingle of a
 * reprint. k = 5, the top of the 3–5 range usual for word shingles, takes
 * most of the separation; 6 would add little.
 *
 * Signatures. Two interchangeable schemes, both unbiased estimators of the
 * Jaccard similarity, both seeded from a fixed seed through splitmix32 (no
 * Math.random, identical across runs and machines):
 *
 *  - "oph" (default): one-permutation hashing with optimal densification
 *    (Li, Owen & Zhang 2012; Shrivastava 2017). Each shingle is hashed once,
 *    falls into one of K bins and the bin keeps its minimum; empty bins copy
 *    a non-empty bin chosen by a fixed probe sequence that depends only on
 *    the bin index, so two texts fill the same empty bin from the same place.
 *    O(|shingles| + K) per text.
 *  - "classic": K hash functions π_i(x) = xorshift((a_i·x + b_i) mod 2^32)
 *    with a_i odd — each a bijection of the (already well mixed) 32-bit
 *    shingle hashes — and the minimum of each. O(|shingles| · K): measured
 *    ≈ 140 µs per 3 KB article on the 2-core dev machine (≈ 14 s for 100k
 *    articles, over half the 25 s budget) against ≈ 8 µs for "oph". Kept as
 *    the reference implementation; the tests check that both estimate the
 *    exact Jaccard similarity.
 */

import { fmix32, murmurRound } from "./hash.ts";

export const DEFAULT_SHINGLE_SIZE = 5;
export const DEFAULT_SEED = 0x5eedd0c5;
/** Value of a signature slot for an empty shingle set. */
export const EMPTY_SLOT = 0xffffffff;

export type MinHashScheme = "oph" | "classic";

/** splitmix32: a tiny deterministic PRNG (seeded, no global state). */
export function splitmix32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) | 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

const SHINGLE_MULT = 0x01000193; // odd
const SHINGLE_SEED = 0x2f1e3a7b;

/**
 * Hashes of the k-token shingles of `words[0..count)`: a polynomial
 * Σ w_j·P^(k−1−j) mod 2^32 of the k word hashes (P odd, so distinct k-tuples
 * of random word hashes collide with probability ~2^-32), finished with
 * fmix32. A text with 1 ≤ count < k tokens yields one shingle of all its
 * tokens; an empty text yields none. The result may contain repeats (see
 * `toSet`). With `out` large enough, the result is a view of `out`.
 */
export function shingleHashes(words: Uint32Array, count: number, k = DEFAULT_SHINGLE_SIZE, out?: Uint32Array): Uint32Array {
  if (count <= 0) return new Uint32Array(0);
  const width = Math.min(k, count);
  const n = count - width + 1;
  const res = out && out.length >= n ? out.subarray(0, n) : new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    let h = SHINGLE_SEED;
    for (let j = 0; j < width; j++) h = (Math.imul(h, SHINGLE_MULT) + words[i + j]!) | 0;
    res[i] = fmix32(h);
  }
  return res;
}

/** Sorted, de-duplicated copy of `hashes` (the shingle *set*). */
export function toSet(hashes: Uint32Array): Uint32Array {
  const s = hashes.slice().sort();
  let w = 0;
  for (let i = 0; i < s.length; i++) {
    if (w === 0 || s[i] !== s[w - 1]) s[w++] = s[i]!;
  }
  return s.slice(0, w);
}

/** Computes MinHash signatures of a fixed length. */
export interface SignatureHasher {
  readonly numPerm: number;
  /**
   * Writes the signature of `shingles` into `out[offset .. offset + numPerm)`;
   * repeats are harmless. With `argmin` (numPerm long), also writes there the
   * shingle each slot's value comes from (slots of an empty set: untouched).
   */
  signatureInto(shingles: Uint32Array, out: Uint32Array, offset?: number, argmin?: Uint32Array): void;
  /** The signature of `shingles` in a new array. */
  signature(shingles: Uint32Array): Uint32Array;
}

function checkNumPerm(numPerm: number): void {
  if (!Number.isInteger(numPerm) || numPerm < 1 || numPerm > 65536) {
    throw new RangeError(`numPerm must be an integer in [1, 65536], got ${numPerm}`);
  }
}

/** Classic MinHash: numPerm independent permutations (reference implementation). */
export class MinHasher implements SignatureHasher {
  readonly numPerm: number;
  private readonly a: Uint32Array;
  private readonly b: Uint32Array;

  constructor(numPerm: number, seed = DEFAULT_SEED) {
    checkNumPerm(numPerm);
    this.numPerm = numPerm;
    this.a = new Uint32Array(numPerm);
    this.b = new Uint32Array(numPerm);
    const rnd = splitmix32(seed);
    for (let i = 0; i < numPerm; i++) {
      this.a[i] = (rnd() | 1) >>> 0; // odd ⇒ x ↦ a·x mod 2^32 is a bijection
      this.b[i] = rnd();
    }
  }

  signature(shingles: Uint32Array): Uint32Array {
    const out = new Uint32Array(this.numPerm);
    this.signatureInto(shingles, out, 0);
    return out;
  }

  signatureInto(shingles: Uint32Array, out: Uint32Array, offset = 0, argmin?: Uint32Array): void {
    const n = shingles.length;
    for (let i = 0; i < this.numPerm; i++) {
      const ai = this.a[i]!;
      const bi = this.b[i]!;
      let min = EMPTY_SLOT;
      let from = 0;
      for (let j = 0; j < n; j++) {
        let v = (Math.imul(ai, shingles[j]!) + bi) | 0;
        v = (v ^ (v >>> 15)) >>> 0;
        if (v < min || j === 0) {
          min = v;
          from = j;
        }
      }
      out[offset + i] = min;
      if (argmin && n > 0) argmin[i] = shingles[from]!;
    }
  }
}

/** One-permutation hashing with optimal densification (default scheme). */
export class OnePermutationHasher implements SignatureHasher {
  readonly numPerm: number;
  private readonly binSeed: number;
  private readonly valueSeed: number;
  private readonly probeSeed: number;
  private readonly filled: Uint8Array;

  constructor(numPerm: number, seed = DEFAULT_SEED) {
    checkNumPerm(numPerm);
    this.numPerm = numPerm;
    const rnd = splitmix32(seed);
    this.binSeed = rnd();
    this.valueSeed = rnd();
    this.probeSeed = rnd();
    this.filled = new Uint8Array(numPerm);
  }

  signature(shingles: Uint32Array): Uint32Array {
    const out = new Uint32Array(this.numPerm);
    this.signatureInto(shingles, out, 0);
    return out;
  }

  signatureInto(shingles: Uint32Array, out: Uint32Array, offset = 0, argmin?: Uint32Array): void {
    const k = this.numPerm;
    const n = shingles.length;
    const filled = this.filled;
    filled.fill(0);
    out.fill(EMPTY_SLOT, offset, offset + k);
    if (n === 0) return;
    const binSeed = this.binSeed;
    const valueSeed = this.valueSeed;
    let nonEmpty = 0;
    for (let j = 0; j < n; j++) {
      const x = shingles[j]!;
      const bin = Math.floor((fmix32(x ^ binSeed) * k) / 4294967296);
      const v = fmix32((x + valueSeed) | 0);
      const slot = offset + bin;
      if (filled[bin] === 0) {
        filled[bin] = 1;
        nonEmpty++;
        out[slot] = v;
        if (argmin) argmin[bin] = x;
      } else if (v < out[slot]!) {
        out[slot] = v;
        if (argmin) argmin[bin] = x;
      }
    }
    if (nonEmpty === k) return;
    // Densification: empty bin i takes the value of the first non-empty bin
    // along a probe sequence fixed by (i, attempt). Only originally filled
    // bins are donors, so the result does not depend on the fill order.
    for (let i = 0; i < k; i++) {
      if (filled[i] === 1) continue;
      for (let attempt = 0; ; attempt++) {
        const j = Math.floor((fmix32(murmurRound(this.probeSeed ^ i, attempt)) * k) / 4294967296);
        if (filled[j] === 1) {
          out[offset + i] = out[offset + j]!;
          if (argmin) argmin[i] = argmin[j]!;
          break;
        }
      }
    }
  }
}

export function createHasher(scheme: MinHashScheme, numPerm: number, seed = DEFAULT_SEED): SignatureHasher {
  return scheme === "classic" ? new MinHasher(numPerm, seed) : new OnePermutationHasher(numPerm, seed);
}

/**
 * Fraction of agreeing slots between two signatures of length `numPerm`
 * (at offsets `offA`/`offB`, for signatures packed in one array): an
 * estimate of the Jaccard similarity of the shingle sets. Two empty sets
 * (all EMPTY_SLOT) count as 0, not 1.
 */
export function jaccardEstimate(
  sigA: Uint32Array,
  sigB: Uint32Array,
  numPerm = Math.min(sigA.length, sigB.length),
  offA = 0,
  offB = 0,
): number {
  if (numPerm <= 0) return 0;
  let same = 0;
  let emptyA = 0;
  for (let i = 0; i < numPerm; i++) {
    const a = sigA[offA + i];
    if (a === EMPTY_SLOT) emptyA++;
    if (a === sigB[offB + i]) same++;
  }
  return emptyA === numPerm ? 0 : same / numPerm;
}
