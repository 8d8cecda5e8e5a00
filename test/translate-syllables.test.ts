import { test } from "node:test";
import assert from "node:assert/strict";
import { pinyin } from "pinyin-pro";
import {
  PINYIN_SYLLABLES,
  classifyToken,
  isPinyinSyllable,
  isRomajiWord,
  isVietnameseSyllable,
  looksRomaji,
  pinyinShare,
  splitPinyin,
} from "../pipeline/lang/syllables.ts";

test("well-formed Vietnamese syllables are accepted, any case, NFC or NFD", () => {
  const valid = [
    "Nguyễn", "Phùng", "nghiêng", "Khoa", "quốc", "gì", "Trọng", "Thanh", "Lịch", "Xuân", "Giang",
    "Văn", "Hoàng", "Chiến", "Phúc", "Cường", "Lương", "Thưởng", "Võ", "Ngô", "Quang", "Việt",
    "Thủy", "Mỹ", "kỷ", "Huế", "Quỳnh", "Nghị", "ông", "Ủy", "Yên", "khuya", "khỏe", "boong",
    "thuở", "quyết", "giêng", "gìn", "giữ", "khuỷu", "ngoẹo", "Đại", "NGUYỄN",
  ];
  for (const w of valid) {
    assert.ok(isVietnameseSyllable(w), `${w} (NFC)`);
    assert.ok(isVietnameseSyllable(w.normalize("NFD")), `${w} (NFD)`);
  }
});

test("ill-formed Vietnamese syllables are rejected", () => {
  const invalid = [
    "Fuzhong", "Guangqing", "Xiaoyesi", "Phuntsuan",
    "kang", // k only before i, e, ê, y
    "gha", "ngha", // gh, ngh likewise
    "ci", "ngi", "ge", // c, g, ng never before front vowels
    "coa", "kuy", // /kw/ is written qu
    "tiên".replace("t", ""), // iê with no onset is written yê
    "hàt", "mảc", // a syllable closed by a stop takes only sắc or nặng
    "àá", // two tone marks
    "Wen", "Zhang", "Jiang", "Huang", // letters or rhymes outside quốc ngữ
    "Nguyen", // ê is a letter, not an optional mark
  ];
  for (const w of invalid) assert.equal(isVietnameseSyllable(w), false, w);
});

test("pinyin syllables: toneless, tone marks, tone numbers, ü as ü, v or u:", () => {
  for (const s of ["zhong", "guang", "qing", "xiao", "ye", "si", "wu", "dian", "lü", "lv", "nu:", "nǚ", "zhōng", "zhong1", "Yuan", "er", "shei", "rua"]) {
    assert.ok(isPinyinSyllable(s), s);
  }
  for (const s of ["fuzhong", "go", "tsu", "ki", "Lý", "Lê", "Phạm", "nguyen", "", "ng", "m"]) {
    assert.equal(isPinyinSyllable(s), false, s);
  }
});

test("the pinyin table agrees with every reading pinyin-pro knows (CJK Unified Ideographs)", () => {
  const interjections = new Set(["m", "n", "ng", "hng"]);
  const seen = new Set<string>();
  for (let cp = 0x4e00; cp <= 0x9fff; cp++) {
    for (const r of pinyin(String.fromCodePoint(cp), { toneType: "none", multiple: true, type: "array" })) {
      if (/^[a-zü]+$/.test(r) && !interjections.has(r)) seen.add(r);
    }
  }
  const missing = [...seen].filter((s) => !PINYIN_SYLLABLES.has(s));
  assert.deepEqual(missing, []);
  const unused = [...PINYIN_SYLLABLES].filter((s) => !seen.has(s));
  assert.deepEqual(unused, [], "the table generates no syllable the package never uses");
});

test("splitPinyin segments joined words, apostrophe rule, fewest syllables first", () => {
  assert.deepEqual(splitPinyin("Fengguang"), [["feng", "guang"]]);
  assert.deepEqual(splitPinyin("Xiaoyesi"), [["xiao", "ye", "si"]]);
  assert.deepEqual(splitPinyin("Wuchun"), [["wu", "chun"]]);
  assert.deepEqual(splitPinyin("Wuchunli"), [["wu", "chun", "li"]]);
  assert.deepEqual(splitPinyin("Guoyuan"), [["guo", "yuan"]]);
  assert.deepEqual(splitPinyin("Xian"), [["xian"]]);
  assert.deepEqual(splitPinyin("Xi'an"), [["xi", "an"]]);
  assert.deepEqual(splitPinyin("fangan"), [["fan", "gan"]]);
  assert.deepEqual(splitPinyin("Zhōngguó"), [["zhong", "guo"]]);
  assert.deepEqual(splitPinyin("Phuntsuan"), []);
  assert.deepEqual(splitPinyin("Nguyễn"), []);
  assert.deepEqual(splitPinyin(""), []);
  // without the apostrophe rule more splits appear, still fewest syllables and longer syllables first
  const loose = splitPinyin("fangan", { strictApostrophe: false });
  assert.deepEqual(loose[0], ["fang", "an"]);
  assert.ok(loose.some((s) => s.join(" ") === "fan gan"));
  for (let i = 1; i < loose.length; i++) assert.ok(loose[i - 1]!.length <= loose[i]!.length);
  assert.deepEqual(splitPinyin("xiaoyesi", { strictApostrophe: false }), splitPinyin("xiaoyesi", { strictApostrophe: false }));
});

test("classifyToken", () => {
  assert.equal(classifyToken("Li"), "both");
  assert.equal(classifyToken("Long"), "both");
  assert.equal(classifyToken("Pan"), "both");
  assert.equal(classifyToken("Fu"), "pinyin");
  assert.equal(classifyToken("Fuzhong"), "pinyin");
  assert.equal(classifyToken("Guangqing"), "pinyin");
  assert.equal(classifyToken("Nguyễn"), "vietnamese");
  assert.equal(classifyToken("Tướng"), "vietnamese");
  assert.equal(classifyToken("Phuntsuan"), "neither");
  assert.equal(classifyToken("Philippines"), "neither");
});

test("romaji words are told apart from joined pinyin", () => {
  for (const w of ["Nakatani", "Yamada", "Oka", "Kure", "Onodera", "Kishi", "Itsunori", "Hamada"]) assert.ok(isRomajiWord(w), w);
  for (const w of ["Xiaoyesi", "Fuzhong", "Wudian", "Bintian", "Jingyi", "Anxin"]) assert.equal(isRomajiWord(w), false, w);
  assert.ok(looksRomaji("Nakatani"));
  assert.ok(looksRomaji("Oka"));
  assert.equal(looksRomaji("Xiaoyesi"), false);
  assert.equal(looksRomaji("Ma"), false, "a single syllable stays pinyin evidence");
});

test("pinyinShare: share of capitalised tokens that are pinyin and not Vietnamese", () => {
  const native = pinyinShare("Bộ trưởng Phan Văn Giang tiếp Đại sứ Nhật Bản tại Hà Nội.");
  assert.equal(native.pinyinTokens, 0);
  assert.equal(native.share, 0);
  const rendered = pinyinShare("Bộ trưởng Pan Wenjiang tiếp Đại sứ Bintian Jingyi tại ASEAN.");
  // name-like: Bộ, Pan, Wenjiang, Đại, Bintian, Jingyi (ASEAN is an acronym)
  assert.equal(rendered.nameTokens, 6);
  assert.equal(rendered.pinyinTokens, 3);
  assert.equal(rendered.share, 0.5);
  assert.deepEqual(pinyinShare(""), { nameTokens: 0, pinyinTokens: 0, distinctPinyin: 0, share: 0 });
  const repeated = pinyinShare("Ông Keiji nói. Ông Keiji cười. Ông Keiji đi.");
  assert.equal(repeated.distinctPinyin <= 1, true, "one name said three times is one distinct word");
});
