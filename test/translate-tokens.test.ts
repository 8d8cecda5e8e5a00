import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { capitalisedWords, isNameLike, nameTokens, tokenize } from "../pipeline/lang/tokens.ts";

describe("nameTokens", () => {
  const reference = (text: string) => tokenize(text).filter((t) => isNameLike(t.text));

  it("finds the same name-like tokens as tokenize + isNameLike", () => {
    const samples = [
      "Bộ trưởng Quốc phòng Phan Văn Giang hội đàm với Bộ trưởng Kishi Nobuo tại Tokyo.",
      "Ông Nguyễn Phú Trọng và Thủ tướng Kishida Fumio; ASEAN, TTXVN, Vietnam+ và CPC.",
      "Xi'an, O’Brien, Xi' an, 'An, A''B, A'b'C, Xi’", // apostrophes inside, at the end, doubled
      "Chie\u0300u nay Đa\u0323i tướng Phan Va\u0306n Giang", // decomposed (NFD) letters
      "\u0301Abc A\u0301bc", // a token that starts with a mark
      "𝐀bc 𝐚Bc 😀Hà Nội \ud800Ab Cd\udc00 \udc00Ef", // astral letters, emoji, lone surrogates
      "ǅemal ǈ ǋa Σίσυφος İstanbul", // titlecase letters, Greek, dotted capital I
      "A1B C-D E_F G.H Ông-Bà", // digits, hyphen, underscore, dot split tokens
      "𝐀 𝐀𝐁 A𝐁 Aß ẞ SS ǅ ǅA Ǆ ŉ ΐ Ωμ ASEAN'S O'BRIEN A'b", // acronyms or not: astral, ß, titlecase, letters that upper-case to two
      "A\u0301 ÁO A\u0301O Ά\u0301", // marks are no letters
      "",
      "  \n\t ",
    ];
    for (const s of samples) assert.deepEqual(nameTokens(s), reference(s), JSON.stringify(s));
  });

  it("agrees on random strings over a tricky alphabet", () => {
    const alphabet = ["A", "B", "b", "Đ", "ư", "\u0301", "'", "’", " ", "-", "1", "𝐀", "𝐚", "😀", "\ud800", "\udc00", "ǅ", "Σ", "ß", "\n", "."];
    let seed = 7;
    const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) / 16777216;
    for (let t = 0; t < 2000; t++) {
      let s = "";
      const len = Math.floor(rnd() * 25);
      for (let k = 0; k < len; k++) s += alphabet[Math.floor(rnd() * alphabet.length)]!;
      assert.deepEqual(nameTokens(s), reference(s), JSON.stringify(s));
    }
  });
});

describe("capitalisedWords", () => {
  const reference = (text: string) => [...text.matchAll(/[\p{Lu}][\p{L}\p{M}]*(?:[-‐][\p{L}\p{M}]+)*/gu)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));

  it("finds what the expression finds, on written sentences", () => {
    const samples = [
      "Thượng tướng Lê Văn An tiếp Chuẩn Đô đốc Sato Ichiro tại Hà Nội.",
      "Y-a-xu-ô I-chi-ca-oa; Tô-ki-ô- và -An, Ba--Na, Ca‐Mau, Đà‐ Nẵng", // hyphens inside, trailing, doubled, before a space
      "McCain iPhone eBay ABC Ông-Bà", // capitals inside words, lower-case starts, all capitals
      "Chie\u0300u nay Đa\u0323i tướng Pha\u0300n", // decomposed letters
      "\u0301Abc A\u0301bc", // marks before and inside a word
      "𝐀bc 𝐚Bc 😀Hà Nội \ud800Ab Cd\udc00 \udc00Ef 𝐀-𝐁", // astral capitals, emoji, lone surrogates
      "ǅemal ǈ ǋa Σίσυφος İstanbul", // titlecase letters are not upper case
      "A1B C_D E.F G-1 H-", // digits, underscore and dot end a word
      "",
    ];
    for (const s of samples) assert.deepEqual(capitalisedWords(s), reference(s), JSON.stringify(s));
  });

  it("finds what the expression finds, on random strings over a tricky alphabet", () => {
    const alphabet = ["A", "b", "Đ", "ư", "\u0301", "-", "‐", " ", "1", "𝐀", "𝐚", "😀", "\ud800", "\udc00", "ǅ", "Σ", "ß", ".", "'"];
    let seed = 11;
    const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) / 16777216;
    for (let t = 0; t < 3000; t++) {
      let s = "";
      const len = Math.floor(rnd() * 25);
      for (let k = 0; k < len; k++) s += alphabet[Math.floor(rnd() * alphabet.length)]!;
      assert.deepEqual(capitalisedWords(s), reference(s), JSON.stringify(s));
    }
  });
});
