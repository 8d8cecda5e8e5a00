import assert from "node:assert/strict";
import { join } from "node:path";
import { describe, it } from "node:test";
import { readTruth, writeCorpus } from "../bench/generate/corpus.ts";
import { assessQuality } from "../bench/quality.ts";
import { build } from "../pipeline/build.ts";
import { memoryReporter } from "../pipeline/core/reporter.ts";
import { loadRegistry } from "../pipeline/registry/index.ts";
import { readTree, tempDir } from "./helpers.ts";

describe("bench smoke", () => {
  it("generates the same corpus from the same seed, and another from another seed", async () => {
    const registry = await loadRegistry();
    const [a, b, c] = [await tempDir(), await tempDir(), await tempDir()];
    writeCorpus(registry, a, 50, 7);
    writeCorpus(registry, b, 50, 7);
    writeCorpus(registry, c, 50, 8);
    const treeA = await readTree(join(a, "raw"));
    assert.equal(treeA.size, 50);
    assert.deepEqual(treeA, await readTree(join(b, "raw")));
    assert.notDeepEqual(treeA, await readTree(join(c, "raw")));
    for (const [path, bytes] of treeA) assert.ok(bytes.length >= 1200 && bytes.length <= 6000, `${path}: ${bytes.length} bytes`);
  });

  it("builds 50 generated articles, none rejected, and links reprints to their originals", async () => {
    const registry = await loadRegistry();
    const corpus = await tempDir();
    const summary0 = writeCorpus(registry, corpus, 50);
    assert.equal(summary0.reprints, 5);
    assert.equal(summary0.garbled, 2);
    const out = join(await tempDir(), "out");
    const reporter = memoryReporter();
    const summary = await build({ rawDir: join(corpus, "raw"), outDir: out, cacheDir: await tempDir(), reporter });
    assert.equal(summary.published, "written");
    assert.deepEqual(summary.rejected, []);
    assert.equal(summary.counts?.articles, 50);
    assert.ok(summary.records.every((r) => r.status === "missing"), reporter.lines.join("\n"));

    const q = assessQuality(out, readTruth(corpus));
    assert.ok(q.reprintLinksFound > 0, "some reprints have duplicate_of");
    assert.equal(q.wrongLinks, 0, "no article is linked to an unrelated one");
  });
});
