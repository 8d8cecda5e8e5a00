import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { Registry, type Person } from "../pipeline/registry/index.ts";
import { detectMachineTranslation, surnamePinyin } from "../pipeline/translate/detect.ts";
import { applyFixes, buildCandidates, repairArticle, type RepairContext } from "../pipeline/translate/repair.ts";
import { findGarbledSpans } from "../pipeline/translate/spans.ts";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { readHanReadings } from "../pipeline/reference/load.ts";
import { hanCharactersOfRegistry } from "../pipeline/translate/readings.ts";
import { repoKnowledge, tempDir } from "./helpers.ts";

let ctx: RepairContext;
let registry: Registry;
let k: Awaited<ReturnType<typeof repoKnowledge>>;
before(async () => {
  k = await repoKnowledge();
  registry = k.registry;
  ctx = { registry, grammar: k.grammar, candidates: buildCandidates(registry, k.hanviet) };
});

function repair(text: string, years: number[] = []) {
  return repairArticle(text, [{ start: 0, end: text.length }], ctx, years);
}

describe("detectMachineTranslation", () => {
  it("flags pinyin names and word-for-word artefacts", () => {
    const d = detectMachineTranslation("Tân Hoa Xã Hà Nội ngày 12 tháng 9 điện Chủ tịch nước Wu Wenshang biểu thị, Liang Qiang và Su Lin đồng ý.");
    assert.equal(d.machineTranslated, true);
    assert.ok(d.pinyinTokens >= 3);
    assert.ok(d.artefacts.length >= 2);
  });

  it("finds each word-for-word artefact (the quick substring test before each pattern lets them through)", () => {
    const examples = [
      "Tân Hoa Xã Hà Nội ngày 12 tháng 9 điện",
      "Hội đàm diễn ra 12 ngày buổi chiều tại Hà Nội.",
      "Ông Trương biểu thị hoan nghênh.",
      "Phòng vệ Đại thần Nhật Bản đến thăm.",
      "Hai bên ký Bị vong lục hợp tác.",
      "Phía Nhật phương cho biết.",
      "(Trách nhiệm biên tập: Lý Vĩ)",
      "Việt Nam Quốc phòng bộ trưởng Phan Văn Giang.",
      "Tổng Bí thư CPC Nguyễn Phú Trọng thăm Việt Nam.",
    ];
    const found = examples.map((s) => detectMachineTranslation(s).artefacts);
    for (const [i, labels] of found.entries()) assert.equal(labels.length, 1, examples[i]);
    assert.equal(new Set(found.flat()).size, examples.length);
  });

  it("flags a short translation whose one sign is a Vietnamese person written in pinyin, and no other prose", () => {
    const names = { grammar: ctx.grammar, surnamePinyin: surnamePinyin(ctx.grammar.vnSurnames, k.hanviet, k.hanReadings, buildCandidates(registry, k.hanviet, k.hanReadings)) };
    const mt = (t: string) => detectMachineTranslation(t, names);
    // The name's country before it, or its post after it, says Vietnam; a surname may stay Vietnamese ("Phan Wenjiang").
    assert.equal(mt("Hôm 12/3, Bộ trưởng Quốc phòng Việt Nam Feng Guangqing đã tiếp khách.").machineTranslated, true);
    assert.equal(mt("Thượng tướng Phan Wenjiang, Thứ trưởng Bộ Quốc phòng Việt Nam, phát biểu khai mạc.").machineTranslated, true);
    assert.match(mt("Thượng tướng Phan Wenjiang, Thứ trưởng Bộ Quốc phòng Việt Nam, phát biểu.").artefacts.join(), /Phan Wenjiang/);
    // A Chinese official in pinyin, stationed in Vietnam; Japanese names; Vietnamese names: ordinary prose.
    assert.equal(mt("Đại sứ Trung Quốc tại Việt Nam Xiong Bo dự lễ kỷ niệm.").machineTranslated, false);
    assert.equal(mt("Đại sứ Nhật Bản tại Việt Nam Yamada Takio và Bộ trưởng Hamada Yasukazu dự lễ.").machineTranslated, false);
    assert.equal(mt("Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng Việt Nam, phát biểu.").machineTranslated, false);
  });

  it("leaves Vietnamese prose with Japanese names alone", () => {
    const d = detectMachineTranslation("Chiều 3/6, Thượng tướng Phan Văn Giang đã hội đàm trực tuyến với Bộ trưởng Kishi Nobuo và tiếp Đại sứ Yamada Takio, ông Y-a-xu-ô I-chi-ca-oa.");
    assert.deepEqual([d.machineTranslated, d.pinyinTokens], [false, 0]);
  });
});

describe("repairArticle", () => {
  it("restores names of people in no corpus from the pinyin of their characters", () => {
    const text = "Chủ tịch nước Wu Wenshang hội kiến Phòng vệ Đại thần Bintian Jingyi; Liang Qiang cũng có mặt.";
    const fixes = repair(text, [2023]);
    const names = fixes.filter((f) => f.rule.startsWith("name:")).map((f) => [f.original, f.replacement, f.person_id]);
    assert.deepEqual(names, [
      ["Wu Wenshang", "Võ Văn Thưởng", registry.findPeople("Võ Văn Thưởng")[0]!.person_id],
      ["Bintian Jingyi", "Hamada Yasukazu", registry.findPeople("Hamada Yasukazu")[0]!.person_id],
      ["Liang Qiang", "Lương Cường", registry.findPeople("Lương Cường")[0]!.person_id],
    ]);
    assert.ok(fixes.some((f) => f.rule === "term:japan-defence-minister"));
  });

  it("puts a ministry's head written in Chinese order, the ministry before the title, in Vietnamese order", () => {
    const terms = (text: string) => repair(text, [2016]).filter((f) => f.rule.startsWith("term:")).map((f) => [f.original, f.replacement]).sort();
    assert.deepEqual(terms("Việt Nam Công an bộ trưởng Wu Chunlin ngày 6 gặp Nhật Bản Đại thần Phòng vệ Daoyan Mei."), [
      ["Công an bộ trưởng", "Bộ trưởng Bộ Công an"],
      ["Đại thần Phòng vệ", "Bộ trưởng Bộ Quốc phòng"],
    ].sort());
    assert.deepEqual(terms("Việt Nam Công an bộ trưởng và Ngoại giao bộ trưởng cùng dự."), [
      ["Công an bộ trưởng", "Bộ trưởng Bộ Công an"],
      ["Ngoại giao bộ trưởng", "Bộ trưởng Bộ Ngoại giao"],
    ]);
    assert.deepEqual(terms("Việt Nam Bộ Công an bộ trưởng dự lễ."), [["Bộ Công an bộ trưởng", "Bộ trưởng Bộ Công an"]]);
    // Vietnamese order is left alone.
    assert.deepEqual(terms("Việt Nam có Bộ trưởng Bộ Quốc phòng và Bộ trưởng Bộ Công an cùng dự."), []);
  });

  it("reads a Japanese name in Sino-Vietnamese after a title written as a term it corrects ('Phòng vệ Đại thần Nham Ốc Nghị')", () => {
    const names = (text: string) => repair(text, [2019]).filter((f) => f.person_id).map((f) => [f.original, f.replacement]);
    assert.deepEqual(names("Đại tướng Ngô Xuân Lịch hội đàm với Nhật Bản Phòng vệ Đại thần Nham Ốc Nghị tại Tokyo."), [["Nham Ốc Nghị", "Iwaya Takeshi"]]);
    // No title before it, as written or corrected: no one named.
    assert.deepEqual(names("Đại tướng Ngô Xuân Lịch đã đến thăm Nham Ốc Nghị tại Tokyo."), []);
  });

  it("reads a Japanese name in Sino-Vietnamese right after a title that ends with the country", () => {
    const fixes = repair("Phía bạn có Bộ trưởng Quốc phòng Nhật Bản Mộc Nguyên Nậm và đoàn tùy tùng.", [2024]);
    assert.deepEqual(fixes.filter((f) => f.person_id).map((f) => [f.original, f.replacement]), [["Mộc Nguyên Nậm", "Kihara Minoru"]]);
  });

  it("reads a name's Sino-Vietnamese reading in brackets after its pinyin as the same person, and only that person", () => {
    const names = (text: string) => repair(text, [2019]).filter((f) => f.person_id).map((f) => [f.original, f.replacement]);
    assert.deepEqual(names("Đại tướng Ngô Xuân Lịch tiếp Nhật Bản Phòng vệ Đại thần Yanwu Yi (Nham Ốc Nghị) tại Hà Nội."), [
      ["Yanwu Yi", "Iwaya Takeshi"],
      ["Nham Ốc Nghị", "Iwaya Takeshi"],
    ]);
    // Another person's reading, or words that are no reading of the name, are left as written.
    assert.deepEqual(names("Đại tướng Ngô Xuân Lịch tiếp Nhật Bản Phòng vệ Đại thần Yanwu Yi (Mộc Nguyên Nậm) tại Hà Nội."), [["Yanwu Yi", "Iwaya Takeshi"]]);
    assert.deepEqual(names("Đại tướng Ngô Xuân Lịch tiếp Nhật Bản Phòng vệ Đại thần Yanwu Yi (Hà Nội Thủ Đô) hôm qua."), [["Yanwu Yi", "Iwaya Takeshi"]]);
  });

  it("takes a spelling a letter or two off only for someone in a post in one of the article's years", () => {
    // 冈田克也 (Okada Katsuya), in the registry as foreign minister from 2009 to 2010: "Ke Ya" is a letter off "ke ye".
    const near = "Bộ trưởng Ngoại giao Nhật Bản Gang Tian Ke Ya phát biểu tại hội nghị.";
    const names = (text: string, years: number[], published = true) =>
      repairArticle(text, [{ start: 0, end: text.length }], ctx, years, published).filter((f) => f.rule.startsWith("name:")).map((f) => [f.original, f.replacement]);
    assert.deepEqual(names(near, [2010]), [["Gang Tian Ke Ya", "Okada Katsuya"]]);
    assert.deepEqual(names(near, [2023]), [["Gang Tian Ke Ya", null]], "out of office in 2023: kept as written, unresolved");
    // The exact spelling is his whatever the year (a former minister may be spoken of); so is a near one in an article
    // with no date of publication, whose years are only those its text names (a background year, maybe).
    assert.deepEqual(names(near.replace("Ke Ya", "Ke Ye"), [2023]), [["Gang Tian Ke Ye", "Okada Katsuya"]]);
    assert.deepEqual(names(near, [2023], false), [["Gang Tian Ke Ya", "Okada Katsuya"]]);
  });

  it("tolerates a syllable off and joins or splits in any place", () => {
    const fixes = repair("Bộ trưởng Zhong Guoyuan gặp tướng Fengguang Qing.");
    assert.deepEqual(
      fixes.map((f) => f.replacement),
      ["Nakatani Gen", "Phùng Quang Thanh"],
    );
    assert.ok(fixes[0]!.confidence < 1 && fixes[0]!.confidence >= 0.75);
  });

  it("resolves a wrong Vietnamese name from the title beside it and the article's year", () => {
    const text = "Tổng Bí thư Nguyễn Phú Sáu tiếp Bộ trưởng Quốc phòng Nhật Bản vào tháng 11 năm 2015.";
    const [fix] = repair(text, [2015]).filter((f) => f.rule.startsWith("name:"));
    assert.equal(fix?.rule, "name:title-holder");
    assert.equal(fix?.replacement, "Nguyễn Phú Trọng");
    assert.match(fix!.evidence, /Tổng Bí thư.*2015/);
  });

  it("resolves a garbled given name from a surname resolved elsewhere in the article", () => {
    const text = "Tổng thư ký Ruan Fuzhong nói. Đảng Cộng sản Việt Nam. Tổng Bí thư Nguyễn Phuntsuan cảm ơn.";
    const fixes = repair(text);
    const garbled = fixes.find((f) => f.original === "Nguyễn Phuntsuan");
    assert.equal(garbled?.replacement, "Nguyễn Phú Trọng");
    assert.equal(garbled?.rule, "name:same-surname");
  });

  it("keeps and flags a garbled name it cannot resolve, never guessing", () => {
    const text = "Hôm qua, Tổng Bí thư Nguyễn Phuntsuan đã phát biểu.";
    const [fix] = repair(text);
    assert.deepEqual([fix?.original, fix?.replacement, fix?.rule], ["Nguyễn Phuntsuan", null, "name:unresolved"]);
    assert.equal(applyFixes(text, repair(text)), text, "an unresolved span stays as written");
  });

  it("applies a glossary term only where its condition holds", () => {
    assert.equal(repair("Tổng thư ký Liên hợp quốc phát biểu.").length, 0, "no party, no Vietnam: the UN Secretary-General stays");
    assert.equal(repair("Tổng thư ký Ruan Fuzhong của Đảng Cộng sản Việt Nam.")[0]?.replacement, "Tổng Bí thư");
  });

  it("applies fixes to give the repaired text", () => {
    const text = "Tướng Feng Guangqing hội đàm với Nakatani Yuan.";
    assert.equal(applyFixes(text, repair(text)), "Tướng Phùng Quang Thanh hội đàm với Nakatani Gen.");
  });
});

// Machine translations render a name by halves, or a part of it alone: each is read syllable by syllable.
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

describe("a spelling resolved once", () => {
  it("is resolved wherever it stands again, though its syllables are also Vietnamese ('Su Lin')", () => {
    const text = "Bộ trưởng Bộ Công an Su Lin đại tướng ngày 5 hội kiến đoàn khách. Su Lin nói hai nước là đối tác tin cậy.";
    const got = repair(text, [2019]).filter((f) => f.rule.startsWith("name:")).map((f) => [f.original, f.replacement, f.rule]);
    assert.deepEqual(got, [
      ["Su Lin", "Tô Lâm", "name:pinyin"],
      ["Su Lin", "Tô Lâm", "name:same-spelling"],
    ]);
    // Written again with its syllables joined or parted otherwise, or in another case.
    const again = "Bộ trưởng Bộ Công an Su Lin đại tướng ngày 5 hội kiến đoàn khách. Su-lin nói hai nước là đối tác; Sulin cảm ơn.";
    assert.deepEqual(
      repair(again, [2019]).filter((f) => f.rule.startsWith("name:")).map((f) => [f.original, f.replacement]),
      [["Su Lin", "Tô Lâm"], ["Su-lin", "Tô Lâm"], ["Sulin", "Tô Lâm"]],
    );
    // Never before it is resolved: a bare "Su Lin" alone is no garble anyone can see.
    assert.deepEqual(repair("Su Lin nói hai nước là đối tác tin cậy.", [2019]).filter((f) => f.rule.startsWith("name:")), []);
  });
});

describe("readings from the Unicode Han Database", () => {
  it("reads a character by the sound of its phonetic series, as a reader guessing it would, and only with the table", async () => {
    const k = await repoKnowledge();
    // 木原稔: 稔 is rěn in every dictionary, but its phonetic element is read nian (念).
    const text = "Phòng vệ Đại thần Muyuan Nian tới Hà Nội hội đàm với người đồng cấp.";
    const withTable = { registry: k.registry, grammar: k.grammar, candidates: buildCandidates(k.registry, k.hanviet, k.hanReadings) };
    const fix = repairArticle(text, [{ start: 0, end: text.length }], withTable, [2024]).find((f) => f.original === "Muyuan Nian");
    assert.deepEqual([fix?.replacement, fix?.rule], ["Kihara Minoru", "name:pinyin"]);
    const without = { registry: k.registry, grammar: k.grammar, candidates: buildCandidates(k.registry, k.hanviet) };
    assert.equal(repairArticle(text, [{ start: 0, end: text.length }], without, [2024]).find((f) => f.original === "Muyuan Nian")?.replacement ?? null, null);
  });

  it("covers every character of the registry's names (regenerate with npm run gen:han-readings)", async () => {
    const k = await repoKnowledge();
    const missing = [...hanCharactersOfRegistry(k.registry.persons)].filter((ch) => !(ch in k.hanReadings));
    assert.deepEqual(missing, []);
  });
});

describe("readHanReadings", () => {
  it("names the file and line of a malformed row", async () => {
    const dir = await tempDir();
    const file = join(dir, "han-readings.tsv");
    await writeFile(file, "# header\n稔\tren\tnian\n稔 ren nian\n");
    await assert.rejects(readHanReadings(file), (e: Error) => /han-readings\.tsv:3: expected a character/.test(e.message));
    await writeFile(file, "# header\n稔\tren\tnian nie\n阮\tyuan ruan\t\n");
    assert.deepEqual(await readHanReadings(file), { 稔: { dictionary: ["ren"], series: ["nian", "nie"] }, 阮: { dictionary: ["yuan", "ruan"], series: [] } });
  });
});

describe("buildCandidates", () => {
  it("guesses the pinyin of a Vietnamese name the registry has no characters for, syllable by syllable, only when every syllable has a reading", () => {
    const person = (id: string, name: string) => ({ person_id: id, name, country: "VN", name_han: null, name_zh: null, aliases: [], wikidata: null, birth_year: null, positions: [], ranks: [] }) as unknown as Person;
    const small = new Registry([person("vn-a", "Trần Hữu Bình"), person("vn-b", "Trần Hữu Xyz")], registry.offices);
    const hanviet = new Map([
      ["陈", ["trần"]],
      ["有", ["hữu"]],
      ["平", ["bình"]],
    ]);
    const [a, b] = buildCandidates(small, hanviet);
    assert.deepEqual(a!.guessedReadings, [["chen"], ["you"], ["ping"]]);
    assert.equal(b!.guessedReadings, undefined, "a syllable no character reads leaves the name unguessed");
  });

  it("spells a Japanese name's Sino-Vietnamese reading with each character's other readings too, after its first", () => {
    const jp = { person_id: "jp-x", name: "Nagata Ichiro", country: "JP", name_han: "永田一郎", name_zh: null, aliases: [], wikidata: null, birth_year: null, positions: [], ranks: [] } as unknown as Person;
    const hanviet = new Map([
      ["永", ["vắng", "vĩnh"]],
      ["田", ["điền"]],
      ["一", ["nhất"]],
      ["郎", ["lang"]],
    ]);
    const [c] = buildCandidates(new Registry([jp], registry.offices), hanviet);
    const spelled = (c!.variants ?? []).map((v) => `${v.family} / ${v.given}`);
    assert.equal(spelled[0], "Vắng Điền / Nhất Lang");
    assert.ok(spelled.includes("Vĩnh Điền / Nhất Lang"), spelled.join("; "));
  });

  it("guesses the registry's names whose syllable only hanviet-extra.tsv reads (Xuân: 春) or only another spelling does (Dy: di)", () => {
    const guessed = (name: string) => ctx.candidates.find((c) => c.name === name)?.guessedReadings;
    assert.deepEqual(guessed("Phạm Xuân Hùng"), [["fan"], ["chun"], ["xiong"]]);
    assert.deepEqual(guessed("Nguyễn Dy Niên")?.slice(1), [["yi"], ["nian"]]);
    const text = "Thượng tướng Fan Chunxiong cho biết hai bên nhất trí tăng cường trao đổi đoàn; nguyên Ngoại trưởng Ruan Yinian cũng có mặt.";
    const names = repair(text).filter((f) => f.rule === "name:pinyin-guessed").map((f) => [f.original, f.replacement, f.person_id]);
    assert.deepEqual(names, [
      ["Fan Chunxiong", "Phạm Xuân Hùng", registry.findPeople("Phạm Xuân Hùng")[0]!.person_id],
      ["Ruan Yinian", "Nguyễn Dy Niên", registry.findPeople("Nguyễn Dy Niên")[0]!.person_id],
    ]);
  });
});

describe("buildCandidates", () => {
  it("splits a Japanese name in characters where the registry says its family name ends (one or three characters)", async () => {
    const { matchSpan } = await import("../pipeline/translate/match.ts");
    const candidates = buildCandidates(registry, k.hanviet, k.hanReadings);
    const best = (span: string) => {
      const r = matchSpan(span, candidates);
      return r.status === "match" ? r.contenders[0]!.candidateId : r.status;
    };
    // 小野寺 (three characters) spelt alone, as a title before it would have it; and the whole name grouped at its family name.
    assert.equal(best("Xiao Yesi"), "jp-onodera-itsunori");
    assert.equal(best("Xiaoyesi"), "jp-onodera-itsunori");
    // 小野田 is another three-character family name: its own spelling finds her, not him.
    assert.equal(best("Xiaoyetian"), "jp-onoda-kimi");
    // 岸 (one character): the Chinese way of writing a one-character family name apart.
    assert.equal(best("An Xinfu"), "jp-kishi-nobuo");
    const kishi = candidates.find((c) => c.id === "jp-kishi-nobuo")!;
    const onodera = candidates.find((c) => c.id === "jp-onodera-itsunori")!;
    const nakatani = candidates.find((c) => c.id === "jp-nakatani-gen")!;
    assert.deepEqual([kishi.familyLength, onodera.familyLength, nakatani.familyLength], [1, 3, undefined]);
  });
});
