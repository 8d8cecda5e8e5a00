import { parquetFromIPCStream } from "./parquet.ts";

/** The write stage's Parquet encoding, for a worker thread (pipeline/core/pool.ts): an Arrow IPC stream in, Parquet bytes out. */
export function createWorker(): (stream: Uint8Array) => Uint8Array {
  return parquetFromIPCStream;
}
