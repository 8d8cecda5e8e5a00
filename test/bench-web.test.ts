import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { readTextArticle } from "../bench/generate/portal.ts";
import { runWeb, writeWebInputs } from "../bench/web.ts";
import { readTree, repoDateWords, tempDir } from "./helpers.ts";

describe("bench web variant", () => {
  it("reads a synthetic article's headline, date line and paragraphs, with or without blank lines between them", () => {
    const spaced = readTextArticle("Tiêu đề bài\n\nThứ Sáu, 5/4 - 15:55\n\nĐoạn một.\n\nĐoạn hai.\n", 2013, repoDateWords());
    const tight = readTextArticle("Tiêu đề bài\nThứ Sáu, 5/4 - 15:55\nĐoạn một.\nĐoạn hai.", 2013, repoDateWords());
    assert.deepEqual(spaced, { headline: "Tiêu đề bài", paragraphs: ["Đoạn một.", "Đoạn hai."], published: "2013-04-05T15:55:00+07:00" });
    assert.deepEqual(tight, spaced);
    // Every outlet's form of the date line, as ingest reads it: time first, a year, a time zone.
    for (const line of ["15:55 | 05/04/2013", "05/04/2013 15:55 GMT+7", "Thứ Sáu, 05-04-2013, 15:55"]) {
      assert.equal(readTextArticle(`Tiêu đề bài\n${line}\nĐoạn một.`, 2013, repoDateWords()).published, "2013-04-05T15:55:00+07:00", line);
    }
  });

  it("writes the same pages and archive from the same seed: one in `ratio` an article's page", async () => {
    const [a, b] = [await tempDir(), await tempDir()];
    const inputs = await writeWebInputs(a, 6, 4, 11);
    await writeWebInputs(b, 6, 4, 11);
    assert.deepEqual(inputs.items.txt, 6);
    assert.deepEqual(inputs.items.html, 24);
    // warcinfo, a request and a response per page, an image record
    assert.equal(inputs.items.warc, 1 + 2 * 24 + 1);
    const pages = await readTree(inputs.dirs.html);
    assert.deepEqual(pages, await readTree(join(b, "html", "raw")));
    assert.equal([...pages.keys()].filter((k) => k.startsWith("bai-")).length, 6);
    assert.deepEqual(readFileSync(join(inputs.dirs.warc, "crawl.warc.gz")), readFileSync(join(b, "warc", "raw", "crawl.warc.gz")));
  });

  it("builds the three inputs and finds in the pages and the archive the meetings of the .txt files", async () => {
    const dir = await tempDir();
    const r = await runWeb({ relevant: 6, ratio: 4, rounds: 1, seed: 11, corpora: dir, results: join(dir, "results.json") }, () => {});
    assert.deepEqual(r.problems, []);
    const byKind = (k: string) => r.runs.find((x) => x.kind === k)!;
    assert.equal(byKind("html").articles, 6);
    assert.equal(byKind("html").articles + byKind("html").screenedOut + byKind("html").rejected, 24);
    assert.equal(byKind("warc").articles, 6);
    assert.equal(byKind("html").meetings, byKind("txt").meetings);
    assert.equal(byKind("warc").meetings, byKind("txt").meetings);
    assert.ok(r.ratios.html > 0 && r.ratios.warc > 0);
  });
});
