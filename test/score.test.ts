/**
 * The scorer (`npm run eval`) on small handmade gold files and tables:
 * the matching rules of docs/evaluation.md, one at a time.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { PipelineError } from "../pipeline/core/errors.ts";
import { checkGold, type Gold, type GoldMeeting } from "../pipeline/eval/gold.ts";
import { nameKey, placeKey, titleWords } from "../pipeline/eval/keys.ts";
import { checkTargets, stableJson } from "../pipeline/eval/report.ts";
import { reprintPairs, score, type Row, type Tables } from "../pipeline/eval/score.ts";
import { parseTable } from "../pipeline/eval/tables.ts";

// ---------- a tiny corpus: three articles, three meetings, one agreement, one fix, one reprint ----------

const GOLD: Gold = {
  articles: [
    { file: "a.txt", duplicate_of: null, machine_translated: false },
    { file: "b.txt", duplicate_of: "a.txt", machine_translated: false },
    { file: "c.txt", duplicate_of: null, machine_translated: true },
  ],
  meetings: [
    {
      id: "M1", date_start: "2021-06-03", date_end: "2021-06-03", type: "talks", format: "online", city: null, country: null, articles: ["a.txt"],
      participants: [{ name: "Phan Văn Giang", country: "VN", rank: "Thượng tướng" }, { name: "Kishi Nobuo", country: "JP", rank: "" }],
    },
    {
      id: "M2", date_start: "2020-06-10", date_end: "2020-06-10", type: "call", format: "online", city: null, country: null, articles: ["c.txt"],
      participants: [
        { name: "Nguyễn Chí Vịnh", country: "VN", rank: "Thượng tướng" },
        { name: "Nishida Yasunori", country: "JP", rank: "" },
        { name: "Yamada Takio", country: "JP", rank: "" },
      ],
    },
    {
      id: "M3", date_start: "2010-03-24", date_end: "2010-03-28", type: "conference", format: "in_person", city: "Tokyo", country: "JP", articles: ["c.txt"],
      participants: [{ name: "Nguyễn Chí Vịnh", country: "VN", rank: "Trung tướng" }, { name: "Kitazawa Toshimi", country: "JP", rank: "" }],
    },
  ],
  agreements: [
    { title: "Bản ghi nhớ về hợp tác an ninh mạng", kind: "memorandum", date_signed: "2021-11-23", mentions: [{ article: "a.txt", meeting: "M1", status: "signed_here" }] },
  ],
  fixes: [{ article: "c.txt", original: "Ruan Zhiyong", canonical: "Nguyễn Chí Vịnh" }],
};

/** The tables a perfect build of GOLD publishes. */
function perfect(): Tables {
  const meeting = (id: string, date_start: string, date_end: string, meeting_type: string, format: string, city = "", country = "") => ({
    meeting_id: id, date_start, date_end, meeting_type, format, city, country,
  });
  const person = (meeting_id: string, name: string, country: string, rank = "") => ({ meeting_id, name, country, rank });
  return {
    articles: [
      { article_id: "aaaa", source_file: "raw/a.txt", duplicate_of: "" },
      { article_id: "bbbb", source_file: "raw/b.txt", duplicate_of: "aaaa" },
      { article_id: "cccc", source_file: "raw/sub/c.txt", duplicate_of: "" },
    ],
    meetings: [
      meeting("m1", "2021-06-03", "2021-06-03", "talks", "online"),
      meeting("m2", "2020-06-10", "2020-06-10", "call", "online"),
      meeting("m3", "2010-03-24", "2010-03-28", "conference", "in_person", "Tokyo", "JP"),
    ],
    participants: [
      person("m1", "Phan Văn Giang", "VN", "Thượng tướng"),
      person("m1", "Kishi Nobuo", "JP"),
      person("m2", "Nguyễn Chí Vịnh", "VN", "Thượng tướng"),
      person("m2", "Nishida Yasunori", "JP"),
      person("m2", "Yamada Takio", "JP"),
      person("m3", "Nguyễn Chí Vịnh", "VN", "Trung tướng"),
      person("m3", "Kitazawa Toshimi", "JP"),
    ],
    meeting_articles: [
      { meeting_id: "m1", article_id: "aaaa" },
      { meeting_id: "m1", article_id: "bbbb" },
      { meeting_id: "m2", article_id: "cccc" },
      { meeting_id: "m3", article_id: "cccc" },
    ],
    agreements: [{ agreement_id: "g1", title: "Bản ghi nhớ giữa Bộ Quốc phòng Việt Nam và Bộ Quốc phòng Nhật Bản về hợp tác an ninh mạng", kind: "memorandum", date_signed: "2021-11-23" }],
    agreement_mentions: [{ agreement_id: "g1", meeting_id: "m1", article_id: "aaaa", status: "signed_here" }],
    fixes: [
      { article_id: "cccc", original: "Ruan Zhiyong", replacement: "Nguyễn Chí Vịnh" },
      { article_id: "cccc", original: "Ruan Zhiyong", replacement: "Nguyễn Chí Vịnh" },
    ],
  };
}

/** PERFECT with some tables changed. */
function edit(change: (t: { -readonly [K in keyof Tables]: Row[] }) => void): Tables {
  const t = structuredClone(perfect()) as { -readonly [K in keyof Tables]: Row[] };
  change(t);
  return t;
}

function withGold(change: (g: { meetings: GoldMeeting[] } & Record<string, unknown>) => void): Gold {
  const g = structuredClone(GOLD) as unknown as { meetings: GoldMeeting[] } & Record<string, unknown>;
  change(g);
  return g as Gold;
}

function rename(t: { participants: Row[] }, meeting: string, from: string, to: string) {
  t.participants = t.participants.map((p) => (p.meeting_id === meeting && p.name === from ? { ...p, name: to } : p));
}

describe("score", () => {
  it("scores 1 everywhere for a perfect build, with nothing to report", () => {
    const { figures, detail } = score(GOLD, perfect());
    for (const table of ["meetings", "participants", "agreements", "fixes", "duplicates"] as const) {
      const f = figures[table];
      assert.deepEqual([f.precision, f.recall, f.f1], [1, 1, 1], table);
      assert.deepEqual(detail[table], { missed: [], spurious: [], wrong: [] }, table);
    }
    assert.deepEqual(figures.meetings, {
      gold: 3, output: 3, matched: 3, optional_matched: 0, precision: 1, recall: 1, f1: 1, split_duplicates: 0,
      date_exact: 1, type: 1, format: 1, place: 1, all_sources: 1,
    });
    assert.equal(figures.participants.rank, 1);
    assert.deepEqual([figures.agreements.kind, figures.agreements.date_signed, figures.agreements.mention_status], [1, 1, 1]);
    assert.deepEqual([figures.fixes.gold, figures.fixes.output, figures.fixes.on_clean_articles], [1, 2, 0]);
    assert.deepEqual([figures.duplicates.gold_pairs, figures.duplicates.output_pairs], [1, 1]);
  });

  it("counts a second row for one meeting as a split duplicate and a false positive, and names it", () => {
    const tables = edit((t) => {
      t.meetings.push({ ...t.meetings[0]!, meeting_id: "m1bis" });
      t.participants.push({ meeting_id: "m1bis", name: "Phan Văn Giang", country: "VN", rank: "Thượng tướng" }, { meeting_id: "m1bis", name: "Kishi Nobuo", country: "JP", rank: "" });
    });
    const { figures, detail } = score(GOLD, tables);
    assert.equal(figures.meetings.split_duplicates, 1);
    assert.deepEqual([figures.meetings.precision, figures.meetings.recall, figures.meetings.f1], [0.75, 1, 0.857]);
    assert.equal(detail.meetings.spurious.length, 1);
    assert.match(detail.meetings.spurious[0]!, /^m1bis 2021-06-03 talks .*split duplicate of M1/);
    // Its two people are published twice: 7 found out of 9 published.
    assert.deepEqual([figures.participants.precision, figures.participants.recall], [0.778, 1]);
  });

  it("ignores the order and case of a name's words but keeps diacritics", () => {
    assert.equal(nameKey("Kishi Nobuo"), nameKey("nobuo KISHI"));
    assert.equal(nameKey("Y-ô-si-hi-cô Nô-đa"), nameKey("nô đa y ô si hi cô"));
    assert.notEqual(nameKey("Nguyễn Chí Vinh"), nameKey("Nguyễn Chí Vịnh"));
    assert.equal(nameKey("Nguyễn Chí Vịnh"), nameKey("Nguye\u0302\u0303n Chí Vịnh"), "NFC");

    const reordered = score(GOLD, edit((t) => rename(t, "m1", "Kishi Nobuo", "NOBUO Kishi")));
    assert.equal(reordered.figures.participants.f1, 1);
    assert.equal(reordered.figures.meetings.f1, 1);

    // Still two names in common, so M2 matches, but "Vinh" is not "Vịnh": one miss and one spurious person.
    const { figures, detail } = score(GOLD, edit((t) => rename(t, "m2", "Nguyễn Chí Vịnh", "Nguyễn Chí Vinh")));
    assert.equal(figures.meetings.f1, 1);
    assert.deepEqual([figures.participants.precision, figures.participants.recall, figures.participants.gold, figures.participants.output], [0.857, 0.857, 7, 7]);
    assert.deepEqual(detail.participants.missed, ["M2: Nguyễn Chí Vịnh (VN)"]);
    assert.deepEqual(detail.participants.spurious, ["M2 = m2: Nguyễn Chí Vinh"]);
  });

  it("counts optional gold items neither for nor against", () => {
    const gold = withGold((g) => {
      g.meetings.push({
        id: "M4", date_start: "2017-10-24", date_end: "2017-10-24", type: "conference", format: "in_person", city: "Clark", country: "PH", articles: ["c.txt"], optional: true,
        participants: [{ name: "Ngô Xuân Lịch", country: "VN" }, { name: "Onodera Itsunori", country: "JP" }],
      });
      (g.meetings[0]!.participants as { name: string; optional?: boolean }[]).push({ name: "Yamada Takio", optional: true });
      (g.agreements as unknown[]).push({ title: "Tuyên bố tầm nhìn chung", kind: "joint_statement", date_signed: "2018-04-10", optional: true });
      (g.fixes as unknown[]).push({ article: "c.txt", original: "Shantian Longxiong", canonical: "Yamada Takio", optional: true });
    });
    const without = score(gold, perfect()).figures;
    const withAll = score(
      gold,
      edit((t) => {
        t.meetings.push({ meeting_id: "m4", date_start: "2017-10-24", date_end: "2017-10-24", meeting_type: "conference", format: "in_person", city: "Clark", country: "PH" });
        t.participants.push({ meeting_id: "m4", name: "Ngô Xuân Lịch", country: "VN", rank: "" }, { meeting_id: "m4", name: "Onodera Itsunori", country: "JP", rank: "" });
        t.participants.push({ meeting_id: "m1", name: "Yamada Takio", country: "JP", rank: "" });
        t.agreements.push({ agreement_id: "g2", title: "Tuyên bố tầm nhìn chung về hợp tác quốc phòng", kind: "joint_statement", date_signed: "2018-04-10" });
        t.fixes.push({ article_id: "cccc", original: "Shantian Longxiong", replacement: "Yamada Takio" });
      }),
    ).figures;
    for (const f of [without, withAll]) {
      for (const table of ["meetings", "participants", "agreements", "fixes"] as const) {
        assert.deepEqual([f[table].precision, f[table].recall, f[table].f1], [1, 1, 1], table);
      }
    }
    assert.deepEqual([without.meetings.gold, without.meetings.matched, withAll.meetings.matched, withAll.meetings.optional_matched], [3, 3, 4, 1]);
    assert.deepEqual([withAll.agreements.matched, withAll.agreements.optional_matched], [2, 1]);
  });

  it("matches an agreement on kind and signing date when the titles differ, and not on the kind alone", () => {
    const retitled = (kind: string, date_signed: string) =>
      score(GOLD, edit((t) => (t.agreements = [{ agreement_id: "g1", title: "Văn kiện mới", kind, date_signed }]))).figures.agreements;
    assert.deepEqual(titleWords("Bản ghi nhớ giữa Bộ Quốc phòng Việt Nam và Bộ Quốc phòng Nhật Bản về hợp tác an ninh mạng"), new Set(["ghi", "nho", "hop", "tac", "an", "ninh", "mang"]));
    assert.equal(retitled("memorandum", "2021-11-23").f1, 1);
    assert.deepEqual([retitled("memorandum", "2021-11-24").f1, retitled("agreement", "2021-11-23").f1], [0, 0]);
    // The same kind and an article mentioning both: enough with some title words in common.
    const shared = score(GOLD, edit((t) => (t.agreements = [{ agreement_id: "g1", title: "Bản ghi nhớ mới", kind: "memorandum", date_signed: "" }]))).figures.agreements;
    assert.deepEqual([shared.f1, shared.date_signed], [1, 0]);
  });

  it("matches meetings whose date ranges overlap, and only those", () => {
    const dated = (id: string, date_start: string, date_end: string) =>
      score(GOLD, edit((t) => (t.meetings = t.meetings.map((m) => (m.meeting_id === id ? { ...m, date_start, date_end } : m))))).figures.meetings;
    // A day inside the gold range, and a range around the gold day: matched, not exact.
    assert.deepEqual([dated("m3", "2010-03-26", "2010-03-26").recall, dated("m3", "2010-03-26", "2010-03-26").date_exact], [1, 0.667]);
    assert.deepEqual([dated("m1", "2021-06-01", "2021-06-03").recall, dated("m1", "2021-06-01", "2021-06-03").date_exact], [1, 0.667]);
    assert.equal(dated("m3", "2010-03-28", "2010-04-02").recall, 1, "touching the last day overlaps");
    // An empty end is the start.
    assert.deepEqual([dated("m1", "2021-06-03", "").recall, dated("m1", "2021-06-03", "").date_exact], [1, 1]);
    // The day after, or the same day a year later: no match.
    const after = dated("m1", "2021-06-04", "2021-06-04");
    assert.deepEqual([after.matched, after.precision, after.recall, after.split_duplicates], [2, 0.667, 0.667, 0]);
    assert.equal(dated("m2", "2021-06-10", "2021-06-10").matched, 2);
  });

  it("needs half the names, or two of them, in common to match a meeting", () => {
    // M2 with only Nishida Yasunori of its three people: Jaccard 1/3 and one name in common.
    const one = score(GOLD, edit((t) => (t.participants = t.participants.filter((p) => p.meeting_id !== "m2" || p.name === "Nishida Yasunori")))).figures;
    assert.deepEqual([one.meetings.matched, one.participants.output, one.participants.matched], [2, 5, 4]);
    const two = score(GOLD, edit((t) => (t.participants = t.participants.filter((p) => p.meeting_id !== "m2" || p.name !== "Yamada Takio")))).figures;
    assert.equal(two.meetings.matched, 3);
  });

  it("checks type, format, place, sources, rank and mention status on the matched", () => {
    const { figures, detail } = score(
      GOLD,
      edit((t) => {
        t.meetings = t.meetings.map((m) => (m.meeting_id === "m3" ? { ...m, meeting_type: "talks", format: "online", city: "" } : m));
        t.meeting_articles = t.meeting_articles.filter((x) => x.meeting_id !== "m2");
        t.participants = t.participants.map((p) => (p.rank === "Trung tướng" ? { ...p, rank: "trung TƯỚNG" } : p.rank === "Thượng tướng" && p.meeting_id === "m1" ? { ...p, rank: "Đại tướng" } : p));
        t.agreement_mentions = [{ agreement_id: "g1", meeting_id: "m1", article_id: "aaaa", status: "referenced" }];
      }),
    );
    assert.deepEqual([figures.meetings.f1, figures.meetings.type, figures.meetings.format, figures.meetings.place, figures.meetings.all_sources], [1, 0.667, 0.667, 0, 0.667]);
    assert.equal(figures.participants.rank, 0.667, "case is ignored; a different rank is not");
    assert.equal(figures.agreements.mention_status, 0);
    assert.deepEqual(detail.meetings.wrong, ["M2 = m2: sources lack c.txt", "M3 = m3: type talks ≠ conference; format online ≠ in_person; city  ≠ Tokyo"]);
    assert.deepEqual(detail.agreements.wrong, ["g1 Bản ghi nhớ về hợp tác an ninh mạng: a.txt: status referenced ≠ signed_here"]);
    assert.equal(placeKey("Hà Nội"), placeKey("Hanoi"));
  });

  it("matches fixes in the same article on originals containing one another and the canonical name", () => {
    const fixes = (rows: Row[]) => score(GOLD, edit((t) => (t.fixes = rows))).figures.fixes;
    assert.deepEqual(fixes([{ article_id: "cccc", original: "Ruan Zhi", replacement: "Vịnh Nguyễn Chí" }]), { gold: 1, output: 1, precision: 1, recall: 1, f1: 1, on_clean_articles: 0 });
    const wrong = fixes([
      { article_id: "aaaa", original: "Ruan Zhiyong", replacement: "Nguyễn Chí Vịnh" },
      { article_id: "cccc", original: "Ruan Zhiyong", replacement: "Nguyễn Chí Vinh" },
    ]);
    assert.deepEqual([wrong.precision, wrong.recall, wrong.on_clean_articles], [0, 0, 1]);
  });

  it("scores duplicates as pairs of files in one reprint group", () => {
    assert.deepEqual([...reprintPairs([["a", ""], ["b", "a"], ["c", "b"], ["d", ""]])].sort(), ["a|b", "a|c", "b|c"]);
    const none = score(GOLD, edit((t) => (t.articles = t.articles.map((a) => ({ ...a, duplicate_of: "" }))))).figures.duplicates;
    assert.deepEqual(none, { gold_pairs: 1, output_pairs: 0, precision: 0, recall: 0, f1: 0 });
    const wrong = score(GOLD, edit((t) => (t.articles = t.articles.map((a) => ({ ...a, duplicate_of: a.article_id === "cccc" ? "aaaa" : a.duplicate_of! }))))).figures.duplicates;
    assert.deepEqual([wrong.output_pairs, wrong.precision, wrong.recall], [3, 0.333, 1]);
  });

  it("gives precision 1 to an empty output only where there was nothing to find, and null to an accuracy with nothing to measure", () => {
    const empty: Tables = { articles: [], meetings: [], participants: [], meeting_articles: [], agreements: [], agreement_mentions: [], fixes: [] };
    const missed = score(GOLD, empty).figures;
    assert.deepEqual([missed.meetings.precision, missed.meetings.recall, missed.meetings.f1, missed.meetings.date_exact], [0, 0, 0, null]);
    const nothing = score({}, empty).figures;
    assert.deepEqual([nothing.meetings.precision, nothing.meetings.recall, nothing.agreements.f1, nothing.participants.rank], [1, 1, 1, null]);
  });
});

describe("reading gold files and tables", () => {
  it("names the first problem in a gold file", () => {
    assert.equal(checkGold(GOLD), null);
    assert.equal(checkGold({ meetings: [{ id: "M1", date_start: "2021-06-03", date_end: "2021-06-03" }] }), "meetings[0].participants is not a list");
    assert.equal(checkGold({ fixes: [{ article: "a.txt", original: "x" }] }), "fixes[0].canonical is not a string");
  });

  it("reads quoted cells and a BOM, and stops on a missing column", () => {
    const rows = parseTable('\ufeffmeeting_id,name,country,rank\nm1," Kishi, Nobuo ",JP,\n', ["meeting_id", "name"]);
    assert.deepEqual(rows, [{ meeting_id: "m1", name: "Kishi, Nobuo", country: "JP", rank: "" }]);
    assert.throws(() => parseTable("meeting_id,name\n", ["meeting_id", "rank"], "participants.csv"), (e: unknown) => e instanceof PipelineError && /participants.csv: no column 'rank'/.test(e.message));
  });
});

describe("the report", () => {
  it("writes JSON with sorted keys and 3 decimals", () => {
    assert.equal(stableJson({ b: { f1: 2 / 3, a: 1 }, a: [0.12345, null] }), '{\n  "a": [\n    0.123,\n    null\n  ],\n  "b": {\n    "a": 1,\n    "f1": 0.667\n  }\n}\n');
  });

  it("lists the figures below their targets, and targets with nothing measured", () => {
    const report = { dev: score(GOLD, edit((t) => (t.agreements = []))).figures };
    assert.deepEqual(checkTargets(report, { dev: { meetings: { f1: 0.95, date_exact: 0.95 }, agreements: { f1: 0.9 } } }), ["dev agreements f1: 0 < 0.9"]);
    assert.deepEqual(checkTargets(report, { dev: { meetings: { nonsense: 1 } }, seeds: { meetings: { f1: 1 } } }), ["dev meetings nonsense: not measured (target 1)", "seeds: not evaluated"]);
  });
});
