/**
 * The published files, read back by an independent implementation
 * (nodejs-polars, Rust's Arrow, Parquet and CSV readers), with the column
 * types the schemas promise.
 */
import assert from "node:assert/strict";
import { copyFile, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { before, describe, it } from "node:test";
import pl from "nodejs-polars";
import { ROOT } from "../pipeline/build.ts";
import { loadTableSpecs, type FieldSpec } from "../pipeline/schema/tables.ts";
import { quietBuild, tempDir } from "./helpers.ts";

function expectedPolarsType(f: FieldSpec): string {
  switch (f.kind) {
    case "string":
      return f.dictionary ? "Categorical" : "String";
    case "date":
      return "Date";
    case "integer":
      return "Int32";
    case "number":
      return "Float64";
    case "boolean":
      return "Bool";
  }
}

describe("published files read back with nodejs-polars", () => {
  let out = "";
  const specs = loadTableSpecs();
  before(async () => {
    const raw = await tempDir("hoidam-raw-");
    for (const f of ["000_a35e763ab6db059d.txt", "003_c37877776447bdfe.txt", "004_bfeae4ad71b86597.txt"]) await copyFile(join(ROOT, "raw", f), join(raw, f));
    await writeFile(join(raw, "broken.txt"), Uint8Array.from([0x41, 0xff]));
    out = join(await tempDir(), "out");
    await quietBuild({ rawDir: raw, outDir: out, cacheDir: await tempDir() });
  });

  for (const spec of specs) {
    it(`arrow/${spec.name}.arrow has the schema's columns and types`, async () => {
      const df = pl.readIPC(await readFile(join(out, "arrow", `${spec.name}.arrow`)));
      const schema = df.schema as Record<string, { variant?: string; toString(): string }>;
      assert.deepEqual(Object.keys(schema), spec.fields.map((f) => f.name));
      for (const f of spec.fields) {
        assert.equal(String(schema[f.name]), `DataType(${expectedPolarsType(f)})`, `${spec.name}.${f.name}`);
      }
    });

    it(`parquet/${spec.name}.parquet has the Arrow file's columns, types and rows`, async () => {
      const parquet = pl.readParquet(await readFile(join(out, "parquet", `${spec.name}.parquet`)));
      const arrow = pl.readIPC(await readFile(join(out, "arrow", `${spec.name}.arrow`)));
      const schema = parquet.schema as Record<string, { toString(): string }>;
      assert.deepEqual(Object.keys(schema), spec.fields.map((f) => f.name));
      for (const f of spec.fields) assert.equal(String(schema[f.name]), `DataType(${expectedPolarsType(f)})`, `${spec.name}.${f.name}`);
      assert.deepEqual(parquet.toRecords(), arrow.toRecords());
    });

    it(`csv/${spec.name}.csv has the same rows as the Arrow file`, async () => {
      const csv = pl.readCSV(await readFile(join(out, "csv", `${spec.name}.csv`)), { inferSchemaLength: 0 } as never);
      const arrow = pl.readIPC(await readFile(join(out, "arrow", `${spec.name}.arrow`)));
      assert.equal(csv.height, arrow.height);
      assert.deepEqual(csv.columns, arrow.columns);
    });
  }

  it("keeps Vietnamese text and dates exact", async () => {
    const df = pl.readIPC(await readFile(join(out, "arrow", "articles.arrow")));
    const rows = df.toRecords() as Record<string, unknown>[];
    const bqp = rows.find((r) => r.source_file === "003_c37877776447bdfe.txt")!;
    assert.equal(bqp.headline, "Việt Nam và Nhật Bản tăng cường hợp tác trong lĩnh vực gìn giữ hòa bình Liên hợp quốc");
    assert.equal((bqp.published_date as Date).toISOString().slice(0, 10), "2022-10-10");
    assert.equal(bqp.outlet, "Bqp.vn");
    const headline = "Việt Nam và Nhật Bản tăng cường hợp tác trong lĩnh vực gìn giữ hòa bình Liên hợp quốc";
    const csv = await readFile(join(out, "csv", "articles.csv"));
    assert.ok(csv.includes(Buffer.from(headline, "utf8")), "the CSV holds the headline's NFC bytes");
    const parquet = pl.readParquet(await readFile(join(out, "parquet", "articles.parquet"))).toRecords() as Record<string, unknown>[];
    assert.equal(parquet.find((r) => r.source_file === "003_c37877776447bdfe.txt")!.headline, headline);
  });

  it("lists the rejected file with its reason", async () => {
    const df = pl.readIPC(await readFile(join(out, "arrow", "rejected.arrow")));
    assert.deepEqual(df.toRecords(), [
      { source_file: "broken.txt", reason: "invalid_utf8", detail: "invalid UTF-8 at byte 1 (line 1): ff", size_bytes: 2, sha256: df.getColumn("sha256").get(0) },
    ]);
  });
});
