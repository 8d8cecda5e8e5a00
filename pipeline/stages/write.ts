import type { Artifacts, OutputFiles } from "../artifacts.ts";
import type { Stage } from "../core/stage.ts";
import { spreadsheetPath, tablePath } from "../package/formats.ts";
import { toCSVBytes } from "../schema/csv.ts";
import { toSpreadsheetCSV } from "../schema/spreadsheet.ts";
import type { TableSpec } from "../schema/tables.ts";

/**
 * Renders every validated table as `csv/<table>.csv`, `arrow/<table>.arrow`,
 * `parquet/<table>.parquet` and the spreadsheet copy `xlsx-safe/<table>.csv`.
 * The Arrow and Parquet files come from one Arrow table, so they have the
 * same types. It only produces bytes; the package stage describes them and
 * the build's publish step puts both in place.
 */
export function createWriteStage(specs: readonly TableSpec[]): Stage<Artifacts, "tables", "table_files"> {
  return {
    id: "write",
    description: "render each table as CSV, Arrow IPC and Parquet files, and a spreadsheet-safe CSV copy",
    version: 2,
    reads: ["tables"],
    writes: ["table_files"],
    count: (out) => Object.keys(out.table_files).length,
    async run({ tables }) {
      // Loaded here, not at start-up: a build with nothing to write (warm, nothing changed) never pays for Arrow and the Parquet WebAssembly.
      const [{ tableToIPC }, { toArrowTable }, { toParquet }] = await Promise.all([import("apache-arrow"), import("../schema/arrow.ts"), import("../schema/parquet.ts")]);
      const files: Record<string, Uint8Array> = {};
      for (const spec of specs) {
        const rows = (tables as unknown as Record<string, readonly Record<string, unknown>[]>)[spec.name] ?? [];
        const csv = toCSVBytes(spec, rows);
        files[tablePath("csv", spec.name)] = csv;
        files[spreadsheetPath(spec.name)] = toSpreadsheetCSV(spec, rows, csv);
        const arrow = toArrowTable(spec, rows);
        files[tablePath("arrow", spec.name)] = tableToIPC(arrow, "file"); // the cache writes a file set's bytes as they are (views included), so no copy
        files[tablePath("parquet", spec.name)] = toParquet(arrow);
      }
      return { table_files: files as OutputFiles };
    },
  };
}
