import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { mergeAgreements, type PlacedMention } from "../pipeline/extract/agreement-merge.ts";
import { findAgreementMentions, type AgreementMention } from "../pipeline/extract/agreements.ts";
import { extractArticle } from "../pipeline/extract/article.ts";
import { extractionTables } from "../pipeline/extract/tables.ts";
import { ingestBytes, type Document } from "../pipeline/ingest/document.ts";
import type { Knowledge } from "../pipeline/reference/knowledge.ts";
import { repoDateWords, repoKnowledge } from "./helpers.ts";

/*
 * Agreements (issue #17): titles cut by the grammar, catalogue documents
 * recognised whatever their wording, other parties' instruments left out,
 * the status read from the clause, and the signing date never taken from a
 * meeting that only refers to the document. Every sentence is written for
 * the test; the documents outside the catalogue are invented.
 */

let knowledge: Knowledge;
before(async () => {
  knowledge = await repoKnowledge();
});

/** A headline that names the two countries and no other: an article about Vietnam and Japan. */
const NEUTRAL = "Tin hợp tác quốc phòng Việt Nam – Nhật Bản";

function article(body: string[], headline = NEUTRAL): Document {
  const r = ingestBytes("t.txt", new TextEncoder().encode([headline, ...body].join("\n\n") + "\n"), undefined, repoDateWords());
  if (!r.ok) throw new Error("rejected");
  return r.document;
}

/** The mentions of a one-sentence article (under a headline naming Vietnam and Japan unless given). */
function mentions(sentence: string, { headline = NEUTRAL, mt = false } = {}): AgreementMention[] {
  const doc = article([sentence], headline);
  const start = doc.text.indexOf(sentence);
  return findAgreementMentions(doc.text, [{ start, end: start + sentence.length }], mt, knowledge.grammar, knowledge.documents);
}

/** "status signed: title" of each mention, with the catalogue id when the catalogue knows the document. */
function read(sentence: string, opts: { headline?: string; mt?: boolean } = {}): string[] {
  return mentions(sentence, opts).map((m) => `${m.status} ${m.signed ?? "-"}: ${m.title}${m.document ? ` = ${m.document.id}` : ""}`);
}

describe("agreement titles by grammar", () => {
  it("names a generic title by the two signers the sentence before names, where its clause speaks of them as a pair ('hai lực lượng')", () => {
    const titles = (second: string) => {
      const first = "Bộ Tư lệnh Cảnh sát biển Việt Nam và Lực lượng Bảo vệ bờ biển Nhật Bản duy trì trao đổi đoàn thường xuyên.";
      const doc = article([`${first} ${second}`]);
      const start = doc.text.indexOf(first);
      return findAgreementMentions(doc.text, [{ start, end: doc.text.length - 1 }], false, knowledge.grammar, knowledge.documents).map((m) => `${m.status}: ${m.title}`);
    };
    assert.deepEqual(titles("Năm 2019, hai lực lượng đã ký Bản ghi nhớ hợp tác."), ["referenced: Bản ghi nhớ hợp tác giữa Bộ Tư lệnh Cảnh sát biển Việt Nam và Lực lượng Bảo vệ bờ biển Nhật Bản"]);
    // Not a clause with more than signing words between the pair and the title, nor one that names no pair: no signers.
    for (const second of ["Năm 2019, hai lực lượng đã bàn về Bản ghi nhớ hợp tác.", "Năm 2019, các đơn vị đã ký Bản ghi nhớ hợp tác."]) {
      assert.ok(titles(second).every((t) => !t.includes("giữa")), second);
    }
  });


  it("does not end a title at a boundary word that is part of another word ('hậu cần', 'nhân đạo')", () => {
    assert.deepEqual(read("Hai Bộ trưởng chứng kiến lễ ký Bản ghi nhớ về hỗ trợ hậu cần giữa Bộ Quốc phòng hai nước."), ["signed_here -: Bản ghi nhớ về hỗ trợ hậu cần giữa Bộ Quốc phòng hai nước"]);
    assert.deepEqual(read("Hai bên đã ký Ý định thư về hợp tác hỗ trợ nhân đạo và cứu trợ thảm họa."), ["signed_here -: Ý định thư về hợp tác hỗ trợ nhân đạo và cứu trợ thảm họa"]);
    // The words alone still end it: "cần" a modal, "nhân" an occasion.
    assert.deepEqual(read("Hai bên ký Bản ghi nhớ về hợp tác đào tạo phi công nhân chuyến thăm của Bộ trưởng."), ["signed_here -: Bản ghi nhớ về hợp tác đào tạo phi công"]);
    assert.deepEqual(read("Hiệp định về hợp tác đào tạo phi công cần được phê chuẩn sớm."), ["referenced -: Hiệp định về hợp tác đào tạo phi công"]);
    // Nor runs on into the examples a "như" lists.
    assert.deepEqual(read("Hai bên triển khai Kế hoạch hợp tác năm 2019 như quân y, hậu cần và gìn giữ hòa bình."), ["referenced -: Kế hoạch hợp tác năm 2019"]);
  });

  it("runs a title on into a quoted name right after it", () => {
    const titles = (sentence: string) => mentions(sentence).map((m) => m.title);
    assert.deepEqual(titles("Hai bên đã ký và trao đổi Công hàm về Dự án “Cải tạo trung tâm huấn luyện gìn giữ hòa bình” trị giá 200 triệu yên."), [
      "Công hàm về Dự án “Cải tạo trung tâm huấn luyện gìn giữ hòa bình”",
    ]);
    assert.deepEqual(titles('Hai bên ký Biên bản ghi nhớ "Hợp tác đào tạo tiếng Nhật cho sĩ quan" tại Hà Nội.'), ['Biên bản ghi nhớ "Hợp tác đào tạo tiếng Nhật cho sĩ quan"']);
  });

  it("ends a title where its content is told ('có nội dung', 'với nội dung')", () => {
    const titles = (sentence: string) => mentions(sentence).map((m) => m.title);
    assert.deepEqual(titles("Thứ trưởng nhắc lại Tuyên bố chung Việt Nam - Nhật Bản về nâng cấp quan hệ có nội dung hai bên nhất trí tăng cường hợp tác quốc phòng."), ["Tuyên bố chung Việt Nam - Nhật Bản về nâng cấp quan hệ"]);
    assert.deepEqual(titles("Hai bên nhất trí triển khai Bản ghi nhớ về hợp tác gìn giữ hòa bình với nội dung trao đổi kinh nghiệm huấn luyện."), ["Bản ghi nhớ về hợp tác gìn giữ hòa bình"]);
  });

  it("ends a title at a clause of time ('khi', 'ngay khi', 'sau khi', 'trước khi')", () => {
    const titles = (sentence: string) => mentions(sentence).map((m) => m.title);
    assert.deepEqual(titles("Hai bên sẽ thực hiện Kế hoạch hợp tác quốc phòng năm 2025 ngay khi điều kiện dịch bệnh cho phép."), ["Kế hoạch hợp tác quốc phòng năm 2025"]);
    assert.deepEqual(titles("Bản ghi nhớ về hợp tác quân y sẽ có hiệu lực sau khi hai Bộ hoàn tất thủ tục nội bộ."), ["Bản ghi nhớ về hợp tác quân y"]);
    assert.deepEqual(titles("Hai bên rà soát Thỏa thuận chuyển giao trang bị quốc phòng trước khi mở rộng danh mục hợp tác."), ["Thỏa thuận chuyển giao trang bị quốc phòng"]);
  });

  it("a signing welcomed or praised ('hoan nghênh việc … đã ký') is an earlier one, not the meeting's", () => {
    const status = (sentence: string) => mentions(sentence).map((m) => m.status);
    assert.deepEqual(status("Thứ trưởng hoan nghênh việc hai bên đã ký Tuyên bố Tầm nhìn chung về hợp tác quốc phòng Việt Nam - Nhật Bản."), ["referenced"]);
    assert.deepEqual(status("Thứ trưởng đánh giá cao việc hai Bộ ký Bản ghi nhớ về hợp tác gìn giữ hòa bình."), ["referenced"]);
    assert.deepEqual(status("Sau hội đàm, hai Thứ trưởng đã ký Bản ghi nhớ về hợp tác gìn giữ hòa bình."), ["signed_here"]);
  });

  it("a signing witnessed after the title ('…, dưới sự chứng kiến của hai Bộ trưởng') is this meeting's", () => {
    const status = (sentence: string) => mentions(sentence).map((m) => m.status);
    for (const witnessed of ["dưới sự chứng kiến của hai Bộ trưởng", "trước sự chứng kiến của Bộ trưởng hai nước"]) {
      assert.deepEqual(status(`Sau đó, Trung tướng Nguyễn Văn An và ông Kato Ken ký Biên bản ghi nhớ về hợp tác quân y, ${witnessed}.`), ["signed_here"], witnessed);
    }
    // A signing of another time stays referenced.
    assert.deepEqual(status("Năm 2019, hai bên đã ký Biên bản ghi nhớ về hợp tác quân y, dưới sự chứng kiến của hai Bộ trưởng."), ["referenced"]);
  });

  it("ends a title at a relative clause, and reads the signing in it as an earlier one", () => {
    assert.deepEqual(read("Hai Thứ trưởng đánh giá cao Bản ghi nhớ về hợp tác tìm kiếm cứu nạn mà hai Bộ trưởng vừa ký."), [
      "referenced -: Bản ghi nhớ về hợp tác tìm kiếm cứu nạn",
    ]);
  });

  it("ends a title at a joiner before a verb of agreeing, so the document named after it is read on its own", () => {
    const one = read("Hai bên đã ký Biên bản ghi nhớ về hợp tác đào tạo phi công và nhất trí sớm hoàn tất Hiệp định về hợp tác quân y.");
    assert.equal(one.length, 2, one.join(" | "));
    assert.match(one[0]!, /: Biên bản ghi nhớ về hợp tác đào tạo phi công$/);
    assert.match(one[1]!, /: Hiệp định về hợp tác quân y$/);
    assert.doesNotMatch(one[1]!, /^signed_here/);
    // Other joiners and other verbs of agreeing; a joiner inside a title, before no such verb, stays in it.
    assert.match(read("Hai Bộ trưởng ký Bản ghi nhớ về đào tạo tiếng Nhật đồng thời thống nhất xây dựng Kế hoạch hợp tác năm 2027.")[0]!, /: Bản ghi nhớ về đào tạo tiếng Nhật$/);
    assert.match(read("Hai Bộ trưởng ký Bản ghi nhớ về đào tạo tiếng Nhật và cam kết xây dựng Kế hoạch hợp tác năm 2027.")[0]!, /: Bản ghi nhớ về đào tạo tiếng Nhật$/);
    assert.match(read("Hai bên đã ký Bản ghi nhớ về cứu hộ và cứu nạn trên biển.")[0]!, /: Bản ghi nhớ về cứu hộ và cứu nạn trên biển$/);
  });

  it("reads letters of arrangement and exchanges of notes as documents", () => {
    const kinds = (sentence: string) => mentions(sentence).map((m) => `${m.kind} ${m.status}: ${m.title}`);
    assert.deepEqual(kinds("Hai bên đã trao đổi Công hàm về khoản viện trợ không hoàn lại cho dự án tàu tuần tra."), ["other signed_here: Công hàm về khoản viện trợ không hoàn lại"]);
    assert.deepEqual(kinds("Đại diện hai Bộ đã ký Thư thỏa thuận về việc chuyển giao máy bay huấn luyện."), ["other signed_here: Thư thỏa thuận về việc chuyển giao máy bay huấn luyện"]);
  });

  it("reads a document noun followed at once by a modal or a verb as no title", () => {
    assert.deepEqual(read("Hiệp định cần được quốc hội hai nước phê chuẩn trước khi có hiệu lực."), []);
    assert.deepEqual(read("Thỏa thuận phải được hai bên thông qua."), []);
    assert.deepEqual(read("Hiệp định này tạo khuôn khổ pháp lý cho hợp tác."), []);
  });

  it("reads a noun opening its sentence with a lower-case verb phrase after it as no title: its capital is the sentence's", () => {
    for (const sentence of ["Thỏa thuận mở đường cho các chuyến thăm cảng của tàu hai nước.", "Hiệp định tạo cơ sở pháp lý cho việc chuyển giao trang thiết bị."]) assert.deepEqual(read(sentence), [], sentence);
    // A title's name going on after it ("về …", a capital) is one still, and so is the same noun inside the sentence.
    assert.deepEqual(read("Bản ghi nhớ về hợp tác huấn luyện phi công được ký tại Hà Nội.").map((r) => r.split(": ")[1]), ["Bản ghi nhớ về hợp tác huấn luyện phi công"]);
    assert.deepEqual(read("Thỏa thuận Hợp tác Hải quân mở ra giai đoạn mới.").map((r) => r.split(": ")[1]), ["Thỏa thuận Hợp tác Hải quân"]);
    assert.equal(read("Hai bên ký Thỏa thuận mở đường cho các chuyến thăm cảng.").length, 1);
  });

  it("reads a date at the end of a title's clause, after what it is about, as when it was signed ('ký Bản ghi nhớ về … năm 2019')", () => {
    for (const rest of [".", ", mở ra giai đoạn mới.", " tại Hà Nội."]) {
      assert.deepEqual(read(`Hai bên đã ký Bản ghi nhớ về hợp tác quân y năm 2019${rest}`), ["referenced 2019: Bản ghi nhớ về hợp tác quân y"], rest);
    }
    // So are a month and a day with their year.
    const title = "Bản ghi nhớ về hợp tác huấn luyện phi công";
    for (const [date, signed] of [["tháng 11/2021", "2021-11"], ["tháng 11 năm 2021", "2021-11"], ["ngày 22/11/2021", "2021-11-22"], ["ngày 22 tháng 11 năm 2021", "2021-11-22"]] as const) {
      assert.deepEqual(read(`Hai bên đã ký ${title} ${date}.`).map((r) => r.replace(/^\S+ /u, "")), [`${signed}: ${title}`], date);
    }
    // A plan's year is its name: the plan for that year.
    assert.deepEqual(read("Hai bên ký Kế hoạch hợp tác quốc phòng năm 2020.").map((r) => r.split(": ")[1]), ["Kế hoạch hợp tác quốc phòng năm 2020"]);
  });

  it("reads a noun pointing back ('Bản ghi nhớ nêu trên', 'kể trên', 'trên đây') as no new title", () => {
    assert.deepEqual(read("Bản ghi nhớ nêu trên tạo khuôn khổ pháp lý cho hợp tác hai bên."), []);
    assert.deepEqual(read("Thỏa thuận kể trên mở ra giai đoạn mới."), []);
    assert.deepEqual(read("Các văn kiện trên đây, trong đó có Bản ghi nhớ trên đây, được hai bên đánh giá cao."), []);
  });

  it("reads a lower-case noun with a bare complement only as a document the catalogue knows by those words", () => {
    assert.match(read("Hai bên tiếp tục triển khai bản ghi nhớ hợp tác và trao đổi quốc phòng song phương.")[0]!, /= vn-jp-2011-mou-defence-cooperation-exchanges$/);
    assert.match(read("Hai Bộ trưởng sẽ thảo luận về thỏa thuận chuyển giao thiết bị và công nghệ quốc phòng.")[0]!, /^under_negotiation .*= vn-jp-2021-agreement-transfer-defence-equipment-technology$/);
    // Generic words the catalogue does not tell one document by are no title.
    for (const generic of ["Hai bên thực hiện tốt bản ghi nhớ hợp tác quốc phòng song phương.", "Hai bên cam kết thực hiện kế hoạch hợp tác quốc phòng."]) assert.deepEqual(read(generic), [], generic);
  });

  it("reads a reference that names only the parties as no document", () => {
    assert.deepEqual(read("Hai bên tiếp tục triển khai thỏa thuận giữa Bộ Quốc phòng hai nước."), []);
    assert.deepEqual(read("Hai bên cam kết thực hiện Thỏa thuận hợp tác quốc phòng giữa hai nước."), []);
    // …while a title with a subject is a document even outside the catalogue.
    assert.deepEqual(read("Hai bên tiếp tục triển khai Thỏa thuận về hợp tác đào tạo phi công giữa Bộ Quốc phòng hai nước."), [
      "referenced -: Thỏa thuận về hợp tác đào tạo phi công giữa Bộ Quốc phòng hai nước",
    ]);
  });
});

describe("catalogue documents", () => {
  const MOU = "vn-jp-2011-mou-defence-cooperation-exchanges";

  it("recognises one memorandum in two wordings, and gives it the catalogue's title, kind, date and id", () => {
    const a = mentions("Hai bên đánh giá cao Bản ghi nhớ hợp tác và trao đổi quốc phòng song phương giữa hai Bộ.");
    const b = mentions("Quan hệ phát triển theo tinh thần Bản ghi nhớ về hợp tác và giao lưu quốc phòng.");
    assert.deepEqual([...a, ...b].map((m) => m.document?.id), [MOU, MOU]);
    const placed = [...a, ...b].map((m, i): PlacedMention => ({ ...m, article_id: `a${i}`, machineTranslated: false, date: null }));
    const merged = mergeAgreements(placed);
    assert.equal(merged.length, 1);
    assert.deepEqual([merged[0]!.title, merged[0]!.kind, merged[0]!.date_signed, merged[0]!.date_precision, merged[0]!.reference_id, merged[0]!.mentions.length], [
      "Bản ghi nhớ về hợp tác và giao lưu quốc phòng", "memorandum", "2011-10-24", "day", MOU, 2,
    ]);
  });

  it("recognises by kind and signing day a document whose title names only its parties", () => {
    assert.deepEqual(read("Bản Ghi nhớ giữa Bộ Quốc phòng hai nước được ký kết ngày 15/9/2015 là cơ sở cho hợp tác."), [
      "referenced 2015-09-15: Bản Ghi nhớ giữa Bộ Quốc phòng hai nước = vn-jp-2015-mou-un-peacekeeping-cooperation",
    ]);
  });

  it("recognises by kind and signing year or month a document whose title names only its parties, when the catalogue has one such document then", () => {
    assert.deepEqual(read("Hai Bộ Quốc phòng đã ký Bản ghi nhớ hợp tác vào năm 2011, đặt nền móng cho quan hệ."), ["referenced 2011: Bản ghi nhớ hợp tác = " + MOU]);
    assert.deepEqual(read("Hồi tháng 10/2011, Bộ Quốc phòng hai nước ký Bản ghi nhớ hợp tác song phương."), ["referenced 2011-10: Bản ghi nhớ hợp tác song phương = " + MOU]);
    // The catalogue has two memoranda of 2021: the year names neither.
    assert.deepEqual(read("Năm 2021, hai Bộ đã ký Bản ghi nhớ hợp tác."), []);
    // A title with a subject of its own names no other document signed that year.
    assert.deepEqual(read("Năm 2011, hai bên đã ký Bản ghi nhớ về hợp tác đào tạo phi công."), ["referenced 2011: Bản ghi nhớ về hợp tác đào tạo phi công"]);
    // A document the catalogue dates only to its month is not known to be the one signed on a given day.
    assert.equal(knowledge.documents.signedOn("joint_statement", "2011")?.id, "vn-jp-2011-joint-statement-actions-strategic-partnership");
    assert.equal(knowledge.documents.signedOn("joint_statement", "2011-10-31"), null);
  });

  it("recognises a distinctive phrase in Chinese characters by its Sino-Vietnamese reading, as a translation from Chinese writes it", () => {
    // The 2015 peacekeeping memorandum's distinctive words include 维和 ("duy hoà"); the title is otherwise reworded.
    assert.deepEqual(mentions("Hai bên tiếp tục thực hiện Bản ghi nhớ về hợp tác duy hòa của Liên hợp quốc.", { mt: true }).map((m) => m.document?.id), ["vn-jp-2015-mou-un-peacekeeping-cooperation"]);
    // Without the reading (only "hòa bình", which the reading is not), it is no catalogued document: a UN one, left out.
    assert.deepEqual(mentions("Hai bên tiếp tục thực hiện Bản ghi nhớ về hợp tác hòa bình của Liên hợp quốc.", { mt: true }), []);
  });

  it("rebuilds a translation's head-final title written between the signing verb and its noun ('ký kết … hợp tác bản ghi nhớ')", () => {
    const id = (sentence: string, mt = true) => mentions(sentence, { mt }).map((m) => `${m.title} = ${m.document?.id ?? "-"}`);
    assert.deepEqual(id("Hai nước năm 2015 ký kết Liên hợp quốc duy hòa hợp tác bản ghi nhớ, đến nay triển khai hiệu quả."), ["Bản ghi nhớ Liên hợp quốc duy hòa hợp tác = vn-jp-2015-mou-un-peacekeeping-cooperation"]);
    // In text written in Vietnamese, or with the noun first, the title is read as before.
    assert.deepEqual(id("Hai nước năm 2015 ký kết Liên hợp quốc duy hòa hợp tác bản ghi nhớ, đến nay triển khai hiệu quả.", false), []);
    assert.deepEqual(id("Năm 2015, hai nước ký kết Bản ghi nhớ về hợp tác duy hòa của Liên hợp quốc."), ["Bản ghi nhớ về hợp tác duy hòa của Liên hợp quốc = vn-jp-2015-mou-un-peacekeeping-cooperation"]);
  });

  it("rebuilds a head-final title after a verb of drafting or negotiating too, past a translation's count ('một phần')", () => {
    const titled = (sentence: string) => mentions(sentence, { mt: true }).map((m) => `${m.status}: ${m.title}`);
    assert.deepEqual(titled("Hai bên đồng ý đàm phán một hạng cứu hộ cứu nạn hợp tác hiệp định."), ["under_negotiation: Hiệp định cứu hộ cứu nạn hợp tác"]);
    assert.deepEqual(titled("Song phương nhất trí soạn thảo một phần quân y hợp tác bản ghi nhớ."), ["under_negotiation: Bản ghi nhớ quân y hợp tác"]);
    assert.deepEqual(titled("Hai bên ký kết một bản quân y hợp tác bản ghi nhớ."), ["signed_here: Bản ghi nhớ quân y hợp tác"]);
    // A verb of neither kind leaves the words before the noun out of its name, as before: no document named.
    assert.deepEqual(titled("Hai bên hoan nghênh quân y hợp tác bản ghi nhớ."), []);
  });

  it("names a catalogued document by a word the title leaves out and its clause gives with the signers, when the date stated agrees", () => {
    const ids = (sentence: string) => mentions(sentence).map((m) => m.document?.id ?? "-");
    // The 2011 memorandum is named by "quốc phòng" as well as "giao lưu": here the signers carry it.
    assert.deepEqual(ids("Tháng 10/2011, Bộ Quốc phòng hai nước ký kết Bản ghi nhớ về hợp tác và giao lưu."), ["vn-jp-2011-mou-defence-cooperation-exchanges"]);
    // Another year, or a clause without the word: the title alone, no catalogued document.
    assert.deepEqual(ids("Tháng 10/2013, Bộ Quốc phòng hai nước ký kết Bản ghi nhớ về hợp tác và giao lưu."), ["-"]);
    assert.deepEqual(ids("Tháng 10/2011, hai nước ký kết Bản ghi nhớ về hợp tác và giao lưu."), ["-"]);
  });

  it("a lower-case programme named only by whom it is between ('chương trình hợp tác giữa A với B') is their cooperation, no document", () => {
    assert.deepEqual(read("Chuyến thăm góp phần thúc đẩy chương trình hợp tác giữa Cảnh sát biển Việt Nam với Lực lượng Bảo vệ bờ biển Nhật Bản."), []);
    // With what it is about, it names one.
    assert.equal(read("Hai bên đã ký chương trình hợp tác giữa Cảnh sát biển Việt Nam với Lực lượng Bảo vệ bờ biển Nhật Bản về tìm kiếm cứu nạn trên biển.").length, 1);
  });

  it("reads a quoted name after a generic word for a document ('văn kiện “…”') as the catalogue's document of that name, and nothing else", () => {
    for (const mt of [true, false]) {
      const ids = (sentence: string) => mentions(sentence, { mt }).map((m) => `${m.status} ${m.document?.id ?? "-"}`);
      assert.deepEqual(ids("Hai bên nhất trí tiếp tục thực hiện văn kiện “Tầm nhìn chung về hợp tác quốc phòng” mà hai Bộ trưởng đã ký."), ["referenced vn-jp-2018-joint-vision-statement-defence-cooperation"], String(mt));
      // A quoted name the catalogue does not know names no document.
      assert.deepEqual(ids("Hai bên nhất trí tiếp tục thực hiện văn bản “Kế hoạch phối hợp tuần tra ven biển”."), [], String(mt));
      // Nor need the name be quoted: a capitalised one, up to where a title ends.
      assert.deepEqual(ids("Hai bên nhất trí tiếp tục thực hiện văn kiện Tầm nhìn chung về hợp tác quốc phòng mà hai Bộ trưởng đã ký."), ["referenced vn-jp-2018-joint-vision-statement-defence-cooperation"], String(mt));
      assert.deepEqual(ids("Hai bên nhất trí tiếp tục thực hiện văn bản Kế hoạch phối hợp tuần tra ven biển."), [], String(mt));
      assert.deepEqual(ids("Các văn bản Bộ Quốc phòng ban hành năm nay đều nhằm nâng cao năng lực."), [], String(mt));
    }
  });

  it("reads two quoted titles joined by 'và' as two documents signed, in a translation as in Vietnamese", () => {
    for (const mt of [true, false]) {
      const sentence = 'Sau hội đàm, đại diện hai bên ký kết "bản ghi nhớ về hợp tác đào tạo phi công trực thăng" và "bản ghi nhớ về hợp tác bảo dưỡng tàu mặt nước".';
      assert.deepEqual(read(sentence, { mt }), [
        "signed_here -: bản ghi nhớ về hợp tác đào tạo phi công trực thăng",
        "signed_here -: bản ghi nhớ về hợp tác bảo dưỡng tàu mặt nước",
      ], String(mt));
    }
  });

  it("reads a translation's 'ký tên' (sign) as the signing verb, not 'ký' and a title word 'tên'", () => {
    const titles = mentions("Hai người nói, lần này ký tên bản ghi nhớ sẽ vì hai quân hợp tác đặt định cơ sở.", { mt: true }).map((m) => m.title);
    assert.deepEqual(titles.filter((t) => /tên/u.test(t)), []);
  });

  it("does not take a document signed at another time for the catalogue's", () => {
    assert.deepEqual(read("Bản ghi nhớ về hợp tác và giao lưu quốc phòng ký năm 2030 mở ra giai đoạn mới."), [
      "referenced 2030: Bản ghi nhớ về hợp tác và giao lưu quốc phòng",
    ]);
  });
});

describe("scope: documents of other parties", () => {
  it("leaves out an agreement Japan signed with a third country, named in the clause or in the headline", () => {
    assert.deepEqual(read("Nhật Bản và Ấn Độ đã ký Thỏa thuận chuyển giao thiết bị và công nghệ quốc phòng."), []);
    assert.deepEqual(read("Nhật Bản đã ký Hiệp định về hợp tác an ninh hàng hải với Indonesia."), []);
    assert.deepEqual(read("Hai nước ký Hiệp định Tiếp cận tương hỗ tại Canberra.", { headline: "Nhật Bản và Australia ký hiệp định quốc phòng" }), []);
  });

  it("leaves out a document Vietnam signed with a third country, named in the clause or the headline, or in an article that never names Japan", () => {
    assert.deepEqual(read("Hai Bộ trưởng đã ký Bản ghi nhớ về hợp tác quân y giữa Bộ Quốc phòng Việt Nam và Bộ Quốc phòng Ấn Độ."), []);
    assert.deepEqual(read("Việt Nam và Hàn Quốc đã ký Thỏa thuận về hợp tác công nghiệp quốc phòng."), []);
    assert.deepEqual(read("Hai nước đã ký Bản ghi nhớ về hợp tác quân y.", { headline: "Việt Nam và Ấn Độ tăng cường hợp tác quốc phòng" }), []);
    assert.deepEqual(read("Hai nước đã ký Bản ghi nhớ về hợp tác quân y.", { headline: "Tin quốc phòng" }), []);
    // Vietnam alone in the sentence is no pair with Japan, though Japan is named elsewhere: the headline's other country
    // decides (written in English or phonetically too).
    const signed = "Hai bên ký Bản ghi nhớ về hợp tác quân y, mở đường cho các bác sĩ quân y Việt Nam sang thực tập.";
    const inArticle = (headline: string) => {
      const doc = article([signed, "Nhật Bản cũng là đối tác lâu năm trong lĩnh vực này."], headline);
      const start = doc.text.indexOf(signed);
      return findAgreementMentions(doc.text, [{ start, end: start + signed.length }], false, knowledge.grammar, knowledge.documents).map((m) => m.title);
    };
    assert.deepEqual(inArticle("Việt Nam và Australia thúc đẩy hợp tác quân y"), []);
    assert.deepEqual(inArticle("Việt Nam và Ô-xtrây-li-a thúc đẩy hợp tác quân y"), []);
    assert.deepEqual(inArticle("Tin hợp tác quân y"), ["Bản ghi nhớ về hợp tác quân y"]);
    // A Vietnam–Japan document named in such an article is still one.
    assert.deepEqual(read("Năm 2015, Việt Nam và Nhật Bản đã ký Bản ghi nhớ về hợp tác quân y.", { headline: "Việt Nam và Ấn Độ tăng cường hợp tác quốc phòng" }), ["referenced 2015: Bản ghi nhớ về hợp tác quân y"]);
  });

  it("leaves out multilateral instruments", () => {
    assert.deepEqual(read("Hai bên hoan nghênh Hiệp định Đối tác Toàn diện và Tiến bộ xuyên Thái Bình Dương có hiệu lực."), []);
    assert.deepEqual(read("Hai bên ủng hộ sớm hoàn tất Bộ Quy tắc ứng xử ở Biển Đông và tôn trọng Công ước về Luật Biển."), []);
    // …but not a Vietnam–Japan document in an article whose headline names a third country beside Vietnam.
    assert.deepEqual(read("Hai nước đã ký Bản ghi nhớ về hợp tác cứu hộ hàng không.", { headline: "Bộ trưởng Quốc phòng Nhật Bản thăm Việt Nam và Campuchia" }), [
      "signed_here -: Bản ghi nhớ về hợp tác cứu hộ hàng không",
    ]);
  });

  it("leaves out a document many parties sign or a multilateral forum adopts, not one the two sides sign at a forum", () => {
    assert.deepEqual(read("Tại phiên họp, các Bộ trưởng đã ký Tuyên bố chung về an ninh mạng khu vực."), []);
    assert.deepEqual(read("Các nước thành viên nhất trí ra Tuyên bố chung về ứng phó thảm họa."), []);
    assert.deepEqual(read("Hội nghị ADMM đã thông qua Tuyên bố chung về hợp tác quân y."), []);
    // The two sides sign on the forum's sidelines, with or without a comma after the setting.
    assert.deepEqual(read("Bên lề Hội nghị ADMM, hai Bộ trưởng đã ký Bản ghi nhớ về hợp tác đào tạo phi công."), ["signed_here -: Bản ghi nhớ về hợp tác đào tạo phi công"]);
    assert.deepEqual(read("Nhân dịp dự ADMM+ hai Bộ trưởng đã ký Thỏa thuận về hợp tác đào tạo phi công."), ["signed_here -: Thỏa thuận về hợp tác đào tạo phi công"]);
    assert.deepEqual(read("Trước sự chứng kiến của các Bộ trưởng, Việt Nam và Nhật Bản đã ký Bản ghi nhớ về hợp tác đào tạo phi công."), ["signed_here -: Bản ghi nhớ về hợp tác đào tạo phi công"]);
    // Many named as the signers after the two sides who tell of it: the many sign ("Hai Thứ trưởng nhắc đến việc …").
    assert.deepEqual(read("Hai Thứ trưởng nhắc lại việc lãnh đạo ASEAN và Nhật Bản thông qua Tuyên bố chung về hợp tác hàng hải khu vực."), []);
    // A side paired with a multilateral body as the parties leaves out even a title like a catalogued Vietnam–Japan
    // document's (here the 2011 memorandum's words).
    const mou = "Bản ghi nhớ về hợp tác và trao đổi quốc phòng";
    assert.equal(read(`Hai bên đánh giá cao việc triển khai ${mou}.`).length, 1);
    assert.deepEqual(read(`Đại sứ cho biết Nhật Bản và ASEAN đã thông qua ${mou} tại hội nghị cấp cao.`), []);
    // A multilateral word in the title before is that title's, not the clause of the one after it.
    assert.deepEqual(read("Hai bên nhất trí sớm ký “Thỏa thuận về quan sát viên Liên hợp quốc” và “Biên bản về hợp tác đào tạo phi công”.").map((r) => r.split(": ")[1]), ["Biên bản về hợp tác đào tạo phi công"]);
  });

  it("reads a lower-case noun with 'về việc' and a clause ('thỏa thuận về việc máy bay … hạ cánh …') as a matter to settle, not a document; a capitalised one, or 'về' a topic, names one", () => {
    assert.deepEqual(read("Hai Bộ trưởng nhất trí sớm hoàn tất thỏa thuận về việc máy bay của Lực lượng Phòng vệ Nhật Bản hạ cánh tại sân bay Cam Ranh để tiếp nhiên liệu."), []);
    assert.deepEqual(read("Hai Bộ trưởng đã ký Thỏa thuận về việc trao đổi sĩ quan huấn luyện."), ["signed_here -: Thỏa thuận về việc trao đổi sĩ quan huấn luyện"]);
    assert.deepEqual(read("Hai Bộ trưởng đã ký thỏa thuận về trao đổi sĩ quan huấn luyện."), ["signed_here -: thỏa thuận về trao đổi sĩ quan huấn luyện"]);
  });

  it("reads a side's abbreviation ('Cảnh sát biển VN') as its name among a document's parties; not a longer word that begins with it", () => {
    const signed = (parties: string) => read(`Hai lực lượng phối hợp chặt chẽ từ khi ${parties} ký kết biên bản ghi nhớ về hợp tác năm 2015.`).map((r) => r.split(" = ")[1] ?? "-");
    assert.deepEqual(signed("Cảnh sát biển VN và Lực lượng Bảo vệ bờ biển Nhật Bản"), ["vn-jp-2015-mou-coast-guard-cooperation"]);
    assert.deepEqual(signed("Cảnh sát biển Việt Nam và Lực lượng Bảo vệ bờ biển Nhật Bản"), ["vn-jp-2015-mou-coast-guard-cooperation"]);
    assert.deepEqual(signed("Cảnh sát biển VNX và Lực lượng Bảo vệ bờ biển Nhật Bản"), []);
  });

  it("leaves out a document the sides are members of or accede to ('đều là thành viên của Hiệp định …', 'gia nhập'): it has many parties", () => {
    assert.deepEqual(read("Cảnh sát biển Việt Nam và Lực lượng Bảo vệ bờ biển Nhật Bản đều là thành viên tích cực của Hiệp định hợp tác chống cướp biển."), []);
    assert.deepEqual(read("Năm 2015, Việt Nam đã gia nhập Hiệp định về tìm kiếm cứu nạn hàng không."), []);
    // The same document signed by the two sides is theirs.
    assert.deepEqual(read("Cảnh sát biển Việt Nam và Lực lượng Bảo vệ bờ biển Nhật Bản đã ký Hiệp định hợp tác chống cướp biển."), ["signed_here -: Hiệp định hợp tác chống cướp biển"]);
  });
});

describe("status from the clause", () => {
  it("reads a document carried out, reviewed or remembered as referenced, though a signing verb speaks of it", () => {
    const vision = "Tuyên bố tầm nhìn chung về quan hệ quốc phòng Việt Nam – Nhật Bản";
    for (const sentence of [
      `Hai bên nhất trí tiếp tục triển khai hiệu quả ${vision}.`,
      `Hai bên nhất trí tiếp tục triển khai hiệu quả các văn kiện hợp tác đã ký kết, trong đó có ${vision}.`,
      `Hai bên nhất trí tiếp tục thực hiện tốt những nội dung đã ký kết trong ${vision}.`,
      `Hai bên đánh giá cao các hoạt động kỷ niệm 5 năm ký ${vision}.`,
      `Hai bên nhất trí tổ chức kỷ niệm 5 năm ký ${vision}.`,
      `Hai bên nhìn lại kết quả hợp tác sau 5 năm ký kết ${vision}.`,
      `Hai bên đã rà soát ${vision}.`,
    ]) {
      assert.deepEqual(mentions(sentence).map((m) => `${m.status} ${m.signed ?? "-"}`), ["referenced -"], sentence);
    }
    // So is one a word of basis takes as its object, the documents listed after it ("dựa trên các văn kiện đã ký, cụ thể
    // là …", "trên cơ sở các thỏa thuận đã ký kết").
    assert.deepEqual(read(`Quan hệ hai nước phát triển dựa trên các văn kiện đã ký, cụ thể là ${vision} và Biên bản về hợp tác quân y.`).map((r) => r.split(": ")[0]), ["referenced -", "referenced -"]);
    assert.deepEqual(read(`Hai bên hợp tác trên cơ sở các thỏa thuận đã ký kết, trong đó có Biên bản về hợp tác quân y.`).map((r) => r.split(": ")[0]), ["referenced -"]);
    // A signing joined to the verb before as another action, or in another clause, is a signing reported.
    for (const sentence of [
      `Hai bên tiếp tục triển khai hợp tác và đã ký ${vision}.`,
      `Tiếp tục triển khai hợp tác, hai Bộ trưởng đã ký ${vision}.`,
      `Hai Bộ trưởng đã ký ${vision}.`,
    ]) {
      assert.deepEqual(mentions(sentence).map((m) => m.status), ["signed_here"], sentence);
    }
  });

  it("never dates a document the talks only refer to by the talks' day", () => {
    const doc = article(["Chiều 16/11/2023, tại Hà Nội, Đại tướng Phan Văn Giang đã hội đàm với Bộ trưởng Quốc phòng Nhật Bản Kihara Minoru. Hai bên nhất trí tiếp tục triển khai hiệu quả các văn kiện đã ký kết, trong đó có Tuyên bố tầm nhìn chung về quan hệ quốc phòng Việt Nam – Nhật Bản."]);
    const x = extractArticle({ document: doc, fixes: [], repeated: new Set(), machineTranslated: false }, knowledge);
    assert.deepEqual(x.agreements.map((a) => a.status), ["referenced"]);
  });

  it("reads an earlier signing in several forms as referenced, dated at the precision stated", () => {
    assert.deepEqual(read("Hai bên đánh giá kể từ khi hai Bộ ký Bản ghi nhớ về hợp tác hải quân vào tháng 5/2016, quan hệ đã phát triển."), [
      "referenced 2016-05: Bản ghi nhớ về hợp tác hải quân",
    ]);
    assert.deepEqual(read("Năm 2017, hai bên ký kết Bản ghi nhớ về hợp tác đào tạo phi công."), ["referenced 2017: Bản ghi nhớ về hợp tác đào tạo phi công"]);
    // Counted from the time told before ("Hai năm sau đó, …"): that time's, not the article's news.
    assert.deepEqual(read("Hai năm sau đó, ở Hà Nội, hai Bộ ký thêm Bản ghi nhớ về hợp tác huấn luyện bắn đạn thật."), ["referenced -: Bản ghi nhớ về hợp tác huấn luyện bắn đạn thật"]);
    assert.deepEqual(read("Sau đó, hai Bộ ký Bản ghi nhớ về hợp tác huấn luyện bắn đạn thật."), ["signed_here -: Bản ghi nhớ về hợp tác huấn luyện bắn đạn thật"]);
    // So is one counted without "đó" ("Bốn tháng sau, …"); "năm sau" alone is next year, a signing to come.
    assert.deepEqual(read("Bốn tháng sau, hai Bộ ký thêm Bản ghi nhớ về hợp tác huấn luyện bắn đạn thật."), ["referenced -: Bản ghi nhớ về hợp tác huấn luyện bắn đạn thật"]);
    assert.deepEqual(read("Năm sau, hai Bộ sẽ ký Bản ghi nhớ về hợp tác huấn luyện bắn đạn thật."), ["agreed_to_sign -: Bản ghi nhớ về hợp tác huấn luyện bắn đạn thật"]);
    // Told as something done once before ("từng"), undated.
    assert.deepEqual(read("Ông Kato Ken từng sang Hà Nội và cùng người đồng cấp ký Bản ghi nhớ về hợp tác đào tạo phi công."), ["referenced -: Bản ghi nhớ về hợp tác đào tạo phi công"]);
    assert.deepEqual(read("Trước đó, năm 2017, hai Bộ đã ký Bản ghi nhớ về hợp tác đào tạo phi công."), ["referenced 2017: Bản ghi nhớ về hợp tác đào tạo phi công"]);
    // The same told by someone: the time opens what the narrator's clause tells.
    assert.deepEqual(read("Thượng tướng Hoàng Xuân Chiến cho biết, năm 2017, hai Bộ đã ký Bản ghi nhớ về hợp tác đào tạo phi công."), ["referenced 2017: Bản ghi nhớ về hợp tác đào tạo phi công"]);
    // (A day stated is the signing's; which meeting's it is, the rows decide: see agreement-rows.ts.)
    const told = "Đại sứ Yamada Takio nhắc lại, ngày 3/4/2019, trong chuyến thăm của Bộ trưởng, hai Bộ đã ký Thỏa thuận về hợp tác tìm kiếm cứu nạn.";
    assert.deepEqual(read(told), ["signed_here 2019-04-03: Thỏa thuận về hợp tác tìm kiếm cứu nạn"]);
    assert.deepEqual(read(told), read(told.replace("Đại sứ Yamada Takio nhắc lại, ngày", "Ngày")));
    assert.deepEqual(read("Bản ghi nhớ về hợp tác đào tạo phi công ký năm 2017 đã mang lại kết quả."), ["referenced 2017: Bản ghi nhớ về hợp tác đào tạo phi công"]);
    // A list of documents, each with its year in brackets: each signed that year.
    assert.deepEqual(read("Hai Bộ đã ký nhiều văn kiện như Bản ghi nhớ về hợp tác đào tạo phi công (2017) và Thỏa thuận về hợp tác tìm kiếm cứu nạn (2019)."), [
      "referenced 2017: Bản ghi nhớ về hợp tác đào tạo phi công",
      "referenced 2019: Thỏa thuận về hợp tác tìm kiếm cứu nạn",
    ]);
    assert.deepEqual(read("Hai bên hài lòng với Thỏa thuận về hợp tác tìm kiếm cứu nạn, được ký ngày 3/4/2019 tại Tokyo."), [
      "referenced 2019-04-03: Thỏa thuận về hợp tác tìm kiếm cứu nạn",
    ]);
    assert.deepEqual(read("Hai bên đã thực hiện tốt Bản ghi nhớ về hợp tác hải quân (tháng 5-2016) và Kế hoạch hợp tác năm 2019."), [
      "referenced 2016-05: Bản ghi nhớ về hợp tác hải quân",
      "referenced -: Kế hoạch hợp tác năm 2019",
    ]);
  });

  it("dates a signing in a clause about the thing named before its comma by that thing's time ('…, trong đó hai Bộ đã ký …')", () => {
    // The visit recalled is dated; the clause after "trong đó" tells what was done during it.
    assert.deepEqual(read("Trung tướng Lê Văn Hùng điểm lại chuyến thăm Tokyo của đoàn quân sự cấp cao tháng 9/2016, trong đó hai Bộ đã ký Bản ghi nhớ về hợp tác đào tạo phi công."), [
      "referenced 2016-09: Bản ghi nhớ về hợp tác đào tạo phi công",
    ]);
    assert.deepEqual(read("Hai bên nhắc tới Đối thoại chính sách lần thứ 5 năm 2017, tại đó đại diện hai bên đã ký Thỏa thuận về hợp tác tìm kiếm cứu nạn."), [
      "referenced 2017: Thỏa thuận về hợp tác tìm kiếm cứu nạn",
    ]);
    // "dịp", "khi" point back as well: "…, dịp hai bên ký …".
    assert.deepEqual(read("Hai Bộ trưởng đã gặp nhau nhiều lần, gần nhất trong chuyến thăm Tokyo hồi tháng 3, dịp hai bên ký Bản ghi nhớ về hợp tác đào tạo phi công."), [
      "referenced -: Bản ghi nhớ về hợp tác đào tạo phi công",
    ]);
    // Whose account it is, opening the sentence ("Theo …,"), then the time: as after a narrator's clause.
    assert.deepEqual(read("Theo Trung tướng Lê Văn Hùng, trong lần sang Tokyo dự đối thoại năm 2019, hai Bộ đã ký Bản ghi nhớ về hợp tác đào tạo phi công."), [
      "referenced 2019: Bản ghi nhớ về hợp tác đào tạo phi công",
    ]);
    assert.deepEqual(read("Theo Đại sứ, trong chuyến thăm Hà Nội hồi tháng 4, hai Bộ đã ký Bản ghi nhớ về hợp tác đào tạo phi công."), ["referenced -: Bản ghi nhớ về hợp tác đào tạo phi công"]);
    // "với việc" ties what was done to the visit before its comma too.
    assert.deepEqual(read("Hai bên ghi nhận chuyến thăm Tokyo của Chủ tịch nước hồi tháng 4/2016, với việc hai bên ra Tuyên bố chung về hợp tác an ninh biển."), [
      "referenced 2016-04: Tuyên bố chung về hợp tác an ninh biển",
    ]);
    // Without the link word the clause of the verb stands alone: a signing at the meeting reported.
    assert.deepEqual(read("Trung tướng Lê Văn Hùng điểm lại chuyến thăm Tokyo tháng 9/2016, hai Bộ đã ký Bản ghi nhớ về hợp tác đào tạo phi công."), [
      "signed_here -: Bản ghi nhớ về hợp tác đào tạo phi công",
    ]);
  });

  it("reads a signing at the meeting, by its participants or in their presence, as signed here", () => {
    assert.deepEqual(read("Sau hội đàm, trước sự chứng kiến của hai Bộ trưởng, đại diện hai bên đã ký Bản ghi nhớ về hợp tác hải quân và Thỏa thuận về đào tạo phi công."), [
      "signed_here -: Bản ghi nhớ về hợp tác hải quân",
      "signed_here -: Thỏa thuận về đào tạo phi công",
    ]);
    assert.deepEqual(read("Bản ghi nhớ về hợp tác hải quân đã được ký kết ngay sau hội đàm."), ["signed_here -: Bản ghi nhớ về hợp tác hải quân"]);
    assert.deepEqual(read("Hai nhà lãnh đạo đã thông qua Tuyên bố chung về hợp tác ứng phó thảm họa."), ["signed_here -: Tuyên bố chung về hợp tác ứng phó thảm họa"]);
  });

  it("reads a joint statement issued ('ra', 'ban hành') at the meeting as signed here; 'ra' only right before the title", () => {
    assert.deepEqual(read("Kết thúc hội đàm, hai Bộ trưởng đã ra Tuyên bố chung về hợp tác an ninh biển."), ["signed_here -: Tuyên bố chung về hợp tác an ninh biển"]);
    assert.deepEqual(read("Hai bên ban hành Tuyên bố chung về tăng cường hợp tác cứu hộ."), ["signed_here -: Tuyên bố chung về tăng cường hợp tác cứu hộ"]);
    // "diễn ra" is no issuing: the document is only named.
    assert.deepEqual(read("Cuộc gặp diễn ra trong khuôn khổ Tuyên bố chung về hợp tác an ninh biển."), ["referenced -: Tuyên bố chung về hợp tác an ninh biển"]);
  });

  it("ends a title before a date it has been in force since ('từ tháng 6/2016', 'từ năm 2016', 'hồi tháng 6/2016'): an earlier signing", () => {
    for (const since of ["từ tháng 6/2016", "từ năm 2016", "hồi tháng 6/2016"]) {
      const [one, ...rest] = read(`Hai Bộ đã ký Bản ghi nhớ về hợp tác tìm kiếm cứu nạn ${since}.`);
      assert.equal(rest.length, 0);
      assert.match(one!, /^referenced 2016(-06)?: Bản ghi nhớ về hợp tác tìm kiếm cứu nạn$/, since);
    }
  });

  it("reads a signing placed last year, before or after the title, as an earlier one", () => {
    assert.deepEqual(read("Hai bên đã ký Bản ghi nhớ về hợp tác tìm kiếm cứu nạn vào tháng 10 năm ngoái."), ["referenced -: Bản ghi nhớ về hợp tác tìm kiếm cứu nạn"]);
    assert.deepEqual(read("Tháng 10 năm ngoái, hai bên đã ký Bản ghi nhớ về hợp tác tìm kiếm cứu nạn."), ["referenced -: Bản ghi nhớ về hợp tác tìm kiếm cứu nạn"]);
    assert.deepEqual(read("Hai bên đã ký Bản ghi nhớ về hợp tác tìm kiếm cứu nạn."), ["signed_here -: Bản ghi nhớ về hợp tác tìm kiếm cứu nạn"]);
    // So is one placed last year after the title, whatever asks for it before: a request to speed it up or to give it
    // substance is about a document already signed.
    for (const verb of ["sớm ký", "đẩy nhanh", "sớm cụ thể hóa"]) {
      assert.deepEqual(read(`Thượng tướng Hoàng Xuân Chiến đề nghị hai bên ${verb} Thỏa thuận về hợp tác đào tạo phi công ký tháng 9 năm ngoái.`), ["referenced -: Thỏa thuận về hợp tác đào tạo phi công"], verb);
    }
    // Or words after the title that date it in the past with no verb of signing: a document made then, whatever is
    // agreed now.
    assert.deepEqual(read("Hai bên nhất trí tăng cường hợp tác, tương xứng với quan hệ mà lãnh đạo hai nước xác lập trong Tuyên bố chung về hợp tác an ninh biển, ra trong chuyến thăm hồi tháng 4/2016."), [
      "referenced -: Tuyên bố chung về hợp tác an ninh biển",
    ]);
    // With no past after the title, asking to sign soon is a signing still to come.
    assert.deepEqual(read("Thượng tướng Hoàng Xuân Chiến đề nghị hai bên sớm ký Thỏa thuận về hợp tác đào tạo phi công."), ["agreed_to_sign -: Thỏa thuận về hợp tác đào tạo phi công"]);
  });

  it("reads a plan named only by a time to come ('Kế hoạch hợp tác năm tới') as no named document", () => {
    assert.deepEqual(read("Hai bên nhất trí xây dựng Kế hoạch hợp tác năm tới."), []);
    assert.deepEqual(read("Hai bên thông qua Kế hoạch hợp tác năm 2025."), ["signed_here -: Kế hoạch hợp tác năm 2025"]);
  });

  it("reads agreement to sign, negotiation and implementation", () => {
    assert.deepEqual(read("Hai bên nhất trí chỉ đạo các cơ quan chức năng sớm ký kết Thỏa thuận về hợp tác đào tạo phi công."), [
      "agreed_to_sign -: Thỏa thuận về hợp tác đào tạo phi công",
    ]);
    assert.deepEqual(read("Hai bên thảo luận về Thỏa thuận hợp tác tìm kiếm cứu nạn trên biển."), ["under_negotiation -: Thỏa thuận hợp tác tìm kiếm cứu nạn trên biển"]);
    assert.deepEqual(read("Hai bên thúc đẩy ký kết Thỏa thuận hợp tác tìm kiếm cứu nạn trên biển."), ["under_negotiation -: Thỏa thuận hợp tác tìm kiếm cứu nạn trên biển"]);
    assert.deepEqual(read("Hai bên trao đổi về Thỏa thuận hợp tác tìm kiếm cứu nạn trên biển."), ["under_negotiation -: Thỏa thuận hợp tác tìm kiếm cứu nạn trên biển"]);
    assert.deepEqual(read("Hai bên trao đổi về tiến trình đàm phán Hiệp định về hợp tác an ninh hàng hải."), ["under_negotiation -: Hiệp định về hợp tác an ninh hàng hải"]);
    assert.deepEqual(read("Hai bên tiếp tục triển khai hiệu quả Bản ghi nhớ về hợp tác hải quân."), ["referenced -: Bản ghi nhớ về hợp tác hải quân"]);
    assert.deepEqual(read("Hai bên nhất trí cụ thể hóa Bản ghi nhớ về hợp tác hải quân."), ["referenced -: Bản ghi nhớ về hợp tác hải quân"]);
  });
});

describe("date_signed", () => {
  const TALKS = "Chiều 12/9/2021, tại Hà Nội, Đại tướng Phan Văn Giang đã hội đàm với Bộ trưởng Quốc phòng Nhật Bản Kishi Nobuo.";
  /** The tables of an article of `body` after `lead` (the talks; or a date line, for an article reporting no meeting). */
  function tables(body: string[], lead: string = TALKS) {
    const doc = article([lead, ...body]);
    const x = extractArticle({ document: doc, fixes: [], repeated: new Set(), machineTranslated: false }, knowledge);
    return extractionTables({
      documents: [doc],
      duplicates: { of: {}, repeatedParagraphs: {} },
      translation: {},
      extractions: new Map([[doc.article_id, x]]),
      precedence: knowledge.grammar.typePrecedence,
    });
  }
  const row = (t: ReturnType<typeof tables>) => t.agreements.map((a) => [a.title, a.date_signed, a.date_precision]);
  const statuses = (t: ReturnType<typeof tables>) => t.agreement_mentions.map((m) => m.status);

  it("dates a document signed at a meeting with the meeting's day", () => {
    const t = tables(["Sau hội đàm, hai Bộ trưởng đã ký Bản ghi nhớ về hợp tác hải quân."]);
    assert.deepEqual(row(t), [["Bản ghi nhớ về hợp tác hải quân", "2021-09-12", "day"]]);
    assert.deepEqual(statuses(t), ["signed_here"]);
  });


  it("a past time the meeting shares ('Trước đó, chiều 11/9, … hội đàm … và ký', 'Khi đó, … ký') signs at that meeting; 'khi đó' after another time is an earlier signing", () => {
    const published = "15/09/2021 08:00";
    const after = "Bộ trưởng Kishi Nobuo đã kết thúc chuyến thăm Việt Nam.";
    const opened = tables([after, "Trước đó, chiều 11/9, tại Hà Nội, Đại tướng Phan Văn Giang đã hội đàm với Bộ trưởng Kishi Nobuo và hai bên đã ký Bản ghi nhớ về hợp tác đào tạo phi công."], published);
    assert.deepEqual(row(opened), [["Bản ghi nhớ về hợp tác đào tạo phi công", "2021-09-11", "day"]]);
    assert.deepEqual(statuses(opened), ["signed_here"]);
    // The opening's past with no meeting of the sentence before the title is an earlier signing, as before.
    assert.deepEqual(statuses(tables(["Trước đó, hai Bộ đã ký Bản ghi nhớ về hợp tác đào tạo phi công."])), ["referenced"]);
    // "Khi đó" points back to the time told last: the talks' day, told just before …
    const then = tables(["Hai bên đã trao đổi về hợp tác quân y. Khi đó, hai bên đã ký Bản ghi nhớ về hợp tác đào tạo phi công."]);
    assert.deepEqual(statuses(then), ["signed_here"]);
    assert.deepEqual(row(then), [["Bản ghi nhớ về hợp tác đào tạo phi công", "2021-09-12", "day"]]);
    // … or another time, written since: the signing then, not at the talks.
    const earlier = tables(["Hai ông gặp nhau lần trước hồi tháng 3 tại Tokyo; khi đó hai bên đã ký Bản ghi nhớ về hợp tác đào tạo phi công."]);
    assert.deepEqual(statuses(earlier), ["referenced"]);
    assert.deepEqual(row(earlier), [["Bản ghi nhớ về hợp tác đào tạo phi công", null, null]]);
  });
  it("a signing dated by a month alone whose own sentence names the signers is signed at that sentence's meeting; by a year alone, an earlier signing", () => {
    const month = tables(["Tháng 10/2019, Thượng tướng Nguyễn Chí Vịnh và Thứ trưởng Nishida Yasunori đã ký Bản ghi nhớ về hợp tác gìn giữ hòa bình tại Tokyo."]);
    assert.deepEqual(month.meetings.map((m) => `${m.date_start}/${m.date_end} ${m.meeting_type}`).sort(), ["2019-10-01/2019-10-31 signing", "2021-09-12/2021-09-12 talks"]);
    const signedAt = month.meetings.find((m) => m.date_start === "2019-10-01")!.meeting_id;
    assert.deepEqual(month.agreement_mentions.map((m) => [m.meeting_id === signedAt, m.status]), [[true, "signed_here"]]);
    assert.deepEqual(row(month), [["Bản ghi nhớ về hợp tác gìn giữ hòa bình", "2019-10-01", "month"]]);
    // A word of the past with it keeps it an earlier signing's mention, as before; so does a year alone.
    assert.deepEqual(statuses(tables(["Tháng 10/2019, Thượng tướng Nguyễn Chí Vịnh và Thứ trưởng Nishida Yasunori từng ký Bản ghi nhớ về hợp tác gìn giữ hòa bình."])), ["referenced"]);
    assert.deepEqual(statuses(tables(["Năm 2019, Thượng tướng Nguyễn Chí Vịnh và Thứ trưởng Nishida Yasunori đã ký Bản ghi nhớ về hợp tác gìn giữ hòa bình."])), ["referenced"]);
  });

  it("a timeline's entry headed by its own time and a colon ('Tháng 3/2016: …') is a signing then, not at the meeting told before", () => {
    for (const entry of ["Tháng 3/2016: Hai Bộ ký Bản ghi nhớ về hợp tác cứu hộ cứu nạn.", "Năm 2016: hai Bộ ký Bản ghi nhớ về hợp tác cứu hộ cứu nạn."]) {
      const t = tables([entry]);
      assert.deepEqual(statuses(t), ["referenced"], entry);
      assert.deepEqual(row(t), [["Bản ghi nhớ về hợp tác cứu hộ cứu nạn", entry.startsWith("Tháng") ? "2016-03-01" : "2016-01-01", entry.startsWith("Tháng") ? "month" : "year"]], entry);
    }
    // A clock's colon is not a heading's: the signing after "Lúc 15:30," is still the talks' (the time only tells the hour).
    assert.deepEqual(statuses(tables(["Lúc 15:30, hai Bộ trưởng ký Bản ghi nhớ về hợp tác cứu hộ cứu nạn."])), ["signed_here"]);
  });

  it("never dates a document with a meeting that only refers to it; a day stated with an earlier signing dates it", () => {
    assert.deepEqual(row(tables(["Hai Bộ trưởng đánh giá cao Bản ghi nhớ về hợp tác hải quân."])), [["Bản ghi nhớ về hợp tác hải quân", null, null]]);
    const t = tables(["Ngày 3/4/2019, hai bên đã ký Bản ghi nhớ về hợp tác hải quân."]);
    assert.deepEqual(row(t), [["Bản ghi nhớ về hợp tác hải quân", "2019-04-03", "day"]]);
    assert.deepEqual(statuses(t), ["referenced"], "signed on another day than the meeting's: an earlier signing");
  });

  it("with no meeting, a signing on a day long before the publication is background; one of the days before it is news", () => {
    const retrospective = "Ngày 3/4/2019, Bộ Quốc phòng hai nước đã ký Bản ghi nhớ về hợp tác hải quân.";
    assert.deepEqual(statuses(tables([retrospective], "15/09/2023 08:00")), ["referenced"]);
    assert.deepEqual(statuses(tables([retrospective], "05/04/2019 08:00")), ["signed_here"]);
    // With no date line the latest day the article writes bounds its publication: a later year it names makes the
    // signing background; with none later than the signing itself, the verb is all there is.
    assert.deepEqual(statuses(tables([retrospective, "Năm 2023, hai nước kỷ niệm 50 năm thiết lập quan hệ ngoại giao."], "Tin tổng hợp")), ["referenced"]);
    assert.deepEqual(statuses(tables([retrospective], "Tin tổng hợp")), ["signed_here"]);
  });

  it("gives a signing year or month as the first day, with its precision", () => {
    assert.deepEqual(row(tables(["Bản ghi nhớ về hợp tác hải quân ký năm 2016 là nền tảng hợp tác."])), [["Bản ghi nhớ về hợp tác hải quân", "2016-01-01", "year"]]);
  });

  it("makes a catalogued document's month precise with the one day the articles give within it", () => {
    // The catalogue knows only the month (June 2017) of this joint statement.
    const date = (sentence: string) => tables([sentence]).agreements.map((a) => [a.date_signed, a.date_precision]);
    assert.deepEqual(date("Tuyên bố chung về việc làm sâu sắc hơn quan hệ Đối tác chiến lược sâu rộng được ký ngày 6/6/2017 là nền tảng cho hợp tác."), [["2017-06-06", "day"]]);
  });

  it("takes a catalogued document's date from the catalogue, not from the meeting", () => {
    const t = tables(["Hai Bộ trưởng đánh giá Tuyên bố Tầm nhìn chung về hợp tác quốc phòng đã tạo nền tảng cho quan hệ."]);
    assert.deepEqual(t.agreements.map((a) => [a.title, a.date_signed, a.reference_id]), [
      ["Tuyên bố Tầm nhìn chung về hợp tác quốc phòng hướng đến thập niên tiếp theo", "2018-04-10", "vn-jp-2018-joint-vision-statement-defence-cooperation"],
    ]);
  });

  it("an agreement in principle is no document; procedures to complete before signing are a signing still to come", () => {
    assert.deepEqual(read("Hai nước đã có thỏa thuận nguyên tắc về việc trao đổi học viên quân sự."), []);
    assert.deepEqual(read("Hai Thứ trưởng cho biết, hai Bộ đang hoàn tất các thủ tục cần thiết để ký kết Bản ghi nhớ về hợp tác huấn luyện chó nghiệp vụ."), [
      "agreed_to_sign -: Bản ghi nhớ về hợp tác huấn luyện chó nghiệp vụ",
    ]);
  });

  it("a document the sentence builds on, or whose signing it dates after the title, was signed before", () => {
    assert.deepEqual(read("Căn cứ Bản ghi nhớ về hợp tác huấn luyện chó nghiệp vụ, hai bên sẽ trao đổi đoàn bác sĩ."), ["referenced -: Bản ghi nhớ về hợp tác huấn luyện chó nghiệp vụ"]);
    assert.deepEqual(read("Hai bên xúc tiến các hoạt động theo Thỏa thuận về hợp tác huấn luyện chó nghiệp vụ được ký năm 2021."), [
      "referenced 2021: Thỏa thuận về hợp tác huấn luyện chó nghiệp vụ",
    ]);
    assert.deepEqual(read("Hai bên nhất trí Thỏa thuận về hợp tác huấn luyện chó nghiệp vụ sẽ được ký trong năm nay."), ["agreed_to_sign -: Thỏa thuận về hợp tác huấn luyện chó nghiệp vụ"]);
  });
});
