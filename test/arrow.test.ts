import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { Table, tableFromIPC, tableToIPC, vectorFromArray } from "apache-arrow";
import { arrowSchema, toArrowTable } from "../pipeline/schema/arrow.ts";
import { parseTableSchema, type TableSpec } from "../pipeline/schema/tables.ts";
import { createWriteStage } from "../pipeline/stages/write.ts";
import type { StageContext } from "../pipeline/core/stage.ts";

/** Every kind of column the schemas can declare, nullable and not. */
const spec: TableSpec = parseTableSchema(
  {
    title: "things",
    description: "One row per thing.",
    "x-primaryKey": ["id"],
    type: "object",
    additionalProperties: false,
    required: ["id", "kind", "label", "when", "n", "score", "ok", "maybe", "note", "count"],
    properties: {
      id: { type: "string", description: "id" },
      kind: { type: "string", enum: ["talks", "call", "other"], description: "kind" },
      label: { type: ["string", "null"], "x-dictionary": true, description: "a nullable dictionary column" },
      when: { type: ["string", "null"], format: "date", description: "date" },
      n: { type: "integer", description: "integer" },
      score: { type: ["number", "null"], description: "number" },
      ok: { type: "boolean", description: "boolean" },
      maybe: { type: ["boolean", "null"], description: "nullable boolean" },
      note: { type: ["string", "null"], description: "free text" },
      count: { type: ["integer", "null"], description: "nullable integer" },
    },
  },
  "things.schema.json",
);

/** What Arrow's own builders make of the same rows: the layout toArrowTable must reproduce. */
function viaBuilders(rows: readonly Record<string, unknown>[]): Table {
  const schema = arrowSchema(spec);
  const columns = Object.fromEntries(
    spec.fields.map((f, i) => {
      const raw = rows.map((r) => r[f.name] ?? null);
      const values = f.kind === "date" ? raw.map((v) => (v === null ? null : new Date(`${v as string}T00:00:00Z`))) : raw;
      return [f.name, vectorFromArray(values as never[], schema.fields[i]!.type)];
    }),
  );
  return new Table(schema, columns);
}

function rowsOf(n: number): Record<string, unknown>[] {
  const texts = ["Hội đàm", "", "Kishi Nobuo", "Phan Văn Giang 🇻🇳", "a\r\nb", "\ud800 lone surrogate", "=1+1"];
  return Array.from({ length: n }, (_, i) => ({
    id: `row-${i}`,
    kind: ["talks", "call", "other"][i % 3],
    label: i % 5 === 0 ? null : `label ${i % 4}`,
    when: i % 7 === 3 ? null : `${1999 + (i % 30)}-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`,
    n: i * 37 - 500,
    score: i % 6 === 0 ? null : i / 3,
    ok: i % 2 === 0,
    maybe: i % 3 === 0 ? null : i % 4 === 0,
    note: i % 4 === 1 ? null : texts[i % texts.length],
    count: i % 9 === 0 ? null : i,
  }));
}

describe("Arrow tables", () => {
  for (const n of [1, 7, 8, 9, 64, 1000]) {
    it(`lays out ${n} row(s) exactly as Arrow's builders do (IPC bytes equal)`, () => {
      const rows = rowsOf(n);
      assert.deepEqual(tableToIPC(toArrowTable(spec, rows), "file"), tableToIPC(viaBuilders(rows), "file"));
    });
  }

  it("columns without nulls, and a table without rows", () => {
    const rows = rowsOf(50).map((r) => ({ ...r, label: "same", note: "x", when: "2020-02-29", score: 1.5, maybe: true, count: 3 }));
    assert.deepEqual(tableToIPC(toArrowTable(spec, rows), "file"), tableToIPC(viaBuilders(rows), "file"));
    assert.equal(tableFromIPC(tableToIPC(toArrowTable(spec, []), "file")).numRows, 0);
  });

  it("reads back the values it was given", () => {
    const rows = rowsOf(20);
    const back = tableFromIPC(tableToIPC(toArrowTable(spec, rows), "file"));
    assert.equal(back.numRows, 20);
    assert.equal(back.getChild("note")!.get(3), "Phan Văn Giang 🇻🇳");
    assert.equal(back.getChild("label")!.get(0), null);
    assert.equal(back.getChild("label")!.get(1), "label 1");
    assert.equal(back.getChild("maybe")!.get(4), true);
    assert.equal(back.getChild("count")!.get(9), null);
  });

  it("the write stage gives the same files whether Parquet is written in a worker thread or here", async () => {
    const tables = { things: rowsOf(300) } as never;
    const ctx = { options: { threads: 2 }, progress: () => {}, warn: () => {} } as unknown as StageContext;
    const threaded = (await createWriteStage([spec], 0).run({ tables }, ctx)).table_files as Record<string, Uint8Array>;
    const here = (await createWriteStage([spec], Infinity).run({ tables }, ctx)).table_files as Record<string, Uint8Array>;
    assert.deepEqual(Object.keys(threaded), ["csv/things.csv", "arrow/things.arrow", "parquet/things.parquet", "xlsx-safe/things.csv"]);
    assert.deepEqual(threaded, here);
    assert.ok(threaded["parquet/things.parquet"]!.length > 100);
  });
});
