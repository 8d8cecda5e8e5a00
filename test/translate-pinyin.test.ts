import { test } from "node:test";
import assert from "node:assert/strict";
import {
  combineReadings,
  groupSyllables,
  pinyinSpellings,
  readingCombinations,
  readingsOf,
  placements,
  readingsOfHanViet,
  spellings,
} from "../pipeline/translate/pinyin.ts";

// Names below are in no corpus article: 武文赏 Võ Văn Thưởng, 梁强 Lương Cường,
// 浜田靖一 Hamada Yasukazu, 岸田文雄 Kishida Fumio.

test("readingsOf: per character, toneless, contextual reading first, then heteronyms", () => {
  assert.deepEqual(readingsOf("武文赏"), [["wu"], ["wen"], ["shang"]]);
  assert.deepEqual(readingsOf("梁强"), [["liang"], ["qiang", "jiang"]]);
  assert.deepEqual(readingsOf("防卫"), [["fang"], ["wei"]]);
  // surname mode: 曾 as a family name is zeng
  assert.equal(readingsOf("曾强")[0]?.[0], "zeng");
  // ü is kept
  assert.equal(readingsOf("吕强")[0]?.[0], "lü");
  // spaces and middle dots are skipped
  assert.deepEqual(readingsOf("武 文·赏"), readingsOf("武文赏"));
});

test("readingsOf: Japanese variant characters are read through their Chinese form", () => {
  assert.deepEqual(readingsOf("浜田靖一", { japanese: true }), [["bin", "bang"], ["tian"], ["jing"], ["yi"]]);
  // without the flag the Chinese reading of 浜 comes first, the variant's after it
  assert.deepEqual(readingsOf("浜田靖一")[0], ["bang", "bin"]);
});

test("readingsOf rejects what is not Chinese characters", () => {
  assert.throws(() => readingsOf("Nguyễn"), TypeError);
  assert.throws(() => readingsOf("武A"), TypeError);
});

test("pinyinSpellings: Vietnamese names, surname + joined given name first, then every split/join", () => {
  const wu = pinyinSpellings("武文赏");
  assert.equal(wu[0], "Wu Wenshang");
  assert.deepEqual(wu, ["Wu Wenshang", "Wu Wen Shang", "Wuwenshang", "Wuwen Shang"]);
  const liang = pinyinSpellings("梁强");
  assert.equal(liang[0], "Liang Qiang");
  assert.ok(liang.includes("Liangqiang"));
  assert.ok(liang.indexOf("Liang Jiang") > liang.indexOf("Liang Qiang"), "heteronym spellings come after the contextual one");
  assert.deepEqual(pinyinSpellings("武文赏", { groupings: "canonical" }), ["Wu Wenshang"]);
});

test("pinyinSpellings: Japanese names, family length given by the caller", () => {
  const hamada = pinyinSpellings("浜田靖一", { japanese: true });
  assert.equal(hamada[0], "Bintian Jingyi");
  assert.ok(hamada.includes("Bin Tian Jing Yi"));
  assert.ok(hamada.includes("Bintianjingyi"));
  assert.ok(hamada.includes("Bin Tianjingyi"), "the Chinese way, one-character surname, is among them");
  assert.ok(hamada.includes("Bangtian Jingyi"), "the other reading of 浜 comes later");
  assert.ok(hamada.indexOf("Bangtian Jingyi") > hamada.indexOf("Bintian Jingyi"));
  assert.equal(pinyinSpellings("岸田文雄", { japanese: true })[0], "Antian Wenxiong");
  assert.equal(pinyinSpellings("岸田文雄", { japanese: true, familyLength: 1 })[0], "An Tianwenxiong");
  assert.equal(readingCombinations("小野寺五典", { japanese: true, familyLength: 3 }).familyLength, 3);
});

test("pinyinSpellings: ü rendering", () => {
  assert.equal(pinyinSpellings("吕强")[0], "Lu Qiang");
  assert.equal(pinyinSpellings("吕强", { umlaut: "v" })[0], "Lv Qiang");
  assert.equal(pinyinSpellings("吕强", { umlaut: "ü" })[0], "Lü Qiang");
});

test("groupSyllables: canonical, all apart, all joined, then the rest; capitalised per word", () => {
  assert.deepEqual(groupSyllables(["wu", "chun", "li"], 1), ["Wu Chunli", "Wu Chun Li", "Wuchunli", "Wuchun Li"]);
  assert.equal(groupSyllables(["xiao", "ye", "si", "wu", "dian"], 3)[0], "Xiaoyesi Wudian");
  assert.equal(groupSyllables(["xiao", "ye", "si", "wu", "dian"], 3).length, 16);
  assert.deepEqual(groupSyllables(["li"], 1), ["Li"]);
  assert.deepEqual(groupSyllables([], 1), []);
  assert.deepEqual(groupSyllables(["wu", "chun", "li"], 1, false), ["Wu Chunli"]);
});

test("combineReadings: first readings, then one switch at a time, capped", () => {
  assert.deepEqual(combineReadings([["a", "b"], ["c", "d"], ["e"]], 10), [
    ["a", "c", "e"],
    ["a", "d", "e"],
    ["b", "c", "e"],
    ["b", "d", "e"],
  ]);
  assert.equal(combineReadings([["a", "b"], ["c", "d"]], 2).length, 2);
  assert.deepEqual(combineReadings([["a"], []]), []);
});

test("readingCombinations: the family name's and the given name's alternatives each reach the cap, further readings last", () => {
  // Two characters of family name, two of given name, each with two extra readings: every alternative of either part
  // is in some sequence (the matcher pairs any family with any given name).
  const extra = [["xa", "xb"], ["xc", "xd"], ["xe", "xf"], ["xg", "xh"]];
  const { syllables, familyLength } = readingCombinations("木原正稔", { japanese: true, extraReadings: extra });
  assert.equal(familyLength, 2);
  assert.deepEqual(syllables[0], ["mu", "yuan", "zheng", "ren"]);
  const families = new Set(syllables.map((s) => s.slice(0, 2).join(" ")));
  const givens = new Set(syllables.map((s) => s.slice(2).join(" ")));
  for (const f of ["xa yuan", "xb yuan", "mu xc", "mu xd"]) assert.ok(families.has(f), f);
  for (const g of ["xe ren", "xf ren", "zheng xg", "zheng xh"]) assert.ok(givens.has(g), g);
});

test("readingsOfHanViet: a syllable's Mandarin readings from the characters read so in Sino-Vietnamese, the most shared first", () => {
  // 陈 and 陳 read chen, 尘 chen, 阵 zhen: "trần" → chen, then zhen. A character with no Latin reading is left out.
  const byReading = new Map([
    ["trần", ["陈", "陳", "尘", "阵"]],
    ["hữu", ["有", "友", "右"]],
  ]);
  assert.deepEqual(readingsOfHanViet("Trần", byReading), ["chen", "zhen"]);
  assert.deepEqual(readingsOfHanViet("hữu", byReading), ["you"]);
  assert.deepEqual(readingsOfHanViet("Xyz", byReading), []);
  assert.deepEqual(readingsOfHanViet("Trần", byReading, 1), ["chen"]);
});

test("placements: a tone mark on either vowel of a final oa, oe, uy; other syllables as written", () => {
  assert.deepEqual(placements("hòa"), ["hòa", "hoà"]);
  assert.deepEqual(placements("thuỷ"), ["thuỷ", "thủy"]);
  assert.deepEqual(placements("khỏe"), ["khỏe", "khoẻ"]);
  for (const one of ["hoàn", "quý", "nguyễn", "xuân", "hoa"]) assert.deepEqual(placements(one), [one]);
  // So a table that writes one placement reads a name written with the other.
  assert.equal(readingsOfHanViet("Hòa", new Map([["hoà", ["和"]]]))[0], "he");
});

test("spellings: the tone-mark placements, and a final i or y after an onset written either way", () => {
  assert.deepEqual(spellings("dy"), ["dy", "di"]);
  assert.deepEqual(spellings("kỳ"), ["kỳ", "kì"]);
  assert.deepEqual(spellings("mĩ"), ["mĩ", "mỹ"]);
  assert.deepEqual(spellings("quý"), ["quý", "quí"]);
  assert.deepEqual(spellings("hòa"), ["hòa", "hoà"]);
  // No onset, or another vowel before the y: another syllable, as written.
  for (const one of ["ý", "duy", "tuy", "xuân", "nguyễn"]) assert.deepEqual(spellings(one), [one]);
  // So Nguyễn Dy Niên's "Dy" is read like the table's "di", and a name's "Kỳ" like its "kì".
  assert.deepEqual(readingsOfHanViet("Dy", new Map([["di", ["遺"]]])), ["yi"]);
  assert.deepEqual(readingsOfHanViet("Kỳ", new Map([["kì", ["基"]]])), ["ji"]);
});
