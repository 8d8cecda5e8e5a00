import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseDateline } from "../pipeline/ingest/dateline.ts";
import { analyseLayout, creditsAnotherOutlet } from "../pipeline/ingest/layout.ts";
import { repoDateWords } from "./helpers.ts";

const W = repoDateWords();
const layoutOf = (text: string) => analyseLayout(text, W);

describe("parseDateline", () => {
  const cases: [string, string | null, string | null][] = [
    ["18:06 | 10/10/2022", "2022-10-10", "18:06"],
    ["Thứ Ba, 23-11-2021, 20:45", "2021-11-23", "20:45"],
    ["12/04/2023 19:05 GMT+7", "2023-04-12", "19:05"],
    ["11/12/2025 | 17:50", "2025-12-11", "17:50"],
    ["Thứ Hai, 24/10 - 21:10", null, "21:10"],
  ];
  for (const [line, date, time] of cases) {
    it(`reads "${line}"`, () => {
      const d = parseDateline(line, W);
      assert.ok(d);
      assert.equal(d.date, date);
      assert.equal(d.time, time);
    });
  }

  it("keeps day and month when the year is missing, with the weekday", () => {
    const d = parseDateline("Thứ Hai, 24/10 - 21:10", W);
    assert.deepEqual([d?.day, d?.month, d?.year, d?.weekday], [24, 10, null, "Thứ Hai"]);
  });

  it("separates a byline printed on the same line", () => {
    assert.equal(parseDateline("Hồng Minh/VOV.VN Thứ Hai, 21:30, 10/02/2025", W)?.rest, "Hồng Minh/VOV.VN");
  });

  // Portal labels, each form written for the test: [line, date, time, updated]
  const labelled: [string, string, string | null, boolean][] = [
    ["Ngày đăng: 05/03/2023 08:30", "2023-03-05", "08:30", false],
    ["Thời gian đăng: 14:02 | 17/08/2021", "2021-08-17", "14:02", false],
    ["Đăng lúc 08:30 ngày 5/3/2023", "2023-03-05", "08:30", false],
    ["Xuất bản: 2023-03-05 08:30", "2023-03-05", "08:30", false],
    ["Ngày xuất bản 2022-11-30T19:05", "2022-11-30", "19:05", false],
    ["Cập nhật: 10:15 | 05/03/2023", "2023-03-05", "10:15", true],
    ["Cập nhật lúc 10:15 ngày 05/03/2023", "2023-03-05", "10:15", true],
    ["Ngày cập nhật: 06/03/2023", "2023-03-06", null, true],
  ];
  for (const [line, date, time, updated] of labelled) {
    it(`reads the portal line "${line}"`, () => {
      const d = parseDateline(line, W);
      assert.ok(d);
      assert.deepEqual([d.date, d.time, d.updated, d.rest], [date, time, updated, ""]);
    });
  }

  it("marks a date line whose weekday does not fall on its date as doubtful", () => {
    assert.equal(parseDateline("Thứ Hai, 06/03/2023 - 09:41", W)?.doubtful, false); // a Monday
    assert.equal(parseDateline("Thứ Ba, 06/03/2023 - 09:41", W)?.doubtful, true);
    assert.equal(parseDateline("Chủ nhật, 5/3/2023 | 08:30", W)?.date, "2023-03-05");
  });

  it("does not take prose or impossible dates for a date line", () => {
    assert.equal(parseDateline("Chiều 3/6, Thượng tướng Phan Văn Giang đã hội đàm trực tuyến.", W), null);
    assert.equal(parseDateline("31/02/2020 10:00", W), null);
    assert.equal(parseDateline("Số 3548/QĐ-BQP, ngày 25/9/2012", W), null);
  });
});

describe("analyseLayout", () => {
  const text = [
    "Việt Nam và Nhật Bản tăng cường hợp tác",
    "Minh Tuấn |",
    "16:40 | 25/11/2019",
    "(Bqp.vn) - Chiều 25/11, tại Hà Nội, Thượng tướng Nguyễn Tân Cương đã tiếp Đại sứ Nhật Bản.",
    "Quang cảnh buổi tiếp. Ảnh: TTXVN",
    "Hai bên trao đổi về hợp tác quốc phòng.",
    "Theo QĐND",
    "Tin liên quan",
    "Bộ trưởng tiếp Đại sứ Nhật Bản tại Việt Nam",
    "Đường dây nóng: 0943 113 999",
    "Báo lỗi cho Soha",
  ].join("\n");
  const layout = layoutOf(text);
  const kinds = layout.paragraphs.map((p) => p.kind);

  it("marks each part of the page", () => {
    assert.deepEqual(kinds, ["headline", "byline", "dateline", "body", "caption", "body", "credit", "boilerplate", "boilerplate", "boilerplate", "boilerplate"]);
  });

  it("takes a short line that only says what a photo shows for a caption, not prose that starts the same way", () => {
    const kindsOf = (line: string) => layoutOf(["Tin quốc phòng", "Chiều 25/11/2019, hai bên đã hội đàm tại Hà Nội.", line, "Hai bên trao đổi về hợp tác quốc phòng."].join("\n")).paragraphs[2]!.kind;
    assert.equal(kindsOf("Hình ảnh tại buổi hội đàm."), "caption");
    assert.equal(kindsOf("Một số hình ảnh của chuyến thăm"), "caption");
    assert.equal(kindsOf("Hình ảnh của Việt Nam trong mắt bạn bè quốc tế ngày càng được nâng cao nhờ những đóng góp thiết thực cho hòa bình khu vực."), "body");
  });

  it("reads headline, byline, outlet and date", () => {
    assert.equal(layout.headline, "Việt Nam và Nhật Bản tăng cường hợp tác");
    assert.equal(layout.byline, "Minh Tuấn");
    assert.equal(layout.outlet, "Bqp.vn");
    assert.equal(layout.dateline?.date, "2019-11-25");
  });

  it("gives paragraph spans into the text", () => {
    const p = layout.paragraphs[3]!;
    assert.ok(text.slice(p.start, p.end).startsWith("(Bqp.vn) - Chiều 25/11"));
  });

  it("ends a furniture block at the next real paragraph", () => {
    const l = layoutOf(["Tiêu đề", "Tin liên quan", "Một tin khác", "Đây là một đoạn văn dài kể tiếp câu chuyện, có đầy đủ chủ ngữ và vị ngữ, và kết thúc bằng dấu chấm như mọi câu văn trong thân bài."].join("\n"));
    assert.deepEqual(
      l.paragraphs.map((p) => p.kind),
      ["headline", "boilerplate", "boilerplate", "body"],
    );
  });

  it("reads outlet prefixes of several shapes", () => {
    for (const [lead, outlet] of [
      ["VOV.VN - Hai Bộ trưởng nhất trí.", "VOV.VN"],
      ["Kinhtedothi - Sáng 10/6, Thượng tướng Nguyễn Chí Vịnh đã điện đàm.", "Kinhtedothi"],
      ["(PLO)- Hai bên nhất trí thúc đẩy hợp tác.", "PLO"],
      ["TGVN. Hai bên nhất trí tăng cường trao đổi đoàn.", "TGVN"],
      ["Chiều 3/6, Thượng tướng Phan Văn Giang đã hội đàm.", null],
    ] as const) {
      assert.equal(layoutOf(`Tiêu đề\n${lead}`).outlet, outlet, lead);
    }
  });
});

describe("analyseLayout: portal date lines", () => {
  it("takes the publication line, not an update stamp of a later year, and keeps both out of the body", () => {
    const l = layoutOf(["Hai Bộ trưởng hội đàm", "Cập nhật: 09:00 | 02/01/2024", "Ngày đăng: 12/12/2019 17:40", "Chiều 12/12, hai Bộ trưởng đã hội đàm tại Tokyo."].join("\n"));
    assert.equal(l.dateline?.date, "2019-12-12");
    assert.deepEqual(l.paragraphs.map((p) => p.kind), ["headline", "dateline", "dateline", "body"]);
  });

  it("reads a date line printed above the headline as the publication, and the next line as the headline", () => {
    const l = layoutOf(["Thứ Hai, 07/03/2022 - 08:20", "Hai Thứ trưởng trao đổi qua điện thoại", "Chiều 4/3, hai Thứ trưởng đã điện đàm."].join("\n"));
    assert.equal(l.dateline?.date, "2022-03-07");
    assert.equal(l.headline, "Hai Thứ trưởng trao đổi qua điện thoại");
    assert.deepEqual(l.paragraphs.map((p) => p.kind), ["dateline", "headline", "body"]);
    // Labelled, and two lines of them; a date line under the headline is still read (the earliest full date wins).
    const two = layoutOf(["Đăng ngày: 15/06/2018", "09:30", "Đoàn Nhật Bản thăm Học viện", "Cập nhật: 16/06/2018", "Sáng 14/6, đoàn đã thăm Học viện."].join("\n"));
    assert.equal(two.headline, "Đoàn Nhật Bản thăm Học viện");
    assert.equal(two.dateline?.date, "2018-06-15");
    // A labelled month that goes on with the headline's text is not a line that is only a date: it stays the headline.
    const month = layoutOf(["date 2021-09 Hai Bộ trưởng trao đổi", "Hai Bộ trưởng đã điện đàm."].join("\n"));
    assert.equal(month.headline, "date 2021-09 Hai Bộ trưởng trao đổi");
  });

  it("gives no publication date from an update stamp alone", () => {
    const l = layoutOf(["Hai Bộ trưởng hội đàm", "Cập nhật lúc 09:00 ngày 02/01/2024", "Chiều 12/12, hai Bộ trưởng đã hội đàm tại Tokyo."].join("\n"));
    assert.equal(l.dateline, null);
    assert.deepEqual(l.paragraphs.map((p) => p.kind), ["headline", "dateline", "body"]);
  });
});

describe("creditsAnotherOutlet", () => {
  it("reads a credit that names another outlet as the source ('Theo …', 'Nguồn: …', '(theo …)'), not an agency's own mark", () => {
    for (const line of ["(Theo QĐND)", "Theo TTXVN", "Nguồn: Báo Quân đội nhân dân", "HẢI YẾN (theo VOV)"]) assert.equal(creditsAnotherOutlet(line), true, line);
    for (const line of ["(TTXVN/Vietnam+)", "Theo đó, hai bên thống nhất tăng cường trao đổi đoàn các cấp trong thời gian tới và phối hợp tại các diễn đàn đa phương."]) assert.equal(creditsAnotherOutlet(line), false, line);
  });
});
