/**
 * The lexicon is data: the codebook's word tables are generated from it,
 * and a word class entry changes what the extractor reads with no code
 * change. Sentences here are written for the test.
 */
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { before, describe, it } from "node:test";
import { findEvents } from "../pipeline/extract/events.ts";
import { findPersonMentions } from "../pipeline/extract/people.ts";
import { CODEBOOK, currentCodebook } from "../pipeline/docs/lexicon-tables.ts";
import { grammarOf, keyWords, leadingWords, type Lexicon } from "../pipeline/lang/lexicon.ts";
import type { Knowledge } from "../pipeline/reference/knowledge.ts";
import { repoKnowledge } from "./helpers.ts";

let k: Knowledge;
/** The two sides as the gazetteer writes them. */
const SIDES = { VN: "Việt Nam", JP: "Nhật Bản" } as const;
before(async () => {
  k = await repoKnowledge();
});

function types(text: string, lexicon: Lexicon): string[] {
  const grammar = grammarOf(lexicon, SIDES, []);
  return findEvents(text, [{ start: 0, end: text.length }], findPersonMentions(text, k.registry, grammar), grammar).map((e) => `${e.type}: ${e.participants.map((p) => p.name).join(" + ")}`);
}

describe("lexicon", () => {
  it("the codebook's word tables are generated from it (run `npm run gen:docs` after editing the lexicon)", async () => {
    assert.equal(await readFile(CODEBOOK, "utf8"), currentCodebook());
  });

  it("the codebook lists every marker the extractor reads, those compiled in from the forums of reference/series.json too", async () => {
    const codebook = await readFile(CODEBOOK, "utf8");
    const section = codebook.slice(codebook.indexOf("### `meeting_triggers`"), codebook.indexOf("### `meeting_types`"));
    const compiled = k.grammar.lexicon.meeting_triggers.map((t) => t.form);
    assert.ok(compiled.length > (JSON.parse(await readFile(new URL("../reference/lexicon.json", import.meta.url), "utf8")) as Lexicon).meeting_triggers.length, "forum names are compiled in");
    for (const form of compiled) assert.ok(section.includes(form), `${form} is missing from the codebook's meeting_triggers`);
  });

  it("a meeting trigger is one entry: added to a copy of the lexicon, the extractor reads it", () => {
    const text = "Ngày 4/3/2019, Thượng tướng Nguyễn Chí Vịnh đã tọa đàm với Thứ trưởng Bộ Quốc phòng Nhật Bản Harada Kenji.";
    const base = k.grammar.lexicon;
    assert.deepEqual(types(text, base), []);
    const extended: Lexicon = { ...base, meeting_triggers: [...base.meeting_triggers, { form: "tọa đàm", type: "dialogue", subject: "mutual" }] };
    assert.deepEqual(types(text, extended), ["dialogue: Nguyễn Chí Vịnh + Harada Kenji"]);
  });

  it("the words of leading a delegation, of inviting and of pointing back are lexicon entries", () => {
    const base = k.grammar.lexicon;
    const g = grammarOf(base, SIDES, []);
    assert.ok(g.leads.test("Đoàn khách do Trung tướng Mori Taro dẫn đầu."));
    assert.ok(g.leads.test("Trưởng đoàn là ông Sato."));
    assert.ok(!g.leads.test("Hai bên dẫn đầutiên.")); // a whole word only
    assert.ok(g.invites.test("Bộ trưởng A mời Bộ trưởng B"));
    assert.ok(!g.invites.test("Bộ trưởng A tiếp khách mờii")); // a whole word only
    assert.ok(g.pointsBack.test("Nhân dịp này,"));
    assert.ok(g.pointsBack.test("Tại sự kiện trên,"));
    assert.ok(!g.pointsBack.test("Nhân dịp kỷ niệm,"));
    assert.ok(!g.pointsBack.test("Trong khuôn khổ chuyến thăm chính thức này,")); // more than a few words
    // One more entry, and the grammar reads it.
    const more = grammarOf({ ...base, pointing_back_words: [...base.pointing_back_words, { form: "ấy" }], leading_words: [...base.leading_words, { form: "cầm đầu" }] }, SIDES, []);
    assert.ok(!g.pointsBack.test("Nhân dịp ấy,"));
    assert.ok(more.pointsBack.test("Nhân dịp ấy,"));
    assert.ok(more.leads.test("Đoàn do ông B cầm đầu."));
  });


  it("a command's name whose head's post drops its first word is a `command` of unit_words", () => {
    const base = k.grammar.lexicon;
    const post = (unit: string, g = grammarOf(base, SIDES, [])) => unit.replace(g.unitCommand, "");
    assert.equal(post("Bộ Tư lệnh Vùng 3 Hải quân"), "Tư lệnh Vùng 3 Hải quân");
    assert.equal(post("Bộ Chỉ huy Quân sự tỉnh Bình Định"), "Chỉ huy Quân sự tỉnh Bình Định");
    assert.equal(post("Bộ Tư lệnhX"), "Bộ Tư lệnhX"); // a whole word only
    assert.equal(post("Học viện Hải quân"), "Học viện Hải quân");
    // One more entry, and the grammar reads it.
    const more = grammarOf({ ...base, unit_words: [...base.unit_words, { form: "Ban Chỉ huy", role: "command" }] }, SIDES, []);
    assert.equal(post("Ban Chỉ huy Quân sự huyện Cam Lâm"), "Ban Chỉ huy Quân sự huyện Cam Lâm");
    assert.equal(post("Ban Chỉ huy Quân sự huyện Cam Lâm", more), "Chỉ huy Quân sự huyện Cam Lâm");
  });
  it("a verb trigger also ends a post written after a name", () => {
    const m = findPersonMentions("Sáng 2/3/2023, Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng gặp gỡ ông Sato Ichiro tại Hà Nội.", k.registry, k.grammar);
    assert.equal(m[0]!.position, "Thứ trưởng Bộ Quốc phòng");
  });

  it("rank forms are the lexicon's: a registry rank outside it is refused when reference data loads", () => {
    const ranks = new Set(k.grammar.lexicon.ranks.map((r) => r.form));
    for (const p of k.registry.persons) for (const r of p.ranks) assert.ok(ranks.has(r.rank), `${p.person_id}: ${r.rank}`);
  });
});

describe("meeting triggers", () => {
  it("a farewell call is a reception the caller pays (chào từ biệt)", () => {
    const text = "Chiều 20/3/2023, Đại sứ Nhật Bản Yamada Takio đã chào từ biệt Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng.";
    assert.deepEqual(types(text, k.grammar.lexicon), ["reception: Yamada Takio + Phan Văn Giang"]);
  });
});

describe("quick tests compiled from word lists", () => {
  it("key words: the forms containing no other form, so a text has a form exactly when it has one of them", () => {
    assert.deepEqual(keyWords(["tiếp xã giao", "tiếp", "gặp gỡ", "hội đàm", "gặp", "tiếp"]), ["tiếp", "hội đàm", "gặp"]);
  });

  it("leading words: a lookahead for the first word of each form; none when a form opens with no word", () => {
    assert.equal(leadingWords(["hội đàm", "hội kiến", "tiếp", "Đối thoại"]), "(?=[htĐ])(?=tiếp|hội|Đối)");
    assert.equal(leadingWords(["(Bản) ghi nhớ", "hiệp định"]), "");
    assert.equal(leadingWords([]), "");
  });

  it("the lookahead changes no match of the expressions built with it", () => {
    const g = k.grammar;
    const text = [
      "Chiều 4/3, tại trụ sở Bộ, Thượng tướng Lê Văn A tiếp xã giao ông B; hai bên đã hội đàm và gặp gỡ báo chí.",
      "Trước buổi hội kiến trực tuyến, Đại tá C (Tùy viên) đến chào từ biệt, chứng kiến lễ ký Bản ghi nhớ về hợp tác.",
      "Sự đón tiếp nồng hậu; Thỏa thuận chuyển giao trang thiết bị sẽ được ký kết năm tới theo Ý định thư đã ký.",
    ].join(" ");
    const lead = /^(?:\(\?=[^)]*\))+/u;
    const exprs = [...g.triggers.map(([, re]) => re), g.online, g.sideCue, g.scopeWord, g.pastCue, g.agreements.cues, g.agreements.generic, g.nameStopword, g.titleBoundary, new RegExp(g.agreements.nounSource, "giu")];
    for (const re of exprs) {
      assert.match(re.source, lead, `${re.source.slice(0, 40)} has a lookahead`);
      const plain = new RegExp(re.source.replace(lead, ""), re.flags.includes("g") ? re.flags : `${re.flags}g`);
      const all = (r: RegExp) => [...text.matchAll(new RegExp(r.source, r.flags.includes("g") ? r.flags : `${r.flags}g`))].map((m) => `${m.index}:${m[0]}`);
      assert.deepEqual(all(re), all(plain), re.source.slice(0, 60));
    }
  });
  it("relative_years: the words that place a sentence in an earlier year, whatever count stands before them", () => {
    const lexicon = k.grammar.lexicon;
    const earlier = grammarOf(lexicon, SIDES, []).earlierYear;
    assert.ok(earlier.test("Ông nhậm chức từ tháng 4 năm ngoái."));
    assert.ok(earlier.test("Hai năm trước, ông nhậm chức Tư lệnh."), "a count before 'năm trước' is still an earlier year");
    assert.ok(!earlier.test("Ông nhậm chức vào tháng 4 năm nay."));
    // A word class entry, not code: a new form is read as soon as the lexicon has it.
    assert.ok(!earlier.test("Ông nhậm chức từ năm kia."));
    const more = { ...lexicon, relative_years: [...lexicon.relative_years, { form: "năm kia", years_back: 2 }] };
    assert.ok(grammarOf(more, SIDES, []).earlierYear.test("Ông nhậm chức từ năm kia."));
  });
});
