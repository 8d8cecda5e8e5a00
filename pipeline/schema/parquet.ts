import { tableToIPC, type Table } from "apache-arrow";
import { Compression, Table as WasmTable, WriterPropertiesBuilder, writeParquet } from "parquet-wasm";

/**
 * Parquet bytes of an Arrow table, written by parquet-wasm (the Rust
 * `parquet` crate compiled to WebAssembly; its `node` build loads the
 * .wasm file from node_modules, so this works offline).
 *
 * The table crosses into WebAssembly as an Arrow IPC stream. The writer
 * embeds the Arrow schema (`ARROW:schema`), so readers that know Arrow get
 * back the same types: DateDay dates, Int32, dictionary-encoded enums, and
 * each column's description in its metadata.
 *
 * Snappy compression: every Parquet reader supports it (pandas/pyarrow,
 * polars, R arrow, DuckDB, Spark), whereas zstd or brotli may be missing
 * from minimal builds. No timestamp is written, and `created_by` names the
 * writer library's version, so the same table gives the same bytes.
 */
export function toParquet(table: Table): Uint8Array {
  return parquetFromIPCStream(tableToIPC(table, "stream"));
}

/** Parquet bytes of a table given as an Arrow IPC stream (what crosses to a worker thread: plain bytes). */
export function parquetFromIPCStream(stream: Uint8Array): Uint8Array {
  const props = new WriterPropertiesBuilder().setCompression(Compression.SNAPPY).build();
  // Both arguments are consumed (freed) by the call; the result is a copy out of WebAssembly memory.
  return writeParquet(WasmTable.fromIPCStream(stream), props);
}
