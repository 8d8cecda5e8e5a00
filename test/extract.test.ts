import assert from "node:assert/strict";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { before, describe, it } from "node:test";
import { parse } from "csv-parse/sync";
import { findAgreementMentions } from "../pipeline/extract/agreements.ts";
import { mergeAgreements, type PlacedMention } from "../pipeline/extract/agreement-merge.ts";
import { extractArticle, type ArticleExtraction } from "../pipeline/extract/article.ts";
import { FEW_YEARS } from "../pipeline/extract/when.ts";
import { eventCodes } from "../pipeline/extract/codes.ts";
import { repairedText } from "../pipeline/lang/repaired.ts";
import { editionsNamed } from "../pipeline/extract/series.ts";
import { ingestBytes } from "../pipeline/ingest/document.ts";
import type { Knowledge } from "../pipeline/reference/knowledge.ts";
import type { Registry } from "../pipeline/registry/index.ts";
import type { Fix } from "../pipeline/lang/repaired.ts";
import { quietBuild, repoDateWords, repoKnowledge, tempDir } from "./helpers.ts";

let knowledge: Knowledge;
let registry: Registry;
before(async () => {
  knowledge = await repoKnowledge();
  registry = knowledge.registry;
});

/** An article: headline, optional date line, body paragraphs. */
function doc(body: string[], { headline = "Tin quốc phòng", dateline = null as string | null } = {}) {
  const text = [headline, "", ...(dateline ? [dateline, ""] : []), ...body.flatMap((p) => [p, ""])].join("\n");
  const r = ingestBytes("t.txt", new TextEncoder().encode(text), undefined, repoDateWords());
  if (!r.ok) throw new Error("rejected");
  return r.document;
}

function extract(body: string[], opts: { headline?: string; dateline?: string | null; fixes?: Fix[]; mt?: boolean } = {}): ArticleExtraction {
  const d = doc(body, opts);
  return extractArticle({ document: d, fixes: opts.fixes ?? [], repeated: new Set(), machineTranslated: opts.mt ?? false }, knowledge);
}

function summary(x: ArticleExtraction): string[] {
  return x.encounters.map(
    (e) => `${e.date.date_start}/${e.date.date_end} ${e.type} ${e.format} ${e.place?.name ?? "-"}: ${e.participants.map((p) => `${p.name} (${p.rank ?? "-"})`).join(" + ")}`,
  );
}

describe("extractArticle", () => {
  it("reads a two-sided encounter with its date, type, format, place and ranks", () => {
    const x = extract(["Chiều 12/9/2021, tại Hà Nội, Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng, đã hội đàm với Bộ trưởng Bộ Quốc phòng Nhật Bản Kishi Nobuo."]);
    assert.deepEqual(summary(x), ["2021-09-12/2021-09-12 talks in_person Hanoi: Phan Văn Giang (Đại tướng) + Kishi Nobuo (-)"]);
    assert.equal(x.encounters[0]!.date.time_of_day, "afternoon");
  });

  it("a sentence dated by a year alone is background: its signing is no part of the encounter before", () => {
    const lead = "Sáng 20/5/2024, tại Singapore, Đại tướng Phan Văn Giang đã có cuộc gặp song phương với Bộ trưởng Quốc phòng Nhật Bản Kihara Minoru.";
    for (const background of ["Năm 2014, hai bên đã ký kết Thỏa thuận về hợp tác tìm kiếm cứu nạn.", "Hai bên đã ký kết Thỏa thuận về hợp tác tìm kiếm cứu nạn từ năm 2014."]) {
      assert.deepEqual(summary(extract([`${lead} ${background}`])), ["2024-05-20/2024-05-20 reception in_person Singapore: Phan Văn Giang (Đại tướng) + Kihara Minoru (-)"], background);
    }
    // The same words on the day of the encounter are its signing.
    assert.deepEqual(summary(extract([`${lead} Sau đó, hai bên đã ký kết Thỏa thuận về hợp tác tìm kiếm cứu nạn.`])).map((s) => s.split(" ")[1]), ["signing"]);
  });

  it("the article's first date, written after a forum in the sentence of another encounter not published (a third country's), is that encounter's: it does not date the forum", () => {
    const attends = "Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng đang dẫn đầu đoàn đại biểu Bộ Quốc phòng Việt Nam dự Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng (ADMM+) tại Jakarta.";
    const third = "Chiều 14/11, Thượng tướng Hoàng Xuân Chiến đã có cuộc gặp với Bộ trưởng Quốc phòng Campuchia Tea Seiha.";
    const rows = (body: string[]) => summary(extract(body, { dateline: "14/11/2023 20:00" }));
    assert.deepEqual(rows([attends, third]), []);
    // On the forum's sidelines, that meeting is on one of its days; a sentence telling no encounter dates the forum too.
    const forum = "2023-11-14/2023-11-14 conference in_person Jakarta: Hoàng Xuân Chiến (Thượng tướng)";
    assert.deepEqual(rows([attends, `Bên lề hội nghị, ${third.charAt(0).toLowerCase()}${third.slice(1)}`]), [forum]);
    assert.deepEqual(rows([attends, "Chiều 14/11, đoàn đã tới thủ đô Jakarta."]), [forum]);
  });

  it("a month written after the occasion an encounter took place within ('… gặp B bên lề Hội nghị X hồi tháng 11 năm ngoái') dates it, and no place of another time is its", () => {
    const lead = "Chiều 14/3/2024, tại Hà Nội, Thượng tướng Hoàng Xuân Chiến đã tiếp Thứ trưởng Quốc phòng Nhật Bản Masuda Kazuo.";
    const recalled = "Tại buổi tiếp, Thượng tướng Hoàng Xuân Chiến nhắc lại cuộc gặp với Đại tướng Yoshida Yoshihide bên lề Hội nghị ADMM+ hồi tháng 11 năm ngoái.";
    const first = "2024-03-14/2024-03-14 reception in_person Hanoi: Hoàng Xuân Chiến (Thượng tướng) + Masuda Kazuo (-)";
    assert.deepEqual(summary(extract([lead, recalled], { dateline: "15/03/2024 08:00" })), [first, "2023-11-01/2023-11-30 reception in_person -: Hoàng Xuân Chiến (Thượng tướng) + Yoshida Yoshihide (Đại tướng)"]);
    // After the occasion ('sau'), the month is the occasion's, not the encounter's: left out as before.
    assert.deepEqual(summary(extract([lead, recalled.replace("bên lề", "sau")], { dateline: "15/03/2024 08:00" })), [first]);
  });

  it("a signing whose people are named only in the setting's clause ('Sau cuộc hội đàm … giữa A và B, đại diện hai Bộ đã ký …') is one encounter with those talks", () => {
    const setting = "Sau cuộc hội đàm sáng 14/3/2024 tại Tokyo giữa Đại tướng Phan Văn Giang và Bộ trưởng Quốc phòng Nhật Bản Kihara Minoru";
    const signed = "đại diện Bộ Quốc phòng hai nước đã ký Bản ghi nhớ về hợp tác đào tạo.";
    assert.deepEqual(summary(extract([`${setting}, ${signed}`])), ["2024-03-14/2024-03-14 talks in_person Tokyo: Phan Văn Giang (Đại tướng) + Kihara Minoru (-)"]);
    // The signers named after the setting's comma: their signing, as before (whose talks the setting tells, it does not say).
    const named = "Sau cuộc hội đàm sáng 14/3/2024 tại Tokyo, Đại tướng Phan Văn Giang và Bộ trưởng Quốc phòng Nhật Bản Kihara Minoru đã ký Bản ghi nhớ về hợp tác đào tạo.";
    assert.deepEqual(summary(extract([named])).map((s) => s.split(" ")[1]), ["signing"]);
  });

  it("a year written in a sentence that tells a signing done, and no encounter, is that signing's, not the encounter's", () => {
    const call = "Chiều 8/9, tàu huấn luyện của Hải quân Việt Nam do Đại tá Trịnh Quang Lâm chỉ huy đã cập cảng Maizuru; Chuẩn Đô đốc Fujita Ryo, Chỉ huy trưởng căn cứ, chủ trì lễ đón.";
    const x = extract([call, "Năm 2019, hải quân hai nước đã ký kết văn bản về trao đổi học viên."]);
    assert.deepEqual(summary(x), []);
    assert.match(x.leftOut.map((l) => l.reason).join(" "), /no single year/);
    // The same year with the encounter's own date line behind it changes nothing of the encounter.
    const y = extract([call, "Năm 2019, hải quân hai nước đã ký kết văn bản về trao đổi học viên."], { dateline: "Thứ Ba, 09/09/2025" });
    assert.deepEqual(summary(y).map((s) => s.split(" ")[0]), ["2025-09-08/2025-09-08"]);
  });

  it("a year told with 'hồi năm' is an earlier time's: it never picks the year of an encounter written without one", () => {
    const lead = "Sáng 14/2, tại Hà Nội, Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng, đã tiếp Đại sứ Nhật Bản Yamada Takio.";
    const x = extract([lead, "Buổi tiếp diễn ra sau chuyến thăm Việt Nam của Thủ tướng Nhật Bản hồi năm 2022."]);
    assert.deepEqual(summary(x), []);
    assert.match(x.leftOut.map((l) => l.reason).join(" "), /no single year/);
  });

  it("a signing a timeline dates on a later day of its own is not mentioned with the meeting told before it", () => {
    const talks = "Ngày 6/11/2019, tại Tokyo, Đại tướng Ngô Xuân Lịch hội đàm với Bộ trưởng Quốc phòng Nhật Bản Kono Taro.";
    const own = "Ngày 9/12/2019, hai Bộ Quốc phòng ký Bản ghi nhớ về hợp tác trong lĩnh vực cứu hộ trên biển.";
    assert.deepEqual(extract([talks, own]).agreements.map((a) => a.encounter), [null]);
    // On the meeting's day, or with no day of its own, it is the meeting's; on a day before it, one the meeting refers to.
    assert.deepEqual(extract([talks, own.replace("9/12/2019", "6/11/2019")]).agreements.map((a) => a.encounter), [0]);
    assert.deepEqual(extract([talks, own.replace("9/12/2019", "9/12/2018")]).agreements.map((a) => a.encounter), [0]);
    assert.deepEqual(extract([talks, own.replace("Ngày 9/12/2019, hai", "Hai")]).agreements.map((a) => a.encounter), [0]);
  });

  it("a bare 'ký' before a document's name marks a signing: an earlier one, dated, is its own meeting", () => {
    const lead = "Chiều 14/3/2023, tại Hà Nội, Đại tướng Phan Văn Giang tiếp Đại sứ Nhật Bản Yamada Takio.";
    const earlier = "Ngày 24/10/2011, tại Tokyo, Đại tướng Phùng Quang Thanh và Bộ trưởng Quốc phòng Nhật Bản Ichikawa Yasuo ký Bản ghi nhớ về hợp tác quốc phòng song phương.";
    const x = extract([lead, earlier]);
    assert.deepEqual(summary(x), [
      "2023-03-14/2023-03-14 reception in_person Hanoi: Phan Văn Giang (Đại tướng) + Yamada Takio (-)",
      "2011-10-24/2011-10-24 signing in_person Tokyo: Phùng Quang Thanh (Đại tướng) + Ichikawa Yasuo (-)",
    ]);
    // The memorandum is that meeting's, not the reception's.
    assert.deepEqual(x.agreements.map((a) => [a.status, x.encounters[a.encounter!]?.date.date_start]), [["signed_here", "2011-10-24"]]);
    // Told from the document's side, its date after the verb: a signing when the sentence names who signed, one of each
    // side; a document of that date alone, or one only praised, is background.
    const signed = "Bản ghi nhớ về hợp tác quốc phòng do Đại tướng Phùng Quang Thanh và Bộ trưởng Quốc phòng Nhật Bản Ichikawa Yasuo ký ngày 24/10/2011 tại Tokyo.";
    assert.deepEqual(summary(extract([lead, signed])).map((s) => s.split(": ")[0]), ["2023-03-14/2023-03-14 reception in_person Hanoi", "2011-10-24/2011-10-24 signing in_person Tokyo"]);
    for (const background of ["Hai bên đánh giá cao Bản ghi nhớ về hợp tác quốc phòng ký ngày 24/10/2011.", "Đại tướng Phan Văn Giang và Đại sứ Yamada Takio đánh giá cao Bản ghi nhớ được ký kết ngày 24/10/2011."]) {
      assert.deepEqual(summary(extract([lead, background])).length, 1, background);
    }
    // Not the verb inside another word, nor a signing to come.
    for (const other of ["Hai bên ký ức về chuyến thăm năm 2011 còn sâu đậm.", "Hai bên dự kiến sẽ ký Bản ghi nhớ về an ninh mạng vào cuối năm."]) {
      assert.deepEqual(summary(extract([lead, other])).length, 1, other);
    }
  });

  it("completes a conference of both countries told with one side from the delegation named next", () => {
    const x = extract([
      "Ngày 14/3/2024, tại Tokyo, Hội nghị Quan chức Quốc phòng Cao cấp Nhật Bản - ASEAN lần thứ 13 diễn ra dưới sự chủ trì của ông Sato Kenji, Thứ trưởng Bộ Quốc phòng Nhật Bản. Đoàn Việt Nam do Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng, dẫn đầu.",
    ]);
    assert.deepEqual(summary(x), ["2024-03-14/2024-03-14 conference in_person Tokyo: Sato Kenji (-) + Hoàng Xuân Chiến (Thượng tướng)"]);
  });

  it("dates an encounter with no day of its own by the part of a month the article gives before it", () => {
    const x = extract([
      "Cuối tháng 5/2024, đoàn đại biểu Bộ Quốc phòng Việt Nam do Thượng tướng Hoàng Xuân Chiến dẫn đầu thăm Nhật Bản.",
      "Tại Tokyo, Thượng tướng Hoàng Xuân Chiến đã hội đàm với ông Sato Kenji, Thứ trưởng Bộ Quốc phòng Nhật Bản.",
    ]);
    assert.deepEqual(summary(x), ["2024-05-21/2024-05-31 talks in_person Tokyo: Hoàng Xuân Chiến (Thượng tướng) + Sato Kenji (-)"]);
  });

  it("never dates an encounter by a later date that is another encounter's", () => {
    const x = extract([
      "Đoàn đại biểu Bộ Quốc phòng Việt Nam do Thượng tướng Hoàng Xuân Chiến dẫn đầu vừa kết thúc chuyến công tác tại Nhật Bản, trong đó có việc dự Hội nghị Quan chức Quốc phòng Cao cấp Nhật Bản - ASEAN.",
      "Chiều 12/3/2024, tại Tokyo, Thượng tướng Hoàng Xuân Chiến đã hội đàm với ông Sato Kenji, Thứ trưởng Bộ Quốc phòng Nhật Bản.",
    ]);
    assert.deepEqual(summary(x), ["2024-03-12/2024-03-12 talks in_person Tokyo: Hoàng Xuân Chiến (Thượng tướng) + Sato Kenji (-)"]);
    assert.ok(x.leftOut.some((l) => /no date in the article places this encounter/.test(l.reason)), "the conference told in passing is left out, with its reason");
  });

  it("a host who welcomes the delegation ('chào mừng đoàn') received the visitor who came with it ('A cùng đoàn công tác') the sentence before", () => {
    const rows = (x: ArticleExtraction) => x.encounters.map((e) => `${e.date.date_start} ${e.type}: ${e.participants.map((p) => p.name).join(" + ")}`);
    const opts = { dateline: "14/06/2024" };
    const visit = "Ngày 13/6, Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng cùng đoàn công tác đã tới thăm Bộ Tham mưu Liên quân Nhật Bản.";
    const want = ["2024-06-13 reception: Hoàng Xuân Chiến + Tanaka Ichiro"];
    assert.deepEqual(rows(extract([visit, "Phát biểu chào mừng đoàn, Trung tướng Ichiro Tanaka, Phó Tư lệnh, cho biết ông rất vui được đón đoàn."], opts)), want);
    assert.deepEqual(rows(extract([visit, "Trung tướng Ichiro Tanaka, Phó Tư lệnh, nhiệt liệt chào đón đoàn."], opts)), want);
    // Welcomed, not met: an anniversary celebrated ("chào mừng 50 năm") receives no one.
    assert.deepEqual(rows(extract([visit, "Trung tướng Ichiro Tanaka, Phó Tư lệnh, cho biết các hoạt động chào mừng 50 năm quan hệ ngoại giao đang diễn ra."], opts)), []);
    // Talks whose host welcomes the delegation in them stay the one encounter.
    const talks = "Chiều 13/6, tại Hà Nội, Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng đã hội đàm với Bộ trưởng Quốc phòng Nhật Bản Kihara Minoru.";
    assert.deepEqual(rows(extract([talks, "Đại tướng Phan Văn Giang nhiệt liệt chào mừng đoàn sang thăm Việt Nam."], opts)), ["2024-06-13 talks: Phan Văn Giang + Kihara Minoru"]);
  });

  it("a list of guests set apart by semicolons: each post ends at its semicolon, and 'với sự có mặt của' names people present", () => {
    const rows = (x: ArticleExtraction) => x.encounters.map((e) => `${e.date.date_start} ${e.type}: ${e.participants.map((p) => `${p.name} [${p.country}]`).join(" + ")}`);
    const x = extract([
      "Sáng 5/8, tàu Lý Thái Tổ chở đoàn công tác Hải quân Việt Nam đã cập cảng Kure.",
      "Lễ đón được tổ chức tại cầu cảng, với sự có mặt của ông Yamamoto Kenji, Thị trưởng thành phố Kure; Chuẩn Đô đốc Mori Taro, đại diện Lực lượng Phòng vệ trên biển Nhật Bản; ông Suzuki Ichiro, Chủ tịch Hội hữu nghị Nhật - Việt thành phố Kure; ông Phạm Văn Long, Tổng lãnh sự Việt Nam tại Osaka.",
    ], { dateline: "06/08/2024" });
    assert.deepEqual(rows(x), ["2024-08-05 reception: Yamamoto Kenji [JP] + Mori Taro [JP] + Suzuki Ichiro [JP] + Phạm Văn Long [VN]"]);
    assert.equal(x.encounters[0]!.participants.find((p) => p.name === "Suzuki Ichiro")?.position, "Chủ tịch Hội hữu nghị Nhật - Việt thành phố Kure");
  });

  it("a delegation received with no country named is the other side's, its head the guest; guests listed as attending ('Dự lễ đón còn có C') come last", () => {
    const rows = (x: ArticleExtraction) => x.encounters.map((e) => `${e.date.date_start} ${e.type}: ${e.participants.map((p) => p.name).join(" + ")}`);
    const opts = { dateline: "06/08/2024" };
    const arrival = "Sáng 5/8, tàu Lý Thái Tổ cùng đoàn công tác do Đại tá Trần Văn Bình - Phó Tư lệnh Vùng 2 Hải quân làm trưởng đoàn đã cập cảng Yokosuka, bắt đầu chuyến thăm xã giao Nhật Bản.";
    const ceremony = "Chủ trì lễ đón đoàn công tác tại cầu cảng là Đại tá Sato - đại diện Căn cứ Yokosuka. Dự lễ đón còn có Đại tá Lê Văn Minh - Tùy viên Quốc phòng Việt Nam tại Nhật Bản.";
    const want = ["2024-08-05 reception: Trần Văn Bình + Sato + Lê Văn Minh"];
    // A paragraph between (a photo line) puts the head out of the sentences near the ceremony: the delegation names him.
    assert.deepEqual(rows(extract([arrival, "Thủy thủ đoàn chào cảng.", ceremony], opts)), want);
    // In one paragraph, an attendee nearer than the head of the delegation is not taken for the guest of honour.
    assert.deepEqual(rows(extract([`${arrival} Tàu neo đậu tại cầu cảng số 3. ${ceremony}`], opts)), want);
    // A ceremony that names no delegation takes no head from paragraphs before.
    assert.deepEqual(rows(extract([arrival, "Thủy thủ đoàn chào cảng.", ceremony.replace("lễ đón đoàn công tác tại cầu cảng", "lễ đón tại cầu cảng")], opts)), ["2024-08-05 reception: Sato + Lê Văn Minh"]);
  });

  it("a reception told by its host alone, in an article whose lead receives a delegation, is with the one person the article calls its head", () => {
    const rows = (x: ArticleExtraction) => x.encounters.map((e) => `${e.date.date_start} ${e.type}: ${e.participants.map((p) => `${p.name} [${p.country}]`).join(" + ")}`);
    const opts = { dateline: "08/09/2025" };
    const lead = "Sáng 8/9, tại Vũng Tàu, Bộ Tư lệnh Vùng Cảnh sát biển 3 đã đón tiếp đoàn công tác của lực lượng Bảo vệ bờ biển Nhật Bản đến chào xã giao.";
    const host = "Chủ trì buổi tiếp là Đại tá Nguyễn Minh Khánh, Phó Tư lệnh Vùng Cảnh sát biển 3.";
    const talk = "Hai bên trao đổi về hợp tác tìm kiếm cứu nạn.";
    // A photo line paragraphs later names the head, a verb after a post ending it ("… Vùng Cảnh sát biển 3 tặng quà …").
    const gift = "Đại tá Nguyễn Minh Khánh, Phó Tư lệnh Vùng Cảnh sát biển 3 tặng quà lưu niệm ông Abe Seiki, Trưởng đoàn lực lượng Bảo vệ bờ biển Nhật Bản.";
    assert.deepEqual(rows(extract([lead, host, talk, talk, gift], opts)), ["2025-09-08 reception: Nguyễn Minh Khánh [VN] + Abe Seiki [JP]"]);
    // Not when the lead receives no delegation of that side, nor when the person is not its head.
    assert.deepEqual(rows(extract([lead.replace("đoàn công tác của lực lượng Bảo vệ bờ biển Nhật Bản", "các chuyên gia"), host, talk, talk, gift], opts)), []);
    assert.deepEqual(rows(extract([lead, host, talk, talk, gift.replace("Trưởng đoàn", "chuyên gia")], opts)), []);
  });

  it("assembles an encounter whose sides are named in different sentences", () => {
    const split = extract(["Sáng 6/11/2023, đoàn Bộ Quốc phòng Việt Nam do Thượng tướng Hoàng Xuân Chiến dẫn đầu đến Tokyo. Phía Nhật Bản có ông Sato Kenji, Vụ trưởng. Hai bên đã hội đàm về hợp tác quốc phòng."]);
    assert.deepEqual(summary(split), ["2023-11-06/2023-11-06 talks in_person Tokyo: Hoàng Xuân Chiến (Thượng tướng) + Sato Kenji (-)"]);
    // Co-chairs named one per sentence, the day told again after the visit's span.
    const cochairs = extract([
      "Từ ngày 8 đến 11/5/2023, Thượng tướng Hoàng Xuân Chiến thăm Nhật Bản và đồng chủ trì Đối thoại Chính sách quốc phòng.",
      "Đối thoại diễn ra ngày 10/5 tại Tokyo. Đồng chủ trì phía Nhật Bản là ông Sato Kenji.",
    ]);
    assert.deepEqual(summary(cochairs), ["2023-05-10/2023-05-10 dialogue in_person Tokyo: Hoàng Xuân Chiến (Thượng tướng) + Sato Kenji (-)"]);
    // Someone of the other side named nearby without a side or a role is not taken for the counterpart.
    assert.deepEqual(summary(extract(["Ngày 3/3/2023, Thượng tướng Hoàng Xuân Chiến tiếp đoàn học viên. Ông Sato Kenji từng học tại Hà Nội."])), []);
  });

  it("'Hai bên đã hội đàm' right after a sentence naming one person of each side, with no side cue, is between them", () => {
    const x = extract(["Ngày 5/3/2024, Đại tướng Phan Văn Giang đón Bộ trưởng Quốc phòng Nhật Bản Kihara Minoru thăm chính thức Việt Nam.", "Hai bên đã hội đàm về hợp tác quốc phòng."]);
    assert.deepEqual(summary(x), ["2024-03-05/2024-03-05 talks in_person Vietnam: Phan Văn Giang (Đại tướng) + Kihara Minoru (-)"]);
    // Two sentences back is too far without a cue: the people in between may be anyone's.
    const far = extract(["Ngày 5/3/2024, Đại tướng Phan Văn Giang đón Bộ trưởng Quốc phòng Nhật Bản Kihara Minoru thăm chính thức Việt Nam.", "Quan hệ hai nước phát triển tốt đẹp.", "Hai bên đã hội đàm về hợp tác quốc phòng."]);
    assert.deepEqual(summary(far), []);
  });

  it("takes a counterpart named by title or country alone from the sentence after", () => {
    // By title: the one named with that title.
    const byTitle = extract(["Chiều 17/2/2025, tại Hà Nội, Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng, đã tiếp Đại sứ Nhật Bản tại Việt Nam.", "Đại sứ Ito Naoki chúc mừng năm mới."]);
    assert.deepEqual(summary(byTitle), ["2025-02-17/2025-02-17 reception in_person Hanoi: Hoàng Xuân Chiến (Thượng tướng) + Ito Naoki (-)"]);
    assert.deepEqual(summary(extract(["Chiều 17/2/2025, Thượng tướng Hoàng Xuân Chiến đã tiếp Đại sứ Nhật Bản tại Việt Nam. Ông Suzuki Ichiro, Bộ trưởng Tư pháp Nhật Bản, phát biểu."])), []);
    // By country: the one person of that country near it, and only when there is one.
    const one = extract(["Chiều 17/2/2025, tại Hà Nội, Thượng tướng Hoàng Xuân Chiến đã tiếp đoàn Hải quân Nhật Bản.", "Phó Đô đốc Yamada Taro cảm ơn sự quan tâm của Bộ Quốc phòng Việt Nam."]);
    assert.deepEqual(summary(one), ["2025-02-17/2025-02-17 reception in_person Hanoi: Hoàng Xuân Chiến (Thượng tướng) + Yamada Taro (Phó Đô đốc)"]);
    assert.deepEqual(summary(extract(["Chiều 17/2/2025, Thượng tướng Hoàng Xuân Chiến đã tiếp đoàn Hải quân Nhật Bản.", "Phó Đô đốc Yamada Taro và Chuẩn Đô đốc Suzuki Ichiro cảm ơn."])), []);
    // One person written in both name orders is one person.
    for (const [first, again] of [["Kuroda Haruki", "Haruki Kuroda"], ["Mizuno Ren", "Ren Mizuno"]]) {
      const twice = extract(["Chiều 17/2/2025, tại Hà Nội, Thượng tướng Hoàng Xuân Chiến đã tiếp đoàn Hải quân Nhật Bản.", `Phó Đô đốc ${first} cảm ơn sự quan tâm của Bộ Quốc phòng Việt Nam. Phó Đô đốc ${again} mong hai bên tăng cường hợp tác.`]);
      assert.match(summary(twice)[0] ?? "", /Hoàng Xuân Chiến \(Thượng tướng\) \+ (Kuroda Haruki|Haruki Kuroda|Mizuno Ren|Ren Mizuno) \(Phó Đô đốc\)$/, `${first} / ${again}`);
    }
    // A country named as a place is no counterpart.
    assert.deepEqual(summary(extract(["Chiều 17/2/2025, Đại sứ Nhật Bản Yamada Taro đã chào xã giao tại Việt Nam.", "Thượng tướng Hoàng Xuân Chiến phát biểu tại một hội thảo khác."])), []);
    // Members of a delegation ("Tham gia đoàn có …").
    const member = extract(["Chiều 17/2/2025, tại Hà Nội, Thượng tướng Hoàng Xuân Chiến đã tiếp đoàn đại biểu Bộ Quốc phòng Nhật Bản. Tham gia đoàn có ông Sato Kenji, Thứ trưởng Quốc phòng."]);
    assert.match(summary(member)[0] ?? "", /Hoàng Xuân Chiến .*\+ Sato Kenji/);
  });

  it("reads the host country's words ('nước chủ nhà') as the country the paragraph says the encounter is held in", () => {
    const met = (where: string, host: string) =>
      summary(extract([`Ngày 8/5/2025, ${where}Trung tướng Lê Văn Bình, Phó Tổng Tham mưu trưởng, đã gặp Tư lệnh Lục quân ${host}.`, "Tại cuộc gặp, Trung tướng Kuroda Haruki nhấn mạnh hợp tác giữa hai lực lượng."]));
    assert.deepEqual(met("trong chuyến công tác tại Osaka, ", "nước chủ nhà"), ["2025-05-08/2025-05-08 reception in_person Osaka: Lê Văn Bình (Trung tướng) + Kuroda Haruki (Trung tướng)"]);
    // The same as the country's name written out.
    assert.deepEqual(met("trong chuyến công tác tại Osaka, ", "nước chủ nhà"), met("trong chuyến công tác tại Osaka, ", "Nhật Bản"));
    // No place told, or a place of the other country: the words name no side.
    assert.deepEqual(met("", "nước sở tại"), []);
    assert.deepEqual(met("tại Đà Nẵng, ", "nước chủ nhà"), []);
  });

  it("takes a counterpart spoken of by title or as the guest from paragraphs before: the one such person the article names", () => {
    const visit = "Từ ngày 6 đến 9/6/2022, Đại tướng Yoshida Yoshihide, Tham mưu trưởng Lực lượng Phòng vệ Mặt đất Nhật Bản, sang thăm chính thức Việt Nam.";
    const filler = "Chuyến thăm nhằm thúc đẩy hợp tác giữa lục quân hai nước.";
    // By title, two paragraphs after the name.
    const byTitle = extract([visit, filler, "Sáng 7/6, tại Hà Nội, Thượng tướng Nguyễn Tân Cương, Tổng Tham mưu trưởng, đã tiếp Tham mưu trưởng Lực lượng Phòng vệ Mặt đất Nhật Bản."]);
    assert.deepEqual(summary(byTitle), ["2022-06-07/2022-06-07 reception in_person Hanoi: Yoshida Yoshihide (Đại tướng) + Nguyễn Tân Cương (Thượng tướng)"]);
    // As the guest: the one person of that side told visiting the other country.
    const guest = extract([visit, filler, "Chiều 8/6, Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng, đã hội đàm với vị khách tại Hà Nội."]);
    assert.deepEqual(summary(guest), ["2022-06-08/2022-06-08 talks in_person Hanoi: Yoshida Yoshihide (Đại tướng) + Hoàng Xuân Chiến (Thượng tướng)"]);
    // Nobody, when two people of that side visit, or when the one named does not visit.
    const two = "Từ ngày 6 đến 9/6/2022, Đại tướng Yoshida Yoshihide và Trung tướng Sato Kenji sang thăm chính thức Việt Nam.";
    assert.deepEqual(summary(extract([two, filler, "Chiều 8/6, Thượng tướng Hoàng Xuân Chiến đã hội đàm với vị khách tại Hà Nội."])), []);
    const host = "Ngày 6/6/2022, Đại sứ Nhật Bản Yamada Taro dự lễ kỷ niệm tại Hà Nội.";
    assert.deepEqual(summary(extract([host, filler, "Chiều 8/6, Thượng tướng Hoàng Xuân Chiến đã hội đàm với vị khách tại Hà Nội."])), []);
  });

  it("takes a counterpart named by title alone as the one person of that side the article names later with no other post", () => {
    const lead = "Sáng 12/5/2024, tại Hà Nội, Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng, đã tiếp Tư lệnh Lực lượng Phòng vệ Biển Nhật Bản đang thăm chính thức Việt Nam.";
    const want = ["2024-05-12/2024-05-12 reception in_person Hanoi: Phan Văn Giang (Đại tướng) + Yamamoto Kenta (Đô đốc)"];
    // Named by rank alone, next or paragraphs after.
    assert.deepEqual(summary(extract([lead, "Đô đốc Yamamoto Kenta cho biết hải quân hai nước hợp tác hiệu quả."])), want);
    assert.deepEqual(summary(extract([lead, "Đại tướng Phan Văn Giang đánh giá cao hợp tác hải quân hai nước.", "Hai bên trao đổi về tình hình khu vực.", "Đô đốc Yamamoto Kenta bày tỏ vui mừng."])), want);
    // After a sentence listing who attends: an attendee given another post is not the guest.
    const attended = extract([lead, "Tham dự buổi tiếp có Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng và Đại sứ Nhật Bản tại Việt Nam Ito Naoki.", "Đô đốc Yamamoto Kenta cho biết hải quân hai nước hợp tác hiệu quả."]);
    assert.deepEqual(summary(attended), ["2024-05-12/2024-05-12 reception in_person Hanoi: Phan Văn Giang (Đại tướng) + Yamamoto Kenta (Đô đốc) + Hoàng Xuân Chiến (Thượng tướng) + Ito Naoki (-)"]);
    // No one: two such people, or the one named given another post, or only spoken of.
    assert.deepEqual(summary(extract([lead, "Đô đốc Yamamoto Kenta và Phó Đô đốc Mizuno Ren cho biết hải quân hai nước hợp tác hiệu quả."])), []);
    assert.deepEqual(summary(extract([lead, "Đô đốc Yamamoto Kenta, Chỉ huy trưởng Hạm đội Hộ tống, cho biết hải quân hai nước hợp tác hiệu quả."])), []);
    assert.deepEqual(summary(extract([lead, "Đại tướng Phan Văn Giang gửi lời thăm hỏi tới Đô đốc Yamamoto Kenta."])), []);
  });

  it("takes the counterpart of one of several meetings named later, never a person of another meeting of the article", () => {
    const visit = "Từ ngày 10 đến 13/6/2024, Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng, dẫn đầu đoàn đại biểu Bộ Quốc phòng Việt Nam thăm chính thức Nhật Bản.";
    const talks = "Sáng 11/6, tại Tokyo, Thượng tướng Hoàng Xuân Chiến hội đàm với Thứ trưởng Quốc phòng Nhật Bản Kuroda Haruki.";
    const call = "Chiều cùng ngày, Thượng tướng Hoàng Xuân Chiến chào xã giao Tham mưu trưởng Liên quân Nhật Bản.";
    const between = ["Tại buổi chào xã giao, Thượng tướng Hoàng Xuân Chiến đề nghị hai bên tăng cường trao đổi đoàn.", "Hai bên cũng trao đổi về tình hình khu vực."];
    const x = summary(extract([visit, talks, call, ...between, "Đại tướng Mizuno Ren đánh giá cao kết quả hợp tác."]));
    assert.deepEqual(x.map((m) => m.split(": ")[1]), ["Hoàng Xuân Chiến (Thượng tướng) + Kuroda Haruki (-)", "Hoàng Xuân Chiến (Thượng tướng) + Mizuno Ren (Đại tướng)"]);
    // The person of the talks, spoken again later, is not the counterpart of the call.
    assert.equal(summary(extract([visit, talks, call, ...between, "Ông Kuroda Haruki đánh giá cao kết quả hợp tác."])).length, 1);
    // Nor one given another post.
    assert.equal(summary(extract([visit, talks, call, ...between, "Trung tướng Mizuno Ren, Tư lệnh Lực lượng Phòng vệ Mặt đất, giới thiệu về đơn vị."])).length, 1);
    // Named by country alone ("Đối thoại … Việt Nam - Nhật Bản"), the counterpart given a side and a role paragraphs later,
    // in a sentence naming the encounter or told before any other: the one such person.
    const dialogue = "Sáng 11/6, tại Tokyo, Đối thoại Chính sách Quốc phòng Việt Nam - Nhật Bản lần thứ 10 đã diễn ra dưới sự đồng chủ trì của Thượng tướng Hoàng Xuân Chiến.";
    const minister = ["Chiều cùng ngày, Thượng tướng Hoàng Xuân Chiến chào xã giao Bộ trưởng Quốc phòng Nhật Bản Kihara Minoru.", "Bộ trưởng Kihara Minoru đánh giá cao kết quả hợp tác.", "Hai bên cũng trao đổi về tình hình khu vực."];
    const cochair = (who: string) => `Đồng chủ trì đối thoại phía Nhật Bản là ${who}.`;
    const y = summary(extract([visit, dialogue, "Hai bên nhất trí thúc đẩy hợp tác gìn giữ hòa bình.", ...minister, cochair("ông Kuroda Haruki, Thứ trưởng Quốc phòng phụ trách quốc tế")]));
    assert.deepEqual(y.map((m) => m.split(": ")[1]), ["Hoàng Xuân Chiến (Thượng tướng) + Kuroda Haruki (-)", "Hoàng Xuân Chiến (Thượng tướng) + Kihara Minoru (-)"]);
    // Not two such people, nor one given a side after another encounter in a sentence that does not name this one.
    assert.equal(summary(extract([visit, dialogue, "Hai bên nhất trí thúc đẩy hợp tác gìn giữ hòa bình.", ...minister, cochair("ông Kuroda Haruki và ông Mizuno Ren")])).length, 1);
    assert.equal(summary(extract([visit, dialogue, "Hai bên nhất trí thúc đẩy hợp tác gìn giữ hòa bình.", ...minister, "Tham gia đoàn phía Nhật Bản có ông Kuroda Haruki, Cục trưởng Cục Chính sách Quốc phòng."])).length, 1);
  });

  it("an encounter told as the setting of its sentence, one side named ('Tại cuộc gặp với B, hai bên …'), takes the other from the lead past a paragraph on another country", () => {
    const lead = "Ngày 3/6/2018, tại Singapore, bên lề Đối thoại Shangri-La, Đại tướng Ngô Xuân Lịch đã có các cuộc gặp song phương với Bộ trưởng Quốc phòng Ấn Độ, Nhật Bản và Pháp.";
    const other = "Với người đồng cấp Ấn Độ, Đại tướng Ngô Xuân Lịch đề nghị hai bên tăng cường hợp tác đào tạo.";
    const japan = "Tại cuộc gặp với Bộ trưởng Quốc phòng Nhật Bản Onodera Itsunori, hai bên nhất trí đẩy mạnh trao đổi đoàn.";
    const row = "2018-06-03/2018-06-03 reception in_person Singapore: Ngô Xuân Lịch (Đại tướng) + Onodera Itsunori (-)";
    assert.deepEqual(summary(extract([lead, japan])), [row]);
    assert.deepEqual(summary(extract([lead, other, japan])), [row]);
    // However many sentences the paragraph on the other country has ("… Ông Singh cảm ơn …" after it).
    const reply = "Bộ trưởng Quốc phòng Ấn Độ cảm ơn Việt Nam đã hỗ trợ tàu hải quân Ấn Độ thăm cảng.";
    assert.deepEqual(summary(extract([lead, `${other} ${reply}`, japan])), [row]);
    // And what it says is counted from a past signing ("… kể từ khi hai nước ký …"): the signing is its background.
    const since = "Tại cuộc gặp với Bộ trưởng Quốc phòng Nhật Bản Onodera Itsunori, hai bên hài lòng về hợp tác kể từ khi hai nước ký Bản ghi nhớ về hợp tác quốc phòng vào tháng 10/2011.";
    assert.deepEqual(summary(extract([lead, since])), [row]);
    // Not a setting inside a clause of praise ("B đánh giá cao … tại Đối thoại X"): it looks near only, not at a call
    // told paragraphs later.
    const received = "Sáng 25/2/2011, tại Đà Nẵng, Thượng tướng Nguyễn Huy Hiệu đã tiếp Đô đốc Sugimoto Masahiko, Tham mưu trưởng Lực lượng Phòng vệ Biển Nhật Bản.";
    const praise = "Đô đốc Sugimoto Masahiko đánh giá cao Việt Nam đã hoàn thành tốt vai trò tại Đối thoại Hà Nội về an ninh biển.";
    const call = "Sáng cùng ngày, tại điểm cầu Hà Nội, Thiếu tướng Lê Hữu Đức cũng đã điện đàm với ông Ogawa Katsuya, Thứ trưởng Quốc vụ Bộ Quốc phòng Nhật Bản.";
    const rows = summary(extract([received, praise, "Hai bên trao đổi về tình hình khu vực.", call]));
    assert.deepEqual(rows.map((r) => r.split(" ").slice(1, 2).join()), ["reception", "call"]);
  });

  it("completes a lead naming its guest by title from the setting sentence after, keeping the attendees listed between", () => {
    const x = extract([
      "Sáng 12/5/2023, tại Hà Nội, Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng, đã tiếp Tư lệnh Lực lượng Phòng vệ Biển Nhật Bản đang thăm chính thức Việt Nam.",
      "Tham dự có Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng.",
      "Tại buổi tiếp, Đại tướng Phan Văn Giang hoan nghênh Đô đốc Yamamoto Kenta thăm Việt Nam.",
    ], { headline: "Bộ trưởng Phan Văn Giang tiếp Tư lệnh Lực lượng Phòng vệ Biển Nhật Bản" });
    assert.deepEqual(summary(x), ["2023-05-12/2023-05-12 reception in_person Hanoi: Phan Văn Giang (Đại tướng) + Yamamoto Kenta (Đô đốc) + Hoàng Xuân Chiến (Thượng tướng)"]);
    // A marker naming no one with such a setting next to it is the encounter told again, not one more.
    const y = extract([
      "Sáng 9/8/2023, tại Hà Nội, Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng Việt Nam và Thứ trưởng Quốc phòng Nhật Bản Kuroda Haruki đã đồng chủ trì Đối thoại Chính sách Quốc phòng Việt Nam - Nhật Bản lần thứ 12.",
      "Hai nước đã thiết lập quan hệ ngoại giao từ năm 1973.",
      "Cũng trong ngày 8/8, Thượng tướng Lê Văn Khoa, Thứ trưởng Bộ Quốc phòng Việt Nam đã tiếp Tư lệnh Lực lượng Phòng vệ Biển Nhật Bản Yamamoto Kenta.",
      "Hai bên thống nhất tăng cường trao đổi đoàn các cấp.",
      "Đối thoại nhằm đánh giá kết quả hợp tác giữa Việt Nam và Nhật Bản thời gian qua. Tại Đối thoại, Thượng tướng Hoàng Xuân Chiến hoan nghênh ông Kuroda Haruki sang thăm Việt Nam.",
    ], { headline: "Đối thoại Chính sách Quốc phòng Việt Nam - Nhật Bản lần thứ 12" });
    assert.deepEqual(summary(y).map((m) => m.split(" ").slice(0, 2).join(" ")), ["2023-08-09/2023-08-09 dialogue", "2023-08-08/2023-08-08 reception"]);
  });

  it("reads no signing in documents already signed ('các thỏa thuận đã ký'), and no visit in an invitation to one", () => {
    const body = [
      "Ngày 4/6/2023, tại Singapore, Đại tướng Phan Văn Giang đã có các cuộc gặp song phương với Bộ trưởng Quốc phòng Nhật Bản Hamada Yasukazu và Bộ trưởng Quốc phòng Ấn Độ Rajnath Singh.",
      "Gặp Bộ trưởng Rajnath Singh, Đại tướng Phan Văn Giang đề nghị hai bên thực hiện tốt các thỏa thuận đã ký.",
      "Tại cuộc gặp với Bộ trưởng Hamada Yasukazu, Đại tướng Phan Văn Giang mời Bộ trưởng Hamada Yasukazu thăm chính thức Việt Nam.",
    ];
    assert.deepEqual(extract(body).encounters.map((e) => [e.type, e.participants.map((p) => p.name).join(" + ")]), [["reception", "Phan Văn Giang + Hamada Yasukazu"]]);
  });

  it("takes a delegation received paragraphs after its head is named leading it on the visit as that head", () => {
    const lead = (leads: string) => `Từ ngày 5 đến 8/6/2023, Đô đốc Yoshida Yoshihide, Tham mưu trưởng Liên quân Nhật Bản ${leads} thăm chính thức Việt Nam.`;
    const between = ["Chuyến thăm nhằm thúc đẩy hợp tác giữa quân đội hai nước.", "Hai nước là Đối tác chiến lược toàn diện.", "Quan hệ quốc phòng phát triển tốt đẹp."];
    const received = "Sáng 6/6, Thủ tướng Phạm Minh Chính đã tiếp đoàn đại biểu Lực lượng Phòng vệ Nhật Bản.";
    const people = (body: string[]) => extract(body).encounters.map((e) => e.participants.map((p) => p.name).join(" + "));
    assert.deepEqual(people([lead("dẫn đầu đoàn đại biểu Lực lượng Phòng vệ Nhật Bản"), ...between, received]), ["Yoshida Yoshihide + Phạm Minh Chính"]);
    // Not a visitor the article does not tell leading the delegation, nor a counterpart that is no delegation.
    assert.deepEqual(people([lead("cùng đoàn đại biểu Lực lượng Phòng vệ Nhật Bản"), ...between, received]), []);
    assert.deepEqual(people([lead("dẫn đầu đoàn đại biểu Lực lượng Phòng vệ Nhật Bản"), ...between, "Sáng 6/6, Thủ tướng Phạm Minh Chính đã tiếp các doanh nghiệp Nhật Bản."]), []);
  });

  it("takes the counterpart of markers that end their sentence naming no one as the one visitor of that side, the headline's too", () => {
    const headline = "Tư lệnh Lực lượng Phòng vệ Biển Nhật Bản Sakai Ryo thăm chính thức Việt Nam";
    const bare = "Chiều 14/11/2023, tại Hà Nội, Thượng tướng Nguyễn Tân Cương, Tổng Tham mưu trưởng, chủ trì lễ đón và hội đàm.";
    assert.deepEqual(summary(extract([bare], { headline })), ["2023-11-14/2023-11-14 talks in_person Hanoi: Sakai Ryo (Đô đốc) + Nguyễn Tân Cương (Thượng tướng)"]);
    // Not a marker with more after it, which is a noun's ("cơ chế Đối thoại …") or the talks' subject, nor one after a setting word.
    for (const other of [
      "Chiều 14/11/2023, Thượng tướng Nguyễn Tân Cương đề nghị hai bên duy trì cơ chế hội đàm thường niên.",
      "Chiều 14/11/2023, Thượng tướng Nguyễn Tân Cương phát biểu với báo chí sau buổi hội đàm.",
    ]) assert.deepEqual(summary(extract([other], { headline })), [], other);
    // Nor when two people of that side visit.
    assert.deepEqual(summary(extract([bare], { headline: "Đô đốc Sakai Ryo và Trung tướng Sato Kenji thăm Việt Nam" })), []);
  });

  it("takes a subject that only stands for someone named before ('ông', 'đoàn') as the one person of that side in the encounter told before", () => {
    const talks = "Sáng 9/5/2023, tại Tokyo, Thượng tướng Hoàng Xuân Chiến hội đàm với Thứ trưởng Quốc phòng Nhật Bản Sato Kenji.";
    const call = (subject: string) => `Buổi chiều, ${subject} chào xã giao ông Tanaka Ichiro, Cố vấn Thủ tướng Nhật Bản.`;
    for (const subject of ["ông", "đoàn", "đoàn đại biểu"]) {
      const x = summary(extract([talks, call(subject)]));
      assert.equal(x.length, 2, subject);
      assert.match(x[1]!, /^2023-05-09\/2023-05-09 .*Hoàng Xuân Chiến .*Tanaka Ichiro/, subject);
    }
    // Not when the encounter before has two people of that side, nor when it is paragraphs away, nor with a named subject.
    const two = talks.replace("Thượng tướng Hoàng Xuân Chiến", "Thượng tướng Hoàng Xuân Chiến và Trung tướng Nguyễn Văn Minh");
    assert.equal(summary(extract([two, call("ông")])).length, 1);
    const far = ["Hai bên trao đổi về tình hình khu vực.", "Hai bên nhất trí tăng cường giao lưu.", "Hai bên cũng bàn về gìn giữ hòa bình."];
    assert.equal(summary(extract([talks, ...far, call("ông")])).length, 1);
    assert.equal(summary(extract([talks, call("ông Sato Kenji")])).length, 1);
    // Nor when the sentence just before names a person of neither side alone: the subject is theirs.
    const envoy = "Chuyến đi nằm trong lịch trình công tác khu vực của ông Richard Marles.";
    assert.equal(summary(extract([talks, `${envoy} ${call("ông")}`])).length, 1);
  });

  it("takes the other side of an encounter from someone a sentence near it tells spoke at it ('Phát biểu tại đối thoại, A …')", () => {
    const lead = "Chiều 5/3/2019, tại Hà Nội, Thứ trưởng Quốc phòng Nhật Bản Takahashi Kenichi đồng chủ trì Đối thoại chính sách quốc phòng lần thứ 6.";
    const people = (next: string) => extract([lead, next]).encounters.map((e) => e.participants.map((p) => p.name).join(" + "));
    assert.deepEqual(people("Phát biểu tại đối thoại, Thượng tướng Nguyễn Chí Vịnh nhấn mạnh quan hệ hai nước đang phát triển tốt đẹp."), ["Takahashi Kenichi + Nguyễn Chí Vịnh"]);
    // Not one who only speaks, nor one who spoke at something else.
    assert.deepEqual(people("Thượng tướng Nguyễn Chí Vịnh nhấn mạnh quan hệ hai nước đang phát triển tốt đẹp."), []);
    assert.deepEqual(people("Phát biểu tại buổi họp báo, Thượng tướng Nguyễn Chí Vịnh nhấn mạnh quan hệ hai nước đang phát triển tốt đẹp."), []);
  });

  it("a forum whose subject is the delegation ('đoàn đã dự một hội nghị … do Bộ Quốc phòng Nhật Bản tổ chức') is attended by the head the article names for it", () => {
    const lead = "Từ ngày 2 đến 6/12/2019, đoàn công tác Bộ Quốc phòng Việt Nam do Thiếu tướng Vũ Chiến Thắng, Cục trưởng Cục Đối ngoại làm trưởng đoàn đã thăm Nhật Bản.";
    const forum = (subject: string) => `Trong thời gian ở Tokyo, ${subject} đã dự một hội nghị về hỗ trợ nhân đạo do Bộ Quốc phòng Nhật Bản tổ chức, có đại biểu của nhiều nước.`;
    const rows = (body: string[]) => summary(extract(body)).map((m) => `${m.split(" in_person")[0]}: ${m.split(": ")[1]}`);
    const attended = ["2019-12-02/2019-12-06 conference: Vũ Chiến Thắng (Thiếu tướng)"];
    assert.deepEqual(rows([lead, forum("đoàn")]), attended);
    // The head named in the lead's own paragraph or a later one, the forum paragraphs after it.
    assert.deepEqual(rows([lead, "Chuyến thăm nhằm thúc đẩy hợp tác giữa quân đội hai nước.", forum("đoàn Việt Nam")]), attended);
    // Not a forum of other countries, nor one a year dates (another time), nor the other side's delegation, nor an
    // article that names two heads.
    assert.deepEqual(rows([lead, "Trong thời gian ở Tokyo, đoàn đã dự một hội nghị về hỗ trợ nhân đạo của các nước Đông Nam Á."]), []);
    assert.deepEqual(rows([lead, "Năm 2017, đoàn đã dự một hội nghị về hỗ trợ nhân đạo do Bộ Quốc phòng Nhật Bản tổ chức."]), []);
    assert.deepEqual(rows([lead, forum("đoàn Nhật Bản")]), []);
    assert.deepEqual(rows([lead, "Đoàn Nhật Bản do Chuẩn Đô đốc Ikeda Hiroshi làm trưởng đoàn.", forum("đoàn")]), []);
    // Nor a forum told by its name, with no day: mostly background, and no encounter that what follows could be told at
    // ("Cũng tại buổi tiếp, hai bên đã ký …" is the reception's).
    const received = "Sáng 14/3/2019, tại Hà Nội, Thượng tướng Nguyễn Chí Vịnh, Thứ trưởng Bộ Quốc phòng đã tiếp đoàn đại biểu Bộ Quốc phòng Nhật Bản do ông Harada Kenji, Cục trưởng Cục Chính sách Quốc phòng dẫn đầu.";
    const named = "Trong thời gian ở Hà Nội, đoàn còn thăm Học viện Quốc phòng và dự Hội nghị Quan chức Quốc phòng cấp cao ASEAN mở rộng.";
    assert.deepEqual(rows([received, named, "Cũng tại buổi tiếp, hai bên đã ký Bản ghi nhớ về hợp tác quân y."]), ["2019-03-14/2019-03-14 signing: Nguyễn Chí Vịnh (Thượng tướng) + Harada Kenji (-)"]);
  });

  it("a catalogued Vietnam–Japan document told by the two sides named just before ('Hai Bộ trưởng nhất trí thực hiện Hiệp định …') is theirs, whatever other countries the headline lists", () => {
    const met = "Ngày 10/6/2023, tại Singapore, Đại tướng Phan Văn Giang đã gặp Bộ trưởng Quốc phòng Nhật Bản Hamada Yasukazu.";
    const agreed = "Hai Bộ trưởng nhất trí triển khai hiệu quả Hiệp định về chuyển giao trang thiết bị và công nghệ quốc phòng.";
    const titles = (body: string[], headline: string) => extract(body, { headline }).agreements.map((a) => `${a.status} ${a.document?.id ?? a.title}`);
    const transfer = ["referenced vn-jp-2021-agreement-transfer-defence-equipment-technology"];
    assert.deepEqual(titles([met, agreed], "Bộ trưởng Phan Văn Giang gặp người đồng cấp Nhật Bản, Philippines và Australia"), transfer);
    assert.deepEqual(titles([met, agreed], "Bộ trưởng Phan Văn Giang gặp người đồng cấp Nhật Bản"), transfer);
    // Not one whose sentence names the third country, nor one the sides of no such sentence before are said to carry out.
    assert.deepEqual(titles([met, "Nhật Bản và Philippines đã ký Hiệp định về chuyển giao trang thiết bị và công nghệ quốc phòng."], "Bộ trưởng Phan Văn Giang gặp người đồng cấp Nhật Bản, Philippines và Australia"), []);
    assert.deepEqual(titles(["Đại tướng Phan Văn Giang có bài phát biểu tại Đối thoại Shangri-La.", agreed], "Nhật Bản và Philippines thúc đẩy hợp tác quốc phòng"), []);
  });

  it("informal meetings of the ASEAN ministers with a list of partners that names Japan are a conference of both, attended by the delegation's head", () => {
    const met = (partners: string) => `Chiều 16/11/2023, tại Jakarta, đã diễn ra các cuộc gặp không chính thức giữa Bộ trưởng Quốc phòng các nước ASEAN với Bộ trưởng Quốc phòng ${partners}.`;
    const head = "Thượng tướng Hoàng Xuân Chiến dẫn đầu đoàn Việt Nam dự các cuộc gặp.";
    const rows = (partners: string) => summary(extract([`${met(partners)} ${head}`])).map((m) => `${m.split(" in_person")[0]}: ${m.split(": ")[1]}`);
    assert.deepEqual(rows("Trung Quốc, Nhật Bản và Hoa Kỳ"), ["2023-11-16/2023-11-16 conference: Hoàng Xuân Chiến (Thượng tướng)"]);
    assert.deepEqual(rows("Trung Quốc và Hoa Kỳ"), []);
  });

  it("completes a dated conference of both countries with the one side whose delegation the next sentence names", () => {
    const forum = "Ngày 8/3/2023, Diễn đàn Quốc phòng Tokyo lần thứ 26 diễn ra tại Tokyo, do Bộ Quốc phòng Nhật Bản chủ trì.";
    const head = "Thiếu tướng Trần Văn Lâm, Phó Cục trưởng Cục Đối ngoại, dẫn đầu đoàn Việt Nam tham dự diễn đàn.";
    assert.deepEqual(summary(extract([forum, head])).map((m) => m.split(" in_person")[0] + ": " + m.split(": ")[1]), ["2023-03-08/2023-03-08 conference: Trần Văn Lâm (Thiếu tướng)"]);
    // Or a verb of attending, the forum not named again.
    assert.equal(summary(extract([forum, "Đoàn Việt Nam do Thiếu tướng Trần Văn Lâm, Phó Cục trưởng Cục Đối ngoại dẫn đầu đã tham dự."])).length, 1);
    // Not a conference of other countries, nor a sentence that is not about it.
    assert.deepEqual(summary(extract(["Ngày 8/3/2023, Hội nghị Bộ trưởng Quốc phòng ASEAN diễn ra tại Jakarta.", "Thiếu tướng Trần Văn Lâm dẫn đầu đoàn Việt Nam tham dự hội nghị."])), []);
    assert.deepEqual(summary(extract([forum, "Thiếu tướng Trần Văn Lâm dẫn đầu đoàn Việt Nam thăm tỉnh Kanagawa."])), []);
    // Or as one who spoke at it ("Phát biểu tại diễn đàn, …"), with no side cue: the post ends at the verb after it.
    for (const spoke of ["Phát biểu tại diễn đàn, Thiếu tướng Trần Văn Lâm, Phó Cục trưởng Cục Đối ngoại khẳng định Việt Nam ủng hộ hợp tác đa phương.", "Thiếu tướng Trần Văn Lâm, Phó Cục trưởng Cục Đối ngoại đã phát biểu khai mạc diễn đàn."]) {
      const x = extract([forum, spoke]);
      assert.deepEqual(x.encounters.map((e) => e.participants.map((p) => `${p.name}, ${p.position}`)), [["Trần Văn Lâm, Phó Cục trưởng Cục Đối ngoại"]], spoke);
    }
    // Speaking at something else is not attending the forum.
    assert.deepEqual(summary(extract([forum, "Phát biểu tại buổi họp báo, Thiếu tướng Trần Văn Lâm khẳng định Việt Nam ủng hộ hợp tác đa phương."])), []);
  });

  it("makes one encounter per person of a side that meets the other side's one person in turn ('lần lượt', 'cùng ngày')", () => {
    const people = (sentence: string) => summary(extract([sentence])).map((m) => m.split(": ")[1]);
    assert.deepEqual(people("Sáng 9/4/2024, tại Hà Nội, Đại tướng Phan Văn Giang và Thượng tướng Hoàng Xuân Chiến lần lượt tiếp Đại sứ Nhật Bản Ito Naoki."), [
      "Phan Văn Giang (Đại tướng) + Ito Naoki (-)",
      "Hoàng Xuân Chiến (Thượng tướng) + Ito Naoki (-)",
    ]);
    assert.equal(people("Sáng 9/4/2024, tại Hà Nội, Đại sứ Nhật Bản Ito Naoki lần lượt chào xã giao Đại tướng Phan Văn Giang và Thượng tướng Hoàng Xuân Chiến.").length, 2);
    // Without it, or with it in another clause, one encounter.
    assert.equal(people("Sáng 9/4/2024, tại Hà Nội, Đại tướng Phan Văn Giang và Thượng tướng Hoàng Xuân Chiến tiếp Đại sứ Nhật Bản Ito Naoki.").length, 1);
    assert.equal(people("Sáng 9/4/2024, tại Hà Nội, Đại tướng Phan Văn Giang và Thượng tướng Hoàng Xuân Chiến tiếp Đại sứ Nhật Bản Ito Naoki; các đại biểu lần lượt phát biểu.").length, 1);
    // Two hosts who received the guest "the same day" ("cùng ngày" in the marker's clause) each received the guest.
    assert.deepEqual(people("Ngày 9/4/2024, Đại tướng Phan Văn Giang và Thượng tướng Hoàng Xuân Chiến cùng ngày đã tiếp Đại sứ Nhật Bản Ito Naoki tại Hà Nội."), [
      "Phan Văn Giang (Đại tướng) + Ito Naoki (-)",
      "Hoàng Xuân Chiến (Thượng tướng) + Ito Naoki (-)",
    ]);
    // A translation from Chinese writes 分别 as "phân biệt": each received the guest.
    assert.equal(people("Ngày 9/4/2024, Đại tướng Phan Văn Giang và Thượng tướng Hoàng Xuân Chiến phân biệt hội kiến Đại sứ Nhật Bản Ito Naoki tại Hà Nội.").length, 2);
    // A marker told in the plural ("có các cuộc gặp", "có những cuộc gặp") is a meeting with each; in the singular, one.
    for (const plural of ["có các cuộc gặp", "có những cuộc gặp"]) {
      assert.deepEqual(people(`Ngày 9/4/2024, tại Tokyo, Đại tướng Phan Văn Giang ${plural} với ông Ito Naoki, Thứ trưởng Quốc phòng Nhật Bản; ông Kato Ken, Tổng Thư ký Hội đồng An ninh Quốc gia Nhật Bản.`), [
        "Phan Văn Giang (Đại tướng) + Ito Naoki (-)",
        "Phan Văn Giang (Đại tướng) + Kato Ken (-)",
      ], plural);
    }
    assert.equal(people("Ngày 9/4/2024, tại Tokyo, Đại tướng Phan Văn Giang có cuộc gặp với ông Ito Naoki, Thứ trưởng Quốc phòng Nhật Bản và ông Kato Ken, Tổng Thư ký Hội đồng An ninh Quốc gia Nhật Bản.").length, 1);
  });

  it("takes a host named by title before the marker ('Bộ trưởng Bộ Quốc phòng Việt Nam tiếp B') as the one nearby who holds it", () => {
    const body = [
      "Sáng 9/4/2024, tại Hà Nội, Thượng tướng Hoàng Xuân Chiến và Thứ trưởng Quốc phòng Nhật Bản Masuda Kazuo đồng chủ trì Đối thoại chính sách quốc phòng.",
      "Chiều cùng ngày, Bộ trưởng Bộ Quốc phòng Việt Nam đã tiếp Thứ trưởng Masuda Kazuo.",
      "Đại tướng Phan Văn Giang hoan nghênh Thứ trưởng Masuda Kazuo sang Việt Nam dự đối thoại.",
    ];
    const rows = summary(extract(body)).map((m) => m.split(" in_person")[0] + ": " + m.split(": ")[1]);
    assert.deepEqual(rows, ["2024-04-09/2024-04-09 dialogue: Hoàng Xuân Chiến (Thượng tướng) + Masuda Kazuo (-)", "2024-04-09/2024-04-09 reception: Masuda Kazuo (-) + Phan Văn Giang (Đại tướng)"]);
    // No one near who holds the title: the call stays one-sided, and is not published.
    assert.deepEqual(summary(extract([body[0]!, body[1]!])).length, 1);
  });

  it("completes a marker whose sentence names no one: the guest delegation's head from the next sentence, the host by the title before the marker", () => {
    const lead = "Sáng 14/3/2024, tại Hà Nội, Thứ trưởng Bộ Quốc phòng Việt Nam đã tiếp đoàn Bộ Quốc phòng Nhật Bản.";
    const head = "Đoàn do ông Masuda Kazuo, Thứ trưởng Quốc phòng Nhật Bản làm trưởng đoàn.";
    const host = "Thượng tướng Hoàng Xuân Chiến đề nghị hai bên tiếp tục hợp tác về khắc phục hậu quả chiến tranh.";
    const talk = "Hai bên trao đổi về tình hình khu vực.";
    const dateline = "Ngày đăng: 15/03/2024 08:00";
    assert.deepEqual(summary(extract([lead, head, talk, host], { dateline })), ["2024-03-14/2024-03-14 reception in_person Hanoi: Masuda Kazuo (-) + Hoàng Xuân Chiến (Thượng tướng)"]);
    // The host's title held by no one the article names (the minister was a deputy minister until 2021, years before
    // the publication), or the guest's side found nowhere near: nothing is published.
    assert.deepEqual(summary(extract([lead, head, talk, "Đại tướng Phan Văn Giang đề nghị hai bên tiếp tục hợp tác."], { dateline })), []);
    assert.deepEqual(summary(extract([lead, talk, talk, host], { dateline })), []);
  });

  it("takes such a subject, with no encounter told before, as the one person of that side in the sentence just before", () => {
    const visit = "Thượng tướng Hoàng Xuân Chiến đang có chuyến thăm làm việc tại Nhật Bản.";
    const talks = "Chiều 9/10/2024, ông đã hội đàm với Thứ trưởng Quốc phòng Nhật Bản Masuda Kazuo.";
    assert.deepEqual(summary(extract([visit, talks])), ["2024-10-09/2024-10-09 talks in_person Japan: Hoàng Xuân Chiến (Thượng tướng) + Masuda Kazuo (-)"]);
    // Either side: a Japanese visitor told of first.
    const arrival = "Bộ trưởng Quốc phòng Nhật Bản Kihara Minoru đã tới Hà Nội tối 5/8/2024.";
    assert.match(summary(extract([`${arrival} Sáng 6/8/2024, ông đã chào xã giao Thủ tướng Phạm Minh Chính.`])).join(" | "), /Kihara Minoru .*Phạm Minh Chính|Phạm Minh Chính .*Kihara Minoru/);
    // Not when that sentence names two people of the side, nor when it is further back.
    assert.deepEqual(summary(extract(["Thượng tướng Hoàng Xuân Chiến và Trung tướng Nguyễn Văn Minh đang thăm Nhật Bản.", talks])), []);
    assert.deepEqual(summary(extract([visit, "Chuyến thăm nhằm thúc đẩy hợp tác.", "Hai bên có nhiều tiềm năng.", talks])), []);
  });

  it("reads a host's or visitor's marker opening a sentence ('Tiếp A có B', 'Lễ đón … do B chủ trì'), not a mutual one retelling the encounter", () => {
    const inverted = extract(["Từ ngày 3 đến 7-9-2024, Trung tướng Lê Văn Khoa, Thứ trưởng Bộ Công an, và đoàn công tác đã thăm và làm việc tại Nhật Bản.", "Tiếp Thứ trưởng Lê Văn Khoa có ông Yamada Taro, Thứ trưởng Bộ Tư pháp Nhật Bản."]);
    assert.deepEqual(summary(inverted), ["2024-09-03/2024-09-07 reception in_person Japan: Lê Văn Khoa (Trung tướng) + Yamada Taro (-)"]);
    const ship = extract(["Sáng nay 5.6.2024, tàu Trần Hưng Đạo cùng đoàn công tác Hải quân Việt Nam đã cập cảng Yokosuka. Trưởng đoàn là chuẩn đô đốc Lê Văn Khoa, Phó Tư lệnh Hải quân. Lễ đón được tổ chức trọng thể tại cầu cảng do đại tá Yamada, đại diện Lực lượng Phòng vệ Biển Nhật Bản, chủ trì."]);
    assert.deepEqual(summary(ship), ["2024-06-05/2024-06-05 reception in_person Yokosuka: Lê Văn Khoa (Chuẩn Đô đốc) + Yamada (Đại tá)"]);
    // "Hội đàm diễn ra …" opening a sentence after the talks is those talks, not a second encounter.
    const retold = extract(["Chiều 3/6/2024, Thượng tướng Hoàng Xuân Chiến hội đàm với ông Sato Kenji, Thứ trưởng Quốc phòng Nhật Bản. Hội đàm diễn ra trong không khí thân tình, Thượng tướng Hoàng Xuân Chiến và ông Sato Kenji nhất trí tăng cường hợp tác."]);
    assert.equal(summary(retold).length, 1);
  });

  it("reads a reception whose host and guest are each named in a sentence of their own ('Chủ trì buổi tiếp là A', 'Dẫn đầu đoàn khách là B')", () => {
    const x = extract(["Sáng 12-3-2024, đoàn cán bộ Cơ quan Bảo vệ bờ biển Nhật Bản đã đến thăm và giao lưu với Bộ Tư lệnh Vùng Cảnh sát biển 2 tại Đà Nẵng. Chủ trì buổi tiếp là Thiếu tướng Lê Văn Khoa, Tư lệnh Vùng. Dẫn đầu đoàn khách là Đại tá Yamada Taro, Phó Tư lệnh khu vực."]);
    assert.deepEqual(summary(x), ["2024-03-12/2024-03-12 reception in_person Da Nang: Lê Văn Khoa (Thiếu tướng) + Yamada Taro (Đại tá)"]);
    // The guest's head named by country and role further on in the paragraph, after the host has spoken.
    const further = extract(["Sáng 15-4-2024, tại Hải Phòng, Bộ Tư lệnh Vùng Cảnh sát biển 1 đón tiếp đoàn công tác của Cơ quan Bảo vệ bờ biển Nhật Bản đến chào xã giao. Thiếu tướng Lê Văn Khoa, Tư lệnh Vùng chủ trì buổi tiếp. Thiếu tướng Lê Văn Khoa cho biết hai lực lượng hợp tác tốt. Trưởng đoàn Nhật Bản, ông Yamada Taro, bày tỏ vui mừng."]);
    assert.deepEqual(summary(further), ["2024-04-15/2024-04-15 reception in_person Hai Phong: Lê Văn Khoa (Thiếu tướng) + Yamada Taro (-)"]);
  });

  it("reads a conference the sentence dates, naming no one, with each side's head named after ('dẫn đầu đoàn', 'điểm cầu')", () => {
    const forum = extract(["Tokyo - Ngày 8/10/2024, tại Tokyo, Hội nghị Thứ trưởng Quốc phòng ASEAN - Nhật Bản lần thứ 15 đã khai mạc với sự tham dự của đại diện 11 nước. Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng dẫn đầu đoàn Việt Nam. Nước chủ nhà Nhật Bản do ông Sato Kenji, Thứ trưởng Quốc phòng phụ trách quốc tế, làm trưởng đoàn."]);
    assert.deepEqual(summary(forum), ["2024-10-08/2024-10-08 conference in_person Tokyo: Hoàng Xuân Chiến (Thượng tướng) + Sato Kenji (-)"]);
    const online = extract(["Chiều 20-11-2024, Cảnh sát biển Việt Nam và Cơ quan Bảo vệ bờ biển Nhật Bản tổ chức Hội nghị song phương lần thứ 3 theo hình thức trực tuyến. Tại điểm cầu Việt Nam, Trung tướng Lê Văn Khoa, Tư lệnh Cảnh sát biển chủ trì. Điểm cầu Nhật Bản do Phó Đô đốc Yamada Taro, Phó Tổng Tư lệnh, chủ trì."]);
    // (A bilateral conference of two services is a dialogue mechanism: the codebook keeps `conference` for multilateral ones.)
    assert.deepEqual(summary(online), ["2024-11-20/2024-11-20 dialogue online -: Lê Văn Khoa (Trung tướng) + Yamada Taro (Phó Đô đốc)"]);
    // Named in passing, with no day, a conference is background.
    assert.deepEqual(summary(extract(["Hai bên nhắc lại Hội nghị Thứ trưởng Quốc phòng ASEAN - Nhật Bản. Thượng tướng Hoàng Xuân Chiến dẫn đầu đoàn Việt Nam. Ông Sato Kenji làm trưởng đoàn Nhật Bản."])), []);
  });

  it("reads co-chairs of a meeting named in lower case ('A và B đồng chủ trì hội nghị trực tuyến') as one encounter", () => {
    assert.deepEqual(summary(extract(["Ngày 6/9/2023, Trung tướng Lê Văn Khoa và ông Sato Kenji, Thứ trưởng Quốc phòng Nhật Bản, đồng chủ trì hội nghị trực tuyến giữa hai lực lượng."])), ["2023-09-06/2023-09-06 dialogue online -: Lê Văn Khoa (Trung tướng) + Sato Kenji (-)"]);
    // A round-table co-chaired by one of each side is an encounter of theirs too, of no named mechanism: `other`
    // (either spelling of the tone, with or without a classifier).
    for (const noun of ["tọa đàm", "buổi toạ đàm", "cuộc tọa đàm"]) {
      assert.deepEqual(summary(extract([`Ngày 6/9/2023, Trung tướng Lê Văn Khoa và ông Sato Kenji, Thứ trưởng Quốc phòng Nhật Bản, đồng chủ trì ${noun} về hợp tác gìn giữ hòa bình.`])), ["2023-09-06/2023-09-06 other in_person -: Lê Văn Khoa (Trung tướng) + Sato Kenji (-)"]);
    }
  });

  it("takes the counterparts from the next sentence when it lists them ('Đó là …', 'gồm …')", () => {
    const listed = extract(["Chiều 14/3/2024, Thiếu tướng Lê Văn Khoa tiếp hai sĩ quan Lực lượng Phòng vệ Nhật Bản. Đó là Đại tá Yamada Taro và Trung tá Suzuki Ichiro."]);
    assert.deepEqual(summary(listed), ["2024-03-14/2024-03-14 reception in_person -: Lê Văn Khoa (Thiếu tướng) + Yamada Taro (Đại tá) + Suzuki Ichiro (Trung tá)"]);
    const members = extract(["Sáng 2/10/2024, Thượng tướng Hoàng Xuân Chiến tiếp đoàn sĩ quan Nhật Bản. Đoàn gồm Đại tá Yamada Taro và Trung tá Suzuki Ichiro."]);
    assert.equal(summary(members).length, 1);
    assert.match(summary(members)[0]!, /Yamada Taro .*Suzuki Ichiro/);
  });

  it("a reception told first, its host and guests named after, is one encounter", () => {
    const x = extract([
      "Tối 3/7/2024, Đại sứ quán Nhật Bản tại Hà Nội tổ chức tiệc chiêu đãi nhân ngày thành lập Lực lượng Phòng vệ Nhật Bản. Tham dự có Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng. Đại sứ Nhật Bản ông Sato Kenji chủ trì buổi chiêu đãi.",
    ]);
    assert.deepEqual(summary(x), ["2024-07-03/2024-07-03 other in_person Hanoi: Hoàng Xuân Chiến (Thượng tướng) + Sato Kenji (-)"]);
  });

  it("dates a sentence by the frame it opens with: during the visit, or before the encounter told before it", () => {
    const visit = extract([
      "Từ ngày 8 đến 11/5/2023, Thượng tướng Hoàng Xuân Chiến thăm Nhật Bản. Ngày 9/5, Thượng tướng Hoàng Xuân Chiến hội đàm với Thứ trưởng Quốc phòng Nhật Bản ông Sato Kenji.",
      "Trong thời gian ở Tokyo, Thượng tướng Hoàng Xuân Chiến đã chào xã giao ông Tanaka Ichiro, Cố vấn Thủ tướng Nhật Bản.",
    ]);
    assert.deepEqual(summary(visit).map((l) => l.split(" ")[0]), ["2023-05-09/2023-05-09", "2023-05-08/2023-05-11"]);
    const before = extract([
      "Ngày 21/2/2020, Thượng tướng Nguyễn Chí Vịnh hội đàm với Thứ trưởng Quốc phòng Nhật Bản ông Sato Kenji.",
      "Trước đó, Thượng tướng Nguyễn Chí Vịnh đã chào xã giao ông Tanaka Ichiro, Cố vấn Thủ tướng Nhật Bản.",
    ]);
    assert.deepEqual(summary(before).map((l) => l.split(" ")[0]), ["2020-02-21/2020-02-21", "2020-02-01/2020-02-21"]);
  });

  it("dates 'Trước đó một ngày' and its kin by counting the days back from the encounter told before it, across a month", () => {
    const told = (lead: string, opener: string) =>
      summary(extract([lead, `${opener}, Thượng tướng Nguyễn Chí Vịnh đã chào xã giao ông Tanaka Ichiro, Cố vấn Thủ tướng Nhật Bản.`])).map((l) => l.split(" ")[0]);
    const talks = "Ngày 21/2/2020, Thượng tướng Nguyễn Chí Vịnh hội đàm với Thứ trưởng Quốc phòng Nhật Bản ông Sato Kenji.";
    for (const opener of ["Trước đó một ngày", "Một ngày trước đó", "Ngày hôm trước"]) assert.deepEqual(told(talks, opener), ["2020-02-21/2020-02-21", "2020-02-20/2020-02-20"], opener);
    assert.deepEqual(told(talks, "Trước đó hai ngày"), ["2020-02-21/2020-02-21", "2020-02-19/2020-02-19"]);
    assert.deepEqual(told(talks.replace("21/2/2020", "1/3/2020"), "Trước đó một ngày"), ["2020-03-01/2020-03-01", "2020-02-29/2020-02-29"], "2020 is a leap year");
  });

  it("with nothing else to date it, an encounter falls in the latest year before the plan for a month the article tells next", () => {
    const met = "Ngày 5/10, tại Hà Nội, Đại tá Trần Văn Bình, Phó Cục trưởng Cục Đối ngoại, và ông Sato Hiroshi, Bộ Quốc phòng Nhật Bản, đồng chủ trì hội thảo về hợp tác rà phá bom mìn.";
    const plan = "Cuộc diễn tập chung của hai bên dự kiến được tổ chức vào tháng 3/2025 tại Nhật Bản.";
    assert.deepEqual(summary(extract([met, plan])).map((l) => l.split(" ")[0]), ["2024-10-05/2024-10-05"]);
    // A plan for a year alone may be years away: no year then.
    assert.deepEqual(summary(extract([met, "Hai bên dự kiến hoàn thành dự án vào năm 2030."])), []);
    // A plan for December is one for a month, though it ends with its year.
    const december = "Vòng tham vấn tiếp theo dự kiến diễn ra vào tháng 12/2026 tại Tokyo.";
    assert.deepEqual(summary(extract([met, december])).map((l) => l.split(" ")[0]), ["2026-10-05/2026-10-05"]);
  });

  it("a month with its year told as before the encounter ('Trước đó, … tháng 11/2022') bounds its year from below", () => {
    const talks = "Sáng 14/3, tại Hà Nội, Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng, tiếp ông Yamada Takio, Đại sứ Nhật Bản tại Việt Nam.";
    const before = "Trước đó, vòng tham vấn cấp chuyên viên đã diễn ra tại Tokyo vào tháng 11/2022.";
    assert.deepEqual(summary(extract([talks, before])).map((l) => l.split(" ")[0]), ["2023-03-14/2023-03-14"]);
  });

  it("dates 'Ngày hôm sau' and its kin by counting the days on from the encounter told before it, or from a visit's last day", () => {
    const told = (lead: string, opener: string) =>
      summary(extract([lead, `${opener}, Thượng tướng Nguyễn Chí Vịnh đã chào xã giao ông Tanaka Ichiro, Cố vấn Thủ tướng Nhật Bản.`])).map((l) => l.split(" ")[0]);
    const talks = "Ngày 28/2/2019, Thượng tướng Nguyễn Chí Vịnh hội đàm với Thứ trưởng Quốc phòng Nhật Bản ông Sato Kenji.";
    for (const opener of ["Ngày hôm sau", "Sáng hôm sau", "Một ngày sau đó", "Hôm sau"]) assert.deepEqual(told(talks, opener), ["2019-02-28/2019-02-28", "2019-03-01/2019-03-01"], opener);
    assert.deepEqual(told(talks, "Hai ngày sau đó"), ["2019-02-28/2019-02-28", "2019-03-02/2019-03-02"]);
    // A day of its own in brackets is the day: "Ngày hôm sau (3-3)" (a dash after "hôm sau" is a date).
    assert.deepEqual(told(talks, "Ngày hôm sau (3-3)"), ["2019-02-28/2019-02-28", "2019-03-03/2019-03-03"]);
    const span = "Từ ngày 25 đến 27/2/2019, Thượng tướng Nguyễn Chí Vịnh hội đàm với Thứ trưởng Quốc phòng Nhật Bản ông Sato Kenji tại Tokyo.";
    assert.deepEqual(told(span, "Ngày hôm sau"), ["2019-02-25/2019-02-27", "2019-02-28/2019-02-28"]);
  });

  it("a forum named again by its first words at the head of a sentence is the same forum: its people attend it", () => {
    // (Told as lately, over the month before publication: not one day, where a one-sided forum is already the occasion of a two-sided encounter.)
    // ("Cuộc gặp" alone would be a reception: the name's first words, not another encounter.)
    const lead = "Vừa qua, đoàn Bộ Quốc phòng Việt Nam do Đại tướng Phan Văn Giang dẫn đầu đã dự Cuộc gặp không chính thức Bộ trưởng Quốc phòng ASEAN - Nhật Bản tại Phnom Penh.";
    const again = "Cuộc gặp là dịp để các Bộ trưởng ASEAN và Bộ trưởng Quốc phòng Nhật Bản Hamada Yasukazu trao đổi về an ninh khu vực.";
    const rows = summary(extract([lead, again], { dateline: "Thứ Năm, 17/11/2022 10:05" }));
    assert.deepEqual(rows, ["2022-10-18/2022-11-17 conference in_person Phnom Penh: Phan Văn Giang (Đại tướng) + Hamada Yasukazu (-)"]);
  });

  it("a title or rank alone as the subject, maybe after 'bản thân', stands for this side's one person named with it", () => {
    const lead = "Sáng 14/10/2021, Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng, tiếp ông Yamada Takio, Đại sứ Nhật Bản tại Việt Nam.";
    const call = (subject: string) => `Trước đó, ngày 2/9/2021, ${subject} đã điện đàm với ông Oka Masami, Thứ trưởng Quốc phòng Nhật Bản.`;
    const expected = ["2021-10-14/2021-10-14 reception in_person Vietnam: Hoàng Xuân Chiến (Thượng tướng) + Yamada Takio (-)", "2021-09-02/2021-09-02 call phone -: Hoàng Xuân Chiến (Thượng tướng) + Oka Masami (-)"];
    const shape = summary;
    for (const subject of ["Thứ trưởng", "bản thân Thứ trưởng", "Thượng tướng", "chính Thượng tướng"]) assert.deepEqual(shape(extract([lead, call(subject)])), expected, subject);
    // Two people of this side with that title: no one in particular.
    const two = "Sáng 14/10/2021, Thượng tướng Hoàng Xuân Chiến và Thượng tướng Nguyễn Tân Cương tiếp ông Yamada Takio, Đại sứ Nhật Bản tại Việt Nam.";
    assert.equal(shape(extract([two, call("Thượng tướng")])).length, 1);
  });

  it("a title or rank alone opening a joint subject ('bản thân Thượng tướng và ông B đã điện đàm') is this side's one holder of it", () => {
    const lead = "Sáng 14/10/2021, Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng, tiếp ông Yamada Takio, Đại sứ Nhật Bản tại Việt Nam.";
    const call = (subject: string) => `Trước đó, ngày 2/9/2021, ${subject} và ông Oka Masami, Thứ trưởng Quốc phòng Nhật Bản, đã điện đàm.`;
    const expected = ["2021-10-14/2021-10-14 reception in_person Vietnam: Hoàng Xuân Chiến (Thượng tướng) + Yamada Takio (-)", "2021-09-02/2021-09-02 call phone -: Hoàng Xuân Chiến (Thượng tướng) + Oka Masami (-)"];
    for (const subject of ["bản thân Thượng tướng", "Thứ trưởng"]) assert.deepEqual(summary(extract([lead, call(subject)])), expected, subject);
    // The other part of the subject names no one of the other side: no call.
    assert.equal(summary(extract([lead, "Trước đó, ngày 2/9/2021, bản thân Thượng tướng và Đại sứ đã điện đàm."])).length, 1);
  });

  it("'hai Bộ trưởng' are the pair before only when they hold that title: a deputy minister and an ambassador are not", () => {
    const lead = "Sáng 14/10/2021, Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng, tiếp ông Yamada Takio, Đại sứ Nhật Bản tại Việt Nam.";
    const reception = "2021-10-14/2021-10-14 reception in_person Vietnam: Hoàng Xuân Chiến (Thượng tướng) + Yamada Takio (-)";
    assert.deepEqual(summary(extract([lead, "Hai Bộ trưởng Quốc phòng đã hội đàm trực tuyến ngày 12/7/2021."])), [reception]);
    // Two deputy ministers before: "hai Thứ trưởng" are they.
    const deputies = "Sáng 14/10/2021, Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng, tiếp ông Oka Masami, Thứ trưởng Quốc phòng Nhật Bản.";
    assert.deepEqual(summary(extract([deputies, "Hai Thứ trưởng đã điện đàm ngày 2/9/2021."])).map((l) => l.split(" ").slice(0, 2).join(" ")), ["2021-10-14/2021-10-14 reception", "2021-09-02/2021-09-02 call"]);
  });

  it("talks of the two sides on a day long before an encounter told as lately done ('Vừa qua, A tiếp B') are another occasion", () => {
    const lead = "Vừa qua, tại Hà Nội, Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng, đã tiếp ông Yamada Takio, Đại sứ Nhật Bản tại Việt Nam.";
    const other = "Bộ trưởng Quốc phòng hai nước đã hội đàm trực tuyến ngày 12/7.";
    const rows = summary(extract([lead, other], { dateline: "Thứ Sáu, 23/09/2022 09:40" }));
    assert.deepEqual(rows.map((l) => l.split(" ")[1]), ["reception"]);
    // A day within the days before publication may be the same encounter told on, when its people are the two the
    // subject names ("Bộ trưởng Quốc phòng hai nước"); a deputy minister and an ambassador are not.
    const ministers = "Vừa qua, Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng, đã gặp Bộ trưởng Quốc phòng Nhật Bản Hamada Yasukazu.";
    const near = "Bộ trưởng Quốc phòng hai nước đã hội đàm trực tuyến ngày 20/9.";
    assert.deepEqual(summary(extract([ministers, near], { dateline: "Thứ Sáu, 23/09/2022 09:40" })).map((l) => l.split(" ")[1]), ["talks"]);
    assert.deepEqual(summary(extract([lead, near], { dateline: "Thứ Sáu, 23/09/2022 09:40" })).map((l) => l.split(" ")[1]), ["reception"]);
  });

  it("a forum both sides are told at, each in a sentence of its own ('… làm trưởng đoàn', 'Tại phiên toàn thể, B …'), is a conference of both", () => {
    const forum = "Đối thoại Shangri-La lần thứ 21 được tổ chức tại Singapore từ ngày 31/5 đến 2/6/2024, quy tụ khoảng 600 đại biểu.";
    const head = "Đoàn Việt Nam do Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng, làm trưởng đoàn.";
    const conference = "2024-05-31/2024-06-02 conference in_person Singapore: Phan Văn Giang (Đại tướng) + Kihara Minoru (-)";
    for (const japan of ["Bộ trưởng Quốc phòng Nhật Bản Kihara Minoru phát biểu tại phiên toàn thể thứ ba.", "Tại phiên toàn thể, Bộ trưởng Quốc phòng Nhật Bản Kihara Minoru đã nêu quan điểm về an ninh hàng hải."]) {
      assert.deepEqual(summary(extract([forum, head, japan])), [conference], japan);
      // Told in the next paragraph, and one side's people told attending it in the forum's own sentence.
      assert.deepEqual(summary(extract([`${forum} ${head}`, japan])), [conference], japan);
      const attends = "Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng, dẫn đầu đoàn Việt Nam dự Đối thoại Shangri-La lần thứ 21 tại Singapore từ ngày 31/5 đến 2/6/2024.";
      assert.deepEqual(summary(extract([attends, japan])), [conference], japan);
      // Talks of both on one of its days are a meeting of their own.
      const talks = "Chiều 1/6/2024, Đại tướng Phan Văn Giang hội đàm với Bộ trưởng Kihara Minoru.";
      assert.deepEqual(summary(extract([attends, japan, talks])), [conference, "2024-06-01/2024-06-01 talks in_person Singapore: Phan Văn Giang (Đại tướng) + Kihara Minoru (-)"], japan);
    }
    // Someone of the other side told elsewhere than at it did not come.
    assert.deepEqual(summary(extract([forum, head, "Trước đó, Bộ trưởng Quốc phòng Nhật Bản Kihara Minoru đã thăm Philippines."])), []);
    // A head leading the delegation to do something else is not one who came.
    assert.deepEqual(summary(extract([forum, "Đại tướng Phan Văn Giang dẫn đầu đoàn Việt Nam thăm Malaysia.", "Tại phiên toàn thể, Bộ trưởng Quốc phòng Nhật Bản Kihara Minoru đã phát biểu."])), []);
  });

  it("a forum of both countries one side is told attending has the other side's one person told at it after ('Tại hội nghị, B khẳng định …')", () => {
    const attends = "Ngày 15/11/2023, tại Jakarta, Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng, đã dự Hội nghị Bộ trưởng Quốc phòng ASEAN - Nhật Bản không chính thức.";
    const between = "Các đại biểu trao đổi về an ninh biển và ứng phó thảm họa.";
    const japan = "Tại hội nghị, Bộ trưởng Quốc phòng Nhật Bản Kihara Minoru cho biết Nhật Bản coi trọng hợp tác với ASEAN.";
    const one = "2023-11-15/2023-11-15 conference in_person Jakarta: Hoàng Xuân Chiến (Thượng tướng)";
    assert.deepEqual(summary(extract([attends, between, japan])), [`${one} + Kihara Minoru (-)`]);
    // Not told at it: the forum as one side tells it.
    assert.deepEqual(summary(extract([attends, between, japan.replace("Tại hội nghị", "Trước đó")])), [one]);
  });

  it("the other side's one person who goes on saying, right after a sentence told at the forum ('Phát biểu tại hội nghị, B …. A đề nghị …'), is told at it", () => {
    const met = "Ngày 20/6/2023, tại Jakarta, Bộ trưởng Quốc phòng các nước ASEAN đã có cuộc gặp không chính thức với Bộ trưởng Quốc phòng Nhật Bản Hamada Yasukazu.";
    const japan = "Phát biểu tại hội nghị, ông Hamada Yasukazu cho biết Nhật Bản tiếp tục hỗ trợ ASEAN.";
    const vietnam = "Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng Việt Nam, đề nghị hai bên đẩy mạnh hợp tác rà phá bom mìn.";
    const both = "2023-06-20/2023-06-20 conference in_person Jakarta: Hamada Yasukazu (-) + Hoàng Xuân Chiến (Thượng tướng)";
    assert.deepEqual(summary(extract([met, japan, vietnam])), [both]);
    // Not one that does not go on from a sentence told at it, nor one with a day of its own.
    const alone = "2023-06-20/2023-06-20 conference in_person Jakarta: Hamada Yasukazu (-)";
    assert.deepEqual(summary(extract([met, japan.replace("Phát biểu tại hội nghị, ông", "Trước đó, ông"), vietnam])), [alone]);
    assert.deepEqual(summary(extract([met, japan, vietnam.replace("đề nghị", "ngày 21/6 đề nghị")])), [alone]);
    // A sentence between that names no one and tells no day or encounter goes on with what was said ("Ông cũng …").
    assert.deepEqual(summary(extract([met, `${japan} Ông cũng mong hai bên mở rộng trao đổi sĩ quan trẻ.`, vietnam])), [both]);
  });

  it("co-chairs named as such ('Hai đồng chủ tịch … là A … và B …') are the people of the forum the two countries co-chair", () => {
    const opened = "Sáng 12/9/2022, tại Hà Nội, Hội thảo về y học quân sự trong khuôn khổ Nhóm chuyên gia ADMM+ về quân y đã khai mạc, do Việt Nam và Nhật Bản đồng chủ trì.";
    const between = "Hội thảo quy tụ hơn 100 đại biểu của 18 nước.";
    const chairs = "Hai đồng chủ tịch Nhóm chuyên gia là Đại tá Nguyễn Văn Bình, Phó Cục trưởng Cục Quân y, và ông Tanaka Jiro, Vụ phó (Bộ Quốc phòng Nhật Bản), cho biết chương trình đã được chuẩn bị trong một năm.";
    assert.deepEqual(summary(extract([opened, between, chairs])), ["2022-09-12/2022-09-12 conference in_person Hanoi: Nguyễn Văn Bình (Đại tá) + Tanaka Jiro (-)"]);
    // Named with no word of their role, they are not known to be its people.
    assert.deepEqual(summary(extract([opened, between, chairs.replace("Hai đồng chủ tịch Nhóm chuyên gia là ", "")])), []);
  });

  it("a visit to a unit ('tại trụ sở Bộ Tư lệnh X, B đến thăm và làm việc với đơn vị') is with the one person named with a post in it", () => {
    const visit = "Ngày 14/3/2024, tại trụ sở Bộ Tư lệnh Vùng 4 Hải quân (tỉnh Khánh Hòa), Đại tá Sato Kenji, Tùy viên Quốc phòng Nhật Bản tại Việt Nam, đã đến thăm và làm việc với đơn vị.";
    const talk = "Hai bên trao đổi về hợp tác huấn luyện giữa hải quân hai nước.";
    const commander = "Chuẩn Đô đốc Nguyễn Văn Minh, Tư lệnh Vùng 4 Hải quân, tặng quà lưu niệm Đại tá Sato Kenji.";
    const row = "2024-03-14/2024-03-14 reception in_person Khanh Hoa Province: Sato Kenji (Đại tá) + Nguyễn Văn Minh (Chuẩn Đô đốc)";
    assert.deepEqual(summary(extract([visit, talk, commander])), [row]);
    // Named in a photo's caption only: read with the captions.
    const captioned = extract([visit, talk, `${commander} Ảnh: T.H`]);
    assert.deepEqual(summary(captioned), [row]);
    // Two of the unit's people (its commander and his deputy): no one in particular.
    const deputy = "Đại tá Trần Văn Long, Phó Tư lệnh Vùng 4 Hải quân, cùng dự buổi làm việc.";
    assert.deepEqual(summary(extract([visit, talk, deputy, commander])), []);
    // A unit's person named, but the visitor met no unit ('làm việc với Bộ Tư lệnh' is a name, not 'đơn vị'): as before.
    assert.deepEqual(summary(extract([visit.replace("với đơn vị", "tại Khánh Hòa"), talk, commander])), []);
  });

  it("one who tells of a signing by two others named by a title they do not hold ('A cho biết … sau khi hai Bộ trưởng Quốc phòng ký …') is none of it, and the reception before does not become it", () => {
    const reception = "Ngày 5/11, tại Hà Nội, Thượng tướng Nguyễn Chí Vịnh, Thứ trưởng Bộ Quốc phòng, đã tiếp ông Umeda Kunio, Đại sứ Nhật Bản tại Việt Nam.";
    const row = "2018-11-05/2018-11-05 reception in_person Hanoi: Nguyễn Chí Vịnh (Thượng tướng) + Umeda Kunio (-)";
    const told = "quan hệ hai quân đội ngày càng gắn bó, nhất là sau khi hai Bộ trưởng Quốc phòng ký Tuyên bố Tầm nhìn chung về hợp tác quốc phòng Việt Nam - Nhật Bản hướng tới thập niên tiếp theo hồi tháng 4 vừa qua.";
    for (const teller of [`Thượng tướng Nguyễn Chí Vịnh cho biết ${told}`, `Theo Thượng tướng Nguyễn Chí Vịnh, ${told}`]) {
      assert.deepEqual(summary(extract([reception, teller], { dateline: "05/11/2018" })), [row], teller);
    }
    // A teller who came to hold the title years later does not hold it now: the article's time is its update stamp when
    // it prints no publication date.
    const chief = "Ngày 5/11, tại Hà Nội, Thượng tướng Phan Văn Giang, Tổng Tham mưu trưởng, đã tiếp ông Umeda Kunio, Đại sứ Nhật Bản tại Việt Nam.";
    for (const dateline of ["05/11/2018", "Cập nhật: 05/11/2018 - 16:45"]) {
      const rows = summary(extract([chief, `Theo ông Phan Văn Giang, ${told}`], { dateline }));
      assert.deepEqual(rows.map((r) => r.split(" ").slice(0, 2).join(" ")), ["2018-11-05/2018-11-05 reception"], dateline);
    }
    // The teller who holds the title is one of the two: the talks of the two ministers told on, as before (one meeting).
    const talks = "Ngày 20/3, tại Hà Nội, Đại tướng Ngô Xuân Lịch, Bộ trưởng Bộ Quốc phòng, đã hội đàm với Bộ trưởng Quốc phòng Nhật Bản Iwaya Takeshi.";
    assert.deepEqual(summary(extract([talks, "Đại tướng Ngô Xuân Lịch cho biết sau hội đàm, hai Bộ trưởng Quốc phòng đã ký Bản ghi nhớ về hợp tác quân y."], { dateline: "20/03/2019" })).map((r) => r.split(" ")[1]), ["talks"]);
  });

  it("a host's reception told first and its guest in the next sentence ('Khách của X là ông B') is an encounter of both", () => {
    const rows = summary(extract(["Sáng 7/11, Chủ tịch nước Trần Đại Quang có buổi tiếp tại Phủ Chủ tịch.", "Khách của Chủ tịch nước là bà Inada Tomomi, Bộ trưởng Quốc phòng Nhật Bản, đang thăm chính thức Việt Nam."], { dateline: "07/11/2016" }));
    assert.deepEqual(rows.map((r) => r.split(": ")[1]!.replace(/ \([^)]*\)/gu, "")), ["Trần Đại Quang + Inada Tomomi"]);
    // Someone named after a possessive and "là" with a named owner before is, as before, the noun said again.
    const owner = summary(extract(["Sáng 7/11, tại Hà Nội, Đại tướng Ngô Xuân Lịch tiếp người kế nhiệm của ông Nakatani Gen là bà Inada Tomomi."], { dateline: "07/11/2016" }));
    assert.deepEqual(owner.map((r) => r.split(": ")[1]), ["Ngô Xuân Lịch (Đại tướng) + Inada Tomomi (-)"]);
  });

  it("the one whose account opens a sentence ('Theo ông A, …') is no party of what 'hai nước' or 'hai bên' did: an earlier signing does not retype the reception", () => {
    const reception = "Sáng 14/3, tại Hà Nội, Thượng tướng Nguyễn Chí Vịnh đã tiếp Đô đốc Kawano Katsutoshi, Tham mưu trưởng Liên quân Lực lượng Phòng vệ Nhật Bản.";
    const row = "2017-03-14/2017-03-14 reception in_person Hanoi: Nguyễn Chí Vịnh (Thượng tướng) + Kawano Katsutoshi (Đô đốc)";
    const thanks = "Đô đốc Kawano Katsutoshi cảm ơn sự tiếp đón nồng hậu của phía Việt Nam.";
    for (const sides of ["hai nước", "hai bên"]) {
      for (const teller of ["ông Nguyễn Chí Vịnh", "Thượng tướng Nguyễn Chí Vịnh"]) {
        const told = `Theo ${teller}, tháng 9/2014, ${sides} đã ký Biên bản ghi nhớ về trao đổi quốc phòng, mở ra nhiều hướng hợp tác mới.`;
        // (The guest named again after it, whom the signing would be completed with.)
        assert.deepEqual(summary(extract([reception, told, thanks], { dateline: "Thứ Ba, 14/03/2017 09:30" })), [row], told);
      }
    }
    // Signed the same day, after the reception ("sau buổi tiếp"), it is the reception's signing, as when no one tells it.
    const sameDay = summary(extract([reception, "Theo ông Nguyễn Chí Vịnh, sau buổi tiếp, hai bên đã ký Biên bản ghi nhớ về trao đổi quốc phòng."], { dateline: "Thứ Ba, 14/03/2017 09:30" }));
    assert.deepEqual(sameDay.map((r) => r.split(" ").slice(0, 2).join(" ")), ["2017-03-14/2017-03-14 signing"]);
  });

  it("the teller is the 'ông' of the encounter told right after the verb with no comma ('A cho biết ông vừa hội đàm với B')", () => {
    const reception = "Chiều 12/5/2023, tại Tokyo, Thủ tướng Kishida Fumio đã tiếp Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng Việt Nam.";
    const told = "Mở đầu buổi tiếp, Đại tướng Phan Văn Giang cho biết ông vừa có cuộc hội đàm với Bộ trưởng Hamada Yasukazu vào sáng cùng ngày.";
    const people = (body: string[]) => summary(extract(body)).map((r) => r.split(": ")[1]);
    assert.deepEqual(people([reception, told]), ["Kishida Fumio (-) + Phan Văn Giang (Đại tướng)", "Phan Văn Giang (Đại tướng) + Hamada Yasukazu (-)"]);
    // So with a word of the lexicon's `speech_complementizers` between the verb and the pronoun ("cho biết rằng ông …").
    assert.deepEqual(people([reception, told.replace("cho biết ông", "cho biết rằng ông")]), ["Kishida Fumio (-) + Phan Văn Giang (Đại tướng)", "Phan Văn Giang (Đại tướng) + Hamada Yasukazu (-)"]);
  });

  it("someone named in a setting that leaves them out ('chuyến thăm … của A') and again as a subject of the marker takes part", () => {
    const visit = "Ngày 12/6/2023, trong chuyến thăm Nhật Bản của Đại tướng Phan Văn Giang, Đại tướng Phan Văn Giang và Bộ trưởng Hamada Yasukazu đã chứng kiến lễ ký Bản ghi nhớ về hợp tác an ninh mạng tại Tokyo.";
    assert.deepEqual(summary(extract([visit])), ["2023-06-12/2023-06-12 signing in_person Tokyo: Phan Văn Giang (Đại tướng) + Hamada Yasukazu (-)"]);
    // Named in the setting alone, as before: not of the encounter.
    assert.deepEqual(summary(extract([visit.replace("Đại tướng Phan Văn Giang và Bộ trưởng", "Bộ trưởng")])), []);
  });

  it("a caption that dates an encounter of its own, beside the body's, adds it; one that tells the body's again, or dates nothing, adds none", () => {
    const story = "Sáng 9/11/2018, tại Hà Nội, Thượng tướng Nguyễn Chí Vịnh, Thứ trưởng Bộ Quốc phòng, đã tiếp ông Tsuchimoto Hideki, Cục trưởng Cục Chính sách quốc phòng Bộ Quốc phòng Nhật Bản.";
    const row = "2018-11-09/2018-11-09 reception in_person Hanoi: Nguyễn Chí Vịnh (Thượng tướng) + Tsuchimoto Hideki (-)";
    const caption = "Đại tướng Ngô Xuân Lịch hội đàm với Bộ trưởng Onodera Itsunori tại Tokyo vào tháng 4/2018. Ảnh: Bộ Quốc phòng";
    const x = summary(extract([caption, story]));
    assert.deepEqual(x.map((r) => r.split(":")[1]!.trim()), ["Ngô Xuân Lịch (Đại tướng) + Onodera Itsunori (-)", "Nguyễn Chí Vịnh (Thượng tướng) + Tsuchimoto Hideki (-)"]);
    assert.equal(x[0]!.split(" ")[0], "2018-04-01/2018-04-30");
    // Undated, it is a photo of some time: as before, the body alone.
    assert.deepEqual(summary(extract([caption.replace(" vào tháng 4/2018", ""), story])), [row]);
    // Placed by none of its words, it takes no venue the article writes only after it (the story's Hanoi).
    const unplaced = caption.replace(" tại Tokyo", "");
    assert.deepEqual(summary(extract([unplaced, story])).map((r) => r.split(":")[0]), ["2018-04-01/2018-04-30 talks in_person -", "2018-11-09/2018-11-09 reception in_person Hanoi"]);
    // The body's encounter told again, dated: one encounter.
    assert.deepEqual(summary(extract([story, "Thượng tướng Nguyễn Chí Vịnh tiếp ông Tsuchimoto Hideki sáng 9/11. Ảnh: Bộ Quốc phòng"])), [row]);
  });

  it("a list of attendees between a welcome and the delegation's head ('Dự lễ đón có … Tùy viên Quốc phòng Nhật Bản') counts for no distance: the head is the guest", () => {
    const arrival = "Sáng 5/6/2023, tàu hộ vệ Kirisame của Lực lượng Phòng vệ Biển Nhật Bản đã cập cảng quốc tế Cam Ranh, bắt đầu chuyến thăm tỉnh Khánh Hòa.";
    const host = "Chủ trì lễ đón là Đại tá Nguyễn Văn An, Phó Tư lệnh Vùng 4 Hải quân.";
    const attendees = "Dự lễ đón có đại diện Sở Ngoại vụ tỉnh Khánh Hòa và Tùy viên Quốc phòng Nhật Bản.";
    const head = "Tàu chở theo 180 thủy thủ. Trưởng đoàn là Đại tá Suzuki Ichiro, Chỉ huy Biên đội hộ vệ số 4.";
    const row = "2023-06-05/2023-06-05 reception in_person Cam Ranh: Nguyễn Văn An (Đại tá) + Suzuki Ichiro (Đại tá)";
    assert.deepEqual(summary(extract([arrival, `${host} ${attendees}`, head])), [row]);
    assert.deepEqual(summary(extract([arrival, host, head])), [row]);
  });

  it("the visiting ships' head named paragraphs after the welcome as the one who leads ('Người dẫn đầu đoàn tàu là Đại tá B') is its guest", () => {
    const arrival = "Sáng 20/8/2022, tàu khu trục Takanami của Lực lượng Phòng vệ Biển Nhật Bản đã cập cảng Đà Nẵng, bắt đầu chuyến thăm thành phố.";
    const host = "Chủ trì lễ đón tại cầu cảng là Đại tá Lê Minh Tuấn, Phó Chính ủy Vùng 3 Hải quân.";
    const gifts = "Đại tá Lê Minh Tuấn tặng hoa các thủy thủ.";
    const row = "2022-08-20/2022-08-20 reception in_person Da Nang: Lê Minh Tuấn (Đại tá) + Yamada Kenji (Đại tá)";
    const rows = (head: string) => summary(extract([arrival, host, gifts, head], { headline: "Tàu khu trục Nhật Bản thăm Đà Nẵng" }));
    assert.deepEqual(rows("Người dẫn đầu đoàn tàu là Đại tá Yamada Kenji, Chỉ huy trưởng Biên đội hộ vệ số 2."), [row]);
    assert.deepEqual(rows("Trưởng đoàn là Đại tá Yamada Kenji, Chỉ huy trưởng Biên đội hộ vệ số 2."), [row]);
    // Not one told leading the ships to do another thing, whom the article does not tell visiting.
    assert.deepEqual(rows("Đại tá Yamada Kenji dẫn đầu đoàn thủy thủ tham quan Ngũ Hành Sơn."), []);
  });

  it("a sentence listing who attended ('Dự lễ có ông B', 'Dự buổi lễ có …') gives the other side of a ceremony that names only its host", () => {
    const ceremony = "Ngày 3/9/2019, tại Tokyo, Đại sứ Việt Nam tại Nhật Bản Vũ Hồng Nam chủ trì lễ kỷ niệm Quốc khánh Việt Nam.";
    const rows = (list: string) => summary(extract([ceremony, list])).map((r) => r.split(": ")[1]);
    const both = ["Vũ Hồng Nam (-) + Suzuki Keisuke (-)"];
    assert.deepEqual(rows("Dự lễ có ông Suzuki Keisuke, Thứ trưởng Quốc phòng Nhật Bản."), both);
    assert.deepEqual(rows("Dự buổi lễ có ông Suzuki Keisuke, Thứ trưởng Quốc phòng Nhật Bản."), both);
    // A guest list opened by "Khách mời" (an invited guest is there, not invited to come).
    assert.deepEqual(rows("Khách mời phía Nhật Bản có ông Suzuki Keisuke, Thứ trưởng Quốc phòng Nhật Bản."), both);
    // Not a verb of attending that is another word ("Dự kiến có …": planned).
    assert.deepEqual(rows("Dự kiến có ông Suzuki Keisuke, Thứ trưởng Quốc phòng Nhật Bản."), []);
  });

  it("a paragraph of the host's speech, naming no one, between a ceremony and the other side's attendee counts for no distance", () => {
    const ceremony = "Ngày 12/7/2021, tại Hà Nội, Đại sứ quán Nhật Bản tổ chức lễ kỷ niệm 67 năm Ngày thành lập Lực lượng Phòng vệ Nhật Bản. Đại sứ Yamada Takio chủ trì buổi lễ.";
    const speech = "Phát biểu tại buổi lễ, Đại sứ nhấn mạnh hợp tác quốc phòng là trụ cột của quan hệ hai nước.";
    const guest = "Về phía Việt Nam, tham dự có Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng.";
    const row = ["2021-07-12/2021-07-12 other in_person Hanoi: Yamada Takio (-) + Hoàng Xuân Chiến (Thượng tướng)"];
    assert.deepEqual(summary(extract([ceremony, speech, guest])), row);
    assert.deepEqual(summary(extract([ceremony, guest])), row);
    // A paragraph between that names someone still counts.
    assert.deepEqual(summary(extract([ceremony, "Phát biểu tại buổi lễ, Đại sứ Yamada Takio cảm ơn các đối tác.", "Bài phát biểu được nhiều đại biểu hoan nghênh.", guest])), []);
  });

  it("a day that ends a visit whose start is not written ('chuyến thăm kéo dài tới ngày 20/9') is not the article's first date: an undated welcome takes the arrival's", () => {
    const teaser = (bound: string) => `Tàu huấn luyện Kashima của Lực lượng Phòng vệ Biển Nhật Bản đến Đà Nẵng, mở đầu chuyến thăm ${bound}.`;
    const arrival = "Sáng 4/7, tàu cập cảng Tiên Sa. Trưởng đoàn là Chuẩn Đô đốc Kato Ken, Chỉ huy Hải đội huấn luyện.";
    const host = "Đại tá Lê Minh Tuấn, Phó Tư lệnh Vùng 3 Hải quân, chủ trì lễ đón tại cầu cảng.";
    const rows = (bound: string) => summary(extract([teaser(bound), arrival, host], { dateline: "Thứ Năm, 04/07/2024 10:05" })).map((m) => m.split(" in_person")[0]);
    assert.deepEqual(rows("kéo dài tới ngày 7/7"), ["2024-07-04/2024-07-04 reception"]);
    assert.deepEqual(rows("đến hết ngày 7/7"), ["2024-07-04/2024-07-04 reception"]);
    assert.deepEqual(rows("kéo dài ba ngày"), ["2024-07-04/2024-07-04 reception"]);
  });

  it("an attendee listed after a welcome ('Cùng dự có C') is no guest of honour: the delegation's head named later is", () => {
    const arrival = "Sáng 9/6, tàu 015 - Trần Hưng Đạo cùng đoàn công tác Hải quân Việt Nam đã cập cảng Yokosuka, bắt đầu chuyến thăm xã giao Nhật Bản.";
    const welcome = "Đại tá Kato Ken, đại diện Căn cứ Yokosuka, chủ trì lễ đón đoàn công tác tại cầu cảng. Cùng dự có Đại tá Trần Quốc Bảo, Tùy viên Quốc phòng Việt Nam tại Nhật Bản.";
    const speech = "Phát biểu tại lễ đón, Đại tá Kato Ken chào mừng đoàn công tác đến thăm Yokosuka.";
    const caption = "Đại tá Kato Ken tặng hoa Trưởng đoàn. Ảnh: Hải quân";
    const head = "Đại tá Lê Văn Thành bày tỏ vinh dự dẫn đầu đoàn công tác Hải quân Việt Nam thăm Yokosuka; đồng thời cho biết chuyến đi thuận lợi.";
    assert.deepEqual(summary(extract([arrival, welcome, speech, caption, head], { dateline: "10/06/2024" })), ["2024-06-09/2024-06-09 reception in_person Yokosuka: Kato Ken (Đại tá) + Lê Văn Thành (Đại tá)"]);
  });

  it("a rank and a name ('Chuẩn Đô đốc Kato Ken chào mừng đoàn') are no rank alone standing for the other side's holder of it", () => {
    const arrival = "Sáng 9/6, tàu 015 - Trần Hưng Đạo cùng đoàn công tác Hải quân Việt Nam đã cập cảng Yokosuka, bắt đầu chuyến thăm xã giao Nhật Bản.";
    const welcome = (rank: string) => `${rank} Kato Ken, Chỉ huy trưởng Căn cứ Yokosuka, chủ trì lễ đón đoàn công tác tại cầu cảng. Cùng dự có Đại tá Trần Quốc Bảo, Tùy viên Quốc phòng Việt Nam tại Nhật Bản.`;
    const speech = (rank: string) => `Phát biểu tại lễ đón, ${rank} Kato Ken chào mừng đoàn công tác đến thăm Nhật Bản.`;
    const head = "Đại tá Lê Văn Thành bày tỏ vinh dự dẫn đầu đoàn công tác Hải quân Việt Nam thăm Yokosuka.";
    for (const rank of ["Chuẩn Đô đốc", "Đại tá"]) {
      assert.deepEqual(summary(extract([arrival, welcome(rank), speech(rank), `${rank} Kato Ken tặng hoa Trưởng đoàn. Ảnh: Hải quân`, head], { dateline: "10/06/2024" })), [`2024-06-09/2024-06-09 reception in_person Yokosuka: Kato Ken (${rank}) + Lê Văn Thành (Đại tá)`], rank);
    }
  });

  it("a marker in a clause that tells what a plan covers ('sẽ đẩy mạnh …, tập trung vào …, đối thoại …') is planned too", () => {
    const lead = "Chiều 10/6, tại Hà Nội, Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng, đã tiếp ông Yamada Takio, Đại sứ Nhật Bản tại Việt Nam.";
    const calls = "Thứ trưởng cho biết, lãnh đạo hai Bộ vẫn giữ liên lạc: ngày 20-4 vừa qua, Đại tướng Phan Văn Giang đã điện đàm với Bộ trưởng Quốc phòng Nhật Bản Kishi Nobuo; trước đó, ngày 5-3, Thượng tướng Hoàng Xuân Chiến và Thứ trưởng Quốc phòng Nhật Bản Nakayama Yasuhide đã hội đàm trực tuyến.";
    for (const link of ["tập trung vào", "bao gồm", "cụ thể là"]) {
      const plan = `Hai bên nhất trí khi điều kiện cho phép sẽ đẩy mạnh hợp tác, ${link} huấn luyện chung, đối thoại chính sách quốc phòng và giao lưu sĩ quan trẻ.`;
      const rows = summary(extract([lead, calls, plan], { dateline: "Thứ Sáu, 11/06/2021 08:00" }));
      // The talks of 5/3 keep their two people: the dialogue planned is no part of them.
      assert.deepEqual(rows.at(-1), "2021-03-05/2021-03-05 talks online -: Hoàng Xuân Chiến (Thượng tướng) + Nakayama Yasuhide (-)", link);
      assert.equal(rows.length, 3, link);
    }
  });

  it("the one who speaks of an earlier meeting between two others ('A cho rằng … kể từ khi B và C hội đàm …') is none of its people", () => {
    const lead = "Chiều 20/3/2019, tại Hà Nội, Thượng tướng Nguyễn Chí Vịnh, Thứ trưởng Bộ Quốc phòng, đã tiếp ông Umeda Kunio, Đại sứ Nhật Bản tại Việt Nam.";
    const spoke = (verb: string) => `Thượng tướng Nguyễn Chí Vịnh ${verb} quan hệ quốc phòng hai nước phát triển mạnh kể từ khi Đại tướng Ngô Xuân Lịch và Bộ trưởng Quốc phòng Nhật Bản Onodera Itsunori hội đàm tại Tokyo ngày 12/4/2018.`;
    for (const verb of ["cho rằng", "nhấn mạnh", "khẳng định"]) {
      assert.deepEqual(summary(extract([lead, spoke(verb)])).at(-1), "2018-04-12/2018-04-12 talks in_person Tokyo: Ngô Xuân Lịch (Đại tướng) + Onodera Itsunori (-)", verb);
    }
    // One side named after the verb: the speaker may be the other, as told.
    const own = "Thượng tướng Nguyễn Chí Vịnh cho biết ngày 12/2/2019 ông đã điện đàm với Bộ trưởng Quốc phòng Nhật Bản Iwaya Takeshi.";
    assert.match(summary(extract([lead, own])).at(-1)!, /Nguyễn Chí Vịnh \(Thượng tướng\) \+ Iwaya Takeshi/);
  });

  it("a fronted 'Gặp B' whose clause opens with the two sides ('Gặp Bộ trưởng Quốc phòng Nhật Bản, hai bên …') is an encounter", () => {
    const lead = "Nhân dịp dự Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng tại Jakarta, ngày 16/11/2023, Đại tướng Phan Văn Giang đã có các cuộc gặp song phương với người đồng cấp một số nước.";
    const met = "Gặp Bộ trưởng Quốc phòng Nhật Bản, hai bên nhất trí tăng cường hợp tác về an ninh hàng hải.";
    const named = "Đại tướng Phan Văn Giang đề nghị Bộ trưởng Kihara Minoru tiếp tục ủng hộ Việt Nam trong lĩnh vực gìn giữ hòa bình.";
    assert.deepEqual(summary(extract([lead, met, named])), ["2023-11-16/2023-11-16 reception in_person Jakarta: Phan Văn Giang (Đại tướng) + Kihara Minoru (-)"]);
    // Not a clause of anything else after the comma: "Gặp gỡ báo chí, …" names no one met.
    assert.deepEqual(summary(extract([lead, "Gặp Bộ trưởng Quốc phòng Nhật Bản, theo kế hoạch, sẽ diễn ra vào buổi chiều.", named])), []);
  });

  it("keeps to defence and security: foreign ministers on trade are out, the same talks about defence are in", () => {
    const trade = "Sáng 14/3/2022, tại Tokyo, Bộ trưởng Ngoại giao Bùi Thanh Sơn hội đàm với Bộ trưởng Ngoại giao Nhật Bản Hayashi Yoshimasa về thương mại và đầu tư.";
    const headline = "Hai Bộ trưởng Ngoại giao hội đàm";
    assert.deepEqual(summary(extract([trade], { headline })), []);
    assert.equal(summary(extract([trade, "Hai bên cũng trao đổi về hợp tác an ninh hàng hải."], { headline })).length, 1);
    // Defence as one field in a list of many is the agenda of a summit, not its subject; told on its own, it is.
    const summit = "Chiều 21/9/2023, tại Tokyo, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Nhật Bản Kishida Fumio.";
    assert.deepEqual(summary(extract([summit, "Hai bên bàn cách thúc đẩy hợp tác về đầu tư, du lịch, quốc phòng, giáo dục và y tế."], { headline: "Hai Thủ tướng hội đàm" })), []);
    assert.equal(summary(extract([summit, "Hai bên bàn cách thúc đẩy hợp tác quốc phòng giữa hai nước."], { headline: "Hai Thủ tướng hội đàm" })).length, 1);
    // A participant with a military rank brings the meeting into scope whatever the article talks about.
    assert.equal(summary(extract(["Chiều 8/6/2023, Thủ tướng Phạm Minh Chính tiếp Đô đốc Yoshida Yoshihide bàn về kinh tế."], { headline })).length, 1);
  });

  it("does not make a meeting of a background mention, a plan, an invitation or greetings passed on", () => {
    const x = extract([
      "Ngày 5/3/2019, Thượng tướng Phan Văn Giang cho biết hai bên sẽ hội đàm với Bộ trưởng Iwaya Takeshi vào năm sau.",
      "Thượng tướng Phan Văn Giang mời Bộ trưởng Iwaya Takeshi thăm Việt Nam và tham dự Hội nghị ADMM+.",
      "Thượng tướng Phan Văn Giang chuyển lời thăm hỏi tới Bộ trưởng Iwaya Takeshi.",
      "Đại tướng Ngô Xuân Lịch đánh giá cao việc Nhật Bản tổ chức thành công Hội thảo về gìn giữ hòa bình.",
    ]);
    assert.deepEqual(summary(x), []);
  });

  it("leaves out the one whose greetings are passed on: after 'của' or 'từ', across an apposition, or on whose behalf at the head of a sentence", () => {
    const pair = "Yamamoto Kenta (Đô đốc) + Phan Văn Giang (Đại tướng)";
    for (const sentence of [
      "Sáng 12/5/2024, tại Hà Nội, Đô đốc Yamamoto Kenta đã chào xã giao Đại tướng Phan Văn Giang và chuyển lời thăm hỏi từ Thủ tướng Nhật Bản Mizuno Ren.",
      "Sáng 12/5/2024, tại Hà Nội, Đô đốc Yamamoto Kenta đã chào xã giao Đại tướng Phan Văn Giang và gửi lời chào của Thủ tướng Nhật Bản, ngài Mizuno Ren.",
      "Sáng 12/5/2024, tại Hà Nội, Đô đốc Yamamoto Kenta đã chào xã giao Đại tướng Phan Văn Giang và chuyển lời thăm hỏi của Thủ tướng Nhật Bản Mizuno Ren, Bộ trưởng Quốc phòng Kuroda Haruki.",
      "Thay mặt Thủ tướng Nhật Bản Mizuno Ren, sáng 12/5/2024, Đô đốc Yamamoto Kenta đã chào xã giao Đại tướng Phan Văn Giang tại Hà Nội.",
    ]) assert.deepEqual(summary(extract([sentence])).map((m) => m.split(": ")[1]), [pair], sentence);
    // An apposition after a body, not a title, names someone else, who attends.
    const other = extract(["Sáng 12/5/2024, tại Hà Nội, Đô đốc Yamamoto Kenta đã chào xã giao Đại tướng Phan Văn Giang và chuyển lời chào của Bộ Quốc phòng Nhật Bản, ông Mizuno Ren, Thứ trưởng Quốc phòng Nhật Bản cùng dự."]);
    assert.deepEqual(summary(other).map((m) => m.split(": ")[1]), [`${pair} + Mizuno Ren (-)`]);
    // The sender named in the sentence after a lead that names the guest by title alone is not the guest.
    const lead = "Sáng 12/5/2024, tại Hà Nội, Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng, đã tiếp Tư lệnh Lực lượng Phòng vệ Biển Nhật Bản đang thăm chính thức Việt Nam.";
    const next = extract([lead, "Đô đốc Yamamoto Kenta chuyển lời thăm hỏi của Thủ tướng Nhật Bản, ngài Mizuno Ren, tới lãnh đạo Bộ Quốc phòng Việt Nam."]);
    assert.deepEqual(summary(next).map((m) => m.split(": ")[1]), ["Phan Văn Giang (Đại tướng) + Yamamoto Kenta (Đô đốc)"]);
  });

  it("reads a sentence opened by a time gone by ('Năm ngoái, …', 'Trước đây, …') with no day of its own as background, not an encounter of the article", () => {
    const lead = "Sáng 3/6/2023, tại Singapore, Đại tướng Phan Văn Giang đã gặp song phương Bộ trưởng Quốc phòng Nhật Bản Hamada Yasukazu.";
    const one = ["2023-06-03/2023-06-03 reception in_person Singapore: Phan Văn Giang (Đại tướng) + Hamada Yasukazu (-)"];
    for (const background of [
      "Năm ngoái, Bộ Quốc phòng hai nước đã ký Biên bản về hợp tác quân y.",
      "Trước đây, Đại tướng Phan Văn Giang đã hội đàm với Bộ trưởng Hamada Yasukazu tại Tokyo.",
    ]) assert.deepEqual(summary(extract([lead, background])), one, background);
    // With a day of its own it is an encounter of its own.
    const dated = summary(extract([lead, "Năm ngoái, ngày 12/9/2022, Đại tướng Phan Văn Giang đã điện đàm với Bộ trưởng Hamada Yasukazu."]));
    assert.equal(dated.length, 2);
  });

  it("takes the year a dated document's signing told relative to the article's time names ('Năm ngoái, hai Bộ đã ký …')", () => {
    // Nakatani Gen (minister December 2014 to August 2016) with Nguyễn Chí Vịnh: 3/3 fits 2015 and 2016; the
    // peacekeeping memorandum was signed in September 2015.
    const talks = "Chiều 3/3, tại Tokyo, Bộ trưởng Quốc phòng Nhật Bản Nakatani Gen đã hội đàm với Thượng tướng Nguyễn Chí Vịnh, Thứ trưởng Bộ Quốc phòng Việt Nam.";
    const signed = (when: string) => `${when}, hai Bộ Quốc phòng đã ký Bản ghi nhớ về hợp tác trong lĩnh vực gìn giữ hòa bình Liên hợp quốc.`;
    assert.deepEqual(summary(extract([talks, signed("Năm ngoái")], { dateline: null })).map((m) => m.split(" ")[0]), ["2016-03-03/2016-03-03"]);
    assert.deepEqual(summary(extract([talks], { dateline: null })), []);
    // "Hai năm trước" is no "năm trước" (last year).
    assert.deepEqual(summary(extract([talks, signed("Hai năm trước")], { dateline: null })), []);
  });

  it("reads the two people of the encounter before, on a day counted from publication ('Hôm qua, hai Bộ trưởng đã cùng dự …'), as another occasion", () => {
    const talks = "Chiều nay, tại Jakarta, Đại tướng Phan Văn Giang đã hội đàm với Bộ trưởng Quốc phòng Nhật Bản Kihara Minoru.";
    const forum = (when: string, verb: string, name: string) => `${when}, hai Bộ trưởng đã cùng ${verb} ${name}.`;
    for (const [verb, name] of [
      ["dự", "Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng"],
      ["tham gia", "cuộc gặp không chính thức Bộ trưởng Quốc phòng ASEAN - Nhật Bản"],
    ]) {
      const x = extract([talks, "Hai bên trao đổi về tình hình khu vực.", forum("Hôm qua", verb!, name!)], { dateline: "16/11/2023" });
      assert.deepEqual(summary(x).map((m) => m.split(" in_person")[0]), ["2023-11-16/2023-11-16 talks", "2023-11-15/2023-11-15 conference"], name);
      assert.deepEqual(x.encounters[1]!.participants.map((p) => p.name), ["Phan Văn Giang", "Kihara Minoru"]);
    }
    // "Cùng ngày" is the day of the talks: the same occasion's story, no other.
    assert.equal(extract([talks, forum("Cùng ngày", "dự", "Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng")], { dateline: "16/11/2023" }).encounters.length, 1);
  });

  it("reads the two sides as a subject with the field of their posts or their countries written ('hai Thứ trưởng Quốc phòng', 'Tư lệnh Hải quân hai nước Việt Nam và Nhật Bản'), their people named after", () => {
    const people = "Phía Việt Nam là Thượng tướng Hoàng Xuân Chiến; phía Nhật Bản là ông Masuda Kazuo.";
    for (const subject of ["hai Thứ trưởng Quốc phòng", "Thứ trưởng Quốc phòng hai nước Việt Nam và Nhật Bản", "Thứ trưởng hai nước Nhật - Việt", "hai Thứ trưởng Bộ Quốc phòng"]) {
      const x = extract([`Sáng 21/11/2022, ${subject} đã tiến hành hội đàm tại Tokyo.`, people]);
      assert.deepEqual(summary(x), ["2022-11-21/2022-11-21 talks in_person Tokyo: Hoàng Xuân Chiến (Thượng tướng) + Masuda Kazuo (-)"], subject);
    }
    // Another pair of countries is not the two sides.
    assert.deepEqual(summary(extract(["Sáng 21/11/2022, Thứ trưởng Quốc phòng hai nước Việt Nam và Ấn Độ đã tiến hành hội đàm tại Tokyo.", people])), []);
  });

  it("reads a passive clause of a host's marker ('… rồi được C tiếp') as C receiving the sentence's subject, on the day written in that clause", () => {
    const day = (x: ArticleExtraction) => x.encounters.map((e) => `${e.type} ${e.date.date_start} ${e.date.time_of_day ?? "-"}: ${e.participants.map((p) => p.name).join(" + ")}`);
    for (const link of ["rồi", "và", ", sau đó"]) {
      const x = extract([`Bộ trưởng Kihara Minoru hội đàm với Đại tướng Phan Văn Giang chiều 4/11${link.startsWith(",") ? "" : " "}${link} được Chủ tịch nước Võ Văn Thưởng đón tiếp sáng 5/11.`], { dateline: "Thứ Hai, 6/11/2023" });
      assert.deepEqual(day(x), ["talks 2023-11-04 afternoon: Kihara Minoru + Phan Văn Giang", "reception 2023-11-05 morning: Võ Văn Thưởng + Kihara Minoru"], link);
    }
    // One day written for the sentence, before both: it dates both.
    assert.deepEqual(day(extract(["Chiều 4/11, Bộ trưởng Kihara Minoru hội đàm với Đại tướng Phan Văn Giang rồi được Chủ tịch nước Võ Văn Thưởng tiếp."], { dateline: "Thứ Hai, 6/11/2023" })), [
      "talks 2023-11-04 afternoon: Kihara Minoru + Phan Văn Giang",
      "reception 2023-11-04 afternoon: Võ Văn Thưởng + Kihara Minoru",
    ]);
  });

  it("reads a passive host given by title alone ('… rồi được Thủ tướng tiếp') as the one holder of that title the article names on the other side", () => {
    const day = (x: ArticleExtraction) => x.encounters.map((e) => `${e.type} ${e.date.date_start} ${e.date.time_of_day ?? "-"}: ${e.participants.map((p) => p.name).join(" + ")}`);
    const visit = "Bộ trưởng Kihara Minoru hội đàm với Đại tướng Phan Văn Giang sáng 4/11 rồi được Thủ tướng tiếp tại trụ sở Chính phủ chiều 5/11.";
    const x = extract(["Thủ tướng Phạm Minh Chính mong muốn hai nước mở rộng hợp tác quốc phòng, nhất là trong gìn giữ hòa bình.", visit], { dateline: "Thứ Hai, 6/11/2023" });
    assert.deepEqual(day(x), ["talks 2023-11-04 morning: Kihara Minoru + Phan Văn Giang", "reception 2023-11-05 afternoon: Phạm Minh Chính + Kihara Minoru"]);
    // A marker before the passive clause that names no one ("dịp hai bên ký …") is not the reception's: its document
    // is signed at the talks.
    const signed = extract(["Thủ tướng Phạm Minh Chính mong muốn Việt Nam và Nhật Bản mở rộng hợp tác quốc phòng.", "Bộ trưởng Kihara Minoru hội đàm với Đại tướng Phan Văn Giang sáng 4/11, dịp hai bên ký Bản ghi nhớ về hợp tác an ninh mạng, rồi được Thủ tướng tiếp chiều 5/11."], { dateline: "Thứ Hai, 6/11/2023" });
    assert.deepEqual(day(signed), ["talks 2023-11-04 morning: Kihara Minoru + Phan Văn Giang", "reception 2023-11-05 afternoon: Phạm Minh Chính + Kihara Minoru"]);
    assert.deepEqual(signed.agreements.map((a) => [a.status, a.encounter === null ? null : signed.encounters[a.encounter]!.type]), [["signed_here", "talks"]]);
    // After an undated lead that tells the reception ("Tiếp B, A đề nghị …"), the sentence that dates it is the one read.
    const lead = "Tiếp Bộ trưởng Quốc phòng Nhật Bản Kihara Minoru, Thủ tướng Phạm Minh Chính đề nghị hai nước mở rộng hợp tác quốc phòng.";
    const dated = extract([lead, "Bộ trưởng Kihara hội đàm với Đại tướng Phan Văn Giang chiều thứ Hai rồi được Thủ tướng tiếp tại trụ sở Chính phủ sáng hôm qua."], { dateline: "Thứ Tư, 8/11/2023" });
    assert.deepEqual(day(dated), ["talks 2023-11-06 afternoon: Kihara Minoru + Phan Văn Giang", "reception 2023-11-07 morning: Phạm Minh Chính + Kihara Minoru"]);
    // No holder of the title named anywhere: no reception guessed, the talks as before.
    assert.deepEqual(day(extract([visit], { dateline: "Thứ Hai, 6/11/2023" })), ["talks 2023-11-04 morning: Kihara Minoru + Phan Văn Giang"]);
    // Nor when the one holder named is of the guest's side: the host is of the other.
    assert.deepEqual(day(extract(["Thủ tướng Nhật Bản Kishida Fumio mong muốn hai nước mở rộng hợp tác quốc phòng.", visit], { dateline: "Thứ Hai, 6/11/2023" })), ["talks 2023-11-04 morning: Kihara Minoru + Phan Văn Giang"]);
  });

  it("reads a guest given only as 'ông' (the passive subject, or the word after the marker) as the one person of that side in the encounter told just before", () => {
    const day = (x: ArticleExtraction) => x.encounters.map((e) => `${e.type} ${e.date.date_start} ${e.date.time_of_day ?? "-"}: ${e.participants.map((p) => p.name).join(" + ")}`);
    const talks = "Sáng 14/3, tại Tokyo, Thượng tướng Hoàng Xuân Chiến hội đàm với Thứ trưởng Quốc phòng Nhật Bản Masuda Kazuo.";
    for (const second of [
      "Chiều 15/3, ông được Bộ trưởng Quốc phòng Nhật Bản Hamada Yasukazu tiếp tại trụ sở Bộ Quốc phòng.",
      "Chiều 15/3, Bộ trưởng Quốc phòng Nhật Bản Hamada Yasukazu tiếp ông tại trụ sở Bộ Quốc phòng.",
      "Chiều 15/3, Bộ trưởng Quốc phòng Nhật Bản Hamada Yasukazu đã tiếp ông.",
    ]) {
      assert.deepEqual(day(extract([talks, second], { dateline: "Thứ Năm, 16/3/2023" })), [
        "talks 2023-03-14 morning: Hoàng Xuân Chiến + Masuda Kazuo",
        "reception 2023-03-15 afternoon: Hoàng Xuân Chiến + Hamada Yasukazu",
      ], second);
    }
    // "ông" before a name is that person.
    assert.deepEqual(day(extract([talks, "Chiều 15/3, Bộ trưởng Quốc phòng Nhật Bản Hamada Yasukazu tiếp ông Hoàng Xuân Chiến."], { dateline: "Thứ Năm, 16/3/2023" })).at(-1), "reception 2023-03-15 afternoon: Hamada Yasukazu + Hoàng Xuân Chiến");
  });

  it("a marker in a relative clause ('… đầu tiên mà B tiếp đón …', 'người mà ông đã gặp …') describes a noun: no encounter told", () => {
    const day = (body: string[]) => extract(body, { dateline: "Thứ Ba, 7/11/2023" }).encounters.map((e) => `${e.type} ${e.date.date_start}: ${e.participants.map((p) => p.name).join(" + ")}`);
    assert.deepEqual(day(["Tối 6/11, Đại tướng Phan Văn Giang lên đường thăm Nhật Bản. Đại tướng Phan Văn Giang là vị khách quốc phòng đầu tiên mà Bộ trưởng Kihara Minoru đón tiếp kể từ khi nhậm chức."]), []);
    assert.deepEqual(day(["Chiều 6/11, Bộ trưởng Kihara Minoru tiếp Đại tướng Phan Văn Giang, người mà ông đã gặp tại Singapore."]), ["reception 2023-11-06: Kihara Minoru + Phan Văn Giang"]);
    // "mà còn" joins two things done: the talks are told.
    assert.deepEqual(day(["Sáng 6/11, Đại tướng Phan Văn Giang không chỉ thăm Bộ Quốc phòng Nhật Bản mà còn hội đàm với Bộ trưởng Kihara Minoru."]), ["talks 2023-11-06: Phan Văn Giang + Kihara Minoru"]);
  });

  it("a sentence naming no one and writing no day that tells the encounter before was online ('Hội nghị được tổ chức theo hình thức trực tuyến.') makes it online, with no place", () => {
    const row = (body: string[]) => extract(body, { dateline: "Thứ Năm, 9/12/2021" }).encounters.map((e) => `${e.type} ${e.format} ${e.place?.name ?? "-"}: ${e.participants.map((p) => p.name).join(" + ")}`);
    const talks = "Chiều 8/12, tại Hà Nội, Thượng tướng Hoàng Xuân Chiến hội đàm với Thứ trưởng Quốc phòng Nhật Bản Oniki Makoto.";
    assert.deepEqual(row([talks, "Cuộc hội đàm được tiến hành theo hình thức trực tuyến do dịch bệnh."]), ["talks online -: Hoàng Xuân Chiến + Oniki Makoto"]);
    assert.deepEqual(row([talks]), ["talks in_person Hanoi: Hoàng Xuân Chiến + Oniki Makoto"]);
    const consultation = ["Chiều 8/12, Bộ Tư lệnh Hải quân Việt Nam và Lực lượng Phòng vệ Biển Nhật Bản tổ chức Hội nghị tham vấn hải quân lần thứ 5.", "Chủ trì phía Việt Nam là Phó Đô đốc Phạm Hoài Nam, Tư lệnh Hải quân. Phía Nhật Bản do Đô đốc Yamamura Hiroshi, Tham mưu trưởng Lực lượng Phòng vệ Biển, chủ trì."];
    assert.deepEqual(row([...consultation, "Hội nghị được tổ chức theo hình thức trực tuyến do ảnh hưởng của dịch bệnh."]).map((r) => r.split(":")[0]), ["conference online -"]);
    // One on a day of its own is another encounter's story, not this one's format.
    assert.equal(row([talks, "Ngày 3/12, cuộc hội đàm được tiến hành theo hình thức trực tuyến."]).filter((r) => r.includes("in_person Hanoi")).length, 1);
  });

  it("a signing whose clause counts its year back from the publication ('năm ngoái tháng 10 ký kết …') is another year's: no part of the encounter before", () => {
    const types = (body: string[]) => extract(body, { dateline: "Thứ Ba, 5/6/2018" }).encounters.map((e) => `${e.type} ${e.date.date_start}`);
    const meeting = "Sáng 3/6, tại Singapore, Đại tướng Ngô Xuân Lịch có cuộc gặp song phương với Bộ trưởng Onodera Itsunori.";
    for (const when of ["năm ngoái tháng 10", "tháng 10 năm ngoái"]) {
      const told = `Đại tướng Ngô Xuân Lịch đề nghị Bộ trưởng Onodera Itsunori thúc đẩy các dự án, cũng nói hai nước ${when} ký kết Bản ghi nhớ về hợp tác tìm kiếm cứu nạn.`;
      assert.deepEqual(types([`${meeting} ${told}`]), ["reception 2018-06-03"], when);
      // With no publication date (the meeting's year written in its own sentence): counted back all the same.
      const undated = extract([`${meeting.replace("3/6", "3/6/2018")} ${told}`], { dateline: null });
      assert.deepEqual(undated.encounters.map((e) => `${e.type} ${e.date.date_start}`), ["reception 2018-06-03"], `${when}, no date line`);
    }
    // Signed at the meeting, with no year counted back: its signing.
    assert.deepEqual(types([`${meeting} Đại tướng Ngô Xuân Lịch và Bộ trưởng Onodera Itsunori cũng ký kết Bản ghi nhớ về hợp tác tìm kiếm cứu nạn.`]), ["signing 2018-06-03"]);
  });

  it("with no year written anywhere, a signing whose clause writes a year alone, not the year the encounter before was given from its people's posts, is another year's", () => {
    const rows = (told: string) => extract([`Sáng 3/6, tại Singapore, Đại tướng Ngô Xuân Lịch có cuộc gặp song phương với Bộ trưởng Onodera Itsunori. ${told}`], { dateline: null }).encounters.map((e) => `${e.type} ${e.date.date_start}`);
    // (Onodera's second term, from 2017-08, and Ngô Xuân Lịch's, to 2021-04, meet in 2018 alone for a 3 June.)
    assert.deepEqual(rows("Đại tướng Ngô Xuân Lịch mong Bộ trưởng Onodera Itsunori thúc đẩy các dự án, và nhắc lại hai nước năm 2011 tháng 10 ký kết Bản ghi nhớ về hợp tác và giao lưu quốc phòng."), ["reception 2018-06-03"]);
    // No year in the clause: its signing, as before.
    assert.deepEqual(rows("Đại tướng Ngô Xuân Lịch và Bộ trưởng Onodera Itsunori cũng ký kết Bản ghi nhớ về hợp tác tìm kiếm cứu nạn."), ["signing 2018-06-03"]);
  });

  it("the two people of the encounter before as its subject or after its marker ('hai Bộ trưởng', 'cuộc điện đàm giữa hai Bộ trưởng'), at another time a month of its own dates: they, dated by that month", () => {
    const rows = (body: string[]) => extract(body, { dateline: "Thứ Năm, 21/11/2024" }).encounters.map((e) => `${e.type} ${e.date.date_start}/${e.date.date_end}: ${e.participants.map((p) => p.name).join(" + ")}`);
    const talks = "Chiều 20/11, tại Tokyo, Đại tướng Phan Văn Giang hội đàm với Bộ trưởng Quốc phòng Nhật Bản Nakatani Gen.";
    const expected = ["talks 2024-11-20/2024-11-20: Phan Văn Giang + Nakatani Gen", "call 2024-10-01/2024-10-31: Phan Văn Giang + Nakatani Gen"];
    assert.deepEqual(rows([talks, "Kế hoạch hợp tác này được thống nhất từ cuộc điện đàm giữa hai Bộ trưởng hồi tháng 10 vừa qua."]), expected);
    assert.deepEqual(rows([talks, "Hồi tháng 10, hai Bộ trưởng đã điện đàm về hợp tác an ninh mạng."]), expected);
    // "hai bên", the sides, whose people another time may be others: not they.
    assert.deepEqual(rows([talks, "Hồi tháng 10, hai bên đã điện đàm về hợp tác an ninh mạng."]), expected.slice(0, 1));
  });

  it("'đàm phán' with a document after it ('đàm phán một Bộ quy tắc …') is negotiating that document, no encounter to type the one told", () => {
    const types = (said: string) => extract(["Chiều 8/3, tại Hà Nội, Thượng tướng Hoàng Xuân Chiến và ông Masuda Kazuo, Thứ trưởng Bộ Quốc phòng Nhật Bản, đồng chủ trì Đối thoại Chính sách quốc phòng Việt Nam - Nhật Bản.", said], { dateline: "Thứ Sáu, 9/3/2018" }).encounters.map((e) => e.type);
    assert.deepEqual(types("Thượng tướng Hoàng Xuân Chiến đề nghị các bên kiềm chế, tôn trọng luật pháp quốc tế và sớm hoàn tất đàm phán một Bộ quy tắc ứng xử thực chất."), ["dialogue"]);
    assert.deepEqual(types("Thượng tướng Hoàng Xuân Chiến thông tin ASEAN và Trung Quốc đang đàm phán Bộ quy tắc ứng xử ở Biển Đông."), ["dialogue"]);
  });

  it("reads no Japanese name out of the last two words of a name of three right after a title ('Thứ trưởng Choi Jae Min'): no Vietnam–Japan meeting with a Korean", () => {
    const met = (guest: string) => extract([`Chiều 7/11, tại Hà Nội, Thượng tướng Hoàng Xuân Chiến đồng chủ trì Đối thoại Chính sách quốc phòng với ${guest}. Việt Nam có cơ chế đối thoại quốc phòng với Nhật Bản và Hàn Quốc.`], { dateline: "Thứ Năm, 7/11/2019" }).encounters.map((e) => e.participants.map((p) => `${p.name} ${p.country}`).join(" + "));
    for (const korean of ["Thứ trưởng Choi Jae Min", "Thứ trưởng Kang Yu Mi", "ông Song Ta Ro"]) assert.deepEqual(met(korean), [], korean);
    // A two-word name right after the title, or after the title's country: as before.
    assert.deepEqual(met("Thứ trưởng Masuda Kazuo"), ["Hoàng Xuân Chiến VN + Masuda Kazuo JP"]);
    assert.deepEqual(met("Thứ trưởng Quốc phòng Nhật Bản Masuda Kazuo"), ["Hoàng Xuân Chiến VN + Masuda Kazuo JP"]);
  });

  it("reads 'hai Thứ trưởng đồng chủ trì Đối thoại' as the two holders of the title co-chairing, each named elsewhere in the article (the host as the one who invited)", () => {
    const visit = "Nhận lời mời của Thứ trưởng Quốc phòng Nhật Bản Yamada Ichiro, Thượng tướng Hoàng Xuân Chiến dẫn đầu đoàn đại biểu Bộ Quốc phòng Việt Nam thăm Nhật Bản từ ngày 9 đến 12/9.";
    const rows = (told: string) => extract([visit, told], { dateline: "Thứ Năm, 12/9/2024" }).encounters.map((e) => `${e.type} ${e.date.date_start}: ${e.participants.map((p) => p.name).join(" + ")}`);
    for (const told of ["Ngày 10/9, tại Tokyo, hai Thứ trưởng đã đồng chủ trì Đối thoại Chính sách quốc phòng Việt Nam - Nhật Bản.", "Ngày 10/9, hai Thứ trưởng cùng chủ trì Đối thoại Chính sách quốc phòng."]) {
      assert.deepEqual(rows(told), ["dialogue 2024-09-10: Yamada Ichiro + Hoàng Xuân Chiến"], told);
    }
  });

  it("a sentence whose opening clause writes a year alone, another than the encounter before's ('Trong chuyến thăm năm 2022, B đã hội đàm với A'), is another time's: not that encounter told on", () => {
    const reception = "Hôm qua, tại Hà Nội, Đại tướng Phan Văn Giang tiếp Đô đốc Sakai Ryo, Tham mưu trưởng Lực lượng Phòng vệ Biển Nhật Bản.";
    const x = extract([`${reception} Trong chuyến thăm năm 2022, Đô đốc Sakai Ryo đã hội đàm với Đại tướng Phan Văn Giang và thăm Hải Phòng.`], { dateline: "Thứ Năm, 14/9/2023" });
    assert.deepEqual(x.encounters.map((e) => `${e.type} ${e.date.date_start}`), ["reception 2023-09-13"]);
    assert.match(x.leftOut.map((l) => l.reason).join(" | "), /a year alone/);
    // The year of the encounter before in that clause: told on, as before.
    const y = extract([`${reception} Trong chuyến thăm năm 2023 này, Đô đốc Sakai Ryo cũng hội đàm với Đại tướng Phan Văn Giang.`], { dateline: "Thứ Năm, 14/9/2023" });
    assert.deepEqual(y.leftOut.map((l) => l.reason).filter((r) => /a year alone/.test(r)), []);
  });

  it("of several days one sentence writes, dates the encounter by the one in its marker's clause ('đến … tối thứ Năm, hội đàm … chiều thứ Sáu rồi rời …')", () => {
    const day = (body: string) => extract([body], { dateline: "Thứ Hai, 13/11/2023" }).encounters.map((e) => `${e.date.date_start} ${e.date.time_of_day ?? "-"}`);
    assert.deepEqual(day("Đại tướng Phan Văn Giang đến Tokyo chiều thứ Tư, hội đàm với Bộ trưởng Kihara Minoru sáng thứ Năm rồi về nước hôm qua."), ["2023-11-09 morning"]);
    assert.deepEqual(day("Đại tướng Phan Văn Giang đến Tokyo ngày 8/11, hội đàm với Bộ trưởng Kihara Minoru ngày 9/11."), ["2023-11-09 -"]);
    // None in its clause: the sentence's first, as before.
    assert.deepEqual(day("Sáng 9/11, Đại tướng Phan Văn Giang hội đàm với Bộ trưởng Kihara Minoru, người vừa nhậm chức ngày 13/9."), ["2023-11-09 morning"]);
  });

  it("a sentence with a year of its own and no day, another than the encounter before's, is another time's: not that encounter told on", () => {
    const reception = "Chiều 6/11, tại Hà Nội, Đại tướng Phan Văn Giang tiếp Bộ trưởng Kihara Minoru.";
    const x = extract([reception, "Đại tướng Phan Văn Giang và Bộ trưởng Kihara Minoru nhắc lại hai nước năm 2011 ký kết bản ghi nhớ về hợp tác quốc phòng."], { dateline: "Thứ Ba, 7/11/2023" });
    assert.deepEqual(x.encounters.map((e) => `${e.type} ${e.date.date_start}`), ["reception 2023-11-06"]);
    assert.match(x.leftOut.map((l) => l.reason).join(" | "), /a year alone/);
    // The year of the encounter before: that encounter told on, as before.
    const y = extract([reception, "Đại tướng Phan Văn Giang và Bộ trưởng Kihara Minoru khẳng định năm 2023 là năm hợp tác quốc phòng hai nước phát triển mạnh và đã ký kết bản ghi nhớ về an ninh mạng."], { dateline: "Thứ Ba, 7/11/2023" });
    assert.deepEqual(y.leftOut.map((l) => l.reason).filter((r) => /a year alone/.test(r)), []);
  });

  it("an encounter on the sidelines of a forum both sides attend is a meeting of its own, though a clause that dates it comes before the setting ('Sáng 5/6, bên lề hội nghị, …')", () => {
    const forum = "Hội nghị Tư lệnh Hải quân khu vực Tây Thái Bình Dương diễn ra tại Tokyo từ ngày 4 đến 6/6, với sự tham dự của Đô đốc Trần Thanh Nghiêm và Đô đốc Saito Akira.";
    for (const [bilateral, dateline] of [
      ["Sáng 5/6, bên lề hội nghị, hai Tư lệnh đã hội đàm.", "Thứ Bảy, 8/6/2024"],
      ["Bên lề hội nghị, sáng 5/6, hai Tư lệnh đã hội đàm.", "Thứ Bảy, 8/6/2024"],
      // The day written with a dot, or in brackets after a relative day: the same clause that only dates the sentence.
      ["Sáng 5.6, bên lề hội nghị, hai Tư lệnh đã hội đàm.", "Thứ Bảy, 8/6/2024"],
      ["Hôm nay (5/6), bên lề hội nghị, hai Tư lệnh đã hội đàm.", "Thứ Tư, 5/6/2024"],
    ] as const) {
      const x = extract([forum, bilateral], { dateline });
      assert.deepEqual(x.encounters.map((e) => `${e.type} ${e.date.date_start}/${e.date.date_end}`), ["conference 2024-06-04/2024-06-06", "talks 2024-06-05/2024-06-05"], bilateral);
    }
  });

  it("the title before 'hai nước' names each side's one holder ('Thứ trưởng Quốc phòng hai nước … đã hội đàm'), found wherever the article names them", () => {
    const x = extract([
      "Ngày 14/9/2022, Thứ trưởng Quốc phòng hai nước Việt Nam và Nhật Bản đã hội đàm tại Tokyo.",
      "Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng, thăm Nhật Bản theo lời mời của Thứ trưởng Quốc phòng Nhật Bản Oka Masami.",
    ]);
    assert.deepEqual(summary(x), ["2022-09-14/2022-09-14 talks in_person Tokyo: Hoàng Xuân Chiến (Thượng tướng) + Oka Masami (-)"]);
  });

  it("reads 'ở đầu cầu <city> là …' as naming a side of an online encounter, as 'điểm cầu' is", () => {
    const x = extract(["Chiều 12/9/2021, hai bên đã hội đàm trực tuyến về hợp tác quốc phòng.", "Ở đầu cầu Hà Nội là Đại tướng Phan Văn Giang; ở đầu cầu Tokyo là Bộ trưởng Kishi Nobuo."]);
    assert.deepEqual(x.encounters.map((e) => `${e.type} ${e.format}: ${e.participants.map((p) => p.name).join(" + ")}`), ["talks online: Phan Văn Giang + Kishi Nobuo"]);
  });

  it("takes the other side of an online forum from a sentence near it that tells its people join from afar ('kết nối từ Tokyo')", () => {
    const forum = "Chiều 9/12/2021, Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng diễn ra theo hình thức trực tuyến; Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng, dự từ điểm cầu Hà Nội.";
    const people = (x: ArticleExtraction) => x.encounters.map((e) => e.participants.map((p) => p.name).join(" + "));
    for (const afar of ["Bộ trưởng Quốc phòng Nhật Bản Kishi Nobuo kết nối từ Tokyo và phát biểu về an ninh hàng hải.", "Từ điểm cầu Tokyo, Bộ trưởng Quốc phòng Nhật Bản Kishi Nobuo nêu quan điểm về an ninh hàng hải."]) {
      assert.deepEqual(people(extract([forum, afar])), ["Phan Văn Giang + Kishi Nobuo"], afar);
    }
    // (Without those words, a minister's view told nearby says nothing of who took part.)
    assert.deepEqual(people(extract([forum, "Bộ trưởng Quốc phòng Nhật Bản Kishi Nobuo nêu quan điểm về an ninh hàng hải."])), ["Phan Văn Giang"]);
  });

  it("places an encounter on a forum's sidelines in the city the sentence travels to ('sang Jakarta dự …')", () => {
    const x = extract(["Chiều 2/4/2024, nhân dịp sang Jakarta dự Hội nghị Tư lệnh Lực lượng Quốc phòng ASEAN, Thượng tướng Hoàng Xuân Chiến đã có cuộc gặp với Thứ trưởng Quốc phòng Nhật Bản Masuda Kazuo."]);
    assert.deepEqual(summary(x).map((m) => m.split(": ")[0]), ["2024-04-02/2024-04-02 reception in_person Jakarta"]);
  });

  it("places an encounter at the city of a dispatch's dateline as a translation from Chinese writes it ('… Hà Nội ngày 10 tháng 11 điện')", () => {
    const x = extract(["Thông tấn xã Hà Nội ngày 10 tháng 11 điện (Phóng viên) Chiều 10/11/2015, Bộ trưởng Quốc phòng Nhật Bản Nakatani Gen đã hội đàm với Thượng tướng Nguyễn Chí Vịnh."]);
    assert.deepEqual(summary(x).map((m) => m.split(": ")[0]), ["2015-11-10/2015-11-10 talks in_person Hanoi"]);
    // With no agency, the city first; the day with its year or without; the encounter's own sentence naming no place.
    for (const line of ["Tokyo ngày 4 tháng 9 điện -", "Tokyo ngày 4 tháng 9 năm 2023 điện -", "Đông Kinh 4 tháng 9 ngày điện -"]) {
      const y = extract([`${line} Thượng tướng Hoàng Xuân Chiến ngày 4 cùng Thứ trưởng Quốc phòng Nhật Bản Masuda Kazuo tiến hành hội đàm.`], { dateline: "Thứ Ba, 5/9/2023" });
      assert.deepEqual(y.encounters.map((e) => e.place?.name ?? "-"), ["Tokyo"], line);
    }
    // Not a city that only opens the sentence.
    assert.deepEqual(extract(["Tokyo ngày càng coi trọng hợp tác: chiều 4/9, Thượng tướng Hoàng Xuân Chiến hội đàm với Thứ trưởng Quốc phòng Nhật Bản Masuda Kazuo."], { dateline: "Thứ Ba, 5/9/2023" }).encounters.map((e) => e.place?.name ?? "-"), ["-"]);
  });

  it("places an encounter at a city a translation from Chinese writes in pinyin ('tại Jilongpo', 'Tân Hoa Xã Mangu … điện')", () => {
    const at = (where: string) => summary(extract([`Ngày 3/11/2019, Thượng tướng Nguyễn Chí Vịnh đã hội đàm với Thứ trưởng Quốc phòng Nhật Bản Masuda Kazuo ${where}.`])).map((m) => m.split(": ")[0]);
    assert.deepEqual(at("tại Jilongpo"), ["2019-11-03/2019-11-03 talks in_person Kuala Lumpur"]);
    // (Only a place's name read in pinyin: not any word of the kind.)
    assert.deepEqual(at("tại Jilongba"), ["2019-11-03/2019-11-03 talks in_person -"]);
    const wire = extract(["Tân Hoa Xã Mangu ngày 3 tháng 11 điện (Phóng viên) Chiều 3/11/2019, Thượng tướng Nguyễn Chí Vịnh đã hội đàm với Thứ trưởng Quốc phòng Nhật Bản Masuda Kazuo."]);
    assert.deepEqual(summary(wire).map((m) => m.split(": ")[0]), ["2019-11-03/2019-11-03 talks in_person Bangkok"]);
  });

  it("takes the body's sentence as a row's evidence, and the posts it writes in full, over a headline telling the same encounter in short", () => {
    const lead = "Sáng 12/5/2024, tại Hà Nội, Đại tướng Phan Văn Giang, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Quốc phòng, đã tiếp Đô đốc Yamamoto Kenta, Tham mưu trưởng Lực lượng Phòng vệ Biển Nhật Bản.";
    const x = extract([lead], { headline: "Bộ trưởng Phan Văn Giang tiếp Đô đốc Yamamoto Kenta" });
    assert.equal(x.encounters.length, 1);
    const e = x.encounters[0]!;
    assert.equal(e.sentence, lead);
    assert.deepEqual(e.participants.map((p) => [p.name, p.position, x.encounters[0]!.sentence.includes(p.position ?? "?")]), [
      ["Phan Văn Giang", "Bộ trưởng Bộ Quốc phòng", true],
      ["Yamamoto Kenta", "Tham mưu trưởng Lực lượng Phòng vệ Biển Nhật Bản", true],
    ]);
  });

  it("leaves out the one honoured at a mausoleum or a memorial the visitor goes to on the day of a call", () => {
    const pair = "Yamamoto Kenta (Đô đốc) + Phan Văn Giang (Đại tướng)";
    for (const sentence of [
      "Sáng 12/5/2024, tại Hà Nội, Đô đốc Yamamoto Kenta đã vào Lăng viếng Chủ tịch Hồ Chí Minh, sau đó chào xã giao Đại tướng Phan Văn Giang.",
      "Sáng 12/5/2024, tại Hà Nội, Đô đốc Yamamoto Kenta đã đặt vòng hoa tại Lăng Chủ tịch Hồ Chí Minh, chào xã giao Đại tướng Phan Văn Giang.",
      "Sáng 12/5/2024, tại Hà Nội, Đô đốc Yamamoto Kenta dâng hương tưởng niệm Đại tướng Võ Nguyên Giáp và chào xã giao Đại tướng Phan Văn Giang.",
    ]) assert.deepEqual(summary(extract([sentence])).map((m) => m.split(": ")[1]), [pair], sentence);
    // "thăm viếng" is a visit: the one visited is met (a translation's word order).
    const visit = "Sáng 12/5/2024, tại Tokyo, Đô đốc Yamamoto Kenta cùng đang thăm viếng Nhật Bản Đại tướng Phan Văn Giang tiến hành hội đàm.";
    assert.deepEqual(summary(extract([visit])).map((m) => m.split(": ")[1]), [pair]);
  });

  it("takes the host of a banquet attended ('dự chiêu đãi của X', 'dự tiệc của X') as present, not someone spoken of", () => {
    // (Other Japanese officials in other encounters of the article: the host is found in the sentence or not at all.)
    const others = [
      "Chiều 12/3/2024, Đại tướng Phan Văn Giang hội đàm với Bộ trưởng Quốc phòng Nhật Bản Kihara Minoru.",
      "Chiều 15/3/2024, Phó Thủ tướng Trần Lưu Quang tiếp Thứ trưởng Quốc phòng Nhật Bản Masuda Kazuo.",
    ];
    for (const words of ["dự chiêu đãi của", "dự tiệc chiêu đãi của", "dự tiệc trưa của"]) {
      const x = extract([others[0]!, `Sáng 14/3/2024, tại Tokyo, Thủ tướng Phạm Minh Chính đã hội đàm về hợp tác quốc phòng và ${words} Thủ tướng Nhật Bản Kishida Fumio.`, others[1]!]);
      assert.ok(summary(x).some((m) => m.startsWith("2024-03-14") && m.includes("Kishida Fumio")), `${words}: ${summary(x).join(" | ")}`);
    }
    // Still absent: the one whose invitation is spoken of.
    const invited = extract(["Tối 2/12/2024, tại Tokyo, Đại tướng Phan Văn Giang đã hội đàm với Tham mưu trưởng Liên quân Nhật Bản Yoshida Yoshihide theo lời mời của Bộ trưởng Quốc phòng Nhật Bản Nakatani Gen."]);
    assert.deepEqual(summary(invited).map((m) => m.split(": ")[1]), ["Phan Văn Giang (Đại tướng) + Yoshida Yoshihide (Đại tướng)"]);
  });

  it("reads 'của' before a country as part of a post ('Bộ trưởng Quốc phòng của Nhật Bản X', 'X của Nhật Bản và Y'), not as the possessor's cue", () => {
    const sides = (sentence: string) => summary(extract([sentence])).map((m) => m.split(": ")[1]);
    assert.deepEqual(sides("Sáng 9/4/2024, tại Hà Nội, Thứ trưởng Quốc phòng của Nhật Bản Masuda Kazuo đã hội đàm với Thượng tướng Hoàng Xuân Chiến."), ["Masuda Kazuo (-) + Hoàng Xuân Chiến (Thượng tướng)"]);
    assert.deepEqual(sides("Sáng 9/4/2024, tại Hà Nội, Thứ trưởng Masuda Kazuo của Nhật Bản và Thượng tướng Hoàng Xuân Chiến đã có cuộc gặp song phương."), ["Masuda Kazuo (-) + Hoàng Xuân Chiến (Thượng tướng)"]);
    // The possessor of an invitation is still absent.
    assert.deepEqual(sides("Sáng 9/4/2024, tại Hà Nội, Thượng tướng Hoàng Xuân Chiến đã hội đàm với Thứ trưởng Quốc phòng Nhật Bản Masuda Kazuo theo lời mời của Đại tướng Phan Văn Giang."), ["Hoàng Xuân Chiến (Thượng tướng) + Masuda Kazuo (-)"]);
  });

  it("takes the one greetings are passed to as the one met when no one else of their side is there, and as absent when someone is", () => {
    const met = extract(["Chiều 3/10/2024, Đại tướng Phan Văn Giang gửi lời chào của Chủ tịch nước tới Đại sứ Nhật Bản Ito Naoki khi tiếp ông tại Bộ Quốc phòng."]);
    assert.deepEqual(summary(met).map((m) => m.split(": ")[1]), ["Phan Văn Giang (Đại tướng) + Ito Naoki (-)"]);
    const through = extract(["Chiều 3/10/2024, Đại tướng Phan Văn Giang tiếp Đại sứ Nhật Bản Ito Naoki và nhờ Đại sứ chuyển lời thăm hỏi tới Bộ trưởng Quốc phòng Nhật Bản Nakatani Gen."]);
    assert.deepEqual(summary(through).map((m) => m.split(": ")[1]), ["Phan Văn Giang (Đại tướng) + Ito Naoki (-)"]);
    // Told as the setting of what was said, the encounter is the one before: its recipient is only spoken of.
    const setting = extract(["Chiều 3/10/2024, Đại tướng Phan Văn Giang tiếp Đại sứ Nhật Bản Ito Naoki.", "Tại buổi tiếp, Đại tướng Phan Văn Giang gửi lời chào tới Bộ trưởng Quốc phòng Nhật Bản Nakatani Gen."]);
    assert.deepEqual(summary(setting).map((m) => m.split(": ")[1]), ["Phan Văn Giang (Đại tướng) + Ito Naoki (-)"]);
  });

  it("needs both sides: a Vietnamese official alone is no meeting, unless at a conference Japan attends", () => {
    assert.deepEqual(summary(extract(["Ngày 4/3/2019, Thượng tướng Phan Văn Giang đã tiếp Đại sứ Hoa Kỳ."])), []);
    const x = extract(["Từ ngày 24-28/3/2010, Trung tướng Nguyễn Chí Vịnh, Thứ trưởng Bộ Quốc phòng, tham dự Hội nghị Quan chức Quốc phòng Cao cấp Nhật Bản-ASEAN tại Tokyo."]);
    assert.deepEqual(summary(x), ["2010-03-24/2010-03-28 conference in_person Tokyo: Nguyễn Chí Vịnh (Trung tướng)"]);
  });

  it("merges a welcome ceremony and the talks that follow into one meeting of the first type by precedence", () => {
    const x = extract([
      "Sáng 4/3/2019, tại Tokyo, Đô đốc Kawano Katsutoshi đã chủ trì lễ đón chính thức Thượng tướng Phan Văn Giang.",
      "Sau lễ đón, hai bên tiến hành hội đàm.",
    ]);
    assert.deepEqual(summary(x), ["2019-03-04/2019-03-04 talks in_person Tokyo: Kawano Katsutoshi (Đô đốc) + Phan Văn Giang (Thượng tướng)"]);
  });

  it("keeps two encounters of one day with different people apart, and 'Chiều cùng ngày' keeps the date", () => {
    const x = extract([
      "Ngày 16/9, Đại tướng Phùng Quang Thanh, Bộ trưởng Bộ Quốc phòng, hội đàm với Bộ trưởng Quốc phòng Nhật Bản Onodera Itsunori.",
      "Chiều cùng ngày, Thủ tướng Nguyễn Tấn Dũng đã tiếp Bộ trưởng Onodera Itsunori.",
    ]);
    assert.deepEqual(summary(x), [
      "2013-09-16/2013-09-16 talks in_person -: Phùng Quang Thanh (Đại tướng) + Onodera Itsunori (-)",
      "2013-09-16/2013-09-16 reception in_person -: Nguyễn Tấn Dũng (-) + Onodera Itsunori (-)",
    ]);
  });

  it("gives an encounter of 'Cùng ngày' the time of day its own sentence says, not the one of the encounter before", () => {
    const times = (second: string) =>
      extract(["Sáng 16/9/2013, Đại tướng Phùng Quang Thanh hội đàm với Bộ trưởng Quốc phòng Nhật Bản Onodera Itsunori.", second]).encounters.map((e) => e.date.time_of_day);
    assert.deepEqual(times("Cùng ngày, Thủ tướng Nguyễn Tấn Dũng đã tiếp Bộ trưởng Onodera Itsunori."), ["morning", null]);
    assert.deepEqual(times("Tối cùng ngày, Thủ tướng Nguyễn Tấn Dũng đã tiếp Bộ trưởng Onodera Itsunori."), ["morning", "evening"]);
    // A sentence with no date goes on with the occasion before: "Sau đó, hai bên ký …" stays in the morning.
    assert.deepEqual(times("Sau đó, Thủ tướng Nguyễn Tấn Dũng đã tiếp Bộ trưởng Onodera Itsunori."), ["morning", "morning"]);
  });

  it("reads 'tháng này' as the month of publication: a visit's span and a day of it", () => {
    const body = [
      "Từ ngày 14 đến 17 tháng này, Đại tướng Phan Văn Giang thăm chính thức Nhật Bản.",
      "Trong chuyến thăm, Đại tướng Phan Văn Giang hội đàm với Bộ trưởng Quốc phòng Nhật Bản Nakatani Gen.",
      "Ngày 16 tháng này, Đại tướng Phan Văn Giang hội kiến Thủ tướng Nhật Bản Ishiba Shigeru.",
    ];
    assert.deepEqual(summary(extract(body, { dateline: "Ngày đăng: 18/11/2024 09:30" })).map((x) => x.split(" ")[0]), ["2024-11-14/2024-11-17", "2024-11-16/2024-11-16"]);
    // With no publication date the month is unknown: nothing is dated by it.
    assert.deepEqual(summary(extract(body, { dateline: null })), []);
  });

  it("dates an encounter by a month written in words, or by the ten days of a month", () => {
    const body = [
      "Sáng 24/10, tại Hà Nội, Thượng tướng Hoàng Xuân Chiến tiếp Đại sứ Nhật Bản Ito Naoki.",
      "Hồi tháng Tám, Đại tướng Phan Văn Giang đã điện đàm với Bộ trưởng Quốc phòng Nhật Bản Kihara Minoru.",
      "Hạ tuần tháng 9, Thượng tướng Hoàng Xuân Chiến đã hội đàm với Thứ trưởng Quốc phòng Nhật Bản Masuda Kazuo tại Tokyo.",
    ];
    assert.deepEqual(summary(extract(body, { dateline: "Ngày đăng: 25/10/2024 08:15" })).map((x) => x.split(" ")[0]), ["2024-10-24/2024-10-24", "2024-08-01/2024-08-31", "2024-09-21/2024-09-30"]);
  });

  it("dates an encounter by its own day, not by the wire dateline before it, taking the dispatch's month and year", () => {
    const dated = (sentence: string) => summary(extract([sentence])).map((x) => x.split(" ")[0]);
    // The day of the encounter after a dispatch dated in words, or in figures in brackets.
    assert.deepEqual(dated("Hà Nội ngày 7 tháng 6 năm 2024 điện - Đại tướng Phan Văn Giang ngày 6 tại Hà Nội cùng Bộ trưởng Quốc phòng Nhật Bản Kihara Minoru tiến hành hội đàm."), ["2024-06-06/2024-06-06"]);
    assert.deepEqual(dated("Thông tấn xã Hà Nội điện (2024-06-07) Đại tướng Phan Văn Giang ngày 6 tại Hà Nội cùng Bộ trưởng Quốc phòng Nhật Bản Kihara Minoru tiến hành hội đàm."), ["2024-06-06/2024-06-06"]);
    // An outlet's report as a translation writes it ("… báo đạo ngày D tháng M -", 报道): the report's day, not the encounter's.
    assert.deepEqual(dated("Tin tức xã báo đạo ngày 7 tháng 6 năm 2024 - Đại tướng Phan Văn Giang ngày 6 tại Hà Nội cùng Bộ trưởng Quốc phòng Nhật Bản Kihara Minoru tiến hành hội đàm."), ["2024-06-06/2024-06-06"]);
    // A national agency's dateline: place, date, the agency's initials in brackets, a dash.
    assert.deepEqual(dated("Tokyo, 09/06/2024 (TTXVN) - Ngày 6/6, tại Tokyo, Đại tướng Phan Văn Giang đã hội đàm với Bộ trưởng Quốc phòng Nhật Bản Kihara Minoru."), ["2024-06-06/2024-06-06"]);
    assert.deepEqual(dated("Hà Nội, 7/6/2024 (VNA) – Chiều 5/6, Đại tướng Phan Văn Giang tiếp Bộ trưởng Quốc phòng Nhật Bản Kihara Minoru."), ["2024-06-05/2024-06-05"]);
    // A day after the dispatch's is of the month before; a dispatch alone dates the encounter.
    assert.deepEqual(dated("Tokyo ngày 2 tháng 7 năm 2024 điện - Đại tướng Phan Văn Giang ngày 30 tại Tokyo cùng Bộ trưởng Quốc phòng Nhật Bản Kihara Minoru tiến hành hội đàm."), ["2024-06-30/2024-06-30"]);
    assert.deepEqual(dated("Tokyo ngày 2 tháng 7 năm 2024 điện - Đại tướng Phan Văn Giang tại Tokyo cùng Bộ trưởng Quốc phòng Nhật Bản Kihara Minoru tiến hành hội đàm."), ["2024-07-02/2024-07-02"]);
    // An encounter dated by the article's first date: the first that is not the dispatch's.
    const body = [
      "Hà Nội ngày 7 tháng 6 năm 2024 điện - hai nước ngày 5 tại Hà Nội cử hành đối thoại chính sách quốc phòng lần thứ 10.",
      "Đối thoại do Thượng tướng Hoàng Xuân Chiến cùng Thứ trưởng Quốc phòng Nhật Bản Masuda Kazuo đồng chủ trì.",
    ];
    assert.deepEqual(summary(extract(body)).map((x) => x.split(" ")[0]), ["2024-06-05/2024-06-05"]);
  });

  it("a date written after a word opening what the subject did next ('…, rồi bay sang Osaka chiều nay') is that action's, not the encounter's", () => {
    const dateline = "Thứ Tư, 12/09/2018 18:00";
    const dates = (body: string) => extract([body], { dateline }).encounters.map((e) => `${e.date.date_start}/${e.date.date_end} ${e.date.precision}`);
    const met = "Đại tướng Ngô Xuân Lịch vừa hội đàm với Bộ trưởng Quốc phòng Nhật Bản Onodera Itsunori tại Tokyo";
    for (const later of ["rồi bay sang Osaka chiều nay", "sau đó tới thăm căn cứ Yokosuka chiều nay", "trước khi lên đường về nước chiều nay"]) {
      // Told as just done, with no day of its own: the days before publication.
      assert.deepEqual(dates(`${met}, ${later}.`), ["2018-08-13/2018-09-12 range"], later);
    }
    // The same date in the encounter's own clause dates it.
    assert.deepEqual(dates(`${met} chiều nay, rồi bay sang Osaka.`), ["2018-09-12/2018-09-12 day"]);
    // A word right after the marker, no object of its own between, opens no other action: '… lễ đón, rồi hội đàm chiều 11/9' dates both.
    assert.deepEqual(dates("Đại tướng Ngô Xuân Lịch và Bộ trưởng Quốc phòng Nhật Bản Onodera Itsunori chủ trì lễ đón, rồi hội đàm chiều 11/9."), ["2018-09-11/2018-09-11 day"]);
  });

  it("places a day written without its month, with none written before it, in the month of publication or the one before", () => {
    const dated = (sentence: string, dateline: string) => summary(extract([sentence], { dateline })).map((x) => x.split(" ")[0]);
    const talks = (day: string) => `${day}, tại Hà Nội, Đại tướng Phan Văn Giang hội đàm với Bộ trưởng Quốc phòng Nhật Bản Kihara Minoru.`;
    assert.deepEqual(dated(talks("Ngày 5"), "Ngày đăng: 06/08/2024 07:30"), ["2024-08-05/2024-08-05"]);
    // Later than the publication's day: the month before (across New Year, the year before).
    assert.deepEqual(dated(talks("Ngày 30"), "Ngày đăng: 02/08/2024 07:30"), ["2024-07-30/2024-07-30"]);
    assert.deepEqual(dated(talks("Ngày 30"), "Ngày đăng: 02/01/2024 07:30"), ["2023-12-30/2023-12-30"]);
    // A month written before it still gives the month.
    assert.deepEqual(summary(extract(["Từ ngày 2 đến 6/7/2024, Đại tướng Phan Văn Giang thăm Nhật Bản.", talks("Ngày 3")], { dateline: "Ngày đăng: 10/08/2024 07:30" })).map((x) => x.split(" ")[0]), ["2024-07-03/2024-07-03"]);
    // So is such a day that dates an encounter as the article's first date, its sentence writing none.
    const lead = ["Ngày 29, đoàn đại biểu Bộ Quốc phòng Nhật Bản do Bộ trưởng Kihara Minoru dẫn đầu đã tới Hà Nội.", "Đại tướng Phan Văn Giang đã chủ trì lễ đón và hội đàm với Bộ trưởng Kihara Minoru."];
    assert.deepEqual(summary(extract(lead, { dateline: "Ngày đăng: 02/08/2024 07:30" })).map((x) => x.split(" ")[0]), ["2024-07-29/2024-07-29"]);
    assert.deepEqual(summary(extract(lead, { dateline: null })), []);
  });

  it("dates an encounter by the day its sentence writes inside the visit's span it also writes, not by the span", () => {
    const dated = (sentence: string) => summary(extract([sentence], { dateline: "Ngày đăng: 20/10/2023 07:00" })).map((x) => x.split(" ")[0]);
    for (const sentence of [
      "Trong chuyến thăm chính thức Việt Nam từ ngày 16 đến 19/10, sáng 17/10, Bộ trưởng Quốc phòng Nhật Bản Kihara Minoru đã hội đàm với Đại tướng Phan Văn Giang.",
      "Bộ trưởng Quốc phòng Nhật Bản Kihara Minoru thăm Việt Nam từ 16-19/10 và đã hội đàm với Đại tướng Phan Văn Giang ngày 17.",
      "Nhân chuyến thăm (16-19/10), Bộ trưởng Quốc phòng Nhật Bản Kihara Minoru đã hội đàm với Đại tướng Phan Văn Giang chiều 17/10.",
    ]) assert.deepEqual(dated(sentence), ["2023-10-17/2023-10-17"], sentence);
    // A span alone dates the encounter to the span.
    assert.deepEqual(dated("Từ ngày 16 đến 19/10, Bộ trưởng Quốc phòng Nhật Bản Kihara Minoru đã hội đàm với Đại tướng Phan Văn Giang."), ["2023-10-16/2023-10-19"]);
  });

  it("a forum on one day of the edition the article names is held over that edition's days, from the series' reference", () => {
    const rows = (x: ArticleExtraction) => x.encounters.map((e) => `${e.date.date_start}/${e.date.date_end} ${e.type}`);
    const body = ["Đối thoại Shangri-La lần thứ 21 diễn ra tại Singapore.", "Tối 31/5, Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng và ông Kihara Minoru, Bộ trưởng Quốc phòng Nhật Bản dự lễ khai mạc Đối thoại Shangri-La lần thứ 21."];
    assert.deepEqual(rows(extract(body, { dateline: "01/06/2024" })), ["2024-05-31/2024-06-02 conference"]);
    // A meeting on its sidelines keeps its own day.
    const sideline = "Bên lề Đối thoại, chiều 1/6, Đại tướng Phan Văn Giang đã gặp Bộ trưởng Quốc phòng Nhật Bản Kihara Minoru.";
    assert.deepEqual(rows(extract([...body, sideline], { dateline: "02/06/2024" })), ["2024-05-31/2024-06-02 conference", "2024-06-01/2024-06-01 reception"]);
  });

  it("places an encounter in the city written as the subject of 'là nơi diễn ra', never in the station a post names ('Tổng lãnh sự … tại Osaka')", () => {
    const rows = (x: ArticleExtraction) => x.encounters.map((e) => `${e.type} ${e.place?.name ?? "-"}: ${e.participants.map((p) => p.name).join(" + ")}`);
    const forum = "Hôm 13/9, thành phố Fukuoka (Nhật Bản) là nơi diễn ra Hội nghị Quan chức Quốc phòng cấp cao Nhật Bản - ASEAN, với sự tham dự của Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng và ông Masuda Kazuo, Thứ trưởng Quốc phòng Nhật Bản.";
    assert.deepEqual(rows(extract([forum], { dateline: "14/09/2023" })), ["conference Fukuoka: Hoàng Xuân Chiến + Masuda Kazuo"]);
    const port = ["Sáng 5/8, tàu Lý Thái Tổ chở đoàn công tác Hải quân Việt Nam đã cập cảng Kure.", "Lễ đón được tổ chức tại cầu cảng, với sự có mặt của ông Yamamoto Kenji, Thị trưởng thành phố Kure; ông Phạm Văn Long, Tổng lãnh sự Việt Nam tại Osaka."];
    assert.deepEqual(rows(extract(port, { dateline: "06/08/2024" })), ["reception Kure: Yamamoto Kenji + Phạm Văn Long"]);
  });

  it("a venue after the marker of a later encounter of the same sentence is that encounter's", () => {
    const rows = (body: string[]) => extract(body, { dateline: "Ngày đăng: 12/10/2022 08:00" }).encounters.map((e) => `${e.type} ${e.place?.name ?? "-"}: ${e.participants.map((p) => p.name).join(" + ")}`);
    // Two encounters in one sentence, the second placed after its own marker.
    assert.deepEqual(rows(["Chiều 11/10, Thượng tướng Hoàng Xuân Chiến đã tiếp ông Oka Masami, Thứ trưởng Quốc phòng phụ trách các vấn đề quốc tế Nhật Bản; sau đó, ông Oka Masami hội kiến Đại tướng Phan Văn Giang tại Đà Nẵng."]), [
      "reception -: Hoàng Xuân Chiến + Oka Masami",
      "reception Da Nang: Oka Masami + Phan Văn Giang",
    ]);
    // Placed before both markers, the venue is the sentence's.
    assert.deepEqual(rows(["Chiều 11/10, tại Đà Nẵng, Thượng tướng Hoàng Xuân Chiến đã tiếp ông Oka Masami, Thứ trưởng Quốc phòng phụ trách các vấn đề quốc tế Nhật Bản; sau đó, ông Oka Masami hội kiến Đại tướng Phan Văn Giang."]).map((r) => r.split(":")[0]), ["reception Da Nang", "reception Da Nang"]);
  });

  it("does not place an encounter where a plan in its sentence puts what is to come ('…, lần tới sẽ được tổ chức tại Tokyo')", () => {
    const places = (body: string[]) => extract(body, { dateline: "Ngày đăng: 30/06/2024 07:00" }).encounters.map((e) => e.place?.name ?? "-");
    const talks = "Sáng 27/6, Đại tướng Phan Văn Giang hội đàm với Bộ trưởng Quốc phòng Nhật Bản Kihara Minoru";
    assert.deepEqual(places([`${talks}, cuộc gặp lần tới sẽ được tổ chức tại Tokyo.`]), ["-"]);
    assert.deepEqual(places([`Ngày 25/6, đoàn đã đến Osaka. ${talks}; hai bên dự kiến gặp lại tại Tokyo.`]), ["Osaka"]);
    // A venue told as held still counts, a plan before it in another clause or undone by a word of having happened.
    assert.deepEqual(places([`${talks} tại Tokyo, sau đó sẽ thăm tỉnh Kanagawa.`]), ["Tokyo"]);
    assert.deepEqual(places([`Theo kế hoạch đã định, ${talks} tại Tokyo.`]), ["Tokyo"]);
  });

  it("a forum attended after a call on someone given by title alone ('A chào xã giao Bộ trưởng … Nhật Bản và dự Hội nghị X') is not that call: its row is A's alone", () => {
    const rows = (lead: string) => extract([lead, "Hội nghị diễn ra trong hai ngày 12 và 13/9.", "Ngày 11/9, Thượng tướng Hoàng Xuân Chiến đã đến chào xã giao Bộ trưởng Quốc phòng Nhật Bản Kihara Minoru."], { dateline: "Thứ Sáu, 13/09/2024 20:00" }).encounters.map((e) => `${e.type} ${e.date.date_start}: ${e.participants.map((p) => p.name).join(" + ")}`);
    const expected = ["conference 2024-09-12: Hoàng Xuân Chiến", "reception 2024-09-11: Hoàng Xuân Chiến + Kihara Minoru"];
    assert.deepEqual(rows("Thượng tướng Hoàng Xuân Chiến đã chào xã giao Bộ trưởng Quốc phòng Nhật Bản và dự Hội nghị Quan chức Quốc phòng cấp cao ASEAN - Nhật Bản tại Osaka."), expected);
    // Without the call in the lead: the same rows.
    assert.deepEqual(rows("Thượng tướng Hoàng Xuân Chiến đã dự Hội nghị Quan chức Quốc phòng cấp cao ASEAN - Nhật Bản tại Osaka."), expected);
  });

  it("an encounter the lead places only in a country is in the city of that country the sentence just before it writes", () => {
    const place = (before: string) => extract(["Từ ngày 3 đến 6-11, Đô đốc Sakai Ryo, Tham mưu trưởng Lực lượng Phòng vệ Biển Nhật Bản, dẫn đầu đoàn đại biểu thăm chính thức Việt Nam. Đây là lần đầu ông đến Việt Nam trên cương vị này.", `${before} Sau lễ đón, Đô đốc Trần Thanh Nghiêm, Tư lệnh Quân chủng Hải quân, đã hội kiến trưởng đoàn Nhật Bản.`], { dateline: "Thứ Ba, 07/11/2023 10:00" }).encounters.map((e) => `${e.type} ${e.place?.name ?? "-"}`);
    assert.deepEqual(place("Trong thời gian ở thăm, vị khách và đoàn đã tới Bộ Tư lệnh Quân chủng Hải quân tại Hải Phòng."), ["reception Hai Phong"]);
    // No city there: the country, as before.
    assert.deepEqual(place("Trong thời gian ở thăm, vị khách và đoàn đã tới Bộ Tư lệnh Quân chủng Hải quân."), ["reception Vietnam"]);
  });

  it("a building and the place it stands in, in brackets ('tại trụ sở UBND tỉnh (TP Nha Trang)'), places an encounter there", () => {
    const place = (where: string) => extract([`Chiều 4/7, ông Nguyễn Văn Thành, Phó Chủ tịch UBND tỉnh đã tiếp Chuẩn Đô đốc Ito Kenji, Chỉ huy Biên đội tàu huấn luyện Nhật Bản, ${where}. Biên đội đã cập cảng Quốc tế Cam Ranh từ ngày 3/7.`], { dateline: "Thứ Năm, 04/07/2024 17:30" }).encounters.map((e) => e.place?.name ?? "-");
    assert.deepEqual(place("tại trụ sở UBND tỉnh (TP Nha Trang)"), ["Nha Trang"]);
    assert.deepEqual(place("tại Nhà khách Quân khu (Đà Nẵng)"), ["Da Nang"]);
    // A unit the gazetteer lacks, then the place it lies in, after a comma.
    assert.deepEqual(place("tại trụ sở Lữ đoàn 162 (phường Cam Nghĩa, tỉnh Khánh Hòa)"), ["Khanh Hoa Province"]);
    // Every province of the 63 the gazetteer names, however small the district before it.
    assert.deepEqual(place("tại trụ sở Bộ Chỉ huy Quân sự tỉnh (huyện Núi Thành, tỉnh Quảng Nam)"), ["Quang Nam Province"]);
    assert.deepEqual(place("tại Đồn Biên phòng Sầm Sơn (tỉnh Thanh Hóa)"), ["Thanh Hoa Province"]);
    // Brackets that hold no place: as before.
    assert.deepEqual(place("tại trụ sở UBND tỉnh (số 1 Trần Phú)").length, 1);
  });

  it("a building named by its city or province ('tại trụ sở UBND thành phố Đà Nẵng') places an encounter there", () => {
    const place = (where: string) => extract([`Chiều 4/7, ông Nguyễn Văn Thành, Phó Chủ tịch UBND đã tiếp Chuẩn Đô đốc Ito Kenji, Chỉ huy Biên đội tàu huấn luyện Nhật Bản, ${where}.`], { dateline: "Thứ Năm, 04/07/2024 17:30" }).encounters.map((e) => e.place?.name ?? "-");
    assert.deepEqual(place("tại trụ sở UBND thành phố Đà Nẵng"), ["Da Nang"]);
    assert.deepEqual(place("ở trụ sở Ủy ban nhân dân thành phố Hải Phòng"), ["Hai Phong"]);
    // A unit word with no name after it names no place.
    assert.deepEqual(place("tại trụ sở UBND tỉnh"), ["-"]);
  });

  it("a building of a body named by its unit alone is in the place the sentence's post names that body's unit by ('tại trụ sở UBND tỉnh, ông A, Phó Chủ tịch UBND tỉnh Khánh Hòa')", () => {
    const lead = "Ngày 12-5-2024, tại trụ sở UBND tỉnh, ông Nguyễn Văn Thành, Phó Chủ tịch UBND tỉnh Khánh Hòa đã tiếp Chuẩn Đô đốc Ito Kenji, Chỉ huy Biên đội tàu huấn luyện Nhật Bản.";
    const docked = "Biên đội đã cập Cảng quốc tế Cam Ranh từ ngày 11-5.";
    assert.deepEqual(extract([lead, docked]).encounters.map((e) => e.place?.name ?? "-"), ["Khanh Hoa Province"]);
  });

  it("a Vietnamese district, town or commune the gazetteer lacks ('ở huyện Thủy Nguyên') places an encounter in Vietnam, with no city", () => {
    const place = (where: string) => extract([`Sáng 5/4, ${where}, Thiếu tướng Lê Quang Đạo, Tư lệnh Cảnh sát biển Việt Nam đã tiếp Phó Đô đốc Ichimi Katsuyuki, Phó Tư lệnh Lực lượng Bảo vệ bờ biển Nhật Bản.`], { dateline: "Thứ Sáu, 05/04/2024 17:00" }).encounters.map((e) => `${e.place?.kind ?? "-"} ${e.place?.name ?? "-"}`);
    assert.deepEqual(place("tại trụ sở Hải đoàn 31 ở thị trấn Cát Bà"), ["country Vietnam"]);
    assert.deepEqual(place("tại xã Tam Quang"), ["country Vietnam"]);
    // Not a name in no Vietnamese syllables after such a word (a translation's "huyện" for a Japanese prefecture), nor a ward of Tokyo.
    assert.deepEqual(place("tại huyện Kunigami"), ["- -"]);
    assert.deepEqual(place("tại quận Minato"), ["- -"]);
  });

  it("an encounter told after a forum but dated before it ('Trước hội nghị, ngày 10/9, …') is not at the forum's venue: its place is not given", () => {
    const rows = (told: string) => extract([`Ngày 12/9, Thượng tướng Hoàng Xuân Chiến dự Hội nghị Quan chức Quốc phòng cấp cao ASEAN - Nhật Bản tại Osaka. ${told}, Thượng tướng Hoàng Xuân Chiến đã chào xã giao Bộ trưởng Quốc phòng Nhật Bản Kihara Minoru.`], { dateline: "Thứ Sáu, 13/09/2024 20:00" }).encounters.map((e) => `${e.type} ${e.date.date_start} ${e.place?.name ?? "-"}`);
    assert.deepEqual(rows("Trước hội nghị, ngày 10/9"), ["conference 2024-09-12 Osaka", "reception 2024-09-10 -"]);
    // After it, or the same day: there, as before.
    assert.deepEqual(rows("Sau hội nghị, ngày 13/9"), ["conference 2024-09-12 Osaka", "reception 2024-09-13 Osaka"]);
    assert.deepEqual(rows("Bên lề hội nghị"), ["conference 2024-09-12 Osaka", "reception 2024-09-12 Osaka"]);
  });

  it("places an encounter the article places nowhere else in the city of a dispatch's dateline ('Tokyo, 13/3 (TTXVN) - …')", () => {
    const places = (lead: string) => extract([`${lead}Đại tướng Phan Văn Giang đã hội đàm với Bộ trưởng Quốc phòng Nhật Bản Kihara Minoru chiều 27/6.`], { dateline: "Ngày đăng: 30/06/2024 07:00" }).encounters.map((e) => e.place?.name ?? "-");
    assert.deepEqual(places("Tokyo, 27/6 (TTXVN) - "), ["Tokyo"]);
    assert.deepEqual(places("Osaka (VNA) – "), ["Osaka"]);
    // With no agency: a city, in any case, then a dash between spaces; over a headline that names only the country visited.
    assert.deepEqual(places("Osaka - "), ["Osaka"]);
    assert.deepEqual(places("OSAKA, 27/6 – "), ["Osaka"]);
    const headed = (lead: string) => extract([`${lead}Đại tướng Phan Văn Giang đã hội đàm với Bộ trưởng Quốc phòng Nhật Bản Kihara Minoru chiều 27/6.`], { dateline: "Ngày đăng: 30/06/2024 07:00", headline: "Bộ trưởng Quốc phòng Việt Nam thăm Nhật Bản" }).encounters.map((e) => e.place?.name ?? "-");
    assert.deepEqual([headed("TOKYO - "), headed("")], [["Tokyo"], ["Japan"]]);
    // Not a country, nor the first of two places the dash joins.
    assert.deepEqual(places("Nhật Bản - "), ["-"]);
    assert.deepEqual(places("Osaka - Tokyo: "), ["-"]);
    // Not a place that merely opens the sentence, nor one the sentence's own venue overrules.
    assert.deepEqual(places("Tokyo và Hà Nội có nhiều điểm chung. "), ["-"]);
    assert.deepEqual(extract(["Tokyo, 27/6 (TTXVN) - Chiều 27/6, tại Osaka, Đại tướng Phan Văn Giang đã hội đàm với Bộ trưởng Quốc phòng Nhật Bản Kihara Minoru."], { dateline: "Ngày đăng: 30/06/2024 07:00" }).encounters.map((e) => e.place?.name), ["Osaka"]);
  });

  it("places an encounter its sentence puts only in a country in the city the article already gives there", () => {
    const places = (body: string[]) => extract(body, { dateline: "Ngày đăng: 30/06/2024 07:00" }).encounters.map((e) => e.place?.name ?? "-");
    const first = "Sáng 27/6, tại Tokyo, Đại tướng Phan Văn Giang hội đàm với Bộ trưởng Quốc phòng Nhật Bản Kihara Minoru.";
    assert.deepEqual(places([first, "Trong thời gian ở Nhật Bản, chiều 28/6, Đại tướng Phan Văn Giang đã chào xã giao Thủ tướng Nhật Bản Kishida Fumio."]), ["Tokyo", "Tokyo"]);
    // A city of its own wins; a country other than the city's stays.
    assert.deepEqual(places([first, "Chiều 28/6, tại Osaka, Đại tướng Phan Văn Giang đã chào xã giao Thủ tướng Nhật Bản Kishida Fumio."]), ["Tokyo", "Osaka"]);
  });

  it("dates an encounter by a part of last month, counted from the publication date, as a range of its days", () => {
    const body = ["Sáng 11/3, tại Hà Nội, Đại tướng Phan Văn Giang tiếp Đại sứ Nhật Bản Ito Naoki.", "Hồi cuối tháng trước, Đại tướng Phan Văn Giang đã điện đàm với Bộ trưởng Quốc phòng Nhật Bản Kihara Minoru."];
    // The last days of February, in a leap year.
    assert.deepEqual(summary(extract(body, { dateline: "Ngày đăng: 12/03/2024 07:00" })).map((x) => x.split(" ")[0]), ["2024-03-11/2024-03-11", "2024-02-21/2024-02-29"]);
  });

  it("dates a sentence with no date that names the people of an encounter told before, not of the one just before, by that encounter", () => {
    const body = [
      "Chiều 20/9/2023, tại Hà Nội, Thượng tướng Hoàng Xuân Chiến hội đàm với Thứ trưởng Quốc phòng Nhật Bản Masuda Kazuo.",
      "Hồi tháng 3/2023, Thượng tướng Hoàng Xuân Chiến đã hội đàm với Thứ trưởng Quốc phòng Nhật Bản Oka Masami tại Tokyo.",
      "Thượng tướng Hoàng Xuân Chiến chủ trì lễ đón Thứ trưởng Masuda Kazuo.",
    ];
    // The welcome is the first encounter told again (one meeting of it), not a second meeting in March.
    assert.deepEqual(summary(extract(body)).map((m) => m.split(" in_person")[0]), ["2023-09-20/2023-09-20 talks", "2023-03-01/2023-03-31 talks"]);
    // Naming the people of the encounter just before, it goes on with that one, as before.
    const next = [body[0]!, "Thượng tướng Hoàng Xuân Chiến chủ trì lễ đón Thứ trưởng Masuda Kazuo."];
    assert.deepEqual(summary(extract(next)).map((m) => m.split(" in_person")[0]), ["2023-09-20/2023-09-20 talks"]);
  });

  it("dates a sentence by the day it writes, though it also writes a year ('Sáng 9/12, … tổng kết công tác năm 2023'): no background", () => {
    const x = extract(
      [
        "Sáng 9/12, Hải quân Việt Nam và Lực lượng Phòng vệ Biển Nhật Bản tổ chức Hội nghị song phương lần thứ 4 để tổng kết công tác năm 2023 theo hình thức trực tuyến.",
        "Tại điểm cầu phía Việt Nam, Chuẩn Đô đốc Phạm Văn An chủ trì. Tại điểm cầu phía Nhật Bản, Chuẩn Đô đốc Sato Kenta chủ trì hội nghị.",
      ],
      { dateline: "Ngày đăng: 10/12/2023 08:00" },
    );
    assert.deepEqual(summary(x), ["2023-12-09/2023-12-09 dialogue online -: Phạm Văn An (Chuẩn Đô đốc) + Sato Kenta (Chuẩn Đô đốc)"]);
  });

  it("takes the year of a numbered edition the article names when the encounter is on its day, over a year written elsewhere", () => {
    const body = (ordinal: string) => [
      `Ngày 20/10, tại Singapore, Thượng tướng Nguyễn Chí Vịnh, Thứ trưởng Bộ Quốc phòng dự Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng${ordinal}, có Nhật Bản tham dự.`,
      "Bên lề hội nghị, Thượng tướng Nguyễn Chí Vịnh gặp ông Sato Kenji, Thứ trưởng Quốc phòng Nhật Bản.",
      "Hai bên điểm lại kết quả hợp tác của năm 2017.",
    ];
    // (The fifth was held on 20 October 2018, reference/series.json.)
    const x = extract(body(" lần thứ 5"));
    assert.deepEqual(x.encounters.map((e) => [e.type, e.date.date_start]), [["conference", "2018-10-20"], ["reception", "2018-10-20"]]);
    assert.match(x.encounters[0]!.date.basis, /edition 5/);
    // Its post ends at the verb of attending.
    assert.equal(x.encounters[0]!.participants[0]!.position, "Thứ trưởng Bộ Quốc phòng");
    // Without the edition's number, the year written elsewhere is all the article gives: 2017.
    assert.deepEqual(extract(body("")).encounters.map((e) => e.date.date_start), ["2017-10-20", "2017-10-20"]);
    // On another day than the edition's, its year is only one the article names beside 2017: the year stays open.
    const other = extract(body(" lần thứ 5").map((p) => p.replace("Ngày 20/10", "Ngày 12/10")));
    assert.deepEqual([other.encounters.length, other.leftOut.map((l) => l.reason.startsWith("no single year"))], [0, [true, true]]);
  });

  it("dates 'cùng ngày' by the last day written before it, though what happened that day is no encounter read here", () => {
    const dates = (middle: string) =>
      extract([
        "Ngày 20/5/2023, Thượng tướng Hoàng Xuân Chiến tiếp Thứ trưởng Quốc phòng Nhật Bản Oka Masami tại Hà Nội.",
        middle,
        "Chiều cùng ngày, Đại tướng Phan Văn Giang tiếp ông Oka Masami.",
      ]).encounters.map((e) => `${e.date.date_start} ${e.date.time_of_day ?? "-"}`);
    // A day written between (here a visit, no encounter): the day "cùng ngày" refers to. (A dialogue of that day, "Sáng
    // 21/5, phiên đối thoại … được tổ chức", is an encounter of its own, its co-chairs taken from the sentences near it.)
    assert.deepEqual(dates("Sáng 21/5, đoàn Nhật Bản thăm Học viện Quốc phòng tại Hà Nội."), ["2023-05-20 -", "2023-05-21 afternoon"]);
    // No day written between: the day of the encounter before.
    assert.deepEqual(dates("Hai bên trao đổi về hợp tác đào tạo và cứu hộ cứu nạn."), ["2023-05-20 -", "2023-05-20 afternoon"]);
    // A day of an earlier year written between (a document's signing) is not the day of the story.
    assert.deepEqual(dates("Hai bên đánh giá cao Bản ghi nhớ về hợp tác quốc phòng được ký ngày 24/10/2011."), ["2023-05-20 -", "2023-05-20 afternoon"]);
    assert.deepEqual(dates("Năm ngoái, ngày 3/3/2022, hai bên đã tổ chức diễn tập chung."), ["2023-05-20 -", "2023-05-20 afternoon"]);
    // With no year of its own, the encounter before takes the publication's year for the story.
    const published = extract(
      ["Sáng 5/5, Thượng tướng Hoàng Xuân Chiến và Thứ trưởng Quốc phòng Nhật Bản Oka Masami đồng chủ trì Đối thoại chính sách quốc phòng tại Hà Nội.", "Hai bên đánh giá cao Bản ghi nhớ về hợp tác quốc phòng được ký ngày 24/10/2011.", "Cùng ngày, Đại tướng Phan Văn Giang tiếp ông Oka Masami."],
      { dateline: "10:15 | 06/05/2023" },
    );
    assert.deepEqual(published.encounters.map((e) => e.date.date_start), ["2023-05-05", "2023-05-05"]);
  });

  it("reads 'cùng ngày' as the news day written without its year, never a day of another year told since, nor its place", () => {
    // Invented people: no tenure settles a year, so only the written days tell.
    const lead = "Sáng 5/5, tại Hà Nội, Thượng tướng Lê Văn Hùng hội đàm với Thứ trưởng Quốc phòng Nhật Bản Aoki Jun.";
    const next = "Cùng ngày, Đại tướng Trần Quốc Toản tiếp ông Aoki Jun.";
    const rows = (middle: string) => {
      const x = extract([lead, middle, next], { dateline: "Thứ Bảy, 06/05/2023 10:15" });
      return x.encounters.map((e) => `${e.date.date_start} ${e.type} ${e.place?.name ?? "-"}: ${e.participants.map((p) => p.name).join(" + ")}`);
    };
    // A day of another year written in a sentence that is no encounter: not the day "cùng ngày" refers to.
    assert.deepEqual(rows("Năm 2011, Bản ghi nhớ về hợp tác quốc phòng được ký ngày 24/10/2011 tại Tokyo."), [
      "2023-05-05 talks Hanoi: Lê Văn Hùng + Aoki Jun",
      "2023-05-05 reception Hanoi: Trần Quốc Toản + Aoki Jun",
    ]);
    // An encounter of another year told between (a signing, dated in full): its own meeting, neither its day nor its place.
    assert.deepEqual(rows("Ngày 24/10/2011, tại Tokyo, Đại tướng Phùng Quang Thanh và Bộ trưởng Quốc phòng Nhật Bản Ichikawa Yasuo đã ký Bản ghi nhớ về hợp tác quốc phòng."), [
      "2023-05-05 talks Hanoi: Lê Văn Hùng + Aoki Jun",
      "2011-10-24 signing Tokyo: Phùng Quang Thanh + Ichikawa Yasuo",
      "2023-05-05 reception Hanoi: Trần Quốc Toản + Aoki Jun",
    ]);
  });

  it("reads a sentence that only lists who attends at the sentence just before that tells the encounter and dates it", () => {
    const arrival = "Sáng 20/9/2024, tàu JS Ise của Lực lượng Phòng vệ Biển Nhật Bản cập cảng Tiên Sa, thành phố Đà Nẵng.";
    const attendees = "Tham dự lễ đón có Đại tá Phạm Quốc Khánh, Phó Tư lệnh Vùng 3 Hải quân và Đại tá Mori Takeshi, Hạm trưởng.";
    const row = (told: string) => extract([arrival, `${told} ${attendees}`]).encounters.map((e) => `${e.date.date_start} ${e.date.time_of_day ?? "-"} ${e.type}`);
    assert.deepEqual(row("Chiều cùng ngày, lễ đón tàu được tổ chức trọng thể tại cầu cảng."), ["2024-09-20 afternoon reception"]);
    assert.deepEqual(row("Tối 21/9, lễ đón tàu được tổ chức trọng thể tại cầu cảng."), ["2024-09-21 evening reception"]);
    // A sentence between, or one of another type, dates nothing: the article's first date, as before.
    assert.deepEqual(row("Chiều cùng ngày, lễ đón tàu được tổ chức trọng thể. Thời tiết hôm đó rất đẹp."), ["2024-09-20 morning reception"]);
    assert.deepEqual(row("Chiều cùng ngày, hội thảo về cứu hộ được tổ chức tại cầu cảng."), ["2024-09-20 morning reception"]);
  });

  it("reads an encounter opened by words of sequence that names its own counterpart as what came after, not the encounter before told on", () => {
    const lead = "Sáng 14/3/2024, tàu Shimakaze cùng đoàn công tác do Đại tá Ota Masaru, Chỉ huy trưởng hải đội dẫn đầu cập cảng Cam Ranh.";
    const welcome = "Lễ đón có sự tham dự của Đại tá Hồ Văn Lâm, Phó Tư lệnh Vùng 4 Hải quân và Đại tá Ota Masaru.";
    const call = "Thượng tá Đinh Công Bảo, Tham mưu trưởng Vùng 4, tiếp đoàn và mong hai bên mở rộng giao lưu. Đại tá Ota Masaru cảm ơn sự đón tiếp.";
    const rows = (after: string) => extract([lead, welcome, `${after} ${call}`]).encounters.map((e) => `${e.type}: ${e.participants.map((p) => p.name).join(" + ")}`);
    assert.deepEqual(rows("Ngay sau lễ đón, đoàn đã đến chào xã giao lãnh đạo Vùng 4 Hải quân Việt Nam."), ["reception: Hồ Văn Lâm + Ota Masaru", "reception: Ota Masaru + Đinh Công Bảo"]);
    // Naming no counterpart of its own ("Sau lễ đón, hai bên …"), the sentence tells the encounter before on.
    assert.deepEqual(rows("Ngay sau lễ đón, đoàn đã đến chào xã giao."), ["reception: Hồ Văn Lâm + Ota Masaru"]);
  });

  it("takes the guest of a welcome for a flotilla as the one person the article names commanding it, paragraphs before", () => {
    const article = (commander: string) =>
      extract([
        "Ngày 9/6/2022, tàu JS Kirisame của Lực lượng Phòng vệ Biển Nhật Bản cập cảng Hải Phòng, bắt đầu chuyến thăm ba ngày.",
        `Theo phía Nhật Bản, ${commander} cho biết chuyến thăm giúp tăng cường hiểu biết giữa hai lực lượng hải quân.`,
        "Trên đường tới Việt Nam, đội tàu đã tham gia huấn luyện chung với hải quân một nước khác.",
        "Đại tá Bùi Văn Tiến, Phó Tư lệnh Vùng 1 Hải quân, chủ trì lễ đón đội tàu tại cầu cảng.",
      ]).encounters.map((e) => `${e.type}: ${e.participants.map((p) => p.name).join(" + ")}`);
    assert.deepEqual(article("Đại tá Nishimura Aki, chỉ huy đội tàu,"), ["reception: Nishimura Aki + Bùi Văn Tiến"]);
    assert.deepEqual(article("Đại tá Nishimura Aki, người chỉ huy đội tàu,"), ["reception: Nishimura Aki + Bùi Văn Tiến"]);
    // Not someone of that side the article gives no such post.
    assert.deepEqual(article("Đại tá Nishimura Aki"), []);
    assert.deepEqual(article("Đại tá Nishimura Aki, người phát ngôn,"), []);
  });

  it("dates and places a forum the lead names in a visit by the later sentence that tells its attendance ('dự hội nghị')", () => {
    const x = extract([
      "Từ ngày 14 đến 18/10/2024, Trung tướng Lê Đức Thái dẫn đầu đoàn công tác thăm Nhật Bản và dự Hội nghị An ninh Hàng hải châu Á lần thứ ba.",
      "Ngày 15/10, tại Tokyo, Trung tướng Lê Đức Thái chào xã giao Thứ trưởng Bộ Quốc phòng Nhật Bản Mori Kenta.",
      "Trong hai ngày 16 và 17/10, tại thành phố Kobe, Trung tướng Lê Đức Thái cùng đại diện các nước dự hội nghị do Chuẩn Đô đốc Ishii Ryo, Lực lượng Phòng vệ Biển Nhật Bản, chủ trì.",
    ]);
    assert.deepEqual(summary(x).sort(), [
      "2024-10-15/2024-10-15 reception in_person Tokyo: Lê Đức Thái (Trung tướng) + Mori Kenta (-)",
      "2024-10-16/2024-10-17 conference in_person Kobe: Lê Đức Thái (Trung tướng) + Ishii Ryo (Chuẩn Đô đốc)",
    ]);
  });

  it("keeps a reception the sentence after makes a signing apart from the dialogue held earlier that day", () => {
    const x = extract([
      "Ngày 9/7/2024, tại Hà Nội, Đối thoại Chính sách quốc phòng Việt Nam - Nhật Bản lần thứ 12 đã diễn ra. Phía Việt Nam do Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng chủ trì; phía Nhật Bản do ông Kano Koji, Thứ trưởng Quốc phòng phụ trách các vấn đề quốc tế chủ trì.",
      "Chiều cùng ngày, Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng đã tiếp ông Kano Koji. Nhân dịp này, hai bên đã ký Bản ghi nhớ về hợp tác nâng cao năng lực.",
    ]);
    assert.deepEqual(x.encounters.map((e) => `${e.type}: ${e.participants.map((p) => p.name).sort().join(" + ")}`), [
      "dialogue: Hoàng Xuân Chiến + Kano Koji",
      "signing: Kano Koji + Phan Văn Giang",
    ]);
  });

  it("takes a welcome that names only its host for the delegation of the other side the headline names", () => {
    const body = [
      "Sáng 17/10/2023, hai tàu khu trục của Lực lượng Phòng vệ Biển Nhật Bản đã cập cảng quốc tế Cam Ranh, tỉnh Khánh Hòa.",
      "Phát biểu với báo chí, Đại tá Ueno Satoshi, người chỉ huy biên đội, nói các thủy thủ mong được giao lưu với bạn bè Việt Nam.",
      "Trong thời gian lưu lại, thủy thủ hai nước sẽ thi đấu bóng đá và tham quan thành phố.",
      "Đại tá Lê Quang Đạo, Phó Tư lệnh Vùng 4 Hải quân, chủ trì lễ đón và đánh giá chuyến thăm là dấu mốc mới.",
    ];
    const rows = (headline: string) => extract(body, { headline }).encounters.map((e) => `${e.type}: ${e.participants.map((p) => p.name).join(" + ")}`);
    assert.deepEqual(rows("Biên đội tàu Nhật Bản thăm Cam Ranh"), ["reception: Ueno Satoshi + Lê Quang Đạo"]);
    // Its ships are that side's delegation too ("Tàu khu trục Nhật Bản …", "Hai tàu hộ vệ của Hải quân Nhật Bản …").
    assert.deepEqual(rows("Tàu khu trục Nhật Bản thăm Cam Ranh"), ["reception: Ueno Satoshi + Lê Quang Đạo"]);
    assert.deepEqual(rows("Hai tàu hộ vệ của Hải quân Nhật Bản đến Khánh Hòa"), ["reception: Ueno Satoshi + Lê Quang Đạo"]);
    // A headline naming no delegation of that side leaves the welcome one-sided, as before.
    assert.deepEqual(rows("Thủy thủ hai nước giao lưu tại Cam Ranh"), []);
  });

  it("completes an encounter between a delegation of one side and the other side named after its marker from the heads named after it", () => {
    const rows = (first: string, second: string) =>
      extract([first, second], { dateline: "Thứ Năm, 16/05/2024 - 08:00" }).encounters.map((e) => `${e.date.date_start} ${e.type}: ${e.participants.map((p) => p.name).join(" + ")}`);
    const heads = "Trưởng đoàn Việt Nam là Thiếu tướng Vũ Đình Sơn, Phó Tư lệnh Quân chủng Phòng không - Không quân. Phía bạn do Trung tướng Kudo Makoto, Tư lệnh Không quân khu vực, chủ trì.";
    assert.deepEqual(rows("Chiều 15/5, tại Fukuoka, đoàn công tác Quân chủng Phòng không - Không quân Việt Nam đã hội đàm với lãnh đạo Bộ Tư lệnh Lực lượng Phòng vệ Trên không Nhật Bản.", heads), ["2024-05-15 talks: Vũ Đình Sơn + Kudo Makoto"]);
    // Not when the other side is named nowhere after the marker, nor when the subject is no delegation.
    assert.deepEqual(rows("Chiều 15/5, tại Fukuoka, đoàn công tác Quân chủng Phòng không - Không quân Việt Nam đã hội đàm về huấn luyện.", heads), []);
    assert.deepEqual(rows("Chiều 15/5, tại Fukuoka, các chuyên gia đã hội đàm với lãnh đạo Bộ Tư lệnh Lực lượng Phòng vệ Trên không Nhật Bản.", heads), []);
    // Nor a forum the delegation attends: the call before keeps its type.
    const call = "Chiều 15/5, tại Osaka, Thiếu tướng Vũ Đình Sơn, Phó Tư lệnh Quân chủng Phòng không - Không quân đã chào xã giao Trung tướng Kudo Makoto, Tư lệnh Không quân khu vực Nhật Bản.";
    assert.deepEqual(rows(call, "Theo chương trình, đoàn đã thăm Đại sứ quán Việt Nam tại Nhật Bản và dự Hội thảo Không quân ASEAN - Nhật Bản."), ["2024-05-15 reception: Vũ Đình Sơn + Kudo Makoto"]);
  });

  it("reads 'hai tướng lĩnh' with no one named near it as the one general or flag officer of each side the article names, the inviter too", () => {
    const rows = (joint: string) =>
      extract([
        "Nhận lời mời của Trung tướng Ishida Goro, Tư lệnh Lực lượng Phòng vệ Mặt đất khu vực miền Bắc Nhật Bản, từ ngày 3 đến 6/6/2019, Thiếu tướng Phan Quốc Việt dẫn đầu đoàn đại biểu thăm Nhật Bản.",
        `Trong chuyến thăm, ${joint} đã hội đàm tại Sapporo.`,
      ]).encounters.map((e) => `${e.date.date_start}/${e.date.date_end} ${e.type} ${e.place?.name ?? "-"}: ${e.participants.map((p) => p.name).join(" + ")}`);
    assert.deepEqual(rows("hai tướng lĩnh"), ["2019-06-03/2019-06-06 talks Sapporo: Ishida Goro + Phan Quốc Việt"]);
    // A class of no rank ("hai bên": the sides) names no one.
    assert.deepEqual(rows("hai bên"), []);
  });

  describe("one welcome ceremony, all its attendees: one meeting", () => {
    const lead = "Sáng 17/9/2013, tại Hà Nội, Đại tướng Phùng Quang Thanh chủ trì lễ đón chính thức Bộ trưởng Quốc phòng Nhật Bản Onodera Itsunori.";
    const people = (x: ArticleExtraction) => x.encounters.map((e) => e.participants.map((p) => p.name).sort().join(" + "));

    it("adds the people of 'Cùng dự lễ đón có …' and 'Tham dự lễ đón có …', of either side or both, to the ceremony", () => {
      for (const attend of [
        "Cùng dự lễ đón có ông Fukada Hiroshi, Đại sứ Nhật Bản tại Việt Nam, và Thượng tướng Nguyễn Chí Vịnh, Thứ trưởng Bộ Quốc phòng.",
        "Tham dự lễ đón còn có Thượng tướng Nguyễn Chí Vịnh và Đại sứ Nhật Bản Fukada Hiroshi.",
        "Thượng tướng Nguyễn Chí Vịnh và ông Fukada Hiroshi, Đại sứ Nhật Bản, cùng dự lễ đón.",
        "Lễ đón có sự tham dự của Thượng tướng Nguyễn Chí Vịnh và ông Fukada Hiroshi, Đại sứ Nhật Bản.",
      ]) {
        const x = extract([`${lead} ${attend}`]);
        assert.deepEqual(people(x), ["Fukada Hiroshi + Nguyễn Chí Vịnh + Onodera Itsunori + Phùng Quang Thanh"], attend);
        assert.equal(x.encounters[0]!.type, "reception");
      }
      // One attendee, in the next paragraph.
      assert.deepEqual(people(extract([lead, "Tham dự lễ đón có ông Fukada Hiroshi, Đại sứ Nhật Bản tại Việt Nam."])), ["Fukada Hiroshi + Onodera Itsunori + Phùng Quang Thanh"]);
    });

    it("adds the attendees a sentence with no marker lists right after ('Cùng dự có …')", () => {
      assert.deepEqual(people(extract([`${lead} Cùng dự có Thượng tướng Nguyễn Chí Vịnh, Thứ trưởng Bộ Quốc phòng.`])), ["Nguyễn Chí Vịnh + Onodera Itsunori + Phùng Quang Thanh"]);
      assert.deepEqual(people(extract([`${lead} Cùng tham dự sự kiện có ông Fukada Hiroshi, Đại sứ Nhật Bản.`])), ["Fukada Hiroshi + Onodera Itsunori + Phùng Quang Thanh"]);
      // Not a list of attendees: a plan ("Dự kiến …"), or a sentence with a day of its own.
      assert.deepEqual(people(extract([`${lead} Dự kiến ông Fukada Hiroshi, Đại sứ Nhật Bản, sẽ có mặt.`])), ["Onodera Itsunori + Phùng Quang Thanh"]);
    });

    it("reads 'Tới dự có …' and 'Đến dự buổi lễ có …' as lists of attendees too", () => {
      for (const opener of ["Tới dự có", "Đến dự buổi lễ có"]) {
        assert.deepEqual(people(extract([`${lead} ${opener} Thượng tướng Nguyễn Chí Vịnh, Thứ trưởng Bộ Quốc phòng.`])), ["Nguyễn Chí Vịnh + Onodera Itsunori + Phùng Quang Thanh"], opener);
      }
    });

    it("completes a ceremony whose host is named in one sentence and its guest in the next ('Tới dự có …')", () => {
      const held = "Ngày 20/9/2023, tại Hà Nội, Đại sứ quán Nhật Bản tổ chức lễ kỷ niệm 50 năm quan hệ ngoại giao hai nước. Đại sứ Yamada Takio chủ trì buổi lễ.";
      for (const opener of ["Tới dự có", "Đến dự có", "Tham dự có"]) {
        const x = extract([`${held} ${opener} Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng.`]);
        assert.deepEqual(x.encounters.map((e) => `${e.date.date_start} ${e.type} ${e.participants.map((p) => p.name).sort().join(" + ")}`), ["2023-09-20 other Hoàng Xuân Chiến + Yamada Takio"], opener);
      }
    });

    it("takes a ceremony whose guest is named by title, and its attendee named after, for one meeting", () => {
      const x = extract([
        "Sáng 17/9/2013, tại Hà Nội, Đại tướng Phùng Quang Thanh chủ trì lễ đón chính thức đoàn đại biểu Bộ Quốc phòng Nhật Bản. Dẫn đầu đoàn là Bộ trưởng Onodera Itsunori. Tham dự lễ đón có ông Fukada Hiroshi, Đại sứ Nhật Bản tại Việt Nam.",
      ]);
      assert.deepEqual(people(x), ["Fukada Hiroshi + Onodera Itsunori + Phùng Quang Thanh"]);
    });

    it("takes a second guest welcomed at the ceremony, with no host, no day and no time of its own, for one more participant", () => {
      const opening = "Sáng 17/9/2013, Đại tướng Phùng Quang Thanh chủ trì lễ đón đoàn đại biểu Bộ Quốc phòng Nhật Bản. Dẫn đầu đoàn là Bộ trưởng Onodera Itsunori.";
      assert.deepEqual(people(extract([`${opening} Lễ đón Đô đốc Iwasaki Shigeru, Tham mưu trưởng Liên quân, được tổ chức cùng lúc.`])), ["Iwasaki Shigeru + Onodera Itsunori + Phùng Quang Thanh"]);
      // With a host of its own, or a time of its own, it is another ceremony.
      for (const other of ["Thượng tướng Đỗ Bá Tỵ chủ trì lễ đón Đô đốc Iwasaki Shigeru, Tham mưu trưởng Liên quân.", "Chiều cùng ngày, lễ đón Đô đốc Iwasaki Shigeru, Tham mưu trưởng Liên quân, được tổ chức."]) {
        const x = people(extract([`${opening} ${other}`]));
        assert.ok(x.includes("Iwasaki Shigeru + Đỗ Bá Tỵ") || x.includes("Iwasaki Shigeru + Phùng Quang Thanh"), other);
        assert.ok(!x.some((e) => e.includes("Onodera") && e.includes("Iwasaki")), other);
      }
    });

    it("welcomes two guests of one host in one sentence as one meeting ('chủ trì lễ đón A và đón tiếp B')", () => {
      const x = extract(["Sáng 17/9/2013, Đại tướng Phùng Quang Thanh chủ trì lễ đón Bộ trưởng Quốc phòng Nhật Bản Onodera Itsunori và đón tiếp Đô đốc Iwasaki Shigeru."]);
      assert.deepEqual(people(x), ["Iwasaki Shigeru + Onodera Itsunori + Phùng Quang Thanh"]);
      // Another occasion told between the two: two receptions.
      const apart = extract(["Sáng 17/9/2013, Đại tướng Phùng Quang Thanh tiếp Bộ trưởng Quốc phòng Nhật Bản Onodera Itsunori, sau đó tiếp Đô đốc Iwasaki Shigeru."]);
      assert.deepEqual(people(apart), ["Onodera Itsunori + Phùng Quang Thanh", "Iwasaki Shigeru + Phùng Quang Thanh"]);
    });

    it("keeps two real meetings of one day apart: other hosts, other verbs, their own sentences", () => {
      // A reception by the minister and talks with the chief of staff.
      assert.deepEqual(people(extract([lead, "Cùng ngày, Thượng tướng Đỗ Bá Tỵ, Tổng Tham mưu trưởng, hội đàm với Bộ trưởng Onodera Itsunori."])), [
        "Onodera Itsunori + Phùng Quang Thanh",
        "Onodera Itsunori + Đỗ Bá Tỵ",
      ]);
      // Two hosts receive the same guest, each in a sentence of their own.
      assert.deepEqual(
        people(extract(["Ngày 17/9/2013, tại Hà Nội, Đại tướng Phùng Quang Thanh tiếp Bộ trưởng Quốc phòng Nhật Bản Onodera Itsunori.", "Thượng tướng Đỗ Bá Tỵ cũng tiếp Bộ trưởng Onodera Itsunori."])),
        ["Onodera Itsunori + Phùng Quang Thanh", "Onodera Itsunori + Đỗ Bá Tỵ"],
      );
      // The host's own second ceremony, whoever attends it.
      assert.deepEqual(people(extract([lead, "Đại tướng Phùng Quang Thanh cũng chủ trì lễ đón Đô đốc Iwasaki Shigeru, có sự tham dự của Thượng tướng Nguyễn Chí Vịnh."])), [
        "Onodera Itsunori + Phùng Quang Thanh",
        "Iwasaki Shigeru + Nguyễn Chí Vịnh + Phùng Quang Thanh",
      ]);
      // People who attend another ceremony, at another time of the day or on a day the sentence gives.
      assert.deepEqual(people(extract([lead, "Chiều cùng ngày, Thượng tướng Nguyễn Chí Vịnh và Đô đốc Iwasaki Shigeru cùng dự lễ đón tàu Nhật Bản."])), [
        "Onodera Itsunori + Phùng Quang Thanh",
        "Iwasaki Shigeru + Nguyễn Chí Vịnh",
      ]);
      assert.deepEqual(people(extract(["Ngày 17/9/2013, Đại tướng Phùng Quang Thanh chủ trì lễ đón Bộ trưởng Quốc phòng Nhật Bản Onodera Itsunori.", "Cùng ngày, Thượng tướng Nguyễn Chí Vịnh và Đô đốc Iwasaki Shigeru cùng dự lễ đón tàu Nhật Bản."])), [
        "Onodera Itsunori + Phùng Quang Thanh",
        "Iwasaki Shigeru + Nguyễn Chí Vịnh",
      ]);
    });
  });

  it("adds no one to a meeting from a word of a country's name that is also a given name of someone the article names", () => {
    const x = extract([
      "Sáng 6/12/2021, tại Hà Nội, Thượng tướng Phạm Hoài Nam tiếp ông Yamada Takio, Đại sứ Nhật Bản.",
      "Chiều cùng ngày, Bộ trưởng Quốc phòng Việt Nam, Đại tướng Phan Văn Giang, điện đàm với Đại tướng Yoshida Yoshihide, Tham mưu trưởng Liên quân Nhật Bản.",
    ]);
    assert.deepEqual(
      x.encounters.map((e) => e.participants.map((p) => p.name).join(" + ")),
      ["Phạm Hoài Nam + Yamada Takio", "Phan Văn Giang + Yoshida Yoshihide"],
    );
  });

  it("reasons the year from all the article's encounters together", () => {
    // 4/3 alone fits several years for Phan Văn Giang and Kawano; Iwaya Takeshi was minister only from October 2018 to September 2019.
    const x = extract([
      "Ngày 4/3, Đô đốc Kawano Katsutoshi, Tham mưu trưởng Liên quân Lực lượng Phòng vệ Nhật Bản, hội đàm với Thượng tướng Phan Văn Giang, Tổng Tham mưu trưởng.",
      "Chiều cùng ngày, Thượng tướng Phan Văn Giang chào xã giao Bộ trưởng Quốc phòng Nhật Bản Iwaya Takeshi.",
    ]);
    assert.deepEqual(x.encounters.map((e) => e.date.date_start), ["2019-03-04", "2019-03-04"]);
    assert.match(x.encounters[0]!.date.basis, /other encounters only 2019 fits/);
  });

  it("reads the year of a numbered series' edition and of an anniversary of diplomatic relations", () => {
    assert.deepEqual(editionsNamed("tham dự Hội nghị Quan chức Quốc phòng Cao cấp Nhật Bản-ASEAN lần thứ hai tại Tokyo", knowledge.series).map((e) => e.edition.start), ["2010-03-25"]);
    assert.deepEqual(editionsNamed("tại lần thứ 4 Hội nghị Bộ trưởng Quốc phòng ASEAN cộng (ADMM+) bên lề", knowledge.series).map((e) => e.edition.start), ["2017-10-24"]);
    // Oka Masami's tenure is known only from an attested day, so 13/3 fits 2022 and 2023; the 50th anniversary is 2023.
    const x = extract([
      "Chiều 13/3, Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng và ông Oka Masami, Thứ trưởng Bộ Quốc phòng Nhật Bản, đồng chủ trì Đối thoại Chính sách quốc phòng.",
      "Năm nay là dịp hai nước kỷ niệm 50 năm thiết lập quan hệ ngoại giao.",
    ]);
    assert.deepEqual(x.encounters.map((e) => e.date.date_start), ["2023-03-13"]);
  });

  it("leaves out an encounter no single year fits, with the years the evidence allows", () => {
    const x = extract(["Chiều 3/6, ông Phan Văn Giang, Bộ trưởng Bộ Quốc phòng, hội đàm trực tuyến với Bộ trưởng Bộ Quốc phòng Nhật Bản Kishi Nobuo."]);
    assert.deepEqual(x.encounters, []);
    assert.match(x.leftOut[0]!.reason, /no single year: .*2021, 2022 all fit/);
  });

  it("reads the repaired text but points at what the article writes", () => {
    const body = "Ngày 24/10/2017, Bộ trưởng Wu Chunli hội đàm với Bộ trưởng Quốc phòng Nhật Bản Onodera Itsunori tại Philippines Clark.";
    const d = doc([body]);
    const at = d.text.indexOf("Wu Chunli");
    const fix: Fix = { start: at, end: at + "Wu Chunli".length, original: "Wu Chunli", replacement: "Ngô Xuân Lịch", rule: "name:pinyin", evidence: "test", confidence: 1, person_id: registry.findPeople("Ngô Xuân Lịch")[0]!.person_id };
    const x = extractArticle({ document: d, fixes: [fix], repeated: new Set(), machineTranslated: true }, knowledge);
    assert.deepEqual(summary(x), ["2017-10-24/2017-10-24 talks in_person Clark: Ngô Xuân Lịch (Đại tướng) + Onodera Itsunori (-)"]);
    const p = x.encounters[0]!.participants[0]!;
    assert.equal(p.name_as_written, "Wu Chunli");
    assert.equal(d.text.slice(p.start, p.end), "Wu Chunli");
    assert.equal(d.text.slice(x.encounters[0]!.start, x.encounters[0]!.end), body);
  });

  it("reads a rank written in lower case before a name the registry does not know, and publishes it in the lexicon's form", () => {
    const x = extract(["Sáng 12/3/2021, tại Hà Nội, thiếu tướng Đỗ Minh Khôi, Phó Tư lệnh Quân khu 9, đã tiếp chuẩn đô đốc Sato Haruki, Chỉ huy Hải đoàn Hộ tống Nhật Bản."]);
    assert.deepEqual(summary(x), ["2021-03-12/2021-03-12 reception in_person Hanoi: Đỗ Minh Khôi (Thiếu tướng) + Sato Haruki (Chuẩn Đô đốc)"]);
    assert.ok(x.encounters[0]!.participants.every((p) => p.person_id === null));
  });

  it("gives a person the post written beside them earlier in the article, registry or not", () => {
    const x = extract([
      "Ngày 4/9/2022, Đại tá Hồ Thanh Bình, Chính ủy Lữ đoàn 125, đón Đại tá Ueda Ken, Trưởng đoàn tàu huấn luyện Nhật Bản, tại cảng.",
      "Trong chuyến thăm, Đại tá Ueda Ken đã hội kiến Đại tá Hồ Thanh Bình tại Hải Phòng vào chiều 5/9/2022.",
    ]);
    const later = x.encounters.find((e) => e.date.date_start === "2022-09-05")!;
    assert.deepEqual(
      later.participants.map((p) => [p.name, p.rank, p.position]),
      [
        ["Ueda Ken", "Đại tá", "Trưởng đoàn tàu huấn luyện Nhật Bản"],
        ["Hồ Thanh Bình", "Đại tá", "Chính ủy Lữ đoàn 125"],
      ],
    );
  });

  it("completes 'Hai bên đã hội đàm' from sides named in the paragraphs before, one sentence each", () => {
    const x = extract([
      "Từ ngày 3 đến 6/10/2022, đoàn đại biểu quân sự Việt Nam do Trung tướng Lê Minh Quân dẫn đầu thăm Nhật Bản.",
      "Phía Nhật Bản đón đoàn có bà Ikeda Sachiko, Thứ trưởng Quốc phòng.",
      "Hai bên đã hội đàm về đào tạo và y học quân sự.",
    ]);
    assert.deepEqual(
      x.encounters.map((e) => [e.type, e.participants.map((p) => `${p.name} (${p.position ?? "-"})`).join(" + ")]),
      [["talks", "Lê Minh Quân (-) + Ikeda Sachiko (Thứ trưởng Quốc phòng)"]],
    );
  });

  it("leaves out a name in apposition to the title after 'của' or 'mời', but not the subject after 'thay mặt …,' or after an organisation", () => {
    // Invented people.
    const who = (opening: string) =>
      extract([`Sáng 9/10/2025, tại Hà Nội, ${opening} Thứ trưởng Quốc phòng Nhật Bản Sugimoto Ryo đã chào xã giao Chủ tịch nước Trần Văn Tâm.`]).encounters.map((e) => e.participants.map((p) => p.name).join(" + "));
    assert.deepEqual(who("theo lời mời của Bộ trưởng Bộ Quốc phòng Việt Nam, Đại tướng Lê Văn Hậu,"), ["Sugimoto Ryo + Trần Văn Tâm"]);
    // The same without the commas, as before.
    assert.deepEqual(who("theo lời mời của Bộ trưởng Bộ Quốc phòng Việt Nam Đại tướng Lê Văn Hậu,"), ["Sugimoto Ryo + Trần Văn Tâm"]);
    const subject = (opening: string) =>
      extract([`Sáng 9/10/2025, tại Hà Nội, ${opening} Thượng tướng Lê Văn Hậu đã tiếp Thứ trưởng Quốc phòng Nhật Bản Sugimoto Ryo.`]).encounters.map((e) => e.participants.map((p) => p.name).join(" + "));
    assert.deepEqual(subject("thay mặt Bộ trưởng Bộ Quốc phòng,"), ["Lê Văn Hậu + Sugimoto Ryo"]);
    assert.deepEqual(subject("sau buổi làm việc với đoàn của Bộ Quốc phòng Nhật Bản,"), ["Lê Văn Hậu + Sugimoto Ryo"]);
  });

  it("takes the person named after another and 'là' as the noun before the possessive ('người kế nhiệm của ông A là Bộ trưởng B')", () => {
    const met = (counterpart: string) =>
      extract([`Ngày 18/11/2019, tại Bangkok, Đại tướng Ngô Xuân Lịch đã hội đàm với ${counterpart}.`]).encounters.map((e) => e.participants.map((p) => p.name).join(" + "));
    assert.deepEqual(met("người kế nhiệm của ông Iwaya là Bộ trưởng Quốc phòng Kono Taro"), ["Ngô Xuân Lịch + Kono Taro"]);
    // The one the possessive governs is still spoken of, not met.
    assert.deepEqual(met("Bộ trưởng Quốc phòng Kono Taro, người kế nhiệm của ông Iwaya Takeshi"), ["Ngô Xuân Lịch + Kono Taro"]);
    assert.deepEqual(met("đại diện của Bộ trưởng Quốc phòng Kono Taro"), []);
  });

  it("completes a conference told with one side when the next sentence tells the other side's country attends", () => {
    // Invented people, and a forum whose members the reference data does not list (Japan a member of the ADMM-Plus: below).
    const lead = "Sáng 14/11/2023, tại Jakarta, Đại tướng Lê Hồng Sơn, Bộ trưởng Bộ Quốc phòng, dẫn đầu đoàn Việt Nam dự Hội nghị An ninh hàng hải khu vực.";
    const kinds = (...next: string[]) => extract([lead, ...next]).encounters.map((e) => `${e.type}: ${e.participants.map((p) => p.country).join("+")}`);
    assert.deepEqual(kinds("Tham dự hội nghị có Bộ trưởng Quốc phòng các nước ASEAN và các nước đối tác, trong đó có Nhật Bản."), ["conference: VN"]);
    // In another word order: the same. Only the next sentence is read: a country named a sentence further on is not.
    assert.deepEqual(kinds("Các nước đối tác, trong đó có Nhật Bản, cử đoàn đến dự."), ["conference: VN"]);
    assert.deepEqual(kinds("Các nước đối tác cũng cử đoàn đến dự.", "Trong số đó có Nhật Bản."), []);
    // A sentence that speaks of Japan but not of who came; one of another day; none: no meeting of the two countries.
    assert.deepEqual(kinds("Tại hội nghị, các Bộ trưởng bàn về hợp tác với Nhật Bản."), []);
    assert.deepEqual(kinds("Ngày 20/11/2023, Nhật Bản tham dự một diễn tập khác."), []);
    assert.deepEqual(kinds("Tham dự hội nghị có Bộ trưởng Quốc phòng các nước ASEAN."), []);
    // Nor one that tells what the delegation will attend: a plan, not who came.
    assert.deepEqual(kinds("Nhân dịp này, đoàn sẽ dự cuộc gặp giữa quan chức các nước ASEAN với Nhật Bản."), []);
    assert.deepEqual(kinds("Theo chương trình, đoàn dự kiến tham dự phiên họp với các nước đối tác, trong đó có Nhật Bản."), []);
  });

  it("someone a plan names ('Phía Nhật Bản dự kiến do B dẫn đầu') is no side of an encounter told before", () => {
    // Invented people; the ADMM-Plus, of which Japan is a member, is attended by both countries.
    const lead = "Sáng 14/11/2023, tại Jakarta, Đại tướng Lê Hồng Sơn, Bộ trưởng Bộ Quốc phòng, dẫn đầu đoàn Việt Nam dự Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng.";
    const people = (next: string) => extract([`${lead} ${next}`]).encounters.map((e) => `${e.type}: ${e.participants.map((p) => p.name).join(" + ")}`);
    assert.deepEqual(people("Phía Nhật Bản, đoàn do Thứ trưởng Quốc phòng Sato Kenji dẫn đầu."), ["conference: Lê Hồng Sơn + Sato Kenji"]);
    assert.deepEqual(people("Phía Nhật Bản, đoàn dự kiến do Thứ trưởng Quốc phòng Sato Kenji dẫn đầu."), ["conference: Lê Hồng Sơn"]);
    assert.deepEqual(people("Phía Nhật Bản sẽ có Thứ trưởng Quốc phòng Sato Kenji tham dự."), ["conference: Lê Hồng Sơn"]);
  });

  it("'Sau cuộc gặp với B, A cho biết …' tells that meeting, though what A said is of a plan", () => {
    const rows = (sentence: string) => extract([sentence], { dateline: "Chủ nhật, 12/09/2021 09:00" }).encounters.map((e) => `${e.date.date_start} ${e.type}: ${e.participants.map((p) => p.name).join(" + ")}`);
    assert.deepEqual(rows("Sau cuộc gặp với người đồng cấp Việt Nam Phan Văn Giang hôm thứ Bảy, ông Kishi Nobuo cho biết Tokyo sẽ đẩy nhanh đàm phán về chuyển giao tàu."), ["2021-09-11 reception: Phan Văn Giang + Kishi Nobuo"]);
    // A meeting wished for or to come is none.
    assert.deepEqual(rows("Đại tướng Trần Quốc Toản mong muốn sớm có cuộc gặp với Bộ trưởng Sato Kenji."), []);
    assert.deepEqual(rows("Bộ trưởng Sato Kenji sẽ có cuộc gặp với Đại tướng Trần Quốc Toản vào tuần tới."), []);
  });

  it("reads clauses joined by a semicolon, each with its own day and marker, as encounters of their own", () => {
    // Invented people.
    const rows = (sentence: string) => extract([sentence], { dateline: "Thứ Hai, 07/12/2020 09:00" }).encounters.map((e) => `${e.date.date_start} ${e.type}: ${e.participants.map((p) => p.name).join(" + ")}`);
    const call = "trước đó, ngày 10/6, Thượng tướng Lê Văn Hùng và ông Aoki Jun, Thứ trưởng Bộ Quốc phòng Nhật Bản, đã điện đàm";
    assert.deepEqual(rows(`Ngày 20/7, Thượng tướng Trần Quốc Toản hội đàm trực tuyến với ông Sato Kenji, Bộ trưởng Quốc phòng Nhật Bản; ${call}.`), [
      "2020-07-20 talks: Trần Quốc Toản + Sato Kenji",
      "2020-06-10 call: Lê Văn Hùng + Aoki Jun",
    ]);
    // The first clause naming no one: the second is not its counterparts, nor of its day.
    assert.deepEqual(rows(`Ngày 20/7, Bộ trưởng Quốc phòng hai nước đã hội đàm trực tuyến; ${call}.`), ["2020-06-10 call: Lê Văn Hùng + Aoki Jun"]);
    // A clause without a day of its own is no encounter apart.
    assert.deepEqual(rows("Ngày 20/7, Thượng tướng Lê Văn Hùng hội đàm trực tuyến với ông Aoki Jun, Thứ trưởng Bộ Quốc phòng Nhật Bản; hai bên cũng điện đàm về hợp tác."), ["2020-07-20 talks: Lê Văn Hùng + Aoki Jun"]);
  });

  it("a day counted from publication inside the forum's span its sentence writes is the day of the encounter, and of its sidelines", () => {
    // Invented people and forum days.
    const forum = "Hôm nay, Đại tướng Lê Hồng Sơn dự Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng (ADMM+), diễn ra từ ngày 14 đến 16/11 tại Jakarta.";
    const side = "Bên lề hội nghị, Đại tướng Lê Hồng Sơn đã gặp Bộ trưởng Quốc phòng Nhật Bản Sato Kenji.";
    const days = (dateline: string) => extract([forum, side], { dateline }).encounters.map((e) => `${e.type} ${e.date.date_start}/${e.date.date_end}`);
    assert.deepEqual(days("Thứ Tư, 15/11/2023 18:00"), ["conference 2023-11-15/2023-11-15", "reception 2023-11-15/2023-11-15"]);
    // Outside the span (published after it) "hôm nay" is the report's day, not the forum's: the span stands.
    assert.deepEqual(days("Thứ Sáu, 17/11/2023 18:00"), ["conference 2023-11-14/2023-11-16", "reception 2023-11-14/2023-11-16"]);
  });

  it("a forum Japan is a member of is a conference of both, told with Vietnam's side attending it", () => {
    // Invented people; the ADMM-Plus's members (ASEAN and eight partners, Japan one) are in reference/series.json.
    const forum = "Sáng 14/11/2023, tại Jakarta, Đại tướng Lê Hồng Sơn, Bộ trưởng Bộ Quốc phòng, dẫn đầu đoàn Việt Nam dự Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng (ADMM+).";
    const kinds = (...body: string[]) => extract(body).encounters.map((e) => `${e.type} ${e.date.date_start}: ${e.participants.map((p) => p.country).join("+")}`);
    assert.deepEqual(kinds(forum), ["conference 2023-11-14: VN"]);
    // Beside a meeting on its sidelines, two rows.
    assert.deepEqual(kinds(forum, "Bên lề hội nghị, Đại tướng Lê Hồng Sơn đã gặp Bộ trưởng Quốc phòng Nhật Bản Sato Kenji."), ["conference 2023-11-14: VN", "reception 2023-11-14: VN+JP"]);
    // Not a forum of ASEAN alone, nor one named in a wish rather than attended.
    assert.deepEqual(kinds(forum.replace("ASEAN mở rộng (ADMM+)", "các nước ASEAN (ADMM)")), []);
    assert.deepEqual(kinds("Sáng 14/11/2023, tại Hà Nội, Đại tướng Lê Hồng Sơn đề nghị các nước phối hợp chặt chẽ tại Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng (ADMM+)."), []);
    // Named in lower case in the lead, with Vietnam's delegation told attending it in the next sentence.
    assert.deepEqual(kinds("Sáng 14/11/2023, hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng (ADMM+) đã khai mạc tại Jakarta.", "Đại tướng Lê Hồng Sơn, Bộ trưởng Bộ Quốc phòng, dẫn đầu đoàn Việt Nam tham dự hội nghị."), ["conference 2023-11-14: VN"]);
    // So is its senior officials' meeting (ADSOM+), online.
    assert.deepEqual(kinds("Chiều 2/4/2024, Thượng tướng Trần Minh Khoa, Thứ trưởng Bộ Quốc phòng, dẫn đầu đoàn Việt Nam dự Hội nghị trực tuyến Quan chức quốc phòng cấp cao ASEAN mở rộng (ADSOM+)."), ["conference 2024-04-02: VN"]);
  });

  it("types an encounter named by a multilateral forum's name as a conference, whatever the name's head word", () => {
    // Invented people; the forum's names and its being multilateral come from reference/series.json.
    const types = (forum: string) =>
      extract([`Ngày 3/6/2019, Thượng tướng Trần Văn Khải và Bộ trưởng Quốc phòng Nhật Bản Hoshino Ken cùng dự ${forum} tại Singapore.`]).encounters.map((e) => e.type);
    assert.deepEqual(types("Đối thoại Shangri-La"), ["conference"]);
    // As a machine translation from Chinese writes it (香格里拉 read in Sino-Vietnamese).
    assert.deepEqual(types("Đối thoại Hương Cách Lý Lạp"), ["conference"]);
    // A bilateral dialogue keeps its type.
    assert.deepEqual(types("Đối thoại chính sách quốc phòng Việt Nam - Nhật Bản"), ["dialogue"]);
    // On the forum's sidelines, the two ministers' own meeting is talks, not the forum.
    const side = extract([
      "Sáng 2/6/2019, Đối thoại Shangri-La lần thứ 18 khai mạc tại Singapore.",
      "Bên lề Đối thoại Shangri-La, Thượng tướng Trần Văn Khải đã hội đàm với Bộ trưởng Quốc phòng Nhật Bản Hoshino Ken.",
    ]);
    assert.deepEqual(side.encounters.map((e) => e.type), ["talks"]);
  });

  it("reads 'có cuộc gặp (song phương) với' as an encounter, and a post from its first title word", () => {
    const x = extract(["Bên lề hội nghị ngày 21/11/2022 tại Campuchia, Đại tướng Lò Văn Tám đã có cuộc gặp song phương với Bộ trưởng Quốc phòng Nhật Bản Yoshida Akira."]);
    assert.deepEqual(summary(x), ["2022-11-21/2022-11-21 reception in_person Cambodia: Lò Văn Tám (Đại tướng) + Yoshida Akira (-)"]);
    const y = extract(["Sáng 9/5/2021, Thượng tướng Hà Văn Lộc chủ trì lễ đón chính thức Tư lệnh Lực lượng Phòng vệ Mặt đất Nhật Bản Mori Takeshi."]);
    assert.equal(y.encounters[0]!.participants[1]!.position, "Tư lệnh Lực lượng Phòng vệ Mặt đất Nhật Bản");
  });

  it("reads 'hai Bộ trưởng đã hội đàm' as the two holders of that title, the host named only as the one who invited", () => {
    const body = [
      "Theo lời mời của Bộ trưởng Quốc phòng Nhật Bản Sato Kenichi, Thượng tướng Đinh Văn Hòa, Bộ trưởng Bộ Quốc phòng Việt Nam, thăm chính thức Nhật Bản từ ngày 14 đến 17/5/2019.",
      "Sáng 15/5, hai Bộ trưởng đã hội đàm tại Tokyo.",
    ];
    assert.deepEqual(summary(extract(body)), ["2019-05-15/2019-05-15 talks in_person Tokyo: Sato Kenichi (-) + Đinh Văn Hòa (Thượng tướng)"]);
    // Two people of one side with the title: who met is not settled, so nothing is published.
    const two = extract([...body.slice(0, 1), "Bộ trưởng Bộ Quốc phòng Nhật Bản Mori Jiro từng thăm Việt Nam năm 2015.", body[1]!]);
    assert.deepEqual(summary(two), []);
  });

  it("places a ship visit's encounters at the port the ship visits or calls at", () => {
    const x = extract([
      "Từ ngày 2 đến 5/4/2022, tàu hộ vệ của Lực lượng Phòng vệ Biển Nhật Bản thăm cảng quốc tế Cam Ranh.",
      "Sáng 2/4, Đại tá Hayashi Goro, Hạm trưởng, chào xã giao Chuẩn Đô đốc Đặng Văn Toàn, Phó Tư lệnh Vùng 4 Hải quân.",
    ]);
    assert.deepEqual(x.encounters.map((e) => e.place?.name ?? null), ["Cam Ranh"]);
    const { places } = knowledge;
    const at = (t: string) => places.venues(t, 0, t.length).map((v) => v.place.name);
    assert.deepEqual(at("Tàu cập quân cảng Yokosuka sáng nay."), ["Yokosuka"]);
    assert.deepEqual(at("Đoàn làm việc tại căn cứ hải quân Maizuru."), ["Maizuru"]);
    assert.deepEqual(at("Ông đến thăm Hà Nội và thăm cảng Hải Phòng."), ["Hai Phong"]); // "thăm" alone is no venue, before a port it is
  });

  it("places an encounter at the city a delegation comes to ('tới'), not at one it returns to ('về')", () => {
    const { places } = knowledge;
    const at = (t: string) => places.venues(t, 0, t.length).map((v) => v.place.name);
    assert.deepEqual(at("Đoàn của Đô đốc Mori Jiro tới Đà Nẵng chiều thứ Hai."), ["Da Nang"]);
    assert.deepEqual(at("Tới Hà Nội, đoàn làm việc với Bộ Quốc phòng."), ["Hanoi"]);
    assert.deepEqual(at("Sau chuyến thăm, đoàn trở về Tokyo."), []);
    const x = extract(["Đại tướng Phan Văn Giang tới Tokyo hôm 5/9/2024 và hội đàm với Bộ trưởng Quốc phòng Nhật Bản Kihara Minoru."]);
    assert.deepEqual(x.encounters.map((e) => e.place?.name ?? null), ["Tokyo"]);
  });

  it("places a meeting in a capital a translation from Chinese writes in its Sino-Vietnamese reading", () => {
    const { places } = knowledge;
    const at = (t: string) => places.venues(t, 0, t.length).map((v) => v.place.name);
    assert.deepEqual(at("Hội nghị diễn ra tại Nhã Gia Đạt."), ["Jakarta"]);
    assert.deepEqual(at("Hai Bộ trưởng gặp nhau tại Vạn Tượng hôm qua."), ["Vientiane"]);
    assert.deepEqual(at("Đoàn đến Kim Biên, sau đó làm việc tại Mạn Cốc."), ["Phnom Penh", "Bangkok"]);
    assert.deepEqual(at("Hội đàm cử hành tại Cát Long Pha."), ["Kuala Lumpur"]);
  });

  it("places a meeting in a Japanese prefecture, island or base, and tells a prefecture from its capital of the same name", () => {
    const x = extract([
      "Chiều 3/7/2023, tại tỉnh Okinawa, Thượng tướng Trịnh Quang Minh hội đàm với Đô đốc Mori Jiro.",
      "Sáng 5/7/2023, Thượng tướng Trịnh Quang Minh gặp Trung tướng Hayashi Goro ở căn cứ Yokota.",
    ]);
    assert.deepEqual(x.encounters.map((e) => [e.place?.name ?? null, e.place?.country ?? null]), [["Okinawa Prefecture", "JP"], ["Yokota", "JP"]]);
    const { places } = knowledge;
    const at = (t: string) => places.venues(t, 0, t.length).map((v) => v.place.name);
    assert.deepEqual(at("Đoàn đến đảo Hokkaido hôm qua."), ["Hokkaido"]);
    assert.deepEqual(at("Ông làm việc tại Căn cứ Không quân Yokota."), ["Yokota"]);
    assert.deepEqual(at("Buổi gặp diễn ra tại tỉnh Kanagawa."), ["Kanagawa Prefecture"]);
    assert.deepEqual(at("Đoàn thăm trường sĩ quan ở Etajima, tỉnh Hiroshima."), ["Etajima", "Hiroshima Prefecture"]);
    assert.deepEqual(at("Hai bên gặp tại thành phố Hiroshima."), ["Hiroshima"]);
    assert.deepEqual(at("Lễ đón diễn ra ở thủ phủ Naha."), ["Naha"]);
    assert.deepEqual(at("Tàu cập cảng Cam Ranh, tỉnh Khánh Hòa."), ["Cam Ranh", "Khanh Hoa Province"]);
    // A filler word is read whatever its case: a port's name is often capitalised whole.
    assert.deepEqual(at("Hai tàu cập Cảng Quốc tế Cam Ranh, tỉnh Khánh Hòa, sáng nay."), ["Cam Ranh", "Khanh Hoa Province"]);
    assert.deepEqual(at("Đoàn làm việc tại Căn Cứ Không Quân Yokota."), ["Yokota"]);
    assert.deepEqual(at("Hội đàm tại Thành phố Hồ Chí Minh."), ["Ho Chi Minh City"]); // the word "Thành phố" is part of the spelling
    // "thành phố Okinawa" is the city; "Okinawa" alone the prefecture.
    assert.deepEqual(at("Diễn đàn họp tại thành phố Okinawa, Nhật Bản."), ["Okinawa City", "Japan"]);
    assert.deepEqual(at("Diễn đàn họp tại Okinawa."), ["Okinawa Prefecture"]);
    // Vietnam's provinces whose names are no common given name or word (reference/places.json lists them with sources).
    assert.deepEqual(at("Lễ khởi công diễn ra tại tỉnh Quảng Trị."), ["Quang Tri Province"]);
    assert.deepEqual(at("Đoàn làm việc ở Lạng Sơn hai ngày."), ["Lang Son Province"]);
    // Island cities and districts, with the filler word or without it.
    assert.deepEqual(at("Tàu cập cảng tại đảo Phú Quốc chiều nay."), ["Phu Quoc"]);
    assert.deepEqual(at("Hai bên gặp nhau tại Ishigaki, tỉnh Okinawa."), ["Ishigaki", "Okinawa Prefecture"]);
    // A place the gazetteer lacks, then the prefecture it lies in: the prefecture; not a name before other words.
    assert.deepEqual(at("Diễn đàn họp tại thị trấn Kusatsu Onsen, tỉnh Gunma, Nhật Bản."), ["Gunma Prefecture", "Japan"]);
    assert.deepEqual(at("Hai bên gặp tại thành phố Odawara, Kanagawa."), ["Kanagawa Prefecture"]);
    assert.deepEqual(at("Tại Odawara, Thượng tướng Nguyễn Chí Vịnh phát biểu."), []);
    // So is a ward or commune, with the city after it or in brackets ("phường X (TPHCM)").
    assert.deepEqual(at("Đoàn được đón tại phường Cát Lái (TPHCM) sáng nay."), ["Ho Chi Minh City"]);
    assert.deepEqual(at("Hai bên làm việc tại xã Tân Phú, thành phố Đà Nẵng."), ["Da Nang"]);
    // A place name that is also a family name, with a given name after it, is a person.
    assert.deepEqual(at("Ông gửi lời chào đến Yamaguchi Natsuo và các đồng nghiệp."), []);
    assert.deepEqual(at("Đoàn đến Yamaguchi Nhật Bản sáng nay."), ["Yamaguchi Prefecture", "Japan"]);
    assert.deepEqual(at("Đoàn đến Nagasaki Thượng tướng A đón."), ["Nagasaki"]);
  });

  it("gives each spelling of the gazetteer one place (a city-state's city and country excepted)", () => {
    const owner = new Map<string, { name: string; country: string; kind: string }>();
    for (const p of knowledge.places.places) {
      for (const n of p.names) {
        const o = owner.get(n);
        if (o && o.name !== p.name) assert.ok(o.country === p.country && o.kind !== p.kind, `"${n}" is a spelling of ${o.name} and of ${p.name}`);
        owner.set(n, p);
      }
    }
  });

  it("reads 'Tại hội đàm, A khẳng định …' as the talks when no sentence reports them, the other side from the lead's visit", () => {
    const x = extract(
      [
        "Ngày 12/8/2019, Tham mưu trưởng Lực lượng Phòng vệ Biển Nhật Bản Takahashi Ken đến Hà Nội, bắt đầu chuyến thăm Việt Nam.",
        "Tại hội đàm, Thượng tướng Trịnh Quang Minh đề nghị hai bên tăng cường trao đổi đoàn.",
      ],
      { headline: "Tham mưu trưởng Hải quân Nhật Bản thăm Việt Nam" },
    );
    assert.deepEqual(summary(x), ["2019-08-12/2019-08-12 talks in_person Hanoi: Takahashi Ken (-) + Trịnh Quang Minh (Thượng tướng)"]);
    // Told after the talks were read from their own sentence, the setting adds nothing.
    const y = extract([
      "Chiều 12/8/2019, tại Hà Nội, Thượng tướng Trịnh Quang Minh hội đàm với Đô đốc Takahashi Ken.",
      "Tại hội đàm, Thượng tướng Trịnh Quang Minh đề nghị hai bên tăng cường trao đổi đoàn.",
    ]);
    assert.equal(y.encounters.length, 1);
    // "Trước buổi hội đàm" does not tell that the talks took place.
    const z = extract([
      "Ngày 12/8/2019, Tham mưu trưởng Lực lượng Phòng vệ Biển Nhật Bản Takahashi Ken đến Hà Nội, bắt đầu chuyến thăm Việt Nam.",
      "Trước buổi hội đàm, Thượng tướng Trịnh Quang Minh phát biểu với báo chí.",
    ]);
    assert.deepEqual(summary(z), []);
  });

  it("keeps public security meetings: security is in scope as much as defence", () => {
    const x = extract(["Chiều 9/10/2023, tại Hà Nội, Thứ trưởng Bộ Công an Phạm Minh Đức tiếp ông Mori Kazuo, Tổng Cục trưởng Cục Cảnh sát Quốc gia Nhật Bản."]);
    assert.deepEqual(summary(x), ["2023-10-09/2023-10-09 reception in_person Hanoi: Phạm Minh Đức (-) + Mori Kazuo (-)"]);
  });

  it("reads 'đón tiếp' and 'có buổi làm việc với' as encounters, not 'cảm ơn sự đón tiếp'", () => {
    assert.equal(extract(["Sáng 15/8/2023, Thượng tướng Lê Quang Hòa đón tiếp Phó Đô đốc Ono Ken, Tư lệnh Hạm đội Hộ tống."]).encounters.length, 1);
    assert.equal(extract(["Ngày 20/9/2024, Thượng tướng Lê Quang Hòa đã có buổi làm việc với Thứ trưởng Quốc phòng Nhật Bản Ono Ken."]).encounters.length, 1);
    assert.equal(extract(["Ngày 20/9/2024, Thứ trưởng Quốc phòng Nhật Bản Ono Ken cảm ơn sự đón tiếp của Thượng tướng Lê Quang Hòa."]).encounters.length, 0);
  });

  it("dates an undated 'Chiều 3/6' by a portal's publication line, not by its update stamp", () => {
    const body = ["Chiều 3/6, Thượng tướng Lê Văn Khoa hội đàm với Thứ trưởng Quốc phòng Nhật Bản Ono Ken tại Hà Nội."];
    assert.deepEqual(summary(extract(body, { dateline: "Ngày đăng: 04/06/2019 08:00" })).map((x) => x.slice(0, 21)), ["2019-06-03/2019-06-03"]);
    // An update stamp of a later year is no publication date: the year stays open (an unknown Vietnamese officer, no tenure).
    assert.deepEqual(summary(extract(body, { dateline: "Cập nhật: 09:00 | 02/01/2024" })), []);
  });

  it("an update stamp on the encounter's own day or a few days after it gives its year, over a year the article writes for another occasion", () => {
    const dated = (dateline: string | null) =>
      extract(["Ngày 16-5, tại Hà Nội, Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng đã tiếp ông Suzuki Taro, Cục trưởng Cục Chính sách quốc phòng Nhật Bản. Hai bên rà soát các nội dung đã thống nhất tại Đối thoại Chính sách quốc phòng tháng 3-2023."], { dateline }).encounters.map((e) => e.date.date_start);
    assert.deepEqual(dated("Cập nhật: 16-05-2024 | 18:20"), ["2024-05-16"]);
    assert.deepEqual(dated("Cập nhật: 18-05-2024 | 08:00"), ["2024-05-16"]);
    // No stamp, or one months later (an edit long after): the year the article names, as before.
    assert.deepEqual(dated(null), ["2023-05-16"]);
    assert.deepEqual(dated("Cập nhật: 20-09-2024 | 08:00"), ["2023-05-16"]);
  });

  it("takes a marker in an opening clause of occasion ('Nhân dịp … dự Đối thoại, …') as the frame, not the encounter reported", () => {
    const x = extract(["Nhân dịp sang Việt Nam dự Đối thoại, ngày 21/3/2024, Thứ trưởng Quốc phòng Nhật Bản Ono Ken đã chào xã giao Thủ tướng Lê Văn Lâm."]);
    assert.deepEqual(x.encounters.map((e) => [e.type, e.participants.map((p) => p.name).join(" + ")]), [["reception", "Ono Ken + Lê Văn Lâm"]]);
    // "Sau khi hội đàm, …" still reports the talks (a preposition that tells they took place).
    const y = extract(["Sau khi hội đàm, ngày 21/3/2024, Thượng tướng Lê Văn Lâm và Thứ trưởng Quốc phòng Nhật Bản Ono Ken đã ký Bản ghi nhớ về hợp tác quân y."]);
    assert.equal(y.encounters.length, 1);
  });

  it("keeps a forum both countries attend apart from the bilateral meeting told on its sidelines, named capitalised or not", () => {
    for (const setting of ["Bên lề hội nghị", "Bên lề Hội nghị", "Trong khuôn khổ diễn đàn"]) {
      const x = extract([
        "Sáng 4/6/2022, tại Singapore, Đại tướng Lê Văn Lâm dự Diễn đàn An ninh khu vực, với sự tham dự của Bộ trưởng Quốc phòng Nhật Bản Ono Ken.",
        `${setting}, Đại tướng Lê Văn Lâm đã có cuộc gặp song phương với Bộ trưởng Ono Ken.`,
      ]);
      assert.deepEqual(summary(x), [
        "2022-06-04/2022-06-04 conference in_person Singapore: Lê Văn Lâm (Đại tướng) + Ono Ken (-)",
        "2022-06-04/2022-06-04 reception in_person Singapore: Lê Văn Lâm (Đại tướng) + Ono Ken (-)",
      ], setting);
    }
  });

  it("reads a sentence opening 'Nhân dịp này, …' after a forum as on its sidelines: the forum its sentence dates stays a meeting, with one side or both", () => {
    const forum = (guests: string) => `Ngày 12/3/2023, tại Tokyo, Thượng tướng Hoàng Xuân Chiến dẫn đầu đoàn Việt Nam dự Diễn đàn Thứ trưởng Quốc phòng ASEAN - Nhật Bản${guests}.`;
    const side = "Nhân dịp này, Thượng tướng Hoàng Xuân Chiến cũng đã có cuộc gặp Bộ trưởng Quốc phòng Nhật Bản Hamada Yasukazu.";
    const rows = (body: string[]) => summary(extract(body)).map((r) => r.replace(/ in_person Tokyo/, "").replace("2023-03-12/2023-03-12 ", ""));
    assert.deepEqual(rows([forum(""), side]), ["conference: Hoàng Xuân Chiến (Thượng tướng)", "reception: Hoàng Xuân Chiến (Thượng tướng) + Hamada Yasukazu (-)"]);
    assert.deepEqual(rows([forum(" với sự tham dự của Bộ trưởng Quốc phòng Nhật Bản"), side]), ["conference: Hoàng Xuân Chiến (Thượng tướng) + Hamada Yasukazu (-)", "reception: Hoàng Xuân Chiến (Thượng tướng) + Hamada Yasukazu (-)"]);
    // After an encounter that is no forum, it frames nothing: the same people on the same day are one meeting.
    assert.equal(rows(["Ngày 12/3/2023, tại Tokyo, Thượng tướng Hoàng Xuân Chiến hội đàm với Bộ trưởng Quốc phòng Nhật Bản Hamada Yasukazu.", side]).length, 1);
  });

  it("does not take an online marker from another encounter named as a setting", () => {
    const x = extract([
      "Chiều 3/6/2021, Thượng tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng, đã hội đàm trực tuyến với Bộ trưởng Bộ Quốc phòng Nhật Bản Kishi Nobuo.",
      "Trước buổi hội đàm trực tuyến, Thượng tướng Phan Văn Giang đã tiếp xã giao Đại sứ Nhật Bản tại Việt Nam Yamada Takio.",
    ]);
    assert.deepEqual(x.encounters.map((e) => `${e.type} ${e.format}`), ["talks online", "reception in_person"]);
  });

  it("'đoàn' as the subject stands for the head of the delegation told before, though the last encounter names only its host", () => {
    const body = [
      "Sáng 5/10/2024, tại Hải Phòng, Bộ Tư lệnh Vùng 1 Hải quân đã tiếp đoàn sĩ quan Lực lượng Phòng vệ Biển Nhật Bản do Đại tá Suzuki Jiro dẫn đầu. Chuẩn Đô đốc Trần Văn Hùng, Tư lệnh Vùng, chủ trì buổi tiếp.",
      "Chuyến thăm diễn ra từ ngày 4 đến 8/10. Chiều 6/10, đoàn đã chào xã giao Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng, tại Hà Nội.",
    ];
    assert.deepEqual(summary(extract(body)).at(-1), "2024-10-06/2024-10-06 reception in_person Hanoi: Suzuki Jiro (Đại tá) + Hoàng Xuân Chiến (Thượng tướng)");
  });

  it("a conference one side attends takes as the other side the one who opens it, named in the next sentence ('Phát biểu khai mạc, ông B …')", () => {
    const forum = "Từ ngày 12 đến 13/9/2023, tại Tokyo, Thiếu tướng Lê Quang Đạo, Phó Tư lệnh Cảnh sát biển Việt Nam, cùng đại diện nhiều nước tham dự Hội nghị cấp cao các cơ quan bảo vệ bờ biển châu Á.";
    const opening = "Phát biểu khai mạc, ông Ishii Shohei, Tư lệnh Lực lượng Bảo vệ bờ biển Nhật Bản, đề nghị các nước chia sẻ thông tin trên biển.";
    assert.deepEqual(summary(extract([forum, opening])), ["2023-09-12/2023-09-13 conference in_person Tokyo: Lê Quang Đạo (Thiếu tướng) + Ishii Shohei (-)"]);
    // Without it, nothing says Japan took part.
    assert.deepEqual(summary(extract([forum, "Các đại biểu thảo luận về an ninh hàng hải."])), []);
  });

  it("'đón đoàn' marks the host who receives a delegation told in the sentence before, in either name order ('Phát biểu khi đón đoàn, B …')", () => {
    const visit = "Ngày 9/10/2023, trong chuyến công tác tại Nhật Bản, Trung tướng Đỗ Minh Tuấn, Cục trưởng Cục Đối ngoại Bộ Quốc phòng, cùng đoàn đã đến thăm Bộ Tham mưu Liên quân Nhật Bản.";
    const host = (name: string) => `Phát biểu khi đón đoàn, Trung tướng ${name}, Phó Tham mưu trưởng Liên quân Nhật Bản, cảm ơn Việt Nam đã cử đoàn sang thăm.`;
    const want = ["2023-10-09/2023-10-09 reception in_person -: Đỗ Minh Tuấn (Trung tướng) + Mori Kenta (Trung tướng)"];
    assert.deepEqual(summary(extract([visit, host("Mori Kenta")])).map((s) => s.replace(/in_person \S+:/, "in_person -:")), want);
    assert.deepEqual(summary(extract([visit, host("Kenta Mori")])).map((s) => s.replace(/in_person \S+:/, "in_person -:")), want);
    // A visit to an institution with no one of it named is no encounter.
    assert.deepEqual(summary(extract([visit, "Đoàn đã tham quan phòng truyền thống của đơn vị."])), []);
  });

  it("reads a photo's caption when the body tells no encounter: the caption may be the one place both sides are named", () => {
    const arrival = "Sáng 21/8/2024, tàu JS Kaga của Lực lượng Phòng vệ Biển Nhật Bản cập cảng Tiên Sa, thành phố Đà Nẵng, bắt đầu chuyến thăm ba ngày.";
    const caption = "Chuẩn Đô đốc Lê Văn Minh, Phó Tư lệnh Vùng 3 Hải quân chào đón Chuẩn Đô đốc Mori Takeshi, Chỉ huy trưởng biên đội tại lễ đón. Ảnh: Hà Linh";
    const x = extract([arrival, caption, "Trong thời gian ở Đà Nẵng, đoàn sẽ giao lưu thể thao với hải quân Việt Nam."]);
    assert.deepEqual(summary(x), ["2024-08-21/2024-08-21 reception in_person Da Nang: Lê Văn Minh (Chuẩn Đô đốc) + Mori Takeshi (Chuẩn Đô đốc)"]);
    // Posts end before the marker and its setting word.
    assert.deepEqual(x.encounters[0]!.participants.map((p) => p.position), ["Phó Tư lệnh Vùng 3 Hải quân", "Chỉ huy trưởng biên đội"]);
    // A body that tells the encounter is read alone: its caption, telling it again, adds nothing.
    const told = arrival.replace("bắt đầu chuyến thăm ba ngày", "Chuẩn Đô đốc Lê Văn Minh, Phó Tư lệnh Vùng 3 Hải quân chủ trì lễ đón Chuẩn Đô đốc Mori Takeshi");
    assert.deepEqual(summary(extract([told, caption])).length, 1);
  });

  it("another encounter of a visit told with no day, no word of sequence and other people takes the visit's span, not the day told before", () => {
    const visit = "Từ ngày 3 đến 6/7/2024, Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng, dẫn đầu đoàn thăm chính thức Nhật Bản.";
    const dialogue = "Ngày 4/7, tại Tokyo, Thượng tướng Hoàng Xuân Chiến và Thứ trưởng Quốc phòng Nhật Bản Masuda Kazuo đồng chủ trì Đối thoại chính sách quốc phòng.";
    const call = "Thượng tướng Hoàng Xuân Chiến đã chào xã giao Bộ trưởng Quốc phòng Nhật Bản Kihara Minoru.";
    assert.deepEqual(summary(extract([visit, dialogue, call])).map((s) => s.split(":")[0]), ["2024-07-04/2024-07-04 dialogue in_person Tokyo", "2024-07-03/2024-07-06 reception in_person Tokyo"]);
    // Told as what follows ("Sau đó, …"), or a signing before the dialogue's witnesses, it is of the dialogue's day.
    assert.equal(summary(extract([visit, dialogue, `Sau đó, ${call.charAt(0).toLowerCase()}${call.slice(1)}`]))[1]!.split(" ")[0], "2024-07-04/2024-07-04");
    // A marker of the encounter before's type that is its own ("… cũng gặp …" after "… tiếp …") leaves it another encounter.
    const reception = "Chiều 4/7, tại Tokyo, Thượng tướng Hoàng Xuân Chiến đã tiếp Đại tướng Yoshida Yoshihide, Tham mưu trưởng Liên quân Nhật Bản.";
    assert.equal(summary(extract([visit, reception, "Đại tướng Yoshida Yoshihide cũng gặp Thượng tướng Nguyễn Tân Cương."]))[1]!.split(" ")[0], "2024-07-03/2024-07-06");
  });

  it("a reception of a delegation is its head's, named leading it, though someone of the head's side attends", () => {
    const arrival = "Sáng 18/9/2023, tàu 016 Quang Trung của Hải quân Việt Nam cập cảng Yokosuka, bắt đầu chuyến thăm Nhật Bản.";
    const head = "Đoàn công tác do Chuẩn Đô đốc Phạm Văn Thành, Phó Tư lệnh Vùng 1 Hải quân, làm trưởng đoàn.";
    const ceremony = "Lễ đón tàu và đoàn công tác diễn ra tại quân cảng với sự tham dự của Chuẩn Đô đốc Saito Jun, Tư lệnh Căn cứ Yokosuka; ông Lê Hoài Nam, Tùy viên Quốc phòng Việt Nam tại Nhật Bản.";
    const names = (body: string[]) => extract(body).encounters.flatMap((e) => e.participants.map((p) => p.name)).sort();
    assert.deepEqual(names([arrival, head, ceremony]), ["Lê Hoài Nam", "Phạm Văn Thành", "Saito Jun"]);
    // A ceremony of no delegation takes no head.
    assert.deepEqual(names([arrival, head, ceremony.replace("Lễ đón tàu và đoàn công tác", "Lễ thượng cờ")]).includes("Phạm Văn Thành"), false);
  });

  it("'buổi đối thoại', 'tại đối thoại' mark a dialogue: one delegation's head speaking at it is with the other side's head the article names", () => {
    const heads = "Đoàn Việt Nam do Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng, dẫn đầu. Đoàn Nhật Bản do Thứ trưởng Quốc phòng Masuda Kazuo dẫn đầu.";
    const speech = "Phát biểu tại buổi đối thoại, Thượng tướng Hoàng Xuân Chiến khẳng định chính sách quốc phòng hòa bình, tự vệ của Việt Nam.";
    const x = extract([heads, speech], { dateline: "15/03/2023" });
    assert.deepEqual(x.encounters.map((e) => [e.type, e.participants.map((p) => p.name).sort().join(" + ")]), [["dialogue", "Hoàng Xuân Chiến + Masuda Kazuo"]]);
    // Not when the other side's delegation has no head named.
    assert.deepEqual(extract([heads.replace(" do Thứ trưởng Quốc phòng Masuda Kazuo dẫn đầu", " đã đến Hà Nội"), speech], { dateline: "15/03/2023" }).encounters, []);
  });

  it("short lines that end no sentence and name no one (captions, subheadings left in the body) do not put a delegation's head out of reach", () => {
    const arrival = "Sáng 14/7/2024, tàu huấn luyện Kashima cùng 200 thủy thủ do Chuẩn Đô đốc Kawamura Hiroshi làm trưởng đoàn đã cập cảng Hải Phòng.";
    const welcome = "Đón đoàn tại cầu cảng có Đại tá Trần Văn Hải, Phó Tư lệnh Vùng 1 Hải quân.";
    const names = (body: string[]) => extract(body).encounters.flatMap((e) => e.participants.map((p) => p.name)).sort();
    const expected = ["Kawamura Hiroshi", "Trần Văn Hải"];
    assert.deepEqual(names([arrival, welcome]), expected);
    assert.deepEqual(names([arrival, "Tàu Kashima neo tại cảng Hải Phòng sáng 14/7", "Các thủy thủ chào cảng", welcome]), expected);
    // Lines that end a sentence are the story's: three of them put the head out of reach, as before.
    assert.deepEqual(names([arrival, "Tàu neo tại cảng Hải Phòng.", "Các thủy thủ chào cảng.", "Chuyến thăm kéo dài ba ngày.", welcome]), []);
  });

  it("a year of the background earlier than every year the people allow does not choose among them: the encounter is left out", () => {
    const call = "Chiều 20/8, tại Hà Nội, Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng, đã tiếp Đại sứ Nhật Bản tại Việt Nam Yamada Takio.";
    const x = extract([call, "Năm 2018, hai nước đã ký kết Bản ghi nhớ về hợp tác quốc phòng."]);
    assert.deepEqual(summary(x), []);
    assert.match(x.leftOut[0]!.reason, /no single year: .*2021, 2022, 2023 all fit$/);
    // With the encounter as it would be in each of those years, for another article's meeting to date (merge.ts).
    assert.deepEqual(x.leftOut[0]!.candidates?.map((c) => [c.date.date_start, c.type, c.participants.map((p) => p.name).join(" + ")]), [
      ["2021-08-20", "reception", "Phan Văn Giang + Yamada Takio"],
      ["2022-08-20", "reception", "Phan Văn Giang + Yamada Takio"],
      ["2023-08-20", "reception", "Phan Văn Giang + Yamada Takio"],
    ]);
    assert.ok(x.leftOut[0]!.candidates!.length <= FEW_YEARS);
    // People the registry does not know leave every year: each is a candidate still, more than a few (see merge.ts).
    const y = extract(["Chiều 20/8, tại cảng Tiên Sa, Đại tá Trần Văn Khôi, Phó Tư lệnh Vùng Cảnh sát biển 2, đã chủ trì lễ đón Chuẩn Đô đốc Sakamoto Kenta, Phó Tư lệnh Lực lượng Bảo vệ bờ biển Nhật Bản."]);
    assert.ok(y.leftOut[0]!.candidates!.length > FEW_YEARS);
    assert.ok((y.leftOut[0]!.candidates?.length ?? 0) > 5);
  });

  it("an encounter whose clause opens with a year counted from the article's ('Năm nay, …') is dated to no day of another occasion", () => {
    const ceremony = "Ngày 3/10/2023, hai nước tổ chức lễ kỷ niệm tại Hà Nội với sự tham gia của nhiều học giả.";
    const talks = "Thượng tướng Hoàng Xuân Chiến đã hội đàm với Thứ trưởng Quốc phòng Nhật Bản Masuda Kazuo.";
    const x = extract([ceremony, `Năm nay, ${talks.charAt(0).toLowerCase()}${talks.slice(1)}`], { dateline: "20/12/2024 09:15" });
    assert.deepEqual(summary(x), []);
    assert.match(x.leftOut[0]?.reason ?? "", /told only as of a year \("Năm nay"\)/);
    // Without it, the article's first date is the sentence's, as before.
    assert.equal(extract([ceremony, talks], { dateline: "20/12/2024 09:15" }).encounters[0]?.date.date_start, "2023-10-03");
  });

  it("a post written as held before ('nguyên Bộ trưởng …', 'cựu …') is published as written and dates the encounter after its terms", () => {
    const meets = (post: string) => `Chiều 20/8, tại Hà Nội, Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng, đã tiếp ${post} Onodera Itsunori.`;
    const mentioned = "Hai bên đã trao đổi về hợp tác quốc phòng song phương trong năm 2018 và năm 2022.";
    const x = extract([meets("nguyên Bộ trưởng Quốc phòng Nhật Bản"), mentioned]);
    assert.deepEqual(x.encounters.map((e) => e.date.date_start), ["2022-08-20"], x.encounters[0]?.date.basis);
    assert.equal(x.encounters[0]!.participants.find((p) => p.country === "JP")!.position, "nguyên Bộ trưởng Quốc phòng Nhật Bản");
    assert.deepEqual(extract([meets("cựu Bộ trưởng Quốc phòng Nhật Bản"), mentioned]).encounters.map((e) => e.date.date_start), ["2022-08-20"]);
  });

  it("talks between two delegations, no one named in their sentence, are between the heads the article names for them", () => {
    const call = "Ngày 6/3/2024, Đại tướng Yoshida Yoshihide, Tham mưu trưởng Liên quân Nhật Bản, đã chào xã giao Đại tướng Phan Văn Giang.";
    const named = "Đại tướng Phan Văn Giang hoan nghênh đoàn đại biểu quân sự Việt Nam do Thượng tướng Nguyễn Tân Cương, Tổng Tham mưu trưởng, làm trưởng đoàn và đoàn đại biểu Nhật Bản do Đại tướng Yoshida Yoshihide dẫn đầu.";
    const talks = "Chiều cùng ngày, Đoàn đại biểu quân sự Việt Nam đã hội đàm với Đoàn đại biểu Nhật Bản.";
    const expected = [
      "2024-03-06/2024-03-06 reception in_person -: Yoshida Yoshihide (Đại tướng) + Phan Văn Giang (Đại tướng)",
      "2024-03-06/2024-03-06 talks in_person -: Nguyễn Tân Cương (Thượng tướng) + Yoshida Yoshihide (Đại tướng)",
    ];
    assert.deepEqual(summary(extract([call, named, talks])), expected);
    // The sides the other way round, and the heads named after the talks.
    assert.deepEqual(summary(extract([call, talks.replace("quân sự Việt Nam", "Nhật Bản").replace("Đoàn đại biểu Nhật Bản.", "Đoàn đại biểu quân sự Việt Nam."), named]))[1], expected[1]);
    // Two heads the article gives Vietnam's delegations: neither is taken.
    const two = "Trước đó, đoàn công tác Việt Nam do Trung tướng Vũ Hải Sản dẫn đầu đã đến Tokyo.";
    assert.deepEqual(summary(extract([call, named, two, talks])).length, 1);
    // A delegation on one side only is no such encounter.
    assert.deepEqual(summary(extract([call, named, talks.replace("Đoàn đại biểu Nhật Bản", "phía Nhật Bản")])).length, 1);
  });

  it("an article that writes no date tells its encounters as its news: of the days before publication, said so", () => {
    const lead = "Trong chuyến thăm chính thức Nhật Bản, Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng, đã hội đàm với Thứ trưởng Quốc phòng Nhật Bản Masuda Kazuo.";
    const x = extract([lead], { dateline: "Thứ Năm, 19/09/2024 08:15" });
    assert.deepEqual(summary(x).map((s) => s.split(" ")[0]), ["2024-08-20/2024-09-19"]);
    assert.match(x.encounters[0]!.date.basis, /no date in an article that writes none, published 2024-09-19/);
    // Not one told as the background.
    assert.deepEqual(summary(extract([lead.replace("đã hội đàm", "đã từng hội đàm")], { dateline: "Thứ Năm, 19/09/2024 08:15" })), []);
    // Nor without a publication day.
    assert.deepEqual(summary(extract([lead])), []);
  });

  it("a headline that alone tells the encounter, the other side by title, is completed with the title's holder the body names", () => {
    const body = ["Trong chuyến thăm chính thức Việt Nam, Đại tướng Yamazaki Koji đã đặt vòng hoa tại Đài tưởng niệm các Anh hùng liệt sĩ."];
    const headline = "Đại tướng Ngô Xuân Lịch chủ trì lễ đón Tham mưu trưởng Liên quân Nhật Bản";
    const x = extract(body, { headline, dateline: "Thứ Tư, 13/03/2019 10:00" });
    assert.deepEqual(x.encounters.map((e) => e.participants.map((p) => p.name).join(" + ")), ["Ngô Xuân Lịch + Yamazaki Koji"]);
    // Over a body that tells the encounter itself, the headline is only its summary.
    const told = extract(["Sáng 12/3, Đại tướng Ngô Xuân Lịch chủ trì lễ đón Đại tướng Yamazaki Koji, Tham mưu trưởng Liên quân Nhật Bản."], { headline, dateline: "Thứ Tư, 13/03/2019 10:00" });
    assert.deepEqual(summary(told).map((s) => s.split(" ")[0]), ["2019-03-12/2019-03-12"]);
  });

  it("an encounter told before a sentence that opens 'Trước đó, ngày …' with a full date is later than that day", () => {
    const ceremony = "Sáng 20/2, tại Hà Nội, Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng, và Đại sứ Nhật Bản Yamada Takio đồng chủ trì buổi lễ bàn giao trang thiết bị.";
    const before = "Trước đó, ngày 5/12/2022, hai bên đã trao đổi văn bản về dự án.";
    assert.deepEqual(summary(extract([ceremony, before])).map((s) => s.split(" ").slice(0, 2).join(" ")), ["2023-02-20/2023-02-20 other"]);
    // A full date told otherwise is only a year the article names.
    assert.deepEqual(summary(extract([ceremony, before.replace("Trước đó, ngày", "Ngày")])).map((s) => s.split(" ")[0]), ["2022-02-20/2022-02-20"]);
  });

  it("a year in the name of the event the article tells, even at a sentence's end, is a year it names", () => {
    const expo = "Đoàn Bộ Quốc phòng Nhật Bản tham dự Triển lãm Quốc phòng quốc tế Việt Nam 2024.";
    const call = "Chiều 20/12, tại Hà Nội, Thượng tướng Hoàng Xuân Chiến đã tiếp Thứ trưởng Quốc phòng Nhật Bản Masuda Kazuo.";
    assert.deepEqual(summary(extract([expo, call])).map((s) => s.split(" ")[0]), ["2024-12-20/2024-12-20"]);
    // Without it, the posts leave two years.
    assert.deepEqual(summary(extract([expo.replace(" 2024", ""), call])), []);
  });

  it("a headline that places the story only in a country gives way to a city of that country however far down the article names it", () => {
    const body = [
      "Chiều 14/5/2024, Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng, đã hội đàm với Thứ trưởng Quốc phòng Nhật Bản Masuda Kazuo.",
      "Hai bên trao đổi về hợp tác gìn giữ hòa bình và khắc phục hậu quả chiến tranh.",
      "Thứ trưởng Masuda Kazuo cảm ơn sự hợp tác của Việt Nam.",
      "Trước đó, lễ đón đoàn được tổ chức tại trụ sở Bộ Quốc phòng Nhật Bản.",
    ];
    assert.deepEqual(summary(extract(body, { headline: "Thứ trưởng Bộ Quốc phòng hội đàm tại Nhật Bản" })).map((s) => s.split(" ")[3]), ["Tokyo:"]);
  });

  it("a lead paragraph that places the story only in a country gives way to a city of that country a later paragraph names", () => {
    const body = [
      "Nhân chuyến thăm của Bộ trưởng Quốc phòng Nhật Bản Kihara Minoru đến Việt Nam, hai nước trao đổi nhiều nội dung hợp tác.",
      "Hà Nội - Chiều 3/8/2024, Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng, đã hội đàm với Bộ trưởng Kihara Minoru.",
    ];
    assert.deepEqual(extract(body).encounters.map((e) => e.place?.name ?? null), ["Hanoi"]);
    // A city of another country does not: the country stands.
    assert.deepEqual(extract([body[0]!, body[1]!.replace("Hà Nội - ", "Bangkok - ")]).encounters.map((e) => [e.place?.name ?? null, e.place?.country ?? null]), [["Vietnam", "VN"]]);
    // So does a later sentence that tells an encounter there, with no dispatch.
    const welcomed = [body[0]!, body[1]!.replace("Hà Nội - ", ""), "Trước đó, lễ đón chính thức Bộ trưởng Kihara Minoru đã diễn ra tại Đà Nẵng."];
    assert.deepEqual(extract(welcomed).encounters.map((e) => e.place?.name ?? null), ["Da Nang"]);
  });

  it("an encounter with no date or place of its own after a sentence that moves the story to a day and a place takes them", () => {
    const lead = "Sáng 20/3/2024, tại Hà Nội, Thượng tướng Hoàng Xuân Chiến đã hội đàm với Chuẩn Đô đốc Kato Ken, Phó Tham mưu trưởng Lực lượng Phòng vệ Biển Nhật Bản.";
    const moved = "Trước đó, chiều 18/3, đoàn do Chuẩn Đô đốc Kato Ken dẫn đầu đã đến thăm Học viện Hải quân tại thành phố Nha Trang. Chuẩn Đô đốc Nguyễn Văn Bình, Giám đốc Học viện, chủ trì đón đoàn.";
    const both = [
      "2024-03-20/2024-03-20 talks in_person Hanoi: Hoàng Xuân Chiến (Thượng tướng) + Kato Ken (Chuẩn Đô đốc)",
      "2024-03-18/2024-03-18 reception in_person Nha Trang: Kato Ken (Chuẩn Đô đốc) + Nguyễn Văn Bình (Chuẩn Đô đốc)",
    ];
    assert.deepEqual(summary(extract([lead, moved])), both);
    // A day counted from publication likewise ("thứ Hai tuần trước").
    const x = extract([lead.replace("Sáng 20/3/2024", "Hôm qua"), moved.replace("chiều 18/3", "chiều thứ Hai tuần trước")], { dateline: "Thứ Năm, 21/03/2024" });
    assert.deepEqual(summary(x).map((s) => s.split(" ")[0]), ["2024-03-20/2024-03-20", "2024-03-11/2024-03-11"]);
  });

  it("a year in the name of an event the article says is to come bounds the encounter's year ('APEC 2017 vào tháng 11 tới')", () => {
    const lead = "Ngày 12/6, tại Hà Nội, Đại tướng Ngô Xuân Lịch, Bộ trưởng Bộ Quốc phòng, đã tiếp Đại sứ Nhật Bản tại Việt Nam Umeda Kunio.";
    const ahead = "Đại sứ cho biết Thủ tướng Nhật Bản sẽ sang Đà Nẵng dự Tuần lễ Cấp cao APEC 2017 vào tháng 11 tới.";
    assert.deepEqual(summary(extract([lead, ahead])).map((s) => s.split(" ")[0]), ["2017-06-12/2017-06-12"]);
    // Without it, the posts allow several years: left out.
    assert.deepEqual(summary(extract([lead])), []);
  });

  it("other people's encounter told in someone's account, with no date of its own, does not take the day of the encounter before", () => {
    const lead = "Chiều 5/9/2024, tại Hà Nội, Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng, tiếp Chuẩn Đô đốc Kato Ken, Tùy viên Quốc phòng Nhật Bản.";
    const expected = ["2024-09-05/2024-09-05 reception in_person Hanoi: Hoàng Xuân Chiến (Thượng tướng) + Kato Ken (Chuẩn Đô đốc)"];
    const account = "Chuẩn Đô đốc Kato Ken cho biết, cuộc hội đàm giữa Thủ tướng Phạm Minh Chính và Thủ tướng Ishiba Shigeru đã tạo động lực mới cho quan hệ hai nước.";
    const x = extract([lead, account]);
    assert.deepEqual(summary(x), expected);
    assert.equal(x.leftOut.length, 1, "reported as left out, not dropped");
    // Its own day still dates it (told as about defence: two heads of government are in scope only so).
    assert.equal(summary(extract([lead, account.replace("đã tạo", "ngày 3/9 đã tạo").replace("quan hệ hai nước", "hợp tác quốc phòng hai nước")])).length, 2);
  });

  it("one side meeting another country's people, named after the marker by title and country, is no Vietnam–Japan meeting", () => {
    const lead = "Sáng 14/3/2024, tại Tokyo, Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng, đã hội đàm với Thứ trưởng Quốc phòng Nhật Bản Masuda Kazuo.";
    const between = "Thượng tướng Hoàng Xuân Chiến cảm ơn phía Nhật Bản đã hỗ trợ Việt Nam trong lĩnh vực rà phá bom mìn.";
    const expected = ["2024-03-14/2024-03-14 talks in_person Tokyo: Hoàng Xuân Chiến (Thượng tướng) + Masuda Kazuo (-)"];
    for (const other of [
      "Cùng ngày, ông Masuda đã có cuộc gặp với Thứ trưởng Quốc phòng Philippines Irineo Espino.",
      "Trước đó, hôm 12/3, ông Masuda có cuộc gặp ba bên với Thứ trưởng Quốc phòng Mỹ Kathleen Hicks và Thứ trưởng Quốc phòng Úc Greg Moriarty.",
    ]) {
      assert.deepEqual(summary(extract([lead, between, other])), expected, other);
    }
    // So is a clause after a semicolon whose subject is another country's person by title: the subject before it does not go on.
    const sideline = "Ngày 8/6/2024, tại Singapore, Bộ trưởng Quốc phòng Nhật Bản Kihara Minoru gặp Bộ trưởng Quốc phòng Úc Richard Marles";
    assert.deepEqual(summary(extract([`${sideline}; Bộ trưởng Quốc phòng Philippines Gilberto Teodoro hội đàm với Đại tướng Phan Văn Giang.`])), []);
    assert.deepEqual(summary(extract([`${sideline}; Bộ trưởng Kihara Minoru cũng hội đàm với Đại tướng Phan Văn Giang.`])).length, 1);
  });
});

describe("encounters dated to a month", () => {
  const PUBLISHED = "Ngày đăng: 18/10/2024 09:30";
  const LEAD = "Chiều 17/10, tại Hà Nội, Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng, đã tiếp Bộ trưởng Bộ Quốc phòng Nhật Bản Nakatani Gen.";
  const month = (x: ArticleExtraction) => x.encounters.filter((e) => e.date.precision === "month").map((e) => `${e.date.date_start}/${e.date.date_end} ${e.type}: ${e.participants.map((p) => p.name).join(" + ")}`);

  it("dates an encounter by a month written with its year that opens its sentence, from its first to its last day", () => {
    const x = extract(["Tháng 2/2024, Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng, đã hội đàm với Thứ trưởng Bộ Quốc phòng Nhật Bản Sato Kenji tại Tokyo."]);
    assert.deepEqual(month(x), ["2024-02-01/2024-02-29 talks: Hoàng Xuân Chiến + Sato Kenji"]);
    assert.equal(x.encounters[0]!.date.time_of_day, null);
    assert.match(x.encounters[0]!.date.basis, /"Tháng 2\/2024".*month/);
    assert.deepEqual(x.leftOut, []);
  });

  it("dates an earlier encounter told in passing by 'tháng trước' or 'tháng X vừa qua', counted from the publication date, apart from the article's news", () => {
    for (const [earlier, dated] of [
      ["Hồi tháng trước, hai Bộ trưởng Phan Văn Giang và Nakatani Gen đã điện đàm.", "2024-09-01/2024-09-30 call"],
      ["Trước đó, trong tháng 8 vừa qua, Đại tướng Phan Văn Giang đã điện đàm với Bộ trưởng Nakatani Gen.", "2024-08-01/2024-08-31 call"],
      ["Hai Bộ trưởng Phan Văn Giang và Nakatani Gen đã điện đàm vào tháng 8 vừa qua.", "2024-08-01/2024-08-31 call"],
      ["Đại tướng Phan Văn Giang đã tiếp và điện đàm với Bộ trưởng Nakatani Gen hồi tháng 8 vừa qua.", "2024-08-01/2024-08-31 call"],
      ["Vào tháng 11 năm ngoái, Đại tướng Phan Văn Giang đã điện đàm với Bộ trưởng Nakatani Gen.", "2023-11-01/2023-11-30 call"],
    ]) {
      const x = extract([LEAD, earlier!], { dateline: PUBLISHED });
      assert.deepEqual(summary(x).map((s) => s.slice(0, 26)), ["2024-10-17/2024-10-17 rece", `${dated!.slice(0, 21)} call`], earlier);
      assert.deepEqual(month(x), [`${dated}: Phan Văn Giang + Nakatani Gen`], earlier);
    }
  });

  it("dates an encounter by a part of a month named with its year counted from publication ('đầu tháng 4 năm ngoái'), as a range of its days", () => {
    for (const [earlier, dated] of [
      ["Hồi cuối tháng 3 năm ngoái, Đại tướng Phan Văn Giang đã điện đàm với Bộ trưởng Nakatani Gen.", "2023-03-21/2023-03-31 call"],
      ["Vào giữa tháng 2 năm nay, Đại tướng Phan Văn Giang đã điện đàm với Bộ trưởng Nakatani Gen.", "2024-02-11/2024-02-20 call"],
    ]) {
      const x = extract([LEAD, earlier!], { dateline: PUBLISHED });
      assert.deepEqual(summary(x).map((s) => s.slice(0, 26)), ["2024-10-17/2024-10-17 rece", dated!.slice(0, 26)], earlier);
      assert.equal(x.encounters[1]!.date.precision, "range", earlier);
    }
  });

  it("takes a month without a year in the latest year that puts it on or before publication; 'tháng trước' in January is December of the year before", () => {
    const call = "Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng, đã điện đàm với Bộ trưởng Bộ Quốc phòng Nhật Bản Nakatani Gen";
    assert.deepEqual(month(extract([`Vào tháng 9, ${call}.`], { dateline: PUBLISHED })).map((s) => s.slice(0, 21)), ["2024-09-01/2024-09-30"]);
    assert.deepEqual(month(extract([`Vào tháng 11, ${call}.`], { dateline: PUBLISHED })).map((s) => s.slice(0, 21)), ["2023-11-01/2023-11-30"]);
    assert.deepEqual(month(extract([`Hồi tháng trước, ${call}.`], { dateline: "Ngày đăng: 10/01/2025 09:30" })).map((s) => s.slice(0, 21)), ["2024-12-01/2024-12-31"]);
    // With no publication date, "tháng trước" places nothing: the encounter is left out, not guessed.
    const x = extract([`Hồi tháng trước, ${call}.`]);
    assert.deepEqual(x.encounters, []);
    assert.match(x.leftOut[0]!.reason, /publication date/);
  });

  it("never dates an encounter by the days a plan governs in another clause, nor by such days as the article's first date", () => {
    const plan = "Trong chuyến thăm, Bộ trưởng Kihara Minoru dự kiến hội đàm với Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng Việt Nam.";
    const after = "Theo báo chí Nhật Bản, sau khi dự Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng tại Jakarta, Bộ trưởng Quốc phòng Nhật Bản Kihara Minoru sẽ thăm Việt Nam từ ngày 3 đến 5/12.";
    assert.deepEqual(summary(extract([plan, after], { headline: "Bộ trưởng Quốc phòng Nhật Bản sắp thăm Việt Nam" })), []);
  });

  it("never dates an encounter by a month of another clause, a plan or a count of months", () => {
    const talks = "Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng, đã hội đàm với Bộ trưởng Bộ Quốc phòng Nhật Bản Nakatani Gen";
    for (const sentence of [
      `${talks} và hai bên nhất trí sẽ tổ chức Đối thoại chính sách vào tháng 11.`,
      `${talks}, người nhậm chức vào tháng 10.`,
      `${talks} về việc triển khai văn kiện ký vào tháng 3.`,
      `Tiếp nối kết quả chuyến thăm tháng 3/2024, ${talks}.`,
      `Hai tháng trước, ${talks}.`,
      `${talks} vào tháng 11 tới.`,
      `${talks} sau cuộc gặp hồi tháng 5 vừa qua.`,
    ]) {
      const x = extract([sentence], { dateline: PUBLISHED });
      assert.deepEqual(month(x), [], sentence);
    }
    // A month of another clause leaves the encounter with the article's own date.
    assert.deepEqual(summary(extract([LEAD, "Tiếp nối kết quả chuyến thăm tháng 3/2024, hai Bộ trưởng Phan Văn Giang và Nakatani Gen đã hội đàm."], { dateline: PUBLISHED })).map((s) => s.slice(0, 21)), ["2024-10-17/2024-10-17"]);
    // A plan that writes its month is still a plan.
    const planned = extract([`Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng, sẽ hội đàm với Bộ trưởng Bộ Quốc phòng Nhật Bản Nakatani Gen vào tháng 12.`], { dateline: PUBLISHED });
    assert.deepEqual(planned.encounters, []);
    assert.match(planned.leftOut[0]!.reason, /planned/);
  });
});

describe("repairedText", () => {
  it("maps offsets both ways around replacements of another length", () => {
    const clean = "Ông Feng Guangqing gặp Zhong Guoyuan.";
    const fixes: Fix[] = [
      { start: 4, end: 18, original: "Feng Guangqing", replacement: "Phùng Quang Thanh", rule: "r", evidence: "e", confidence: 1, person_id: null },
      { start: 23, end: 36, original: "Zhong Guoyuan", replacement: "Nakatani Gen", rule: "r", evidence: "e", confidence: 1, person_id: null },
    ];
    const r = repairedText(clean, fixes);
    assert.equal(r.text, "Ông Phùng Quang Thanh gặp Nakatani Gen.");
    const at = r.text.indexOf("Nakatani");
    assert.equal(clean.slice(r.toClean(at), r.toClean(at + "Nakatani Gen".length)), "Zhong Guoyuan");
    assert.equal(r.fromClean(clean.indexOf("gặp")), r.text.indexOf("gặp"));
    assert.equal(r.toClean(r.text.length), clean.length);
  });
});

describe("agreements", () => {
  // (Under a headline naming the two countries: an article that never names Japan names no Vietnam–Japan document.)
  const HEADLINE = "Hợp tác quốc phòng Việt Nam – Nhật Bản\n";
  const find = (s: string, mt = false) =>
    findAgreementMentions(HEADLINE + s, [{ start: HEADLINE.length, end: HEADLINE.length + s.length }], mt, knowledge.grammar, knowledge.documents).map((a) => `${a.kind} ${a.status} ${a.signed ?? "-"}: ${a.title}`);

  it("reads named documents with their status, and skips unnamed and multilateral ones", () => {
    assert.deepEqual(find("Kết thúc hội đàm, hai Bộ trưởng đã ký Bản ghi nhớ về hợp tác an ninh mạng và Bản ghi nhớ về hợp tác trong lĩnh vực quân y."), [
      "memorandum signed_here -: Bản ghi nhớ về hợp tác an ninh mạng",
      "memorandum signed_here -: Bản ghi nhớ về hợp tác trong lĩnh vực quân y",
    ]);
    assert.deepEqual(find("Hai bên nhất trí cần sớm ký kết “Thỏa thuận chuyển giao trang bị và công nghệ quốc phòng”."), ["agreement agreed_to_sign -: Thỏa thuận chuyển giao trang bị và công nghệ quốc phòng"]);
    assert.deepEqual(find("Tuyên bố Tầm nhìn chung về hợp tác quốc phòng, ký ngày 10/4/2018, là nền tảng."), ["joint_statement referenced 2018-04-10: Tuyên bố Tầm nhìn chung về hợp tác quốc phòng"]);
    assert.deepEqual(find("Hai bên tiếp tục triển khai kế hoạch hợp tác năm 2020."), ["plan referenced -: kế hoạch hợp tác năm 2020"]);
    assert.deepEqual(find("Hai bên thực hiện các thỏa thuận đã ký và tôn trọng Tuyên bố về ứng xử của các bên ở Biển Đông."), []);
  });

  it("names a generic title by the two signers its clause names as the subject, one organisation of each side", () => {
    assert.deepEqual(find("Tháng 9/2017, Học viện Quốc phòng Việt Nam và Học viện Phòng vệ Nhật Bản đã ký Bản ghi nhớ hợp tác."), [
      "memorandum referenced 2017-09: Bản ghi nhớ hợp tác giữa Học viện Quốc phòng Việt Nam và Học viện Phòng vệ Nhật Bản",
    ]);
    // In either order; a subject that names no one, or two of one side, or more than signing words before the title, names nothing.
    assert.equal(find("Học viện Phòng vệ Nhật Bản và Học viện Quốc phòng Việt Nam ký kết Thỏa thuận hợp tác.").length, 1);
    assert.deepEqual(find("Hai bên đã ký kết Bản ghi nhớ hợp tác."), []);
    assert.deepEqual(find("Học viện Quốc phòng Việt Nam và Trường Sĩ quan Lục quân Việt Nam đã ký kết Bản ghi nhớ hợp tác."), []);
    assert.deepEqual(find("Học viện Quốc phòng Việt Nam và Học viện Phòng vệ Nhật Bản nhất trí nghiên cứu Bản ghi nhớ hợp tác."), []);
  });

  it("a document the two sides have reached ('đạt được', 'đạt') is agreed, not yet signed", () => {
    assert.deepEqual(find("Sau hội đàm, hai Bộ trưởng cho biết đã đạt được Thỏa thuận về hợp tác huấn luyện phi công."), ["agreement agreed_to_sign -: Thỏa thuận về hợp tác huấn luyện phi công"]);
    assert.deepEqual(find("Hai nước đạt Thỏa thuận về hợp tác huấn luyện phi công."), ["agreement agreed_to_sign -: Thỏa thuận về hợp tác huấn luyện phi công"]);
  });

  it("a document carried out ('thực thi', 'được triển khai', a translation's 'được lạc thực') was signed before, whatever is pushed for now", () => {
    // Before the title: the nearest verb is one of carrying out, not the verb of pushing before it.
    assert.deepEqual(find("Thượng tướng A đề nghị hai bên đẩy mạnh việc thực thi Bản ghi nhớ về hợp tác gìn giữ hòa bình."), [
      "memorandum referenced -: Bản ghi nhớ về hợp tác gìn giữ hòa bình",
    ]);
    // After it, with the title its subject.
    assert.deepEqual(find("Hai bên cam kết thúc đẩy để Bản ghi nhớ về hợp tác gìn giữ hòa bình được triển khai thực chất."), [
      "memorandum referenced -: Bản ghi nhớ về hợp tác gìn giữ hòa bình",
    ]);
    // A translation from Chinese puts the signing's date and verb before the title and the carrying out after it.
    assert.deepEqual(find("Song phương đồng ý thúc đẩy năm 2015 tháng 9 ký kết gìn giữ hòa bình hợp tác bản ghi nhớ được lạc thực.", true).map((r) => r.split(":")[0]), ["memorandum referenced -"]);
    // A signing still to come stays so, and the verb of signing after the title is no carrying out.
    assert.deepEqual(find("Hai bên thúc đẩy đàm phán Bản ghi nhớ về hợp tác gìn giữ hòa bình để được ký trong năm nay."), [
      "memorandum under_negotiation -: Bản ghi nhớ về hợp tác gìn giữ hòa bình",
    ]);
  });

  it("'đạt' agrees only with a document or an agreement for its object: results reached are no promise to sign", () => {
    // What the relations reached ("đạt nhiều kết quả", "đạt bước tiến") says nothing of a signing told after it.
    assert.deepEqual(find("Quan hệ hai quân đội đạt bước tiến rõ rệt, nhất là khi hai Thứ trưởng ký Bản ghi nhớ về hợp tác gìn giữ hòa bình."), [
      "memorandum signed_here -: Bản ghi nhớ về hợp tác gìn giữ hòa bình",
    ]);
    assert.deepEqual(find("Hợp tác giữa hai bên đạt nhiều thành tựu sau khi hai Bộ trưởng ký Bản ghi nhớ về hợp tác gìn giữ hòa bình vào tháng 5 năm ngoái."), [
      "memorandum referenced -: Bản ghi nhớ về hợp tác gìn giữ hòa bình",
    ]);
    // An agreement reached to sign it is a promise, with the agreement named ("thỏa thuận", "đồng thuận") before the verb.
    assert.deepEqual(find("Hai Thứ trưởng đã đạt thỏa thuận về việc ký kết Bản ghi nhớ về hợp tác gìn giữ hòa bình."), [
      "memorandum agreed_to_sign -: Bản ghi nhớ về hợp tác gìn giữ hòa bình",
    ]);
    assert.deepEqual(find("Hai bên đạt được sự đồng thuận về việc ký Bản ghi nhớ về hợp tác gìn giữ hòa bình."), [
      "memorandum agreed_to_sign -: Bản ghi nhớ về hợp tác gìn giữ hòa bình",
    ]);
  });

  it("a lower-case document noun whose complement holds a quoted name names the document; a programme's quoted name does not", () => {
    assert.deepEqual(find("Hai bên đã ký công hàm trao đổi về Dự án “Nâng cao năng lực rà phá bom mìn”."), ["other signed_here -: công hàm trao đổi về Dự án “Nâng cao năng lực rà phá bom mìn”"]);
    assert.deepEqual(find("Dự án thuộc chương trình “Hợp tác kỹ thuật” của Chính phủ Nhật Bản."), []);
    // Nor without a quoted name, unless the catalogue knows it.
    assert.deepEqual(find("Hai bên đã ký công hàm trao đổi về dự án rà phá bom mìn."), []);
  });

  it("puts the head noun of a machine translation first", () => {
    assert.deepEqual(find("Hai bên đồng ý sớm ngày ký kết về an ninh mạng hợp tác bản ghi nhớ.", true), ["memorandum agreed_to_sign -: Bản ghi nhớ về an ninh mạng hợp tác"]);
    assert.deepEqual(find("Hai ông ký kết 《Việt Nam chính phủ và Nhật Bản chính phủ về quốc phòng trang bị chuyển giao hiệp định》.", true), [
      "agreement signed_here -: Hiệp định Việt Nam chính phủ và Nhật Bản chính phủ về quốc phòng trang bị chuyển giao",
    ]);
  });

  it("merges mentions of one document and keeps two documents of one day apart", () => {
    const m = (title: string, date: string | null, mt = false): PlacedMention => ({
      start: 0, end: 1, title, kind: "memorandum", status: "referenced", signed: null, sentenceStart: 0, sentenceEnd: 1, article_id: title, machineTranslated: mt, date, document: null, named: true,
    });
    const merged = mergeAgreements([
      m("Bản ghi nhớ về hợp tác an ninh mạng", "2021-11-23"),
      m("Bản ghi nhớ về hợp tác trong lĩnh vực quân y", "2021-11-23"),
      m("Bản ghi nhớ giữa Bộ Quốc phòng Việt Nam và Bộ Quốc phòng Nhật Bản về hợp tác an ninh mạng", null),
      m("Bản ghi nhớ về an ninh mạng hợp tác", null, true),
    ]);
    assert.deepEqual(merged.map((a) => [a.title, a.date_signed, a.mentions.length]), [
      ["Bản ghi nhớ giữa Bộ Quốc phòng Việt Nam và Bộ Quốc phòng Nhật Bản về hợp tác an ninh mạng", "2021-11-23", 3],
      ["Bản ghi nhớ về hợp tác trong lĩnh vực quân y", "2021-11-23", 1],
    ]);
  });

  it("gives one agreement, not two rows with one id, to a title of party words alone named by two articles", () => {
    // No distinctive word is left of this title, so word similarity cannot match it even with itself.
    const generic = "Bản Ghi nhớ giữa Bộ Quốc phòng Việt Nam và Bộ Quốc phòng Nhật Bản";
    const m = (article_id: string, date: string | null): PlacedMention => ({
      start: 0, end: 1, title: generic, kind: "memorandum", status: "referenced", signed: null, sentenceStart: 0, sentenceEnd: 1, article_id, machineTranslated: false, date, document: null, named: true,
    });
    const merged = mergeAgreements([m("a", "2015-09-15"), m("b", "2015-09-15"), m("c", "2011-10-24")]);
    assert.deepEqual(merged.map((a) => [a.title, a.date_signed, a.mentions.map((x) => x.article_id).join(" ")]), [
      [generic, "2011-10-24", "c"],
      [generic, "2015-09-15", "a b"],
    ]);
    assert.equal(new Set(merged.map((a) => a.agreement_id)).size, 2, "a date the mentions disagree on still tells two documents apart");
  });
});

describe("types and formats from the encounter's own words", () => {
  const lead = "Chiều 20/10/2023, tại Bangkok, Đại tướng Phan Văn Giang đã";
  const guest = "Bộ trưởng Quốc phòng Nhật Bản Kihara Minoru";
  const typeOf = (body: string[]) => summary(extract(body)).map((s) => s.split(" ").slice(1, 3).join(" "));

  it("types what two people co-chair by what it is: a seminar a dialogue, a ceremony other, a signing ceremony a signing", () => {
    const both = "Sáng 9/3/2023, tại Hải Phòng, Thượng tướng Hoàng Xuân Chiến và Đại sứ Nhật Bản Yamada Takio đồng chủ trì";
    assert.deepEqual(typeOf([`${both} hội thảo về hợp tác khắc phục hậu quả bom mìn.`]), ["dialogue in_person"]);
    assert.deepEqual(typeOf([`${both} lễ khởi công dự án xử lý bom mìn do Nhật Bản tài trợ.`]), ["other in_person"]);
    assert.deepEqual(typeOf([`${both} lễ ký Bản ghi nhớ về hợp tác khắc phục hậu quả bom mìn.`]), ["signing in_person"]);
  });

  it("types a bilateral encounter on the sidelines of a forum by its own marker, however the setting is told", () => {
    for (const body of [
      [`Bên lề Diễn đàn An ninh khu vực ASEAN (ARF), chiều 20/10/2023, tại Bangkok, Đại tướng Phan Văn Giang đã gặp ${guest}.`],
      [`${lead} gặp ${guest} nhân dịp tham dự Diễn đàn An ninh khu vực ASEAN.`],
      [`Bên lề Diễn đàn An ninh khu vực ASEAN, ${lead.charAt(0).toLowerCase()}${lead.slice(1)} gặp ${guest}.`, "Tại Diễn đàn, hai Bộ trưởng đã phát biểu về an ninh hàng hải."],
    ]) {
      assert.deepEqual(typeOf(body), ["reception in_person"], body.join(" "));
    }
    assert.deepEqual(typeOf([`Nhân dịp dự Diễn đàn An ninh khu vực ASEAN, ${lead.charAt(0).toLowerCase()}${lead.slice(1)} hội đàm với ${guest}.`]), ["talks in_person"]);
    // Two forums joined by "và" after the setting word are both the setting.
    assert.deepEqual(typeOf([`Bên lề Diễn đàn An ninh khu vực ASEAN lần thứ 30 (ARF-30) và Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng lần thứ 10 tại Bangkok, chiều 20/10/2023, Đại tướng Phan Văn Giang đã gặp ${guest}.`]), ["reception in_person"]);
      // The forum told after, with both ministers and no date of its own: the row is still the meeting on its sidelines.
    assert.deepEqual(typeOf([`${lead} gặp ${guest} bên lề Diễn đàn An ninh khu vực ASEAN.`, `Diễn đàn An ninh khu vực ASEAN năm nay có sự tham dự của ${guest} và Đại tướng Phan Văn Giang.`]), ["reception in_person"]);
  });

  it("keeps a forum both sides attend, with no bilateral marker, a conference", () => {
    assert.deepEqual(typeOf([`Chiều 20/10/2023, tại Bangkok, Đại tướng Phan Văn Giang và ${guest} đã tham dự Diễn đàn An ninh khu vực ASEAN.`]), ["conference in_person"]);
  });

  it("takes an encounter's format from its own clause, not from another encounter the sentence speaks of", () => {
    for (const tail of [", sau hội nghị trực tuyến hồi tháng trước.", ", tiếp theo cuộc hội đàm trực tuyến hồi tháng 9.", ", sau khi hai bên hội đàm trực tuyến hồi tháng 9.", " để trao đổi về kết quả Hội nghị trực tuyến hồi tháng 9."]) {
      assert.deepEqual(typeOf([`${lead} điện đàm với ${guest}${tail}`]), ["call phone"], tail);
    }
    assert.deepEqual(typeOf([`Tiếp theo cuộc hội đàm trực tuyến hồi tháng 9, chiều 20/10/2023, Đại tướng Phan Văn Giang đã điện đàm với ${guest}.`]), ["call phone"]);
    // Its own format words, in its clause or in a clause naming no other encounter.
    for (const body of [
      `${lead} hội đàm trực tuyến với ${guest}.`,
      `${lead} hội đàm với ${guest} theo hình thức trực tuyến.`,
      `Chiều 20/10/2023, qua hình thức trực tuyến, Đại tướng Phan Văn Giang đã hội đàm với ${guest}.`,
      `Chiều 20/10/2023, tại điểm cầu Bộ Quốc phòng, Đại tướng Phan Văn Giang đã hội đàm với ${guest}.`,
    ]) {
      assert.deepEqual(typeOf([body]), ["talks online"], body);
    }
  });
});

describe("eventCodes", () => {
  it("maps meeting types to CAMEO and PLOVER", () => {
    assert.deepEqual(eventCodes("reception", "in_person", "VN"), { cameo_code: "043", plover_event: "CONSULT", plover_mode: "visit" });
    assert.deepEqual(eventCodes("talks", "in_person", "PH"), { cameo_code: "044", plover_event: "CONSULT", plover_mode: "third-party" });
    assert.deepEqual(eventCodes("call", "phone", null), { cameo_code: "041", plover_event: "CONSULT", plover_mode: "phone" });
    assert.deepEqual(eventCodes("signing", "in_person", "JP"), { cameo_code: "057", plover_event: "AGREE", plover_mode: null });
  });
});

describe("extract stage", () => {
  it("publishes one meeting reported by two articles and a reprint, listing all three with their sentences", async () => {
    const lead = "Ngày 25/11/2019, tại Hà Nội, Thượng tướng Nguyễn Chí Vịnh, Thứ trưởng Bộ Quốc phòng và ông Nishida Yasunori, Thứ trưởng Bộ Quốc phòng Nhật Bản, đã đồng chủ trì Đối thoại Chính sách quốc phòng Việt Nam - Nhật Bản lần thứ 7.";
    const story = ["Đối thoại Chính sách quốc phòng", "", lead, "", "Hai bên trao đổi quan điểm về tình hình khu vực, hợp tác gìn giữ hòa bình, khắc phục hậu quả chiến tranh, quân y và đào tạo nguồn nhân lực.", ""].join("\n");
    const reprint = story.replace("Đối thoại Chính sách quốc phòng\n", "Việt Nam - Nhật Bản đối thoại quốc phòng\n") + "\nTheo QĐND\n";
    const other = [
      "Thứ trưởng Nguyễn Chí Vịnh đối thoại với Thứ trưởng Nishida",
      "",
      "Sáng 25/11/2019, Thứ trưởng Nguyễn Chí Vịnh và Thứ trưởng Nishida Yasunori đã đồng chủ trì Đối thoại Chính sách quốc phòng ở Hà Nội, một bài viết khác hẳn về câu chữ.",
      "",
    ].join("\n");
    const raw = await tempDir("hoidam-raw-");
    await mkdir(raw, { recursive: true });
    await writeFile(join(raw, "a.txt"), story);
    await writeFile(join(raw, "b_reprint.txt"), reprint);
    await writeFile(join(raw, "c_other.txt"), other);
    const out = join(await tempDir(), "out");
    await quietBuild({ rawDir: raw, outDir: out, cacheDir: await tempDir() });
    const read = async (t: string) => parse(await readFile(join(out, "csv", `${t}.csv`), "utf8"), { columns: true }) as Record<string, string>[];
    const articles = new Map((await read("articles")).map((a) => [a.article_id!, a.source_file!]));
    const meetings = await read("meetings");
    assert.equal(meetings.length, 1);
    assert.deepEqual([meetings[0]!.date_start, meetings[0]!.meeting_type, meetings[0]!.city, meetings[0]!.n_articles], ["2019-11-25", "dialogue", "Hanoi", "3"]);
    const sources = (await read("meeting_articles")).map((r) => [articles.get(r.article_id!), r.via, r.sentence?.slice(0, 12)]).sort();
    assert.deepEqual(sources, [
      ["a.txt", "extracted", "Ngày 25/11/2"],
      ["b_reprint.txt", "reprint", "Ngày 25/11/2"],
      ["c_other.txt", "extracted", "Sáng 25/11/2"],
    ]);
    const people = (await read("participants")).map((p) => p.name).sort();
    assert.deepEqual(people, ["Nguyễn Chí Vịnh", "Nishida Yasunori"]);
  });
});

describe("the article's frame: its first date, its place, a forum's name, an earlier visit, a host country", () => {
  it("an undated sideline meeting takes the lead's weekday, counted back from publication, not a later day the article plans", () => {
    const body = [
      "Hôm thứ Tư, tại thủ đô Phnôm Pênh (Campuchia), Đại tướng Phan Văn Giang dẫn đầu đoàn Việt Nam dự hội nghị hẹp các Bộ trưởng Quốc phòng ASEAN.",
      "Bên lề hội nghị, Đại tướng Phan Văn Giang đã gặp Bộ trưởng Quốc phòng Nhật Bản Kishi Nobuo.",
    ];
    const opts = { headline: "Đại tướng Phan Văn Giang gặp song phương nhiều người đồng cấp tại Campuchia", dateline: "Thứ Năm, 23/6/2022" };
    const want = ["2022-06-22/2022-06-22 reception in_person Phnom Penh: Phan Văn Giang (Đại tướng) + Kishi Nobuo (-)"];
    // (The capital the lead names, not the headline's country alone.)
    assert.deepEqual(summary(extract(body, opts)), want);
    assert.deepEqual(summary(extract([...body, "Hôm nay (23/6), đoàn sẽ kết thúc chuyến công tác và trở về Hà Nội."], opts)), want);
    assert.deepEqual(summary(extract([body[0]!.replace("Hôm thứ Tư", "Hôm qua"), body[1]!], opts)), want);
  });

  it("a conference its sentence tells is taking place, its sides named in the next sentence, is a meeting; one still to come is not", () => {
    const lead = "Bộ trưởng Quốc phòng các nước ASEAN và 8 nước đối tác đã nhóm họp tại Campuchia hôm nay.";
    const sides = "Đoàn Việt Nam do Đại tướng Phan Văn Giang dẫn đầu; phía Nhật Bản có Bộ trưởng Quốc phòng Hamada Yasukazu.";
    const opts = { headline: "Các Bộ trưởng Quốc phòng ASEAN mở rộng nhóm họp", dateline: "Thứ Tư, 23/11/2022" };
    const held = extract([lead, `Hội nghị Bộ trưởng Quốc phòng các nước ASEAN mở rộng lần thứ 9 (ADMM+) diễn ra tại thành phố Xiêm Riệp, do Bộ trưởng Quốc phòng Campuchia Tea Banh chủ trì. ${sides}`], opts);
    assert.deepEqual(summary(held), ["2022-11-23/2022-11-23 conference in_person Siem Reap: Phan Văn Giang (Đại tướng) + Hamada Yasukazu (-)"]);
    const named = extract([lead, `Hội nghị Bộ trưởng Quốc phòng các nước ASEAN mở rộng lần thứ 10 sẽ diễn ra tại Indonesia. ${sides}`], opts);
    assert.deepEqual(summary(named), []);
  });

  it("a document that opens its sentence and is the subject of a verb ('Tuyên bố chung kêu gọi …') names no document", () => {
    const lead = "Chiều 18/11/2019, tại Bangkok, Đại tướng Ngô Xuân Lịch đã gặp Bộ trưởng Quốc phòng Nhật Bản Kono Taro.";
    for (const verb of ["kêu gọi", "nhấn mạnh", "ghi nhận", "khẳng định"]) {
      assert.deepEqual(extract([lead, `Tuyên bố chung ${verb} vai trò của hợp tác an ninh biển đối với hòa bình khu vực.`]).agreements.map((a) => a.title), [], verb);
    }
    assert.deepEqual(extract([lead, "Hai bên ra Tuyên bố chung về hợp tác an ninh biển."]).agreements.map((a) => a.title), ["Tuyên bố chung về hợp tác an ninh biển"]);
  });

  it("sideline talks framed by the first word of a forum's name ('Bên lề Đối thoại') are a meeting apart from the forum", () => {
    const x = extract(
      [
        "Đối thoại Shangri-La lần thứ 18 đã diễn ra từ ngày 31/5 đến 2/6/2019 tại Singapore, với sự tham dự của đoàn Việt Nam do Đại tướng Ngô Xuân Lịch dẫn đầu.",
        "Trong số các trưởng đoàn dự diễn đàn có Bộ trưởng Quốc phòng Nhật Bản Iwaya Takeshi.",
        "Bên lề Đối thoại, Đại tướng Ngô Xuân Lịch đã hội đàm với Bộ trưởng Iwaya.",
      ],
      { headline: "Đại tướng Ngô Xuân Lịch dự diễn đàn an ninh ở Singapore" },
    );
    assert.deepEqual(summary(x).map((s) => s.split(" ")[1]).sort(), ["conference", "talks"]);
  });

  it("a call dated by the month of an earlier visit ('Trong chuyến thăm hồi tháng 3, …') is of that month and of the country visited", () => {
    const x = extract([
      "Ngày 1/6/2019, tại Singapore, Đại tướng Ngô Xuân Lịch đã hội đàm với Bộ trưởng Quốc phòng Nhật Bản Iwaya Takeshi.",
      "Cuộc hội đàm diễn ra vài tháng sau chuyến thăm Nhật Bản của Thượng tướng Nguyễn Chí Vịnh, Thứ trưởng Bộ Quốc phòng. Trong chuyến thăm hồi tháng 3, Thượng tướng Nguyễn Chí Vịnh đã được Bộ trưởng Iwaya Takeshi tiếp.",
    ]);
    const call = x.encounters.find((e) => e.participants.some((p) => p.name === "Nguyễn Chí Vịnh"));
    assert.ok(call);
    assert.deepEqual([call.date.date_start, call.date.date_end, call.date.precision, call.place?.name], ["2019-03-01", "2019-03-31", "month", "Japan"]);
  });

  it("an officer whose given name is also a word of organisations (Học, Lượng, Độ, Thủ) is read", () => {
    for (const given of ["Học", "Lượng", "Độ", "Thủ"]) {
      const x = extract([`Sáng 10/6/2019, Đại tá Đinh Văn ${given}, Phó Tư lệnh Vùng 3 Hải quân chủ trì lễ đón Đại tá Sato Kenji, Chỉ huy trưởng biên đội tàu Lực lượng Phòng vệ Biển Nhật Bản.`]);
      assert.deepEqual(x.encounters.flatMap((e) => e.participants.map((p) => p.name)), [`Đinh Văn ${given}`, "Sato Kenji"], given);
    }
  });

  it("a catalogued Vietnam–Japan document the two countries signed is recorded from a sentence with Japan's minister, though the headline names the host country", () => {
    const headline = "Bộ trưởng Phan Văn Giang gặp song phương người đồng cấp tại Indonesia";
    const lead = "Chiều 16/11/2023, tại Jakarta, Đại tướng Phan Văn Giang đã gặp Bộ trưởng Quốc phòng Nhật Bản Kihara Minoru.";
    const memo = "kể từ khi hai nước ký Bản ghi nhớ về hợp tác công nghiệp quốc phòng năm 2019.";
    const withJapan = extract([lead, `Tại cuộc gặp với Bộ trưởng Kihara Minoru, hai Bộ trưởng đánh giá hợp tác đã phát triển tốt ${memo}`], { headline });
    assert.deepEqual(withJapan.agreements.map((a) => [a.status, a.document?.id]), [["referenced", "vn-jp-2019-mou-defence-industry-cooperation"]]);
    const without = extract([lead, `Hai Bộ trưởng Quốc phòng Việt Nam và Indonesia đánh giá hợp tác đã phát triển tốt ${memo}`], { headline });
    assert.deepEqual(without.agreements, []);
    // (A person's name is no country: "Đức" in the headline's name does not make the story another country's.)
    const named = extract([lead, `Hai bên đánh giá hợp tác đã phát triển tốt ${memo}`], { headline: "Thượng tướng Lê Huy Đức tiếp Bộ trưởng Kihara Minoru" });
    assert.equal(named.agreements.length, 1);
  });

  it("an earlier round of a dialogue told with its noun in lower case ('Phiên đối thoại trước …') is a meeting of its own month, place and co-chairs; the next round, planned, is none", () => {
    const x = extract([
      "Ngày 13/3/2023, tại Tokyo, Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng và ông Oka Masami, Thứ trưởng Quốc phòng phụ trách các vấn đề quốc tế Nhật Bản đồng chủ trì Đối thoại Chính sách quốc phòng Việt Nam - Nhật Bản.",
      "Đối thoại Chính sách quốc phòng là cơ chế trao đổi hằng năm giữa hai Bộ Quốc phòng. Phiên đối thoại trước được tổ chức tại Hà Nội vào tháng 11/2019, do Thượng tướng Nguyễn Chí Vịnh và ông Nishida Yasunori, khi đó là Thứ trưởng Quốc phòng phụ trách các vấn đề quốc tế Nhật Bản, đồng chủ trì.",
      "Vòng đối thoại tiếp theo dự kiến được tổ chức tại Việt Nam vào năm 2024.",
    ]);
    assert.deepEqual(summary(x), [
      "2023-03-13/2023-03-13 dialogue in_person Tokyo: Hoàng Xuân Chiến (Thượng tướng) + Oka Masami (-)",
      "2019-11-01/2019-11-30 dialogue in_person Hanoi: Nguyễn Chí Vịnh (Thượng tướng) + Nishida Yasunori (-)",
    ]);
  });

  it("a date a verb of telling follows is the report's; the meeting takes its own day", () => {
    const opts = { headline: "Phái đoàn quân sự Nhật Bản ở Hà Nội", dateline: "Thứ Sáu, 4/12/2015" };
    const want = ["2015-12-01/2015-12-01 reception in_person Hanoi: Iwasaki Shigeru (Đại tướng) + Đỗ Bá Tỵ (Thượng tướng)"];
    for (const report of ["Theo hãng tin Kyodo, hôm thứ Năm", "Truyền thông Nhật Bản hôm thứ Năm cho biết", "Bộ Quốc phòng Nhật Bản ngày 3/12 thông báo", "Hãng tin Kyodo hôm thứ Năm (3/12) cho hay", "Báo chí Nhật Bản ngày 3/12 đưa tin"]) {
      const x = extract([`${report} Đại tướng Iwasaki Shigeru, Tham mưu trưởng Liên quân Nhật Bản, đã đến Hà Nội hôm thứ Ba và gặp Thượng tướng Đỗ Bá Tỵ, Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam.`], opts);
      assert.deepEqual(summary(x), report.startsWith("Theo") ? [want[0]!.replace("2015-12-01/2015-12-01", "2015-12-03/2015-12-03")] : want, report);
    }
  });


  it("a report's date stays the report's past the source it cites ('dẫn …'), and so does every date of a list of them", () => {
    const opts = { headline: "Tư lệnh Lục quân Nhật Bản thăm Việt Nam", dateline: "21/10/2016" };
    const want = ["2016-10-18/2016-10-18 reception in_person Hanoi: Ngô Xuân Lịch (Đại tướng) + Okabe Toshiya (Đại tướng)"];
    for (const report of ["Báo Asahi ngày 20/10 dẫn nguồn tin quân sự cho biết", "Tờ Yomiuri ngày 19 và ngày 20 tháng 10 trích dẫn Bộ Quốc phòng Nhật Bản đưa tin", "Các báo ngày 19, 20/10 dẫn lời một quan chức cho hay"]) {
      const x = extract([`${report}, chiều ngày 18 tháng 10 tại Hà Nội, Đại tướng Ngô Xuân Lịch, Bộ trưởng Bộ Quốc phòng Việt Nam đã tiếp ông Okabe Toshiya, Tư lệnh Lục quân Nhật Bản.`], opts);
      assert.deepEqual(summary(x), want, report);
    }
  });
  it("an officer who 'chủ trì đón' a visiting ship's commander, named in the sentence before, holds a welcome", () => {
    const x = extract([
      "Sáng 3/10/2023, biên đội tàu của Lực lượng Phòng vệ Biển Nhật Bản do Đại tá Suzuki Takeshi, Chỉ huy trưởng Biên đội tàu hộ vệ số 4 làm trưởng đoàn đã cập cảng Tiên Sa, thành phố Đà Nẵng.",
      "Đại tá Nguyễn Văn Khánh, Phó Tư lệnh Vùng 3 Hải quân chủ trì đón đoàn tại cầu cảng.",
    ]);
    assert.deepEqual(summary(x), ["2023-10-03/2023-10-03 reception in_person Da Nang: Suzuki Takeshi (Đại tá) + Nguyễn Văn Khánh (Đại tá)"]);
  });

  it("'cùng chủ trì cuộc đối thoại' is a dialogue of the two who chair it; 'các cuộc đối thoại' in general adds none", () => {
    const x = extract([
      "Chiều 20/11/2019, tại Hà Nội, Thượng tướng Nguyễn Chí Vịnh, Thứ trưởng Bộ Quốc phòng và ông Nishida Yasunori, Thứ trưởng Quốc phòng phụ trách các vấn đề quốc tế Nhật Bản đã cùng chủ trì cuộc đối thoại thường niên giữa hai Bộ Quốc phòng.",
      "Hai bên nhất trí duy trì các cuộc đối thoại thường niên và tăng cường trao đổi đoàn.",
    ]);
    assert.deepEqual(summary(x), ["2019-11-20/2019-11-20 dialogue in_person Hanoi: Nguyễn Chí Vịnh (Thượng tướng) + Nishida Yasunori (-)"]);
  });
  it("an encounter by phone is a call: 'hội đàm qua điện thoại', 'trao đổi qua điện thoại', and 'điện đàm' told on as 'hội đàm'", () => {
    const lead = "Chiều 14/6/2022, Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng";
    const want = ["2022-06-14/2022-06-14 call phone -: Hoàng Xuân Chiến (Thượng tướng) + Oka Masami (-)"];
    const rows = (x: ArticleExtraction) => x.encounters.map((e) => `${e.date.date_start}/${e.date.date_end} ${e.type} ${e.format} ${e.place?.name ?? "-"}: ${e.participants.map((p) => `${p.name} (${p.rank ?? "-"})`).join(" + ")}`);
    assert.deepEqual(rows(extract([`${lead} đã hội đàm qua điện thoại với Thứ trưởng Bộ Quốc phòng Nhật Bản Oka Masami.`])), want);
    assert.deepEqual(rows(extract([`${lead} đã có cuộc trao đổi qua điện thoại với Thứ trưởng Bộ Quốc phòng Nhật Bản Oka Masami.`])), want);
    assert.deepEqual(rows(extract([`${lead} đã điện đàm với Thứ trưởng Bộ Quốc phòng Nhật Bản Oka Masami. Trong cuộc hội đàm, hai bên trao đổi về hợp tác gìn giữ hòa bình.`])), want);
    // A translation from Chinese: 电话会谈 and 通电话 word for word.
    assert.deepEqual(rows(extract([`${lead} cùng Thứ trưởng Bộ Quốc phòng Nhật Bản Oka Masami tiến hành điện thoại hội đàm.`])), want);
    assert.deepEqual(rows(extract([`${lead} cùng Thứ trưởng Bộ Quốc phòng Nhật Bản Oka Masami thông điện thoại.`])), want);
  });

  it("'cuộc gặp' or 'buổi gặp' before a post or an honorific marks an encounter; the noun alone marks none", () => {
    const rows = (x: ArticleExtraction) => x.encounters.map((e) => `${e.date.date_start} ${e.type}: ${e.participants.map((p) => p.name).sort().join(" + ")}`);
    const want = ["2024-06-13 reception: Kihara Minoru + Phan Văn Giang"];
    assert.deepEqual(rows(extract(["Trong cuộc gặp Bộ trưởng Quốc phòng Nhật Bản Kihara Minoru hôm 13/6/2024, Đại tướng Phan Văn Giang đề nghị tăng cường hợp tác."])), want);
    assert.deepEqual(rows(extract(["Ngày 13/6/2024, Đại tướng Phan Văn Giang có buổi gặp ông Kihara Minoru tại Singapore."])), want);
    assert.deepEqual(rows(extract(["Ngày 13/6/2024, Đại tướng Phan Văn Giang nhắc lại cuộc gặp giữa hai Bộ trưởng tại Tokyo với ông Kihara Minoru."])), []);
  });

  it("a format word of another activity ('họp báo trực tuyến') is that activity's, in a marker's sentence or a setting's", () => {
    const rows = (x: ArticleExtraction) => x.encounters.map((e) => `${e.date.date_start} ${e.type} ${e.format}`);
    const opts = { dateline: "14/06/2024" };
    const talks = "Chiều 13/6, Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng đã hội đàm với Bộ trưởng Quốc phòng Nhật Bản Kihara Minoru";
    assert.deepEqual(rows(extract([`${talks}, sau đó ông Kihara trả lời họp báo trực tuyến.`], opts)), ["2024-06-13 talks in_person"]);
    assert.deepEqual(rows(extract(["Sau cuộc gặp với người đồng cấp Việt Nam Phan Văn Giang hôm 13/6, ông Kihara Minoru cho biết trong cuộc họp báo trực tuyến rằng hai bên sẽ tăng cường hợp tác."], opts)), ["2024-06-13 reception in_person"]);
    // Nor is one of the activities of the two sides in general ("các hoạt động … trực tuyến"), in a clause before the
    // call or after it; one in a clause of its own that names no activity is the call's.
    const call = "Đại tướng Phan Văn Giang điện đàm với Bộ trưởng Quốc phòng Nhật Bản Kihara Minoru";
    assert.deepEqual(rows(extract([`Trong bối cảnh các hoạt động hợp tác được duy trì theo hình thức trực tuyến, chiều 13/6, ${call}.`], opts)), ["2024-06-13 call phone"]);
    assert.deepEqual(rows(extract([`Chiều 13/6, ${call}; hai bên nhất trí duy trì các hoạt động trực tuyến.`], opts)), ["2024-06-13 call phone"]);
    // A part of the sentence between semicolons with no marker in it keeps its format words to itself.
    assert.deepEqual(rows(extract([`Thời gian qua, hai Bộ chủ yếu giữ liên lạc qua kênh trực tuyến; mới đây nhất, chiều 13/6, ${call}.`], opts)), ["2024-06-13 call phone"]);
    assert.deepEqual(rows(extract([`Chiều 13/6, theo hình thức trực tuyến, ${call}.`], opts)), ["2024-06-13 call online"]);
    // The encounter's own format words still make it online, in a setting as after a marker.
    assert.deepEqual(rows(extract(["Tại cuộc hội đàm trực tuyến hôm 13/6, Đại tướng Phan Văn Giang và ông Kihara Minoru nhất trí tăng cường hợp tác."], opts)), ["2024-06-13 talks online"]);
    assert.deepEqual(rows(extract([`${talks.replace("hội đàm với", "hội đàm trực tuyến với")}.`], opts)), ["2024-06-13 talks online"]);
  });

  it("both sides as one subject on a day of the sentence's own are the two of the encounter before, on another occasion", () => {
    const call = "Chiều 14/6/2022, Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng đã điện đàm với Thứ trưởng Bộ Quốc phòng Nhật Bản Oka Masami.";
    const kinds = (x: ArticleExtraction) => x.encounters.map((e) => `${e.date.date_start} ${e.type} ${e.participants.map((p) => p.name).join(" + ")}`);
    assert.deepEqual(kinds(extract([call, "Hai Thứ trưởng từng hội đàm tại Tokyo ngày 20/11/2021."])), ["2022-06-14 call Hoàng Xuân Chiến + Oka Masami", "2021-11-20 talks Hoàng Xuân Chiến + Oka Masami"]);
    assert.deepEqual(kinds(extract([call.replace("đã điện đàm với", "đã tiếp"), "Sáng 15/6, hai Thứ trưởng đã hội đàm tại trụ sở Bộ Quốc phòng."])), ["2022-06-14 reception Hoàng Xuân Chiến + Oka Masami", "2022-06-15 talks Hoàng Xuân Chiến + Oka Masami"]);
    // The sides' ministers on a day of their own are another occasion, not the reception before told on.
    assert.deepEqual(kinds(extract([call.replace("đã điện đàm với", "đã tiếp"), "Ngày 20/7, Bộ trưởng Quốc phòng hai nước đã hội đàm trực tuyến."])), ["2022-06-14 reception Hoàng Xuân Chiến + Oka Masami"]);
    // With no day of its own, the encounter before told on; and "hai bên", the two sides, may be other people another day.
    assert.deepEqual(kinds(extract([call, "Hai Thứ trưởng đã trao đổi về hợp tác gìn giữ hòa bình."])), ["2022-06-14 call Hoàng Xuân Chiến + Oka Masami"]);
    assert.deepEqual(kinds(extract([call, "Ngày 3/4/2019, hai bên đã hội đàm tại Tokyo."])), ["2022-06-14 call Hoàng Xuân Chiến + Oka Masami"]);
  });

  it("'vừa' before the marker dates an encounter with no day of its own to the month before publication, not to a day long before it", () => {
    const lead = "Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng vừa tiếp ông Ito Naoki, Đại sứ Nhật Bản tại Việt Nam, tại trụ sở Bộ Quốc phòng.";
    const rows = (x: ArticleExtraction) => x.encounters.map((e) => `${e.date.date_start}/${e.date.date_end} ${e.type} ${e.participants.map((p) => p.name).join(" + ")}`);
    const opts = { dateline: "06/12/2023" };
    // A day written later, in a background sentence whose people are the sides, not named: neither the reception's day nor part of it.
    const background = "Hai bên điểm lại hợp tác trong năm. Ngày 12/8, Bộ trưởng Quốc phòng hai nước đã điện đàm về tình hình khu vực.";
    assert.deepEqual(rows(extract([lead, background], opts)), ["2023-11-06/2023-12-06 reception Hoàng Xuân Chiến + Ito Naoki"]);
    // No date anywhere: the same span, where it had been no date at all.
    assert.deepEqual(rows(extract([lead, "Hai bên trao đổi về hợp tác gìn giữ hòa bình."], opts)), ["2023-11-06/2023-12-06 reception Hoàng Xuân Chiến + Ito Naoki"]);
    // A day within that span, written later, is still the encounter's; so is one that the sentence writes.
    assert.deepEqual(rows(extract([lead, "Tại buổi tiếp ngày 4/12, hai bên trao đổi về hợp tác."], opts)), ["2023-12-04/2023-12-04 reception Hoàng Xuân Chiến + Ito Naoki"]);
    assert.deepEqual(rows(extract([lead.replace("vừa tiếp", "vừa tiếp vào ngày 12/8")], opts)), ["2023-08-12/2023-08-12 reception Hoàng Xuân Chiến + Ito Naoki"]);
    // Two words may stand between "vừa" and the marker ("vừa có cuộc điện đàm", "vừa chủ trì lễ đón").
    const call = "Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng vừa có cuộc điện đàm với ông Masuda Kazuo, Thứ trưởng Quốc phòng Nhật Bản.";
    assert.deepEqual(rows(extract([call, background], opts)), ["2023-11-06/2023-12-06 call Hoàng Xuân Chiến + Masuda Kazuo"]);
    // Without "vừa", the article's first date dates it as before.
    assert.deepEqual(rows(extract([lead.replace("vừa tiếp", "đã tiếp"), "Tại buổi tiếp ngày 12/8, hai bên trao đổi về hợp tác."], opts)), ["2023-08-12/2023-08-12 reception Hoàng Xuân Chiến + Ito Naoki"]);
  });

  it("an earlier encounter praised with its date is a meeting of its own; praised with no date, background", () => {
    const lead = "Chiều 10/1/2024, tại Hà Nội, Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng đã tiếp Đại sứ Nhật Bản tại Việt Nam Yamada Takio.";
    const kinds = (x: ArticleExtraction) => x.encounters.map((e) => `${e.date.date_start}/${e.date.date_end} ${e.type} ${e.participants.map((p) => p.name).join(" + ")}`);
    assert.deepEqual(kinds(extract([lead, "Hai bên đánh giá cao kết quả Đối thoại Chính sách quốc phòng tổ chức tại Tokyo vào tháng 3/2023 do Thượng tướng Hoàng Xuân Chiến và ông Oka Masami đồng chủ trì."])), [
      "2024-01-10/2024-01-10 reception Hoàng Xuân Chiến + Yamada Takio",
      "2023-03-01/2023-03-31 dialogue Hoàng Xuân Chiến + Oka Masami",
    ]);
    assert.deepEqual(kinds(extract([lead, "Hai bên đánh giá cao kết quả Đối thoại Chính sách quốc phòng do Thượng tướng Hoàng Xuân Chiến và ông Oka Masami đồng chủ trì."])), ["2024-01-10/2024-01-10 reception Hoàng Xuân Chiến + Yamada Takio"]);
  });

  it("a translation's 'cử hành đối thoại' (举行对话) and 'tiến hành đối thoại' mark a dialogue", () => {
    for (const verb of ["cử hành", "tiến hành"]) {
      const x = extract([`Ngày 22/11/2021, Thượng tướng Hoàng Xuân Chiến cùng Thứ trưởng Bộ Quốc phòng Nhật Bản Shimada Kazuhisa tại Tokyo ${verb} đối thoại chính sách quốc phòng lần thứ tám.`]);
      assert.deepEqual(summary(x), ["2021-11-22/2021-11-22 dialogue in_person Tokyo: Hoàng Xuân Chiến (Thượng tướng) + Shimada Kazuhisa (-)"], verb);
    }
  });
});

describe("completing an encounter: not from a forum's name, not from another day's meeting", () => {
  const forum = "Sáng 6/3/2024, tại Tokyo, Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng dẫn đầu đoàn Việt Nam tham dự Diễn đàn Thứ trưởng Quốc phòng Nhật Bản - ASEAN lần thứ 15.";
  const sideline = "Bên lề Diễn đàn, Thượng tướng Hoàng Xuân Chiến đã có các cuộc gặp song phương với trưởng đoàn Thái Lan và Malaysia để bàn về hợp tác hàng hải.";
  const dayBefore = "Trước đó, chiều 5/3, tại Yokohama, Thượng tướng Hoàng Xuân Chiến và ông Oka Masami, Thứ trưởng phụ trách quốc tế, Bộ Quốc phòng Nhật Bản đã đồng chủ trì Đối thoại Chính sách quốc phòng Việt Nam - Nhật Bản.";
  const rows = (x: ArticleExtraction) => x.encounters.map((e) => `${e.date.date_start} ${e.type} ${e.participants.map((p) => p.name).join(" + ")}`);

  it("the title and country in a forum's name name who attends, not a counterpart to look for", () => {
    // Japan belongs to the forum, so it is a meeting of both with the Vietnamese side alone; the Japanese vice-minister
    // named elsewhere in the article does not hold the forum's "Thứ trưởng Quốc phòng Nhật Bản".
    assert.deepEqual(rows(extract([forum, dayBefore])), ["2024-03-06 conference Hoàng Xuân Chiến", "2024-03-05 dialogue Hoàng Xuân Chiến + Oka Masami"]);
  });

  it("a paragraph between that names no one does not put a conference's opening speaker out of its reach", () => {
    const conference = "Từ ngày 5 đến 7/11/2024, tại Tokyo, Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng dẫn đầu đoàn Việt Nam tham dự Hội thảo an ninh hàng hải khu vực do Nhật Bản đăng cai.";
    const about = "Hội thảo có sự góp mặt của đại diện cơ quan quốc phòng 18 nước trong khu vực.";
    const opened = "Phát biểu khai mạc, ông Oka Masami, Thứ trưởng phụ trách quốc tế, Bộ Quốc phòng Nhật Bản nhấn mạnh vai trò của hợp tác đa phương.";
    const expected = ["2024-11-05 conference Hoàng Xuân Chiến + Oka Masami"];
    assert.deepEqual(rows(extract([conference, opened])), expected);
    assert.deepEqual(rows(extract([conference, about, opened])), expected);
    // A paragraph between that names someone still ends the reach.
    const named = "Đoàn Việt Nam có Đại tá Lê Văn Hướng cùng đi.";
    assert.deepEqual(rows(extract([conference, named, opened])), ["2024-11-05 conference Hoàng Xuân Chiến"]);
  });

  it("a sentence telling a meeting of both sides on another day gives no side to a meeting near it", () => {
    // The sideline meetings are with third countries' delegations; the Japanese co-chair of the day before is not one.
    assert.deepEqual(rows(extract([forum, sideline, dayBefore])), ["2024-03-06 conference Hoàng Xuân Chiến", "2024-03-05 dialogue Hoàng Xuân Chiến + Oka Masami"]);
    // A sentence of another day that tells no meeting still gives the guest a reception speaks of ("tiếp đoàn").
    const arrived = "Ngày 5/3/2024, đoàn Bộ Quốc phòng Nhật Bản do ông Oka Masami, Thứ trưởng phụ trách quốc tế dẫn đầu đến Hà Nội.";
    const received = "Sáng 6/3, Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng đã tiếp đoàn tại trụ sở Bộ Quốc phòng.";
    assert.deepEqual(rows(extract([arrived, received])), ["2024-03-06 reception Oka Masami + Hoàng Xuân Chiến"]);
  });
});

describe("a time of day the sentence before writes for the same day", () => {
  it("dates a port welcome told after 'Sáng cùng ngày, tàu … cập cảng.' to that morning, apart from the afternoon's reception", () => {
    const received = "Chiều 14/5/2024, tại trụ sở UBND thành phố Đà Nẵng, ông Trần Chí Cường, Phó Chủ tịch UBND thành phố đã tiếp Đại tá Saito Kenji, Chỉ huy biên đội tàu huấn luyện, Lực lượng Phòng vệ Biển Nhật Bản.";
    const thanks = "Đại tá Saito Kenji cảm ơn thành phố đã đón tiếp đoàn chu đáo.";
    const welcomed = "Sáng cùng ngày, tàu Kashima cùng 250 thủy thủ đã cập cảng Tiên Sa. Lễ đón tại cầu cảng do Đại tá Phạm Văn Tuấn, Phó Chính ủy Vùng 3 Hải quân chủ trì.";
    const rows = (x: ArticleExtraction) => x.encounters.map((e) => `${e.date.date_start} ${e.date.time_of_day} ${e.type} ${e.participants.map((p) => p.name).join(" + ")}`);
    assert.deepEqual(rows(extract([received, thanks, welcomed])), ["2024-05-14 afternoon reception Trần Chí Cường + Saito Kenji", "2024-05-14 morning reception Saito Kenji + Phạm Văn Tuấn"]);
  });
});

describe("a date the sentence before writes for the same ceremony", () => {
  it("dates a ceremony whose host and guest are named right after the sentence that dates it, not by the visit's last day in the lead", () => {
    const lead = "Tàu hộ vệ Suzutsuki của Lực lượng Phòng vệ Biển Nhật Bản đã cập Cảng quốc tế Cam Ranh, bắt đầu chuyến thăm kéo dài đến ngày 12-9.";
    const dated = "Sáng 9-9, lễ đón tàu được tổ chức trọng thể tại cầu cảng.";
    const people = "Đại tá Lê Văn Hướng, Phó Tham mưu trưởng Vùng 4 Hải quân chủ trì lễ đón; trưởng đoàn phía Nhật Bản là Trung tá Sato Kenji, Hạm trưởng tàu Suzutsuki.";
    const rows = (x: ArticleExtraction) => x.encounters.map((e) => `${e.date.date_start}/${e.date.date_end} ${e.date.time_of_day} ${e.type} ${e.participants.map((p) => p.name).join(" + ")}`);
    assert.deepEqual(rows(extract([lead, `${dated} ${people}`], { dateline: "10/09/2023" })), ["2023-09-09/2023-09-09 morning reception Lê Văn Hướng + Sato Kenji"]);
  });
});

describe("'hai Bộ trưởng' on another occasion", () => {
  const lead = "Sáng 8/3/2024, tại Hà Nội, Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng đã tiếp ông Yamada Takio, Đại sứ Nhật Bản tại Việt Nam.";
  const told = "Đại sứ Yamada Takio chuyển lời hỏi thăm của Bộ trưởng Quốc phòng Nhật Bản Kihara Minoru tới Đại tướng Phan Văn Giang.";
  const rows = (x: ArticleExtraction) => x.encounters.map((e) => `${e.date.date_start}/${e.date.date_end} ${e.type} ${e.participants.map((p) => p.name).join(" + ")}`);

  it("are the two holders of the title the article names, not the people of the encounter before, in either case", () => {
    for (const subject of ["hai Bộ trưởng", "hai bộ trưởng"]) {
      assert.deepEqual(rows(extract([lead, `${told} Hồi tháng 1, ${subject} đã điện đàm về hợp tác gìn giữ hòa bình.`])), ["2024-03-08/2024-03-08 reception Phan Văn Giang + Yamada Takio", "2024-01-01/2024-01-31 call Phan Văn Giang + Kihara Minoru"], subject);
      assert.deepEqual(rows(extract([lead, `${told} Chiều 16/1, ${subject} đã điện đàm về hợp tác gìn giữ hòa bình.`])).at(-1), "2024-01-16/2024-01-16 call Phan Văn Giang + Kihara Minoru", subject);
    }
  });
});

describe("a many-sided meeting whose people are named as they speak", () => {
  it("takes a speaker 'at the conference' for a meeting told with another word, a paragraph that names no one between", () => {
    const met = "Ngày 21/11/2024, tại Vientiane (Lào), Bộ trưởng Quốc phòng các nước ASEAN và Nhật Bản đã có cuộc gặp không chính thức về hợp tác an ninh biển.";
    const about = "Các Bộ trưởng đánh giá cao kết quả hợp tác trong năm qua.";
    const spoke = "Phát biểu tại hội nghị, Bộ trưởng Quốc phòng Nhật Bản Nakatani Gen khẳng định Nhật Bản ủng hộ vai trò trung tâm của ASEAN.";
    const rows = (x: ArticleExtraction) => x.encounters.map((e) => `${e.date.date_start} ${e.type} ${e.participants.map((p) => p.name).join(" + ")}`);
    assert.deepEqual(rows(extract([met, spoke])), ["2024-11-21 conference Nakatani Gen"]);
    assert.deepEqual(rows(extract([met, about, spoke])), ["2024-11-21 conference Nakatani Gen"]);
    // A paragraph between that names someone ends the reach.
    assert.deepEqual(rows(extract([met, "Đại tướng Chansamone Chanyalath, Bộ trưởng Quốc phòng Lào chủ trì cuộc gặp.", spoke])), []);
  });
});

describe("a conference's speaker after a list of attendees that names no one", () => {
  it("takes the giver of the welcome or keynote address as its side, passing over the list", () => {
    const held = "Ngày 20-9-2023, tại Hà Nội, Bộ Quốc phòng tổ chức Hội thảo về hợp tác rà phá bom mìn với sự tham gia của các nước ASEAN và các nước đối tác, trong đó có Nhật Bản.";
    const listed = "Tham dự hội thảo có trưởng đoàn các nước và đại diện các tổ chức quốc tế.";
    const rows = (x: ArticleExtraction) => x.encounters.map((e) => `${e.date.date_start} ${e.type} ${e.participants.map((p) => p.name).join(" + ")}`);
    for (const speech of ["Phát biểu chào mừng hội thảo", "Phát biểu đề dẫn"]) {
      const spoke = `${speech}, Thượng tướng Nguyễn Tân Cương, Tổng Tham mưu trưởng QĐND Việt Nam, nhấn mạnh ý nghĩa của hợp tác quốc tế.`;
      assert.deepEqual(rows(extract([held, listed, spoke])), ["2023-09-20 conference Nguyễn Tân Cương"], speech);
    }
  });
});

describe("scope of a later encounter of other people", () => {
  it("leaves out a meeting of heads of government told in a paragraph that does not speak of defence or security, and reports it", () => {
    const lead = "Sáng 10/10/2024, tại Hà Nội, Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng tiếp ông Ito Naoki, Đại sứ Nhật Bản tại Việt Nam, bàn về hợp tác quốc phòng.";
    const recalled = (topic: string) => `Đại sứ Ito Naoki cho biết, cuộc hội đàm giữa Thủ tướng Phạm Minh Chính và Thủ tướng Ishiba Shigeru ngày 8/10 đã mở ra nhiều cơ hội ${topic}.`;
    const rows = (x: ArticleExtraction) => x.encounters.map((e) => `${e.date.date_start} ${e.type} ${e.participants.map((p) => p.name).join(" + ")}`);
    const trade = extract([lead, recalled("hợp tác thương mại và đầu tư")]);
    assert.deepEqual(rows(trade), ["2024-10-10 reception Phan Văn Giang + Ito Naoki"]);
    assert.ok(trade.leftOut.some((l) => /outside defence and security/u.test(l.reason ?? "")), "reported as left out");
    // Told as about defence, it is in scope.
    assert.deepEqual(rows(extract([lead, recalled("hợp tác quốc phòng")])), ["2024-10-10 reception Phan Văn Giang + Ito Naoki", "2024-10-08 talks Phạm Minh Chính + Ishiba Shigeru"]);
  });
});

describe("a third country's minister met before", () => {
  const lead = "Sáng 12/6/2024, tại Hà Nội, Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng chủ trì lễ đón ông Gilberto Teodoro, Bộ trưởng Quốc phòng Philippines. Sau lễ đón, hai Bộ trưởng đã hội đàm.";
  const rows = (x: ArticleExtraction) => x.encounters.map((e) => `${e.date.date_start} ${e.type} ${e.participants.map((p) => p.name).join(" + ")}`);

  it("'hai Bộ trưởng' after a welcome of a third country's minister are the host and that guest, not a Japanese minister named elsewhere", () => {
    assert.deepEqual(rows(extract([lead, "Trên đường sang Hà Nội, ông Gilberto Teodoro đã gặp Bộ trưởng Quốc phòng Nhật Bản Kihara Minoru tại Tokyo."])), []);
  });

  it("'ông' after a sentence that speaks of that minister by family name stands for him, not for the host", () => {
    assert.deepEqual(rows(extract([lead, "Hà Nội là điểm dừng thứ hai trong chuyến công du của ông Teodoro. Trước đó, tại Tokyo, ông đã hội đàm với Bộ trưởng Quốc phòng Nhật Bản Kihara Minoru."])), []);
  });
});

describe("an outlet's tag before the lead", () => {
  it("reads the lead's opening from after the tag: the same meeting with 'VOV.VN - ', 'TG&VN - ' or none", () => {
    const lead = "Nhân dịp có mặt tại Kuala Lumpur dự Hội nghị Quan chức Quốc phòng cấp cao ASEAN, Thượng tướng Hoàng Xuân Chiến đã gặp song phương người đồng cấp Nhật Bản.";
    const rest = "Cuộc gặp diễn ra ngày 18/2/2025. Phía Nhật Bản có ông Oka Masami, Thứ trưởng Quốc phòng phụ trách các vấn đề quốc tế.";
    const rows = (x: ArticleExtraction) => x.encounters.map((e) => `${e.date.date_start} ${e.type} ${e.participants.map((p) => p.name).join(" + ")}`);
    const plain = rows(extract([lead, rest]));
    assert.deepEqual(plain, ["2025-02-18 reception Hoàng Xuân Chiến + Oka Masami"]);
    for (const tag of ["VOV.VN - ", "TG&VN - ", "(QĐND) - "]) assert.deepEqual(rows(extract([`${tag}${lead}`, rest])), plain, tag);
  });
});

describe("the teller as the subject by a pronoun", () => {
  it("reads 'B nhắc lại, ngày D, ông và A đã ký …' as a signing of A and B, though other speakers' paragraphs come between", () => {
    const ceremony = "Sáng 20/4/2024, tại Hà Nội, Thượng tướng Hoàng Xuân Chiến và Đại sứ Nhật Bản Yamada Takio đồng chủ trì lễ bàn giao trang thiết bị rà phá bom mìn.";
    const report = "Báo cáo tại buổi lễ, Đại tá Nguyễn Văn Minh, Phó Cục trưởng Cục Đối ngoại cho biết thiết bị sẽ được đưa vào sử dụng ngay.";
    const recalled = "Phát biểu tại buổi lễ, Đại sứ Yamada Takio nhắc lại, ngày 5/12/2023, tại Hà Nội, ông và Thượng tướng Hoàng Xuân Chiến đã ký Công hàm trao đổi về dự án viện trợ này.";
    const rows = (x: ArticleExtraction) => x.encounters.map((e) => `${e.date.date_start} ${e.type} ${e.participants.map((p) => p.name).sort().join(" + ")}`);
    assert.deepEqual(rows(extract([ceremony, report, recalled])), ["2024-04-20 other Hoàng Xuân Chiến + Yamada Takio", "2023-12-05 signing Hoàng Xuân Chiến + Yamada Takio"]);
  });
});

describe("a format word after a bracketed abbreviation", () => {
  it("belongs to the forum named before the brackets, not to a call told earlier in the sentence", () => {
    const call = "Ngày 10/9/2021, Thượng tướng Hoàng Xuân Chiến có cuộc điện đàm với ông Oka Masami, Thứ trưởng Quốc phòng Nhật Bản; ông Oka Masami đã nhận lời dự Diễn đàn Thứ trưởng Quốc phòng ASEAN - Nhật Bản (JVF) tổ chức trực tuyến vào tháng 11.";
    assert.deepEqual(extract([call]).encounters.map((e) => `${e.type} ${e.format}`), ["call phone"]);
  });
});

describe("a practice kept up is no occasion", () => {
  it("reads 'Trong những năm qua, …' and '… duy trì đối thoại …' as background, not a meeting", () => {
    const lead = "Chiều 8/3/2024, tại Hà Nội, Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng đã tiếp ông Yamada Takio, Đại sứ Nhật Bản tại Việt Nam.";
    const rows = (x: ArticleExtraction) => x.encounters.map((e) => `${e.date.date_start} ${e.type} ${e.participants.map((p) => p.name).join(" + ")}`);
    const only = ["2024-03-08 reception Hoàng Xuân Chiến + Yamada Takio"];
    assert.deepEqual(rows(extract([lead, "Trong những năm qua, Thượng tướng Hoàng Xuân Chiến và ông Yamada Takio đã nhiều lần gặp gỡ, trao đổi."])), only);
    assert.deepEqual(rows(extract([lead, "Hai bên nhất trí duy trì đối thoại chính sách quốc phòng thường niên giữa hai Thứ trưởng."])), only);
  });
});

describe("a city the next sentence gives the encounter told again by its noun", () => {
  it("places an encounter placed only in a country in the city of 'Cuộc gặp diễn ra … tại thủ đô X'", () => {
    const met = "Nhân dịp công tác tại Thái Lan, Thượng tướng Hoàng Xuân Chiến đã gặp song phương Thứ trưởng Quốc phòng Nhật Bản Oka Masami.";
    const place = (after: string) => extract([met, after]).encounters.map((e) => e.place?.name ?? "-");
    assert.deepEqual(place("Cuộc gặp diễn ra ngày 15/11/2023 tại thủ đô Bangkok."), ["Bangkok"]);
    // Not a sentence that tells something else taking place there.
    assert.deepEqual(place("Hội chợ quốc phòng diễn ra ngày 15/11/2023 tại thủ đô Bangkok."), ["Thailand"]);
  });
});
