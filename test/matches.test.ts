import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { allMatches } from "../pipeline/lang/matches.ts";

const spans = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => `${m.index}:${m[0]}:${m[1] ?? ""}`);

describe("allMatches", () => {
  it("gives what matchAll gives, and leaves the expression at 0", () => {
    const re = /(?<!\p{L})(hội đàm|tiếp)(?!\p{L})/gu;
    const text = "Sau khi hội đàm, Bộ trưởng tiếp tục tiếp đoàn; tiếp.";
    assert.deepEqual(spans(allMatches(re, text)), spans(text.matchAll(re)));
    assert.equal(re.lastIndex, 0);
  });

  it("steps past empty matches by a whole character, astral ones too", () => {
    const re = /(?=\p{L})/gu;
    const text = "a😀b c";
    assert.deepEqual(spans(allMatches(re, text)), spans(text.matchAll(re)));
    const bare = /x*/g;
    assert.deepEqual(spans(allMatches(bare, "axxb")), spans("axxb".matchAll(bare)));
  });

  it("starts from the beginning whatever lastIndex it is given, and refuses a non-global expression", () => {
    const re = /\d+/g;
    re.lastIndex = 5;
    assert.deepEqual(spans(allMatches(re, "12 ab 345")), ["0:12:", "6:345:"]);
    assert.throws(() => allMatches(/\d/, "1"), /global/);
  });
});
