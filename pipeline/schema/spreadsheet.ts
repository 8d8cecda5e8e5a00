import { concat, toCSVBytes } from "./csv.ts";
import type { TableSpec } from "./tables.ts";

/**
 * A copy of a table's CSV for opening in a spreadsheet (`xlsx-safe/<table>.csv`).
 *
 * The CSV in `csv/` stays faithful: pandas, polars, R and DuckDB read cells
 * as data and never evaluate them. A spreadsheet does: Excel, LibreOffice
 * and Google Sheets take a cell that begins with `=`, `+`, `-` or `@` for a
 * formula ("CSV injection"). Our text comes from web pages, so a headline,
 * byline or quoted span could begin that way, by accident (a dash opening a
 * line) or by design (`=HYPERLINK(...)`). This copy differs from `csv/` in
 * these ways only:
 *
 * - a text cell (a `string` column in the schema) that begins with one of
 *   those characters, a tab, a line break or their full-width forms gets an
 *   apostrophe in front, which spreadsheets show as text and never run;
 * - so does a text cell that a spreadsheet would take for a number and
 *   change: a code with leading zeros (`cameo_code` 040 would become 40),
 *   an id of digits only (past 15 digits Excel rounds it), `1e5`, `12.50`,
 *   `5%`. Which cells are codes is the schema's call: a `string` column is
 *   text, whatever its values look like;
 * - numeric, date and boolean columns are untouched, so -3 stays a number;
 * - the file starts with a UTF-8 byte-order mark, without which Excel reads
 *   the file in the local code page and garbles Vietnamese diacritics.
 *
 * The apostrophe is data loss for a program, which is why this is a
 * separate copy and the data package does not list it. `csv` is the
 * table's plain CSV (bytes) when the caller has it, reused when no cell changes.
 */
export function toSpreadsheetCSV(spec: TableSpec, rows: readonly Record<string, unknown>[], csv?: Uint8Array): Uint8Array {
  const text = spec.fields.filter((f) => f.kind === "string").map((f) => f.name);
  let changed = false;
  const safe = rows.map((row) => {
    let copy: Record<string, unknown> | null = null;
    for (const name of text) {
      const v = row[name];
      if (typeof v === "string" && (startsLikeFormula(v) || readAsNumber(v))) (copy ??= { ...row })[name] = `'${v}`;
    }
    if (copy) changed = true;
    return copy ?? row;
  });
  // Usually no cell needs it: then the copy is the CSV the caller already rendered, with the mark.
  return changed || csv === undefined ? toCSVBytes(spec, safe, BOM) : concat([new TextEncoder().encode(BOM), csv]);
}

const BOM = "\uFEFF";

/** Characters that make a spreadsheet read a cell as a formula (OWASP's list, plus full-width forms). */
const FORMULA_START = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;

export function startsLikeFormula(value: string): boolean {
  return FORMULA_START.test(value);
}

/** Text that a spreadsheet opening the CSV would turn into a number (and so drop leading zeros, round, or rescale). */
const NUMBER_LIKE = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?%?\s*$/;

export function readAsNumber(value: string): boolean {
  return NUMBER_LIKE.test(value);
}
