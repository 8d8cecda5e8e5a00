import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { findPersonMentions } from "../pipeline/extract/people.ts";
import type { Grammar } from "../pipeline/lang/lexicon.ts";
import type { NameModel } from "../pipeline/lang/names.ts";
import type { Registry } from "../pipeline/registry/index.ts";
import { repoKnowledge } from "./helpers.ts";

let registry: Registry;
let grammar: Grammar;
let model: NameModel;
before(async () => {
  ({ registry, grammar, names: model } = await repoKnowledge());
});

const summary = (text: string, date?: string) => findPersonMentions(text, registry, grammar, date).map((m) => [m.written, m.name, m.country, m.rank, m.officeIds.join(" ")]);

describe("findPersonMentions", () => {
  it("an ocean that holds a country's name says nothing of a post holder's side ('khu vực Ấn Độ Dương - Thái Bình Dương')", () => {
    const country = (text: string) => findPersonMentions(text, registry, grammar).map((m) => `${m.name} ${m.country}`);
    assert.deepEqual(country("Thượng tướng Hoàng Xuân Chiến tiếp bà Ono Aiko, Vụ trưởng Vụ Hợp tác khu vực Ấn Độ - Thái Bình Dương."), ["Hoàng Xuân Chiến VN", "Ono Aiko JP"]);
    assert.deepEqual(country("Thượng tướng Hoàng Xuân Chiến tiếp ông Mori Kenji, Cục trưởng phụ trách Ấn Độ Dương, Bộ Quốc phòng Nhật Bản."), ["Hoàng Xuân Chiến VN", "Mori Kenji JP"]);
    // The country itself still places its envoy on no side.
    assert.deepEqual(country("Thượng tướng Hoàng Xuân Chiến tiếp ông Kato Ken, Đại sứ Ấn Độ tại Việt Nam."), ["Hoàng Xuân Chiến VN", "Kato Ken null"]);
  });

  it("a machine translation's wire credit: the reporter is no person of the story, and the post after the credit is read", () => {
    const m = findPersonMentions(
      "Tân Hoa Xã Hà Nội ngày 6 tháng 4 điện (Phóng viên Trương Hải) Việt Nam Quốc phòng Bộ Thứ trưởng Nguyễn Chí Vịnh ngày 5 tại Hà Nội gặp gỡ khách.",
      registry,
      grammar,
      "2015-04-06",
    );
    assert.deepEqual(m.map((x) => [x.name, x.officeIds.length > 0]), [["Nguyễn Chí Vịnh", true]]);
    // A reporter named in running text is left out too; a name after other brackets is read as before.
    assert.deepEqual(findPersonMentions("Theo PV Trần Minh, Thượng tướng Nguyễn Chí Vịnh (Thứ trưởng) đã đến Tokyo.", registry, grammar).map((x) => x.name), ["Nguyễn Chí Vịnh"]);
  });

  it("a rank written after the name, in Chinese order, is the person's rank; not one that opens the next name", () => {
    const rank = (text: string) => findPersonMentions(text, registry, grammar).map((x) => `${x.name}: ${x.rank}`);
    assert.deepEqual(rank("Việt Nam Quốc phòng Bộ Thứ trưởng Nguyễn Chí Vịnh Thượng tướng quân ngày 5 tại Hà Nội hội kiến khách."), ["Nguyễn Chí Vịnh: Thượng tướng"]);
    assert.deepEqual(rank("Bộ trưởng Quốc phòng Phùng Quang Thanh Đại tướng, cùng đoàn tham quan."), ["Phùng Quang Thanh: Đại tướng"]);
    assert.deepEqual(rank("Đoàn gồm ông Nguyễn Chí Vịnh Đại tướng Phùng Quang Thanh và các sĩ quan."), ["Nguyễn Chí Vịnh: null", "Phùng Quang Thanh: Đại tướng"]);
  });

  it("reads rank and post before a name and the posts listed after it", () => {
    assert.deepEqual(
      summary("Thượng tướng Phan Văn Giang, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Quốc phòng Việt Nam, đã hội đàm với Bộ trưởng Bộ Quốc phòng Nhật Bản Kishi Nobuo."),
      [
        ["Phan Văn Giang", "Phan Văn Giang", "VN", "Thượng tướng", "vn.minister_of_defence"],
        ["Kishi Nobuo", "Kishi Nobuo", "JP", null, "jp.minister_of_defense"],
      ],
    );
  });

  it("reads a Japanese name misspelled by a letter as the registry person it is one letter from, after a title", () => {
    const who = (text: string) => findPersonMentions(text, registry, grammar).map((m) => `${m.written} = ${m.name}${m.personId ? "" : " (unknown)"}`);
    // A letter changed, left out, or two swapped; either order of the name.
    assert.deepEqual(who("Đại tướng Phan Văn Giang hội đàm với Bộ trưởng Quốc phòng Nhật Bản Hamada Yasukasu."), ["Phan Văn Giang = Phan Văn Giang", "Hamada Yasukasu = Hamada Yasukazu"]);
    assert.deepEqual(who("Bộ trưởng Quốc phòng Nhật Bản Takesi Iwaya phát biểu."), ["Takesi Iwaya = Iwaya Takeshi"]);
    assert.deepEqual(who("Bộ trưởng Kishi Nobou đánh giá cao hợp tác."), ["Kishi Nobou = Kishi Nobuo"]);
    // Not with no title, rank or honorific in its clause; not two letters off a short name; not someone the post
    // written beside never held (an ambassador's name under a minister's title).
    assert.deepEqual(who("Hamada Yasukasu là tên một con tàu."), []);
    assert.ok(!who("Bộ trưởng Kishi Nabou phát biểu.").some((m) => m.endsWith("= Kishi Nobuo")));
    assert.ok(!who("Bộ trưởng Quốc phòng Nhật Bản Yamada Takao phát biểu.").some((m) => m.endsWith("= Yamada Takio")));
    assert.deepEqual(who("Đại sứ Nhật Bản Yamada Takao phát biểu."), ["Yamada Takao = Yamada Takio"]);
    // Nor someone named with a post that is none of theirs, known to the registry or not: a minister one letter off is
    // not them.
    assert.deepEqual(who("Bộ trưởng Tư pháp Nhật Bản Saito Ken phát biểu."), ["Saito Ken = Saito Ken"]);
    assert.ok(!who("Ông Saito Kem, Cố vấn đặc biệt Hội đồng Hàng hải, phát biểu.").some((m) => m.endsWith("= Saito Ken")));
    assert.deepEqual(who("Bộ trưởng Tư pháp Nhật Bản Saito Kem phát biểu."), ["Saito Kem = Saito Ken"]);
  });

  it("finds Japanese names in either order and spelled phonetically, and a family name referring back", () => {
    const m = summary("Thứ trưởng Nguyễn Chí Vịnh chào xã giao Thủ tướng Nhật Bản Y-ô-si-hi-cô Nô-đa và Bộ trưởng Toshimi Kitazawa. Bộ trưởng Kitazawa khẳng định.");
    assert.deepEqual(
      m.map((x) => x[1]),
      ["Nguyễn Chí Vịnh", "Noda Yoshihiko", "Kitazawa Toshimi", "Kitazawa Toshimi"],
    );
    assert.equal(m[1]![4], "jp.prime_minister");
    assert.equal(m[0]![4], "vn.deputy_minister_of_defence", "a short title names the known person's office");
  });

  it("finds a phonetic spelling whose letters are ambiguous by its sounds: d for z, xư for tsu, either order", () => {
    const names = (text: string, date: string) => findPersonMentions(text, registry, grammar, date).map((m) => m.personId);
    assert.deepEqual(names("Đại tướng Phùng Quang Thanh tiếp Bộ trưởng Quốc phòng Nhật Bản Tô-si-mi Ki-ta-da-oa.", "2010-10-11"), ["vn-phung-quang-thanh", "jp-kitazawa-toshimi"]);
    assert.deepEqual(names("Bộ trưởng Quốc phòng Nhật Bản Ô-nô-đê-ra I-xư-nô-ri thăm Việt Nam.", "2013-09-01"), ["jp-onodera-itsunori"]);
    // Sounds that are no one's name stay unresolved.
    assert.deepEqual(names("Bộ trưởng Quốc phòng Nhật Bản Ta-na-ca Y-a-xu-ô thăm Việt Nam.", "2013-09-01").filter(Boolean), []);
  });

  it("reads tr for ts and gh for g in a phonetic spelling, and a name half in romaji", () => {
    const names = (text: string, date: string) => findPersonMentions(text, registry, grammar, date).map((m) => `${m.written} = ${m.personId}`);
    assert.deepEqual(names("Bộ trưởng Quốc phòng Nhật Bản I-trư-nô-ri Ô-nô-đê-ra thăm Việt Nam.", "2013-09-01"), ["I-trư-nô-ri Ô-nô-đê-ra = jp-onodera-itsunori"]);
    assert.deepEqual(names("Bộ trưởng Quốc phòng Nhật Bản Na-ca-ta-ni Ghen thăm Việt Nam.", "2016-11-06"), ["Na-ca-ta-ni Ghen = jp-nakatani-gen"]);
    assert.deepEqual(names("Bộ trưởng Quốc phòng Nhật Bản Ô-nô-đê-ra Itsunori thăm Việt Nam.", "2013-09-01"), ["Ô-nô-đê-ra Itsunori = jp-onodera-itsunori"]);
    // (A word that is no Japanese syllable is no part of the name: after "Ông" the family name is read alone.)
    assert.deepEqual(names("Ông Ô-nô-đê-ra thăm Việt Nam.", "2013-09-01"), ["Ô-nô-đê-ra = null"]);
  });

  it("reads a name word alone after a rank as the holder of the post written beside it on the day, when the word is theirs", async () => {
    const { names } = await repoKnowledge();
    const who = (text: string, date?: string) => findPersonMentions(text, registry, grammar, date, names).map((m) => `${m.written} = ${m.personId ?? m.name}`);
    const post = ", Tổng Tham mưu trưởng Lực lượng Phòng vệ Nhật Bản, thăm Việt Nam.";
    assert.deepEqual(who(`Đại tướng Yoshida${post}`, "2023-05-10"), ["Yoshida = jp-yoshida-yoshihide"]);
    assert.deepEqual(who(`Đại tướng Y-ô-si-đa${post}`, "2023-05-10"), ["Y-ô-si-đa = jp-yoshida-yoshihide"]);
    // Not another family name (the post's holder is someone else). Without a day to ask the registry about, the one
    // person ever to hold the post with that name (no other Yoshida has been Chief of Staff, Joint Staff).
    assert.deepEqual(who(`Đại tá Tanaka${post}`, "2023-05-10"), ["Tanaka = Tanaka"]);
    assert.deepEqual(who(`Đại tướng Yoshida${post}`), ["Yoshida = jp-yoshida-yoshihide"]);
    assert.deepEqual(who(`Đại tá Tanaka${post}`), ["Tanaka = Tanaka"]);
  });

  it("reads a Japanese family name alone after a post as the post's one holder of that name, and only then", async () => {
    const { names } = await repoKnowledge();
    const who = (text: string, date?: string) => findPersonMentions(text, registry, grammar, date, names).map((m) => `${m.written} = ${m.personId ?? m.name}`);
    assert.deepEqual(who("Bộ trưởng Quốc phòng Nhật Bản Onodera cho biết hai nước sẽ tăng cường trao đổi.", "2018-04-12"), ["Onodera = jp-onodera-itsunori"]);
    assert.deepEqual(who("Tại Tokyo, Bộ trưởng Quốc phòng Onodera tiếp đoàn đại biểu Việt Nam."), ["Onodera = jp-onodera-itsunori"]);
    // Not a family name no holder of the post has, nor one after a title that names no office ("Bộ trưởng" alone), nor
    // a company's.
    assert.deepEqual(who("Bộ trưởng Quốc phòng Nhật Bản Tanaka cho biết hai nước sẽ tăng cường trao đổi.", "2018-04-12"), []);
    assert.deepEqual(who("Bộ trưởng Onodera cho biết hai nước sẽ tăng cường trao đổi.", "2018-04-12"), []);
    assert.deepEqual(who("Chủ tịch Toyota cho biết hãng sẽ mở rộng đầu tư.", "2018-04-12"), []);
  });

  it("gives a person the registry does not know the side of their post, not of the country it is stationed in", () => {
    const sides = (text: string) => findPersonMentions(text, registry, grammar, undefined, model).map((m) => [m.name, m.country]);
    assert.deepEqual(sides("Sáng 9/9, Đại tá Đỗ Minh Hải, Tùy viên Quốc phòng Việt Nam tại Nhật Bản, đã dự buổi tiếp."), [["Đỗ Minh Hải", "VN"]]);
    assert.deepEqual(sides("Dự lễ có Đại sứ Việt Nam ở Nhật Bản Lưu Quang Toản."), [["Lưu Quang Toản", "VN"]]);
    // The other way round, and a post with no country of its own but the station.
    assert.deepEqual(sides("Ông Mori Kenta, Tùy viên Quốc phòng Nhật Bản tại Việt Nam, phát biểu."), [["Mori Kenta", "JP"]]);
    assert.deepEqual(sides("Đại tá Sugita Ren, Tùy viên Quốc phòng tại Việt Nam, phát biểu."), [["Sugita Ren", "JP"]]);
  });

  it("keeps a person the registry does not know when a rank or honorific introduces them", () => {
    const m = findPersonMentions("Chiều 5/5, Thiếu tướng Trần Văn Khải, Cục trưởng Cục Đối ngoại, đã tiếp bà Yamamoto Hanako, Trưởng đoàn Nhật Bản.", registry, grammar);
    assert.deepEqual(
      m.map((x) => [x.name, x.personId, x.country, x.rank]),
      [
        ["Trần Văn Khải", null, "VN", "Thiếu tướng"],
        ["Yamamoto Hanako", null, "JP", null],
      ],
    );
  });

  it("keeps a person the registry does not know after a title that introduces a name ('Chủ nhiệm Ủy ban … B')", () => {
    const names = (text: string) => findPersonMentions(text, registry, grammar).map((x) => [x.name, x.country]);
    assert.deepEqual(names("Sáng 3/3, Chủ nhiệm Ủy ban Đối ngoại Trịnh Văn Quế đã tiếp Đại sứ Nhật Bản tại Việt Nam Ito Naoki."), [
      ["Trịnh Văn Quế", "VN"],
      ["Ito Naoki", "JP"],
    ]);
  });

  it("reads a title whose body joins two halves of a name with 'và' or 'của' ('Ủy ban Quốc phòng và An ninh của Quốc hội')", () => {
    const posts = (text: string) => findPersonMentions(text, registry, grammar).map((x) => [x.name, x.position]);
    assert.deepEqual(posts("Sáng 3/3, Chủ nhiệm Ủy ban Quốc phòng và An ninh của Quốc hội Trịnh Văn Quế đã tiếp Đại sứ Nhật Bản Ito Naoki."), [
      ["Trịnh Văn Quế", "Chủ nhiệm Ủy ban Quốc phòng và An ninh của Quốc hội"],
      ["Ito Naoki", "Đại sứ Nhật Bản"],
    ]);
    assert.deepEqual(posts("Sáng 3/3, Viện trưởng Viện Chiến lược và Lịch sử Quốc phòng Trịnh Văn Quế đã tiếp Đại sứ Nhật Bản Ito Naoki.")[0], ["Trịnh Văn Quế", "Viện trưởng Viện Chiến lược và Lịch sử Quốc phòng"]);
    // Before a post, a rank or a person, the words still end one: two people, each with their own.
    assert.deepEqual(posts("Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng và Thứ trưởng Quốc phòng Nhật Bản Masuda Kazuo đồng chủ trì."), [
      ["Hoàng Xuân Chiến", "Thứ trưởng Bộ Quốc phòng"],
      ["Masuda Kazuo", "Thứ trưởng Quốc phòng Nhật Bản"],
    ]);
    assert.deepEqual(posts("Theo lời mời của Bộ trưởng Quốc phòng Phan Văn Giang, Bộ trưởng Kihara Minoru thăm Việt Nam.")[0], ["Phan Văn Giang", "Bộ trưởng Quốc phòng"]);
    // So does a rank or title written with its later words in lower case ("Chuẩn đô đốc", "Tổng tham mưu trưởng").
    for (const next of ["Chuẩn đô đốc", "Phó đô đốc", "Tổng tham mưu trưởng"]) {
      assert.deepEqual(posts(`Dự lễ đón có Đại tá Đỗ Minh Khoa, Tùy viên Quốc phòng Việt Nam tại Nhật Bản và ${next} Ueno Shin, Chỉ huy trưởng Căn cứ Maizuru.`)[0], ["Đỗ Minh Khoa", "Tùy viên Quốc phòng Việt Nam tại Nhật Bản"], next);
    }
  });

  it("keeps a Vietnamese name whose given name is also a word of an organisation's name (Chính, Hợp, Kỳ, Lực, Nghị)", () => {
    for (const name of ["Nguyễn Văn Chính", "Trần Văn Hợp", "Đỗ Văn Kỳ", "Phạm Văn Lực", "Vũ Văn Nghị"]) {
      const m = findPersonMentions(`Chiều 5/5, Đại tá ${name}, Phó Tư lệnh Vùng 2 Hải quân, đã tiếp ông Yamamoto Taro.`, registry, grammar);
      assert.deepEqual(m.map((x) => [x.name, x.country, x.rank]).at(0), [name, "VN", "Đại tá"], name);
    }
    // Those words still make an organisation's name no one's: "Học viện", "Bộ Chính trị", "Hợp tác".
    assert.deepEqual(findPersonMentions("Đại tá Ueda Ken thăm Học viện Quốc phòng và Văn phòng Bộ Chính trị.", registry, grammar).map((x) => x.name), ["Ueda Ken"]);
  });

  it("reads a Japanese family name alone, that nothing else in the article explains, as the one registry Japanese of that name in office on the day", async () => {
    const { names } = await repoKnowledge();
    const who = (text: string, day: string) => findPersonMentions(text, registry, grammar, day, names).map((m) => `${m.name} ${m.personId ?? "-"}`);
    assert.deepEqual(who("Tại buổi làm việc, ông Kihara nhấn mạnh tầm quan trọng của hợp tác.", "2024-03-01"), ["Kihara Minoru jp-kihara-minoru"]);
    // Out of office on the day: no one the registry names.
    assert.deepEqual(who("Tại buổi làm việc, ông Kihara nhấn mạnh tầm quan trọng của hợp tác.", "2015-03-01"), ["Kihara -"]);
    // Not one given a post the registry does not know, nor one whose written rank is not the official's.
    assert.deepEqual(who("Đại tá Kihara, chỉ huy tàu, phát biểu tại lễ đón.", "2024-03-01"), ["Kihara -"]);
    assert.deepEqual(who("Tại buổi làm việc, Đại tá Kihara nhấn mạnh hợp tác.", "2024-03-01"), ["Kihara -"]);
    // A full name the article writes, or a post beside the name, explains it first.
    assert.deepEqual(who("Đại tá Kihara Jun dẫn đầu đoàn. Tại buổi làm việc, ông Kihara nhấn mạnh hợp tác.", "2024-03-01"), ["Kihara Jun -", "Kihara Jun -"]);
  });

  it("reads a Japanese name misspelled in both words as the one holder on the day of the post written beside it", () => {
    const who = (text: string, day?: string) => findPersonMentions(text, registry, grammar, day).map((m) => `${m.written} ${m.personId ?? "-"}`);
    const text = "Thượng tướng Phạm Văn Lợi tiếp ông Tekio Yamade, Đại sứ Nhật Bản tại Việt Nam.";
    assert.deepEqual(who(text, "2021-06-01").at(-1), "Tekio Yamade jp-yamada-takio");
    // Not without the day, nor beside another post, nor further from the holder's name.
    assert.deepEqual(who(text).at(-1), "Tekio Yamade -");
    assert.deepEqual(who(text.replace("Đại sứ Nhật Bản tại Việt Nam", "Bộ trưởng Quốc phòng Nhật Bản"), "2021-06-01").at(-1), "Tekio Yamade -");
    assert.deepEqual(who(text.replace("Tekio Yamade", "Tokie Yomade"), "2021-06-01").at(-1), "Tokie Yomade -");
  });

  it("reads a Japanese family name alone after a rank or an honorific, and nothing else alone", async () => {
    const { names } = await repoKnowledge();
    const read = (text: string) => findPersonMentions(text, registry, grammar, undefined, names).map((m) => [m.name, m.country, m.rank]);
    assert.deepEqual(read("Chuẩn Đô đốc Trần Văn Khải đã tiếp Đại tá Takahashi, Chỉ huy biên đội tàu."), [["Trần Văn Khải", "VN", "Chuẩn Đô đốc"], ["Takahashi", "JP", "Đại tá"]]);
    assert.deepEqual(read("Lễ đón tàu do Trung tá Yamada chỉ huy."), [["Yamada", "JP", "Trung tá"]]);
    // After an honorific that opens the sentence, capitalised with the name.
    assert.deepEqual(read("Hai bên trao đổi về hợp tác. Ông Fujimoto cảm ơn sự đón tiếp.").map(([n, c]) => [n, c]), [["Fujimoto", "JP"]]);
    // Not a word of no Japanese name, not a Vietnamese syllable, not without a rank or honorific before it.
    assert.deepEqual(read("Đại tá Nam phát biểu."), []);
    assert.deepEqual(read("Tàu Kashima cập cảng."), []);
  });

  it("leaves out places and organisations, and gives people of other countries no side", () => {
    const m = findPersonMentions("Đại tướng Phùng Quang Thanh tiếp Thượng tướng Tôn Kiến Quốc, Phó Tổng Tham mưu trưởng Quân Giải phóng nhân dân Trung Quốc, tại Hà Nội.", registry, grammar);
    assert.deepEqual(
      m.map((x) => [x.name, x.country]),
      [
        ["Phùng Quang Thanh", "VN"],
        ["Tôn Kiến Quốc", null],
      ],
    );
  });

  it("gives a family name alone the full name the article writes once, in either order, for a person the registry does not know", () => {
    const names = (text: string) => findPersonMentions(text, registry, grammar, undefined, model).filter((m) => m.country === "JP").map((m) => `${m.written} = ${m.name}`);
    assert.deepEqual(names("Trung tướng Trần Văn Hải tiếp Đại tá Moriyama Kenta. Hôm sau, Đại tá Moriyama thăm Học viện."), ["Moriyama Kenta = Moriyama Kenta", "Moriyama = Moriyama Kenta"]);
    assert.deepEqual(names("Trung tướng Trần Văn Hải tiếp Đại tá Kenta Moriyama. Hôm sau, Đại tá Moriyama thăm Học viện."), ["Kenta Moriyama = Moriyama Kenta", "Moriyama = Moriyama Kenta"]);
    // Two of that family name: the one meant is not settled.
    assert.deepEqual(names("Đại tá Moriyama Kenta và Trung tá Moriyama Jiro đến Hà Nội. Đại tá Moriyama phát biểu."), ["Moriyama Kenta = Moriyama Kenta", "Moriyama Jiro = Moriyama Jiro", "Moriyama = Moriyama"]);
  });

  it("ends a post listed after a name at the end of its sentence", () => {
    const m = findPersonMentions("Phía Nhật Bản có ông Sano Hiroshi, Thứ trưởng Quốc phòng. Hai bên trao đổi về hợp tác.", registry, grammar);
    assert.deepEqual(m.map((x) => [x.name, x.position]), [["Sano Hiroshi", "Thứ trưởng Quốc phòng"]]);
    // Nor at the verb of the clause it stands in: "…, thăm chính thức …", "… đang thăm …".
    const visiting = (text: string) => findPersonMentions(text, registry, grammar).map((x) => [x.name, x.position]);
    assert.deepEqual(visiting("Đô đốc Sano Hiroshi - Tư lệnh Lực lượng Phòng vệ Biển Nhật Bản thăm chính thức Việt Nam từ ngày 2 đến 5/6."), [["Sano Hiroshi", "Tư lệnh Lực lượng Phòng vệ Biển Nhật Bản"]]);
    assert.deepEqual(visiting("Ông Sano Hiroshi, Thứ trưởng Quốc phòng Nhật Bản đang thăm Hà Nội, cho biết."), [["Sano Hiroshi", "Thứ trưởng Quốc phòng Nhật Bản"]]);
    // Nor at an adverb opening the predicate: "cũng", "vừa", "sẽ".
    for (const adverb of ["cũng đã gặp", "vừa gặp", "sẽ gặp"]) {
      assert.deepEqual(visiting(`Ông Sano Hiroshi, Thứ trưởng Quốc phòng Nhật Bản ${adverb} đoàn Việt Nam.`), [["Sano Hiroshi", "Thứ trưởng Quốc phòng Nhật Bản"]], adverb);
    }
    assert.deepEqual(visiting("Đại tướng Lê Văn An tiếp ông Sano Hiroshi, Cố vấn của Bộ trưởng Quốc phòng Nhật Bản cùng đoàn công tác."), [["Lê Văn An", null], ["Sano Hiroshi", "Cố vấn của Bộ trưởng Quốc phòng Nhật Bản"]]);
  });

  it("reads no name inside a place's name: a given or family name that is a word of a country, a region or a prefecture", () => {
    const names = (text: string) => findPersonMentions(text, registry, grammar).map((m) => [m.written, m.name]);
    // "Nam", "Việt" and "Trung" are given names of people the text names, and words of "Việt Nam", "Trung Quốc", "Đông Nam Á".
    assert.deepEqual(names("Thượng tướng Phạm Hoài Nam tiếp ông Yamada Takio. Bộ trưởng Quốc phòng Việt Nam, Đại tướng Phan Văn Giang, cũng có mặt."), [
      ["Phạm Hoài Nam", "Phạm Hoài Nam"],
      ["Yamada Takio", "Yamada Takio"],
      ["Phan Văn Giang", "Phan Văn Giang"],
    ]);
    assert.deepEqual(names("Trung tướng Võ Trọng Việt gặp Đại sứ Nhật Bản tại Việt Nam. Thượng tướng Lê Hoài Trung tiếp Đại sứ Trung Quốc, rồi dự hội thảo của các Bộ trưởng Quốc phòng Đông Nam Á."), [
      ["Võ Trọng Việt", "Võ Trọng Việt"],
      ["Lê Hoài Trung", "Lê Hoài Trung"],
    ]);
    // A family name that names a prefecture: the prefecture after "tỉnh", the person after their title.
    assert.deepEqual(names("Bộ trưởng Ishikawa Takeshi thăm tỉnh Ishikawa. Bộ trưởng Ishikawa phát biểu."), [
      ["Ishikawa Takeshi", "Ishikawa Takeshi"],
      ["Ishikawa", "Ishikawa Takeshi"],
    ]);
    // A given name that is a country's whole name: the person right after their rank, the country after other words.
    assert.deepEqual(names("Thượng tướng Lê Hữu Đức tiếp Bộ trưởng Quốc phòng Đức. Thượng tướng Đức khẳng định."), [
      ["Lê Hữu Đức", "Lê Hữu Đức"],
      ["Đức", "Lê Hữu Đức"],
    ]);
  });

  it("reads Vietnamese names whose given name is also a word of places (Bình, Dương, Hải, Quốc), but not the places", () => {
    const m = findPersonMentions(
      "Thượng tá Lê Hải Dương, Chỉ huy trưởng Vùng 2 Hải quân, tiếp ông Mai Quốc Bình tại Hà Nội; Đại tá Ngô Đông tham dự hội thảo về Thái Bình Dương cùng ông Trần Việt Nam.",
      registry,
      grammar,
    );
    assert.deepEqual(
      m.map((x) => [x.name, x.rank, x.position]),
      [
        ["Lê Hải Dương", "Thượng tá", "Chỉ huy trưởng Vùng 2 Hải quân"],
        ["Mai Quốc Bình", null, null],
        ["Ngô Đông", "Đại tá", null],
      ],
    );
  });

  it("an abbreviation in brackets between a title and a name is part of the title ('… Nhật Bản (JCG) B'); a bracket still open ends the clause", () => {
    const posts = (text: string) => findPersonMentions(text, registry, grammar).map((m) => `${m.name}: ${m.position}`);
    assert.deepEqual(posts("Trung tướng Lê Quang Đạo đã tiếp Phó Tư lệnh Lực lượng Bảo vệ bờ biển Nhật Bản (JCG) Ishii Shohei."), [
      "Lê Quang Đạo: null",
      "Ishii Shohei: Phó Tư lệnh Lực lượng Bảo vệ bờ biển Nhật Bản (JCG)",
    ]);
    assert.deepEqual(posts("Đoàn đã thăm Yokosuka (theo lời mời của Phó Tư lệnh Ishii Shohei)."), ["Ishii Shohei: Phó Tư lệnh"]);
  });

  it("a title that names no body, a comma and another post ('Phó Tư lệnh, Tham mưu trưởng Vùng 2') is one post of both titles", () => {
    const posts = (text: string) => findPersonMentions(text, registry, grammar).map((m) => `${m.name}: ${m.position}`);
    assert.deepEqual(posts("Đại tá Ngô Văn Tâm, Phó Tư lệnh, Tham mưu trưởng Vùng Cảnh sát biển 2 đã tiếp đoàn."), ["Ngô Văn Tâm: Phó Tư lệnh, Tham mưu trưởng Vùng Cảnh sát biển 2"]);
    // A post that names its body, then another: the first, as before.
    assert.deepEqual(posts("Đại tá Ngô Văn Tâm, Phó Tư lệnh Vùng Cảnh sát biển 2, Tham mưu trưởng Hải đoàn 21 đã tiếp đoàn."), ["Ngô Văn Tâm: Phó Tư lệnh Vùng Cảnh sát biển 2"]);
    // A title before the name, and after its comma another person's post: not one post.
    assert.deepEqual(posts("Cảm ơn đề xuất của Thứ trưởng Masuda Kazuo, Tham mưu trưởng Yamazaki Koji cho biết hai bên cần phối hợp.").slice(0, 1), ["Masuda Kazuo: Thứ trưởng"]);
  });

  it("ends a post at 'có cuộc …' after the name and at a verb of welcome before it, never running over another person's name", () => {
    const posts = (text: string) => findPersonMentions(text, registry, grammar).map((m) => `${m.name}: ${m.position}`);
    assert.deepEqual(posts("Ngày 5/3, Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng có cuộc điện đàm với ông Masuda Kazuo."), ["Hoàng Xuân Chiến: Thứ trưởng Bộ Quốc phòng", "Masuda Kazuo: null"]);
    assert.deepEqual(posts("Tại buổi tiếp, Chủ tịch nước Lương Cường hoan nghênh Bộ trưởng Nakatani Gen sang thăm Việt Nam."), ["Lương Cường: Chủ tịch nước", "Nakatani Gen: Bộ trưởng"]);
    assert.deepEqual(posts("Thủ tướng Phạm Minh Chính nhiệt liệt chào mừng Bộ trưởng Nakatani Gen."), ["Phạm Minh Chính: Thủ tướng", "Nakatani Gen: Bộ trưởng"]);
  });

  it("reads one family name beside a post as the one person ever to hold that post with that name, when the article gives no day", () => {
    const ids = (text: string, date?: string) => findPersonMentions(text, registry, grammar, date, model).map((m) => m.personId);
    const text = "Tại buổi tiếp, Trung tướng Izutsu, Tham mưu trưởng Lực lượng Phòng vệ Trên không Nhật Bản cảm ơn Việt Nam.";
    assert.deepEqual(ids(text), ["jp-izutsu-shunji"]);
    assert.deepEqual(ids(text, "2021-06-01"), ["jp-izutsu-shunji"]);
  });
});
