/**
 * Document frequencies of shingles, to keep formulaic phrases out of LSH
 * banding.
 *
 * Why. Defence news repeats whole strings of titles and set phrases ("Ủy
 * viên Bộ Chính trị, Phó Bí thư Quân ủy Trung ương, Bộ trưởng Bộ Quốc
 * phòng", "Đối tác chiến lược sâu rộng vì hòa bình và thịnh vượng ở châu
 * Á"). Two unrelated articles that share such phrases share MinHash minima,
 * and the more articles there are, the more such pairs LSH proposes: a
 * shingle in d articles puts d(d−1)/2 pairs within reach, so with shingles
 * whose frequency grows with the corpus the candidates grow with its
 * square (0.4M pairs at 10,000 synthetic articles, 9.9M at 100,000).
 * Leaving out of the band keys every shingle found in more than a fixed
 * number of articles bounds that: each remaining shingle reaches fewer
 * than cutoff² / 2 pairs, so the candidates grow with the number of
 * distinct shingles, i.e. linearly.
 *
 * What it does not change. Only the band keys (which pairs are looked at)
 * are made from the rare shingles. The signature-agreement prefilter and
 * the exact containment/Jaccard check (confirm.ts) still use every
 * shingle, so a pair that is looked at is judged exactly as before. A
 * reprint is found through what it shares with its original beyond the
 * formulas — its own names, dates, quotes and figures. An article made of
 * nothing but frequent shingles keeps them all in its band keys.
 *
 * The cutoff (1000 articles, see DEFAULT_MAX_SHINGLE_FREQUENCY) is an
 * absolute count, not a share of the corpus: a share would let the
 * candidates grow quadratically again. It must exceed the largest group of
 * copies of one story that should be found through LSH (a wire story
 * reprinted by every outlet: a few dozen in the Vietnamese press; the
 * tests group 300 copies), since the shingles of such a story are in every
 * copy. Distinct texts are counted, so exact copies (collapsed before LSH)
 * do not count.
 *
 * How. A count-min sketch: two rows of 2^22 16-bit counters, each shingle
 * hashed to one counter per row (fmix32 with a fixed seed); a counter holds
 * the number of documents that contain at least one shingle hashing to
 * it (each counter remembers the last document that raised it), and a
 * shingle's frequency is estimated by the smaller of its two counters.
 * The estimate is never below the true document frequency, depends only
 * on the set of documents (not their order), and is exact enough: with
 * 50M shingle occurrences (100,000 articles) a counter carries about 12
 * documents of other shingles, far below the cutoff, and a rare shingle
 * is taken for a frequent one only if both its counters fall on frequent
 * shingles (about 1 in 10^5 for the few thousand frequent ones). Memory:
 * 48 MB whatever the corpus size.
 */

import { fmix32 } from "./hash.ts";
import { splitmix32 } from "./minhash.ts";

export const DEFAULT_MAX_SHINGLE_FREQUENCY = 2000;

const ROW_BITS = 20;
const ROW_SIZE = 1 << ROW_BITS;
const SATURATED = 0xffff;
/** Odd, so that x ↦ x·M mod 2^32 is a bijection whose high bits depend on every bit of x. */
const ROW2_MULTIPLIER = 0x2c1b3c6d;

export class ShingleFrequency {
  /** Two rows of saturating counters, the second after the first. */
  private readonly counts = new Uint16Array(2 * ROW_SIZE);
  private readonly seed: number;

  constructor(seed: number) {
    this.seed = splitmix32(seed ^ 0x6a09e667)();
  }

  /** Counts the shingles of one text (each occurrence). */
  add(shingles: Uint32Array): void {
    const { counts, seed } = this;
    for (let j = 0; j < shingles.length; j++) {
      const h = fmix32(shingles[j]! ^ seed);
      const a = h >>> (32 - ROW_BITS); // row 1: the high bits of the hash
      const b = ROW_SIZE + (Math.imul(h, ROW2_MULTIPLIER) >>> (32 - ROW_BITS)); // row 2: those of another mix
      if (counts[a]! < SATURATED) counts[a]!++;
      if (counts[b]! < SATURATED) counts[b]!++;
    }
  }

  /** At least the number of occurrences counted of `shingle`. */
  estimate(shingle: number): number {
    const h = fmix32(shingle ^ this.seed);
    const a = this.counts[h >>> (32 - ROW_BITS)]!;
    const b = this.counts[ROW_SIZE + (Math.imul(h, ROW2_MULTIPLIER) >>> (32 - ROW_BITS))]!;
    return a < b ? a : b;
  }
}
