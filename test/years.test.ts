import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { inferYear, rankSpan, weekdayOf, type RoleConstraint } from "../pipeline/extract/years.ts";
import { loadRegistry, Registry } from "../pipeline/registry/index.ts";
import type { Person } from "../pipeline/registry/index.ts";

let registry: Registry;
before(async () => {
  registry = await loadRegistry();
});

function role(name: string, officeIds: string[], rank: string | null = null): RoleConstraint {
  const [p] = registry.findPeople(name);
  assert.ok(p, `${name} is in the registry`);
  return { personId: p.person_id, officeIds, rank, label: `${name}, ${officeIds.join("/")}` };
}

describe("inferYear", () => {
  it("with no post stated, keeps the years in which each person held some registry post, but never empties the list", () => {
    // Kishi Nobuo was defence minister Sept 2020 - Oct 2021; Phan Văn Giang has been minister since April 2021.
    const bare = inferYear({ day: 12, month: 9, constraints: [role("Kishi Nobuo", []), role("Phan Văn Giang", [])], mentionedYears: [2015] }, registry);
    assert.equal(bare.year, 2021, bare.basis);
    assert.match(bare.basis, /no post stated/);
    // A year written elsewhere does not outvote the careers of the people present.
    assert.notEqual(bare.year, 2015);
    // Someone whose posts the registry dates nowhere near the day: the clue is dropped rather than leaving no year.
    const none = inferYear({ day: 12, month: 9, constraints: [role("Kishi Nobuo", [])], from: 2000, to: 2002 }, registry);
    assert.deepEqual(none.candidates, [2000, 2001, 2002]);
  });

  it("a post told as held before ('nguyên Bộ trưởng …') puts the encounter after a term in it, not within one", () => {
    // Onodera Itsunori was defence minister 2012-12 – 2014-09 and 2017-08 – 2018-10.
    const former = { ...role("Onodera Itsunori", []), formerOfficeIds: ["jp.minister_of_defense"] };
    const within = (r: ReturnType<typeof inferYear>) => r.candidates.filter((y) => y >= 2012 && y <= 2019);
    const r = inferYear({ day: 20, month: 8, constraints: [former], from: 2012, to: 2019 }, registry);
    assert.deepEqual(within(r), [2015, 2016, 2019], r.basis);
    assert.match(r.basis, /a post held before: 2012-12 – 2014-09, 2017-08 – 2018-10/);
    // The same post held at the encounter: the years of the terms.
    assert.deepEqual(within(inferYear({ day: 20, month: 8, constraints: [role("Onodera Itsunori", ["jp.minister_of_defense"])], from: 2012, to: 2019 }, registry)), [2013, 2014, 2017, 2018]);
  });

  it("keeps the years in which a term told to end (or begin) at the encounter does so within half a year", () => {
    // Umeda Kunio was ambassador from 3 November 2016 to some day of 2020; with Ngô Xuân Lịch (minister April 2016 to
    // April 2021) 12/1 fits 2017 to 2020.
    const both = () => [role("Ngô Xuân Lịch", ["vn.minister_of_defence"]), role("Umeda Kunio", ["jp.ambassador_to_vietnam"])];
    const open = inferYear({ day: 12, month: 1, constraints: both() }, registry);
    assert.deepEqual(open.candidates, [2017, 2018, 2019, 2020]);
    const umeda = both()[1]!.personId;
    const farewell = inferYear({ day: 12, month: 1, constraints: both(), tenureEdge: { edge: "end", personId: umeda } }, registry);
    assert.equal(farewell.year, 2020, farewell.basis);
    assert.match(farewell.basis, /to end at the encounter/);
    const arrival = inferYear({ day: 12, month: 1, constraints: both(), tenureEdge: { edge: "start", personId: umeda } }, registry);
    assert.equal(arrival.year, 2017, arrival.basis);
    // A term begun that no candidate year is near: no clue, the years stay open.
    const host = inferYear({ day: 12, month: 1, constraints: both(), tenureEdge: { edge: "start", personId: both()[0]!.personId } }, registry);
    assert.deepEqual(host.candidates, [2017, 2018, 2019, 2020]);
    // An end known to the month: the same day a year before is not in its last half year (Đoàn Xuân Hưng, ambassador
    // to Japan from December 2011 to July 2015).
    const envoy = [role("Đoàn Xuân Hưng", ["vn.ambassador_to_japan"])];
    assert.deepEqual(inferYear({ day: 14, month: 7, constraints: envoy }, registry).candidates, [2012, 2013, 2014, 2015]);
    const leaving = inferYear({ day: 14, month: 7, constraints: envoy, tenureEdge: { edge: "end", personId: envoy[0]!.personId } }, registry);
    assert.equal(leaving.year, 2015, leaving.basis);
  });

  it("takes the year that puts the date on or before publication", () => {
    assert.equal(inferYear({ day: 25, month: 11, constraints: [], published: "2019-11-26" }, registry).year, 2019);
    assert.equal(inferYear({ day: 28, month: 12, constraints: [], published: "2020-01-02" }, registry).year, 2019);
  });

  it("finds the one year in which both defence ministers held office together", () => {
    // Kitazawa Toshimi (Sept 2009 - Sept 2011) with Phùng Quang Thanh: 24/3 fits 2010 and 2011; adding the weekday leaves one.
    const a = inferYear({ day: 24, month: 3, constraints: [role("Kitazawa Toshimi", ["jp.minister_of_defense"]), role("Phùng Quang Thanh", ["vn.minister_of_defence"])], from: 2000, to: 2026 }, registry);
    assert.deepEqual(a.candidates, [2010, 2011]);
    assert.equal(a.year, null);
    assert.match(a.basis, /2010, 2011 all fit/);
    const b = inferYear({ day: 24, month: 3, weekday: 3, constraints: [role("Kitazawa Toshimi", ["jp.minister_of_defense"])], from: 2000, to: 2026 }, registry);
    assert.equal(b.year, 2010, "24 March 2010 was a Wednesday");
  });

  it("uses a year written elsewhere in the article only to choose among years the people allow", () => {
    const constraints = [role("Phan Văn Giang", ["vn.minister_of_defence"]), role("Kishi Nobuo", ["jp.minister_of_defense"])];
    const open = inferYear({ day: 3, month: 6, constraints, from: 2000, to: 2026 }, registry);
    assert.deepEqual(open.candidates, [2021, 2022]);
    assert.equal(inferYear({ day: 3, month: 6, constraints, mentionedYears: [2021, 2023], from: 2000, to: 2026 }, registry).year, 2021);
    assert.equal(inferYear({ day: 3, month: 6, constraints, mentionedYears: [2019], from: 2000, to: 2026 }, registry).year, null, "a year the people exclude does not count");
  });

  it("uses the rank where the registry knows when it was reached", () => {
    const vinh = registry.findPeople("Nguyễn Chí Vịnh")[0]!;
    const promoted = vinh.ranks.find((r) => r.rank === "Thượng tướng")!.date;
    const y = Number(promoted.slice(0, 4));
    const asTrung = inferYear({ day: 1, month: 1, constraints: [role("Nguyễn Chí Vịnh", ["vn.deputy_minister_of_defence"], "Trung tướng")], from: y - 1, to: y + 1 }, registry);
    assert.ok(asTrung.candidates.every((c) => `${c}-01-01` < promoted));
  });

  it("does not exclude a year on a bound that is only attested", () => {
    const manabe = registry.findPeople("Manabe Ro")[0]!;
    const post = manabe.positions.find((p) => p.office_id === "jp.vice_minister_for_international_affairs")!;
    assert.equal(post.start_precision, "attested", "the registry knows only a day he held the post, not when he took it");
    const y = Number(post.start.slice(0, 4));
    const a = inferYear({ day: 1, month: 1, constraints: [role("Manabe Ro", ["jp.vice_minister_for_international_affairs"])], from: y - 3, to: y }, registry);
    assert.ok(a.candidates.includes(y), `${y} stays possible before the attested day`);
    assert.ok(!a.candidates.includes(y - 3), "but not years far from any evidence");
    // Where a year within the attested days fits too, it is the likelier.
    const b = inferYear({ day: 1, month: 1, constraints: [role("Manabe Ro", ["jp.vice_minister_for_international_affairs"])], from: y - 3, to: y + 3 }, registry);
    assert.ok(!b.candidates.includes(y) && b.candidates.length > 0, `${b.candidates}: ${b.basis}`);
    assert.match(b.basis, /within the days the posts are attested/);
  });

  it("does not invent a year when nothing supports one", () => {
    const a = inferYear({ day: 10, month: 6, constraints: [], from: 2018, to: 2020 }, registry);
    assert.equal(a.year, null);
    assert.deepEqual(a.candidates, [2018, 2019, 2020]);
  });

  it("reads Vietnamese weekdays", () => {
    assert.deepEqual(["Thứ Hai", "thứ ba", "Thứ Bảy", "Chủ nhật", "Thứ 5"].map(weekdayOf), [1, 2, 6, 0, 4]);
  });
});

describe("inferYear: clues the registry contradicts", () => {
  // Two invented people, so the test does not hang on the reference data.
  const person = (id: string, country: "VN" | "JP", officeId: string, start: string, end: string | null, ranks: Person["ranks"] = []): Person => ({
    person_id: id,
    name: id,
    country,
    name_han: null,
    name_zh: null,
    aliases: [],
    wikidata: null,
    birth_year: null,
    positions: [{ office_id: officeId, start, end, source: "test" }],
    ranks,
  }) as unknown as Person;
  const made = () =>
    new Registry(
      [
        person("vn-a", "VN", "vn.minister_of_defence", "2010-01-01", "2016-12-31", [
          { rank: "Đại tướng", date: "2011-01-01", precision: "year", source: "test" },
          { rank: "Đại tướng", date: "2014-05-05", precision: "attested", source: "test" },
        ] as unknown as Person["ranks"]),
        person("jp-b", "JP", "jp.administrative_vice_minister_of_defense", "2013-03-01", "2015-02-28"),
      ],
      registry.offices,
    );

  it("keeps a rank recorded again by an attested day held until the next rank, not until that record", () => {
    const r = made();
    const a = inferYear({ day: 20, month: 11, constraints: [{ personId: "vn-a", officeIds: ["vn.minister_of_defence"], rank: "Đại tướng", label: "A" }, { personId: "jp-b", officeIds: ["jp.administrative_vice_minister_of_defense"], rank: null, label: "B" }] }, r);
    assert.deepEqual(a.candidates, [2013, 2014], a.basis);
  });

  it("outvotes a post the person never held with their career instead of ruling out every year", () => {
    const r = made();
    const stated = (officeIds: string[]) =>
      inferYear({ day: 10, month: 2, constraints: [{ personId: "vn-a", officeIds: ["vn.minister_of_defence"], rank: null, label: "A" }, { personId: "jp-b", officeIds, rank: null, label: "B, chief of staff" }] }, r);
    // Told as a chief of staff, a post the registry never gives B: B's own post (March 2013 - February 2015) decides.
    const wrong = stated(["jp.chief_of_staff_gsdf"]);
    assert.deepEqual(wrong.candidates, [2014, 2015], wrong.basis);
    assert.match(wrong.basis, /never gives them/);
    // A post B held, in years that cannot meet the day, still rules years out: that is evidence, not a slip.
    const right = stated(["jp.administrative_vice_minister_of_defense"]);
    assert.deepEqual(right.candidates, [2014, 2015]);
    const unknownPerson = inferYear({ day: 10, month: 2, constraints: [{ personId: "jp-b", officeIds: ["jp.chief_of_staff_gsdf"], rank: null, label: "B" }], published: "2014-03-01", publishedFrom: "date_line" }, r);
    assert.equal(unknownPerson.year, 2014, "a date line is not overruled by a post the person never held");
  });

  it("does not narrow by the career of someone given a post the registry does not record", () => {
    const r = made();
    const asked = (unrecordedPost: boolean) => inferYear({ day: 10, month: 2, constraints: [{ personId: "jp-b", officeIds: [], rank: null, label: "B, commander of a corps", unrecordedPost }] }, r);
    // Named bare, B is met in one of the posts the registry knows; given another post, B's known posts are not all B held.
    assert.ok(asked(false).candidates.length < asked(true).candidates.length, asked(true).basis);
    assert.doesNotMatch(asked(true).basis, /posts held/);
  });
});

describe("rankSpan", () => {
  it("opens at a promotion day, and after the rank before when the date is only attested", () => {
    const ranks = [
      { date: "2010-06-01", precision: "day" as const },
      { date: "2015-03-20", precision: "attested" as const },
      { date: "2019-01-01", precision: "month" as const },
    ];
    assert.deepEqual(rankSpan(ranks, 0), ["2010-06-01", "2015-03-19"], "the next rank was held by its attested day");
    assert.deepEqual(rankSpan(ranks, 1), ["2010-06-02", "2019-01-31"], "promoted some day after the rank before; the next promotion is somewhere in January 2019");
    assert.deepEqual(rankSpan(ranks, 2), ["2019-01-01", "9999-12-31"]);
  });

  it("leaves an attested rank with nothing recorded before it open to the past", () => {
    assert.deepEqual(rankSpan([{ date: "2020-05-05", precision: "attested" }], 0), ["0000-01-01", "9999-12-31"]);
    assert.deepEqual(rankSpan([{ date: "2020-05-05", precision: "attested" }, { date: "2023-12-01", precision: "year" }], 0), ["0000-01-01", "2023-12-31"]);
  });
});
