import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { before, describe, it } from "node:test";
import { REFERENCE_DIR } from "../pipeline/registry/index.ts";
import { fold, namesEntry } from "../pipeline/reference/catalogue.ts";
import { compileReferenceValidators, validateRecords } from "../pipeline/registry/validate.ts";

/**
 * The catalogue of Vietnam–Japan defence and security documents
 * (reference/agreements.json) and the list of instruments that must not be
 * published as such (reference/instruments-other.json), checked on their
 * own: schema, ids, sources, and that the distinctive words tell the
 * documents apart, read as the extractor reads them
 * (pipeline/reference/catalogue.ts).
 */

interface Source {
  readonly facts: readonly string[];
  readonly source: string;
  readonly url: string;
}
interface Agreement {
  readonly agreement_id: string;
  readonly kind: string;
  readonly title_vi: string;
  readonly title_en: string;
  readonly aliases: readonly string[];
  readonly distinctive_words: readonly (readonly string[])[];
  readonly parties: readonly string[];
  readonly date_signed: string | null;
  readonly date_precision: "day" | "month" | "year" | null;
  readonly place: string | null;
  readonly signed_by?: readonly string[];
  readonly sources: readonly Source[];
  readonly note?: string;
}
interface Instrument {
  readonly instrument_id: string;
  readonly scope: "multilateral" | "other_pair";
  readonly name_vi: string;
  readonly name_en: string;
  readonly aliases: readonly string[];
  readonly distinctive_words: readonly (readonly string[])[];
  readonly parties: readonly string[];
  readonly includes_vietnam_and_japan: boolean;
  readonly date_signed: string | null;
  readonly date_precision: "day" | "month" | "year" | null;
  readonly place: string | null;
  readonly sources: readonly Source[];
}

/** Whether a text names an entry: every group of its distinctive words has a phrase in the text. */
const names = namesEntry;

/** Order-free form of the groups, to compare two entries. */
function canonical(groups: readonly (readonly string[])[]): string {
  return JSON.stringify(groups.map((g) => [...new Set(g.map(fold))].sort()).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))));
}

function checkDate(id: string, date: string | null, precision: string | null): void {
  if (date === null) return assert.equal(precision, null, id);
  if (precision === "month") assert.match(date, /-01$/, `${id}: a month-precision date is the first of the month`);
  if (precision === "year") assert.match(date, /-01-01$/, `${id}: a year-precision date is 1 January`);
}

let agreements: Agreement[];
let instruments: Instrument[];
let rawAgreements: unknown;
let rawInstruments: unknown;
let placeNames: Set<string>;

before(async () => {
  rawAgreements = JSON.parse(await readFile(join(REFERENCE_DIR, "agreements.json"), "utf8"));
  rawInstruments = JSON.parse(await readFile(join(REFERENCE_DIR, "instruments-other.json"), "utf8"));
  agreements = rawAgreements as Agreement[];
  instruments = rawInstruments as Instrument[];
  const places = JSON.parse(await readFile(join(REFERENCE_DIR, "places.json"), "utf8")) as { name: string }[];
  placeNames = new Set(places.map((p) => p.name));
});

describe("reference/agreements.json and reference/instruments-other.json", () => {
  it("validate against their schemas", () => {
    const v = compileReferenceValidators();
    assert.deepEqual(validateRecords("agreements.json", rawAgreements, v.agreement, "agreement_id"), []);
    assert.deepEqual(validateRecords("instruments-other.json", rawInstruments, v.instrument, "instrument_id"), []);
  });

  it("the catalogue has at least 15 documents and uses the published table's kinds", async () => {
    assert.ok(agreements.length >= 15, `only ${agreements.length} documents`);
    const published = JSON.parse(await readFile(new URL("../schemas/agreements.schema.json", import.meta.url), "utf8"));
    const reference = JSON.parse(await readFile(new URL("../schemas/reference/agreement.schema.json", import.meta.url), "utf8"));
    assert.deepEqual([...reference.properties.kind.enum].sort(), [...published.properties.kind.enum].sort());
  });

  it("ids are unique across both files and each file is sorted by id", () => {
    const ids = [...agreements.map((a) => a.agreement_id), ...instruments.map((i) => i.instrument_id)];
    assert.equal(new Set(ids).size, ids.length, "duplicate id");
    const a = agreements.map((x) => x.agreement_id), i = instruments.map((x) => x.instrument_id);
    assert.deepEqual(a, [...a].sort());
    assert.deepEqual(i, [...i].sort());
  });

  it("ids carry the signing year; dates agree with their precision", () => {
    for (const a of agreements) {
      checkDate(a.agreement_id, a.date_signed, a.date_precision);
      if (a.date_signed) assert.equal(a.agreement_id.slice(6, 10), a.date_signed.slice(0, 4), a.agreement_id);
    }
    for (const i of instruments) {
      checkDate(i.instrument_id, i.date_signed, i.date_precision);
      const year = /^(?:multi|[a-z]{2}-[a-z]{2})-(\d{4}|undated)-/.exec(i.instrument_id)?.[1];
      assert.equal(year, i.date_signed ? i.date_signed.slice(0, 4) : "undated", i.instrument_id);
    }
  });

  it("every record has a source for its title and parties, and for its date and place when they are known", () => {
    for (const a of agreements) {
      const has = (fact: string): boolean => a.sources.some((s) => s.facts.includes(fact));
      assert.ok(has("title"), `${a.agreement_id}: no source for the title`);
      assert.ok(has("parties"), `${a.agreement_id}: no source for the parties`);
      if (a.date_signed) assert.ok(has("date"), `${a.agreement_id}: no source for the date`);
      else assert.ok(a.note, `${a.agreement_id}: an unknown date needs a note`);
      if (a.place) assert.ok(has("place"), `${a.agreement_id}: no source for the place`);
      if (a.signed_by) assert.ok(has("signed_by"), `${a.agreement_id}: no source for the signatories`);
    }
    for (const i of instruments) {
      const has = (fact: string): boolean => i.sources.some((s) => s.facts.includes(fact));
      assert.ok(has("name") && has("parties"), `${i.instrument_id}: no source for the name or parties`);
      if (i.date_signed) assert.ok(has("date"), `${i.instrument_id}: no source for the date`);
      if (i.place) assert.ok(has("place"), `${i.instrument_id}: no source for the place`);
    }
  });

  it("places of Vietnam–Japan documents are in the gazetteer", () => {
    for (const a of agreements) if (a.place) assert.ok(placeNames.has(a.place), `${a.agreement_id}: ${a.place}`);
  });

  it("an other-pair instrument is not between Vietnam and Japan; includes_vietnam_and_japan is only set on multilateral ones", () => {
    for (const i of instruments) {
      if (i.scope === "other_pair") {
        assert.equal(i.parties.length, 2, i.instrument_id);
        assert.ok(!(i.parties.includes("VN") && i.parties.includes("JP")), i.instrument_id);
        assert.equal(i.includes_vietnam_and_japan, false, i.instrument_id);
      }
    }
  });

  it("titles, aliases and distinctive words are NFC, trimmed and single-spaced; distinctive words are lower case", () => {
    const texts = [
      ...agreements.flatMap((a) => [a.title_vi, a.title_en, ...a.aliases, ...(a.signed_by ?? [])]),
      ...instruments.flatMap((i) => [i.name_vi, i.name_en, ...i.aliases]),
    ];
    for (const t of texts) {
      assert.equal(t, t.normalize("NFC"), `not NFC: ${t}`);
      assert.equal(t, t.trim().replace(/\s{2,}/g, " "), `stray spaces: ${JSON.stringify(t)}`);
    }
    for (const e of [...agreements, ...instruments]) {
      for (const w of e.distinctive_words.flat()) {
        assert.equal(w, w.normalize("NFC"), `not NFC: ${w}`);
        assert.equal(w, w.toLowerCase(), `not lower case: ${w}`);
        assert.equal(w, w.trim(), `stray spaces: ${JSON.stringify(w)}`);
      }
    }
  });

  it("no two titles or aliases fold to the same text", () => {
    const seen = new Map<string, string>();
    for (const a of agreements) {
      for (const t of new Set([a.title_vi, ...a.aliases].map(fold))) {
        assert.ok(!seen.has(t), `"${t}" is both ${seen.get(t)} and ${a.agreement_id}`);
        seen.set(t, a.agreement_id);
      }
    }
  });

  it("no two entries have the same distinctive words", () => {
    const seen = new Map<string, string>();
    for (const e of [...agreements, ...instruments]) {
      const id = "agreement_id" in e ? e.agreement_id : e.instrument_id;
      const c = canonical(e.distinctive_words);
      assert.ok(!seen.has(c), `${id} has the distinctive words of ${seen.get(c)}`);
      seen.set(c, id);
    }
  });

  it("each entry's own titles and aliases satisfy its distinctive words", () => {
    for (const a of agreements) {
      for (const t of [a.title_vi, ...a.aliases]) assert.ok(names(t, a.distinctive_words), `${a.agreement_id}: "${t}"`);
    }
    for (const i of instruments) {
      // An other-pair instrument's aliases (RAA, "Thỏa thuận tiếp cận đối ứng") do not name the third
      // country, which the clause supplies; only its full name must satisfy all its groups.
      const own = i.scope === "multilateral" ? [i.name_vi, ...i.aliases] : [i.name_vi];
      for (const t of own) assert.ok(names(t, i.distinctive_words), `${i.instrument_id}: "${t}"`);
    }
  });

  it("no title or alias of one catalogue entry satisfies another entry's distinctive words", () => {
    for (const a of agreements) {
      for (const b of agreements) {
        if (a === b) continue;
        for (const t of [a.title_vi, ...a.aliases]) {
          assert.ok(!names(t, b.distinctive_words), `"${t}" (${a.agreement_id}) would be read as ${b.agreement_id}`);
        }
      }
    }
  });

  it("no Vietnam–Japan title is read as another instrument, nor a multilateral name as a Vietnam–Japan document", () => {
    // An other-pair document of the same subject (Japan's transfer agreement with the Philippines) does
    // satisfy the Vietnam–Japan entry's words: there the parties decide, so that direction is not checked.
    for (const a of agreements) {
      for (const i of instruments) {
        for (const t of [a.title_vi, ...a.aliases]) assert.ok(!names(t, i.distinctive_words), `"${t}" (${a.agreement_id}) would be read as ${i.instrument_id}`);
        if (i.scope !== "multilateral") continue;
        for (const t of [i.name_vi, ...i.aliases]) assert.ok(!names(t, a.distinctive_words), `"${t}" (${i.instrument_id}) would be read as ${a.agreement_id}`);
      }
    }
  });

  it("folding treats old and new tone placement and dashes alike", () => {
    assert.equal(fold("Hoà bình, Thoả thuận – Việt-Nhật"), fold("hòa bình thỏa thuận việt nhật"));
    assert.ok(names("Tuyên bố Tầm nhìn chung về hợp tác Quốc phòng", [["tầm nhìn chung"], ["quốc phòng"]]));
    assert.ok(!names("Tuyên bố chung hướng tới một giai đoạn mới", [["tuyên bố chung"], ["hướng tới đối tác chiến lược"]]));
  });
});
