import type { TableRows } from "./generated/tables.ts";
import type { Document } from "./ingest/document.ts";
import type { RawSnapshot } from "./ingest/snapshot.ts";

/**
 * Every artifact that flows between stages, by name, with its type. A
 * stage's `reads` and `writes` are checked against this map at compile
 * time; the DAG itself is built from the stages' declarations.
 *
 * Table artifacts are named `table:<name>` after `schemas/<name>.schema.json`;
 * the validate stage reads one for every schema there.
 */
export type Artifacts = {
  /** Source: the raw directory, as scanned by the runner. */
  raw: RawSnapshot;
  /** Cleaned articles with their layout, sorted by source_file. */
  documents: Document[];
  /** All tables, validated, keyed by table name. */
  tables: ValidatedTables;
  /** Rows per table, for the build summary (cheap to load when `tables` is cached). */
  table_counts: Record<string, number>;
  /** The files of the published output, by relative path. */
  files: OutputFiles;
} & { [K in keyof TableRows as `table:${K}`]: TableRows[K][] };

export type ValidatedTables = { readonly [K in keyof TableRows]: readonly TableRows[K][] };

/** Relative path (e.g. `csv/articles.csv`) → file bytes. */
export type OutputFiles = Readonly<Record<string, Uint8Array>>;

/** Artifacts the runner provides rather than a stage. */
export const SOURCES = ["raw"] as const;
