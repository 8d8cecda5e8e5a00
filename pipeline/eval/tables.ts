/**
 * The published tables the scorer reads, and only the columns it needs (the
 * public contract of `docs/evaluation.md`): every value a string, "" for an
 * empty cell, as in the CSV files.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { PipelineError } from "../core/errors.ts";

export type Row = Readonly<Record<string, string>>;

/** Columns read from each table. A table marked optional may be absent (then it has no rows). */
export const CONTRACT = {
  articles: { optional: false, columns: ["article_id", "source_file", "duplicate_of"] },
  meetings: { optional: false, columns: ["meeting_id", "date_start", "date_end", "meeting_type", "format", "city", "country"] },
  participants: { optional: false, columns: ["meeting_id", "name", "country", "rank"] },
  meeting_articles: { optional: false, columns: ["meeting_id", "article_id"] },
  agreements: { optional: false, columns: ["agreement_id", "title", "kind", "date_signed"] },
  agreement_mentions: { optional: true, columns: ["agreement_id", "meeting_id", "article_id", "status"] },
  fixes: { optional: true, columns: ["article_id", "original", "replacement"] },
} as const;

export type TableName = keyof typeof CONTRACT;
export type Tables = Readonly<Record<TableName, readonly Row[]>>;

/** Read the tables of one build: from `<out>/csv/` when that folder exists, else from `<out>/`. */
export function readTables(outDir: string): Tables {
  const dir = existsSync(join(outDir, "csv")) ? join(outDir, "csv") : outDir;
  const tables = {} as Record<TableName, readonly Row[]>;
  for (const [name, spec] of Object.entries(CONTRACT) as [TableName, (typeof CONTRACT)[TableName]][]) {
    const path = join(dir, `${name}.csv`);
    if (!existsSync(path)) {
      if (!spec.optional) throw new PipelineError(`the scorer needs ${path}, which is missing`, 2);
      tables[name] = [];
      continue;
    }
    tables[name] = parseTable(readFileSync(path, "utf8"), spec.columns, path);
  }
  return tables;
}

/** RFC 4180 text with a header row → rows of trimmed strings; every column in `columns` must be in the header. */
export function parseTable(text: string, columns: readonly string[], where = "table"): Row[] {
  let records: string[][];
  try {
    records = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true });
  } catch (e) {
    throw new PipelineError(`${where}: not valid CSV: ${(e as Error).message}`, 2);
  }
  const [header, ...body] = records;
  if (!header) throw new PipelineError(`${where}: no header row`, 2);
  const names = header.map((h) => h.trim());
  for (const c of columns) {
    if (!names.includes(c)) throw new PipelineError(`${where}: no column '${c}' (the scorer reads ${columns.join(", ")})`, 2);
  }
  return body.map((r) => Object.fromEntries(names.map((h, k) => [h, (r[k] ?? "").trim()])));
}
