/**
 * The reader recipes of the README and the data card run as written, on a
 * build of raw/ (whose meetings have CAMEO codes such as 040), and keep
 * codes and ids as text: in pandas from CSV, in nodejs-polars from Arrow,
 * and in the spreadsheet copy.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { readFile, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { before, describe, it } from "node:test";
import { parse } from "csv-parse/sync";
import { ROOT } from "../pipeline/build.ts";
import { nodePolarsRecipe, pandasCsvRecipe } from "../pipeline/package/recipes.ts";
import { quietBuild, tempDir } from "./helpers.ts";

const README = readFileSync(join(ROOT, "README.md"), "utf8");

/** The README's fenced block of `lang` that contains `marker`. */
function block(lang: string, marker: string): string {
  const found = [...README.matchAll(new RegExp("```" + lang + "\\n([\\s\\S]*?)\\n```", "g"))].map((m) => m[1]!).find((b) => b.includes(marker));
  assert.ok(found, `README has a ${lang} block with ${marker}`);
  return found;
}

/** A python3 that can import pandas (Debian's python3-pandas is for /usr/bin/python3), or why there is none. */
function pythonWithPandas(): { python: string } | { skip: string } {
  for (const python of ["python3", "/usr/bin/python3"]) {
    if (spawnSync(python, ["-c", "import pandas"], { stdio: "ignore" }).status === 0) return { python };
  }
  return { skip: "no python3 with pandas here (apt-get install python3-pandas): the README's pandas recipe was not run" };
}

describe("reader recipes", () => {
  let work = ""; // holds out/ and node_modules, as the project folder does
  before(async () => {
    work = await tempDir();
    await quietBuild({ rawDir: join(ROOT, "raw"), outDir: join(work, "out"), cacheDir: await tempDir(), qualityDir: await tempDir() });
    await symlink(join(ROOT, "node_modules"), join(work, "node_modules"));
  });

  it("are the same lines in the README and in the data card", async () => {
    assert.equal(block("python", "read_csv("), pandasCsvRecipe("out/"));
    assert.equal(block("js", "nodejs-polars"), nodePolarsRecipe("out/"));
    const card = await readFile(join(work, "out", "README.md"), "utf8");
    assert.ok(card.includes(`\`\`\`python\n${pandasCsvRecipe("")}\n\`\`\``));
    assert.ok(card.includes(`\`\`\`js\n${nodePolarsRecipe("")}\n\`\`\``));
  });

  const found = pythonWithPandas();
  it("pandas from CSV keeps cameo_code '040' and every id as text, with typed numbers and dates", "skip" in found ? { skip: found.skip } : {}, () => {
    if (!("python" in found)) return;
    const check = [
      block("python", "read_csv("),
      "import sys",
      "rows = {r['name']: len(read_csv(r['name'])) for r in package['resources'] if r['format'] == 'csv'}",
      "p = read_csv('participants')",
      "json.dump({'cameo': meetings['cameo_code'].tolist(), 'ids': meetings['meeting_id'].tolist(), 'person_ids': p['person_id'].dropna().tolist(),",
      "  'dtypes': {c: str(meetings[c].dtype) for c in ['cameo_code', 'n_articles', 'date_start', 'year_inferred']}, 'rows': rows}, sys.stdout)",
    ].join("\n");
    const r = spawnSync(found.python, ["-c", check], { cwd: work, encoding: "utf8" });
    assert.equal(r.status, 0, r.stderr);
    const got = JSON.parse(r.stdout) as { cameo: unknown[]; ids: unknown[]; person_ids: unknown[]; dtypes: Record<string, string>; rows: Record<string, number> };
    assert.ok(got.cameo.includes("040"), `cameo_code: ${JSON.stringify(got.cameo)}`);
    for (const c of got.cameo) assert.match(String(c), /^0\d\d$/);
    for (const id of got.ids) assert.match(String(id), /^[0-9a-f]{16}$/);
    assert.ok(got.person_ids.length > 0 && got.person_ids.every((id) => typeof id === "string"));
    assert.deepEqual(got.dtypes, { cameo_code: "object", n_articles: "Int64", date_start: "datetime64[ns]", year_inferred: "boolean" });
    const dp = JSON.parse(readFileSync(join(work, "out", "datapackage.json"), "utf8")) as { resources: { name: string; format: string }[] };
    assert.deepEqual(Object.keys(got.rows).sort(), dp.resources.filter((x) => x.format === "csv").map((x) => x.name).sort(), "every table reads");
  });

  it("nodejs-polars reads the Arrow file from its bytes and Parquet by path", async () => {
    const script = `${block("js", "nodejs-polars")}\nconsole.log(JSON.stringify({ meetings: meetings.height, participants: participants.height, joined: peopleAtMeetings.height, cameo: meetings.toRecords().map((r) => r.cameo_code) }));\n`;
    await writeFile(join(work, "recipe.mjs"), script);
    const r = spawnSync(process.execPath, ["recipe.mjs"], { cwd: work, encoding: "utf8" });
    assert.equal(r.status, 0, r.stderr);
    const got = JSON.parse(r.stdout) as { meetings: number; participants: number; joined: number; cameo: string[] };
    assert.ok(got.meetings > 0 && got.joined === got.participants);
    assert.ok(got.cameo.includes("040"));
  });

  it("the spreadsheet copy keeps cameo_code 040 as text and leaves numbers alone", async () => {
    const rows = parse(await readFile(join(work, "out", "xlsx-safe", "meetings.csv")), { bom: true, columns: true }) as Record<string, string>[];
    assert.ok(rows.some((r) => r.cameo_code === "'040"), "a meeting with cameo_code '040");
    for (const r of rows) {
      assert.match(r.cameo_code!, /^'0\d\d$/);
      assert.match(r.n_articles!, /^\d+$/);
      assert.match(r.date_start!, /^\d{4}-\d{2}-\d{2}$/);
    }
  });
});
