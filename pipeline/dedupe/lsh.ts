/**
 * LSH banding over packed MinHash signatures → candidate pairs.
 *
 * A signature of `bands × rows` slots is cut into `bands` bands; two items
 * become candidates when all `rows` slots of at least one band agree. For
 * Jaccard similarity s that happens with probability 1 − (1 − s^rows)^bands
 * (`candidateProbability`), an S-curve whose midpoint is ≈ (1/bands)^(1/rows)
 * (`lshThreshold`).
 *
 * Default 42 bands × 3 rows (126 permutations): midpoint ≈ 0.29 Jaccard;
 * P(candidate) = 0.04 at J=0.1, 0.29 at 0.2, 0.68 at 0.3, 0.94 at 0.4, 0.97
 * at 0.43, 0.996 at 0.5. Why that low a Jaccard: the decision is taken on
 * *containment* ≥ 0.5 (confirm.ts), and a reprint that drops or adds a
 * paragraph and swaps the boilerplate has a much lower Jaccard than
 * containment — the dev reprint d12 of d02 has containment 0.72 but Jaccard
 * 0.43, which 25×5 (midpoint 0.53) would find with probability 0.31 and
 * 32×4 (midpoint 0.42) with 0.68. The price is more false candidates
 * (P = 0.04 at J = 0.1, same-topic articles): index.ts drops most of them
 * with a signature-agreement prefilter before the exact check in confirm.ts.
 *
 * Buckets: per band, an open-addressing hash table (typed arrays, no Map)
 * keyed by two independent 32-bit hashes of the band's slots; items are
 * bucketed only when both keys are equal, so accidental 64-bit key
 * collisions are negligible and in any case only cost a rejected candidate.
 * Work is O(n) per band.
 *
 * Huge buckets: a bucket of m items yields m(m−1)/2 pairs. Exact copies are
 * collapsed before LSH (index.ts), so big buckets come from templated
 * near-identical texts (a wire story reprinted by dozens of outlets, stub
 * articles). Up to `maxBucketSize` members all pairs are emitted; above it
 * each member is paired only with the bucket's first member and with its next
 * `bucketWindow` members, in item order. Items are numbered in kept-copy
 * order (earliest first), so this pairs every copy with the original (star
 * pattern of wire reprints) and with the copies published just around it —
 * O(m · bucketWindow) instead of O(m²). Groups are formed by union-find over
 * confirmed pairs, so the chain/star edges are enough to connect a cluster
 * whose members really are similar to each other; the same pair also gets
 * other chances in the other bands.
 */

import { murmurFinish, murmurRound } from "./hash.ts";

export interface LshParams {
  bands: number;
  /** Signature slots per band (used by `bandKeysInto`). */
  rows: number;
  /** Buckets up to this size emit all their pairs. */
  maxBucketSize: number;
  /** In larger buckets, each member is paired with the first and the next `bucketWindow` members. */
  bucketWindow: number;
}

export const DEFAULT_LSH: LshParams = { bands: 42, rows: 3, maxBucketSize: 64, bucketWindow: 8 };

/** Probability that a pair with Jaccard similarity `s` becomes a candidate. */
export function candidateProbability(s: number, bands: number, rows: number): number {
  return 1 - Math.pow(1 - Math.pow(s, rows), bands);
}

/** Approximate midpoint of the S-curve, (1/bands)^(1/rows). */
export function lshThreshold(bands: number, rows: number): number {
  return Math.pow(1 / bands, 1 / rows);
}

/**
 * Computes the bucket keys of one signature — two independent 32-bit
 * MurmurHash3 values of each band's `rows` slots, seeded by the band index —
 * and stores them band-major: band b of item `index` (out of `count`) at
 * out[2·(b·count + index)] and the next element. Band-major storage lets
 * `forEachCandidatePair` read one band of all items from a contiguous block
 * instead of striding through all signatures once per band.
 */
export function bandKeysInto(
  signature: Uint32Array,
  sigOffset: number,
  bands: number,
  rows: number,
  out: Uint32Array,
  index: number,
  count: number,
): void {
  for (let band = 0; band < bands; band++) {
    const base = sigOffset + band * rows;
    let h1 = 0x1234567 + band * 2;
    let h2 = 0x7654321 + band * 2 + 1;
    for (let r = 0; r < rows; r++) {
      const v = signature[base + r]!;
      h1 = murmurRound(h1, v);
      h2 = murmurRound(h2, v ^ 0x5bd1e995);
    }
    const at = 2 * (band * count + index);
    out[at] = murmurFinish(h1, rows * 4);
    out[at + 1] = murmurFinish(h2, rows * 4);
  }
}

/**
 * Candidate pairs among `items` (indexes into the `count` items whose band
 * keys `bandKeysInto` stored in `bandKeys`). Calls `onPair(p, q)` with
 * positions p < q into `items` (so callers control the numbering); the same
 * pair can be reported once per band in which it collides — callers
 * de-duplicate. With `bandMask` (band-major like the keys: band b of item
 * `index` at bandMask[b·count + index]), an item whose mask is 0 in a band
 * is left out of that band's buckets. Deterministic: the order of calls
 * depends only on the inputs.
 */
export function forEachCandidatePair(
  bandKeys: Uint32Array,
  count: number,
  items: Int32Array,
  params: LshParams,
  onPair: (p: number, q: number) => void,
  bandMask?: Uint8Array,
): void {
  const { bands, maxBucketSize, bucketWindow } = params;
  if (bandKeys.length < 2 * bands * count) throw new RangeError(`bandKeys holds fewer than ${bands} bands × ${count} items`);
  if (bandMask && bandMask.length < bands * count) throw new RangeError(`bandMask holds fewer than ${bands} bands × ${count} items`);
  const m = items.length;
  if (m < 2) return;
  let size = 1;
  while (size < 2 * m) size <<= 1;
  const mask = size - 1;
  const slotK1 = new Uint32Array(size);
  const slotK2 = new Uint32Array(size);
  const slotHead = new Int32Array(size);
  const slotTail = new Int32Array(size);
  const slotCount = new Int32Array(size);
  const next = new Int32Array(m);
  const used = new Int32Array(m); // slots used in this band, in first-use order
  let members = new Int32Array(16);

  for (let band = 0; band < bands; band++) {
    slotHead.fill(-1);
    let nUsed = 0;
    const bandBase = 2 * band * count;
    const maskBase = band * count;
    for (let p = 0; p < m; p++) {
      if (bandMask && bandMask[maskBase + items[p]!] === 0) continue;
      const at = bandBase + 2 * items[p]!;
      const k1 = bandKeys[at]!;
      const k2 = bandKeys[at + 1]!;
      let s = k1 & mask;
      for (;;) {
        if (slotHead[s] === -1) {
          slotHead[s] = p;
          slotTail[s] = p;
          slotCount[s] = 1;
          slotK1[s] = k1;
          slotK2[s] = k2;
          next[p] = -1;
          used[nUsed++] = s;
          break;
        }
        if (slotK1[s] === k1 && slotK2[s] === k2) {
          // append: members stay in increasing p order
          next[slotTail[s]!] = p;
          next[p] = -1;
          slotTail[s] = p;
          slotCount[s]!++;
          break;
        }
        s = (s + 1) & mask;
      }
    }
    for (let u = 0; u < nUsed; u++) {
      const s = used[u]!;
      const c = slotCount[s]!;
      if (c < 2) continue;
      if (members.length < c) members = new Int32Array(Math.max(c, members.length * 2));
      let k = 0;
      for (let p = slotHead[s]!; p !== -1; p = next[p]!) members[k++] = p;
      if (c <= maxBucketSize) {
        for (let i = 0; i < c; i++) for (let j = i + 1; j < c; j++) onPair(members[i]!, members[j]!);
      } else {
        for (let i = 1; i < c; i++) onPair(members[0]!, members[i]!);
        for (let i = 1; i < c; i++) {
          const end = Math.min(c, i + 1 + bucketWindow);
          for (let j = i + 1; j < end; j++) onPair(members[i]!, members[j]!);
        }
      }
    }
  }
}
