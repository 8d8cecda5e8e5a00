import type { Artifacts, OutputFiles } from "../artifacts.ts";
import { defaultThreads, startWorker } from "../core/pool.ts";
import type { Stage } from "../core/stage.ts";
import { spreadsheetPath, tablePath } from "../package/formats.ts";
import { toCSVBytes } from "../schema/csv.ts";
import { toSpreadsheetCSV } from "../schema/spreadsheet.ts";
import type { TableSpec } from "../schema/tables.ts";

/** Rows across all tables from which Parquet is written in a worker thread (starting one costs a few tenths of a second). */
const PARQUET_THREAD_ROWS = 50_000;

/** Whether a byte array is the whole of its buffer, so the buffer can be handed to another thread. */
function ownsBuffer(bytes: Uint8Array): boolean {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
}

/**
 * Renders every validated table as `csv/<table>.csv`, `arrow/<table>.arrow`,
 * `parquet/<table>.parquet` and the spreadsheet copy `xlsx-safe/<table>.csv`.
 * The Arrow and Parquet files come from one Arrow table, so they have the
 * same types. It only produces bytes; the package stage describes them and
 * the build's publish step puts both in place. From `parquetThreadRows`
 * rows in all (and with more than one thread allowed), Parquet is encoded
 * in a worker thread while this one renders the CSV and Arrow files: the
 * files are the same either way (test/arrow.test.ts).
 */
export function createWriteStage(specs: readonly TableSpec[], parquetThreadRows = PARQUET_THREAD_ROWS): Stage<Artifacts, "tables", "table_files"> {
  return {
    id: "write",
    description: "render each table as CSV, Arrow IPC and Parquet files, and a spreadsheet-safe CSV copy",
    version: 2,
    reads: ["tables"],
    writes: ["table_files"],
    count: (out) => Object.keys(out.table_files).length,
    async run({ tables }, ctx) {
      // Loaded here, not at start-up: a build with nothing to write (warm, nothing changed) never pays for Arrow and the Parquet WebAssembly.
      const [{ tableToIPC }, { toArrowTable }, { parquetFromIPCStream }] = await Promise.all([import("apache-arrow"), import("../schema/arrow.ts"), import("../schema/parquet.ts")]);
      const all = tables as unknown as Record<string, readonly Record<string, unknown>[]>;
      const rowCount = specs.reduce((n, spec) => n + (all[spec.name]?.length ?? 0), 0);
      // Parquet in a worker thread while this one renders the next table's CSV and Arrow; the thread's
      // WebAssembly memory (which never shrinks) goes with it. Small builds write it here.
      const thread = (ctx.options.threads ?? defaultThreads()) > 1 && rowCount >= parquetThreadRows ? startWorker<null, Uint8Array, Uint8Array>({ module: new URL("../schema/parquet-work.ts", import.meta.url).href, setup: null }) : null;
      try {
        // One table at a time: its Arrow IPC stream goes to the Parquet thread (or is encoded here), then its CSV and Arrow files are made.
        const rendered = specs.map((spec) => {
          const rows = all[spec.name] ?? [];
          const arrow = toArrowTable(spec, rows);
          const stream = tableToIPC(arrow, "stream");
          const parquet = thread ? thread.run(stream, ownsBuffer(stream) ? [stream.buffer as ArrayBuffer] : []) : Promise.resolve(parquetFromIPCStream(stream));
          parquet.catch(() => {}); // awaited below; not an unhandled rejection meanwhile
          const csv = toCSVBytes(spec, rows);
          // The cache writes a file set's bytes as they are (views included), so the Arrow file is not copied.
          return { spec, csv, arrow: tableToIPC(arrow, "file"), parquet, spreadsheet: toSpreadsheetCSV(spec, rows, csv) };
        });
        const parquet = await Promise.all(rendered.map((r) => r.parquet));
        const files = rendered.flatMap((r, i) => [
          [tablePath("csv", r.spec.name), r.csv],
          [tablePath("arrow", r.spec.name), r.arrow],
          [tablePath("parquet", r.spec.name), parquet[i]!],
          [spreadsheetPath(r.spec.name), r.spreadsheet],
        ]);
        return { table_files: Object.fromEntries(files) as OutputFiles };
      } finally {
        await thread?.close();
      }
    },
  };
}
