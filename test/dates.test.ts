import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { findDates as findDatesWith, isoOf, wordsWithoutDigits } from "../pipeline/lang/dates.ts";
import type { Grammar } from "../pipeline/lang/lexicon.ts";
import { repoKnowledge } from "./helpers.ts";

let grammar: Grammar;
before(async () => {
  grammar = (await repoKnowledge()).grammar;
});
const findDates = (text: string) => findDatesWith(text, grammar);

type Row = [string, string, number | null, number | null, number | null, number | null, string | null];

/** [sentence, kind, day, dayEnd, month, year, timeOfDay] of the first date found. */
const CASES: Row[] = [
  ["Chiều 3/6, Thượng tướng Phan Văn Giang đã hội đàm", "day", 3, null, 6, null, "afternoon"],
  ["Sáng 10/6, Thượng tướng đã điện đàm", "day", 10, null, 6, null, "morning"],
  ["Ngày 25/11, tại Hà Nội", "day", 25, null, 11, null, null],
  ["Chiều 23-11, tại Tokyo", "day", 23, null, 11, null, "afternoon"],
  ["Ngày hôm sau (24-11), đoàn thăm Học viện", "day", 24, null, 11, null, null],
  ["Sáng thứ Tư, 25-11, hai bên ký biên bản", "day", 25, null, 11, null, "morning"],
  ["Chiều thứ Năm (26.11) đoàn rời Hà Nội", "day", 26, null, 11, null, "afternoon"],
  ["chiều 23/11/2021 (giờ địa phương)", "day", 23, null, 11, 2021, "afternoon"],
  ["Thứ Ba, 23-11-2021, 20:45", "day", 23, null, 11, 2021, null],
  ["Tân Hoa Xã Manila điện (2017-10-24) Việt Nam", "day", 24, null, 10, 2017, null],
  ["ngày 06 tháng 11 chiều tại trụ sở", "day", 6, null, 11, null, "afternoon"],
  ["ngày 06 tháng mười một buổi sáng, Bộ trưởng", "day", 6, null, 11, null, "morning"],
  ["ngày 12 tháng 9 năm 2021 điện", "day", 12, null, 9, 2021, null],
  // A weekday, then the day and its month with no "ngày", as page headers print them
  ["Cập nhật Thứ Bảy 9 Tháng Mười Một, Bộ trưởng", "day", 9, null, 11, null, null],
  ["thứ Sáu, 21 tháng 4 năm 2023, tại Tokyo", "day", 21, null, 4, 2023, null],
  ["trong các ngày từ 24-28/3, Trung tướng", "range", 24, 28, 3, null, null],
  ["từ ngày 2 đến 5/3, Thượng tướng", "range", 2, 5, 3, null, null],
  // A span up to today, its date in brackets.
  ["Từ ngày 28/5 đến hôm nay (2/6), đoàn đã thăm", "range", 28, 2, 5, null, null],
  ["từ 9/10 đến nay (12/10/2020), Đại tướng", "range", 9, 12, 10, 2020, null],
  ["từ ngày 10 đến ngày 12 tháng 9 năm 2021", "range", 10, 12, 9, 2021, null],
  // "tới" for "đến" between a span's days
  ["Đoàn thăm Nhật Bản từ ngày 14 tới 17/11, theo lời mời", "range", 14, 17, 11, null, null],
  ["từ ngày 8 tới ngày 11 tháng 4 năm 2019", "range", 8, 11, 4, 2019, null],
  ["từ 30/6 tới 2/7/2023, tàu", "range", 30, 2, 6, 2023, null],
  ["từ ngày 3 tới 7-9, đoàn", "range", 3, 7, 9, null, null],
  ["tháng 9 năm 2015, sẽ đẩy quan hệ", "month", null, null, 9, 2015, null],
  ["được ký vào tháng 10/2011", "month", null, null, 10, 2011, null],
  ["theo Bản ghi nhớ (tháng 10-2011)", "month", null, null, 10, 2011, null],
  ["11 ngày buổi chiều, Việt Nam Quốc phòng bộ trưởng", "day", 11, null, null, null, "afternoon"],
  // Machine translations keep Chinese order, month before day
  ["Tân Hoa Xã tháng 7 ngày 14 buổi sáng đưa tin", "day", 14, null, 7, null, "morning"],
  ["năm 2022 tháng 9 ngày 8, Quốc phòng bộ trưởng", "day", 8, null, 9, 2022, null],
  ["9 tháng 21 ngày buổi chiều, hai nước", "day", 21, null, 9, null, "afternoon"],
  ["2016 năm 11 tháng 5 ngày, tại Viêng Chăn", "day", 5, null, 11, 2016, null],
  ["Tân Hoa Xã Tokyo 8 tháng 12 ngày điện (Ký giả Lý)", "day", 12, null, 8, null, null],
  ["năm 2020", "year", null, null, null, 2020, null],
];

describe("findDates", () => {
  for (const [text, kind, day, dayEnd, month, year, tod] of CASES) {
    it(`reads "${text}"`, () => {
      const d = findDates(text)[0];
      assert.ok(d, "a date is found");
      assert.deepEqual([d.kind, d.day, d.dayEnd, d.month, d.year, d.timeOfDay], [kind, day, dayEnd, month, year, tod]);
      assert.equal(text.slice(d.start, d.end), d.text, "the span is exact");
    });
  }

  it("reads a day and month with no 'ngày' only after a weekday: '3 tháng' alone is a count of months", () => {
    assert.deepEqual(findDates("Sau 3 tháng 6 ngày huấn luyện, đoàn về nước.").filter((d) => d.kind === "day" && d.month === 6), []);
    assert.deepEqual(findDates("Khóa học kéo dài 5 tháng Mười hai năm 2020 mới xong.").filter((d) => d.kind === "day"), []);
  });

  it("reads a span with a month at each end, across the turn of a month", () => {
    const pick = (t: string) => findDates(t).map((d) => [d.kind, d.day, d.month, d.dayEnd, d.monthEnd, d.year]);
    assert.deepEqual(pick("Đoàn thăm Nhật Bản từ ngày 29/6 đến 2/7 theo lời mời"), [["range", 29, 6, 2, 7, null]]);
    assert.deepEqual(pick("chuyến thăm từ 30-11 đến 3-12-2019"), [["range", 30, 11, 3, 12, 2019]]);
    assert.deepEqual(pick("từ ngày 5/3 đến 9/3"), [["range", 5, 3, 9, 3, null]]);
    // Not a span: two months apart, or backwards.
    assert.deepEqual(pick("từ 5/3 đến 9/5").map((d) => d[0]), ["day", "day"]);
    // The month in words at each end, and a weekday in brackets after the first day, which names that day only.
    assert.deepEqual(pick("Đoàn thăm Việt Nam từ ngày 12 tháng 3 (thứ Ba) đến ngày 15 tháng 3 năm 2019."), [["range", 12, 3, 15, 3, 2019]]);
    assert.deepEqual(pick("từ ngày 30 tháng 6 đến ngày 2 tháng 7"), [["range", 30, 6, 2, 7, null]]);
    assert.deepEqual(pick("từ ngày 12/3 (thứ Ba) đến 15/3/2019"), [["range", 12, 3, 15, 3, 2019]]);
    assert.deepEqual(pick("từ ngày 5 tháng 3 đến ngày 9 tháng 5").map((d) => d[0]), ["day", "day"]);
    // A weekday before each end's day: it names that day, not the span.
    assert.deepEqual(pick("Từ thứ Tư ngày 6 tháng 11 đến thứ Bảy ngày 9 tháng 11 năm 2024, đoàn làm việc tại Tokyo."), [["range", 6, 11, 9, 11, 2024]]);
    assert.deepEqual(pick("từ Chủ nhật, ngày 29 tháng 9 đến thứ Ba, ngày 1 tháng 10"), [["range", 29, 9, 1, 10, null]]);
    assert.deepEqual(pick("Từ thứ Tư ngày 6 đến thứ Bảy ngày 9 tháng 11"), [["range", 6, 11, 9, 11, null]]);
    assert.deepEqual(pick("Từ thứ Tư (6/11) đến thứ Bảy (9/11), đoàn làm việc tại Tokyo."), [["range", 6, 11, 9, 11, null]]);
    assert.deepEqual(pick("từ thứ Hai, 30/9 đến thứ Tư, 2/10/2024"), [["range", 30, 9, 2, 10, 2024]]);
    // Two years that disagree make no span; a weekday with its day and no span stays a day.
    assert.deepEqual(pick("từ thứ Tư (6/11/2024) đến thứ Bảy (9/11/2025)").map((d) => d[0]), ["day", "day"]);
    assert.deepEqual(pick("Hôm thứ Tư (6/11), đoàn đến Tokyo."), [["day", 6, 11, null, null, null]]);
  });

  it("reads a part of a month as a range of its days", () => {
    const pick = (t: string) => findDates(t).map((d) => [d.kind, d.day, d.dayEnd, d.month, d.year, d.relative]);
    assert.deepEqual(pick("Cuối tháng 10, đoàn sang Nhật Bản"), [["range", 21, 31, 10, null, "month_part"]]);
    assert.deepEqual(pick("từ đầu tháng 3/2022"), [["range", 1, 10, 3, 2022, "month_part"]]);
    assert.deepEqual(pick("vào giữa tháng sáu"), [["range", 11, 20, 6, null, "month_part"]]);
    assert.deepEqual(pick("cuối tháng 2 năm 2024"), [["range", 21, 29, 2, 2024, "month_part"]]);
  });

  it("reads a time of day of today ('chiều nay'), not one that writes its day", () => {
    assert.deepEqual(findDates("Chiều nay, Thượng tướng A tiếp ông B.").map((d) => [d.kind, d.relative]), [["relative", "today"]]);
    assert.deepEqual(findDates("Sáng nay 5.6, hai bên hội đàm").map((d) => [d.kind, d.day, d.month]), [["day", 5, 6]]);
  });

  it("reads a machine translation's 'the same day'", () => {
    assert.deepEqual(findDates("Đồng nhật, Bộ trưởng hội kiến Thủ tướng.").map((d) => d.relative), ["same_day"]);
  });

  it("a span of months and days is no date", () => {
    assert.deepEqual(findDates("Khóa huấn luyện kéo dài 3 tháng 2 ngày tại trường").map((d) => d.text), []);
    assert.deepEqual(findDates("tháng 13 ngày 5").map((d) => d.text), ["ngày 5"]);
  });

  it("reads relative expressions", () => {
    assert.deepEqual(
      findDates("Chiều cùng ngày, tại Trụ sở Chính phủ").map((d) => [d.relative, d.timeOfDay]),
      [["same_day", "afternoon"]],
    );
    assert.equal(findDates("trong tháng 4 vừa qua")[0]?.relative, "recent");
  });

  it("finds several dates in order without overlaps", () => {
    const ds = findDates("Ngày 16/9, tại Hà Nội, hai bên nhắc lại Bản ghi nhớ ký ngày 24/10/2011 và kế hoạch năm 2014.");
    assert.deepEqual(
      ds.map((d) => d.text),
      ["16/9", "24/10/2011", "năm 2014"],
    );
  });

  it("does not read impossible dates, periods or document numbers as dates", () => {
    assert.deepEqual(findDates("giai đoạn 2021 - 2023"), []);
    assert.deepEqual(findDates("Số 3548/QĐ-BQP"), []);
    assert.deepEqual(findDates("ngày 31/2"), []);
    assert.deepEqual(findDates("tỷ lệ 45/100"), []);
  });

  it("gives an ISO date only when day, month and year are known", () => {
    assert.equal(isoOf(findDates("ngày 15/9/2015")[0]!), "2015-09-15");
    assert.equal(isoOf(findDates("Chiều 3/6")[0]!), null);
  });
});

describe("two days", () => {
  it("reads 'ngày 13 và 14/11' as a two-day range, not two days apart", () => {
    assert.deepEqual(findDates("Trong hai ngày 20 và 21/6/2022, đoàn làm việc tại Tokyo").map((d) => [d.kind, d.day, d.dayEnd, d.month, d.year]), [["range", 20, 21, 6, 2022]]);
    assert.deepEqual(findDates("ngày 3 và 4/2 hai bên").map((d) => [d.kind, d.day, d.dayEnd, d.month]), [["range", 3, 4, 2]]);
    // Two separate days: the day with its month is read, not a span.
    assert.deepEqual(findDates("ngày 3 và 10/5").map((d) => [d.kind, d.day, d.month]), [["day", 3, null], ["day", 10, 5]]);
  });
});

describe("weeks", () => {
  it("reads 'tuần này' and 'tuần trước', not a count of weeks ('hai tuần trước')", () => {
    assert.deepEqual(findDates("Tuần trước, hai bên đã điện đàm").map((d) => d.relative), ["last_week"]);
    assert.deepEqual(findDates("hai bộ trưởng gặp nhau trong tuần này").map((d) => d.relative), ["this_week"]);
    assert.deepEqual(findDates("cách đây hai tuần trước, đoàn đã đến").map((d) => d.relative), []);
    assert.deepEqual(findDates("3 tuần trước").map((d) => d.relative), []);
  });

  it("reads a weekday with its week, with 'vừa qua', or after 'ngày' when its name is capitalised; not an ordinal", () => {
    const read = (t: string) => findDates(t).map((d) => [d.relative, d.weekday, d.weeksBack ?? "-"]);
    assert.deepEqual(read("Thứ Sáu tuần trước, hai bên đã điện đàm"), [["weekday", 5, 1]]);
    assert.deepEqual(read("đoàn đến Hà Nội vào Chủ nhật tuần này"), [["weekday", 0, 0]]);
    assert.deepEqual(read("Thứ Hai vừa qua, hai bên gặp nhau"), [["weekday", 1, "-"]]);
    assert.deepEqual(read("Trong ngày Thứ Bảy, đoàn thăm Học viện"), [["weekday", 6, "-"]]);
    assert.deepEqual(read("Ngày Chủ nhật, đoàn nghỉ"), [["weekday", 0, "-"]]);
    // "ngày thứ ba của chuyến thăm" is the visit's third day; "Thứ hai, …" opening a list is "secondly".
    assert.deepEqual(read("Trong ngày thứ ba của chuyến thăm, đoàn đến Nara"), []);
    assert.deepEqual(read("Thứ hai, hai bên nhất trí tăng cường trao đổi đoàn"), []);
  });
});

describe("months without a day", () => {
  it("reads a month alone, 'tháng X năm nay' and 'tháng trước'; not a month to come, a count of months nor 'tháng trước đó'", () => {
    const read = (t: string) => findDates(t).map((d) => [d.kind, d.month, d.year, d.relative]);
    assert.deepEqual(read("Vào tháng 6, hai Bộ trưởng đã điện đàm"), [["month", 6, null, null]]);
    assert.deepEqual(read("Tháng 3/2023, hai bên hội đàm"), [["month", 3, 2023, null]]);
    assert.deepEqual(read("trong tháng 8 năm nay"), [["month", 8, null, "this_year"]]);
    assert.deepEqual(read("Hồi tháng trước, hai bên đã điện đàm"), [["relative", null, null, "last_month"]]);
    assert.deepEqual(read("vào tháng 11 tới, hai bên"), []);
    // At the end of a sentence, before its full stop; not with a dot and a digit after it.
    assert.deepEqual(read("Hai bên gặp nhau ở Hà Nội hồi tháng 9."), [["month", 9, null, null]]);
    assert.deepEqual(read("lô hàng tháng 9.5 tấn"), []);
    assert.deepEqual(read("cách đây hai tháng trước"), []);
    assert.deepEqual(read("3 tháng trước, đoàn đã đến"), []);
    assert.deepEqual(read("vào tháng trước đó"), []);
    // A day with its month stays a day.
    assert.deepEqual(read("ngày 12 tháng 6, đoàn đến Tokyo"), [["day", 6, null, null]]);
  });
});

describe("'tháng này'", () => {
  it("reads a day or a span of 'tháng này' with its month left to the publication date, never with a year written after it", () => {
    const read = (t: string) => findDates(t).map((d) => [d.kind, d.day, d.dayEnd, d.month, d.year, d.relative]);
    assert.deepEqual(read("Ngày 21 tháng này, đoàn sẽ đến Tokyo"), [["day", 21, null, null, null, "this_month"]]);
    assert.deepEqual(read("từ ngày 3 đến ngày 6 tháng này, Thượng tướng"), [["range", 3, 6, null, null, "this_month"]]);
    assert.deepEqual(read("từ ngày 3 đến 6 tháng này"), [["range", 3, 6, null, null, "this_month"]]);
    assert.deepEqual(read("ngày 32 tháng này"), []);
    // A month in figures or words is read as before.
    assert.deepEqual(read("từ ngày 3 đến 6 tháng 5"), [["range", 3, 6, 5, null, null]]);
  });
});

describe("months in words", () => {
  it("reads a month written in words, capitalised as the press writes it, alone, with its year or 'năm ngoái'; not 'tháng hai bên' nor a month to come", () => {
    const read = (t: string) => findDates(t).map((d) => [d.kind, d.month, d.year, d.relative]);
    assert.deepEqual(read("Trước đó, vào tháng Sáu, hai bên đã điện đàm"), [["month", 6, null, null]]);
    assert.deepEqual(read("Tháng Mười Hai, đoàn đã sang Tokyo"), [["month", 12, null, null]]);
    assert.deepEqual(read("từ tháng Chín năm 2020"), [["month", 9, 2020, null]]);
    assert.deepEqual(read("hồi tháng Tám năm ngoái"), [["month", 8, null, "last_year"]]);
    assert.deepEqual(read("trong tháng ba bên cùng dự"), []);
    assert.deepEqual(read("vào tháng Tám tới"), []);
  });

  it("reads 'thượng tuần', 'trung tuần' and 'hạ tuần' of a month as its first, middle and last ten days", () => {
    const read = (t: string) => findDates(t).map((d) => [d.day, d.dayEnd, d.month, d.year, d.relative]);
    assert.deepEqual(read("Thượng tuần tháng 4, hai bên"), [[1, 10, 4, null, "month_part"]]);
    assert.deepEqual(read("vào trung tuần tháng Mười"), [[11, 20, 10, null, "month_part"]]);
    assert.deepEqual(read("hạ tuần tháng 2/2024"), [[21, 29, 2, 2024, "month_part"]]);
  });
});

describe("a day at the end of a sentence", () => {
  it("reads 'ngày 17.' and a translation's 'tháng 6 ngày 3.' before the full stop, not '17.10' as a day alone", () => {
    const read = (t: string) => findDates(t).map((d) => [d.day, d.month]);
    assert.deepEqual(read("Hai bên đã hội đàm ngày 17."), [[17, null]]);
    assert.deepEqual(read("Hai bên tiến hành hội đàm tháng 6 ngày 3."), [[3, 6]]);
    assert.deepEqual(read("Sáng ngày 17.10 tại Hà Nội"), [[17, 10]]);
  });
});

describe("a part of last month", () => {
  it("reads 'đầu / giữa / cuối / hạ tuần tháng trước' as last month's first, middle or last days, not 'cuối tháng trước đó'", () => {
    const read = (t: string) => findDates(t).map((d) => [d.kind, d.day, d.dayEnd, d.relative]);
    assert.deepEqual(read("Hồi giữa tháng trước, hai bên"), [["relative", 11, 20, "last_month"]]);
    assert.deepEqual(read("vào cuối tháng trước, hai Bộ trưởng"), [["relative", 21, 31, "last_month"]]);
    assert.deepEqual(read("cuối tháng trước đó"), []);
  });
});

describe("weekdays without a date", () => {
  it("reads 'hôm thứ Tư' and 'chiều Chủ nhật' as weekdays, not 'ngày thứ hai' (the second day) nor a weekday printed with its date", () => {
    assert.deepEqual(findDates("Hôm thứ Tư, hai bộ trưởng đã điện đàm").map((d) => [d.relative, d.weekday]), [["weekday", 3]]);
    assert.deepEqual(findDates("chiều Chủ nhật, đoàn đến Tokyo").map((d) => [d.relative, d.weekday]), [["weekday", 0]]);
    assert.deepEqual(findDates("vào ngày thứ hai của chuyến thăm").filter((d) => d.relative === "weekday"), []);
    assert.deepEqual(findDates("hôm thứ Tư, 5/6, hai bên").filter((d) => d.relative === "weekday"), []);
  });
});

describe("weekdays printed with a day", () => {
  it("keeps the weekday written before or after the day, so the year reasoning can use it", () => {
    const weekdayOf = (s: string) => findDates(s).find((d) => d.kind === "day")?.weekday ?? null;
    assert.equal(weekdayOf("Sáng thứ Năm, 14/3, đoàn đại biểu đến Hà Nội"), 4);
    assert.equal(weekdayOf("Chiều thứ Hai (ngày 8/7) hai bên gặp nhau"), 1);
    assert.equal(weekdayOf("Hội đàm diễn ra chiều 8/7 (thứ Hai) tại Tokyo"), 1);
    assert.equal(weekdayOf("Vào Chủ nhật, ngày 21 tháng 4, đoàn rời Việt Nam"), 0);
    // Ordinals are not weekdays: the second round, the fifth year.
    assert.equal(weekdayOf("Đối thoại lần thứ hai, 5/3, tại Hà Nội"), null);
    assert.equal(weekdayOf("Chiều 5/3, tại Hà Nội"), null);
  });
});

describe("'Sáng nay' before a day", () => {
  it("reads the day after 'sáng nay', 'chiều nay' in every form, with its time of day", () => {
    for (const text of ["Sáng nay 5.6, tàu cập cảng", "Chiều nay 5-6, hai bên hội đàm", "Sáng nay (5/6), đoàn đến", "Sáng nay (5-6), đoàn đến", "Chiều nay (5.6), hai bên hội đàm"]) {
      const [d] = findDates(text);
      assert.deepEqual([d?.day, d?.month, d?.timeOfDay], [5, 6, text.startsWith("Sáng") ? "morning" : "afternoon"], text);
    }
    // "hôm qua" with its date in brackets: the date, beside the word counted from publication.
    assert.deepEqual(findDates("Hôm qua (4-6), hai bên điện đàm").map((d) => [d.kind, d.day, d.month]), [["relative", null, null], ["day", 4, 6]]);
    // (Not a bracketed pair of numbers after other words: "lần thứ (3-4)".)
    assert.deepEqual(findDates("vòng đàm phán thứ (3-4) kết thúc"), []);
    // Nor an ordinal's word that is also a weekday's: "lần thứ hai 12-3".
    assert.deepEqual(findDates("Đối thoại lần thứ hai 12-3 đại biểu"), []);
  });
});

describe("a span with the month after a dash or a dot", () => {
  it("reads 'từ ngày 3 đến 7-9-2024' and 'từ 3 đến 7.9', not '3-7-9'", () => {
    const one = (t: string) => findDates(t).map((d) => [d.kind, d.day, d.dayEnd, d.month, d.year]);
    assert.deepEqual(one("Từ ngày 3 đến 7-9-2024, đoàn thăm Nhật Bản"), [["range", 3, 7, 9, 2024]]);
    assert.deepEqual(one("từ 3 đến 7.9, đoàn làm việc"), [["range", 3, 7, 9, null]]);
    assert.deepEqual(one("ngày 3-7-9"), []);
  });
});

describe("more forms of the press", () => {
  const read = (text: string) => findDates(text).map((d) => [d.text, d.kind, d.day, d.dayEnd ?? null, d.month, d.year, d.relative ?? null, d.timeOfDay]);

  it("reads 'mùng' and 'mồng' before a day, keeping the words as written", () => {
    assert.deepEqual(read("Hội nghị diễn ra từ ngày mùng 8 đến 10 tháng 5 năm 2023 tại Jakarta."), [["từ ngày mùng 8 đến 10 tháng 5 năm 2023", "range", 8, 10, 5, 2023, null, null]]);
    assert.deepEqual(read("Sáng ngày mồng 2 tháng 9, hai bên gặp nhau."), [["ngày mồng 2 tháng 9", "day", 2, null, 9, null, null, "morning"]]);
    assert.deepEqual(read("Chiều mùng 4/7, đoàn tới Tokyo.").map((r) => [r[2], r[4], r[7]]), [[4, 7, "afternoon"]]);
  });

  it("reads a day after 'hôm' with a dash or a dot, as after 'ngày'", () => {
    assert.deepEqual(read("Trước đó, hôm 21-8, hai Thứ trưởng điện đàm.").map((r) => [r[1], r[2], r[4]]), [["day", 21, 8]]);
    assert.deepEqual(read("Trước đó, hôm 21.8, hai Thứ trưởng điện đàm.").map((r) => [r[1], r[2], r[4]]), [["day", 21, 8]]);
  });

  it("reads 'tối qua', 'chiều qua' as yesterday at that time, not 'qua cầu truyền hình'", () => {
    assert.deepEqual(read("Tối qua, Bộ trưởng A chiêu đãi đoàn.").map((r) => [r[6], r[7]]), [["yesterday", "evening"]]);
    assert.deepEqual(read("Chiều nay, Bộ trưởng A tiếp ông B.").map((r) => [r[6], r[7]]), [["today", "afternoon"]]);
    assert.deepEqual(read("Hai bên trao đổi qua cầu truyền hình; chiều qua cầu truyền hình trực tuyến, A phát biểu."), []);
  });

  it("reads two days of a month with the month after a dash or a dot, only after 'ngày'", () => {
    assert.deepEqual(read("Trong hai ngày 9 và 10-3, đoàn làm việc tại Tokyo.").map((r) => [r[1], r[2], r[3], r[4]]), [["range", 9, 10, 3]]);
    assert.deepEqual(read("ngày 9 và 10.3.2020").map((r) => [r[1], r[2], r[3], r[4], r[5]]), [["range", 9, 10, 3, 2020]]);
    assert.deepEqual(read("mục 9 và 10-3"), []);
  });
});

describe("the quick test of a text with no digit", () => {
  // datesIn returns nothing for a text with no digit where a case-insensitive search finds none of these words, before
  // it makes the lower case the patterns' gates read: the search must find every word the lower case holds.
  it("finds, case-insensitively, every character whose lower case is a letter of the words", () => {
    const letters = new Set(wordsWithoutDigits(grammar).join(""));
    const missed: string[] = [];
    const longer: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const c = String.fromCharCode(code);
      const lower = c.toLowerCase();
      if (lower.length !== 1) longer.push(c);
      else if (letters.has(lower) && !new RegExp(lower.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&"), "iu").test(c)) missed.push(c);
    }
    assert.deepEqual(missed, []);
    // "İ", whose lower case is two characters, is left to the full reading.
    assert.deepEqual(longer, ["\u0130"]);
    for (let code = 0x10000; code < 0x110000; code += 1) {
      const lower = String.fromCodePoint(code).toLowerCase();
      if (lower.codePointAt(0)! < 0x10000) assert.fail(`U+${code.toString(16)} lowercases into the BMP`);
    }
  });

  it("reads the texts it lets through as before", () => {
    assert.deepEqual(findDates("Hai bên trao đổi ý kiến"), []);
    assert.equal(findDates("Hôm Qua, hai bên hội đàm")[0]?.relative, "yesterday");
    assert.equal(findDates("CÙNG NGÀY, ông tiếp đoàn")[0]?.relative, "same_day");
    assert.equal(findDates("Hồi tháng Bảy, hai bên gặp nhau")[0]?.month, 7);
  });
});
