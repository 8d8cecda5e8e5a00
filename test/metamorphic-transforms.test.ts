/**
 * The metamorphic rewrites (pipeline/eval/metamorphic/), each on sentences
 * written for the test: people and dates are invented, none is copied from
 * the corpora.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { diffMeetings, nameKey, type Meeting } from "../pipeline/eval/metamorphic/compare.ts";
import { findDates, removeYears, rewriteDates } from "../pipeline/eval/metamorphic/dates.ts";
import { splitLead, splitSentence, type MeetingSides } from "../pipeline/eval/metamorphic/lead.ts";
import { swapNames } from "../pipeline/eval/metamorphic/names.ts";
import { settled, settledByPublication, yearsByTenure } from "../pipeline/eval/metamorphic/settle.ts";
import { articleContext, publicationDate, statesFullDate } from "../pipeline/eval/metamorphic/transforms.ts";
import type { Person } from "../pipeline/registry/index.ts";

describe("date forms", () => {
  const s = "Sáng 7/5, tại Hà Nội, Thiếu tướng Lê Minh Khoa tiếp ông Sato Kenji.";
  test("a slash date after a time-of-day word, in each other form", () => {
    assert.equal(rewriteDates(s, "dash").text, "Sáng 7-5, tại Hà Nội, Thiếu tướng Lê Minh Khoa tiếp ông Sato Kenji.");
    assert.equal(rewriteDates(s, "dot").text, "Sáng 7.5, tại Hà Nội, Thiếu tướng Lê Minh Khoa tiếp ông Sato Kenji.");
    assert.equal(rewriteDates(s, "words").text, "Sáng ngày 7 tháng 5, tại Hà Nội, Thiếu tướng Lê Minh Khoa tiếp ông Sato Kenji.");
    assert.deepEqual(rewriteDates(s, "slash").changes, []);
  });
  test("'ngày' is kept, never doubled, and the year goes with the date", () => {
    assert.equal(rewriteDates("Ngày 19-8, hai bên hội đàm.", "words").text, "Ngày 19 tháng 8, hai bên hội đàm.");
    assert.equal(rewriteDates("văn kiện ký ngày 3 tháng 12 năm 2016 tại Tokyo", "slash").text, "văn kiện ký ngày 3/12/2016 tại Tokyo");
    assert.equal(rewriteDates("văn kiện ký ngày 3/12/2016", "dot").text, "văn kiện ký ngày 3.12.2016");
    assert.equal(rewriteDates("Chiều ngày 4 tháng 9, đoàn đến.", "dash").text, "Chiều ngày 4-9, đoàn đến.");
  });
  test("a dash or dot date without a year needs a time-of-day word or 'ngày' before it", () => {
    const r = rewriteDates("đoàn dừng chân tại Lào hôm 9/7 rồi sang Hà Nội", "dot");
    assert.deepEqual(r.changes, []);
    assert.equal(rewriteDates("đoàn dừng chân tại Lào hôm 9/7", "words").text, "đoàn dừng chân tại Lào hôm ngày 9 tháng 7");
  });
  test("ranges, fractions, phone numbers and times are not day dates", () => {
    const kinds = (t: string) => findDates(t).map((d) => `${d.kind}:${d.text}`);
    assert.deepEqual(kinds("chuyến thăm từ ngày 12 đến 15/10"), ["range:từ ngày 12 đến 15/10"]);
    assert.deepEqual(kinds("trong các ngày 3-6/4 tại Tokyo"), ["range:các ngày 3-6/4"]);
    assert.deepEqual(kinds("từ ngày 8 đến ngày 11 tháng 2 năm 2019"), ["range:từ ngày 8 đến ngày 11 tháng 2 năm 2019"]);
    assert.deepEqual(kinds("Tel: +84-24.3456789, lúc 14:30, tỷ lệ 40.5"), []);
    assert.deepEqual(rewriteDates("chuyến thăm từ ngày 12 đến 15/10", "words").changes, []);
  });
  test("an invalid day or month is not a date", () => {
    assert.deepEqual(findDates("nhóm 45/13 và 32/1"), []);
  });
});

describe("years taken out", () => {
  test("from day dates, ranges and months, keeping a readable form", () => {
    assert.equal(removeYears("Ngày 14/3/2019, hai bên ký").text, "Ngày 14/3, hai bên ký");
    assert.equal(removeYears("Bản ghi nhớ ký ngày 2-6-2014 tại Hà Nội").text, "Bản ghi nhớ ký ngày 2-6 tại Hà Nội");
    // a dash date with nothing before it would not read as a date without its year: it becomes a slash date
    assert.equal(removeYears("Hà Nội, 2-6-2014 - Sáng nay").text, "Hà Nội, 2/6 - Sáng nay");
    assert.equal(removeYears("thăm từ ngày 4 đến 7/11/2017").text, "thăm từ ngày 4 đến 7/11");
    assert.equal(removeYears("ký vào tháng 5 năm 2013 và tháng 8/2015").text, "ký vào tháng 5 và tháng 8");
    assert.equal(removeYears("sáng ngày 9 tháng 3 năm 2022 buổi sáng").text, "sáng ngày 9 tháng 3 buổi sáng");
  });
  test("a year alone goes with its preposition, and a sentence it opened gets its capital back", () => {
    assert.equal(removeYears("vai trò Chủ tịch ASEAN năm 2010 đã được").text, "vai trò Chủ tịch ASEAN đã được");
    assert.equal(removeYears("Năm 2012, hai bên ký bản ghi nhớ.").text, "Hai bên ký bản ghi nhớ.");
    assert.equal(removeYears("Hợp tác tốt. Trong năm 2012, hai bên ký.").text, "Hợp tác tốt. Hai bên ký.");
    assert.equal(removeYears("hợp tác trong năm 2025 và những năm tiếp theo").text, "hợp tác và những năm tiếp theo");
  });
  test("an ISO date in brackets goes whole; bare years in names and periods stay", () => {
    assert.equal(removeYears("Manila ngày 3 tháng 5 điện (2016-05-03) Tin").text, "Manila ngày 3 tháng 5 điện Tin");
    assert.deepEqual(removeYears("Công ước UNCLOS 1982, giai đoạn 2019 - 2021").changes, []);
  });
});

describe("Japanese names in the other order", () => {
  const names = ["Sato Kenji", "Mori Haruka"];
  test("both orders are swapped in one pass, wherever they stand", () => {
    const r = swapNames("Bộ trưởng Sato Kenji gặp bà Haruka Mori. Ông Sato Kenji cho biết", names);
    assert.equal(r.text, "Bộ trưởng Kenji Sato gặp bà Mori Haruka. Ông Kenji Sato cho biết");
    assert.equal(r.changes.length, 3);
  });
  test("a name inside a longer word, or written in one word, is left", () => {
    assert.equal(swapNames("ông Sato và Kenjiro Satoh, Sato Kenjiro", names).text, "ông Sato và Kenjiro Satoh, Sato Kenjiro");
  });
  test("a line break between the words is kept as one space", () => {
    assert.equal(swapNames("Đại sứ Sato\nKenji", names).text, "Đại sứ Kenji Sato");
  });
});

describe("a lead split into one sentence per side", () => {
  const meetings: MeetingSides[] = [
    [
      { country: "VN", forms: ["Lê Minh Khoa"] },
      { country: "JP", forms: ["Sato Kenji", "Kenji Sato"] },
    ],
  ];
  test("talks: the subject leads a delegation, the date stays with the verb", () => {
    const r = splitSentence("TTV - Chiều 7/5, tại Hà Nội, Thượng tướng Lê Minh Khoa, Thứ trưởng Bộ Quốc phòng, đã hội đàm với Bộ trưởng Quốc phòng Nhật Bản Sato Kenji.", meetings);
    assert.deepEqual(r, {
      text: "TTV - Đoàn Việt Nam do Thượng tướng Lê Minh Khoa, Thứ trưởng Bộ Quốc phòng dẫn đầu. Phía Nhật Bản có Bộ trưởng Quốc phòng Nhật Bản Sato Kenji. Chiều 7/5, tại Hà Nội, hai bên đã hội đàm.",
    });
  });
  test("a reception: each side named, posts after the object kept with it, the rest after the verb", () => {
    const r = splitSentence("Sáng 2/9, Thượng tướng Lê Minh Khoa đã tiếp ông Kenji Sato, Đại sứ Nhật Bản tại Việt Nam, nhân dịp ông nhận nhiệm vụ.", meetings);
    assert.deepEqual(r, {
      text: "Phía Việt Nam có Thượng tướng Lê Minh Khoa. Phía Nhật Bản có ông Kenji Sato, Đại sứ Nhật Bản tại Việt Nam. Sáng 2/9, hai bên đã hội kiến, nhân dịp ông nhận nhiệm vụ.",
    });
  });
  test("an online call keeps its format word", () => {
    const r = splitSentence("Thượng tướng Lê Minh Khoa đã điện đàm trực tuyến với Bộ trưởng Sato Kenji.", meetings);
    assert.deepEqual(r, { text: "Đoàn Việt Nam do Thượng tướng Lê Minh Khoa dẫn đầu. Phía Nhật Bản có Bộ trưởng Sato Kenji. Hai bên đã điện đàm trực tuyến." });
  });
  test("skipped where the pattern is not clear", () => {
    const skip = (s: string) => {
      const r = splitSentence(s, meetings);
      return "skip" in r ? r.skip : "split";
    };
    assert.match(skip("Thượng tướng Lê Minh Khoa đã hội đàm với Bộ trưởng Sato Kenji và Đại sứ Mori Haruka."), /several people/);
    assert.match(skip("Nhân dịp này, ông cảm ơn, Thượng tướng Lê Minh Khoa đã hội đàm với Bộ trưởng Sato Kenji."), /not adverbials/);
    assert.match(skip("Thượng tướng Lê Minh Khoa chủ trì lễ đón, hội đàm với Bộ trưởng Sato Kenji."), /more than a name/);
    assert.match(skip("Thượng tướng Lê Minh Khoa cho biết hai nước hợp tác tốt."), /no meeting verb/);
    assert.match(skip("Thượng tướng Lê Minh Khoa đã hội đàm với Bộ trưởng Quốc phòng Úc."), /no sentence naming both sides/);
  });
  test("the first splittable sentence of the first prose paragraphs", () => {
    const lines = ["Tiêu đề", "Thượng tướng Lê Minh Khoa phát biểu. Sáng 2/9, Thượng tướng Lê Minh Khoa đã hội đàm với Bộ trưởng Sato Kenji tại Tokyo."];
    const r = splitLead(lines, [1], meetings);
    assert.equal(r.text.split("\n")[1], "Thượng tướng Lê Minh Khoa phát biểu. Đoàn Việt Nam do Thượng tướng Lê Minh Khoa dẫn đầu. Phía Nhật Bản có Bộ trưởng Sato Kenji. Sáng 2/9, hai bên đã hội đàm tại Tokyo.");
    assert.equal(r.changes.length, 1);
  });
});

describe("when the year is settled", () => {
  const person = (name: string, start: string, end: string | null, extra = {}): Person =>
    ({ person_id: nameKey(name).replace(/ /g, "-"), name, country: "JP", name_han: null, name_zh: null, aliases: [], wikidata: null, birth_year: null, ranks: [], positions: [{ office_id: "x", start, end, source: "test", ...extra }] }) as Person;
  test("by the publication date: the day falls in the year up to it", () => {
    assert.equal(settledByPublication("2019-11-03", "2019-11-05"), true);
    assert.equal(settledByPublication("2018-12-30", "2019-01-04"), true);
    assert.equal(settledByPublication("2017-11-03", "2019-11-05"), false);
    assert.equal(settledByPublication("2019-11-03", null), false);
  });
  test("by the tenures: one year only fits every participant's post", () => {
    const a = person("Sato Kenji", "2015-03-01", "2016-08-31");
    const b = person("Lê Minh Khoa", "2016-01-10", null);
    assert.deepEqual(yearsByTenure("2016-05-07", [a, b], 2020), [2016]);
    assert.deepEqual(yearsByTenure("2016-05-07", [b], 2020), [2016, 2017, 2018, 2019, 2020]);
    assert.equal(yearsByTenure("2016-05-07", [], 2020), null);
    // an attested end is widened by a year
    assert.deepEqual(yearsByTenure("2016-05-07", [person("Mori Haruka", "2015-03-01", "2016-06-01", { end_precision: "attested" }), b], 2020), [2016, 2017]);
    const m = { date_start: "2016-05-07", date_end: "2016-05-07", participants: [{ name: "Kenji Sato" }, { name: "Lê Minh Khoa" }] };
    assert.equal(settled(m, null, [a, b]).ok, true);
    assert.equal(settled({ ...m, participants: [{ name: "Lê Minh Khoa" }] }, null, [a, b]).ok, false);
  });
});

describe("reading an article", () => {
  const raw = "\uFEFFTiêu đề bài viết\r\nThứ Tư, 09:15 | 12/06/2019\r\nSáng 11/6, tại Hà Nội, Thượng tướng Lê Minh Khoa đã tiếp ông Sato Kenji, Đại sứ Nhật Bản.\r\n";
  test("the date line gives the publication date; prose lines are the long ones", () => {
    const a = articleContext("c", "f.txt", raw, [], false, []);
    assert.equal(a.publication, "2019-06-12");
    assert.deepEqual(a.prose, [2]);
    assert.equal(publicationDate(["x", "Cập nhật: 11:02 | 02/03/2020"]), "2020-03-02");
  });
  test("the full date is stated: the day in the body, the year with it or from the date line", () => {
    const a = articleContext("c", "f.txt", raw, [], false, []);
    const m = (d: string) => ({ id: "M", date_start: d, date_end: d, participants: [] });
    assert.equal(statesFullDate(a, m("2019-06-11")), true);
    assert.equal(statesFullDate(a, m("2018-06-11")), false);
    assert.equal(statesFullDate(articleContext("c", "f.txt", raw.replace("12/06/2019", ""), [], false, []), m("2019-06-11")), false);
  });
});

describe("comparing answers", () => {
  const m = (over: Partial<Meeting> = {}): Meeting => ({
    start: "2019-06-11", end: "2019-06-11", timeOfDay: "morning", type: "reception", format: "in_person", place: "Hanoi, VN",
    people: [{ name: "Lê Minh Khoa", country: "VN", personId: "vn-x" }, { name: "Sato Kenji", country: "JP", personId: "" }],
    ...over,
  });
  test("the same meetings: no difference", () => {
    assert.deepEqual(diffMeetings([m()], [m()]), []);
  });
  test("a field or a person that changed, a meeting lost or new", () => {
    assert.deepEqual(diffMeetings([m()], [m({ start: "2018-06-11", end: "2018-06-11" })]), ["changed: 2019-06-11 morning reception Lê Minh Khoa – Sato Kenji: date 2019-06-11 → 2018-06-11"]);
    assert.deepEqual(diffMeetings([m()], [m({ people: [m().people[0]!, { name: "Kenji Sato", country: "JP", personId: "" }] })]), [
      "changed: 2019-06-11 morning reception Lê Minh Khoa – Sato Kenji: people -Sato Kenji (JP) +Kenji Sato (JP)",
    ]);
    assert.deepEqual(diffMeetings([m()], []), ["lost: 2019-06-11 morning reception Lê Minh Khoa – Sato Kenji"]);
    assert.deepEqual(diffMeetings([], [m()]), ["new: 2019-06-11 morning reception Lê Minh Khoa – Sato Kenji"]);
  });
});
