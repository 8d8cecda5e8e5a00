import {
  Bool,
  DateDay,
  Dictionary,
  Field,
  Float64,
  Int32,
  Schema,
  Table,
  Utf8,
  vectorFromArray,
  type DataType,
} from "apache-arrow";
import type { FieldSpec, TableSpec } from "./tables.ts";

/**
 * The Arrow type of a column, from its schema. Dictionary ids are the
 * column's position: Arrow JS would otherwise number dictionaries from a
 * process-wide counter, and the same table written twice would differ.
 */
export function arrowType(f: FieldSpec, position: number): DataType {
  switch (f.kind) {
    case "string":
      return f.dictionary ? new Dictionary(new Utf8(), new Int32(), position) : new Utf8();
    case "date":
      return new DateDay();
    case "integer":
      return new Int32();
    case "number":
      return new Float64();
    case "boolean":
      return new Bool();
  }
}

/** Arrow schema of a table; each field carries its description as metadata, the table its own. */
export function arrowSchema(spec: TableSpec): Schema {
  const fields = spec.fields.map((f, i) => new Field(f.name, arrowType(f, i), f.nullable, new Map([["description", f.description]])));
  return new Schema(fields, new Map([["description", spec.description], ["primary_key", spec.primaryKey.join(",")]]));
}

/**
 * The Arrow table of a table's rows, which the write stage saves as an IPC
 * file and as Parquet. Each column is built as one vector (a
 * dictionary column must have a single dictionary in the IPC file format);
 * dates are ISO strings in the rows and become DateDay here.
 */
export function toArrowTable(spec: TableSpec, rows: readonly Record<string, unknown>[]): Table {
  const schema = arrowSchema(spec);
  const columns: Record<string, ReturnType<typeof vectorFromArray>> = {};
  for (const [i, f] of spec.fields.entries()) {
    const raw = rows.map((r) => r[f.name] ?? null);
    const values = f.kind === "date" ? raw.map((v) => (v === null ? null : isoToUtcDate(v as string))) : raw;
    columns[f.name] = vectorFromArray(values as never[], schema.fields[i]!.type);
  }
  return rows.length ? new Table(schema, columns) : new Table(schema);
}

function isoToUtcDate(iso: string): Date {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}
