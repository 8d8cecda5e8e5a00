import type { TableRows } from "./generated/tables.ts";
import type { Document } from "./ingest/document.ts";
import type { ScreenWord } from "./ingest/screen.ts";
import type { DateLineWord } from "./ingest/dateline.ts";
import type { RawSnapshot } from "./ingest/snapshot.ts";
import type { QualityReport } from "./package/quality.ts";
import type { ReferenceData } from "./reference/data.ts";
import type { Fix } from "./lang/repaired.ts";

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
  /** Source: the reference folder (its content hash is what matters; the reference stage reads it). */
  reference_files: null;
  /** Source: the committed evaluation figures, `quality/eval.json` (null when absent). */
  quality: QualityReport | null;
  /** Source: the committed out-of-sample figures, `quality/held-out.json` (null when absent). */
  held_out: QualityReport | null;
  /** All reference data as plain records, checked; `knowledgeOf` builds the lookup objects. */
  reference: ReferenceData;
  /** The lexicon's words for screening web pages (ingest reads these alone, so other reference changes leave ingest fresh). */
  screen_words: readonly ScreenWord[];
  /** The lexicon's words of portal date lines (labels, weekday names), which ingest reads by. */
  date_line_words: readonly DateLineWord[];
  /** People and tenures per country and office kind, for the build summary. */
  registry_counts: Record<string, number>;
  /** Cleaned articles with their layout, sorted by source_file. */
  documents: Document[];
  /** Machine-translation flags and repairs, by article_id. */
  translation: Readonly<Record<string, Translation>>;
  /** Reprints and repeated paragraphs. */
  duplicates: Duplicates;
  /** All tables, validated, keyed by table name. */
  tables: ValidatedTables;
  /** Rows per table, for the build summary (cheap to load when `tables` is cached). */
  table_counts: Record<string, number>;
  /** Every table rendered as CSV, Arrow, Parquet and a spreadsheet copy, by relative path under out/. */
  table_files: OutputFiles;
  /** Charts (SVG and Vega-Lite specs) and the explorer page, by relative path under out/. */
  picture_files: OutputFiles;
  /** What describes them: datapackage.json and README.md (the data card). out/ is the three sets of files. */
  package_files: OutputFiles;
} & { [K in keyof TableRows as `table:${K}`]: TableRows[K][] };

export type ValidatedTables = { readonly [K in keyof TableRows]: readonly TableRows[K][] };

export interface Translation {
  readonly machine_translated: boolean;
  readonly pinyin_tokens: number;
  readonly artefacts: readonly string[];
  /** Corrections in the cleaned text, by start (see translate/repair.ts). */
  readonly fixes: readonly Fix[];
}

export interface Duplicates {
  /** article_id of a reprint → the kept copy and the similarity of the two. */
  readonly of: Readonly<Record<string, { readonly duplicate_of: string; readonly similarity: number }>>;
  /** article_id → indexes (into `Document.paragraphs`) of paragraphs that repeat an earlier one. */
  readonly repeatedParagraphs: Readonly<Record<string, readonly number[]>>;
}

/** Relative path (e.g. `csv/articles.csv`) → file bytes. */
export type OutputFiles = Readonly<Record<string, Uint8Array>>;


/** Artifacts the runner provides rather than a stage. */
export const SOURCES = ["raw", "reference_files", "quality", "held_out"] as const;
