/**
 * Reader recipes shown both in the project's README (run from the project
 * folder, `dir` = "out/") and in the data card (run from the package
 * folder, `dir` = ""). test/recipes.test.ts checks that the README holds
 * these very lines and runs them.
 */

/**
 * pandas from CSV, typed by datapackage.json (and so by schemas/): every
 * text column stays text (`cameo_code` "040" is not 40, ids keep their
 * zeros), integers and booleans keep their nulls, dates are parsed, and only
 * an empty cell is null ("NA" is text).
 */
export function pandasCsvRecipe(dir: string): string {
  return [
    "import json, pandas as pd",
    "",
    '# datapackage.json gives each column\'s type, from schemas/: text stays text ("040" is not 40)',
    `package = json.load(open("${dir}datapackage.json", encoding="utf-8"))`,
    'DTYPES = {"string": str, "integer": "Int64", "number": "float64", "boolean": "boolean"}',
    "",
    "def read_csv(table):",
    '    fields = next(r for r in package["resources"] if r["name"] == table)["schema"]["fields"]',
    `    return pd.read_csv(f"${dir}csv/{table}.csv", keep_default_na=False, na_values=[""],  # only an empty cell is null`,
    '                       dtype={f["name"]: DTYPES[f["type"]] for f in fields if f["type"] in DTYPES},',
    '                       parse_dates=[f["name"] for f in fields if f["type"] == "date"])',
    "",
    'meetings = read_csv("meetings")',
  ].join("\n");
}

/** nodejs-polars: Arrow from its bytes (a string not ending in `.ipc` is taken for the file's contents, not a path), or Parquet by path. */
export function nodePolarsRecipe(dir: string): string {
  return [
    'import pl from "nodejs-polars";',
    'import { readFileSync } from "node:fs";',
    "",
    "// readIPC takes a path only if it ends in .ipc: give it the Arrow file's bytes",
    `const meetings = pl.readIPC(readFileSync("${dir}arrow/meetings.arrow"));`,
    `const participants = pl.readParquet("${dir}parquet/participants.parquet");`,
    'const peopleAtMeetings = participants.join(meetings, { on: "meeting_id", suffix: "_meeting" });',
  ].join("\n");
}
