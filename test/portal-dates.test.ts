/**
 * Portal date headers and update stamps (issue #16): each form a Vietnamese
 * portal prints, as publication evidence, with the precedence the codebook
 * gives. Every line here is written for the test.
 */
import assert from "node:assert/strict";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { before, describe, it } from "node:test";
import { parse } from "csv-parse/sync";
import { extractArticle } from "../pipeline/extract/article.ts";
import { inferYear, type RoleConstraint } from "../pipeline/extract/years.ts";
import { parseDateline } from "../pipeline/ingest/dateline.ts";
import { ingestBytes, type Document } from "../pipeline/ingest/document.ts";
import { analyseLayout } from "../pipeline/ingest/layout.ts";
import type { Knowledge } from "../pipeline/reference/knowledge.ts";
import { quietBuild, repoDateWords, repoKnowledge, tempDir } from "./helpers.ts";

const W = repoDateWords();
let knowledge: Knowledge;
before(async () => {
  knowledge = await repoKnowledge();
});

/** [form, line, date, time, weekday number, updated]: every line written for the test. */
const FORMS: [string, string, string, string | null, number | null, boolean][] = [
  ["time | dd/mm/yyyy", "07:45 | 14/09/2021", "2021-09-14", "07:45", null, false],
  ["dd/mm/yyyy | time", "14/09/2021 | 07:45", "2021-09-14", "07:45", null, false],
  ["dd/mm/yyyy time GMT+7", "14/09/2021 07:45 GMT+7", "2021-09-14", "07:45", null, false],
  ["dd/mm/yyyy time (GMT+07:00)", "14/09/2021 07:45 (GMT+07:00)", "2021-09-14", "07:45", null, false],
  ["dd-mm-yyyy", "Thứ Ba, 14-09-2021, 07:45", "2021-09-14", "07:45", 2, false],
  ["dd.mm.yyyy", "14.09.2021 07:45", "2021-09-14", "07:45", null, false],
  ["d/m/yyyy, one-digit day and month", "Chủ nhật, 7/11/2021 | 19:20", "2021-11-07", "19:20", 0, false],
  ["weekday, date, time (GMT+7)", "Thứ Tư, 20/10/2021, 16:05 (GMT+7)", "2021-10-20", "16:05", 3, false],
  ["weekday in lower case", "thứ tư, 20/10/2021, 16:05 (GMT+7)", "2021-10-20", "16:05", 3, false],
  ["weekday, ngày date - time", "Thứ Tư, ngày 20/10/2021 - 16:05", "2021-10-20", "16:05", 3, false],
  ["Chủ Nhật with a capital N", "Chủ Nhật, 7/11/2021 | 19:20", "2021-11-07", "19:20", 0, false],
  ["weekday as a number (Thứ 4)", "Thứ 4, 20/10/2021 16:05", "2021-10-20", "16:05", 3, false],
  ["abbreviated weekday T4", "T4, 20/10/2021 - 16:05", "2021-10-20", "16:05", 3, false],
  ["abbreviated Sunday CN", "CN, 07/11/2021 19:20", "2021-11-07", "19:20", 0, false],
  ["date in words", "Chủ nhật, ngày 07 tháng 11 năm 2021", "2021-11-07", null, 0, false],
  ["time as 16h05", "16h05 | 20/10/2021", "2021-10-20", "16:05", null, false],
  ["time with seconds", "Thứ 4, 20/10/2021 | 16:05:37", "2021-10-20", "16:05", 3, false],
  ["Ngày đăng:", "Ngày đăng: 20/10/2021 16:05", "2021-10-20", "16:05", null, false],
  ["Thời gian đăng:", "Thời gian đăng: 16:05 | 20/10/2021", "2021-10-20", "16:05", null, false],
  ["Thời gian:", "Thời gian: 16:05 20/10/2021", "2021-10-20", "16:05", null, false],
  ["Đăng lúc … ngày …", "Đăng lúc 16:05 ngày 20/10/2021", "2021-10-20", "16:05", null, false],
  ["Đăng ngày", "Đăng ngày 20/10/2021 16:05", "2021-10-20", "16:05", null, false],
  ["Đăng:", "Đăng: 20/10/2021", "2021-10-20", null, null, false],
  ["Xuất bản: ISO date and time", "Xuất bản: 2021-10-20 16:05", "2021-10-20", "16:05", null, false],
  ["Ngày xuất bản: ISO timestamp with offset, put in Vietnam's time", "Ngày xuất bản: 2021-10-20T09:05:00Z", "2021-10-20", "16:05", null, false],
  ["label in capitals", "NGÀY ĐĂNG: 20/10/2021", "2021-10-20", null, null, false],
  ["Cập nhật: (update stamp)", "Cập nhật: 16:05 | 20/10/2021", "2021-10-20", "16:05", null, true],
  ["Cập nhật lúc … ngày … (update stamp)", "Cập nhật lúc 16:05 ngày 20/10/2021", "2021-10-20", "16:05", null, true],
  ["Ngày cập nhật: (update stamp)", "Ngày cập nhật: 21/10/2021", "2021-10-21", null, null, true],
  ["Cập nhật ngày (update stamp)", "Cập nhật ngày 21/10/2021 08:00", "2021-10-21", "08:00", null, true],
  ["Cập nhật lần cuối: (update stamp)", "Cập nhật lần cuối: 21/10/2021 08:00", "2021-10-21", "08:00", null, true],
  ["year first with slashes (a Japanese page)", "2021/10/20", "2021-10-20", null, null, false],
  ["year first with dots and a time", "2021.10.20 16:05", "2021-10-20", "16:05", null, false],
];

describe("portal date lines: each form", () => {
  for (const [form, line, date, time, weekday, updated] of FORMS) {
    it(`${form}: "${line}"`, () => {
      const d = parseDateline(line, W);
      assert.ok(d, line);
      assert.deepEqual([d.date, d.precision, d.time, d.weekdayNumber, d.updated, d.doubtful, d.rest], [date, "day", time, weekday, updated, false, ""]);
    });
  }

  it("month-only forms after a label: month precision, no day", () => {
    for (const line of ["date 2021-09", "Ngày đăng: 09/2021", "Xuất bản: tháng 9/2021", "Ngày đăng: tháng 9 năm 2021"]) {
      const d = parseDateline(line, W);
      assert.ok(d, line);
      assert.deepEqual([d.date, d.precision, d.day, d.month, d.year], [null, "month", null, 9, 2021], line);
    }
    // Without a label, a month in words is a heading, not a date line; in figures, as the whole line, a portal's month.
    assert.equal(parseDateline("Tháng 9/2021", W), null);
    assert.equal(parseDateline("Số liệu 09/2021", W), null);
    for (const line of ["09/2021", "2021-09"]) assert.deepEqual([parseDateline(line, W)?.precision, parseDateline(line, W)?.month, parseDateline(line, W)?.year], ["month", 9, 2021], line);
  });

  it("a weekday that does not fall on the date makes the line doubtful, whatever the form", () => {
    for (const line of ["Thứ Hai, 20/10/2021, 16:05 (GMT+7)", "T2, 20/10/2021 - 16:05", "Chủ nhật, ngày 20 tháng 10 năm 2021"]) {
      const d = parseDateline(line, W);
      assert.ok(d?.doubtful, line);
    }
  });

  it("a byline before the date is kept apart from it", () => {
    assert.equal(parseDateline("Minh Châu/VOV.VN Thứ Tư, 16:05, 20/10/2021", W)?.rest, "Minh Châu/VOV.VN");
  });

  it("an outlet's mark in capitals with its full stop opens a date line; a sentence ending with one does not", () => {
    const d = parseDateline("BQĐP. 08:15 | 02/06/2022", W);
    assert.deepEqual([d?.date, d?.time, d?.rest], ["2022-06-02", "08:15", "BQĐP."]);
    assert.equal(parseDateline("TTXVN. Thứ Năm, 02/06/2022", W)?.date, "2022-06-02");
    assert.equal(parseDateline("Hai đoàn đã trao đổi 02/06/2022 15:00 tại Hà Nội.", W), null);
    assert.equal(parseDateline("Ngày 02/06/2022 lúc 15:00 hai đoàn gặp nhau.", W), null);
  });

  it("prose with a date is no date line", () => {
    assert.equal(parseDateline("Chiều 20/10/2021, hai đoàn đã trao đổi ý kiến về hợp tác.", W), null);
    assert.equal(parseDateline("Cập nhật tình hình diễn tập ngày 20/10/2021 tại Hà Nội và Hải Phòng", W), null);
  });
});

describe("portal date lines in the page", () => {
  const kinds = (lines: string[]) => analyseLayout(lines.join("\n"), W);

  it("a date line opened by an outlet's mark gives the date and the outlet", () => {
    const l = kinds(["Hai đoàn trao đổi", "", "BQĐP. 08:15 | 02/06/2022", "", "Hôm thứ Tư, hai đoàn đã trao đổi về hợp tác."]);
    assert.equal(l.dateline?.date, "2022-06-02");
    assert.equal(l.outlet, "BQĐP");
    assert.deepEqual(l.paragraphs.map((p) => p.kind), ["headline", "dateline", "body"]);
  });

  it("the earliest publication date wins: a later one is a page clock", () => {
    const l = kinds(["Hai đoàn trao đổi", "Thứ Sáu, 12/01/2024", "Ngày đăng: 20/10/2021 16:05", "Chiều 19/10, hai đoàn đã trao đổi về hợp tác."]);
    assert.equal(l.dateline?.date, "2021-10-20");
    assert.equal(l.datelineText, "Ngày đăng: 20/10/2021 16:05");
    assert.deepEqual(l.paragraphs.map((p) => p.kind), ["headline", "dateline", "dateline", "body"]);
  });

  it("a clock with seconds gives way to any other date line, even a later one: a stale page clock", () => {
    const l = kinds(["Hai đoàn trao đổi", "Thứ Hai, ngày 04 tháng 02 năm 2019, 21:14:37", "Lan Anh - 10:20, 23/08/2024", "Chiều 22/8, hai đoàn đã trao đổi về hợp tác."]);
    assert.equal(l.dateline?.date, "2024-08-23");
    assert.equal(parseDateline("Thứ Hai, ngày 04 tháng 02 năm 2019, 21:14:37", W)?.clock, true);
    assert.equal(parseDateline("2022-11-30T19:05:00+07:00", W)?.clock, false);
    // Alone, it is the only evidence there is.
    assert.equal(kinds(["Hai đoàn trao đổi", "Thứ Hai, ngày 04 tháng 02 năm 2019, 21:14:37", "Chiều 3/2, hai đoàn đã trao đổi."]).dateline?.date, "2019-02-04");
  });

  it("a labelled line at the bottom of the page is read; an update stamp is kept apart", () => {
    const body = ["Chiều 19/10, hai đoàn đã trao đổi về hợp tác.", ...Array.from({ length: 5 }, (_, i) => `Hai bên nhất trí tăng cường hợp tác trong lĩnh vực thứ ${i + 1}.`)];
    const l = kinds(["Hai đoàn trao đổi", ...body, "Ngày đăng: 20/10/2021 16:05", "Cập nhật: 08:00 | 03/02/2023"]);
    assert.equal(l.dateline?.date, "2021-10-20");
    assert.equal(l.updateStamp?.date, "2023-02-03");
    assert.deepEqual(l.paragraphs.map((p) => p.kind), ["headline", ...body.map(() => "body"), "dateline", "dateline"]);
    // So is a source credit with its date ("Nguồn: …"): the day the text was published where it comes from.
    const credited = kinds(["Hai đoàn trao đổi", ...body, "Nguồn: Báo Tin Tức 2021-10-20"]);
    assert.equal(credited.dateline?.date, "2021-10-20");
    assert.deepEqual(((d) => d && [d.date, d.labelled, d.rest])(parseDateline("Nguồn: Báo Tin Tức 2021-10-20", W)), ["2021-10-20", true, "Báo Tin Tức"]);
    // Unlabelled, a date at the bottom is not prose, but not evidence either (a related story's date, a page clock).
    const bare = kinds(["Hai đoàn trao đổi", ...body, "20/10/2021 16:05"]);
    assert.equal(bare.dateline, null);
    assert.equal(bare.paragraphs.at(-1)!.kind, "dateline");
  });

  it("a date line is never prose, wherever it stands, though only the top and labelled bottom lines are evidence", () => {
    const body = Array.from({ length: 8 }, (_, i) => `Đoạn thứ ${i + 1} kể về hợp tác quốc phòng giữa hai nước trong nhiều năm qua.`);
    const l = kinds(["Hai đoàn trao đổi", ...body.slice(0, 4), "20/10/2021 16:05", ...body.slice(4)]);
    assert.equal(l.paragraphs[5]!.kind, "dateline");
    assert.equal(l.dateline, null);
    // Inside the page, a date with words beside it may be a caption or a short sentence: it stays prose.
    const caption = kinds(["Hai đoàn trao đổi", ...body.slice(0, 4), "Chiều 20/10/2021, hai đoàn hội đàm", ...body.slice(4)]);
    assert.equal(caption.paragraphs[5]!.kind, "body");
  });

  it("a doubtful line (weekday and date disagree) is kept out of the body and gives no date", () => {
    const l = kinds(["Hai đoàn trao đổi", "Thứ Hai, 20/10/2021 - 16:05", "Chiều 19/10, hai đoàn đã trao đổi về hợp tác."]);
    assert.equal(l.dateline, null);
    assert.deepEqual(l.paragraphs.map((p) => p.kind), ["headline", "dateline", "body"]);
  });

  it("a labelled month before the headline's text is read at month precision", () => {
    const l = kinds(["date 2021-09 Hai đoàn trao đổi về hợp tác", "Chiều 3/9, hai đoàn đã trao đổi về hợp tác."]);
    assert.deepEqual([l.dateline?.precision, l.dateline?.year, l.dateline?.month, l.paragraphs[0]!.kind], ["month", 2021, 9, "headline"]);
  });
});

/** A .txt article: headline, then the lines as given (header lines among them). */
function docOf(lines: string[]): Document {
  const r = ingestBytes("t.txt", new TextEncoder().encode(["Tin quốc phòng", ...lines].join("\n\n") + "\n"), undefined, W);
  if (!r.ok) throw new Error("rejected");
  return r.document;
}

function datesOf(lines: string[]): string[] {
  const x = extractArticle({ document: docOf(lines), fixes: [], repeated: new Set(), machineTranslated: false }, knowledge);
  return x.encounters.map((e) => `${e.date.date_start} ${e.date.basis}`);
}

// Two officers the registry does not know: only the article's dates can give the year.
const UNKNOWN = "Chiều 3/6, Thượng tướng Lê Văn Khoa hội đàm với Thứ trưởng Quốc phòng Nhật Bản Ono Ken tại Hà Nội.";

describe("portal date lines as evidence of the year", () => {
  it("an update stamp of a later year does not override an earlier publication date, above or below it", () => {
    assert.match(datesOf(["Cập nhật: 09:00 | 02/01/2024", "Ngày đăng: 04/06/2019 08:00", UNKNOWN])[0] ?? "", /^2019-06-03 /);
    assert.match(datesOf(["Ngày đăng: 04/06/2019 08:00", UNKNOWN, "Cập nhật lúc 09:00 ngày 02/01/2024"])[0] ?? "", /^2019-06-03 /);
    // An update stamp alone, with nothing else narrowing the year, dates nothing.
    assert.deepEqual(datesOf(["Cập nhật: 09:00 | 02/01/2024", UNKNOWN]), []);
  });

  it("a weekday that disagrees with the date leaves the year open; one that agrees gives it", () => {
    assert.deepEqual(datesOf(["Thứ Hai, 04/06/2021 09:00", UNKNOWN]), []); // 4 June 2021 was a Friday
    assert.match(datesOf(["Thứ Sáu, 04/06/2021 09:00", UNKNOWN])[0] ?? "", /^2021-06-03 .*a date line/);
    assert.match(datesOf(["T6, 04/06/2021 09:00", UNKNOWN])[0] ?? "", /^2021-06-03 /);
  });

  it("a header printed above the headline dates a weekday and 'hôm nay' counted back from it", () => {
    const above = (header: string, body: string) => {
      const r = ingestBytes("t.txt", new TextEncoder().encode([header, "Tin quốc phòng", body].join("\n\n") + "\n"), undefined, W);
      if (!r.ok) throw new Error("rejected");
      return extractArticle({ document: r.document, fixes: [], repeated: new Set(), machineTranslated: false }, knowledge).encounters.map((e) => e.date.date_start);
    };
    // 12 November 2020 was a Thursday: "hôm thứ Ba" is the 10th, not the header's day.
    assert.deepEqual(above("Thứ Năm, 12/11/2020 - 07:30", "Hôm thứ Ba, Thượng tướng Lê Văn Khoa đã hội đàm với Thứ trưởng Quốc phòng Nhật Bản Ono Ken tại Hà Nội."), ["2020-11-10"]);
    assert.deepEqual(above("12/11/2020 07:30", "Hôm nay, Thượng tướng Lê Văn Khoa hội đàm trực tuyến với Thứ trưởng Quốc phòng Nhật Bản Ono Ken."), ["2020-11-12"]);
  });

  it("a month-only header places the year at month precision", () => {
    assert.match(datesOf(["date 2021-06", UNKNOWN])[0] ?? "", /^2021-06-03 .*month-only header/);
    // Published in May: a 3 June is the year before.
    assert.match(datesOf(["date 2021-05", UNKNOWN])[0] ?? "", /^2020-06-03 /);
  });

  it("a page clock of a later year is outvoted by the tenures of the people named", () => {
    const sentence = "Chiều 20/1, tại Hà Nội, Đại tướng Ngô Xuân Lịch, Bộ trưởng Bộ Quốc phòng, đã tiếp Bộ trưởng Quốc phòng Nhật Bản Inada Tomomi.";
    const [d] = datesOf(["Thứ Sáu, 22/11/2024, 16:08 (GMT+7)", sentence]);
    assert.match(d ?? "", /^2017-01-20 .*page clock/);
  });

  it("an update stamp chooses among the years the people leave, never alone", () => {
    // Ngô Xuân Lịch (minister 2016-2021) and ambassador Umeda Kunio (2016 to about 2020): 20 January of 2017 to 2020.
    const sentence = "Chiều 20/1, tại Hà Nội, Đại tướng Ngô Xuân Lịch, Bộ trưởng Bộ Quốc phòng, đã tiếp Đại sứ Nhật Bản tại Việt Nam Umeda Kunio.";
    assert.deepEqual(datesOf([sentence]), []);
    assert.match(datesOf(["Cập nhật: 09:12 | 21/01/2018", sentence])[0] ?? "", /^2018-01-20 .*update stamp/);
  });
});

describe("inferYear: how much each header weighs", () => {
  let registry: Knowledge["registry"];
  before(() => {
    registry = knowledge.registry;
  });
  const role = (name: string, officeIds: string[]): RoleConstraint => {
    const [p] = registry.findPeople(name);
    assert.ok(p, name);
    return { personId: p.person_id, officeIds, rank: null, label: name };
  };

  it("a given publication date settles the year even against the tenures; a date line does not", () => {
    const constraints = [role("Inada Tomomi", ["jp.minister_of_defense"])];
    assert.equal(inferYear({ day: 20, month: 1, constraints, published: "2024-11-22" }, registry).year, 2024);
    const a = inferYear({ day: 20, month: 1, constraints, published: "2024-11-22", publishedFrom: "date_line" }, registry);
    assert.equal(a.year, 2017, a.basis);
    assert.equal(a.fromPublication, undefined);
  });

  it("posts that allow only years after the date line do not outvote it: no report precedes its encounter", () => {
    // Phan Văn Giang has been minister since April 2021: a date line of 2019 cannot be a page clock ahead of him.
    const a = inferYear({ day: 20, month: 1, constraints: [role("Phan Văn Giang", ["vn.minister_of_defence"])], published: "2019-02-01", publishedFrom: "date_line" }, registry);
    assert.equal(a.year, 2019, a.basis);
    assert.equal(a.fromPublication, true);
    assert.match(a.against ?? "", /after the date line/);
  });

  it("a post known only up to an attested day does not outvote a date line, however far after the day", () => {
    const fukada = registry.findPeople("Fukada Hiroshi")[0]!;
    const post = fukada.positions.find((p) => p.office_id === "jp.ambassador_to_vietnam")!;
    assert.equal(post.end_precision, "attested", "the registry knows a day he still held the post, not when he left");
    const y = Number(post.end!.slice(0, 4)) + 4;
    const a = inferYear({ day: 20, month: 1, constraints: [role("Fukada Hiroshi", ["jp.ambassador_to_vietnam"])], published: `${y}-02-01`, publishedFrom: "date_line" }, registry);
    assert.equal(a.year, y, a.basis);
  });

  it("an outvoted date line still bounds the year from above", () => {
    // Onodera Itsunori was minister 2012-2014 and 2017-2018; a date line of 2016 leaves 2013 and 2014.
    const a = inferYear({ day: 20, month: 1, constraints: [role("Onodera Itsunori", ["jp.minister_of_defense"])], published: "2016-02-01", publishedFrom: "date_line" }, registry);
    assert.deepEqual(a.candidates, [2013, 2014]);
  });

  it("an update stamp bounds the year from above and breaks a tie the people leave", () => {
    const constraints = [role("Umeda Kunio", ["jp.ambassador_to_vietnam"])];
    // (His last day is known only as attested, so 2020 stays possible.)
    assert.deepEqual(inferYear({ day: 20, month: 1, constraints }, registry).candidates, [2017, 2018, 2019, 2020]);
    assert.equal(inferYear({ day: 20, month: 1, constraints, updated: "2018-01-21" }, registry).year, 2018);
    // A stamp years later than every year left only bounds them.
    assert.deepEqual(inferYear({ day: 20, month: 1, constraints, updated: "2023-05-01" }, registry).candidates, [2017, 2018, 2019, 2020]);
    // With nothing else narrowing the years, a stamp on the day or up to three days after it is the report's: its year.
    assert.equal(inferYear({ day: 20, month: 1, constraints: [], updated: "2018-01-21" }, registry).year, 2018);
    assert.equal(inferYear({ day: 20, month: 1, constraints: [], updated: "2018-01-20" }, registry).year, 2018);
    // Any later, it decides nothing: a page may be updated years after it was published.
    assert.equal(inferYear({ day: 20, month: 1, constraints: [], updated: "2018-01-25" }, registry).year, null);
    assert.equal(inferYear({ day: 20, month: 1, constraints: [], updated: "2018-03-01" }, registry).year, null);
  });
});

describe("build: a text file dated by its header line", () => {
  it("gets its published_date, its source and its date line, and dates an undated 'Chiều 3/6'", async () => {
    const raw = await tempDir();
    const out = await tempDir();
    await mkdir(raw, { recursive: true });
    // Three stories about three different pairs of officers the registry does not know.
    await writeFile(join(raw, "top.txt"), ["Hai đoàn hội đàm tại Hà Nội", "Thời gian đăng: 08:15 | 04/06/2021", UNKNOWN, "Hai bên nhất trí tăng cường hợp tác quốc phòng."].join("\n\n") + "\n");
    const more = ["Hai bên đánh giá cao kết quả hợp tác gìn giữ hòa bình.", "Phía Nhật Bản cảm ơn sự đón tiếp chu đáo của nước chủ nhà.", "Hai bên cũng bàn về đào tạo sĩ quan trẻ.", "Kết thúc buổi làm việc, hai đoàn chụp ảnh lưu niệm."];
    await writeFile(join(raw, "bottom.txt"), ["Đoàn Việt Nam làm việc tại Tokyo", "Sáng 3/6, Trung tướng Đỗ Minh Quang hội đàm với Tham mưu phó Nhật Bản Mori Haruto tại Tokyo.", ...more, "Ngày đăng: 04/06/2020 08:15"].join("\n\n") + "\n");
    await writeFile(join(raw, "stamp.txt"), ["Giao lưu quốc phòng tại Đà Nẵng", "Cập nhật: 10:00 | 04/06/2022", "Tối 3/6, bên lề chuyến thăm cảng Tiên Sa, Thượng tướng Vương Đình Sơn đã có cuộc hội đàm thân mật với Thứ trưởng Quốc phòng Nhật Bản Aoki Shun tại thành phố Đà Nẵng."].join("\n\n") + "\n");
    await quietBuild({ rawDir: raw, outDir: out, cacheDir: await tempDir() });
    const read = async (t: string) => parse(await readFile(join(out, "csv", `${t}.csv`), "utf8"), { columns: true }) as Record<string, string>[];
    const articles = new Map((await read("articles")).map((a) => [a.source_file!, a]));
    assert.deepEqual(["top.txt", "bottom.txt", "stamp.txt"].map((f) => [articles.get(f)!.published_date, articles.get(f)!.published_source, articles.get(f)!.dateline]), [
      ["2021-06-04", "text", "Thời gian đăng: 08:15 | 04/06/2021"],
      ["2020-06-04", "text", "Ngày đăng: 04/06/2020 08:15"],
      ["", "", ""],
    ]);
    const byId = new Map([...articles.values()].map((a) => [a.article_id!, a.source_file!]));
    const meetings = await read("meetings");
    const via = await read("meeting_articles");
    const dated = via.map((v) => [byId.get(v.article_id!), meetings.find((m) => m.meeting_id === v.meeting_id)?.date_start]).sort();
    // An update stamp the day after the encounter is the report's: it dates it, alone.
    assert.deepEqual(dated, [
      ["bottom.txt", "2020-06-03"],
      ["stamp.txt", "2022-06-03"],
      ["top.txt", "2021-06-03"],
    ]);
    const left = (await read("encounters_left_out")).map((r) => byId.get(r.article_id!));
    assert.deepEqual(left, []);
  });
});
