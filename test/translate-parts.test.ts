import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import type { Registry } from "../pipeline/registry/index.ts";
import { buildCandidates, repairArticle, type RepairContext } from "../pipeline/translate/repair.ts";
import { findGarbledSpans } from "../pipeline/translate/spans.ts";
import { repoKnowledge } from "./helpers.ts";

// Machine translations render a name by halves, or a part of it alone: each is read syllable by syllable.
let ctx: RepairContext;
let registry: Registry;
before(async () => {
  const k = await repoKnowledge();
  registry = k.registry;
  ctx = { registry, grammar: k.grammar, candidates: buildCandidates(registry, k.hanviet) };
});

const names = (text: string) =>
  repairArticle(text, [{ start: 0, end: text.length }], ctx, [2023])
    .filter((f) => f.rule.startsWith("name:"))
    .map((f) => [f.original, f.replacement, f.rule]);
const id = (name: string) => registry.findPeople(name)[0]!.person_id;

describe("names translated by halves", () => {
  it("a Vietnamese surname before pinyin is one span", () => {
    const spans = findGarbledSpans("Ông Võ Wenshang nói.", new Set(["Võ"])).map((s) => s.text);
    assert.deepEqual(spans, ["Võ Wenshang"]);
    assert.deepEqual(findGarbledSpans("Ông Võ Wenshang nói.").map((s) => s.text), ["Wenshang"]);
  });

  it("resolves the Vietnamese surname with the pinyin given name", () => {
    assert.deepEqual(names("Chủ tịch nước Võ Wenshang biểu thị hoan nghênh đoàn."), [["Võ Wenshang", "Võ Văn Thưởng", "name:native+pinyin"]]);
  });
});

describe("a part of a name once its person is resolved in the article", () => {
  it("the given name alone", () => {
    const fixes = repairArticle("Chủ tịch nước Wu Wenshang tiếp đoàn. Wenshang nói hai nước là đối tác.", [{ start: 0, end: 70 }], ctx, [2023]);
    const alone = fixes.find((f) => f.original === "Wenshang")!;
    assert.deepEqual([alone.replacement, alone.rule, alone.person_id], ["Võ Văn Thưởng", "name:given-alone", id("Võ Văn Thưởng")]);
    assert.match(alone.evidence, /resolved elsewhere in the article/);
  });

  it("the family name with the given name read by another sound", () => {
    const got = names("Phòng vệ Đại thần Bintian Jingyi tới Hà Nội. Bintian Zhuo nói Nhật Bản coi trọng Việt Nam.");
    assert.deepEqual(got, [
      ["Bintian Jingyi", "Hamada Yasukazu", "name:pinyin"],
      ["Bintian Zhuo", "Hamada Yasukazu", "name:resolved-family"],
    ]);
    // Not before the person is resolved: then it is listed, never guessed.
    assert.deepEqual(names("Bintian Zhuo nói Nhật Bản coi trọng Việt Nam."), [["Bintian Zhuo", null, "name:unresolved"]]);
  });
});
