import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { extractArticle } from "../pipeline/extract/article.ts";
import { editionsNamed, foldSeriesText, ordinalValue } from "../pipeline/extract/series.ts";
import { ingestBytes } from "../pipeline/ingest/document.ts";
import type { Knowledge } from "../pipeline/reference/knowledge.ts";
import { repoDateWords, repoKnowledge } from "./helpers.ts";

let knowledge: Knowledge;
before(async () => {
  knowledge = await repoKnowledge();
});

/** The series and start day of each edition a text names. */
function named(text: string): string[] {
  return editionsNamed(text, knowledge.series).map((e) => `${e.series.series.split(" (")[0]} #${e.edition.edition} ${e.edition.start}`);
}

const DPD = "Vietnam–Japan Defence Policy Dialogue";

describe("reference/series.json", () => {
  it("lists each series' editions once, in order, with dates that fit their precision", () => {
    for (const s of knowledge.series) {
      const numbers = s.editions.map((e) => e.edition);
      assert.deepEqual(numbers, [...new Set(numbers)].sort((a, b) => a - b), s.series);
      for (const e of s.editions) {
        assert.ok(e.start <= e.end, `${s.series} #${e.edition}`);
        const last = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
        const [y, m] = e.start.split("-").map(Number) as [number, number];
        if (e.precision === "month") assert.deepEqual([e.start.slice(8), e.end], ["01", `${e.start.slice(0, 8)}${last(y, m)}`], `${s.series} #${e.edition}`);
        if (e.precision === "year") assert.deepEqual([e.start.slice(5), e.end], ["01-01", `${y}-12-31`], `${s.series} #${e.edition}`);
        if (e.precision === undefined || e.precision === "day") assert.ok(Number(e.end.slice(0, 4)) === y, `${s.series} #${e.edition} spans years`);
      }
    }
  });

  it("gives no folded name to two series", () => {
    const owner = new Map<string, string>();
    for (const s of knowledge.series) {
      for (const n of s.names) {
        const f = foldSeriesText(n);
        assert.ok(!owner.has(f) || owner.get(f) === s.series, `"${n}" in ${owner.get(f)} and ${s.series}`);
        owner.set(f, s.series);
      }
    }
  });
});

describe("ordinalValue", () => {
  it("reads digits, Roman numerals and Vietnamese number words (folded)", () => {
    const cases: [string, number | null][] = [
      ["9", 9], ["ix", 9], ["xi", 11], ["xiv", 14], ["iiii", null], ["vx", null],
      ["nhat", 1], ["dau tien", 1], ["dau", 1], ["hai", 2], ["tu", 4], ["bon", 4], ["nam", 5], ["chin", 9], ["muoi", 10],
      ["muoi mot", 11], ["muoi tu", 14], ["muoi lam", 15], ["hai muoi", 20], ["hai muoi mot", 21], ["ba muoi lam", 35],
      ["mot muoi", null], ["muoi muoi", null],
    ];
    for (const [w, n] of cases) assert.equal(ordinalValue(w), n, w);
  });
});

describe("editionsNamed", () => {
  it("reads the ordinal in digits, Roman numerals and words, after the name or before it", () => {
    const nine = [`${DPD} #9 2023-03-13`];
    assert.deepEqual(named("hai bên đồng chủ trì Đối thoại Chính sách Quốc phòng Việt Nam – Nhật Bản lần thứ 9 tại Tokyo"), nine);
    assert.deepEqual(named("đồng chủ trì Đối thoại Chính sách Quốc phòng Việt Nam - Nhật Bản lần thứ IX."), nine);
    assert.deepEqual(named("Đối thoại Chính sách quốc phòng Việt Nam-Nhật Bản lần thứ chín đã diễn ra"), nine);
    assert.deepEqual(named("Đối thoại chính sách quốc phòng Việt - Nhật lần 9 kết thúc"), nine);
    assert.deepEqual(named("tại Đối thoại Chính sách Quốc phòng Nhật Bản – Việt Nam thứ 9,"), nine);
    assert.deepEqual(named("Đối thoại Chính sách Quốc phòng Việt Nam - Nhật Bản lần thứ mười một ở Fukuoka"), [`${DPD} #11 2025-02-10`]);
    assert.deepEqual(named("Đối thoại Chính sách Quốc phòng Việt Nam - Nhật Bản lần thứ XI ở Fukuoka"), [`${DPD} #11 2025-02-10`]);
    assert.deepEqual(named("bên lề lần thứ 10 Đối thoại Chính sách Quốc phòng Việt Nam Nhật Bản"), []);
    assert.deepEqual(named("bên lề lần thứ 10 Đối thoại Chính sách Quốc phòng Việt Nam-Nhật Bản"), [`${DPD} #10 2024-02-27`]);
    // The first round's name as the press wrote it, its level inside the name.
    assert.deepEqual(named("đồng chủ trì Đối thoại chiến lược quốc phòng cấp Thứ trưởng Việt Nam - Nhật Bản lần thứ nhất."), [`${DPD} #1 2012-11-26`]);
  });

  it("folds diacritics, dashes, spacing and case in the name", () => {
    assert.deepEqual(named("Doi thoai chinh sach quoc phong Viet Nam -Nhat Ban lan thu 7 dien ra o Ha Noi"), [`${DPD} #7 2019-11-25`]);
    assert.deepEqual(named("ĐỐI THOẠI CHÍNH SÁCH QUỐC PHÒNG VIỆT NAM—NHẬT BẢN LẦN THỨ 6"), [`${DPD} #6 2018-07-04`]);
  });

  it("reads a level or an abbreviation between the name and the ordinal, and the parties after it", () => {
    assert.deepEqual(named("Việt Nam - Nhật Bản đối thoại chiến lược quốc phòng cấp Thứ trưởng lần thứ nhất"), [`${DPD} #1 2012-11-26`]);
    assert.deepEqual(named("Đối thoại 2+2 Ngoại giao - Quốc phòng cấp thứ trưởng lần đầu tiên giữa Việt Nam và Nhật Bản"), ["Vietnam–Japan Foreign and Defence Vice-Ministerial Consultation #1 2025-12-04"]);
    assert.deepEqual(named("Đối thoại 2+2 Ngoại giao – Quốc phòng lần thứ nhất giữa Nhật Bản và Việt Nam"), ["Vietnam–Japan Foreign and Defence Vice-Ministerial Consultation #1 2025-12-04"]);
    assert.deepEqual(named("Hội nghị Bộ trưởng Quốc phòng các nước ASEAN mở rộng (ADMM+) lần thứ 10 tại Jakarta"), ["ASEAN Defence Ministers' Meeting-Plus #10 2023-11-16"]);
  });

  it("names nothing for a weekday before the name, another partner, an unknown edition or a false numeral", () => {
    assert.deepEqual(named("Sáng thứ hai Đối thoại Chính sách Quốc phòng Việt Nam - Nhật Bản khai mạc"), []);
    assert.deepEqual(named("Đối thoại Chính sách Quốc phòng Việt Nam - Canada lần thứ 2"), []);
    assert.deepEqual(named("Đối thoại Chính sách Quốc phòng Việt Nam - Nhật Bản lần thứ 99"), []);
    assert.deepEqual(named("Đối thoại Chính sách Quốc phòng Việt Nam - Nhật Bản lần thứ iiii"), []);
    assert.deepEqual(named("Đối thoại Chính sách Quốc phòng Việt Nam - Nhật Bản lần thứ 9a"), []);
  });

  it("reads the other Vietnam–Japan series and the multilateral ones", () => {
    assert.deepEqual(named("Đối thoại Đối tác chiến lược Việt Nam – Nhật Bản lần thứ sáu tại Tô-ki-ô"), ["Vietnam–Japan Strategic Partnership Dialogue #6 2015-12-04"]);
    assert.deepEqual(named("Hội nghị Đối thoại An ninh cấp Thứ trưởng Việt Nam - Nhật Bản lần thứ nhất"), ["Vietnam–Japan Deputy-Ministerial Security Dialogue #1 2013-11-26"]);
    assert.deepEqual(named("Hội nghị Thứ trưởng Quốc phòng ASEAN-Nhật Bản lần thứ 13 ở Tokyo"), ["Japan–ASEAN meeting of senior defence officials #13 2024-01-30"]);
    assert.deepEqual(named("Diễn đàn Hợp tác quốc phòng Nhật Bản - ASEAN lần thứ V tại Okinawa"), ["Japan–ASEAN meeting of senior defence officials #5 2014-02-18"]);
    assert.deepEqual(named("Hội nghị Bộ trưởng Quốc phòng ASEAN - Nhật Bản không chính thức lần thứ 8"), ["ASEAN–Japan Defence Ministers' Informal Meeting #8 2023-11-15"]);
  });
});

describe("multilateral ministerial series (Shangri-La Dialogue, ADMM)", () => {
  const SLD = "IISS Shangri-La Dialogue";
  const ADMM = "ASEAN Defence Ministers' Meeting";
  const PLUS = "ASEAN Defence Ministers' Meeting-Plus";

  it("reads the Shangri-La Dialogue under the names the press gives it", () => {
    assert.deepEqual(named("Bộ trưởng gặp người đồng cấp bên lề Đối thoại Shangri-La lần thứ 20 tại Singapore"), [`${SLD} #20 2023-06-02`]);
    assert.deepEqual(named("tại Đối thoại Shangri La lần thứ 19,"), [`${SLD} #19 2022-06-10`]);
    assert.deepEqual(named("dự Diễn đàn Đối thoại Shangri-La lần thứ XIII ở Singapore"), [`${SLD} #13 2014-05-30`]);
    assert.deepEqual(named("phát biểu tại Hội nghị An ninh châu Á lần thứ 18"), [`${SLD} #18 2019-05-31`]);
    assert.deepEqual(named("Đối thoại Shangri-La lần thứ 20 (2021) bị hủy"), [`${SLD} #20 2023-06-02`]);
  });

  it("tells the ADMM from the ADMM-Plus, whatever side of the name the ordinal stands", () => {
    assert.deepEqual(named("ADMM+ lần thứ 10 tại Jakarta"), [`${PLUS} #10 2023-11-16`]);
    assert.deepEqual(named("ADMM lần thứ 17 tại Jakarta"), [`${ADMM} #17 2023-11-01`]);
    assert.deepEqual(named("bên lề ADMM lần thứ 17 và ADMM+ lần thứ 10"), [`${ADMM} #17 2023-11-01`, `${PLUS} #10 2023-11-16`]);
    assert.deepEqual(named("Hội nghị Bộ trưởng Quốc phòng các nước ASEAN (ADMM) lần thứ 16 ở Phnom Penh"), [`${ADMM} #16 2022-06-22`]);
    assert.deepEqual(named("Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng lần thứ 10"), [`${PLUS} #10 2023-11-16`]);
    assert.deepEqual(named("Hội nghị Bộ trưởng Quốc phòng các nước ASEAN lần thứ 4 khai mạc ở Hà Nội"), [`${ADMM} #4 2010-05-11`]);
    // Before the name the shorter ADMM names are inside the ADMM-Plus ones: the longer name keeps the ordinal,
    // also where the ADMM-Plus has no such edition.
    assert.deepEqual(named("lần thứ 10 ADMM+ diễn ra ở Jakarta"), [`${PLUS} #10 2023-11-16`]);
    assert.deepEqual(named("lần thứ 17 ADMM+ diễn ra ở Jakarta"), []);
    assert.deepEqual(named("lần thứ 17 Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng"), []);
    assert.deepEqual(named("lần thứ 8 Hội nghị Bộ trưởng Quốc phòng ASEAN - Nhật Bản không chính thức"), ["ASEAN–Japan Defence Ministers' Informal Meeting #8 2023-11-15"]);
    assert.deepEqual(named("lần thứ 17 Hội nghị Bộ trưởng Quốc phòng ASEAN tại Jakarta"), [`${ADMM} #17 2023-11-01`]);
  });

  it("dates an undated meeting on the sidelines of a numbered edition in its year", () => {
    const s = (dm: string, round: string) =>
      `Chiều ${dm}, tại Singapore, bên lề ${round}, Thượng tướng Trần Văn Khải, Thứ trưởng Bộ Quốc phòng đã gặp ông Sato Kenji, Thứ trưởng Bộ Quốc phòng Nhật Bản.`;
    assert.deepEqual(dates(s("3/6", "Đối thoại Shangri-La lần thứ 20"), knowledge), ["2023-06-03"]);
    assert.deepEqual(dates(s("10/6", "Đối thoại Shangri-La lần thứ 19"), knowledge), ["2022-06-10"]);
    assert.deepEqual(dates(s("20/11", "Hội nghị Bộ trưởng Quốc phòng các nước ASEAN (ADMM) lần thứ 18"), knowledge), ["2024-11-20"]);
  });
});

/** An article with one body paragraph and no date line, through the whole extractor. */
function dates(body: string, k: Knowledge): string[] {
  const r = ingestBytes("t.txt", new TextEncoder().encode(["Tin quốc phòng", "", body, ""].join("\n")), undefined, repoDateWords());
  if (!r.ok) throw new Error("rejected");
  const x = extractArticle({ document: r.document, fixes: [], repeated: new Set(), machineTranslated: false }, k);
  return x.encounters.map((e) => e.date.date_start);
}

describe("a numbered round settles the year of an undated meeting", () => {
  // Invented people the registry does not know: only the round's edition can give the year.
  const sentence = (dm: string, place: string, round: string) =>
    `Chiều ${dm}, tại ${place}, Thượng tướng Trần Văn Khải, Thứ trưởng Bộ Quốc phòng và ông Sato Kenji, Thứ trưởng Bộ Quốc phòng Nhật Bản, đồng chủ trì Đối thoại Chính sách Quốc phòng Việt Nam – Nhật Bản lần thứ ${round}.`;

  it("dates the meeting in the year of the round, whatever the ordinal's form", () => {
    assert.deepEqual(dates(sentence("27/2", "Hà Nội", "10"), knowledge), ["2024-02-27"]);
    assert.deepEqual(dates(sentence("10/2", "Fukuoka", "XI"), knowledge), ["2025-02-10"]);
    assert.deepEqual(dates(sentence("13/3", "Tokyo", "chín"), knowledge), ["2023-03-13"]);
    assert.deepEqual(dates(sentence("25/11", "Hà Nội", "bảy"), knowledge), ["2019-11-25"]);
  });

  it("dates a meeting in the year of the edition held within the visit's days, when the series is named without its ordinal", () => {
    const visit = (span: string, series: string) =>
      `Từ ngày ${span}, Thượng tướng Trần Văn Khải dẫn đầu đoàn Việt Nam dự ${series} tại Jakarta. Chiều 15/11, tại Jakarta, Thượng tướng Trần Văn Khải đã gặp ông Sato Kenji, Thứ trưởng Bộ Quốc phòng Nhật Bản.`;
    // (The forum, attended over the visit's days, is a meeting too: Japan is one of its members.)
    assert.deepEqual(dates(visit("14 đến 17/11", "Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng (ADMM+)"), knowledge), ["2023-11-14", "2023-11-15"]);
    // No edition of the series within those days: the year stays open.
    assert.deepEqual(dates(visit("12 đến 15/11", "Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng (ADMM+)"), knowledge), []);
  });

  it("leaves the year open without the series' editions", () => {
    const bare: Knowledge = { ...knowledge, series: [] };
    assert.deepEqual(dates(sentence("27/2", "Hà Nội", "10"), bare), []);
  });
});

describe("foldSeriesText", () => {
  // The definition, written the plain way: the function computes the same with a table and fewer passes.
  const reference = (text: string) =>
    text
      .replace(/[^\x00-\x7f]/g, (c) => (/[‐‑‒–—―]/.test(c) ? "-" : c.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d")))
      .toLowerCase()
      .replace(/\s*-\s*/g, "-")
      .replace(/\s+/g, " ");

  it("folds as its definition does, on random strings over a tricky alphabet", () => {
    const alphabet = ["Đ", "đ", "Ố", "ư", "a", "B", " ", "  ", "\t", "\n", "\u00a0", "-", "–", "—", "\u0301", "İ", "ẞ", "😀", "\ud800", "(", "+", "1", "IX"];
    let seed = 5;
    const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) / 16777216;
    for (let t = 0; t < 3000; t++) {
      let s = "";
      for (let k = Math.floor(rnd() * 30); k > 0; k--) s += alphabet[Math.floor(rnd() * alphabet.length)]!;
      assert.equal(foldSeriesText(s), reference(s), JSON.stringify(s));
    }
    assert.equal(foldSeriesText("Đối thoại Chính sách  quốc phòng Việt Nam – Nhật Bản lần thứ IX"), "doi thoai chinh sach quoc phong viet nam-nhat ban lan thu ix");
  });
});
