/**
 * Confirmation of LSH candidates on the actual shingle sets.
 *
 * Decision: a pair is a near-duplicate when
 *   containment = |A∩B| / min(|A|,|B|) ≥ 0.5   and   Jaccard = |A∩B| / |A∪B| ≥ 0.3
 * over the sets of 5-token shingles (minhash.ts) of the normalised texts.
 *
 * Containment, not Jaccard, is the main criterion because a reprint is often
 * the original with a paragraph dropped or added and a different byline and
 * "related articles" block: the shorter copy is still almost entirely inside
 * the longer one while the union grows.
 *
 * The Jaccard floor stops a short text (a one-paragraph brief, a quoted
 * statement) from being absorbed into a long article that merely contains
 * it: with containment c and size ratio ρ = |small|/|large|, J = cρ/(1+ρ−cρ),
 * so J ≥ 0.3 needs ρ ≳ 1/3 even at c = 1 — "a paragraph more or less", not
 * two paragraphs out of six. It also matches what LSH can find: a pair at
 * J = 0.3 becomes a candidate with probability 0.68 (lsh.ts), and lower-J
 * pairs would be accepted or not by hash luck.
 *
 * Measured on the dev corpus (/work/shared/corpus/dev/raw, 18 articles, plus
 * the 5 seed articles: 253 pairs), on whole files including headline,
 * bylines, "Tin liên quan" blocks and hotlines — i.e. *more* boilerplate than
 * the pipeline's boilerplate-stripped `text` will have:
 *
 *   pair                                 containment  Jaccard
 *   d12 reprint of d02                       0.719      0.432
 *   d13 reprint of d05                       0.798      0.575
 *   d14 reprint of d10                       0.931      0.645
 *   d06 / d07 (same meeting, written         0.056      0.027   not duplicates
 *             independently)
 *   highest non-duplicate: d08 / d14         0.200      0.091
 *   (next d08/d10 0.162, d02/d18 0.149; seed/seed pairs ≤ 0.041, any pair
 *    with a seed ≤ 0.133)
 *
 * With a crude boilerplate strip (headline, short lines and everything after
 * "Tin liên quan" removed) the reprints rise to 0.743 / 0.838 / 0.964 and the
 * worst non-duplicate stays at 0.207. The containment threshold 0.5 sits in
 * the middle of the gap [0.21, 0.72]: the weakest reprint can lose another
 * fifth of its shared shingles, and the closest unrelated pair can more than
 * double, before a decision changes. The Jaccard floor 0.3 is below every
 * reprint (≥ 0.43) and far above every non-duplicate (≤ 0.09). Articles about
 * the same meeting share names, titles and formulaic phrases but are written
 * independently, so their 5-shingle overlap stays near 0.05.
 *
 * A copy below the Jaccard floor (an abridged one: the lead and a paragraph
 * or two of a long report) is confirmed by another test, in contained.ts.
 */

export interface ConfirmParams {
  /** Minimum |A∩B| / min(|A|,|B|). */
  minContainment: number;
  /** Minimum |A∩B| / |A∪B|. */
  minJaccard: number;
}

export const DEFAULT_CONFIRM: ConfirmParams = { minContainment: 0.5, minJaccard: 0.3 };

export interface SetSimilarity {
  intersection: number;
  jaccard: number;
  containment: number;
}

/** Exact similarities of two sorted, de-duplicated shingle sets (minhash.toSet). Linear merge. */
export function setSimilarity(a: Uint32Array, b: Uint32Array): SetSimilarity {
  const na = a.length;
  const nb = b.length;
  if (na === 0 || nb === 0) return similarity(0, na, nb);
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < na && j < nb) {
    const x = a[i]!;
    const y = b[j]!;
    if (x < y) i++;
    else if (x > y) j++;
    else {
      common++;
      i++;
      j++;
    }
  }
  return similarity(common, na, nb);
}

function similarity(common: number, na: number, nb: number): SetSimilarity {
  if (na === 0 || nb === 0) return { intersection: 0, jaccard: 0, containment: 0 };
  return {
    intersection: common,
    jaccard: common / (na + nb - common),
    containment: common / Math.min(na, nb),
  };
}

/**
 * `setSimilarity(toSet(a), toSet(b))` for two lists of shingle hashes with
 * repeats, without sorting either: the distinct shingles of `a` go into an
 * open-addressing table, those of `b` are looked up in it. Linear in the
 * lengths, and no set is kept per text. The table is reused from call to
 * call (a generation number tells this call's entries from older ones).
 */
export function listSimilarity(a: Uint32Array, b: Uint32Array): SetSimilarity {
  let size = 64;
  while (size < 2 * (a.length + b.length)) size <<= 1;
  if (table.keys.length < size) table = newTable(size);
  else if (table.generation === 0x7fffffff) table = newTable(table.keys.length);
  const { keys, inA, inB } = table;
  const gen = ++table.generation;
  const mask = size - 1;
  let na = 0;
  for (let k = 0; k < a.length; k++) {
    const x = a[k]!;
    let s = x & mask; // shingle hashes are well mixed (fmix32)
    while (inA[s] === gen && keys[s] !== x) s = (s + 1) & mask;
    if (inA[s] !== gen) {
      keys[s] = x;
      inA[s] = gen;
      na++;
    }
  }
  let nb = 0;
  let common = 0;
  for (let k = 0; k < b.length; k++) {
    const x = b[k]!;
    let s = x & mask;
    while ((inA[s] === gen || inB[s] === gen) && keys[s] !== x) s = (s + 1) & mask;
    if (inB[s] === gen) continue; // seen in b already
    if (inA[s] !== gen) keys[s] = x;
    else common++;
    inB[s] = gen;
    nb++;
  }
  return similarity(common, na, nb);
}

interface Table {
  keys: Uint32Array;
  /** Generation in which the slot holds a shingle of `a` / was met in `b`. */
  inA: Int32Array;
  inB: Int32Array;
  generation: number;
}

function newTable(size: number): Table {
  return { keys: new Uint32Array(size), inA: new Int32Array(size), inB: new Int32Array(size), generation: 0 };
}

let table = newTable(1024);

export function isNearDuplicate(sim: SetSimilarity, params: ConfirmParams = DEFAULT_CONFIRM): boolean {
  return sim.containment >= params.minContainment && sim.jaccard >= params.minJaccard;
}
