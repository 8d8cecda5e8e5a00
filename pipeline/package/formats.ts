/**
 * The file formats every table is published in, and where each file goes
 * under out/. The write stage renders them, datapackage.json lists them,
 * the data card and the release describe them: all from this list.
 */
export interface TableFormat {
  /** Folder under out/, and the file extension. */
  readonly id: "csv" | "arrow" | "parquet";
  /** Suffix of the data package resource name (the CSV resource is named after the table alone). */
  readonly resourceSuffix: string;
  readonly mediatype: string;
  /** One line for the data card. */
  readonly about: string;
}

export const TABLE_FORMATS: readonly TableFormat[] = [
  { id: "csv", resourceSuffix: "", mediatype: "text/csv", about: "RFC 4180, UTF-8 without BOM, CRLF, header row, ISO dates, `true`/`false`, empty cell = null" },
  { id: "arrow", resourceSuffix: "-arrow", mediatype: "application/vnd.apache.arrow.file", about: "Apache Arrow IPC file: real dates, Int32, booleans, dictionary-encoded enums" },
  { id: "parquet", resourceSuffix: "-parquet", mediatype: "application/vnd.apache.parquet", about: "Apache Parquet (Snappy), with the Arrow schema embedded: the same types as the Arrow file" },
];

/** Path under out/ of a table in a format, e.g. `parquet/articles.parquet`. */
export function tablePath(format: TableFormat["id"], table: string): string {
  return `${format}/${table}.${format}`;
}

/** The spreadsheet copy of a table's CSV (see pipeline/schema/spreadsheet.ts); not a data package resource. */
export function spreadsheetPath(table: string): string {
  return `xlsx-safe/${table}.csv`;
}
