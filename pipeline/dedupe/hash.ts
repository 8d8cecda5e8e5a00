/**
 * Stable, seedable, non-cryptographic hashes for near-duplicate detection.
 *
 * Everything here is a pure function of its input: no Math.random, no
 * per-process seeds, no dependence on the platform's endianness. A string is
 * hashed as the sequence of its UTF-16 code units, i.e. exactly as if its
 * UTF-16LE byte encoding had been fed to the reference C implementation, so
 * the values are reproducible in any language (`murmur3_32(s, seed)` ==
 * `MurmurHash3_x86_32(s.encode("utf-16-le"), seed)`).
 *
 * All functions return unsigned 32-bit integers (0 … 2^32-1) as JS numbers.
 */

const C1 = 0xcc9e2d51;
const C2 = 0x1b873593;

/** MurmurHash3 32-bit finaliser ("fmix32"): full avalanche of one 32-bit word. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** One MurmurHash3 body round: mixes the 32-bit block `k` into state `h`. */
export function murmurRound(h: number, k: number): number {
  k = Math.imul(k, C1);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, C2);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

/** Final step of MurmurHash3 given the state and the input length in bytes. */
export function murmurFinish(h: number, byteLength: number): number {
  return fmix32(h ^ byteLength);
}

/**
 * MurmurHash3_x86_32 of the UTF-16LE encoding of `s` (two code units per
 * 32-bit block, little-endian).
 */
export function murmur3_32(s: string, seed = 0): number {
  let h = seed | 0;
  const n = s.length;
  const even = n & ~1;
  for (let i = 0; i < even; i += 2) {
    h = murmurRound(h, s.charCodeAt(i) | (s.charCodeAt(i + 1) << 16));
  }
  if (n & 1) {
    // 2-byte tail: k1 = tail[0] | tail[1] << 8 == the code unit itself.
    let k = Math.imul(s.charCodeAt(n - 1), C1);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, C2);
    h ^= k;
  }
  return murmurFinish(h, n * 2);
}

/** MurmurHash3_x86_32 of a sequence of 32-bit words (4 bytes each, LE). */
export function murmur3_32Words(words: ArrayLike<number>, start: number, end: number, seed = 0): number {
  let h = seed | 0;
  for (let i = start; i < end; i++) h = murmurRound(h, words[i]! | 0);
  return murmurFinish(h, (end - start) * 4);
}

export const FNV32_OFFSET = 0x811c9dc5;
export const FNV32_PRIME = 0x01000193;

/**
 * FNV-1a 32-bit over UTF-16 code units (one code unit per step). Cheap and
 * streamable (see `fnv1aStep`); its low bits are weak, so pass the result
 * through `fmix32` before using it as a bucket key.
 */
export function fnv1a32(s: string): number {
  let h = FNV32_OFFSET;
  for (let i = 0; i < s.length; i++) h = fnv1aStep(h, s.charCodeAt(i));
  return h >>> 0;
}

/** One FNV-1a step: xor the code unit in, multiply by the FNV prime. */
export function fnv1aStep(h: number, codeUnit: number): number {
  return Math.imul(h ^ codeUnit, FNV32_PRIME);
}

/**
 * A 64-bit hash of `s` as two independently seeded 32-bit MurmurHash3
 * halves, as a 16-hex-digit string "hhhhhhhhllllllll" (chance of any
 * collision among 10^6 distinct strings ≈ 3e-8).
 */
export function hash64Hex(s: string): string {
  const hi = murmur3_32(s, 0x9747b28c);
  const lo = murmur3_32(s, 0x5bd1e995);
  return hex32(hi) + hex32(lo);
}

export function hex32(x: number): string {
  return (x >>> 0).toString(16).padStart(8, "0");
}
