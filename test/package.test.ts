/**
 * What describes the published files: datapackage.json, the data card
 * (out/README.md) with its quality figures, the spreadsheet copies, and the
 * citation metadata.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { before, describe, it } from "node:test";
import pl from "nodejs-polars";
import { ROOT } from "../pipeline/build.ts";
import { sha256 } from "../pipeline/core/hash.ts";
import { DATASET } from "../pipeline/package/about.ts";
import { xsdPattern } from "../pipeline/package/datapackage.ts";
import { TABLE_FORMATS } from "../pipeline/package/formats.ts";
import { parseQuality } from "../pipeline/package/quality.ts";
import { toCSV, toCSVBytes } from "../pipeline/schema/csv.ts";
import { toSpreadsheetCSV } from "../pipeline/schema/spreadsheet.ts";
import { loadTableSpecs, parseTableSchema } from "../pipeline/schema/tables.ts";
import { article, quietBuild, statuses, tempDir } from "./helpers.ts";

interface Resource {
  name: string;
  type?: string;
  path: string;
  format: string;
  bytes: number;
  hash: string;
  schema: { fields: { name: string; type: string }[]; primaryKey: string[]; foreignKeys?: { fields: string[]; reference: { resource?: string; fields: string[] } }[] };
}

describe("datapackage.json", () => {
  const specs = loadTableSpecs();
  let out = "";
  let dp: { version: string; licenses: { name: string }[]; resources: Resource[] };
  before(async () => {
    out = join(await tempDir(), "out");
    await quietBuild({ rawDir: join(ROOT, "raw"), outDir: out, cacheDir: await tempDir(), qualityDir: await tempDir() });
    dp = JSON.parse(await readFile(join(out, "datapackage.json"), "utf8"));
  });

  it("lists the CSV, Arrow and Parquet file of every table, with their true size and SHA-256", async () => {
    assert.equal(dp.resources.filter((r) => r.type === "table").length, specs.length * TABLE_FORMATS.length);
    for (const r of dp.resources) {
      const bytes = await readFile(join(out, r.path));
      assert.equal(r.bytes, bytes.length, r.path);
      assert.equal(r.hash, `sha256:${sha256(bytes)}`, r.path);
    }
    const paths = dp.resources.map((r) => r.path);
    for (const s of specs) for (const f of ["csv", "arrow", "parquet"]) assert.ok(paths.includes(`${f}/${s.name}.${f}`), `${f}/${s.name}.${f}`);
    assert.equal(new Set(dp.resources.map((r) => r.name)).size, dp.resources.length, "resource names are unique");
  });

  it("gives each resource its table's fields, keys, and foreign keys to resources of the same format", () => {
    const byName = new Map(dp.resources.map((r) => [r.name, r]));
    for (const r of dp.resources.filter((x) => x.type === "table")) {
      const spec = specs.find((s) => r.path.endsWith(`/${s.name}.${r.format}`))!;
      assert.deepEqual(r.schema.fields.map((f) => f.name), spec.fields.map((f) => f.name));
      assert.deepEqual(r.schema.fields.map((f) => f.type), spec.fields.map((f) => f.kind));
      assert.deepEqual(r.schema.primaryKey, spec.primaryKey);
      assert.equal(r.schema.foreignKeys?.length ?? 0, spec.foreignKeys.length);
      for (const fk of r.schema.foreignKeys ?? []) {
        const target = fk.reference.resource === undefined ? r : byName.get(fk.reference.resource);
        assert.ok(target, `${r.name}: foreign key to unknown resource ${fk.reference.resource}`);
        assert.equal(target.format, r.format, `${r.name} → ${target.name}`);
        for (const f of fk.reference.fields) assert.ok(target.schema.fields.some((x) => x.name === f));
      }
    }
  });

  it("states the version and the data licence", () => {
    assert.equal(dp.version, JSON.parse(readFileText(join(ROOT, "package.json"))).version);
    assert.deepEqual(dp.licenses.map((l) => l.name), ["CC-BY-4.0"]);
  });

  it("turns JSON Schema patterns into whole-value Table Schema patterns", () => {
    assert.equal(xsdPattern("^[0-9a-f]{16}$"), "[0-9a-f]{16}");
    assert.equal(xsdPattern("abc"), ".*abc.*");
    assert.equal(xsdPattern("^a\\$"), "a\\$.*");
  });
});

describe("the data card (out/README.md)", () => {
  it("counts rows, lists the stages, describes every column, and says when no evaluation was recorded", async () => {
    const out = join(await tempDir(), "out");
    const s = await quietBuild({ rawDir: join(ROOT, "raw"), outDir: out, cacheDir: await tempDir(), qualityDir: await tempDir() });
    const card = await readFile(join(out, "README.md"), "utf8");
    assert.match(card, new RegExp(`^# ${DATASET.title}`));
    assert.match(card, /\| `articles` \| 5 \| One row per raw article that was ingested/);
    for (const spec of loadTableSpecs()) {
      assert.ok(card.includes(`### \`${spec.name}\``), spec.name);
      for (const f of spec.fields) assert.ok(card.includes(`| \`${f.name}\` |`), `${spec.name}.${f.name}`);
    }
    assert.match(card, /\d\. \*\*ingest\*\*: [\s\S]*\*\*write\*\*: [\s\S]*\d\. \*\*package\*\*: /);
    assert.match(card, /No evaluation was recorded for this version/);
    assert.match(card, /## Known limitations/);
    assert.match(card, /## Licence[\s\S]*CC-BY-4\.0/);
    assert.ok(card.includes(`Version ${DATASET.version}.`));
    if (s.counts?.meetings) assert.match(card, /### Meetings by year of date_start and meeting_type/);
    if (s.counts?.participants) assert.match(card, /### Participants .* by country/);
  });

  it("reports quality/eval.json, and a change to it reruns only the package stage", async () => {
    const raw = await tempDir("hoidam-raw-");
    await writeFile(join(raw, "a.txt"), article(1));
    const quality = await tempDir();
    const out = join(await tempDir(), "out");
    const cacheDir = await tempDir();
    const figures = { seeds: { meetings: { precision: 0.9, recall: 0.75, f1: 0.818 }, participants: { precision: 1, recall: 0.5, f1: 0.667 } }, note: "ignored" };
    await writeFile(join(quality, "eval.json"), JSON.stringify(figures));
    await quietBuild({ rawDir: raw, outDir: out, cacheDir, qualityDir: quality });
    const card = await readFile(join(out, "README.md"), "utf8");
    assert.match(card, /### Corpus `seeds`[\s\S]*\| `meetings` \| 0\.900 \| 0\.750 \| 0\.818 \|/);
    assert.doesNotMatch(card, /No evaluation was recorded/);

    figures.seeds.meetings.recall = 0.8;
    await writeFile(join(quality, "eval.json"), JSON.stringify(figures));
    const again = await quietBuild({ rawDir: raw, outDir: out, cacheDir, qualityDir: quality });
    const changed = Object.entries(statuses(again)).filter(([, st]) => st !== "fresh");
    assert.deepEqual(changed, [["package", "stale"]]);
    assert.match(await readFile(join(out, "README.md"), "utf8"), /\| `meetings` \| 0\.900 \| 0\.800 \|/);

    // Out-of-sample figures come first, apart from the gold corpora, and a change to them also reruns only the card.
    assert.doesNotMatch(await readFile(join(out, "README.md"), "utf8"), /### Out of sample/);
    await writeFile(join(quality, "held-out.json"), JSON.stringify({ "unseen articles": { meetings: { f1: 0.6 } } }));
    const held = await quietBuild({ rawDir: raw, outDir: out, cacheDir, qualityDir: quality });
    assert.deepEqual(Object.entries(statuses(held)).filter(([, st]) => st !== "fresh"), [["package", "stale"]]);
    assert.match(await readFile(join(out, "README.md"), "utf8"), /### Out of sample[\s\S]*#### unseen articles[\s\S]*\| `meetings` \| – \| – \| 0\.600 \|[\s\S]*### In sample[\s\S]*### Corpus `seeds`/);
  });

  it("stops on a quality file that is not JSON, naming it", async () => {
    const quality = await tempDir();
    await writeFile(join(quality, "eval.json"), "{ not json");
    const raw = await tempDir("hoidam-raw-");
    await writeFile(join(raw, "a.txt"), article(1));
    await assert.rejects(quietBuild({ rawDir: raw, outDir: join(await tempDir(), "o"), cacheDir: await tempDir(), qualityDir: quality }), /eval\.json: not valid JSON/);
  });

  it("keeps only corpus → table → scores from the quality file", () => {
    assert.deepEqual(parseQuality({ dev: { meetings: { f1: 0.5, support: 10 }, bad: 3 }, generated: "2025-01-01", empty: {} }), {
      dev: { meetings: { precision: null, recall: null, f1: 0.5 } },
    });
    assert.deepEqual(parseQuality([1, 2]), {});
  });
});

describe("spreadsheet safety", () => {
  const spec = parseTableSchema(
    {
      title: "cells",
      description: "One row per cell.",
      "x-primaryKey": ["id"],
      type: "object",
      additionalProperties: false,
      required: ["id", "text", "n", "x", "day", "flag"],
      properties: {
        id: { type: "string", description: "id" },
        text: { type: ["string", "null"], description: "text" },
        n: { type: "integer", description: "an integer" },
        x: { type: ["number", "null"], description: "a number" },
        day: { type: ["string", "null"], format: "date", description: "a date" },
        flag: { type: "boolean", description: "a flag" },
      },
    },
    "/x/cells.schema.json",
  );
  const rows = [
    { id: "a", text: "=HYPERLINK(\"http://x\",\"y\")", n: -3, x: -0.5, day: "2020-01-02", flag: true },
    { id: "b", text: "-Thủ tướng", n: 1, x: null, day: null, flag: false },
    { id: "c", text: "+84 24 3733 1234", n: 2, x: 1.5, day: null, flag: false },
    { id: "d", text: "@SUM(A1)", n: 3, x: null, day: null, flag: false },
    { id: "e", text: "\tx", n: 4, x: null, day: null, flag: false },
    { id: "f", text: "Việt Nam = Nhật Bản", n: 5, x: null, day: null, flag: false },
    { id: "-g", text: null, n: 6, x: null, day: null, flag: false },
    { id: "0123456789012345678", text: "040", n: 7, x: 2, day: null, flag: false },
    { id: "h", text: "1e5", n: 8, x: null, day: null, flag: false },
    { id: "i", text: "Năm 2022", n: 9, x: null, day: null, flag: false },
  ];

  it("csv/ keeps every value as it is", () => {
    const csv = toCSV(spec, rows);
    assert.ok(csv.startsWith("id,text,n,x,day,flag\r\n"));
    assert.ok(csv.includes('a,"=HYPERLINK(""http://x"",""y"")",-3,-0.5,2020-01-02,true\r\n'));
    assert.ok(csv.includes("b,-Thủ tướng,1,,,false\r\n"));
  });

  it("xlsx-safe/ starts with a BOM, defuses text cells that a spreadsheet would run or read as numbers, and leaves numbers alone", () => {
    const csv = new TextDecoder("utf-8", { ignoreBOM: true }).decode(toSpreadsheetCSV(spec, rows));
    assert.ok(csv.startsWith("\uFEFFid,text,n,x,day,flag\r\n"));
    const lines = csv.slice(1).split("\r\n");
    assert.equal(lines[1], `a,"'=HYPERLINK(""http://x"",""y"")",-3,-0.5,2020-01-02,true`);
    assert.equal(lines[2], "b,'-Thủ tướng,1,,,false");
    assert.equal(lines[3], "c,'+84 24 3733 1234,2,1.5,,false");
    assert.equal(lines[4], "d,'@SUM(A1),3,,,false");
    assert.equal(lines[5], "e,'\tx,4,,,false");
    assert.equal(lines[6], "f,Việt Nam = Nhật Bản,5,,,false", "only the first character matters");
    assert.equal(lines[7], "'-g,,6,,,false", "a text key is defused like any text");
    assert.equal(lines[8], "'0123456789012345678,'040,7,2,,false", "codes and ids a spreadsheet would read as numbers stay text");
    assert.equal(lines[9], "h,'1e5,8,,,false");
    assert.equal(lines[10], "i,Năm 2022,9,,,false");
  });

  it("reuses the plain CSV when no cell needs defusing, and never when one does", () => {
    const calm = rows.filter((r) => r.id === "f");
    const text = (bytes: Uint8Array) => new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    const plain = new TextEncoder().encode("PLAIN");
    assert.equal(text(toSpreadsheetCSV(spec, calm, plain)), "\uFEFFPLAIN");
    assert.deepEqual(toSpreadsheetCSV(spec, rows, plain), toSpreadsheetCSV(spec, rows));
  });

  it("renders the same bytes a slice of rows at a time as all at once", () => {
    const many = Array.from({ length: 20_000 }, (_, i) => ({ ...rows[i % rows.length]!, id: `r${i}` }));
    assert.deepEqual(toCSVBytes(spec, many), new TextEncoder().encode(toCSV(spec, many)));
    assert.deepEqual(toCSVBytes(spec, []), new TextEncoder().encode(toCSV(spec, [])));
  });

  it("quotes a cell holding a lone line feed, so no reader splits the row", () => {
    const csv = toCSV(spec, [{ id: "a", text: "one\ntwo", n: 1, x: null, day: null, flag: false }]);
    assert.ok(csv.includes('a,"one\ntwo",1,,,false\r\n'));
  });

  it("publishes a formula-like headline unchanged in csv/ and defused in xlsx-safe/", async () => {
    const raw = await tempDir("hoidam-raw-");
    const headline = "=HYPERLINK(\"http://example.org\",\"Bấm vào đây\") Thứ trưởng tiếp Đại sứ";
    await writeFile(join(raw, "a.txt"), article(1).replace(/^[^\n]*/, headline));
    const out = join(await tempDir(), "out");
    await quietBuild({ rawDir: raw, outDir: out, cacheDir: await tempDir() });
    const df = pl.readCSV(await readFile(join(out, "csv", "articles.csv")), { inferSchemaLength: 0 } as never);
    assert.equal(df.getColumn("headline").get(0), headline);
    const safe = await readFile(join(out, "xlsx-safe", "articles.csv"), "utf8");
    assert.ok(safe.startsWith("\uFEFF"));
    assert.ok(safe.includes(`"'${headline.replace(/"/g, '""')}"`));
  });
});

describe("citation and licence files", () => {
  const cff = readFileText(join(ROOT, "CITATION.cff"));

  it("CITATION.cff is CFF 1.2.0 with the required keys and no others, and agrees with package.json", () => {
    const keys = [...cff.matchAll(/^([a-z-]+):/gm)].map((m) => m[1]!);
    for (const k of ["cff-version", "message", "title", "authors"]) assert.ok(keys.includes(k), k);
    const allowed = new Set(["abstract", "authors", "cff-version", "commit", "contact", "date-released", "doi", "identifiers", "keywords", "license", "license-url", "message", "preferred-citation", "references", "repository", "repository-artifact", "repository-code", "title", "type", "url", "version"]);
    for (const k of keys) assert.ok(allowed.has(k), `unknown key ${k}`);
    assert.match(cff, /^cff-version: 1\.2\.0$/m);
    assert.match(cff, new RegExp(`^version: "${DATASET.version.replace(/\./g, "\\.")}"$`, "m"));
    assert.match(cff, /^license: CC-BY-4\.0$/m);
    assert.match(cff, /^type: dataset$/m);
    assert.ok(cff.includes(`title: "${DATASET.title}"`));
    assert.match(cff, /^authors:\n {2}- name: "The hoidam contributors"$/m);
  });

  it("LICENSE-DATA carries the CC BY 4.0 legal code, LICENSE the MIT licence, CHANGELOG.md this version", () => {
    assert.match(readFileText(join(ROOT, "LICENSE-DATA")), /Creative Commons Attribution 4\.0 International Public License[\s\S]*Section 8 -- Interpretation/);
    assert.match(readFileText(join(ROOT, "LICENSE")), /^MIT License/);
    assert.match(readFileText(join(ROOT, "CHANGELOG.md")), new RegExp(`^## \\[${DATASET.version.replace(/\./g, "\\.")}\\]`, "m"));
  });
});

function readFileText(path: string): string {
  return readFileSync(path, "utf8");
}
