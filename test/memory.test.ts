import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { getHeapStatistics } from "node:v8";
import { collectGarbage } from "../pipeline/core/memory.ts";

describe("collectGarbage", () => {
  it("leaves a heap below the threshold alone", () => {
    assert.equal(collectGarbage(Number.MAX_SAFE_INTEGER), false);
  });

  it("collects what was let go of, without --expose-gc on the command line", () => {
    let junk: { i: number; s: string }[] | null = Array.from({ length: 1_000_000 }, (_, i) => ({ i, s: `item ${i}` }));
    const holding = getHeapStatistics().used_heap_size;
    assert.equal(junk.length, 1_000_000);
    junk = null;
    assert.equal(collectGarbage(0), true);
    const freed = holding - getHeapStatistics().used_heap_size;
    assert.ok(freed > 30 * 2 ** 20, `freed ${(freed / 2 ** 20).toFixed(1)} MiB`);
  });
});
