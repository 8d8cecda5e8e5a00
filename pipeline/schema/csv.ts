import { stringify } from "csv-stringify/sync";
import type { TableSpec } from "./tables.ts";

/**
 * RFC 4180 CSV of a table: UTF-8, CRLF, header row in schema order, ISO
 * dates, `true`/`false` for booleans, an empty cell for null.
 *
 * A cell holding a line break is quoted even when the break is a lone LF
 * or CR: csv-stringify quotes only the record delimiter (CRLF) by itself,
 * and an unquoted LF splits the row for every reader.
 */
export function toCSV(spec: TableSpec, rows: readonly Record<string, unknown>[]): string {
  const columns = spec.fields.map((f) => f.name);
  return stringify(rows as Record<string, unknown>[], {
    header: true,
    columns,
    record_delimiter: "windows",
    quoted_match: /[\r\n]/,
    cast: { boolean: (v) => (v ? "true" : "false") },
  });
}
