import assert from "node:assert/strict";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, it } from "node:test";
import { ManifestError, parseManifest } from "../pipeline/ingest/manifest.ts";
import { article, quietBuild, tempDir } from "./helpers.ts";

/** The problems a manifest has, as "line: message", or [] when it parses. */
function problems(text: string, files?: string[]): string[] {
  try {
    parseManifest(text, "raw/manifest.csv", files && new Set(files));
    return [];
  } catch (e) {
    assert.ok(e instanceof ManifestError, String(e));
    return e.problems.map((p) => `${p.line}: ${p.message}`);
  }
}

describe("raw/manifest.csv", () => {
  it("reports every problem at once, each with its line", () => {
    const text = ["file,url,published_date", "a.txt,https://example.org/a,11/10/2022", "b.txt,,2022-10-11", "a.txt,,", "gone.txt,,2022-02-30"].join("\n");
    assert.deepEqual(problems(text, ["a.txt", "b.txt"]), [
      "2: published_date '11/10/2022' is not an ISO date (YYYY-MM-DD)",
      "4: 'a.txt' is listed twice (first on line 2)",
      "5: 'gone.txt' is not a .txt, .html, .htm, .warc or .warc.gz file in the raw directory",
      "5: published_date '2022-02-30' is not an ISO date (YYYY-MM-DD)",
    ]);
  });

  it("reports a bad header together with the rows' problems", () => {
    const text = "file,url,author\n\na.txt,ftp://x,Minh\nb.txt,https://example.org/b\n";
    assert.deepEqual(problems(text), [
      "1: unknown column(s) author; expected file, url, outlet, published_date, final_url, fetched_at, status, sha256, bytes, error",
      "3: url 'ftp://x' is not an http(s) URL",
      "4: 2 field(s) where the header has 3",
    ]);
  });

  it("counts a quoted line break in the line numbers, and names the line of a broken quote", () => {
    const text = 'file,outlet\na.txt,"QĐND\nonline"\nb.txt,VOV\nb.txt,VOV\nc.txt,"Nhân "Dân\n';
    assert.deepEqual(problems(text), ["5: 'b.txt' is listed twice (first on line 4)", '6: Invalid Closing Quote: got "D" instead of delimiter, record delimiter, trimable character (if activated) or comment']);
  });

  it("parses a good manifest", () => {
    const m = parseManifest("\ufefffile,outlet,published_date\n./sub\\a.txt,QĐND,2022-10-11\n", "m.csv", new Set(["sub/a.txt"]));
    assert.deepEqual([...m], [["sub/a.txt", { url: null, outlet: "QĐND", published_date: "2022-10-11" }]]);
  });

  it("stops the build with all of them, naming the file and each line", async () => {
    const raw = await tempDir("hoidam-raw-");
    await mkdir(raw, { recursive: true });
    await writeFile(join(raw, "a.txt"), article(1));
    await writeFile(join(raw, "manifest.csv"), "file,published_date,author\na.txt,11/10/2022,x\na.txt,2022-10-11,x\nmissing.txt,,x\n");
    await assert.rejects(quietBuild({ rawDir: raw, outDir: join(await tempDir(), "o"), cacheDir: await tempDir() }), (e: Error) => {
      const m = join(raw, "manifest.csv").replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      assert.match(e.message, new RegExp(`${m}: 4 problem\\(s\\)`));
      assert.match(e.message, new RegExp(`${m}:1: unknown column\\(s\\) author`));
      assert.match(e.message, new RegExp(`${m}:2: published_date '11/10/2022' is not an ISO date`));
      assert.match(e.message, new RegExp(`${m}:3: 'a.txt' is listed twice`));
      assert.match(e.message, new RegExp(`${m}:4: 'missing.txt' is not a .txt, .html, .htm, .warc or .warc.gz file in the raw directory`));
      return true;
    });
  });
});
