import { stringify, type Options } from "csv-stringify/sync";
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
  return stringify(rows as Record<string, unknown>[], options(spec, true));
}

/** Rows rendered at a time by `toCSVBytes`. */
const SLICE = 8192;

/**
 * The same CSV as UTF-8 bytes, after `prefix` (the spreadsheet copy's
 * byte-order mark). Rendered and encoded a slice of rows at a time, so
 * that no string of the whole table is ever held: at 100,000 articles a
 * table's CSV is some 60 MB of text, twice that as a JavaScript string.
 * Every record ends with CRLF, so the slices join into the same bytes.
 */
export function toCSVBytes(spec: TableSpec, rows: readonly Record<string, unknown>[], prefix = ""): Uint8Array {
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [encoder.encode(prefix + stringify([], options(spec, true)))];
  const body = options(spec, false);
  const names = spec.fields.map((f) => f.name);
  for (let i = 0; i < rows.length; i += SLICE) {
    // Rows as arrays of cells in column order: csv-stringify reads an object's cells by path, which cost more than the rendering.
    const slice = rows.slice(i, i + SLICE).map((row) => names.map((n) => row[n]));
    parts.push(encoder.encode(stringify(slice, body)));
  }
  return concat(parts);
}

function options(spec: TableSpec, header: boolean): Options {
  return {
    header,
    columns: spec.fields.map((f) => f.name),
    record_delimiter: "windows",
    quoted_match: /[\r\n]/,
    cast: { boolean: (v) => (v ? "true" : "false") },
  };
}

export function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
