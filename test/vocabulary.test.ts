import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { Vocabulary } from "../pipeline/lang/vocabulary.ts";

/** What asking `includes` word by word says. */
const byIncludes = (words: readonly string[], text: string) => new Set(words.filter((w) => text.includes(w)));

describe("Vocabulary", () => {
  it("finds the words includes finds: prefixes, overlaps, words inside words, punctuation", () => {
    const words = ["chủ", "chủ nhật", "nhật", "nay", "hôm nay", "thứ", "ngày", "cùng ngày", "/", ".", "-", "a.b", "(", "đến"];
    const texts = [
      "Sáng chủ nhật, hôm nay, ông đến.",
      "Bộ trưởng chủ trì lễ chính thức", // "thứ" inside "thức"
      "cùng ngày 3/6",
      "Đến thăm", // case counts, as for includes
      "a.b-c (x)",
      "",
      "chủ nhậtnhật",
    ];
    const v = new Vocabulary(words);
    for (const t of texts) {
      assert.deepEqual(v.in(t), byIncludes(words, t), t);
      assert.equal(v.anyIn(t), byIncludes(words, t).size > 0, t);
    }
  });

  it("agrees with includes on text and words drawn at random", () => {
    const letters = ["a", "ă", "b", "n", "h", "ậ", " ", ".", "/"];
    let seed = 7;
    const pick = () => letters[(seed = (seed * 1103515245 + 12345) % 2 ** 31) % letters.length]!;
    const word = () => Array.from({ length: 1 + (seed % 3) }, pick).join("");
    const words = Array.from({ length: 30 }, word);
    const v = new Vocabulary(words);
    for (let i = 0; i < 200; i++) {
      const text = Array.from({ length: 40 }, pick).join("");
      assert.deepEqual(v.in(text), byIncludes(words, text), JSON.stringify(text));
      assert.equal(v.anyIn(text), byIncludes(words, text).size > 0, JSON.stringify(text));
    }
  });

  it("finds lower-case words in any case, as anyIn finds them in the lower case", () => {
    const words = ["bản ghi nhớ", "hiệp định", "a-b", "x/y", "(c)"];
    const v = new Vocabulary(words);
    for (const t of ["Ký BẢN GHI NHỚ", "Hiệp Định về …", "bản ghi", "A-B", "X/Y", "(C)", "hiệp  định", ""]) assert.equal(v.anyInAnyCase(t), v.anyIn(t.toLowerCase()), t);
    assert.equal(new Vocabulary([]).anyInAnyCase("bất cứ gì"), false);
  });

  it("finds nothing in text without the words, and takes an empty list", () => {
    assert.equal(new Vocabulary(["hội đàm"]).in("Hai bên trao đổi").size, 0);
    assert.equal(new Vocabulary(["hội đàm"]).anyIn("Hai bên trao đổi"), false);
    assert.equal(new Vocabulary([]).in("bất cứ gì").size, 0);
    assert.equal(new Vocabulary([]).anyIn("bất cứ gì"), false);
  });
});
