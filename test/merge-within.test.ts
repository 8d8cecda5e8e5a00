/**
 * One encounter told in several sentences of an article is one row (`mergeWithinArticle`). Encounters are built here
 * by hand, so each case names exactly what the rule sees: types, days, who is on each side.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { combine, mergeWithinArticle, type Encounter, type Participant } from "../pipeline/extract/article.ts";
import type { EventDate } from "../pipeline/extract/when.ts";
import type { MeetingType } from "../pipeline/lang/lexicon.ts";

const PRECEDENCE: readonly MeetingType[] = ["talks", "dialogue", "call", "signing", "conference", "reception", "other"];

function person(name: string, country: "VN" | "JP"): Participant {
  return { article_id: "a", person_id: null, name, name_as_written: name, country, rank: null, position: null, start: 0, end: 0 };
}

function day(from: string, to = from): EventDate {
  return { date_start: from, date_end: to, precision: from === to ? "day" : "range", time_of_day: null, year_inferred: false, basis: "written" };
}

function encounter(type: MeetingType, date: EventDate, people: readonly Participant[], at: number): Encounter {
  return { start: at, end: at + 10, sentence: `${type} ${at}`, triggers: [type], type, format: "in_person", date, place: null, participants: people };
}

const A = person("Lê Văn An", "VN");
const B = person("Sato Ichiro", "JP");
const C = person("Trần Văn Bình", "VN");

describe("mergeWithinArticle", () => {
  it("makes a conference told with one side the occasion of a two-sided encounter of its person on that day: one row, the encounter's type", () => {
    const rows = mergeWithinArticle([encounter("conference", day("2024-11-21"), [A], 0), encounter("reception", day("2024-11-21"), [A, B], 100)], PRECEDENCE);
    assert.equal(rows.length, 1);
    assert.equal(rows[0]!.type, "reception");
    assert.deepEqual(rows[0]!.participants.map((p) => p.name), ["Lê Văn An", "Sato Ichiro"]);
    // Either order.
    assert.equal(mergeWithinArticle([encounter("talks", day("2024-11-21"), [A, B], 0), encounter("conference", day("2024-11-21"), [A], 100)], PRECEDENCE).length, 1);
  });

  it("keeps such a conference apart on another day, over a span, or with someone else", () => {
    const two = encounter("reception", day("2024-11-21"), [A, B], 100);
    assert.equal(mergeWithinArticle([encounter("conference", day("2024-11-22"), [A], 0), two], PRECEDENCE).length, 2);
    // A conference over several days is a meeting of its own; the encounters of its days are others.
    assert.equal(mergeWithinArticle([encounter("conference", day("2024-11-20", "2024-11-22"), [A], 0), two], PRECEDENCE).length, 2);
    assert.equal(mergeWithinArticle([encounter("conference", day("2024-11-21"), [C], 0), two], PRECEDENCE).length, 2);
    // A one-sided encounter of another type is not a conference's occasion.
    assert.equal(mergeWithinArticle([encounter("reception", day("2024-11-21"), [C], 0), encounter("talks", day("2024-11-21"), [C, B], 100)], PRECEDENCE).length, 2);
  });

  it("keeps a forum both sides attend apart from the encounter told on its sidelines, whoever attends both", () => {
    const forum = { ...encounter("conference", day("2023-06-03"), [A, B], 0), datedHere: true as const };
    const sideline = { ...encounter("talks", day("2023-06-03"), [A, B], 100), frame: "conference" as const };
    const rows = mergeWithinArticle([forum, sideline], PRECEDENCE);
    assert.deepEqual(rows.map((r) => r.type), ["conference", "talks"]);
    // Not framed by the forum, the same people on the same day are one meeting.
    assert.equal(mergeWithinArticle([forum, encounter("talks", day("2023-06-03"), [A, B], 100)], PRECEDENCE).length, 1);
    // A forum only named, its sentence writing no date of its own (the reason of a visit), is no meeting of its own.
    assert.equal(mergeWithinArticle([encounter("conference", day("2023-06-03"), [A, B], 0), sideline], PRECEDENCE).length, 1);
    // A forum told with one side stays the occasion of the encounter, framed or not.
    assert.equal(mergeWithinArticle([encounter("conference", day("2023-06-03"), [A], 0), sideline], PRECEDENCE).length, 1);
  });
});

describe("mergeWithinArticle: a signing on the day of an encounter", () => {
  const D = person("Kato Jiro", "JP");
  it("joins any encounter of its day when told by its own marker (the ministers witness, their deputies sign)", () => {
    const signed = encounter("signing", day("2024-06-02"), [C, D], 100);
    assert.equal(mergeWithinArticle([encounter("talks", day("2024-06-02"), [A, B], 0), signed], PRECEDENCE).length, 1);
  });

  it("keeps apart an encounter told by another marker that the sentence after makes a signing, with people of its own", () => {
    // "Cùng ngày, D tiếp A. Nhân dịp này, hai bên đã ký …" after a dialogue of A and B that day.
    const reception: Encounter = { ...encounter("signing", day("2024-06-02"), [A, D], 100), toldAs: "reception" };
    const rows = mergeWithinArticle([encounter("dialogue", day("2024-06-02"), [A, B], 0), reception], PRECEDENCE);
    assert.deepEqual(rows.map((r) => `${r.type}: ${r.participants.map((p) => p.name).join(" + ")}`), ["dialogue: Lê Văn An + Sato Ichiro", "signing: Lê Văn An + Kato Jiro"]);
  });
});

describe("combine: the type agrees with the format", () => {
  const phone = (type: MeetingType): Encounter => ({ ...encounter(type, day("2024-03-10"), [A, B], 0), format: "phone" });
  it("a row held by phone is a call, though a report of it names talks", () => {
    assert.deepEqual([combine(phone("call"), encounter("talks", day("2024-03-10"), [A, B], 100), PRECEDENCE)].map((r) => [r.type, r.format]), [["call", "phone"]]);
  });

  it("a call merged into a report of an encounter in person is not its type", () => {
    assert.deepEqual([combine(encounter("reception", day("2024-03-10"), [A, B], 0), phone("call"), PRECEDENCE)].map((r) => [r.type, r.format]), [["reception", "in_person"]]);
    // (An online call stays a call: a video call is one.)
    const online: Encounter = { ...phone("call"), format: "online" };
    assert.equal(combine(online, encounter("signing", day("2024-03-10"), [A, B], 100), PRECEDENCE).type, "call");
  });
});

describe("combine: the place", () => {
  const city = (name: string, country: string) => ({ kind: "city", name, country }) as unknown as NonNullable<Encounter["place"]>;
  const at = (place: Encounter["place"], placedHere: boolean, t = 0): Encounter => ({ ...encounter("talks", day("2024-03-10"), [A, B], t), place, ...(placedHere ? { placedHere: true as const } : {}) });
  it("takes the place a report writes in its own sentence over one the other report's article gave before it", () => {
    assert.equal(combine(at(city("Tokyo", "JP"), false), at(city("Sapporo", "JP"), true, 100), PRECEDENCE).place?.name, "Sapporo");
    assert.equal(combine(at(city("Sapporo", "JP"), true), at(city("Tokyo", "JP"), false, 100), PRECEDENCE).place?.name, "Sapporo");
    // Both written, or neither: the first report's city, as before.
    assert.equal(combine(at(city("Tokyo", "JP"), true), at(city("Sapporo", "JP"), true, 100), PRECEDENCE).place?.name, "Tokyo");
    assert.equal(combine(at(city("Tokyo", "JP"), false), at(city("Sapporo", "JP"), false, 100), PRECEDENCE).place?.name, "Tokyo");
    // The row remembers where its place came from, for a third report.
    assert.equal(combine(at(city("Tokyo", "JP"), false), at(city("Sapporo", "JP"), true, 100), PRECEDENCE).placedHere, true);
  });
});
