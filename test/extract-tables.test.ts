import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Duplicates } from "../pipeline/artifacts.ts";
import type { AgreementKind, AgreementStatus } from "../pipeline/extract/agreements.ts";
import type { ArticleAgreement, ArticleExtraction, Encounter, LeftOut, Participant } from "../pipeline/extract/article.ts";
import { extractionTables, type ExtractionInput } from "../pipeline/extract/tables.ts";
import { FEW_YEARS } from "../pipeline/extract/when.ts";
import { ingestBytes, type Document } from "../pipeline/ingest/document.ts";
import { repoDateWords } from "./helpers.ts";

/*
 * extractionTables on rows built by hand: documents ingested from short
 * strings, and what each article "reports" written out as the extractor
 * would return it, with offsets found in the document's own text.
 */

/** The raw file a document is ingested from: its paragraphs, the first a headline, apart by blank lines. */
function rawOf(paragraphs: string[]): string {
  return paragraphs.join("\n\n") + "\n";
}

function docOf(file: string, paragraphs: string[]): Document {
  const r = ingestBytes(file, new TextEncoder().encode(rawOf(paragraphs)), undefined, repoDateWords());
  if (!r.ok) throw new Error(`rejected ${file}`);
  return r.document;
}

function at(doc: Document, text: string): { start: number; end: number } {
  const start = doc.text.indexOf(text);
  assert.ok(start >= 0, `${JSON.stringify(text)} is not in ${doc.source_file}`);
  return { start, end: start + text.length };
}

const VN = { name: "Phan Văn Giang", id: "vn-phan-van-giang", country: "VN", rank: "Đại tướng" } as const;
const JP = { name: "Kishi Nobuo", id: "jp-kishi-nobuo", country: "JP", rank: null } as const;
type Person = { readonly name: string; readonly id: string; readonly country: "VN" | "JP"; readonly rank: string | null };

/** An encounter of `people` on `day`, reported by `sentence` of `doc`. */
function encounter(doc: Document, sentence: string, day: string, people: readonly Person[]): Encounter {
  const participants: Participant[] = people.map((p) => ({
    article_id: doc.article_id,
    person_id: p.id,
    name: p.name,
    name_as_written: p.name,
    country: p.country,
    rank: p.rank,
    position: null,
    ...at(doc, p.name),
  }));
  return {
    ...at(doc, sentence),
    sentence,
    triggers: ["hội đàm"],
    type: "talks",
    format: "in_person",
    date: { date_start: day, date_end: day, precision: "day", time_of_day: null, year_inferred: false, basis: "stated" },
    place: { name: "Hanoi", country: "VN", kind: "city", names: ["Hà Nội"], source: "test" },
    participants,
  };
}

function agreement(doc: Document, sentence: string, title: string, kind: AgreementKind, status: AgreementStatus, encounterIndex: number | null, signed: string | null = null): ArticleAgreement {
  const s = at(doc, sentence);
  const t = doc.text.indexOf(title, s.start);
  return { start: t, end: t + title.length, title, kind, status, signed, sentenceStart: s.start, sentenceEnd: s.end, encounter: encounterIndex, document: null, named: true };
}

function extraction(encounters: Encounter[], agreements: ArticleAgreement[] = [], leftOut: LeftOut[] = []): ArticleExtraction {
  return { encounters, agreements, leftOut };
}

function input(documents: Document[], extractions: [Document, ArticleExtraction][], reprints: [Document, Document][] = []): ExtractionInput {
  const duplicates: Duplicates = {
    of: Object.fromEntries(reprints.map(([reprint, kept]) => [reprint.article_id, { duplicate_of: kept.article_id, similarity: 0.95 }])),
    repeatedParagraphs: {},
  };
  return { documents, duplicates, translation: {}, extractions: new Map(extractions.map(([d, x]) => [d.article_id, x])), precedence: ["talks", "dialogue", "call", "signing", "conference", "reception", "other"] };
}

const TALKS = "Chiều 12/9/2021, tại Hà Nội, Đại tướng Phan Văn Giang đã hội đàm với Bộ trưởng Quốc phòng Nhật Bản Kishi Nobuo.";
const TALKS_AGAIN = "Ngày 12/9, Bộ trưởng Phan Văn Giang và Bộ trưởng Kishi Nobuo hội đàm tại Hà Nội.";
const SIGNED = "Sau hội đàm, hai Bộ trưởng ký Hiệp định chuyển giao trang thiết bị và công nghệ quốc phòng.";
const TITLE = "Hiệp định chuyển giao trang thiết bị và công nghệ quốc phòng";

describe("extractionTables", () => {
  it("makes one meeting of two articles that report it, listing both as sources", () => {
    const a = docOf("a.txt", ["Hội đàm Việt Nam – Nhật Bản", TALKS]);
    const b = docOf("b.txt", ["Bộ trưởng Quốc phòng hai nước hội đàm", TALKS_AGAIN]);
    const t = extractionTables(input([a, b], [[a, extraction([encounter(a, TALKS, "2021-09-12", [VN, JP])])], [b, extraction([encounter(b, TALKS_AGAIN, "2021-09-12", [VN, JP])])]]));

    assert.equal(t.meetings.length, 1);
    const m = t.meetings[0]!;
    assert.deepEqual([m.date_start, m.meeting_type, m.format, m.city, m.country, m.n_articles], ["2021-09-12", "talks", "in_person", "Hanoi", "VN", 2]);
    assert.deepEqual([m.article_id, m.sentence], [a.article_id, TALKS], "the first report is the meeting's evidence");
    assert.deepEqual(
      t.meeting_articles.map((s) => [s.article_id, s.via, s.sentence]),
      [
        [a.article_id, "extracted", TALKS],
        [b.article_id, "extracted", TALKS_AGAIN],
      ],
    );
    assert.deepEqual(
      t.participants.map((p) => [p.meeting_id, p.participant, p.person_id, p.article_id]),
      [
        [m.meeting_id, 1, VN.id, a.article_id],
        [m.meeting_id, 2, JP.id, a.article_id],
      ],
    );
  });

  it("merges a report dated to a month into the report of the same people dated to a day of it, in either order; not one of another month", () => {
    const EARLIER = "Tháng 9/2021, Đại tướng Phan Văn Giang và Bộ trưởng Kishi Nobuo đã hội đàm tại Hà Nội.";
    const a = docOf("a.txt", ["Hội đàm Việt Nam – Nhật Bản", TALKS]);
    const b = docOf("b.txt", ["Nhìn lại hợp tác quốc phòng", EARLIER]);
    const byMonth = (month: string, last: string): Encounter => {
      const e = encounter(b, EARLIER, `${month}-01`, [VN, JP]);
      return { ...e, date: { ...e.date, date_end: `${month}-${last}`, precision: "month", basis: "a month with no day" } };
    };
    const day = extraction([encounter(a, TALKS, "2021-09-12", [VN, JP])]);
    for (const docs of [[a, b], [b, a]] as const) {
      const t = extractionTables(input([...docs], docs.map((d): [Document, ArticleExtraction] => [d, d === a ? day : extraction([byMonth("2021-09", "30")])])));
      assert.deepEqual(t.meetings.map((m) => [m.date_start, m.date_end, m.date_precision, m.n_articles]), [["2021-09-12", "2021-09-12", "day", 2]]);
    }
    const t = extractionTables(input([a, b], [[a, day], [b, extraction([byMonth("2021-08", "31")])]]));
    assert.deepEqual(t.meetings.map((m) => [m.date_start, m.date_precision]), [["2021-08-01", "month"], ["2021-09-12", "day"]]);
  });

  it("joins a report to the meeting of its kind when one article keeps a forum and a meeting on its sidelines apart", () => {
    const FORUM = "Ngày 12/9/2021, Đại tướng Phan Văn Giang và Bộ trưởng Kishi Nobuo cùng dự một diễn đàn khu vực.";
    const SIDE = "Bên lề diễn đàn, hai Bộ trưởng đã hội đàm.";
    const both = docOf("both.txt", ["Diễn đàn khu vực", FORUM, SIDE]);
    const forum: Encounter = { ...encounter(both, FORUM, "2021-09-12", [VN, JP]), type: "conference", triggers: ["Diễn đàn"] };
    const sideline: Encounter = { ...encounter(both, SIDE, "2021-09-12", [VN, JP]), frame: "conference" };
    // Another article that reports only the talks, and a third only the forum, each after the article with both.
    const talks = docOf("talks.txt", ["Hội đàm Việt Nam – Nhật Bản", TALKS]);
    const only = docOf("forum.txt", ["Diễn đàn khu vực", FORUM]);
    const t = extractionTables(
      input([both, talks, only], [
        [both, extraction([forum, sideline])],
        [talks, extraction([encounter(talks, TALKS, "2021-09-12", [VN, JP])])],
        [only, extraction([{ ...encounter(only, FORUM, "2021-09-12", [VN, JP]), type: "conference", triggers: ["Diễn đàn"] }])],
      ]),
    );
    const sourcesOf = (type: string) => t.meeting_articles.filter((s) => s.meeting_id === t.meetings.find((m) => m.meeting_type === type)!.meeting_id).map((s) => s.article_id).sort();
    assert.deepEqual(t.meetings.map((m) => m.meeting_type).sort(), ["conference", "talks"]);
    assert.deepEqual(sourcesOf("talks"), [both.article_id, talks.article_id].sort());
    assert.deepEqual(sourcesOf("conference"), [both.article_id, only.article_id].sort());
  });

  it("a forum one article tells with one side only never joins the talks another tells of its person", () => {
    const MONTH = "Hồi tháng 9/2021, Đại tướng Phan Văn Giang và Bộ trưởng Kishi Nobuo đã hội đàm tại Hà Nội.";
    const FORUM = "Bộ trưởng Kishi Nobuo vừa dự một hội nghị khu vực.";
    const a = docOf("a.txt", ["Nhìn lại hợp tác quốc phòng", MONTH]);
    const b = docOf("b.txt", ["Bộ trưởng Quốc phòng Nhật Bản dự hội nghị", FORUM]);
    const month = encounter(a, MONTH, "2021-09-01", [VN, JP]);
    const talks: Encounter = { ...month, date: { ...month.date, date_end: "2021-09-30", precision: "month", basis: "a month with no day" } };
    const forum: Encounter = { ...encounter(b, FORUM, "2021-09-12", [JP]), type: "conference", triggers: ["hội nghị"] };
    const t = extractionTables(input([a, b], [[a, extraction([talks])], [b, extraction([forum])]]));
    assert.deepEqual(t.meetings.map((m) => [m.meeting_type, m.date_start, m.date_end, m.n_articles]).sort(), [["conference", "2021-09-12", "2021-09-12", 1], ["talks", "2021-09-01", "2021-09-30", 1]]);
  });

  it("lists a reprint as a source via=reprint with the sentence's offsets in the reprint's own text", () => {
    const kept = docOf("kept.txt", ["Hội đàm Việt Nam – Nhật Bản", TALKS]);
    // Another outlet's copy with a line of its own before the sentence: every offset moves.
    const reprinted = ["Hội đàm Việt Nam – Nhật Bản", "(Báo khác) - Tin từ Hà Nội.", TALKS];
    const reprint = docOf("reprint.txt", reprinted);
    const reworded = docOf("reworded.txt", ["Hội đàm Việt Nam – Nhật Bản", "Hai Bộ trưởng đã gặp nhau tại Hà Nội."]);
    const t = extractionTables(
      input([kept, reprint, reworded], [[kept, extraction([encounter(kept, TALKS, "2021-09-12", [VN, JP])])]], [
        [reprint, kept],
        [reworded, kept],
      ]),
    );

    assert.equal(t.meetings.length, 1);
    assert.equal(t.meetings[0]!.n_articles, 3);
    const rows = new Map(t.meeting_articles.map((s) => [s.article_id, s]));
    const there = at(reprint, TALKS);
    assert.ok(there.start > at(kept, TALKS).start);
    const raw = rawOf(reprinted).indexOf(TALKS); // the raw file has blank lines the cleaned text does not
    assert.deepEqual(rows.get(reprint.article_id), {
      meeting_id: t.meetings[0]!.meeting_id,
      article_id: reprint.article_id,
      via: "reprint",
      start: there.start,
      end: there.end,
      raw_start: raw,
      raw_end: raw + TALKS.length,
      sentence: TALKS,
    });
    const r = rows.get(reworded.article_id)!;
    assert.deepEqual([r.via, r.start, r.end, r.raw_start, r.raw_end, r.sentence], ["reprint", null, null, null, null, null], "a reworded reprint is a source without a sentence");
  });

  it("makes one agreement of a mention in an article and its copy in a reprint, each mention at its own offsets", () => {
    const kept = docOf("kept.txt", ["Hội đàm Việt Nam – Nhật Bản", TALKS, SIGNED]);
    const reprint = docOf("reprint.txt", ["Hội đàm Việt Nam – Nhật Bản", "(Báo khác) - Tin từ Hà Nội.", TALKS, SIGNED]);
    const x = extraction([encounter(kept, TALKS, "2021-09-12", [VN, JP])], [agreement(kept, SIGNED, TITLE, "agreement", "signed_here", 0)]);
    const t = extractionTables(input([kept, reprint], [[kept, x]], [[reprint, kept]]));

    assert.equal(t.agreements.length, 1);
    const ag = t.agreements[0]!;
    assert.deepEqual([ag.title, ag.kind, ag.date_signed, ag.n_mentions], [TITLE, "agreement", "2021-09-12", 2], "signed at a meeting dated to the day: signed that day");
    const meetingId = t.meetings[0]!.meeting_id;
    assert.deepEqual(
      t.agreement_mentions.map((m) => [m.agreement_id, m.meeting_id, m.article_id, m.status, m.title_as_written, m.start, m.end, m.sentence]),
      [kept, reprint].map((d) => [ag.agreement_id, meetingId, d.article_id, "signed_here", TITLE, at(d, TITLE).start, at(d, TITLE).end, SIGNED]),
    );
  });

  it("finds a mention in a reprint that reworded its sentence but kept the title; not in a reprint that writes the title only in another sentence", () => {
    const kept = docOf("kept.txt", ["Hội đàm Việt Nam – Nhật Bản", TALKS, SIGNED]);
    // Same words mostly, order and a few words changed: the title is the kept one's.
    const reworded = SIGNED.replace(/^(\S+\s+\S+)/, "$1 cũng").replace(/\.$/, " vào dịp này.");
    assert.notEqual(reworded, SIGNED);
    const copy = docOf("reworded.txt", ["Hội đàm Việt Nam – Nhật Bản", "(Báo khác) - Tin từ Hà Nội.", TALKS, reworded]);
    const elsewhere = docOf("elsewhere.txt", ["Hội đàm Việt Nam – Nhật Bản", TALKS, `Trước đây nhiều lần nhắc tới ${TITLE} trong các bài bình luận khác nhau về kinh tế và văn hóa của khu vực.`]);
    const x = extraction([encounter(kept, TALKS, "2021-09-12", [VN, JP])], [agreement(kept, SIGNED, TITLE, "agreement", "signed_here", 0)]);
    const t = extractionTables(input([kept, copy, elsewhere], [[kept, x]], [[copy, kept], [elsewhere, kept]]));
    assert.deepEqual(
      t.agreement_mentions.map((m) => [m.article_id, m.start, m.end, m.sentence]),
      [
        [kept.article_id, at(kept, TITLE).start, at(kept, TITLE).end, SIGNED],
        [copy.article_id, at(copy, TITLE).start, at(copy, TITLE).end, reworded],
      ],
    );
  });

  it("finds a mention in a reprint that ends the kept copy's sentence at the title and tells the rest in a new sentence", () => {
    const long = `${SIGNED.slice(0, -1)}, mở ra giai đoạn hợp tác mới về công nghiệp quốc phòng giữa hai nước trong những năm tới.`;
    const split = `${SIGNED} Văn kiện mở ra giai đoạn hợp tác mới về công nghiệp quốc phòng giữa hai nước trong những năm tới.`;
    const kept = docOf("kept.txt", ["Hội đàm Việt Nam – Nhật Bản", TALKS, long]);
    const copy = docOf("split.txt", ["Hội đàm Việt Nam – Nhật Bản", "(Báo khác) - Tin từ Hà Nội.", TALKS, split]);
    const x = extraction([encounter(kept, TALKS, "2021-09-12", [VN, JP])], [agreement(kept, long, TITLE, "agreement", "signed_here", 0)]);
    const t = extractionTables(input([kept, copy], [[kept, x]], [[copy, kept]]));
    assert.deepEqual(t.agreement_mentions.map((m) => [m.article_id, m.start, m.sentence]), [
      [kept.article_id, at(kept, TITLE).start, long],
      [copy.article_id, at(copy, TITLE).start, SIGNED],
    ]);
  });

  it("finds a mention in a reprint that rewords the opening of a long sentence and drops its tail: it shares most of its own words", () => {
    const long = `Nhìn lại chặng đường vừa qua, ${SIGNED.charAt(0).toLowerCase()}${SIGNED.slice(1, -1)}; từ đó, nhiều hoạt động như giao lưu sĩ quan trẻ, huấn luyện chung, trao đổi học viên và hội thảo chuyên đề đã được triển khai đều đặn, hiệu quả.`;
    const short = `Hai bên cho biết ${SIGNED.charAt(0).toLowerCase()}${SIGNED.slice(1)}`;
    const kept = docOf("kept.txt", ["Hội đàm Việt Nam – Nhật Bản", TALKS, long]);
    const copy = docOf("short.txt", ["Hội đàm Việt Nam – Nhật Bản", "(Báo khác) - Tin từ Hà Nội.", TALKS, short]);
    const x = extraction([encounter(kept, TALKS, "2021-09-12", [VN, JP])], [agreement(kept, long, TITLE, "agreement", "signed_here", 0)]);
    const t = extractionTables(input([kept, copy], [[kept, x]], [[copy, kept]]));
    assert.deepEqual(t.agreement_mentions.map((m) => [m.article_id, m.start, m.sentence]), [
      [kept.article_id, at(kept, TITLE).start, long],
      [copy.article_id, at(copy, TITLE).start, short],
    ]);
  });

  it("finds a mention in a reprint that leaves the parties out of the title ('… giữa hai Bộ Quốc phòng') and goes on with other words", () => {
    const parties = `${TITLE} giữa hai Bộ Quốc phòng`;
    const long = `Trên cơ sở ${parties} ký năm 2021, hai bên nhất trí ưu tiên hợp tác đào tạo, quân y và cứu hộ cứu nạn trong năm tới.`;
    const short = `Trên cơ sở ${TITLE} ký năm 2021, hai bên nhất trí ưu tiên đào tạo, quân y, cứu hộ cứu nạn.`;
    const kept = docOf("kept.txt", ["Hội đàm Việt Nam – Nhật Bản", TALKS, long]);
    const copy = docOf("short.txt", ["Hội đàm Việt Nam – Nhật Bản", "(Báo khác) - Tin từ Hà Nội.", TALKS, short]);
    const x = extraction([encounter(kept, TALKS, "2021-09-12", [VN, JP])], [agreement(kept, long, parties, "agreement", "referenced", 0)]);
    const t = extractionTables(input([kept, copy], [[kept, x]], [[copy, kept]]));
    assert.deepEqual(t.agreement_mentions.map((m) => [m.article_id, m.start, m.end, m.sentence]), [
      [kept.article_id, at(kept, parties).start, at(kept, parties).end, long],
      [copy.article_id, at(copy, TITLE).start, at(copy, TITLE).end, short],
    ]);
  });

  it("finds a mention in a reprint that writes the title in its own word order, in a sentence of the same story; not a title of other words", () => {
    const kept = docOf("kept.txt", ["Hội đàm Việt Nam – Nhật Bản", TALKS, SIGNED]);
    // The reprint's own order of the title's words ("công nghệ và trang thiết bị"), its own verb.
    const ownOrder = "Hiệp định chuyển giao công nghệ và trang thiết bị quốc phòng";
    const copy = docOf("reordered.txt", ["Hội đàm Việt Nam – Nhật Bản", "(Báo khác) - Tin từ Hà Nội.", TALKS, `Sau hội đàm, hai Bộ trưởng đã ký kết ${ownOrder}.`]);
    const other = docOf("other.txt", ["Hội đàm Việt Nam – Nhật Bản", TALKS, "Sau hội đàm, hai Bộ trưởng ký Hiệp định chuyển giao tàu tuần tra cho lực lượng cảnh sát biển."]);
    const x = extraction([encounter(kept, TALKS, "2021-09-12", [VN, JP])], [agreement(kept, SIGNED, TITLE, "agreement", "signed_here", 0)]);
    const t = extractionTables(input([kept, copy, other], [[kept, x]], [[copy, kept], [other, kept]]));
    assert.deepEqual(
      t.agreement_mentions.map((m) => [m.article_id, m.title_as_written]),
      [
        [kept.article_id, TITLE],
        [copy.article_id, ownOrder],
      ],
    );
  });

  it("makes one agreement of a title with no distinctive words, mentioned by an article and its exact and edited reprints", () => {
    // Every word of this title names the parties or the kind of document (agreement-merge.ts), as in raw/003.
    const generic = "Bản Ghi nhớ giữa Bộ Quốc phòng Việt Nam và Bộ Quốc phòng Nhật Bản";
    const sentence = `${generic} được ký kết năm 2011.`;
    const paragraphs = ["Hợp tác quốc phòng Việt Nam – Nhật Bản", TALKS, sentence];
    const kept = docOf("kept.txt", paragraphs);
    const exact = { ...docOf("exact.txt", paragraphs), article_id: "exact-copy" };
    const edited = docOf("edited.txt", [...paragraphs, "Một dòng thêm vào."]);
    const x = extraction([encounter(kept, TALKS, "2021-09-12", [VN, JP])], [agreement(kept, sentence, generic, "memorandum", "referenced", 0, "2011")]);
    const t = extractionTables(
      input([kept, exact, edited], [[kept, x]], [
        [exact, kept],
        [edited, kept],
      ]),
    );

    assert.deepEqual(
      t.agreements.map((a) => [a.title, a.n_mentions]),
      [[generic, 3]],
    );
    assert.deepEqual(
      t.agreement_mentions.map((m) => [m.agreement_id, m.article_id, m.start]),
      [kept, exact, edited].map((d) => [t.agreements[0]!.agreement_id, d.article_id, at(d, generic).start]),
    );
  });

  it("an encounter left out for its several years is a report of the one meeting another article dates, when one of its years puts it there", () => {
    const UNDATED = "Ngày 12/9, Đại tướng Phan Văn Giang và Bộ trưởng Kishi Nobuo đã hội đàm.";
    const a = docOf("a.txt", ["Hội đàm Việt Nam – Nhật Bản", TALKS]);
    const b = docOf("b.txt", ["Hai Bộ trưởng hội đàm", UNDATED]);
    const inYears = (years: number[], day = "09-12"): LeftOut => ({
      ...at(b, UNDATED),
      sentence: UNDATED,
      reason: `no single year: ${years.join(", ")} all fit`,
      candidates: years.map((y) => encounter(b, UNDATED, `${y}-${day}`, [VN, JP])),
    });
    const dated = extraction([encounter(a, TALKS, "2021-09-12", [VN, JP])]);
    const t = extractionTables(input([a, b], [[a, dated], [b, extraction([], [], [inYears([2021, 2022, 2023])])]]));
    assert.deepEqual(t.meetings.map((m) => [m.date_start, m.n_articles]), [["2021-09-12", 2]]);
    assert.deepEqual(t.meeting_articles.map((s) => [s.article_id, s.sentence]), [[a.article_id, TALKS], [b.article_id, UNDATED]]);
    assert.deepEqual(t.encounters_left_out, []);
    // Told with another word of two sides meeting ("gặp" where the other says "hội đàm"): the same meeting all the same.
    const met = inYears([2021, 2022, 2023]);
    const asMet = { ...met, candidates: met.candidates!.map((c) => ({ ...c, type: "reception" as const, triggers: ["gặp"] })) };
    const m = extractionTables(input([a, b], [[a, dated], [b, extraction([], [], [asMet])]]));
    assert.deepEqual(m.meetings.map((x) => [x.date_start, x.meeting_type, x.n_articles]), [["2021-09-12", "talks", 2]]);
    // None of its years on the meeting's days, or another day, or a forum of the same people, or a signing, or another
    // time of day: still left out, the meeting one article's.
    const forum = { ...met, candidates: met.candidates!.map((c) => ({ ...c, type: "conference" as const })) };
    const signing = { ...met, candidates: met.candidates!.map((c) => ({ ...c, type: "signing" as const })) };
    const afternoon = { ...asMet, candidates: asMet.candidates.map((c) => ({ ...c, date: { ...c.date, time_of_day: "afternoon" as const } })) };
    const elsewhere = { ...asMet, candidates: asMet.candidates.map((c) => ({ ...c, place: { name: "Da Nang", country: "VN", kind: "city" as const, names: ["Đà Nẵng"] as [string], source: "test" } })) };
    const online = { ...asMet, candidates: asMet.candidates.map((c) => ({ ...c, format: "online" as const, place: null })) };
    const morning = extraction([{ ...dated.encounters[0]!, date: { ...dated.encounters[0]!.date, time_of_day: "morning" as const } }]);
    assert.deepEqual(extractionTables(input([a, b], [[a, morning], [b, extraction([], [], [afternoon])]])).meetings.map((x) => x.n_articles), [1]);
    const abroad = { ...met, candidates: met.candidates!.map((c) => ({ ...c, place: { name: "Tokyo", country: "JP", kind: "city" as const, names: ["Tokyo"] as [string], source: "test" } })) };
    for (const left of [inYears([2022, 2023]), inYears([2021, 2022], "09-14"), forum, signing, elsewhere, online, abroad]) {
      const u = extractionTables(input([a, b], [[a, dated], [b, extraction([], [], [left])]]));
      assert.deepEqual(u.meetings.map((m) => m.n_articles), [1]);
      assert.deepEqual(u.encounters_left_out.map((r) => r.article_id), [b.article_id]);
    }
  });

  it("an encounter whose years are too many to list joins the meeting another article dates only with a person of each side in common", () => {
    const VN2: Person = { name: "Hoàng Xuân Chiến", id: "vn-hoang-xuan-chien", country: "VN", rank: "Thượng tướng" };
    const JP2: Person = { name: "Oka Masami", id: "jp-oka-masami", country: "JP", rank: null };
    const BOTH = "Ngày 12/9, Đại tướng Phan Văn Giang, Thượng tướng Hoàng Xuân Chiến và Bộ trưởng Kishi Nobuo đã hội đàm.";
    const OTHER = "Ngày 12/9, Đại tướng Phan Văn Giang, Thượng tướng Hoàng Xuân Chiến và ông Oka Masami đã hội đàm.";
    const a = docOf("a.txt", ["Hội đàm Việt Nam – Nhật Bản", BOTH]);
    const b = docOf("b.txt", ["Hai bên hội đàm", BOTH]);
    const c = docOf("c.txt", ["Hai bên hội đàm", OTHER]);
    // Wide: twenty years fit (people no registry knows); else three, a few (`FEW_YEARS`).
    const left = (doc: Document, sentence: string, people: readonly Person[], wide: boolean): LeftOut => {
      const years = wide ? Array.from({ length: 20 }, (_, i) => 2006 + i) : [2020, 2021, 2022];
      assert.equal(years.length > FEW_YEARS, wide);
      return {
        ...at(doc, sentence),
        sentence,
        reason: `no single year: ${years.join(", ")} all fit`,
        candidates: years.map((y) => encounter(doc, sentence, `${y}-09-12`, people)),
      };
    };
    const dated = extraction([encounter(a, BOTH, "2021-09-12", [VN, VN2, JP])]);
    const joins = (doc: Document, l: LeftOut) => extractionTables(input([a, doc], [[a, dated], [doc, extraction([], [], [l])]])).meetings.map((m) => m.n_articles);
    // The same people of both sides: one more report.
    assert.deepEqual(joins(b, left(b, BOTH, [VN, VN2, JP], true)), [2]);
    // Two people in common but none of the Japanese side: left out, where a few years would have let it join.
    assert.deepEqual(joins(c, left(c, OTHER, [VN, VN2, JP2], true)), [1]);
    assert.deepEqual(joins(c, left(c, OTHER, [VN, VN2, JP2], false)), [2]);
  });

  it("publishes an encounter left out once per sentence", () => {
    const a = docOf("a.txt", ["Tin quốc phòng", "Hai bên đã hội đàm và ký kết văn kiện.", "Bộ trưởng hai nước điện đàm."]);
    const first = { ...at(a, "Hai bên đã hội đàm và ký kết văn kiện."), sentence: "Hai bên đã hội đàm và ký kết văn kiện." };
    const second = { ...at(a, "Bộ trưởng hai nước điện đàm."), sentence: "Bộ trưởng hai nước điện đàm." };
    const x = extraction([], [], [
      { ...first, reason: "no date" },
      { ...first, reason: "no date (second encounter of the sentence)" },
      { ...second, reason: "no date" },
    ]);
    const t = extractionTables(input([a], [[a, x]]));
    assert.deepEqual(
      t.encounters_left_out.map((l) => [l.article_id, l.start, l.reason]),
      [
        [a.article_id, first.start, "no date"],
        [a.article_id, second.start, "no date"],
      ],
    );
    assert.deepEqual([t.meetings, t.agreements], [[], []]);
  });

  it("refuses an article that was read but has no extraction", () => {
    const a = docOf("a.txt", ["Tin quốc phòng", TALKS]);
    assert.throws(() => extractionTables(input([a], [])), /no extraction for article/);
  });
});
