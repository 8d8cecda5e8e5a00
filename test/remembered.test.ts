import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { Remembered } from "../pipeline/lang/remembered.ts";

describe("Remembered", () => {
  it("reads each key once, and learns anew once the limit is reached", () => {
    const asked: string[] = [];
    const lengths = new Remembered((w) => (asked.push(w), w.length), 2);
    assert.deepEqual([lengths.of("Kishi"), lengths.of("Kishi"), lengths.of("Nobuo")], [5, 5, 5]);
    assert.deepEqual(asked, ["Kishi", "Nobuo"]);
    // A third key clears the two remembered: the first is read again.
    lengths.of("Giang");
    lengths.of("Kishi");
    assert.deepEqual(asked, ["Kishi", "Nobuo", "Giang", "Kishi"]);
  });

  it("remembers a null answer (only undefined is no answer)", () => {
    let reads = 0;
    const none = new Remembered(() => (reads++, null));
    none.of("a");
    none.of("a");
    assert.equal(reads, 1);
  });
});
