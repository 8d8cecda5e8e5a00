/**
 * Whole-name syllable sequences from per-character readings, most likely first:
 * the first reading of every character, then one character at a time switched
 * to an alternative reading, then two at a time, ... up to `max` sequences.
 * A character with no reading makes the result empty.
 */
export function combineReadings(readings: readonly (readonly string[])[], max = 8): string[][] {
  if (readings.some((r) => r.length === 0)) return [];
  const out: string[][] = [];
  const seen = new Set<string>();
  const n = readings.length;
  // Enumerate index vectors by the number of positions that leave the first reading.
  for (let changed = 0; changed <= n && out.length < max; changed++) {
    const walk = (pos: number, left: number, acc: number[]): void => {
      if (out.length >= max) return;
      if (pos === n) {
        if (left !== 0) return;
        const seq = acc.map((k, i) => readings[i]?.[k] ?? "");
        const key = seq.join(" ");
        if (!seen.has(key)) {
          seen.add(key);
          out.push(seq);
        }
        return;
      }
      const options = readings[pos]?.length ?? 0;
      walk(pos + 1, left, [...acc, 0]);
      if (left > 0) for (let k = 1; k < options; k++) walk(pos + 1, left - 1, [...acc, k]);
    };
    walk(0, changed, []);
  }
  return out;
}
