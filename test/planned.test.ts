/**
 * Planned or announced encounters are not published as held: a plan cue
 * that governs the marker's clause (lexicon `not_happened`, cue plan), an
 * opening plan ("Theo kế hoạch, …"), a plan after the marker with a verb
 * of taking place (`occurrence_verbs`), or a date after the article's
 * publication. Each such encounter naming both sides is listed in
 * `encounters_left_out` with its reason. A plan in another clause of a
 * report of a held meeting changes nothing. Every sentence here is written
 * for the test.
 */
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { extractArticle, type ArticleExtraction } from "../pipeline/extract/article.ts";
import { findEvents } from "../pipeline/extract/events.ts";
import { findPersonMentions } from "../pipeline/extract/people.ts";
import { ingestBytes } from "../pipeline/ingest/document.ts";
import type { Knowledge } from "../pipeline/reference/knowledge.ts";
import { repoDateWords, repoKnowledge } from "./helpers.ts";

let knowledge: Knowledge;
before(async () => {
  knowledge = await repoKnowledge();
});

function extract(body: string[], { headline = "Tin quốc phòng", dateline = null as string | null } = {}): ArticleExtraction {
  const text = [headline, "", ...(dateline ? [dateline, ""] : []), ...body.flatMap((p) => [p, ""])].join("\n");
  const r = ingestBytes("t.txt", new TextEncoder().encode(text), undefined, repoDateWords());
  if (!r.ok) throw new Error("rejected");
  const x = extractArticle({ document: r.document, fixes: [], repeated: new Set(), machineTranslated: false }, knowledge);
  // Whatever the sentence: a meeting is published with a participant of each side, or is a conference both countries
  // attend with one side named (codebook, Meetings: Both sides).
  for (const e of x.encounters) {
    const sides = new Set(e.participants.map((p) => p.country));
    assert.ok(e.type === "conference" || (sides.has("VN") && sides.has("JP")), `one-sided ${e.type}: ${e.sentence}`);
  }
  return x;
}

function summary(x: ArticleExtraction): string[] {
  return x.encounters.map((e) => `${e.date.date_start} ${e.type}: ${e.participants.map((p) => p.name).join(" + ")}`);
}

/** The reasons of the encounters left out as planned. */
function planned(x: ArticleExtraction): string[] {
  return x.leftOut.filter((l) => l.reason.startsWith("planned")).map((l) => l.reason);
}

/** Published nothing, and left out one planned encounter or more, the first governed by `cue`. */
function assertPlanned(body: string[], cue: string, opts: { dateline?: string } = {}) {
  const x = extract(body, opts);
  assert.deepEqual(summary(x), [], body.join(" "));
  const reasons = planned(x);
  assert.ok(reasons.length > 0, `left out as planned: ${body.join(" ")}`);
  assert.ok(reasons[0]!.includes(`"${cue}"`), `${reasons[0]} names ${cue}`);
}

describe("planned encounters", () => {
  it("a plan cue just before the marker, or anywhere earlier in its clause, makes it planned", () => {
    assertPlanned(["Chiều 14/10/2021, Đại tướng Phan Văn Giang sẽ hội đàm với Bộ trưởng Quốc phòng Nhật Bản Kishi Nobuo tại Hà Nội."], "sẽ");
    assertPlanned(["Ngày 14/10/2021, Đại tướng Phan Văn Giang dự kiến có cuộc gặp với Bộ trưởng Kishi Nobuo bên lề hội nghị."], "dự kiến");
    assertPlanned(["Chiều 14/10/2021, Đại tướng Phan Văn Giang sắp hội đàm với Bộ trưởng Kishi Nobuo."], "sắp");
    // The plan reaches every marker of the verb phrase it opens.
    assertPlanned(["Sáng 14/10/2021, Đại tướng Phan Văn Giang sẽ chủ trì lễ đón chính thức và hội đàm với Bộ trưởng Kishi Nobuo."], "sẽ");
    assertPlanned(["Đại tướng Phan Văn Giang có kế hoạch sang Tokyo vào tháng 10/2021 và hội đàm với Bộ trưởng Kishi Nobuo."], "có kế hoạch");
  });

  it("an encounter told as possible ('có thể ký kết', 'có khả năng hội đàm') or not yet ('chưa có cuộc hội đàm') is not held", () => {
    const held = "Ngày 14/10/2021, Đại tướng Phan Văn Giang và Bộ trưởng Kishi Nobuo đã ký kết Bản ghi nhớ về hợp tác quốc phòng.";
    assert.equal(summary(extract([held])).length, 1);
    assert.deepEqual(summary(extract([held.replace("đã ký kết", "có thể ký kết")])), []);
    assert.deepEqual(summary(extract(["Ngày 14/10/2021, Đại tướng Phan Văn Giang có khả năng hội đàm với Bộ trưởng Kishi Nobuo tại Hà Nội."])), []);
    // Nor one told as not yet held.
    assert.deepEqual(summary(extract(["Tính đến ngày 14/10/2021, Đại tướng Phan Văn Giang chưa có cuộc hội đàm với Bộ trưởng Kishi Nobuo."])), []);
  });

  it("a cue reaches past verbs of holding and the words that count an encounter ('đề xuất tổ chức một cuộc hội đàm')", () => {
    // Proposed, wished for, said possible: three words or more between the cue and the marker, all of `cue_reach_words`.
    assert.deepEqual(summary(extract(["Ngày 14/10/2021, Đại tướng Phan Văn Giang đề xuất tổ chức một cuộc hội đàm với Bộ trưởng Kishi Nobuo."])), []);
    assert.deepEqual(summary(extract(["Ngày 14/10/2021, Bộ trưởng Kishi Nobuo mong muốn sớm tiến hành các cuộc hội đàm với Đại tướng Phan Văn Giang."])), []);
    assert.deepEqual(summary(extract(["Ngày 14/10/2021, Đại tướng Phan Văn Giang có thể có thêm một buổi gặp với Bộ trưởng Kishi Nobuo."])), []);
    // The same words with no cue before them tell an encounter held; and a cue whose clause goes on in other words
    // before the marker does not reach it.
    assert.equal(summary(extract(["Ngày 14/10/2021, Đại tướng Phan Văn Giang tổ chức một cuộc hội đàm với Bộ trưởng Kishi Nobuo."])).length, 1);
    assert.equal(summary(extract(["Ngày 14/10/2021, Đại tướng Phan Văn Giang, người từng đề xuất ý tưởng về hợp tác gìn giữ hòa bình, đã có cuộc hội đàm với Bộ trưởng Kishi Nobuo."])).length, 1);
  });

  it("a verb of asking or proposing reaches every marker later in its clause ('đề nghị …, đặc biệt là việc tổ chức Hội nghị …')", () => {
    const asked = [
      "Ngày 14/10/2021, Thượng tướng Hoàng Xuân Chiến đề nghị phía Nhật Bản ủng hộ Việt Nam trong năm đảm nhiệm vai trò Chủ tịch ASEAN, đặc biệt là việc tổ chức Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng có sự tham gia của Bộ trưởng Quốc phòng Nhật Bản Kishi Nobuo.",
      "Ngày 14/10/2021, Đại tướng Phan Văn Giang đề nghị hai bên phối hợp chặt chẽ để Bộ trưởng Kishi Nobuo sớm hội đàm với Thủ tướng Phạm Minh Chính.",
    ];
    for (const s of asked) assert.deepEqual(summary(extract([s])), [], s);
    // A word of having happened after the request, or a semicolon, ends its reach.
    assert.equal(summary(extract(["Ngày 14/10/2021, Đại tướng Phan Văn Giang đề nghị tăng cường hợp tác và cho biết đã hội đàm với Bộ trưởng Kishi Nobuo."])).length, 1);
    assert.equal(summary(extract(["Ngày 14/10/2021, Đại tướng Phan Văn Giang đề nghị tăng cường hợp tác; sau đó ông hội đàm với Bộ trưởng Kishi Nobuo."])).length, 1);
  });

  it("a plan cue reaches past a post in apposition between two commas ('sẽ được Đô đốc A, Tư lệnh …, đón tiếp')", () => {
    assertPlanned(["Ngày 14/10/2021, Bộ trưởng Kishi Nobuo sẽ được Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng, đón tiếp tại Hà Nội."], "sẽ");
    // A clause after a comma that is no post keeps its own time: "…, sau đó …" after a plan is held.
    assert.deepEqual(summary(extract(["Ngày 14/10/2021, Bộ trưởng Kishi Nobuo cho biết sẽ thăm Hà Nội, Đại tướng Phan Văn Giang đã đón tiếp ông."])).length, 1);
  });

  it("a machine translation's calques of 将, 计划, 拟, 预计 are plan cues, however far before the verb", () => {
    const pm = "Thủ tướng Phạm Minh Chính";
    const jp = "Thủ tướng Nhật Bản Kishida Fumio";
    assertPlanned([`${pm} sẽ sẽ vào ngày 20/11/2022 tại Tokyo cùng ${jp} tiến hành hội đàm.`], "sẽ");
    assertPlanned([`${pm} kế hoạch ngày 20/11/2022 cùng ${jp} tổ chức hội đàm.`], "kế hoạch");
    assertPlanned([`${pm} dự định ngày 20/11/2022 tại Tokyo cùng ${jp} hội đàm.`], "dự định");
    assertPlanned([`${pm} dự tính vào 20/11/2022 với ${jp} hội đàm.`], "dự tính");
    assertPlanned([`${pm} trù tính ngày 20/11/2022 cùng ${jp} gặp gỡ.`], "trù tính");
  });

  it("an opening plan frames the whole sentence up to a word of having happened", () => {
    assertPlanned(["Theo kế hoạch, chiều 14/10/2021, Đại tướng Phan Văn Giang hội đàm với Bộ trưởng Kishi Nobuo tại Hà Nội."], "Theo kế hoạch");
    assertPlanned(["Dự kiến, sáng 14/10/2021, Thượng tướng Hoàng Xuân Chiến và Đại sứ Nhật Bản Yamada Takio có buổi làm việc tại Hà Nội."], "Dự kiến");
    // "đã" after the frame: the plan was carried out.
    assert.equal(summary(extract(["Theo kế hoạch, chiều 14/10/2021, Đại tướng Phan Văn Giang đã hội đàm với Bộ trưởng Kishi Nobuo tại Hà Nội."])).length, 1);
  });

  it("a plan after the marker with a verb of taking place makes the encounter it names planned", () => {
    assertPlanned(["Cuộc gặp giữa Đại tướng Phan Văn Giang và Bộ trưởng Kishi Nobuo sẽ diễn ra vào chiều 14/10/2021."], "sẽ");
    // A multilateral meeting announced, one side named: never published as held.
    const x = extract(["Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng lần thứ 9 sắp diễn ra ở Phnom Penh ngày 23/11/2022 dưới sự chủ trì của nước chủ nhà, Đại tướng Phan Văn Giang dẫn đầu đoàn Việt Nam, Nhật Bản cũng cử đoàn tham gia."]);
    assert.deepEqual(summary(x), []);
    assert.match(planned(x)[0] ?? "", /"sắp" governs "Hội nghị"/);
    // A translation's word order: the plan, the date, then the verb.
    assert.deepEqual(summary(extract(["Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng sẽ vào ngày 23/11/2022 tại Phnom Penh cử hành, Đại tướng Phan Văn Giang cùng Nhật Bản tham dự."])), []);
  });

  it("every item of a list of what one subject will do is planned", () => {
    const x = extract(["Bộ trưởng Quốc phòng Nhật Bản Kishi Nobuo sẽ thăm chính thức Việt Nam từ ngày 12 đến 14/10/2021, hội đàm với Đại tướng Phan Văn Giang, chào xã giao Thủ tướng Phạm Minh Chính và gặp Thượng tướng Hoàng Xuân Chiến."]);
    assert.deepEqual(summary(x), []);
    assert.deepEqual(planned(x).map((r) => r.replace(/.* governs /, "")), ['"hội đàm"', '"chào xã giao"', '"gặp"']);
  });

  it("a clause of time after a planned one ('…, sau khi dự Hội nghị …') shares its plan", () => {
    assertPlanned(["Bộ trưởng Quốc phòng Nhật Bản Kihara Minoru sẽ tới Hà Nội vào tuần sau, sau khi dự Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng tại Viêng Chăn."], "sẽ");
    assertPlanned(["Thượng tướng Hoàng Xuân Chiến dự kiến thăm Tokyo trong tháng 11, trước khi đồng chủ trì hội nghị với Thứ trưởng Quốc phòng Nhật Bản Masuda Kazuo."], "dự kiến");
    // A word of having happened in the clause of time ends the plan's reach; a clause of time after a held one is held.
    assert.equal(summary(extract(["Đại tướng Phan Văn Giang sẽ thăm Nhật Bản vào năm sau, sau khi đã hội đàm với Bộ trưởng Quốc phòng Nhật Bản Kihara Minoru tại Hà Nội ngày 6/8/2024."])).length, 1);
    assert.equal(summary(extract(["Chiều 6/8/2024, Đại tướng Phan Văn Giang hội đàm với Bộ trưởng Quốc phòng Nhật Bản Kihara Minoru, sau khi chủ trì lễ đón ông tại Hà Nội."])).length, 1);
  });

  it("a forum attended in the opening clause of a sentence whose main clause is planned ('Kết thúc chương trình dự Hội nghị X, B sẽ …') is the first part of that plan", () => {
    assertPlanned(["Kết thúc chương trình dự Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng tại Jakarta, Bộ trưởng Quốc phòng Nhật Bản Onodera Itsunori sẽ sang thăm Hà Nội từ ngày 5 đến 6/11."], "sẽ");
    assertPlanned(["Sau khi dự Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng tại Jakarta, Bộ trưởng Quốc phòng Nhật Bản Onodera Itsunori dự kiến sang thăm Hà Nội."], "dự kiến");
    // Not when the main clause tells first what was done, nor when a marker held comes before the plan.
    assert.equal(summary(extract(["Ngày 4/11/2013, sau khi dự Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng tại Jakarta, Bộ trưởng Quốc phòng Nhật Bản Onodera Itsunori đã đến Hà Nội và sẽ thăm Học viện Quốc phòng."])).length, 1);
    assert.equal(summary(extract(["Ngày 4/11/2013, bên lề Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng, Đại tướng Phùng Quang Thanh và Bộ trưởng Onodera Itsunori hội đàm, nhất trí sẽ tăng cường hợp tác."])).length, 1);
  });

  it("a clause about the thing named before a planned one ('…, trong đó có Hội nghị …') shares its plan", () => {
    const plan = "Đại tướng Phan Văn Giang cho biết Việt Nam sẽ tổ chức nhiều hoạt động trong năm giữ vai trò Chủ tịch ASEAN, trong đó có Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng với sự tham gia của Nhật Bản và Hoa Kỳ.";
    assertPlanned([plan], "sẽ");
    // The same clause after one that tells what was done is held.
    assert.equal(summary(extract(["Ngày 10/12/2020, Đại tướng Phan Văn Giang đã chủ trì nhiều hoạt động, trong đó có Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng với sự tham gia của Nhật Bản và Hoa Kỳ."])).length, 1);
  });

  it("a weekday a plan in its clause governs is a day to come, not the last one before publication", () => {
    const dateline = "15/11/2023 08:00"; // a Wednesday
    const x = extract(["Lịch trình chính thức sẽ khởi động vào thứ Sáu tại Hà Nội, khi Bộ trưởng Kihara Minoru được Bộ trưởng Bộ Quốc phòng Việt Nam, Đại tướng Phan Văn Giang tiếp đón."], { dateline });
    assert.deepEqual(summary(x), []);
    assert.match(planned(x)[0] ?? "", /"thứ Sáu" is a day a plan in its clause puts ahead/);
    // Told as held, the weekday is the last before publication.
    assert.deepEqual(summary(extract(["Hôm thứ Hai, Đại tướng Phan Văn Giang đã tiếp Bộ trưởng Kihara Minoru tại Hà Nội."], { dateline })), ["2023-11-13 reception: Phan Văn Giang + Kihara Minoru"]);
  });

  it("a month a plan governs, however far back in its clause the cue, bounds the encounter's year by its last day", () => {
    const met = "Ngày 20/3, tại Hà Nội, Thượng tướng Hoàng Xuân Chiến tiếp Đại sứ Nhật Bản tại Việt Nam Yamada Takio.";
    // The ambassador took up his post in April 2020; the plan for February 2022 leaves March 2021 alone.
    const far = "Hai bên cũng trao đổi về các hoạt động dự kiến sẽ được triển khai trong thời gian tới như chuyến thăm của đoàn sĩ quan trẻ Bộ Quốc phòng Việt Nam tới Nhật Bản và khóa tập huấn về rà phá bom mìn tổ chức tại tỉnh Quảng Trị (tháng 2-2022).";
    assert.deepEqual(summary(extract([met, far])), ["2021-03-20 reception: Hoàng Xuân Chiến + Yamada Takio"]);
    assert.deepEqual(summary(extract([met, "Hai bên cũng trao đổi về khóa tập huấn sẽ tổ chức tại Quảng Trị (tháng 2-2022)."])), ["2021-03-20 reception: Hoàng Xuân Chiến + Yamada Takio"]);
  });

  it("an encounter dated after the article's publication is announced, not held", () => {
    const body = ["Đại tướng Phan Văn Giang và Bộ trưởng Kishi Nobuo hội đàm tại Hà Nội ngày 20/10/2021."];
    assert.deepEqual(summary(extract(body, { dateline: "Ngày đăng: 04/10/2021 08:00" })), []);
    assert.match(planned(extract(body, { dateline: "Ngày đăng: 04/10/2021 08:00" }))[0] ?? "", /after the article's publication on 2021-10-04/);
    assert.equal(summary(extract(body, { dateline: "Ngày đăng: 21/10/2021 08:00" })).length, 1);
  });

  it("a day without its year a few days after publication is to come (a preview), not a year back", () => {
    // Invented people; the date line is the only clue to the year.
    const talks = "Ngày 16/11, Đại tướng Lê Hồng Sơn hội đàm với Bộ trưởng Quốc phòng Nhật Bản Sato Kenji tại Jakarta.";
    const forum = "Từ ngày 14 đến 17/11, Đại tướng Lê Hồng Sơn dẫn đầu đoàn Việt Nam dự Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng tại Jakarta.";
    for (const body of [talks, forum]) {
      const x = extract([body], { dateline: "Thứ Hai, 13/11/2023 09:00" });
      assert.deepEqual(summary(x), [], body);
      assert.match(planned(x)[0] ?? "", /after the article's publication on 2023-11-13/);
    }
    // Weeks after the date line's day, the same words are last year's; on or before it, this year's.
    assert.deepEqual(summary(extract([talks], { dateline: "Thứ Hai, 23/10/2023 09:00" })), ["2022-11-16 talks: Lê Hồng Sơn + Sato Kenji"]);
    assert.deepEqual(summary(extract([talks], { dateline: "Thứ Sáu, 17/11/2023 09:00" })), ["2023-11-16 talks: Lê Hồng Sơn + Sato Kenji"]);
  });
});

describe("held encounters with a plan in another clause keep their meeting", () => {
  const held = "Chiều 14/10/2021, tại Hà Nội, Đại tướng Phan Văn Giang đã hội đàm với Bộ trưởng Quốc phòng Nhật Bản Kishi Nobuo";
  const expected = ["2021-10-14 talks: Phan Văn Giang + Kishi Nobuo"];

  it("a plan after the marker, in its own clause or sentence", () => {
    for (const body of [
      [`${held}. Hai bên nhất trí sẽ tăng cường hợp tác về quân y và gìn giữ hòa bình.`],
      [`${held}; hai bên sẽ ký kết văn kiện hợp tác trong thời gian tới.`],
      [`${held}, sau đó hai Bộ trưởng sẽ gặp gỡ báo chí.`],
      [`${held}. Hai bộ trưởng thống nhất rằng Đối thoại Chính sách quốc phòng lần tới sẽ diễn ra ở Tokyo vào năm sau.`],
    ]) {
      assert.deepEqual(summary(extract(body)), expected, body[0]);
      assert.deepEqual(planned(extract(body)), [], body[0]);
    }
  });

  it("a plan in an earlier clause that does not govern the marker", () => {
    for (const s of [
      "Như dự kiến, chiều 14/10/2021, tại Hà Nội, Đại tướng Phan Văn Giang hội đàm với Bộ trưởng Quốc phòng Nhật Bản Kishi Nobuo.",
      "Theo chương trình, chiều 14/10/2021, tại Hà Nội, Đại tướng Phan Văn Giang hội đàm với Bộ trưởng Quốc phòng Nhật Bản Kishi Nobuo.",
      "Theo kế hoạch hợp tác năm 2021, chiều 14/10, tại Hà Nội, Đại tướng Phan Văn Giang hội đàm với Bộ trưởng Quốc phòng Nhật Bản Kishi Nobuo.",
      "Chiều 14/10/2021, sau khi sắp xếp lại lịch trình, tại Hà Nội, Đại tướng Phan Văn Giang hội đàm với Bộ trưởng Quốc phòng Nhật Bản Kishi Nobuo.",
      "Chiều 14/10/2021, tại Hà Nội, Đại tướng Phan Văn Giang, người sẽ sang Nhật Bản vào năm sau, hội đàm với Bộ trưởng Quốc phòng Nhật Bản Kishi Nobuo.",
      "Chuẩn bị cho chuyến thăm sắp tới, chiều 14/10/2021, tại Hà Nội, Đại tướng Phan Văn Giang hội đàm với Bộ trưởng Quốc phòng Nhật Bản Kishi Nobuo.",
      "Bộ trưởng Kishi Nobuo, vừa đến Hà Nội, chiều 14/10/2021 đã hội đàm với Đại tướng Phan Văn Giang, sau đó sẽ chào xã giao Thủ tướng.",
    ]) {
      assert.equal(summary(extract([s])).length, 1, s);
    }
  });

  it("a planned marker after a held one ends the held one's counterparts", () => {
    const x = extract([`${held} và sẽ tiếp Đại sứ Nhật Bản Yamada Takio vào tuần sau.`]);
    assert.deepEqual(summary(x), expected);
    assert.match(planned(x)[0] ?? "", /"sẽ" governs "tiếp"/);
  });

  it("metamorphic: adding a plan in another clause never changes the meetings; putting the marker itself under a plan removes them", () => {
    const reports = [
      ["Chiều 14/10/2021, tại Hà Nội, Đại tướng Phan Văn Giang đã hội đàm với Bộ trưởng Quốc phòng Nhật Bản Kishi Nobuo.", "đã hội đàm", "hội đàm"],
      ["Sáng 3/5/2021, Thượng tướng Hoàng Xuân Chiến đã tiếp Đại sứ Nhật Bản Yamada Takio tại Bộ Quốc phòng.", "đã tiếp", "tiếp"],
      ["Ngày 20/11/2022, Thủ tướng Phạm Minh Chính đã có cuộc gặp với Bộ trưởng Quốc phòng Nhật Bản Hamada Yasukazu.", "đã có cuộc gặp", "có cuộc gặp"],
    ] as const;
    for (const [report, verb, bare] of reports) {
      const base = summary(extract([report]));
      assert.equal(base.length, 1, report);
      // Same meetings: a plan told after it, in another clause or sentence.
      for (const plan of [" Hai bên nhất trí sẽ sớm ký kết thỏa thuận mới.", " Theo kế hoạch, hai bên sẽ tiếp tục trao đổi đoàn."]) {
        assert.deepEqual(summary(extract([report + plan])), base, report + plan);
      }
      assert.deepEqual(summary(extract([report.replace(".", ", hai bên sẽ tăng cường hợp tác.")])), base);
      // No meetings: the same marker governed by a plan, in each of its forms.
      for (const cue of ["sẽ", "dự kiến", "dự định", "sắp", "sẽ sẽ"]) {
        const plannedReport = report.replace(verb, `${cue} ${bare}`);
        assert.deepEqual(summary(extract([plannedReport])), [], plannedReport);
        assert.equal(planned(extract([plannedReport])).length, 1, plannedReport);
      }
      const framed = `Theo kế hoạch, ${report.replace(verb, bare).replace(/^./, (c) => c.toLowerCase())}`;
      assert.deepEqual(summary(extract([framed])), [], framed);
    }
  });
});

describe("plan cues in findEvents", () => {
  it("reports planned encounters apart when asked, and never as held", () => {
    const text = "Chiều 14/10/2021, Đại tướng Phan Văn Giang sẽ hội đàm với Bộ trưởng Kishi Nobuo.";
    const { registry, grammar } = knowledge;
    const mentions = findPersonMentions(text, registry, grammar);
    const read = (keepPlanned: boolean) => findEvents(text, [{ start: 0, end: text.length }], mentions, grammar, { keepPlanned }).map((e) => [e.planned ?? "held", e.participants.map((p) => p.name).join(" + ")]);
    assert.deepEqual(read(false), []);
    assert.deepEqual(read(true), [["sẽ", "Phan Văn Giang + Kishi Nobuo"]]);
  });

  it("'kế hoạch' is a plan cue only as a translation's verb, 'sắp' not in 'sắp xếp'", () => {
    const { grammar } = knowledge;
    assert.ok(grammar.planned.test("Thủ tướng A kế hoạch cùng Thủ tướng B "));
    assert.ok(!grammar.planned.test("Hai bên thông qua kế hoạch hợp tác năm 2022 và "));
    assert.ok(!grammar.planned.test("Hai bên sắp xếp thời gian "));
    assert.ok(grammar.planned.test("Hai bên sắp "));
    assert.ok(!grammar.planned.test("Hai bên sẽ thăm Nhật Bản và đã "), "a held word after the cue ends its reach");
  });
});

describe("scope", () => {
  it("a rank counts for scope when the article writes it, not when the registry gives it from an earlier career", () => {
    // Heads of government on trade: out, though the registry knows a police rank of one of them from before.
    const trade = "Chiều 20/11/2022, tại Tokyo, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Nhật Bản Kishida Fumio về thương mại và đầu tư.";
    const opts = { headline: "Hai Thủ tướng hội đàm", dateline: "Ngày đăng: 21/11/2022 08:00" };
    assert.deepEqual(summary(extract([trade], opts)), []);
    // The same talks about defence are in; so are they when the article writes a rank beside a participant.
    assert.equal(summary(extract([trade, "Hai bên cũng bàn về hợp tác quốc phòng."], opts)).length, 1);
    assert.equal(summary(extract([trade.replace("Thủ tướng Phạm Minh Chính", "Thủ tướng, Trung tướng Phạm Minh Chính")], opts)).length, 1);
  });
});
