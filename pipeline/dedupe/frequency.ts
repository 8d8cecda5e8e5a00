/**
 * How often each shingle occurs in the corpus, to keep formulaic phrases
 * from making LSH candidates.
 *
 * Why. Defence news repeats whole strings of titles and set phrases ("Ủy
 * viên Bộ Chính trị, Phó Bí thư Quân ủy Trung ương, Bộ trưởng Bộ Quốc
 * phòng", "Đối tác chiến lược sâu rộng vì hòa bình và thịnh vượng ở châu
 * Á"). Unrelated articles that share such phrases share MinHash minima and
 * meet in LSH buckets, and the larger the corpus, the more articles hold
 * each phrase and the more pairs that makes: with plain banding, 0.3M
 * candidate pairs at 10,000 synthetic articles and 9.9M at 100,000.
 *
 * What. A band of a signature (lsh.ts) counts for an article when one of
 * its slots comes from a rare shingle, one that occurs at most
 * `maxShingleFrequency` times (default 2000) in the distinct texts; an
 * article is put in the buckets of those bands only, or of all its bands
 * when none counts (a text made only of formulas). Two articles share a
 * bucket only when all its slots agree, so a bucket of a band that counts
 * holds no more articles than its rare shingle occurs in, whatever the
 * corpus size, and the buckets that grow with the corpus — those of
 * formulas alone — are left out: 0.30M pairs at 10,000 articles, 1.9M at
 * 100,000.
 *
 * What it does not change. Signatures, the prefilter and the exact
 * containment/Jaccard check (confirm.ts) still use every shingle, so a
 * pair that is looked at is judged as before, and a reprint meets its
 * original through its own names, dates, quotes and figures. It can miss a
 * pair that shares nothing but formulas: on the benchmark's synthetic
 * corpus, whose sentences come from a few templates, 2,899 of the 3,000
 * machine-translated copies (names garbled, the rest templates) are linked
 * to their original at 100,000 articles instead of 2,976; at 10,000 the
 * result is unchanged; the reprints are all found, with no wrong link.
 *
 * The cutoff is a count, not a share of the corpus (a share would let the
 * candidates grow quadratically again). It must exceed the largest group
 * of copies of one story that should be found, since all the shingles of
 * such a story occur in every copy: a wire story reprinted by every outlet
 * is a few dozen copies in the Vietnamese press; the tests group 300 copies
 * with the default and show 30 copies lost with a cutoff of 20.
 *
 * How. A count-min sketch: two rows of 2^20 saturating 16-bit counters;
 * each occurrence raises one counter per row (fmix32 of the shingle and a
 * fixed seed, the two rows taking different bits of it), and a shingle's
 * count is estimated by the smaller of its two counters. The estimate is
 * never below the true count and does not depend on the order of the
 * texts; at 100,000 articles (50M occurrences) a counter carries about 48
 * occurrences of other shingles, far below the cutoff. 4 MB whatever the
 * corpus size.
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
