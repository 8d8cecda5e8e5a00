/**
 * The published CSV and Parquet files, read by DuckDB (an independent
 * reader, as an analyst would use it; it cannot read Arrow IPC offline):
 * every file loads with the schema's columns and the build's row counts,
 * the CSV and the Parquet file of a table hold the same rows, the README's
 * join of participants to meetings works, and Vietnamese text comes back
 * byte for byte.
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { ROOT } from "../pipeline/build.ts";
import { loadTableSpecs, type FieldSpec, type TableSpec } from "../pipeline/schema/tables.ts";
import { quietBuild, tempDir } from "./helpers.ts";

const SQL_TYPE: Record<FieldSpec["kind"], string> = { string: "VARCHAR", date: "DATE", integer: "INTEGER", number: "DOUBLE", boolean: "BOOLEAN" };

/** `read_csv` with the column types the schema gives (what datapackage.json tells a loader). */
function typedCsv(path: string, spec: TableSpec): string {
  const columns = spec.fields.map((f) => `'${f.name}': '${SQL_TYPE[f.kind]}'`).join(", ");
  return `read_csv(${lit(path)}, header = true, columns = {${columns}})`;
}

function lit(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

describe("published files read with DuckDB", () => {
  const specs = loadTableSpecs();
  let out = "";
  let counts: Readonly<Record<string, number>> = {};
  let db: DuckDBInstance;
  let con: DuckDBConnection;
  const csv = (t: string) => join(out, "csv", `${t}.csv`);
  const parquet = (t: string) => join(out, "parquet", `${t}.parquet`);
  const rows = async (sql: string) => (await con.runAndReadAll(sql)).getRowObjectsJS();
  const one = async (sql: string) => Number(Object.values((await rows(sql))[0]!)[0]);

  before(async () => {
    out = join(await tempDir(), "out");
    const s = await quietBuild({ rawDir: join(ROOT, "raw"), outDir: out, cacheDir: await tempDir() });
    counts = s.counts!;
    db = await DuckDBInstance.create(":memory:");
    con = await db.connect();
  });
  after(() => {
    con?.closeSync();
    db?.closeSync();
  });

  for (const spec of specs) {
    it(`reads csv/${spec.name}.csv and parquet/${spec.name}.parquet with the schema's columns and the same rows`, async () => {
      const names = spec.fields.map((f) => f.name);
      // As a user would type it, letting DuckDB detect the types.
      assert.equal(await one(`SELECT count(*) FROM read_csv(${lit(csv(spec.name))})`), counts[spec.name]);
      assert.deepEqual((await rows(`DESCRIBE SELECT * FROM read_csv(${lit(csv(spec.name))})`)).map((r) => r.column_name), names);
      assert.equal(await one(`SELECT count(*) FROM read_parquet(${lit(parquet(spec.name))})`), counts[spec.name]);
      assert.deepEqual((await rows(`DESCRIBE SELECT * FROM read_parquet(${lit(parquet(spec.name))})`)).map((r) => r.column_name), names);
      // Typed as the schema says, the CSV and the Parquet file hold exactly the same rows.
      const p = `SELECT * FROM read_parquet(${lit(parquet(spec.name))})`;
      const c = `SELECT * FROM ${typedCsv(csv(spec.name), spec)}`;
      assert.equal(await one(`SELECT count(*) FROM (${p} EXCEPT ALL ${c})`), 0, "rows in Parquet but not in CSV");
      assert.equal(await one(`SELECT count(*) FROM (${c} EXCEPT ALL ${p})`), 0, "rows in CSV but not in Parquet");
    });
  }

  it("joins participants to meetings, as the README shows", { skip: !specs.some((s) => s.name === "meetings") || !specs.some((s) => s.name === "participants") }, async () => {
    assert.ok(counts.participants! > 0, "the seed articles have participants");
    const fromParquet = await one(
      `SELECT count(*) FROM read_parquet(${lit(parquet("participants"))}) p JOIN read_parquet(${lit(parquet("meetings"))}) m USING (meeting_id)`,
    );
    const fromCsv = await one(`SELECT count(*) FROM read_csv(${lit(csv("participants"))}) p JOIN read_csv(${lit(csv("meetings"))}) m USING (meeting_id)`);
    // Every participant belongs to exactly one published meeting (a validated foreign key).
    assert.equal(fromParquet, counts.participants);
    assert.equal(fromCsv, counts.participants);
  });

  it("keeps Vietnamese diacritics byte for byte", async () => {
    const headline = "Việt Nam và Nhật Bản tăng cường hợp tác trong lĩnh vực gìn giữ hòa bình Liên hợp quốc";
    const where = "WHERE source_file = '003_c37877776447bdfe.txt'";
    for (const from of [`read_csv(${lit(csv("articles"))})`, `read_parquet(${lit(parquet("articles"))})`]) {
      const [row] = await rows(`SELECT headline FROM ${from} ${where}`);
      assert.deepEqual(Buffer.from(String(row!.headline), "utf8"), Buffer.from(headline, "utf8"), from);
    }
    const persons = await rows(`SELECT name FROM read_parquet(${lit(parquet("persons"))}) WHERE person_id = 'vn-phan-van-giang'`);
    assert.deepEqual(Buffer.from(String(persons[0]!.name), "utf8"), Buffer.from("Phan Văn Giang", "utf8"));
  });
});
