import {
  Bool,
  DateDay,
  Dictionary,
  Field,
  Float64,
  Int32,
  makeData,
  makeVector,
  Schema,
  Table,
  Utf8,
  type Data,
  type DataType,
  type Vector,
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
 * file and as Parquet. Each column is one vector (a dictionary column must
 * have a single dictionary in the IPC file format); dates are ISO strings
 * in the rows and become DateDay here.
 *
 * The buffers are laid out here directly (validity bitmap, offsets, UTF-8
 * bytes, dictionary indices) rather than value by value through Arrow's
 * builders, which at 100,000 articles took a third of the write stage. The
 * result is what `vectorFromArray` makes of the same values, to the byte
 * (test/arrow.test.ts compares the two): a validity bitmap only when a
 * column has nulls, dictionary entries in order of first appearance.
 */
export function toArrowTable(spec: TableSpec, rows: readonly Record<string, unknown>[]): Table {
  const schema = arrowSchema(spec);
  if (!rows.length) return new Table(schema);
  const columns: Record<string, Vector> = {};
  for (const [i, f] of spec.fields.entries()) {
    columns[f.name] = makeVector(columnData(f, schema.fields[i]!.type, rows.map((r) => r[f.name] ?? null)));
  }
  return new Table(schema, columns);
}

function columnData(f: FieldSpec, type: DataType, values: readonly unknown[]): Data {
  const length = values.length;
  const { nullCount, nullBitmap } = validity(values);
  switch (f.kind) {
    case "string": {
      if (!f.dictionary) return makeData({ type: type as Utf8, length, nullCount, nullBitmap, ...utf8Buffers(values as readonly (string | null)[]) });
      const dict = type as Dictionary<Utf8, Int32>;
      const indexOf = new Map<string, number>();
      const indices = new Int32Array(length);
      values.forEach((v, k) => {
        if (v === null) return;
        let at = indexOf.get(v as string);
        if (at === undefined) indexOf.set(v as string, (at = indexOf.size));
        indices[k] = at;
      });
      const words = [...indexOf.keys()];
      const dictionary = makeVector(makeData({ type: dict.dictionary, length: words.length, nullCount: 0, ...utf8Buffers(words) }));
      return makeData({ type: dict, length, nullCount, nullBitmap, data: indices, dictionary });
    }
    case "date":
      return makeData({ type: type as DateDay, length, nullCount, nullBitmap, data: Int32Array.from(values, (v) => (v === null ? 0 : isoToDays(v as string))) });
    case "integer":
      return makeData({ type: type as Int32, length, nullCount, nullBitmap, data: Int32Array.from(values, (v) => (v === null ? 0 : (v as number))) });
    case "number":
      return makeData({ type: type as Float64, length, nullCount, nullBitmap, data: Float64Array.from(values, (v) => (v === null ? 0 : (v as number))) });
    case "boolean":
      return makeData({ type: type as Bool, length, nullCount, nullBitmap, data: bitmap(values, (v) => v === true) });
  }
}

/** Null count, and the validity bitmap when there is a null (Arrow omits it otherwise). */
function validity(values: readonly unknown[]): { nullCount: number; nullBitmap?: Uint8Array } {
  let nullCount = 0;
  for (const v of values) if (v === null) nullCount++;
  return nullCount ? { nullCount, nullBitmap: bitmap(values, (v) => v !== null) } : { nullCount };
}

/**
 * One bit per value, least significant first; the bits past the last value
 * are zero. Sized up to a multiple of 64 bytes, as Arrow's builders size
 * it (the IPC writer writes a bitmap whole, so this keeps the files as they were).
 */
function bitmap(values: readonly unknown[], bit: (v: unknown) => boolean): Uint8Array {
  const bytes = new Uint8Array(Math.max(64, Math.ceil(((values.length + 7) >> 3) / 64) * 64));
  values.forEach((v, k) => {
    if (bit(v)) bytes[k >> 3]! |= 1 << (k & 7);
  });
  return bytes;
}

/** Offsets and UTF-8 bytes of a string column (a null is an empty slot). */
function utf8Buffers(values: readonly (string | null)[]): { valueOffsets: Int32Array; data: Uint8Array } {
  const valueOffsets = new Int32Array(values.length + 1);
  let bytes = 0;
  for (let k = 0; k < values.length; k++) {
    const v = values[k];
    if (v !== null && v !== undefined) bytes += Buffer.byteLength(v, "utf8");
    valueOffsets[k + 1] = bytes;
  }
  // Node's UTF-8 writer, as TextEncoder does it (a lone surrogate becomes U+FFFD, three bytes, counted so above).
  const data = Buffer.alloc(bytes);
  for (let k = 0; k < values.length; k++) {
    const v = values[k];
    if (v !== null && v !== undefined) data.write(v, valueOffsets[k]!, "utf8");
  }
  return { valueOffsets, data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) };
}

/** Days since 1970-01-01 of an ISO date. */
function isoToDays(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return Math.floor(Date.UTC(y, m - 1, d) / 86_400_000);
}
