import { stringify } from "csv-stringify/sync";
import type { TableSpec } from "./tables.ts";

/**
 * RFC 4180 CSV of a table: UTF-8, CRLF, header row in schema order, ISO
 * dates, `true`/`false` for booleans, an empty cell for null.
 */
export function toCSV(spec: TableSpec, rows: readonly Record<string, unknown>[]): string {
  const columns = spec.fields.map((f) => f.name);
  return stringify(rows as Record<string, unknown>[], {
    header: true,
    columns,
    record_delimiter: "windows",
    cast: { boolean: (v) => (v ? "true" : "false") },
  });
}
