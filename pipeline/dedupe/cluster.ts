/**
 * Grouping of confirmed duplicate pairs and choice of the kept copy.
 */

/** Union-find over 0..n-1 with path halving and union by size. */
export class UnionFind {
  private readonly parent: Int32Array;
  private readonly size: Int32Array;

  constructor(n: number) {
    this.parent = new Int32Array(n);
    this.size = new Int32Array(n).fill(1);
    for (let i = 0; i < n; i++) this.parent[i] = i;
  }

  find(x: number): number {
    const parent = this.parent;
    while (parent[x] !== x) {
      const p = parent[x]!;
      parent[x] = parent[p]!;
      x = parent[x]!;
    }
    return x;
  }

  /** Merges the sets of a and b; returns false when they were already one set. */
  union(a: number, b: number): boolean {
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb) return false;
    if (this.size[ra]! < this.size[rb]!) [ra, rb] = [rb, ra];
    this.parent[rb] = ra;
    this.size[ra]! += this.size[rb]!;
    return true;
  }
}

/** Parses an ISO date/datetime to epoch milliseconds; NaN for null, empty or invalid input. */
export function parseTime(iso: string | null | undefined): number {
  if (!iso) return NaN;
  return Date.parse(iso);
}

/**
 * Indexes 0..n-1 sorted in kept-copy order: the earliest dated first (undated,
 * NaN, after all dated), then the longest, then the smallest article_id
 * (code-unit order, locale-free). A total order on distinct ids, so the kept
 * copy — the first member of a group in this order — never depends on the
 * input order. `time` in epoch ms, `length` of the normalised text.
 */
export function keepOrder(articleIds: readonly string[], time: Float64Array, length: Int32Array): Int32Array {
  const n = articleIds.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => {
    const ta = time[a]!;
    const tb = time[b]!;
    const undatedA = Number.isNaN(ta);
    const undatedB = Number.isNaN(tb);
    if (undatedA !== undatedB) return undatedA ? 1 : -1;
    if (!undatedA && ta !== tb) return ta - tb;
    const la = length[a]!;
    const lb = length[b]!;
    if (la !== lb) return lb - la;
    const ia = articleIds[a]!;
    const ib = articleIds[b]!;
    return ia < ib ? -1 : ia > ib ? 1 : 0;
  });
  return Int32Array.from(order);
}
