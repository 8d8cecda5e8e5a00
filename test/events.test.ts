import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { findEvents } from "../pipeline/extract/events.ts";
import { sentences } from "../pipeline/lang/sentences.ts";
import type { Grammar } from "../pipeline/lang/lexicon.ts";
import { repoKnowledge } from "./helpers.ts";
import { findPersonMentions } from "../pipeline/extract/people.ts";
import type { Registry } from "../pipeline/registry/index.ts";

let registry: Registry;
let grammar: Grammar;
before(async () => {
  ({ registry, grammar } = await repoKnowledge());
});

function events(text: string) {
  return findEvents(text, [{ start: 0, end: text.length }], findPersonMentions(text, registry, grammar), grammar).map((e) => [e.type, e.format, e.participants.map((p) => p.name).join(" + ")]);
}

describe("findEvents", () => {
  it("praise, thanks or congratulations reach a marker anywhere later in their clause: the encounter praised is an earlier one", () => {
    assert.deepEqual(events("Ngày 3/4/2019, Thượng tướng Nguyễn Chí Vịnh chúc mừng Bộ trưởng Iwaya Takeshi vì Nhật Bản đã đăng cai thật chu đáo Hội nghị ADMM+ năm trước."), []);
    // So does welcoming ('hoan nghênh'): the results of a dialogue welcomed are of an earlier one.
    assert.deepEqual(events("Thượng tướng Hoàng Xuân Chiến hoan nghênh kết quả Đối thoại chính sách quốc phòng với Thứ trưởng Masuda Kazuo."), []);
    // Dated by a month the publication date places ("hồi tháng 9 vừa qua", "tháng trước"), the praised encounter is one.
    assert.deepEqual(events("Thượng tướng Hoàng Xuân Chiến đánh giá cao cuộc điện đàm giữa Đại tướng Phan Văn Giang và Bộ trưởng Kihara Minoru hồi tháng 9 vừa qua.").map((e) => e[0]), ["call"]);
    assert.deepEqual(events("Thượng tướng Hoàng Xuân Chiến đánh giá cao cuộc điện đàm giữa Đại tướng Phan Văn Giang và Bộ trưởng Kihara Minoru hồi tháng trước.").map((e) => e[0]), ["call"]);
    assert.deepEqual(events("Thượng tướng Hoàng Xuân Chiến đánh giá cao cuộc điện đàm giữa Đại tướng Phan Văn Giang và Bộ trưởng Kihara Minoru thời gian qua."), []);
    // Not a forum whose parties the clause does not name, though the sentence names people elsewhere.
    assert.deepEqual(events("Đại tướng Phan Văn Giang đánh giá cao việc Nhật Bản tổ chức thành công Hội thảo trực tuyến về cứu trợ thiên tai trong tháng 9 vừa qua; mong Bộ trưởng Kihara Minoru tiếp tục thúc đẩy hợp tác."), []);
    // The clause ends at a comma: an encounter reported after it still counts.
    assert.equal(events("Thượng tướng Nguyễn Chí Vịnh cảm ơn sự đón tiếp chu đáo, sau đó hội đàm với Thứ trưởng Quốc phòng Nhật Bản Nishida Yasunori.").length, 1);
  });

  it("talks praised as done between a delegation of each side, each with its head named, are an encounter of those heads alone", () => {
    const praised = "Đại tướng Phan Văn Giang đánh giá cao kết quả cuộc hội đàm giữa đoàn đại biểu quân sự Việt Nam do Thượng tướng Nguyễn Tân Cương làm trưởng đoàn và đoàn đại biểu Nhật Bản do Đại tướng Yoshida Yoshihide dẫn đầu.";
    assert.deepEqual(events(praised), [["talks", "in_person", "Nguyễn Tân Cương + Yoshida Yoshihide"]]);
    // The sides the other way round, the heads after a post in apposition.
    assert.deepEqual(events("Thượng tướng Hoàng Xuân Chiến hoan nghênh kết quả cuộc hội đàm giữa đoàn Nhật Bản do Đại tướng Yoshida Yoshihide, Tham mưu trưởng Liên quân, dẫn đầu và đoàn Việt Nam do Thượng tướng Nguyễn Tân Cương dẫn đầu."), [["talks", "in_person", "Yoshida Yoshihide + Nguyễn Tân Cương"]]);
    // Talks between people, no delegation: an earlier encounter, as before; so is one with a delegation of one side.
    assert.deepEqual(events("Đại tướng Phan Văn Giang đánh giá cao kết quả cuộc hội đàm giữa Thượng tướng Nguyễn Tân Cương và Đại tướng Yoshida Yoshihide."), []);
    assert.deepEqual(events(praised.replace("đoàn đại biểu Nhật Bản do Đại tướng Yoshida Yoshihide dẫn đầu", "Đại tướng Yoshida Yoshihide")), []);
  });

  it("an encounter told as a setting keeps its marker's format ('Tại cuộc điện đàm …' is by phone)", () => {
    const told = (text: string) => findEvents(text, [{ start: 0, end: text.length }], findPersonMentions(text, registry, grammar), grammar, { keepSettings: true }).map((e) => [e.type, e.format, e.setting ?? false]);
    assert.deepEqual(told("Tại cuộc điện đàm hồi tháng 5/2021, Đại tướng Phan Văn Giang và Bộ trưởng Kishi Nobuo nhất trí tăng cường hợp tác."), [["call", "phone", true]]);
    assert.deepEqual(told("Tại buổi hội đàm, Đại tướng Phan Văn Giang và Bộ trưởng Kishi Nobuo nhất trí tăng cường hợp tác."), [["talks", "in_person", true]]);
  });

  it("the people after a marker only spoken of (praised, invited to) are not the objects of a marker before it", () => {
    const text = "Vui mừng chào đón Đại tướng Yoshida Yoshihide sang thăm Việt Nam, Đại tướng Phan Văn Giang đánh giá cao kết quả cuộc hội đàm giữa Thượng tướng Nguyễn Tân Cương và ông.";
    assert.deepEqual(events(text), [["reception", "in_person", "Yoshida Yoshihide + Phan Văn Giang"]]);
  });

  it("a proposal ('đề xuất') is a wish, and a marker naming a kind ('cơ chế Đối thoại', 'các diễn đàn như …') no occasion", () => {
    const keep = (text: string) => findEvents(text, [{ start: 0, end: text.length }], findPersonMentions(text, registry, grammar), grammar, { keepUnnamed: true }).map((e) => e.type);
    assert.deepEqual(keep("Thượng tướng Hoàng Xuân Chiến đề xuất hội đàm với Thứ trưởng Masuda Kazuo vào năm tới."), []);
    assert.deepEqual(keep("Bên cạnh đó, Thượng tướng Hoàng Xuân Chiến kiến nghị phía Nhật Bản tăng cường cơ chế Đối thoại Chính sách quốc phòng."), []);
    // A forum given as an example of a kind ("các diễn đàn như …") is none held; "cũng như" (as well as) joins one that was.
    assert.deepEqual(keep("Thượng tướng Hoàng Xuân Chiến đề nghị hai bên phối hợp chặt chẽ tại các diễn đàn đa phương như Hội nghị ADMM+."), []);
    assert.deepEqual(keep("Đại tướng Phan Văn Giang đã chào xã giao Thủ tướng Kishida Fumio cũng như hội đàm với Bộ trưởng Hamada Yasukazu."), ["reception", "talks"]);
    // The dialogue held is still one.
    assert.deepEqual(keep("Thượng tướng Hoàng Xuân Chiến và Thứ trưởng Masuda Kazuo đồng chủ trì Đối thoại Chính sách quốc phòng."), ["dialogue"]);
    // Editions of it spoken of together ("các kỳ", "những kỳ") are none held either.
    assert.deepEqual(keep("Hai Thứ trưởng rà soát việc thực hiện những nội dung đã thống nhất tại các kỳ Đối thoại Chính sách quốc phòng."), []);
    assert.deepEqual(keep("Thứ trưởng Masuda Kazuo đánh giá những kỳ Đối thoại Chính sách quốc phòng đã góp phần tăng cường lòng tin."), []);
  });

  it("one occasion given as an example ('như cuộc hội đàm giữa A và B ngày …') is an encounter; a kind of many ('như các cuộc …') is not", () => {
    const example = "Quan hệ quốc phòng hai nước phát triển tốt, như cuộc hội đàm giữa Đại tướng Phùng Quang Thanh và Bộ trưởng Onodera Itsunori ngày 16/9/2013 tại Hà Nội.";
    assert.deepEqual(events(example), [["talks", "in_person", "Phùng Quang Thanh + Onodera Itsunori"]]);
    // Dated by a month of a written year, the same.
    assert.deepEqual(events(example.replace("ngày 16/9/2013", "hồi tháng 9/2013")).map((e) => e[0]), ["talks"]);
    // Undated, it is the kind; plural, many of them, none told as one.
    assert.deepEqual(events(example.replace(" ngày 16/9/2013", "")), []);
    assert.deepEqual(events(example.replace("như cuộc hội đàm", "như các cuộc hội đàm")), []);
  });

  it("'gặp' of difficulties, an accident or the weather ('chuyến đi gặp nhiều khó khăn') is no meeting", () => {
    const keep = (text: string) => findEvents(text, [{ start: 0, end: text.length }], findPersonMentions(text, registry, grammar), grammar, { keepUnnamed: true }).map((e) => e.type);
    for (const trouble of ["gặp nhiều khó khăn", "gặp khó khăn", "gặp bão", "gặp sự cố kỹ thuật", "gặp thời tiết xấu"]) {
      assert.deepEqual(keep(`Đại tá Nguyễn Văn An cho biết hành trình của tàu ${trouble} nhưng đã cập cảng đúng kế hoạch.`), [], trouble);
    }
    assert.deepEqual(keep("Đại tá Nguyễn Văn An đã gặp Chuẩn Đô đốc Tanaka Ichiro tại cảng."), ["reception"]);
  });

  it("reads the type and format of an encounter and who took part", () => {
    assert.deepEqual(events("Sáng 10/6, Thượng tướng Nguyễn Chí Vịnh đã điện đàm trực tuyến với Thứ trưởng Bộ Quốc phòng Nhật Bản Nishida Yasunori."), [
      ["call", "online", "Nguyễn Chí Vịnh + Nishida Yasunori"],
    ]);
    assert.deepEqual(events("Thủ tướng Nguyễn Tấn Dũng đã tiếp Bộ trưởng Quốc phòng Nhật Bản Itsunori Onodera."), [["reception", "in_person", "Nguyễn Tấn Dũng + Onodera Itsunori"]]);
    // A numbered meeting of two services named a bilateral conference is a dialogue mechanism, not a multilateral one.
    assert.deepEqual(events("Chuẩn Đô đốc Phạm Văn An và Chuẩn Đô đốc Sato Kenta, Phó Tham mưu trưởng Lực lượng Phòng vệ Biển Nhật Bản dự Hội nghị song phương lần thứ 5 theo hình thức trực tuyến."), [
      ["dialogue", "online", "Phạm Văn An + Sato Kenta"],
    ]);
  });

  it("makes one encounter of a welcome ceremony and talks, and two of talks with one person and a call on another", () => {
    assert.deepEqual(events("Đại tướng Phùng Quang Thanh đã chủ trì lễ đón chính thức và hội đàm với Bộ trưởng Quốc phòng Nhật Bản Itsunori Onodera."), [
      ["talks", "in_person", "Phùng Quang Thanh + Onodera Itsunori"],
    ]);
    assert.deepEqual(events("Thượng tướng Phan Văn Giang đã hội đàm với Đô đốc Kawano Katsutoshi và chào xã giao Bộ trưởng Quốc phòng Iwaya Takeshi."), [
      ["talks", "in_person", "Phan Văn Giang + Kawano Katsutoshi"],
      ["reception", "in_person", "Phan Văn Giang + Iwaya Takeshi"],
    ]);
  });

  it("the results of an encounter reported ('thông báo kết quả hội đàm với …') are no encounter, unless the sentence dates it", () => {
    assert.deepEqual(events("Thượng tướng Hoàng Xuân Chiến cho biết đã thông báo kết quả hội đàm với Đô đốc Sakai Ryo tới lãnh đạo Bộ Quốc phòng."), []);
    assert.deepEqual(events("Hai bên trao đổi kết quả cuộc gặp giữa Đại tướng Phan Văn Giang và Bộ trưởng Kihara Minoru."), []);
    assert.deepEqual(events("Kết quả hội đàm giữa Đại tướng Phan Văn Giang và Bộ trưởng Kihara Minoru tại Tokyo ngày 5/8/2024 được hai bên đánh giá cao.").map((e) => e[0]), ["talks"]);
  });

  it("a clause after a semicolon that names its own subject pairs its marker with that subject, not the sentence's", () => {
    assert.deepEqual(events("Thượng tướng Hoàng Xuân Chiến đã tiếp Đô đốc Sakai Ryo; Đô đốc Sakai Ryo sau đó hội kiến Đại tướng Phan Văn Giang."), [
      ["reception", "in_person", "Hoàng Xuân Chiến + Sakai Ryo"],
      ["reception", "in_person", "Sakai Ryo + Phan Văn Giang"],
    ]);
    // A clause with no subject of its own goes on with the sentence's.
    assert.deepEqual(events("Đô đốc Sakai Ryo đã chào xã giao Đại tướng Phan Văn Giang; hội kiến Thượng tướng Hoàng Xuân Chiến."), [
      ["reception", "in_person", "Sakai Ryo + Phan Văn Giang"],
      ["reception", "in_person", "Sakai Ryo + Hoàng Xuân Chiến"],
    ]);
  });

  it("makes one encounter of a host's two markers of one type welcoming two guests, unless words between tell of another occasion", () => {
    assert.deepEqual(events("Đại tướng Phùng Quang Thanh đã chủ trì lễ đón Bộ trưởng Quốc phòng Nhật Bản Onodera Itsunori và tiếp Đô đốc Iwasaki Shigeru."), [
      ["reception", "in_person", "Phùng Quang Thanh + Onodera Itsunori + Iwasaki Shigeru"],
    ]);
    for (const between of [", sau đó", " và chiều cùng ngày", " và ngày 18/9"]) {
      assert.equal(events(`Đại tướng Phùng Quang Thanh đã tiếp Bộ trưởng Quốc phòng Nhật Bản Onodera Itsunori${between} tiếp Đô đốc Iwasaki Shigeru.`).length, 2, between);
    }
    // A visitor's calls on two hosts are two encounters.
    assert.equal(events("Bộ trưởng Onodera Itsunori đã chào xã giao Thủ tướng Nguyễn Tấn Dũng và chào xã giao Đại tướng Phùng Quang Thanh.").length, 2);
  });

  it("makes one reception of a host's marker and the guests' calls after it, each guest named before its own call", () => {
    assert.deepEqual(events("Thượng tướng Hoàng Xuân Chiến tiếp Đại sứ Nhật Bản Yamada Takio đến chào nhân dịp kết thúc nhiệm kỳ và Đại tá Tanaka Ken, Tùy viên Quốc phòng Nhật Bản, đến chào nhận nhiệm vụ."), [
      ["reception", "in_person", "Hoàng Xuân Chiến + Yamada Takio + Tanaka Ken"],
    ]);
    // A guest's term written in years between the calls is no other occasion.
    assert.deepEqual(events("Thượng tướng Hoàng Xuân Chiến tiếp Đại sứ Nhật Bản Yamada Takio, nhiệm kỳ 2020 - 2024, đến chào từ biệt và Đại tá Tanaka Ken, Tùy viên Quốc phòng Nhật Bản, đến chào nhận nhiệm vụ."), [
      ["reception", "in_person", "Hoàng Xuân Chiến + Yamada Takio + Tanaka Ken"],
    ]);
    // A call told in a clause of its own, opened by words of sequence, is the guest's on another host.
    assert.deepEqual(events("Thượng tướng Hoàng Xuân Chiến tiếp Đại sứ Nhật Bản Yamada Takio đến chào, sau đó Đại sứ Yamada Takio đến chào Đại tướng Phan Văn Giang."), [
      ["reception", "in_person", "Hoàng Xuân Chiến + Yamada Takio"],
      ["reception", "in_person", "Yamada Takio + Phan Văn Giang"],
    ]);
  });

  it("reads the people after a forum attended, told as the occasion inside the sentence, as the subject of the encounter after it", () => {
    // "Chiều …, tại …, nhân dịp tham dự Hội nghị X, A có cuộc gặp với B": A is the subject of the meeting, not the forum's
    // object; the one event is the meeting on the forum's sidelines.
    assert.deepEqual(events("Chiều 9/11/2022, tại Phnom Penh, nhân dịp tham dự Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng, Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng, đã có cuộc gặp với Bộ trưởng Quốc phòng Nhật Bản Hamada Yasukazu."), [
      ["reception", "in_person", "Phan Văn Giang + Hamada Yasukazu"],
    ]);
  });

  it("reads a forum attended after a journey to its city ('nhân dịp sang X dự …') or with others ('cùng tham dự') as the occasion", () => {
    const meeting = [["reception", "in_person", "Hoàng Xuân Chiến + Masuda Kazuo"]];
    for (const occasion of ["nhân dịp sang Viêng Chăn dự", "nhân dịp đến thành phố Siem Reap tham dự", "trong thời gian sang Thành phố Hồ Chí Minh dự", "nhân dịp cùng tham dự"]) {
      assert.deepEqual(events(`Chiều 2/4/2024, ${occasion} Hội nghị Tư lệnh Lực lượng Quốc phòng ASEAN, Thượng tướng Hoàng Xuân Chiến đã có cuộc gặp với Thứ trưởng Quốc phòng Nhật Bản Masuda Kazuo.`), meeting, occasion);
    }
    // (A journey without an attending verb after it is no setting: the forum is then a marker of the sentence.)
    assert.deepEqual(events("Chiều 2/4/2024, Thượng tướng Hoàng Xuân Chiến sang Viêng Chăn, Hội nghị Tư lệnh Lực lượng Quốc phòng ASEAN khai mạc với Thứ trưởng Quốc phòng Nhật Bản Masuda Kazuo.").map((e) => e[0]), ["conference"]);
  });

  it("does not take plans, invitations or other uses of the words for encounters", () => {
    assert.deepEqual(events("Hai bên sẽ hội đàm với Bộ trưởng Kishi Nobuo vào năm sau."), []);
    assert.deepEqual(events("Thượng tướng Phan Văn Giang tiếp tục trao đổi trực tiếp với Bộ trưởng Kishi Nobuo."), []);
  });

  it("an invitation passed on reaches its marker past the commas of its inviter's posts, up to the word naming whom it is to", () => {
    // "lời mời của A, <post> tới/đến B": the comma opens A's post, and the talks invited to are not held.
    for (const to of ["tới", "đến"]) {
      assert.deepEqual(events(`Thứ trưởng Nguyễn Chí Vịnh gửi lời mời của Đại tướng Ngô Xuân Lịch, Bộ trưởng Quốc phòng Việt Nam ${to} Bộ trưởng Onodera Itsunori thăm chính thức Việt Nam và hội đàm.`), [], to);
    }
    // The post closed by a second comma before the invitee word is the inviter's too.
    assert.deepEqual(events("Thứ trưởng Nguyễn Chí Vịnh gửi lời mời của Đại tướng Ngô Xuân Lịch, Bộ trưởng Quốc phòng Việt Nam, tới Bộ trưởng Onodera Itsunori thăm chính thức Việt Nam và hội đàm."), []);
    // …but not a comma followed by another word: "Nhận lời mời của A, <post>, đoàn … do B dẫn đầu thăm … và hội đàm" reports the visit.
    assert.equal(events("Nhận lời mời của Đại tướng Ngô Xuân Lịch, Bộ trưởng Quốc phòng Việt Nam, Bộ trưởng Onodera Itsunori thăm chính thức Việt Nam và hội đàm với Đại tướng Ngô Xuân Lịch.").length, 1);
    // So are commas between posts written before the inviter's name ("của Ủy viên Bộ Chính trị, Bộ trưởng … A tới B").
    assert.deepEqual(events("Dịp này, Thứ trưởng Nguyễn Chí Vịnh gửi lời mời của Phó Bí thư Quân ủy Trung ương, Bộ trưởng Quốc phòng Ngô Xuân Lịch đến Bộ trưởng Onodera Itsunori sang thăm và đồng chủ trì đối thoại."), []);
    // The last of two invitations joined ("chuyển lời mời của A, cùng lời mời của …, … B tới C …") is read so too.
    assert.deepEqual(events("Thứ trưởng Nguyễn Chí Vịnh chuyển lời mời của Thủ tướng Nguyễn Xuân Phúc, cùng lời mời của Phó Bí thư Quân ủy Trung ương, Bộ trưởng Quốc phòng Ngô Xuân Lịch tới Bộ trưởng Onodera Itsunori sang Việt Nam hội đàm."), []);
    // Without the comma it was already an invitation; a held encounter in a clause of its own stays one.
    assert.deepEqual(events("Thứ trưởng Nguyễn Chí Vịnh gửi lời mời của Đại tướng Ngô Xuân Lịch tới Bộ trưởng Onodera Itsunori sang hội đàm."), []);
    // A post with a name before the invitee word is that person's, who opens a clause of his own: his talks are held.
    assert.deepEqual(events("Theo lời mời của Đại tướng Ngô Xuân Lịch, Bộ trưởng Quốc phòng Nhật Bản Onodera Itsunori đến Hà Nội và hội đàm với Đại tướng Ngô Xuân Lịch.").map((e) => e[2]!.split(" + ").sort().join(" + ")), ["Ngô Xuân Lịch + Onodera Itsunori"]);
    // …and a post of the other side, the guest's by title alone, with a verb of coming after it.
    assert.equal(events("Theo lời mời của Đại tướng Ngô Xuân Lịch, Bộ trưởng Quốc phòng Nhật Bản đến thăm Việt Nam và hội đàm với Đại tướng Ngô Xuân Lịch.").length, 1);
    // So is a post with no invitee word after it ("Theo lời mời của A, <post of the guest> thăm … và hội đàm").
    assert.deepEqual(events("Theo lời mời của Đại tướng Ngô Xuân Lịch, Bộ trưởng Quốc phòng Nhật Bản thăm Việt Nam và hội đàm với Đại tướng Ngô Xuân Lịch.").length, 1);
  });

  it("reads a courtesy call paid ('thăm xã giao', 'thăm chào', 'đến chào') and a working session ('làm việc với'), not a greeting at a ceremony", () => {
    for (const verb of ["thăm xã giao", "thăm chào", "đến chào"]) {
      assert.deepEqual(events(`Chiều 12/5, Tham mưu trưởng Liên quân Lực lượng Phòng vệ Nhật Bản Yoshida Yoshihide đã ${verb} Đại tướng Phan Văn Giang.`), [["reception", "in_person", "Yoshida Yoshihide + Phan Văn Giang"]], verb);
    }
    assert.deepEqual(events("Sáng 9/10, Thượng tướng Hoàng Xuân Chiến đã làm việc với Thứ trưởng Quốc phòng Nhật Bản Masuda Kazuo tại Tokyo."), [["reception", "in_person", "Hoàng Xuân Chiến + Masuda Kazuo"]]);
    // Coming to cheer a ceremony, to salute the flag or to ask after someone is no call.
    for (const rest of ["mừng", "đón", "cờ", "hỏi"]) {
      assert.deepEqual(events(`Đại sứ Nhật Bản Yamada Takio đến chào ${rest} cùng Đại tướng Phan Văn Giang.`), [], rest);
    }
    // A working session planned is no encounter.
    assert.deepEqual(events("Thượng tướng Hoàng Xuân Chiến sẽ làm việc với Thứ trưởng Quốc phòng Nhật Bản Masuda Kazuo."), []);
  });

  it("reads a verb of attending and its noun with a word of number between that is not plural ('dự một hội nghị'), not one that is", () => {
    for (const marker of ["dự một hội nghị", "tham dự một hội thảo", "dự một diễn đàn"]) {
      assert.deepEqual(events(`Ngày 6/12, tại Tokyo, Thiếu tướng Vũ Chiến Thắng ${marker} về an ninh hàng hải do Bộ Quốc phòng Nhật Bản tổ chức.`).map((e) => e.slice(0, 2)), [["conference", "in_person"]], marker);
    }
    assert.deepEqual(events("Thiếu tướng Vũ Chiến Thắng từng dự các hội nghị về an ninh hàng hải do Bộ Quốc phòng Nhật Bản tổ chức."), []);
  });

  it("reads a marker 'có' + container + noun with a word of number between ('có các cuộc gặp', 'có những buổi làm việc')", () => {
    for (const marker of ["có các cuộc gặp", "có những cuộc gặp", "có một cuộc gặp", "có các buổi làm việc"]) {
      assert.deepEqual(events(`Chiều 4/12, tại Đà Nẵng, Thượng tướng Hoàng Xuân Chiến đã ${marker} ngắn với Thứ trưởng Quốc phòng Nhật Bản Masuda Kazuo.`), [["reception", "in_person", "Hoàng Xuân Chiến + Masuda Kazuo"]], marker);
    }
    // Planned, it is still no encounter.
    assert.deepEqual(events("Thượng tướng Hoàng Xuân Chiến sẽ có các cuộc gặp với Thứ trưởng Quốc phòng Nhật Bản Masuda Kazuo."), []);
  });

  it("reads a mutual marker opening its sentence only in the fronted shape ('Gặp B, A đề nghị …')", () => {
    for (const marker of ["Gặp", "Hội kiến", "Gặp gỡ"]) {
      assert.deepEqual(events(`${marker} Thứ trưởng Quốc phòng Nhật Bản Masuda Kazuo, Thượng tướng Hoàng Xuân Chiến đề nghị hai bên đẩy mạnh hợp tác.`), [["reception", "in_person", "Masuda Kazuo + Hoàng Xuân Chiến"]], marker);
    }
    assert.deepEqual(events("Hội đàm với Bộ trưởng Quốc phòng Nhật Bản Kihara Minoru, Đại tướng Phan Văn Giang khẳng định Việt Nam coi trọng quan hệ với Nhật Bản."), [["talks", "in_person", "Kihara Minoru + Phan Văn Giang"]]);
    // The post of the one met in apposition between commas, however long, is theirs.
    assert.deepEqual(events("Gặp ông Masuda Kazuo, Thứ trưởng Bộ Quốc phòng Nhật Bản phụ trách chính sách quốc phòng và hợp tác quốc tế, Thượng tướng Hoàng Xuân Chiến đề nghị hai bên đẩy mạnh hợp tác."), [["reception", "in_person", "Masuda Kazuo + Hoàng Xuân Chiến"]]);
    // The one met named by a title of their country alone: the encounter, with the one side named (its sentences
    // near it name the holder); not a title of the same side as the subject's, nor of a third country.
    assert.deepEqual(events("Gặp Tư lệnh Hải quân Nhật Bản, Đô đốc Trần Văn Hòa đề nghị hai bên mở rộng trao đổi sĩ quan trẻ."), [["reception", "in_person", "Trần Văn Hòa"]]);
    assert.deepEqual(events("Gặp Tư lệnh Hải quân Việt Nam, Đô đốc Trần Văn Hòa đề nghị hai bên mở rộng trao đổi sĩ quan trẻ."), []);
    assert.deepEqual(events("Gặp Tư lệnh Hải quân Ấn Độ, Đô đốc Trần Văn Hòa đề nghị hai bên mở rộng trao đổi sĩ quan trẻ."), []);
    // Not in other shapes: the encounter spoken of as the subject, no one met before the comma, both named on one
    // side, or the clause after the comma opened by someone of the same side.
    for (const sentence of [
      "Hội đàm diễn ra trong không khí thân mật, Đại tướng Phan Văn Giang cảm ơn Bộ trưởng Kihara Minoru.",
      "Gặp gỡ báo chí, Đại tướng Phan Văn Giang cho biết hai bên đã trao đổi nhiều vấn đề.",
      "Gặp Đại tướng Phan Văn Giang, Thượng tướng Hoàng Xuân Chiến báo cáo kết quả chuyến thăm Nhật Bản.",
      "Gặp Bộ trưởng Kihara Minoru và Đại tướng Phan Văn Giang, phóng viên được biết hai bên đã nhất trí nhiều nội dung.",
    ]) assert.deepEqual(events(sentence), [], sentence);
  });

  it("reads a marker of several words a page capitalises inside the sentence ('chủ trì Lễ đón và Hội đàm với B')", () => {
    assert.deepEqual(events("Sáng 3/4/2023, Thượng tướng Hoàng Xuân Chiến chủ trì Lễ đón và Hội đàm với ông Masuda Kazuo, Thứ trưởng Bộ Quốc phòng Nhật Bản."), [["talks", "in_person", "Hoàng Xuân Chiến + Masuda Kazuo"]]);
    assert.deepEqual(events("Sáng 3/4/2023, Thượng tướng Hoàng Xuân Chiến đã Tiếp xã giao ông Masuda Kazuo."), [["reception", "in_person", "Hoàng Xuân Chiến + Masuda Kazuo"]]);
    // Opening the sentence it is still read only as before ("Hội đàm diễn ra …" tells the encounter before).
    assert.deepEqual(events("Hội đàm diễn ra trong không khí thân mật giữa Thượng tướng Hoàng Xuân Chiến và ông Masuda Kazuo."), []);
  });

  it("reads a policy dialogue or consultation written in lower case ('đối thoại chính sách …') as the dialogue", () => {
    assert.deepEqual(events("Ngày 9/10/2019, đối thoại chính sách an ninh Việt Nam - Nhật Bản lần thứ ba do Trung tướng Lê Quang Hùng và ông Hoshino Ken đồng chủ trì."), [["dialogue", "in_person", "Lê Quang Hùng + Hoshino Ken"]]);
    assert.deepEqual(events("Sáng 2/3/2021, Trung tướng Lê Quang Hùng và ông Hoshino Ken đã tiến hành tham vấn chính sách quốc phòng tại Hà Nội."), [["dialogue", "in_person", "Lê Quang Hùng + Hoshino Ken"]]);
    // One side co-chairing it with the other named after: "A đồng chủ trì đối thoại với B".
    assert.deepEqual(events("Sáng 2/3/2021, Trung tướng Lê Quang Hùng đã đồng chủ trì đối thoại với ông Hoshino Ken, Thứ trưởng Quốc phòng Nhật Bản."), [["dialogue", "in_person", "Lê Quang Hùng + Hoshino Ken"]]);
    // Dialogue as a word, not the mechanism: no encounter.
    assert.deepEqual(events("Trung tướng Lê Quang Hùng cho rằng các bên cần giải quyết tranh chấp bằng đối thoại và thương lượng với Nhật Bản."), []);
  });

  it("reads people of both sides joined as the subject of chairing ('A và B chủ trì cuộc tọa đàm') as co-chairs; one side's chair alone hosts its own event", () => {
    assert.deepEqual(events("Chiều 14/6/2023, Trung tướng Lê Quang Hùng và ông Hoshino Ken, Thứ trưởng Quốc phòng Nhật Bản chủ trì buổi toạ đàm về rà phá bom mìn."), [["other", "in_person", "Lê Quang Hùng + Hoshino Ken"]]);
    assert.deepEqual(events("Ông Hoshino Ken và Trung tướng Lê Quang Hùng cùng chủ trì phiên họp của nhóm công tác."), [["dialogue", "in_person", "Hoshino Ken + Lê Quang Hùng"]]);
    // One side alone, or both sides not joined as one subject (the other side the object of another verb before): no co-chairs.
    for (const sentence of [
      "Chiều 14/6/2023, Trung tướng Lê Quang Hùng chủ trì hội nghị tổng kết công tác đối ngoại quốc phòng.",
      "Ông Hoshino Ken hoan nghênh Việt Nam, Trung tướng Lê Quang Hùng chủ trì hội thảo về an ninh biển.",
    ]) assert.deepEqual(events(sentence), [], sentence);
  });

  it("what someone says needs doing ('cần …') is not held: 'cần' reaches every marker later in its clause, not 'cần thiết'", () => {
    assert.deepEqual(events("Thượng tướng Hoàng Xuân Chiến nhấn mạnh hai bên cần đẩy nhanh đàm phán với Thứ trưởng Masuda Kazuo về hợp tác công nghiệp quốc phòng."), []);
    assert.equal(events("Thượng tướng Hoàng Xuân Chiến nhấn mạnh hai bên đã đẩy nhanh đàm phán với Thứ trưởng Masuda Kazuo về hợp tác công nghiệp quốc phòng.").length, 1);
    assert.equal(events("Thượng tướng Hoàng Xuân Chiến tiếp Thứ trưởng Masuda Kazuo, nhấn mạnh sự cần thiết của hợp tác.").length, 1);
  });

  it("a plan cue reaches the items a list opens with 'nổi bật là', 'trong đó có' or 'trọng tâm là' after its comma", () => {
    for (const opener of ["nổi bật là", "trong đó có", "trọng tâm là"]) {
      const sentence = `Thượng tướng Hoàng Xuân Chiến chủ trì cuộc họp, rà soát công tác chuẩn bị cho các sự kiện đối ngoại, ${opener} Đối thoại Chính sách quốc phòng với Thứ trưởng Masuda Kazuo.`;
      assert.deepEqual(events(sentence), [], sentence);
    }
  });

  it("a format in a manner phrase ('theo hình thức trực tuyến') is the clause marker's, whatever noun stands between", () => {
    assert.deepEqual(events("Sáng 8/12/2022, Thượng tướng Hoàng Xuân Chiến và ông Masuda Kazuo đồng chủ trì Đối thoại Chính sách quốc phòng để rà soát các hoạt động hợp tác trong năm theo hình thức trực tuyến."), [["dialogue", "online", "Hoàng Xuân Chiến + Masuda Kazuo"]]);
    // A format word that is a noun's own ("hoạt động trực tuyến") is that activity's, as before.
    assert.deepEqual(events("Sáng 8/12/2022, Thượng tướng Hoàng Xuân Chiến và ông Masuda Kazuo đồng chủ trì Đối thoại Chính sách quốc phòng để rà soát các hoạt động trực tuyến trong năm."), [["dialogue", "in_person", "Hoàng Xuân Chiến + Masuda Kazuo"]]);
  });

  it("people joined by 'cùng' right before a later mutual marker are its counterparts: a forum attended before is its occasion", () => {
    // A translation's order ("与B举行会谈"): the forum frames the talks, which are typed by their own marker.
    assert.deepEqual(events("Chiều 12/5, Đại tướng Phan Văn Giang tham dự Hội nghị Bộ trưởng Quốc phòng các nước ASEAN mở rộng, cùng Bộ trưởng Quốc phòng Nhật Bản Kihara Minoru tiến hành hội đàm song phương."), [["talks", "in_person", "Phan Văn Giang + Kihara Minoru"]]);
    assert.deepEqual(events("Việt Nam Bộ trưởng Quốc phòng Phan Văn Giang tại Phnom Penh tham dự ASEAN Hội nghị Bộ trưởng Quốc phòng trong lúc, với Nhật Bản Bộ trưởng Quốc phòng Kihara Minoru tiến hành song phương hội kiến."), [["reception", "in_person", "Phan Văn Giang + Kihara Minoru"]]);
    // After a clause opening, the companion is no subject of its own: the call is the sentence subject's.
    assert.deepEqual(events("Đại tướng Phan Văn Giang đã tiếp Đại sứ Yamada Takio, sau đó cùng Bộ trưởng Kihara Minoru điện đàm."), [
      ["reception", "in_person", "Phan Văn Giang + Yamada Takio"],
      ["call", "phone", "Phan Văn Giang + Kihara Minoru"],
    ]);
    // Not a companion of the marker before, joined to its guest ("… cùng C và hội đàm"), nor one with a list word between.
    assert.deepEqual(events("Đại tướng Phan Văn Giang dự lễ đón Bộ trưởng Kihara Minoru cùng Đại sứ Yamada Takio và hội đàm với ông."), [["reception", "in_person", "Phan Văn Giang + Kihara Minoru + Yamada Takio"]]);
    assert.deepEqual(events("Đại tướng Phan Văn Giang đã tiếp Đại sứ Yamada Takio cùng Tùy viên Quốc phòng Nhật Bản, sau đó hội đàm với Bộ trưởng Kihara Minoru."), [
      ["reception", "in_person", "Phan Văn Giang + Yamada Takio"],
      ["talks", "in_person", "Phan Văn Giang + Kihara Minoru"],
    ]);
  });

  it("a meeting one of whose sides is many countries' people ('các nước', 'các Bộ trưởng') is a conference, whatever word tells it", () => {
    assert.deepEqual(events("Ngày 16/11, tại Jakarta, Bộ trưởng Quốc phòng các nước ASEAN đã có cuộc gặp không chính thức với Bộ trưởng Quốc phòng Nhật Bản Kihara Minoru."), [["conference", "in_person", "Kihara Minoru"]]);
    assert.deepEqual(events("Chiều 16/11, Bộ trưởng Quốc phòng Nhật Bản Kihara Minoru đã gặp các Bộ trưởng Quốc phòng ASEAN, trong đó có Đại tướng Phan Văn Giang."), [["conference", "in_person", "Kihara Minoru + Phan Văn Giang"]]);
    // Their title first, after "giữa" ("cuộc gặp không chính thức giữa Bộ trưởng Quốc phòng các nước ASEAN với …").
    assert.deepEqual(events("Ngày 17/11/2023, tại Jakarta, đã diễn ra cuộc gặp không chính thức giữa Bộ trưởng Quốc phòng các nước ASEAN với Bộ trưởng Quốc phòng Nhật Bản Kihara Minoru."), [["conference", "in_person", "Kihara Minoru"]]);
    // Two people: as before; nor many countries in a clause before the marker's.
    assert.deepEqual(events("Ngày 16/11, tại Jakarta, Đại tướng Phan Văn Giang đã có cuộc gặp với Bộ trưởng Kihara Minoru."), [["reception", "in_person", "Phan Văn Giang + Kihara Minoru"]]);
    assert.deepEqual(events("Sau khi các nước ASEAN thông qua tuyên bố chung, Đại tướng Phan Văn Giang hội đàm với Bộ trưởng Kihara Minoru."), [["talks", "in_person", "Phan Văn Giang + Kihara Minoru"]]);
  });

  it("documents already signed ('thực hiện các văn kiện đã ký kết', a translation's 'thực hiện đã ký kết các hiệp nghị') tell no signing", () => {
    const types = (text: string) => findEvents(text, [{ start: 0, end: text.length }], findPersonMentions(text, registry, grammar), grammar, { keepUnnamed: true }).map((e) => e.type);
    assert.deepEqual(types("Đại tướng Phan Văn Giang cho biết quân đội hai nước sẵn sàng thực hiện các văn kiện đã ký kết."), []);
    assert.deepEqual(types("Đại tướng Phan Văn Giang cho biết hai nước sẵn sàng thực hiện đã ký kết các hiệp nghị."), []);
    assert.deepEqual(types("Hai bên sẵn sàng triển khai các thỏa thuận đã ký kết."), []);
    // A signing told: as before.
    assert.deepEqual(types("Hai bên đã ký kết Bản ghi nhớ về hợp tác quân y."), ["signing"]);
    assert.deepEqual(types("Sau hội đàm, hai Bộ trưởng ký kết Bản ghi nhớ về hợp tác quân y."), ["signing"]);
  });

  it("splits paragraphs into sentences", () => {
    const t = "Ngày 16/9, hai bên hội đàm. Chiều cùng ngày, Thủ tướng tiếp đoàn! Hết";
    assert.deepEqual(
      sentences(t, 0, t.length).map((s) => t.slice(s.start, s.end)),
      ["Ngày 16/9, hai bên hội đàm.", "Chiều cùng ngày, Thủ tướng tiếp đoàn!", "Hết"],
    );
    // A full stop the page left no space after, between a word and a capitalised word; not inside an abbreviation.
    const split = (x: string) => sentences(x, 0, x.length).map((s) => x.slice(s.start, s.end));
    assert.deepEqual(split("Đoàn dự diễn đàn tại Tokyo, Nhật Bản.Ngày 13/3, đoàn chào xã giao."), ["Đoàn dự diễn đàn tại Tokyo, Nhật Bản.", "Ngày 13/3, đoàn chào xã giao."]);
    for (const whole of ["Tại TP.HCM, hai bên gặp nhau.", "Tại Tp.Hồ Chí Minh, hai bên gặp nhau.", "Theo Bqp.vn, ThS.Nguyễn Văn An cho biết."]) assert.deepEqual(split(whole), [whole]);
  });
});
