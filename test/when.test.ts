import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { findEvents } from "../pipeline/extract/events.ts";
import { findPersonMentions } from "../pipeline/extract/people.ts";
import { dateEvents, type ArticleFacts } from "../pipeline/extract/when.ts";
import type { Grammar } from "../pipeline/lang/lexicon.ts";
import type { Registry } from "../pipeline/registry/index.ts";
import { repoKnowledge } from "./helpers.ts";

let registry: Registry;
let grammar: Grammar;
before(async () => {
  ({ registry, grammar } = await repoKnowledge());
});

function dated(text: string, facts: Partial<ArticleFacts> = {}) {
  const regions = [{ start: 0, end: text.length }];
  const events = findEvents(text, regions, findPersonMentions(text, registry, grammar), grammar);
  return dateEvents(events, { text, regions, published: null, dateline: null, ...facts }, registry, grammar).map((d) =>
    "unresolved" in d ? d.unresolved : `${d.date_start}/${d.date_end} ${d.time_of_day ?? "-"} ${d.year_inferred ? "inferred" : "written"}`,
  );
}

describe("dateEvents", () => {
  it("reads the date in the sentence and reasons its year from the people's tenures", () => {
    assert.deepEqual(dated("Ngày 16/9, Đại tướng Phùng Quang Thanh, Bộ trưởng Bộ Quốc phòng, hội đàm với Bộ trưởng Quốc phòng Nhật Bản Itsunori Onodera."), ["2013-09-16/2013-09-16 - inferred"]);
  });

  it("continues the date of the encounter before for 'cùng ngày', with its own time of day", () => {
    const text = "Ngày 16/9/2013, Đại tướng Phùng Quang Thanh hội đàm với Bộ trưởng Itsunori Onodera. Chiều cùng ngày, Thủ tướng Nguyễn Tấn Dũng đã tiếp Bộ trưởng Itsunori Onodera.";
    assert.deepEqual(dated(text), ["2013-09-16/2013-09-16 - written", "2013-09-16/2013-09-16 afternoon written"]);
  });

  it("takes the year from the publication date when there is one", () => {
    assert.deepEqual(dated("Chiều 10/2, Thượng tướng Hoàng Xuân Chiến hội đàm với ông Kano Koji.", { published: "2025-02-11" }), ["2025-02-10/2025-02-10 afternoon inferred"]);
  });

  it("finds the publication year from a date line's weekday and the people named", () => {
    const text = "Chiều 24/10, Đại tướng Phùng Quang Thanh đã chào xã giao Thủ tướng Nhật Bản Y-ô-si-hi-cô Nô-đa.";
    assert.deepEqual(dated(text, { dateline: { day: 24, month: 10, year: null, weekday: "Thứ Hai" } }), ["2011-10-24/2011-10-24 afternoon inferred"]);
  });

  it("reports an encounter it cannot date rather than guessing a year", () => {
    const [only] = dated("Thượng tướng Phan Văn Giang hội đàm với Bộ trưởng Kishi Nobuo.");
    assert.match(only!, /no date in the article/);
    const [two] = dated("Chiều 3/6, ông Phan Văn Giang, Bộ trưởng Bộ Quốc phòng, hội đàm trực tuyến với Bộ trưởng Bộ Quốc phòng Nhật Bản Kishi Nobuo.");
    assert.match(two!, /no single year: .*2021, 2022 all fit/);
  });

  it("narrows the years by the weekday printed with the day", () => {
    // Phan Văn Giang and Kishi Nobuo were both ministers on 3 June 2021 and 2022; only in 2022 was it a Friday.
    const text = (weekday: string) => `Chiều ${weekday}, 3/6, ông Phan Văn Giang, Bộ trưởng Bộ Quốc phòng, hội đàm trực tuyến với Bộ trưởng Bộ Quốc phòng Nhật Bản Kishi Nobuo.`;
    assert.deepEqual(dated(text("thứ Sáu")), ["2022-06-03/2022-06-03 afternoon inferred"]);
    assert.deepEqual(dated(text("thứ Năm")), ["2021-06-03/2021-06-03 afternoon inferred"]);
    // With a publication date the weekday is not needed (and a wrong one does not move the year).
    assert.deepEqual(dated(text("thứ Năm"), { published: "2022-06-04" }), ["2022-06-03/2022-06-03 afternoon inferred"]);
  });

  it("takes the year of an appointment the article tells by its month ('nhậm chức vào tháng 11 năm nay')", () => {
    // Ngô Xuân Lịch and ambassador Umeda Kunio (from 3 November 2016) were both in office on 20 December of 2016 to 2019.
    const meeting = "Chiều 20/12, Đại tướng Ngô Xuân Lịch, Bộ trưởng Bộ Quốc phòng, tiếp Đại sứ Nhật Bản tại Việt Nam Umeda Kunio.";
    const withMentions = (text: string) => dated(text, { mentions: findPersonMentions(text, registry, grammar) });
    assert.match(withMentions(meeting)[0]!, /no single year/);
    assert.deepEqual(withMentions(`${meeting} Đại sứ Umeda Kunio nhậm chức vào tháng 11 năm nay.`), ["2016-12-20/2016-12-20 afternoon inferred"]);
    // Another month names no year of his; last year's appointment is not this year's.
    assert.match(withMentions(`${meeting} Đại sứ Umeda Kunio nhậm chức vào tháng 3 năm nay.`)[0]!, /no single year/);
    assert.match(withMentions(`${meeting} Đại sứ Umeda Kunio nhậm chức vào tháng 11 năm ngoái.`)[0]!, /no single year/);
    // A translation from Chinese: 就任 / 出任 read in Sino-Vietnamese, the month before the verb.
    assert.deepEqual(withMentions(`${meeting} Umeda Kunio năm nay tháng 11 tựu nhậm Đại sứ.`), ["2016-12-20/2016-12-20 afternoon inferred"]);
    assert.deepEqual(withMentions(`${meeting} Umeda Kunio tháng 11 năm nay xuất nhậm Đại sứ tại Việt Nam.`), ["2016-12-20/2016-12-20 afternoon inferred"]);
  });

  it("takes the month of an appointment told from the article's month ('nhậm chức đầu tháng này', 'tháng trước')", () => {
    const meeting = (day: string) => `Chiều ${day}, Đại tướng Ngô Xuân Lịch, Bộ trưởng Bộ Quốc phòng, tiếp Đại sứ Nhật Bản tại Việt Nam Umeda Kunio.`;
    const withMentions = (text: string) => dated(text, { mentions: findPersonMentions(text, registry, grammar) });
    assert.deepEqual(withMentions(`${meeting("20/11")} Ông Umeda, người vừa nhậm chức đầu tháng này, chúc mừng ngày thành lập Quân đội.`), ["2016-11-20/2016-11-20 afternoon inferred"]);
    assert.deepEqual(withMentions(`${meeting("20/12")} Ông Umeda Kunio nhậm chức hồi tháng trước.`), ["2016-12-20/2016-12-20 afternoon inferred"]);
    // Another month than his start names no year of his.
    assert.match(withMentions(`${meeting("20/12")} Ông Umeda Kunio nhậm chức đầu tháng này.`)[0]!, /no single year/);
  });

  it("takes the year in which the term told to end (or begin) at the encounter does so: the one named last before the words", () => {
    // Kitazawa Toshimi was defence minister from 16 September 2009 to 1 September 2011, beside Phùng Quang Thanh.
    const call = (day: string, words: string) => `Ngày ${day}, Đại tướng Phùng Quang Thanh, Bộ trưởng Bộ Quốc phòng, điện đàm với Bộ trưởng Quốc phòng Nhật Bản Kitazawa Toshimi ${words}.`;
    assert.deepEqual(dated(call("20/8", "nhân dịp ông kết thúc nhiệm kỳ")), ["2011-08-20/2011-08-20 - inferred"]);
    assert.deepEqual(dated(call("20/11", "vừa nhậm chức")), ["2009-11-20/2009-11-20 - inferred"]);
    assert.match(dated(call("20/8", "về hợp tác hai nước"))[0]!, /no single year/);
  });

  it("reads a term's end told in the headline of the post its holder has at the encounter of the lead", () => {
    // (The host named before the post in the headline is not the one whose term ends.)
    const headline = "Đại tướng Ngô Xuân Lịch tiếp Đại sứ Nhật Bản tại Việt Nam mãn nhiệm";
    const lead = "Chiều 12/1, tại Hà Nội, Đại tướng Ngô Xuân Lịch, Bộ trưởng Bộ Quốc phòng, tiếp Đại sứ Nhật Bản tại Việt Nam Umeda Kunio.";
    const text = `${headline}\n${lead}`;
    const regions = [{ start: 0, end: headline.length, headline: true }, { start: headline.length + 1, end: text.length }];
    const mentions = findPersonMentions(text, registry, grammar);
    const events = findEvents(text, regions.slice(1), mentions, grammar);
    const date = (h: typeof regions) => dateEvents(events, { text, regions: h, published: null, dateline: null, mentions }, registry, grammar).map((d) => ("unresolved" in d ? d.unresolved : d.date_start));
    assert.deepEqual(date(regions), ["2020-01-12"]);
    // Without the headline the posts leave four years.
    assert.match(date(regions.slice(1))[0]!, /no single year/);
  });

  it("narrows the years by the rank written before a name", () => {
    // Phan Văn Giang was a Thượng tướng until his promotion in December 2021; Kishi Nobuo left office in 2022.
    const [one] = dated("Chiều 3/6, Thượng tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng, hội đàm trực tuyến với Bộ trưởng Bộ Quốc phòng Nhật Bản Kishi Nobuo.");
    assert.equal(one, "2021-06-03/2021-06-03 afternoon inferred");
  });
  it("counts a weekday, today or yesterday back from the publication date", () => {
    const text = "Hôm thứ Tư, Thượng tướng Hoàng Xuân Chiến đã hội đàm với Thứ trưởng Quốc phòng Nhật Bản ông Sato Kenji.";
    // Friday 8 March 2024: the Wednesday before is the 6th.
    assert.deepEqual(dated(text, { published: "2024-03-08" }), ["2024-03-06/2024-03-06 - inferred"]);
    assert.deepEqual(dated("Hôm qua, Thượng tướng Hoàng Xuân Chiến đã hội đàm với Thứ trưởng Quốc phòng Nhật Bản ông Sato Kenji.", { published: "2024-03-01" }), ["2024-02-29/2024-02-29 - inferred"]);
    assert.deepEqual(dated("Chiều nay, Thượng tướng Hoàng Xuân Chiến đã hội đàm với Thứ trưởng Quốc phòng Nhật Bản ông Sato Kenji.", { published: "2024-03-01" }).map((d) => d.slice(0, 21)), ["2024-03-01/2024-03-01"]);
  });
  it("a forum whose sentence writes its span is dated by the span, not its opening day; an encounter on a day within a visit's span by the day", () => {
    const forum = "Tối 31/5, Đối thoại Shangri-La lần thứ 21 khai mạc tại Singapore, diễn ra từ ngày 31/5 đến 2/6, với sự tham dự của Đại tướng Phan Văn Giang và ông Kihara Minoru.";
    assert.deepEqual(dated(forum, { published: "2024-06-01" }).map((d) => d.slice(0, 21)), ["2024-05-31/2024-06-02"]);
    const talks = "Trong chuyến thăm từ ngày 30/5 đến 2/6, chiều 31/5, Đại tướng Phan Văn Giang hội đàm với Bộ trưởng Kihara Minoru.";
    assert.deepEqual(dated(talks, { published: "2024-06-03" }).map((d) => d.slice(0, 21)), ["2024-05-31/2024-05-31"]);
  });

  it("a full date in brackets is an aside about what it follows, not the encounter's day written outside them", () => {
    const text = "Sáng 12/5, tại trụ sở Bộ Tư lệnh Vùng 2 Hải quân (thành lập ngày 3/5/1975), Thượng tướng Hoàng Xuân Chiến đã tiếp Đại sứ Nhật Bản Yamada Takio.";
    assert.deepEqual(dated(text, { published: "2024-05-13" }), ["2024-05-12/2024-05-12 morning inferred"]);
    // A day in brackets right after a word of the day writes that day, and wins over a visit's span written later:
    // "Sáng nay (22/11), … tiếp B, đang thăm … từ ngày 21 đến 23/11".
    const visit = "tại Hà Nội, Đại tướng Phan Văn Giang đã tiếp ông Kihara Minoru, Bộ trưởng Quốc phòng Nhật Bản, đang thăm chính thức Việt Nam từ ngày 21 đến 23/11.";
    assert.deepEqual(dated(`Sáng nay (22/11), ${visit}`, { published: "2024-11-22" }), ["2024-11-22/2024-11-22 morning inferred"]);
    assert.deepEqual(dated(`Hôm qua (21/11), ${visit}`, { published: "2024-11-22" }).map((d) => d.slice(0, 21)), ["2024-11-21/2024-11-21"]);
    // Alone in its sentence, a date in brackets still dates it.
    assert.deepEqual(dated("Thượng tướng Hoàng Xuân Chiến đã tiếp Đại sứ Nhật Bản Yamada Takio (ngày 12/5/2024) tại Hà Nội."), ["2024-05-12/2024-05-12 - written"]);
  });

  it("reads a sentence opened by 'Mới đây' as the month before the publication date, and 'thời gian vừa qua' as no date", () => {
    const talks = "Thượng tướng Lê Văn Hùng đã hội đàm với Thứ trưởng Quốc phòng Nhật Bản ông Aoki Jun";
    assert.deepEqual(dated(`Mới đây, ${talks}.`, { published: "2024-11-14" }), ["2024-10-15/2024-11-14 - inferred"]);
    assert.deepEqual(dated(`Gần đây, ${talks}.`, { published: "2024-11-14" }).map((d) => d.slice(0, 21)), ["2024-10-15/2024-11-14"]);
    assert.deepEqual(dated(`${talks} về hợp tác thời gian vừa qua.`, { published: "2024-11-14" }), ["no date in the article places this encounter"]);
  });

  it("counts a weekday of a week named back from the publication date: this week's, last week's", () => {
    const talks = "Thượng tướng Lê Văn Hùng đã hội đàm với Thứ trưởng Quốc phòng Nhật Bản ông Aoki Jun";
    // Thursday 14 November 2024: Tuesday of this week is the 12th, of last week the 5th; Friday of this week is yet to come.
    assert.deepEqual(dated(`Thứ Ba tuần này, ${talks}.`, { published: "2024-11-14" }), ["2024-11-12/2024-11-12 - inferred"]);
    assert.deepEqual(dated(`Thứ Ba tuần trước, ${talks}.`, { published: "2024-11-14" }), ["2024-11-05/2024-11-05 - inferred"]);
    assert.deepEqual(dated(`Ngày Chủ nhật tuần trước, ${talks}.`, { published: "2024-11-14" }), ["2024-11-10/2024-11-10 - inferred"]);
    assert.deepEqual(dated(`Thứ Sáu tuần này, ${talks}.`, { published: "2024-11-14" }), ["no date in the article places this encounter"]);
  });

  it("reads 'tuần này' and 'tuần trước' as ranges counted back from the publication date", () => {
    const talks = "Thượng tướng Lê Văn Hùng đã hội đàm với Thứ trưởng Quốc phòng Nhật Bản ông Aoki Jun";
    // Thursday 14 November 2024: its week began on Monday the 11th; the week before ran from the 4th to the 10th.
    assert.deepEqual(dated(`Tuần này, ${talks}.`, { published: "2024-11-14" }), ["2024-11-11/2024-11-14 - inferred"]);
    assert.deepEqual(dated(`${talks} vào tuần trước.`, { published: "2024-11-14" }), ["2024-11-04/2024-11-10 - inferred"]);
    // A week across two months; and one across New Year, which is not placed.
    assert.deepEqual(dated(`Tuần trước, ${talks}.`, { published: "2024-10-02" }), ["2024-09-23/2024-09-29 - inferred"]);
    assert.deepEqual(dated(`Tuần trước, ${talks}.`, { published: "2024-10-07" }), ["2024-09-30/2024-10-06 - inferred"]);
    assert.deepEqual(dated(`Tuần trước, ${talks}.`, { published: "2025-01-06" }), ["no date in the article places this encounter"]);
  });

  it("prefers a year within the days the registry attests a post to one only its year's slack allows", () => {
    // Nishida Yasunori's post is attested from 9/10/2019 to 10/6/2020: 10/6/2019 lies only in the slack around it.
    const call = "Sáng 10/6, Thượng tướng Nguyễn Chí Vịnh, Thứ trưởng Bộ Quốc phòng, đã điện đàm với Thứ trưởng Bộ Quốc phòng Nhật Bản Nishida Yasunori.";
    assert.deepEqual(dated(call).map((d) => d.slice(0, 10)), ["2020-06-10"]);
    // A year the article itself names outranks it: the slack is there for what the registry does not know.
    assert.deepEqual(dated(`${call} Năm 2019, hai bên đã điện đàm nhiều lần.`).map((d) => d.slice(0, 10)), ["2019-06-10"]);
  });

  it("reads 'cuối tuần qua' as the weekend of the week before, and a part of 'tháng này' up to the publication day", () => {
    const talks = "Thượng tướng Lê Văn Hùng đã hội đàm với Thứ trưởng Quốc phòng Nhật Bản ông Aoki Jun";
    // Thursday 14 November 2024: the weekend before is Saturday the 9th and Sunday the 10th, whichever word ends it.
    for (const w of ["Cuối tuần qua", "Cuối tuần trước", "Cuối tuần vừa qua"]) assert.deepEqual(dated(`${w}, ${talks}.`, { published: "2024-11-14" }), ["2024-11-09/2024-11-10 - inferred"], w);
    // Monday 4 November 2024: the weekend just past.
    assert.deepEqual(dated(`Cuối tuần qua, ${talks}.`, { published: "2024-11-04" }), ["2024-11-02/2024-11-03 - inferred"]);
    // Its first ten days, to the 14th at most; its middle ten, up to publication; its last ten, not yet come.
    assert.deepEqual(dated(`Đầu tháng này, ${talks}.`, { published: "2024-11-14" }), ["2024-11-01/2024-11-10 - inferred"]);
    assert.deepEqual(dated(`Trung tuần tháng này, ${talks}.`, { published: "2024-11-14" }), ["2024-11-11/2024-11-14 - inferred"]);
    assert.match(dated(`Cuối tháng này, ${talks}.`, { published: "2024-11-14" })[0]!, /^planned, not reported as held/);
  });
  it("a year tied in its clause to an earlier event does not choose the year of an encounter", () => {
    // Phan Văn Giang (a general of the army from 2021-07) with Yamada Takio (ambassador 2020-04 – 2024-04): 10/5 fits
    // 2022 and 2023 by the posts alone, and "kể từ khi hai Bộ ký … năm 2022" must not pick 2022.
    const reception = "Ngày 10/5, Đại tướng Phan Văn Giang tiếp Đại sứ Nhật Bản Yamada Takio.";
    assert.deepEqual(dated(`${reception} Kể từ khi hai Bộ ký bản ghi nhớ năm 2022, hợp tác phát triển tốt.`).map((d) => d.slice(0, 10)), ["no single "]);
    assert.deepEqual(dated(`${reception} Năm 2022, hai bên tiếp tục hợp tác.`).map((d) => d.slice(0, 10)), ["2022-05-10"]);
  });
  it("nor does a year a plan in its clause puts ahead", () => {
    const call = "Ngày 10/5, Đại tướng Phan Văn Giang tiếp Đại sứ Nhật Bản Yamada Takio.";
    for (const plan of ["Hai bên nhất trí sẽ tổ chức đối thoại lần tới vào năm 2023.", "Hai bên dự kiến gặp lại tại Tokyo trong năm 2023."]) {
      assert.deepEqual(dated(`${call} ${plan}`).map((d) => d.slice(0, 10)), ["no single "], plan);
    }
    // A year the text tells as held still chooses.
    assert.deepEqual(dated(`${call} Hai bên đã tổ chức đối thoại vào năm 2023.`).map((d) => d.slice(0, 10)), ["2023-05-10"]);
    // It bounds the encounter's year from above: Yamada Takio was ambassador 2020-04 – 2024-04, Phan Văn Giang a
    // general of the army from 2021-07; a plan for the end of 2022 leaves 2022 alone.
    const reception = "Ngày 10/5, Đại tướng Phan Văn Giang tiếp Đại sứ Nhật Bản Yamada Takio.";
    assert.deepEqual(dated(`${reception} Hai bên nhất trí đối thoại lần tới sẽ được tổ chức vào cuối năm 2022.`).map((d) => d.slice(0, 10)), ["2022-05-10"]);
    assert.deepEqual(dated(reception).map((d) => d.slice(0, 10)), ["no single "]);
  });
});
